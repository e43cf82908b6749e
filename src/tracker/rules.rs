//! The tracker's forms, checked. Pure: no database here.
//!
//! Decisions, for leads and readers of the code:
//! - A lead chooses an item's status among planned, open for views and in progress; "decided"
//!   is reached only by writing the decision, what changed because of people's views ("you
//!   said, we did"), and, when anyone gave a view, a summary of what was heard. A decided item
//!   stays decided: a later change of mind is a new item, so what people were told stands.
//! - A view is at most [`MAX_VIEW_CHARS`] characters, and a person gives at most
//!   [`VIEWS_PER_HOUR`] views an hour across the portal: enough for anyone taking part, and a
//!   limit on anyone filling the leads' lists.

use chrono::{NaiveDate, NaiveDateTime};

use super::model::ItemStatus;
use crate::forms::{FieldErrors, optional_text, required_line, required_text};
use crate::i18n::Message;
use crate::rounds::rules::parse_date;

pub const MAX_TITLE_CHARS: usize = 150;
pub const MAX_TEXT_CHARS: usize = 3_000;
pub const MAX_VIEW_CHARS: usize = 3_000;
pub const MAX_ANSWER_CHARS: usize = 3_000;
pub const VIEWS_PER_HOUR: i64 = 5;

/// The lead's form for an item, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ItemForm {
    pub title: String,
    pub aim: String,
    pub can_influence: String,
    pub cannot_influence: String,
    pub status: String,
    pub starts_on: String,
    pub decide_by: String,
    pub how_to_take_part: String,
    /// Set when the item asks for views on a round's draft criteria.
    pub round_id: String,
}

/// An item's form, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemInput {
    pub title: String,
    pub aim: String,
    pub can_influence: String,
    pub cannot_influence: String,
    pub status: ItemStatus,
    pub starts_on: Option<NaiveDate>,
    pub decide_by: Option<NaiveDate>,
    pub how_to_take_part: String,
    pub round_id: Option<i64>,
}

impl ItemForm {
    pub fn from_item(item: &super::Item) -> ItemForm {
        let date = |day: Option<NaiveDate>| day.map(|day| day.format("%Y-%m-%d").to_string()).unwrap_or_default();
        ItemForm {
            title: item.title.clone(),
            aim: item.aim.clone(),
            can_influence: item.can_influence.clone(),
            cannot_influence: item.cannot_influence.clone(),
            status: item.status.clone(),
            starts_on: date(item.starts_on),
            decide_by: date(item.decide_by),
            how_to_take_part: item.how_to_take_part.clone(),
            round_id: item.round_id.map(|id| id.to_string()).unwrap_or_default(),
        }
    }
}

fn optional_date(errors: &mut FieldErrors, field: &str, text: &str, message: &'static str) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    let parsed = parse_date(text);
    if parsed.is_none() {
        errors.add(field, message);
    }
    parsed
}

/// Checks an item's form. `decided` items keep their status whatever the form says.
pub fn check_item(form: &ItemForm, already_decided: bool) -> Result<ItemInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let title = required_line(&mut errors, "title", &form.title, "what-tracker-title", MAX_TITLE_CHARS);
    let aim = required_text(&mut errors, "aim", &form.aim, "what-tracker-aim", MAX_TEXT_CHARS);
    let can_influence =
        required_text(&mut errors, "can_influence", &form.can_influence, "what-tracker-can", MAX_TEXT_CHARS);
    let cannot_influence =
        optional_text(&mut errors, "cannot_influence", &form.cannot_influence, "what-tracker-cannot", MAX_TEXT_CHARS);
    let how_to_take_part =
        optional_text(&mut errors, "how_to_take_part", &form.how_to_take_part, "what-tracker-how", MAX_TEXT_CHARS);
    let status = if already_decided {
        ItemStatus::Decided
    } else {
        match ItemStatus::parse(&form.status).filter(|status| ItemStatus::CHOSEN_ON_FORM.contains(status)) {
            Some(status) => status,
            None => {
                errors.add("status", "tracker-error-status");
                ItemStatus::Planned
            }
        }
    };
    let starts_on = optional_date(&mut errors, "starts_on", &form.starts_on, "tracker-error-starts-on");
    let decide_by = optional_date(&mut errors, "decide_by", &form.decide_by, "tracker-error-decide-by");
    if let (Some(starts), Some(decide)) = (starts_on, decide_by)
        && decide < starts
    {
        errors.add("decide_by", "tracker-error-decide-before-start");
    }
    let round_id = form.round_id.trim().parse::<i64>().ok();
    errors.into_result(ItemInput {
        title,
        aim,
        can_influence,
        cannot_influence,
        status,
        starts_on,
        decide_by,
        how_to_take_part,
        round_id,
    })
}

/// The lead's form for deciding an item, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct DecisionForm {
    pub decision: String,
    pub you_said_we_did: String,
    pub views_summary: String,
    pub decided_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionInput {
    pub decision: String,
    pub you_said_we_did: String,
    pub views_summary: String,
    pub decided_on: NaiveDate,
}

/// Checks a decision. A summary of what was heard is needed when anyone gave a view
/// (`views_given`); the date defaults to `today` and cannot be in the future.
pub fn check_decision(form: &DecisionForm, views_given: usize, today: NaiveDate) -> Result<DecisionInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let decision = required_text(&mut errors, "decision", &form.decision, "what-tracker-decision", MAX_TEXT_CHARS);
    let you_said_we_did =
        required_text(&mut errors, "you_said_we_did", &form.you_said_we_did, "what-tracker-we-did", MAX_TEXT_CHARS);
    let views_summary = if views_given > 0 {
        required_text(&mut errors, "views_summary", &form.views_summary, "what-tracker-summary", MAX_TEXT_CHARS)
    } else {
        optional_text(&mut errors, "views_summary", &form.views_summary, "what-tracker-summary", MAX_TEXT_CHARS)
    };
    let decided_on = if form.decided_on.trim().is_empty() {
        today
    } else {
        match parse_date(&form.decided_on) {
            Some(day) if day > today => {
                errors.add("decided_on", "tracker-error-decided-future");
                today
            }
            Some(day) => day,
            None => {
                errors.add("decided_on", "tracker-error-decided-on");
                today
            }
        }
    };
    errors.into_result(DecisionInput { decision, you_said_we_did, views_summary, decided_on })
}

/// A person's view, checked: present, not too long, no control characters.
pub fn check_view(text: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let view = required_text(&mut errors, "view", text, "what-your-view", MAX_VIEW_CHARS);
    errors.into_result(view)
}

/// The lead's answer to one view, checked.
pub fn check_answer(text: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let answer = required_text(&mut errors, "answer", text, "what-tracker-answer", MAX_ANSWER_CHARS);
    errors.into_result(answer)
}

/// Whether a person who gave views at `recent` times may give another at `now`; if not, the
/// moment they may (an hour after the oldest of the last hour's views).
pub fn next_view_allowed(recent: &[NaiveDateTime], now: NaiveDateTime) -> Option<NaiveDateTime> {
    let hour_ago = now - chrono::Duration::hours(1);
    let mut in_last_hour: Vec<NaiveDateTime> = recent.iter().copied().filter(|at| *at > hour_ago).collect();
    if (in_last_hour.len() as i64) < VIEWS_PER_HOUR {
        return None;
    }
    in_last_hour.sort();
    in_last_hour.first().map(|oldest| *oldest + chrono::Duration::hours(1))
}

/// The message for someone who has given as many views as an hour allows.
pub fn too_many_views(allowed_at: NaiveDateTime) -> Message {
    let time = crate::time::in_london(allowed_at).format("%H:%M").to_string();
    Message::new("tracker-error-too-many-views").arg("max", VIEWS_PER_HOUR).arg("time", time)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn good_item() -> ItemForm {
        ItemForm {
            title: "Set the criteria for the spring round".into(),
            aim: "Scores that reward need and reach".into(),
            can_influence: "What each score means".into(),
            status: "open".into(),
            starts_on: "2027-01-04".into(),
            decide_by: "31/01/2027".into(),
            ..ItemForm::default()
        }
    }

    #[test]
    fn an_item_needs_a_title_an_aim_and_what_can_be_influenced() {
        let input = check_item(&good_item(), false).unwrap();
        assert_eq!(input.status, ItemStatus::Open);
        assert_eq!(input.decide_by, Some(day(2027, 1, 31)));
        let errors = check_item(&ItemForm::default(), false).unwrap_err();
        for field in ["title", "aim", "can_influence", "status"] {
            assert!(errors.get(field).is_some(), "{field} should be asked for");
        }
    }

    #[test]
    fn a_lead_cannot_choose_decided_on_the_form_and_decided_items_stay_decided() {
        let form = ItemForm { status: "decided".into(), ..good_item() };
        assert!(check_item(&form, false).unwrap_err().get("status").is_some());
        let form = ItemForm { status: "open".into(), ..good_item() };
        assert_eq!(check_item(&form, true).unwrap().status, ItemStatus::Decided);
    }

    #[test]
    fn dates_must_read_and_the_decision_cannot_come_before_the_start() {
        let form = ItemForm { starts_on: "soon".into(), ..good_item() };
        assert!(check_item(&form, false).unwrap_err().get("starts_on").is_some());
        let form = ItemForm { starts_on: "2027-02-01".into(), ..good_item() };
        assert!(check_item(&form, false).unwrap_err().get("decide_by").is_some());
    }

    #[test]
    fn a_summary_is_needed_only_when_people_gave_views() {
        let form = DecisionForm {
            decision: "Need counts twice".into(),
            you_said_we_did: "You said…".into(),
            ..Default::default()
        };
        let today = day(2027, 2, 1);
        assert_eq!(check_decision(&form, 0, today).unwrap().decided_on, today);
        assert!(check_decision(&form, 2, today).unwrap_err().get("views_summary").is_some());
        let future = DecisionForm { decided_on: "2027-02-02".into(), ..form };
        assert!(check_decision(&future, 0, today).unwrap_err().get("decided_on").is_some());
    }

    #[test]
    fn views_are_limited_in_length_and_number_an_hour() {
        assert!(check_view("   ").is_err());
        assert!(check_view(&"a".repeat(MAX_VIEW_CHARS + 1)).is_err());
        assert_eq!(check_view("  More evening sessions please \r\n").unwrap(), "More evening sessions please");
        let now = day(2027, 1, 10).and_hms_opt(12, 0, 0).unwrap();
        let minutes_ago = |m: i64| now - chrono::Duration::minutes(m);
        let four: Vec<_> = (1..=4).map(minutes_ago).collect();
        assert_eq!(next_view_allowed(&four, now), None);
        let five: Vec<_> = (1..=5).map(minutes_ago).collect();
        assert_eq!(next_view_allowed(&five, now), Some(minutes_ago(5) + chrono::Duration::hours(1)));
        let old: Vec<_> = (61..=70).map(minutes_ago).collect();
        assert_eq!(next_view_allowed(&old, now), None);
    }
}
