//! The directory's rows and the words its fields are stored as.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{directory_categories, directory_listings};

/// A category listings are filed under ("Peer support"): a list the site admin edits.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = directory_categories)]
pub struct Category {
    pub id: i64,
    /// Stable, for links and filters (`peer-support`).
    pub slug: String,
    pub name: String,
    pub position: i32,
}

/// Where a listing is in its life: waiting for an editor, public, or hidden by an editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListingStatus {
    Pending,
    Approved,
    Hidden,
}

impl ListingStatus {
    pub fn key(self) -> &'static str {
        match self {
            ListingStatus::Pending => "pending",
            ListingStatus::Approved => "approved",
            ListingStatus::Hidden => "hidden",
        }
    }

    pub fn parse(text: &str) -> Option<ListingStatus> {
        [ListingStatus::Pending, ListingStatus::Approved, ListingStatus::Hidden].into_iter().find(|s| s.key() == text)
    }
}

/// When an activity happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// On one day of the week, at a time.
    Weekly,
    /// Once a month (which day is told in words: "first Tuesday").
    Monthly,
    /// On dates told in words.
    Dates,
}

impl Schedule {
    pub const ALL: [Schedule; 3] = [Schedule::Weekly, Schedule::Monthly, Schedule::Dates];

    pub fn key(self) -> &'static str {
        match self {
            Schedule::Weekly => "weekly",
            Schedule::Monthly => "monthly",
            Schedule::Dates => "dates",
        }
    }

    pub fn parse(text: &str) -> Option<Schedule> {
        Schedule::ALL.into_iter().find(|s| s.key() == text)
    }
}

/// How someone joins: turn up, book first, or be referred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HowToJoin {
    DropIn,
    Book,
    Referral,
}

impl HowToJoin {
    pub const ALL: [HowToJoin; 3] = [HowToJoin::DropIn, HowToJoin::Book, HowToJoin::Referral];

    pub fn key(self) -> &'static str {
        match self {
            HowToJoin::DropIn => "drop_in",
            HowToJoin::Book => "book",
            HowToJoin::Referral => "referral",
        }
    }

    pub fn parse(text: &str) -> Option<HowToJoin> {
        HowToJoin::ALL.into_iter().find(|s| s.key() == text)
    }
}

/// What a venue offers for access, as codes stored comma-separated.
pub const ACCESSIBILITY: [&str; 6] =
    ["step_free", "accessible_toilet", "hearing_loop", "bsl", "large_print", "quiet_space"];

/// The days of the week, Monday first, as stored (1–7) with their message keys.
pub const WEEKDAYS: [(i32, &str); 7] = [
    (1, "directory-day-1"),
    (2, "directory-day-2"),
    (3, "directory-day-3"),
    (4, "directory-day-4"),
    (5, "directory-day-5"),
    (6, "directory-day-6"),
    (7, "directory-day-7"),
];

/// One activity a group runs, as the directory shows it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = directory_listings)]
pub struct Listing {
    pub id: i64,
    pub group_id: i64,
    /// `ListingStatus::key`.
    pub status: String,
    pub name: String,
    pub description: String,
    /// `Schedule::key`.
    pub schedule: String,
    /// 1 (Monday) to 7, for a weekly activity.
    pub weekday: Option<i32>,
    /// `HH:MM`, or empty.
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
    /// The languages spoken there, in words ("English, Urdu, Punjabi").
    pub languages: String,
    pub free: bool,
    pub cost_note: String,
    /// `HowToJoin::key`.
    pub how_to_join: String,
    /// `ACCESSIBILITY` codes, comma-separated.
    pub accessibility: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub website: String,
    /// When the group (or an editor) last said the listing is current.
    pub confirmed_at: NaiveDateTime,
    pub stale_notice_sent_at: Option<NaiveDateTime>,
    /// The language the listing is written in (a `bids::language` code).
    pub language: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Listing {
    pub fn status(&self) -> ListingStatus {
        ListingStatus::parse(&self.status).unwrap_or(ListingStatus::Pending)
    }

    pub fn schedule(&self) -> Schedule {
        Schedule::parse(&self.schedule).unwrap_or(Schedule::Dates)
    }

    pub fn how_to_join(&self) -> HowToJoin {
        HowToJoin::parse(&self.how_to_join).unwrap_or(HowToJoin::DropIn)
    }

    pub fn accessibility_codes(&self) -> Vec<&str> {
        self.accessibility.split(',').map(str::trim).filter(|code| !code.is_empty()).collect()
    }
}

#[cfg(test)]
impl Listing {
    /// A public weekly listing, for tests, which change what they need with
    /// `Listing { …, ..Listing::sample() }`.
    pub fn sample() -> Listing {
        let at = NaiveDateTime::default();
        Listing {
            id: 1,
            group_id: 1,
            status: "approved".into(),
            name: "Tea and talk".into(),
            description: "A warm room and people to talk to.".into(),
            schedule: "weekly".into(),
            weekday: Some(2),
            starts_at: "10:30".into(),
            ends_at: "12:00".into(),
            schedule_note: String::new(),
            venue_name: "St Mark's hall".into(),
            address: String::new(),
            postcode: "B11 4AA".into(),
            online: false,
            by_phone: false,
            ages: "18+".into(),
            communities: String::new(),
            languages: "English".into(),
            free: true,
            cost_note: String::new(),
            how_to_join: "drop_in".into(),
            accessibility: String::new(),
            contact_name: String::new(),
            contact_email: String::new(),
            contact_phone: "0121 496 0001".into(),
            website: String::new(),
            confirmed_at: at,
            stale_notice_sent_at: None,
            language: "en".into(),
            created_at: at,
            updated_at: at,
        }
    }
}
