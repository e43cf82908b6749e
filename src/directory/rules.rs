//! The listing form checked, and the words search finds a listing by. Pure: no database.

use super::model::{ACCESSIBILITY, Category, HowToJoin, Listing, Schedule};
use crate::accounts::rules::{check_email, normalise_email};
use crate::forms::{FieldErrors, optional_line, optional_text, required_line, required_text};
use crate::groups::rules::{check_website, normalise_postcode};

/// The most categories one listing is filed under: enough for an activity that is several
/// things, few enough that search filters stay meaningful.
pub const MAX_CATEGORIES: usize = 4;

/// The listing form as typed. Categories and access features are boxes given many times, read
/// by `web::form_lists::from_pairs`.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ListingForm {
    pub name: String,
    pub description: String,
    /// Category slugs ticked.
    pub category: Vec<String>,
    pub schedule: String,
    pub weekday: String,
    pub starts_at: String,
    pub ends_at: String,
    pub schedule_note: String,
    pub venue_name: String,
    pub address: String,
    pub postcode: String,
    /// `yes` when ticked.
    pub online: String,
    pub by_phone: String,
    pub ages: String,
    pub communities: String,
    pub languages: String,
    /// `free` or `paid`.
    pub cost: String,
    pub cost_note: String,
    pub how_to_join: String,
    /// `ACCESSIBILITY` codes ticked.
    pub accessibility: Vec<String>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub website: String,
    /// The language the listing is written in (`bids::language`), or another one named.
    pub language: String,
}

impl ListingForm {
    /// A listing's saved answers, to change them.
    pub fn from_listing(listing: &Listing, categories: &[Category]) -> ListingForm {
        let yes = |on: bool| if on { "yes".to_string() } else { String::new() };
        ListingForm {
            name: listing.name.clone(),
            description: listing.description.clone(),
            category: categories.iter().map(|category| category.slug.clone()).collect(),
            schedule: listing.schedule.clone(),
            weekday: listing.weekday.map(|day| day.to_string()).unwrap_or_default(),
            starts_at: listing.starts_at.clone(),
            ends_at: listing.ends_at.clone(),
            schedule_note: listing.schedule_note.clone(),
            venue_name: listing.venue_name.clone(),
            address: listing.address.clone(),
            postcode: listing.postcode.clone(),
            online: yes(listing.online),
            by_phone: yes(listing.by_phone),
            ages: listing.ages.clone(),
            communities: listing.communities.clone(),
            languages: listing.languages.clone(),
            cost: if listing.free { "free" } else { "paid" }.to_string(),
            cost_note: listing.cost_note.clone(),
            how_to_join: listing.how_to_join.clone(),
            accessibility: listing.accessibility_codes().into_iter().map(str::to_string).collect(),
            contact_name: listing.contact_name.clone(),
            contact_email: listing.contact_email.clone(),
            contact_phone: listing.contact_phone.clone(),
            website: listing.website.clone(),
            language: listing.language.clone(),
        }
    }
}

/// A listing's answers, checked and tidied, ready to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingInput {
    pub name: String,
    pub description: String,
    pub category_ids: Vec<i64>,
    pub schedule: Schedule,
    pub weekday: Option<i32>,
    pub starts_at: String,
    pub ends_at: String,
    pub schedule_note: String,
    pub venue_name: String,
    pub address: String,
    pub postcode: String,
    pub online: bool,
    pub by_phone: bool,
    pub ages: String,
    pub communities: String,
    pub languages: String,
    pub free: bool,
    pub cost_note: String,
    pub how_to_join: HowToJoin,
    pub accessibility: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub website: String,
    /// A `bids::language` code: English unless the group chose another.
    pub language: String,
}

/// A time of day as `HH:MM` (24-hour; "9:30" is tidied to "09:30"), or `None`.
pub fn parse_time(raw: &str) -> Option<String> {
    let (hours, minutes) = raw.trim().replace('.', ":").split_once(':').map(|(h, m)| (h.to_string(), m.to_string()))?;
    let hours: u32 = hours.trim().parse().ok()?;
    let minutes: u32 = (minutes.len() == 2).then(|| minutes.parse().ok()).flatten()?;
    (hours < 24 && minutes < 60).then(|| format!("{hours:02}:{minutes:02}"))
}

/// Checks the listing form against the directory's categories.
pub fn check_listing(form: &ListingForm, categories: &[Category]) -> Result<ListingInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "name", &form.name, "what-listing-name", 120);
    let description = required_text(&mut errors, "description", &form.description, "what-listing-description", 2_000);
    let category_ids = check_categories(&mut errors, &form.category, categories);
    let (schedule, weekday, starts_at, ends_at, schedule_note) = check_when(&mut errors, form);
    let venue_name = optional_line(&mut errors, "venue_name", &form.venue_name, "what-listing-venue", 120);
    let address = optional_text(&mut errors, "address", &form.address, "what-listing-address", 300);
    let postcode = normalise_postcode(&form.postcode).unwrap_or_else(|| {
        errors.add("postcode", "directory-error-postcode");
        form.postcode.trim().to_string()
    });
    let (online, by_phone) = (form.online == "yes", form.by_phone == "yes");
    if venue_name.is_empty() && postcode.is_empty() && !online && !by_phone {
        errors.add("venue_name", "directory-error-where");
    }
    let ages = optional_line(&mut errors, "ages", &form.ages, "what-listing-ages", 100);
    let communities = optional_line(&mut errors, "communities", &form.communities, "what-listing-communities", 200);
    let languages = optional_line(&mut errors, "languages", &form.languages, "what-listing-languages", 200);
    let free = form.cost != "paid";
    let cost_note = optional_line(&mut errors, "cost_note", &form.cost_note, "what-listing-cost", 200);
    if !free && cost_note.is_empty() {
        errors.add("cost_note", "directory-error-cost");
    }
    let how_to_join = HowToJoin::parse(&form.how_to_join);
    if how_to_join.is_none() {
        errors.add("how_to_join", "directory-error-how-to-join");
    }
    let accessibility: Vec<&str> =
        ACCESSIBILITY.into_iter().filter(|code| form.accessibility.iter().any(|ticked| ticked == code)).collect();
    let contact_name = optional_line(&mut errors, "contact_name", &form.contact_name, "what-listing-contact-name", 100);
    let contact_email = normalise_email(&form.contact_email);
    if !contact_email.is_empty()
        && let Err(message) = check_email(&contact_email)
    {
        errors.add("contact_email", message);
    }
    let contact_phone = optional_line(&mut errors, "contact_phone", &form.contact_phone, "what-listing-phone", 40);
    let website = check_website(&mut errors, &form.website);
    if contact_email.is_empty() && contact_phone.is_empty() && website.is_empty() {
        errors.add("contact_email", "directory-error-contact");
    }
    // A language we do not list (a crafted form) is read as English, the listings' default.
    let language = crate::bids::language::CHOICES
        .iter()
        .find(|choice| choice.code == form.language && choice.code != crate::bids::language::OTHER)
        .map_or(crate::bids::language::ENGLISH, |choice| choice.code)
        .to_string();
    errors.into_result(ListingInput {
        name,
        description,
        category_ids,
        schedule: schedule.unwrap_or(Schedule::Dates),
        weekday,
        starts_at,
        ends_at,
        schedule_note,
        venue_name,
        address,
        postcode,
        online,
        by_phone,
        ages,
        communities,
        languages,
        free,
        cost_note: if free { String::new() } else { cost_note },
        how_to_join: how_to_join.unwrap_or(HowToJoin::DropIn),
        accessibility: accessibility.join(","),
        contact_name,
        contact_email,
        contact_phone,
        website,
        language,
    })
}

fn check_categories(errors: &mut FieldErrors, ticked: &[String], categories: &[Category]) -> Vec<i64> {
    let ids: Vec<i64> = categories.iter().filter(|c| ticked.contains(&c.slug)).map(|category| category.id).collect();
    if ids.is_empty() {
        errors.add("category", "directory-error-category");
    } else if ids.len() > MAX_CATEGORIES {
        errors.add("category", crate::i18n::Message::new("directory-error-categories").arg("max", MAX_CATEGORIES));
    }
    ids
}

type When = (Option<Schedule>, Option<i32>, String, String, String);

/// When it happens: a weekly activity needs its day and start time (an end time, if given,
/// after it); a monthly one or one on dates needs words saying when.
fn check_when(errors: &mut FieldErrors, form: &ListingForm) -> When {
    let schedule = Schedule::parse(&form.schedule);
    let note = optional_line(errors, "schedule_note", &form.schedule_note, "what-listing-when", 200);
    let time = |errors: &mut FieldErrors, field: &str, raw: &str| -> String {
        if raw.trim().is_empty() {
            return String::new();
        }
        parse_time(raw).unwrap_or_else(|| {
            errors.add(field, "directory-error-time");
            raw.trim().to_string()
        })
    };
    let starts_at = time(errors, "starts_at", &form.starts_at);
    let ends_at = time(errors, "ends_at", &form.ends_at);
    let mut weekday = None;
    match schedule {
        None => errors.add("schedule", "directory-error-schedule"),
        Some(Schedule::Weekly) => {
            weekday = form.weekday.parse::<i32>().ok().filter(|day| (1..=7).contains(day));
            if weekday.is_none() {
                errors.add("weekday", "directory-error-weekday");
            }
            if form.starts_at.trim().is_empty() {
                errors.add("starts_at", "directory-error-start");
            }
        }
        Some(_) if note.is_empty() => errors.add("schedule_note", "directory-error-when"),
        Some(_) => {}
    }
    if parse_time(&starts_at).is_some() && parse_time(&ends_at).is_some() && ends_at <= starts_at {
        errors.add("ends_at", "directory-error-end");
    }
    (schedule, weekday, starts_at, ends_at, note)
}

/// The longest name of a category.
const MAX_CATEGORY_NAME: usize = 60;

/// A category's name, checked: present, one line, not too long, and not the name of another
/// category (`others`), whatever its capitals. Answers the name and the slug it is filed under.
pub fn check_category(name: &str, others: &[Category]) -> Result<(String, String), FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "name", name, "what-category-name", MAX_CATEGORY_NAME);
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let slug = crate::rounds::rules::slugify(&name);
    if !name.is_empty() && slug.is_empty() {
        errors.add("name", "directory-error-category-letters");
    }
    if !name.is_empty() && others.iter().any(|c| c.name.to_lowercase() == name.to_lowercase() || c.slug == slug) {
        errors.add("name", crate::i18n::Message::new("directory-error-category-taken").arg("name", name.as_str()));
    }
    errors.into_result((name, slug))
}

/// The words search finds a listing by: its name, description, the names of the categories it
/// is filed under, who it is for, the languages spoken, and where it is.
pub fn search_body(listing: &Listing, category_names: &[String]) -> String {
    words_of([
        listing.name.as_str(),
        &listing.description,
        &category_names.join(" "),
        &listing.ages,
        &listing.communities,
        &listing.languages,
        &listing.venue_name,
        &listing.address,
        &listing.postcode,
    ])
}

fn words_of(parts: [&str; 9]) -> String {
    parts.iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join("\n")
}

/// The words of a search, each kept only if it has letters or digits: what both databases'
/// search is given, so quotes, operators, SQL and emoji are never read as syntax.
pub fn search_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(12)
        .map(|word| word.chars().take(40).collect::<String>().to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn categories() -> Vec<Category> {
        vec![
            Category { id: 1, slug: "peer-support".into(), name: "Peer support".into(), position: 1 },
            Category { id: 2, slug: "food".into(), name: "Food".into(), position: 2 },
        ]
    }

    fn good() -> ListingForm {
        ListingForm {
            name: "Tuesday tea and talk".into(),
            description: "A warm room, tea and people to talk to.".into(),
            category: vec!["peer-support".into()],
            schedule: "weekly".into(),
            weekday: "2".into(),
            starts_at: "10.30".into(),
            ends_at: "12:00".into(),
            venue_name: "St Mark's hall".into(),
            postcode: "b11 4aa".into(),
            cost: "free".into(),
            how_to_join: "drop_in".into(),
            accessibility: vec!["hearing_loop".into(), "made_up".into(), "step_free".into()],
            contact_phone: "0121 496 0001".into(),
            ..ListingForm::default()
        }
    }

    #[test]
    fn a_good_listing_is_tidied() {
        let input = check_listing(&good(), &categories()).unwrap();
        assert_eq!((input.starts_at.as_str(), input.ends_at.as_str()), ("10:30", "12:00"));
        assert_eq!(input.postcode, "B11 4AA");
        assert_eq!(input.weekday, Some(2));
        assert_eq!(input.accessibility, "step_free,hearing_loop", "known codes, in the list's order");
        assert_eq!(input.category_ids, [1]);
    }

    #[test]
    fn bad_times_postcodes_and_links_are_refused_at_their_fields() {
        let form = ListingForm {
            starts_at: "25:00".into(),
            ends_at: "half ten".into(),
            postcode: "not a postcode".into(),
            website: "javascript:alert(1)".into(),
            ..good()
        };
        let errors = check_listing(&form, &categories()).unwrap_err();
        for field in ["starts_at", "ends_at", "postcode", "website"] {
            assert!(errors.get(field).is_some(), "{field}: {errors:?}");
        }
        let backwards = ListingForm { starts_at: "14:00".into(), ends_at: "13:00".into(), ..good() };
        assert!(check_listing(&backwards, &categories()).unwrap_err().get("ends_at").is_some());
    }

    #[test]
    fn a_listing_says_when_where_what_and_how_to_reach_someone() {
        let form = ListingForm {
            category: vec!["unknown".into()],
            schedule: "monthly".into(),
            venue_name: String::new(),
            postcode: String::new(),
            cost: "paid".into(),
            contact_phone: String::new(),
            ..good()
        };
        let errors = check_listing(&form, &categories()).unwrap_err();
        for field in ["category", "schedule_note", "venue_name", "cost_note", "contact_email"] {
            assert!(errors.get(field).is_some(), "{field}: {errors:?}");
        }
        let online = ListingForm { venue_name: String::new(), postcode: String::new(), online: "yes".into(), ..good() };
        assert!(check_listing(&online, &categories()).is_ok(), "online is somewhere");
    }

    #[test]
    fn times_are_read_as_people_type_them() {
        assert_eq!(parse_time("9:30").as_deref(), Some("09:30"));
        assert_eq!(parse_time("18.00").as_deref(), Some("18:00"));
        for bad in ["", "9", "24:00", "10:60", "10:5", "ten"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn search_words_never_carry_syntax() {
        assert_eq!(
            search_words("\"mental\" health* OR 1=1; DROP TABLE --"),
            ["mental", "health", "or", "1", "1", "drop", "table"]
        );
        assert!(search_words("😀 \"\" ()").is_empty());
        assert_eq!(search_words("Zdrowie psychiczne"), ["zdrowie", "psychiczne"]);
    }

    #[test]
    fn a_category_is_named_once_and_filed_under_its_slug() {
        assert_eq!(
            check_category("  Dance   and movement ", &categories()).unwrap(),
            ("Dance and movement".into(), "dance-and-movement".into())
        );
        assert!(check_category("peer SUPPORT", &categories()).unwrap_err().get("name").is_some(), "taken");
        assert!(check_category(" ", &categories()).unwrap_err().get("name").is_some());
        let unlinkable = check_category("زبان", &[]).unwrap_err();
        assert_eq!(unlinkable.get("name").map(|m| m.key), Some("directory-error-category-letters"));
    }

    #[test]
    fn search_finds_a_listing_by_its_category_names_too() {
        let listing = Listing {
            name: "Tuesday tea and talk".into(),
            postcode: "B11 4AA".into(),
            ages: String::new(),
            ..crate::directory::model::Listing::sample()
        };
        let body = search_body(&listing, &["Peer support".to_string()]);
        assert!(body.contains("Peer support") && body.contains("Tuesday tea") && body.contains("B11 4AA"));
        assert!(!body.contains("\n\n"), "empty parts leave no gaps");
    }
}
