//! Rules for setting up a round: reading its form (London dates and times, money, slugs) and
//! the default scoring criteria. Pure: no database.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Europe::London;

use super::model::CriterionFields;
use crate::forms::{FieldErrors, optional_text, required_line, required_text};
use crate::i18n::{Message, Tr};
use crate::money::{MoneyError, Pence};

/// What the round form sends, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct RoundForm {
    pub name: String,
    pub slug: String,
    pub summary: String,
    pub pot_id: String,
    pub budget: String,
    pub opens_date: String,
    pub opens_time: String,
    pub closes_date: String,
    pub closes_time: String,
    pub min_award: String,
    pub max_award: String,
    pub eligibility: String,
    pub uses: String,
    pub decision_date: String,
    pub panel_size: String,
    /// The date the panel's reviews are due by (optional).
    pub panel_due_date: String,
}

/// A round form that passed every check that needs no database.
#[derive(Debug, Clone)]
pub struct RoundInput {
    pub name: String,
    pub slug: String,
    pub summary: String,
    pub pot_id: i64,
    pub budget: Pence,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub min_award: Pence,
    pub max_award: Pence,
    pub eligibility: String,
    pub uses: String,
    pub decision_target_on: NaiveDate,
    pub panel_size: i32,
    /// The date the panel's reviews are due by, if the lead set one: shown to the panel, who
    /// are reminded 3 days before.
    pub panel_due_on: Option<NaiveDate>,
}

pub const MAX_NAME: usize = 120;
pub const MAX_SUMMARY: usize = 300;
pub const MAX_GUIDANCE: usize = 10_000;

/// Checks a round form. `existing_closes_at` is the saved closing time when editing: a round
/// that has already closed may be edited without moving its close into the future.
pub fn check_round(
    form: &RoundForm,
    now: NaiveDateTime,
    existing_closes_at: Option<NaiveDateTime>,
) -> Result<RoundInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "name", &form.name, "what-round-name", MAX_NAME);
    let slug = check_slug(
        &mut errors,
        if form.slug.trim().is_empty() { &name } else { &form.slug },
        !form.slug.trim().is_empty(),
    );
    let summary = optional_text(&mut errors, "summary", &form.summary, "what-round-summary", MAX_SUMMARY);
    let pot_id = form.pot_id.trim().parse::<i64>().unwrap_or_else(|_| {
        errors.add("pot_id", "manage-round-error-choose-pot");
        0
    });
    let budget = money_field(&mut errors, "budget", &form.budget, "what-round-budget");
    let opens_at = london_field(
        &mut errors,
        "opens_date",
        &form.opens_date,
        &form.opens_time,
        [Message::new("manage-round-error-enter-opening-date"), Message::new("manage-round-error-enter-opening-time")],
    );
    let closes_at = london_field(
        &mut errors,
        "closes_date",
        &form.closes_date,
        &form.closes_time,
        [Message::new("manage-round-error-enter-closing-date"), Message::new("manage-round-error-enter-closing-time")],
    );
    if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
        if closes <= opens {
            errors.add("closes_date", "manage-round-error-closes-before-opens");
        } else if closes <= now && existing_closes_at.is_none_or(|saved| saved != closes) {
            errors.add("closes_date", "manage-round-error-closes-in-past");
        }
    }
    let min_award = money_field(&mut errors, "min_award", &form.min_award, "what-round-smallest-award");
    let max_award = money_field(&mut errors, "max_award", &form.max_award, "what-round-largest-award");
    if let (Some(min), Some(max)) = (min_award, max_award) {
        if max < min {
            errors.add("max_award", "manage-round-error-largest-below-smallest");
        } else if max.is_zero() {
            errors.add("max_award", "manage-round-error-largest-zero");
        }
    }
    if let (Some(max), Some(budget)) = (max_award, budget)
        && max > budget
    {
        errors.add("max_award", Message::new("manage-round-error-largest-over-budget").arg("budget", budget));
    }
    if budget.is_some_and(Pence::is_zero) {
        errors.add("budget", "manage-round-error-budget-zero");
    }
    let eligibility =
        optional_text(&mut errors, "eligibility", &form.eligibility, "what-round-eligibility", MAX_GUIDANCE);
    let uses = optional_text(&mut errors, "uses", &form.uses, "what-round-uses", MAX_GUIDANCE);
    let decision_target_on = match parse_date(&form.decision_date) {
        Some(date) => {
            if let Some(closes) = closes_at
                && date < crate::time::in_london(closes).date_naive()
            {
                errors.add("decision_date", "manage-round-error-decisions-before-close");
            }
            Some(date)
        }
        None => {
            errors.add(
                "decision_date",
                if form.decision_date.trim().is_empty() {
                    Message::new("manage-round-error-enter-decision-date")
                } else {
                    Message::new("manage-round-error-real-date")
                },
            );
            None
        }
    };
    let panel_due_on = check_panel_due(&mut errors, &form.panel_due_date, closes_at);
    let panel_size = match form.panel_size.trim() {
        "" => Some(2),
        text => match text.parse::<i32>() {
            Ok(size) if (1..=10).contains(&size) => Some(size),
            _ => {
                errors.add("panel_size", "manage-round-error-panel-size");
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let (
        Some(budget),
        Some(opens_at),
        Some(closes_at),
        Some(min_award),
        Some(max_award),
        Some(decision_target_on),
        Some(panel_size),
    ) = (budget, opens_at, closes_at, min_award, max_award, decision_target_on, panel_size)
    else {
        unreachable!("every missing value recorded an error");
    };
    Ok(RoundInput {
        name,
        slug,
        summary,
        pot_id,
        budget,
        opens_at,
        closes_at,
        min_award,
        max_award,
        eligibility,
        uses,
        decision_target_on,
        panel_size,
        panel_due_on,
    })
}

/// The panel's deadline: optional, a real date, and after the day the round closes (the panel
/// scores sent bids, so reviews cannot be due before the last bid arrives).
fn check_panel_due(errors: &mut FieldErrors, text: &str, closes_at: Option<NaiveDateTime>) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    let Some(date) = parse_date(text) else {
        errors.add("panel_due_date", "manage-round-error-real-date");
        return None;
    };
    if let Some(closes) = closes_at
        && date <= crate::time::in_london(closes).date_naive()
    {
        errors.add("panel_due_date", "manage-round-error-panel-due-before-close");
    }
    Some(date)
}

/// An amount; `what` is the key of the field's name inside a sentence ("Enter the round's budget").
fn money_field(errors: &mut FieldErrors, field: &str, value: &str, what: &'static str) -> Option<Pence> {
    match Pence::parse(value) {
        Ok(amount) => Some(amount),
        Err(MoneyError::Empty) => {
            errors.add(field, Message::about("error-enter", what));
            None
        }
        Err(error) => {
            errors.add(field, error);
            None
        }
    }
}

/// Slugs appear in public addresses (`/rounds/{slug}`): lower-case letters, digits and hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.trim().to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(60).collect::<String>().trim_end_matches('-').to_string()
}

fn check_slug(errors: &mut FieldErrors, text: &str, typed: bool) -> String {
    let slug = slugify(text);
    if typed && slug != text.trim() {
        errors.add("slug", "manage-round-error-slug-characters");
    } else if slug.len() < 3 {
        errors.add("slug", "manage-round-error-slug-short");
    } else if ["new", "edit"].contains(&slug.as_str()) {
        errors.add("slug", "manage-round-error-slug-reserved");
    }
    slug
}

/// A date typed as `2027-03-31` (a date field) or `31/03/2027` (typed by hand).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y")).ok()
}

/// A time typed as `17:00` or `5pm` / `5:30pm`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim().to_lowercase().replace(' ', "");
    if text.is_empty() {
        return None;
    }
    if let Ok(time) = NaiveTime::parse_from_str(&text, "%H:%M") {
        return Some(time);
    }
    let (digits, afternoon) = match (text.strip_suffix("pm"), text.strip_suffix("am")) {
        (Some(d), _) => (d, true),
        (_, Some(d)) => (d, false),
        _ => return None,
    };
    let (hour, minute) = match digits.split_once(':').or_else(|| digits.split_once('.')) {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (digits.parse::<u32>().ok()?, 0),
    };
    if !(1..=12).contains(&hour) {
        return None;
    }
    let hour = match (hour, afternoon) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// A London wall-clock date and time as UTC; errors (the message's key) on times the clocks skip.
pub fn london_to_utc(date: NaiveDate, time: NaiveTime) -> Result<NaiveDateTime, &'static str> {
    match London.from_local_datetime(&date.and_time(time)) {
        chrono::LocalResult::Single(at) => Ok(at.naive_utc()),
        // The autumn hour that happens twice: take the first.
        chrono::LocalResult::Ambiguous(first, _) => Ok(first.naive_utc()),
        chrono::LocalResult::None => Err("manage-round-error-clocks-go-forward"),
    }
}

/// A date field and its time field (`…_date`, `…_time`); `empty` holds what to say when the
/// date, then the time, is left empty.
fn london_field(
    errors: &mut FieldErrors,
    date_field: &str,
    date: &str,
    time: &str,
    empty: [Message; 2],
) -> Option<NaiveDateTime> {
    let [empty_date, empty_time] = empty;
    let Some(day) = parse_date(date) else {
        errors.add(
            date_field,
            if date.trim().is_empty() { empty_date } else { Message::new("manage-round-error-real-date") },
        );
        return None;
    };
    let time_field = date_field.replace("_date", "_time");
    let Some(clock) = parse_time(time) else {
        errors.add(
            &time_field,
            if time.trim().is_empty() { empty_time } else { Message::new("manage-round-error-real-time") },
        );
        return None;
    };
    match london_to_utc(day, clock) {
        Ok(at) => Some(at),
        Err(message) => {
            errors.add(&time_field, message);
            None
        }
    }
}

/// Need and reach, scored 1 to 5: what the field found matters, and never how well a bid is
/// written. Written in `tr`'s language (the lead's, who can change them): they become the
/// round's own words, which groups and the panel read.
pub fn default_criteria(tr: Tr) -> Vec<CriterionFields> {
    vec![
        CriterionFields {
            key: "need".into(),
            title: tr.t("rounds-criterion-need"),
            description: tr.attr("rounds-criterion-need", "description"),
            weight: 1,
            descriptor_1: tr.attr("rounds-criterion-need", "score-1"),
            descriptor_2: tr.attr("rounds-criterion-need", "score-2"),
            descriptor_3: tr.attr("rounds-criterion-need", "score-3"),
            descriptor_4: tr.attr("rounds-criterion-need", "score-4"),
            descriptor_5: tr.attr("rounds-criterion-need", "score-5"),
        },
        CriterionFields {
            key: "reach".into(),
            title: tr.t("rounds-criterion-reach"),
            description: tr.attr("rounds-criterion-reach", "description"),
            weight: 1,
            descriptor_1: tr.attr("rounds-criterion-reach", "score-1"),
            descriptor_2: tr.attr("rounds-criterion-reach", "score-2"),
            descriptor_3: tr.attr("rounds-criterion-reach", "score-3"),
            descriptor_4: tr.attr("rounds-criterion-reach", "score-4"),
            descriptor_5: tr.attr("rounds-criterion-reach", "score-5"),
        },
    ]
}

/// What the criterion form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CriterionForm {
    pub title: String,
    pub description: String,
    pub weight: String,
    pub descriptor_1: String,
    pub descriptor_2: String,
    pub descriptor_3: String,
    pub descriptor_4: String,
    pub descriptor_5: String,
}

/// Checks a criterion; its key is made from the title when new (`existing_key` when editing).
pub fn check_criterion(form: &CriterionForm, existing_key: Option<&str>) -> Result<CriterionFields, FieldErrors> {
    let mut errors = FieldErrors::new();
    let title = required_line(&mut errors, "title", &form.title, "what-criterion-name", 80);
    let description = optional_text(&mut errors, "description", &form.description, "what-criterion-description", 1000);
    let weight = match form.weight.trim() {
        "" => 1,
        text => text.parse::<i32>().ok().filter(|w| (1..=10).contains(w)).unwrap_or_else(|| {
            errors.add("weight", "manage-criterion-error-weight");
            1
        }),
    };
    // "what a score of 3 means", one name per score.
    const SCORE_NAMES: [&str; 5] = [
        "what-criterion-score-1",
        "what-criterion-score-2",
        "what-criterion-score-3",
        "what-criterion-score-4",
        "what-criterion-score-5",
    ];
    let descriptors: Vec<String> =
        [&form.descriptor_1, &form.descriptor_2, &form.descriptor_3, &form.descriptor_4, &form.descriptor_5]
            .iter()
            .zip(SCORE_NAMES)
            .enumerate()
            .map(|(i, (text, what))| required_text(&mut errors, &format!("descriptor_{}", i + 1), text, what, 500))
            .collect();
    let key = match existing_key {
        Some(key) => key.to_string(),
        None => slugify(&title).replace('-', "_"),
    };
    if key.is_empty() && !title.is_empty() {
        errors.add("title", "manage-criterion-error-name-characters");
    }
    if existing_key.is_none() && ["csrf_token", "comment", "recommendation", "watched"].contains(&key.as_str()) {
        errors.add("title", "manage-criterion-error-name-reserved");
    }
    let [d1, d2, d3, d4, d5]: [String; 5] = descriptors.try_into().expect("five descriptors");
    errors.into_result(CriterionFields {
        key,
        title,
        description,
        weight,
        descriptor_1: d1,
        descriptor_2: d2,
        descriptor_3: d3,
        descriptor_4: d4,
        descriptor_5: d5,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(10, 0, 0).unwrap()
    }

    fn good_form() -> RoundForm {
        RoundForm {
            name: "Spring 2027 small grants".into(),
            slug: String::new(),
            summary: "Up to £5,000 for community groups".into(),
            pot_id: "3".into(),
            budget: "£60,000".into(),
            opens_date: "2027-01-10".into(),
            opens_time: "09:00".into(),
            closes_date: "2027-03-14".into(),
            closes_time: "5pm".into(),
            min_award: "500".into(),
            max_award: "5,000".into(),
            eligibility: "Groups in the area".into(),
            uses: "Room hire".into(),
            decision_date: "2027-04-30".into(),
            panel_size: String::new(),
            panel_due_date: String::new(),
        }
    }

    #[test]
    fn the_panel_deadline_is_optional_and_after_the_close() {
        assert_eq!(check_round(&good_form(), now(), None).unwrap().panel_due_on, None);
        let mut form = good_form();
        form.panel_due_date = " 2027-04-02 ".into();
        assert_eq!(check_round(&form, now(), None).unwrap().panel_due_on, NaiveDate::from_ymd_opt(2027, 4, 2));
        for (typed, message) in [
            ("2027-03-14", "Reviews must be due after the day the round closes"),
            ("2027-03-01", "Reviews must be due after the day the round closes"),
            ("next Friday", "Enter a real date, like 2027-03-31"),
            ("2027-02-30", "Enter a real date, like 2027-03-31"),
        ] {
            let mut form = good_form();
            form.panel_due_date = typed.into();
            assert_eq!(
                check_round(&form, now(), None).unwrap_err().english("panel_due_date").as_deref(),
                Some(message),
                "{typed}"
            );
        }
    }

    #[test]
    fn a_good_form_becomes_a_round_in_utc() {
        let round = check_round(&good_form(), now(), None).unwrap();
        assert_eq!(round.slug, "spring-2027-small-grants");
        assert_eq!(round.budget, Pence::from_pounds(60_000));
        assert_eq!(round.max_award, Pence::from_pounds(5_000));
        assert_eq!(
            round.closes_at,
            NaiveDate::from_ymd_opt(2027, 3, 14).unwrap().and_hms_opt(17, 0, 0).unwrap(),
            "GMT in March"
        );
        assert_eq!(round.panel_size, 2, "panel size defaults to 2");
    }

    #[test]
    fn summer_times_are_an_hour_ahead_of_utc() {
        let at =
            london_to_utc(NaiveDate::from_ymd_opt(2027, 7, 1).unwrap(), NaiveTime::from_hms_opt(17, 0, 0).unwrap())
                .unwrap();
        assert_eq!(at, NaiveDate::from_ymd_opt(2027, 7, 1).unwrap().and_hms_opt(16, 0, 0).unwrap());
        let skipped =
            london_to_utc(NaiveDate::from_ymd_opt(2027, 3, 28).unwrap(), NaiveTime::from_hms_opt(1, 30, 0).unwrap());
        assert!(skipped.is_err(), "01:30 on the last Sunday of March does not exist in London");
    }

    #[test]
    fn closing_before_opening_or_in_the_past_is_refused() {
        let mut form = good_form();
        form.closes_date = "2027-01-01".into();
        assert_eq!(
            check_round(&form, now(), None).unwrap_err().english("closes_date").as_deref(),
            Some("The closing date must be after the opening date")
        );
        let mut form = good_form();
        form.opens_date = "2026-01-01".into();
        form.closes_date = "2026-02-01".into();
        assert_eq!(
            check_round(&form, now(), None).unwrap_err().english("closes_date").as_deref(),
            Some("The closing date must be in the future")
        );
    }

    #[test]
    fn money_mistakes_are_shown_at_their_fields() {
        let mut form = good_form();
        form.budget = "£1e9".into();
        form.min_award = "12.345".into();
        form.max_award = "-5".into();
        let errors = check_round(&form, now(), None).unwrap_err();
        assert_eq!(errors.english("budget").as_deref(), Some("Enter an amount in pounds, like 2500 or £2,500.50"));
        assert_eq!(
            errors.english("min_award").as_deref(),
            Some("Enter an amount with no more than 2 numbers after the decimal point")
        );
        assert_eq!(errors.english("max_award").as_deref(), Some("Enter an amount that is not negative"));
        let mut form = good_form();
        form.max_award = "70000".into();
        assert!(
            check_round(&form, now(), None).unwrap_err().english("max_award").unwrap().contains("budget of £60,000")
        );
    }

    #[test]
    fn slugs_are_made_from_names_and_checked_when_typed() {
        assert_eq!(slugify("  Spring 2027: Small Grants!! "), "spring-2027-small-grants");
        let mut form = good_form();
        form.slug = "Bad Slug".into();
        assert!(check_round(&form, now(), None).unwrap_err().get("slug").is_some());
    }

    #[test]
    fn times_people_type() {
        assert_eq!(parse_time("17:00"), NaiveTime::from_hms_opt(17, 0, 0));
        assert_eq!(parse_time("5pm"), NaiveTime::from_hms_opt(17, 0, 0));
        assert_eq!(parse_time("5:30 PM"), NaiveTime::from_hms_opt(17, 30, 0));
        assert_eq!(parse_time("12am"), NaiveTime::from_hms_opt(0, 0, 0));
        assert_eq!(parse_time("12pm"), NaiveTime::from_hms_opt(12, 0, 0));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("teatime"), None);
        assert_eq!(parse_date("31/03/2027"), NaiveDate::from_ymd_opt(2027, 3, 31));
        assert_eq!(parse_date("2027-02-30"), None);
    }

    #[test]
    fn default_criteria_are_need_and_reach_with_five_descriptors() {
        let criteria = default_criteria(Tr::source());
        assert_eq!(criteria.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["need", "reach"]);
        assert_eq!(criteria[0].title, "Need");
        assert!(criteria[1].descriptor_5.starts_with("Deep roots in a community"), "{}", criteria[1].descriptor_5);
        for c in &criteria {
            for d in [&c.descriptor_1, &c.descriptor_2, &c.descriptor_3, &c.descriptor_4, &c.descriptor_5] {
                assert!(!d.is_empty());
            }
        }
    }

    #[test]
    fn a_new_criterion_needs_every_descriptor() {
        let form = CriterionForm { title: "How you will know it worked".into(), ..CriterionForm::default() };
        let errors = check_criterion(&form, None).unwrap_err();
        assert!(errors.get("descriptor_1").is_some() && errors.get("descriptor_5").is_some());
        let full = CriterionForm {
            title: "How you will know it worked".into(),
            weight: "2".into(),
            descriptor_1: "a".into(),
            descriptor_2: "b".into(),
            descriptor_3: "c".into(),
            descriptor_4: "d".into(),
            descriptor_5: "e".into(),
            ..CriterionForm::default()
        };
        let criterion = check_criterion(&full, None).unwrap();
        assert_eq!(criterion.key, "how_you_will_know_it_worked");
        assert_eq!(criterion.weight, 2);
    }
}
