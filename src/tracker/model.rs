//! The tracker's rows: an item (a decision or piece of work people can influence) and a view a
//! person gave on it.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{tracker_items, tracker_views};

/// Where an item stands. Views are taken only while it is [`ItemStatus::Open`]; once
/// [`ItemStatus::Decided`], it says what was decided and what changed because of people's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum ItemStatus {
    /// Open for views: listed first, because it is where people can still make a difference.
    Open,
    InProgress,
    Planned,
    Decided,
}

impl ItemStatus {
    /// In the order the tracker lists them.
    pub const ALL: [ItemStatus; 4] =
        [ItemStatus::Open, ItemStatus::InProgress, ItemStatus::Planned, ItemStatus::Decided];
    /// The statuses a lead chooses on the item's form; "decided" comes only with the decision.
    pub const CHOSEN_ON_FORM: [ItemStatus; 3] = [ItemStatus::Planned, ItemStatus::Open, ItemStatus::InProgress];

    pub fn key(self) -> &'static str {
        match self {
            ItemStatus::Planned => "planned",
            ItemStatus::Open => "open",
            ItemStatus::InProgress => "in_progress",
            ItemStatus::Decided => "decided",
        }
    }

    pub fn parse(text: &str) -> Option<ItemStatus> {
        ItemStatus::ALL.into_iter().find(|status| status.key() == text)
    }

    /// The message key of its name, as the tag and the headings say it.
    pub fn message_key(self) -> &'static str {
        match self {
            ItemStatus::Planned => "tracker-status-planned",
            ItemStatus::Open => "tracker-status-open",
            ItemStatus::InProgress => "tracker-status-in-progress",
            ItemStatus::Decided => "tracker-status-decided",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = tracker_items)]
pub struct Item {
    pub id: i64,
    pub programme_id: i64,
    /// The round whose draft criteria this item asks views on, if it does.
    pub round_id: Option<i64>,
    pub title: String,
    pub aim: String,
    pub can_influence: String,
    pub cannot_influence: String,
    pub status: String,
    pub starts_on: Option<NaiveDate>,
    pub decide_by: Option<NaiveDate>,
    pub how_to_take_part: String,
    pub decision: String,
    pub you_said_we_did: String,
    pub views_summary: String,
    pub decided_on: Option<NaiveDate>,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Item {
    /// The stored status; a value this version does not know is an error in the data, shown as
    /// planned (never as open, which would take views the lead did not ask for).
    pub fn status(&self) -> ItemStatus {
        ItemStatus::parse(&self.status).unwrap_or(ItemStatus::Planned)
    }

    pub fn takes_views(&self) -> bool {
        self.status() == ItemStatus::Open
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = tracker_views)]
pub struct View {
    pub id: i64,
    pub item_id: i64,
    pub person_id: i64,
    pub body: String,
    pub created_at: NaiveDateTime,
    /// The lead's answer to this person; empty until answered.
    pub answer: String,
    pub answered_by: Option<i64>,
    pub answered_at: Option<NaiveDateTime>,
    /// When a lead passed it to the programme's safeguarding contact, if they did.
    pub safeguarding_flagged_at: Option<NaiveDateTime>,
    pub safeguarding_flagged_by: Option<i64>,
}

/// A view as the programme's leads see it: with who gave it.
#[derive(Debug, Clone)]
pub struct ViewWithPerson {
    pub view: View,
    pub name: String,
    pub email: String,
    /// Whether the person sits on one of the programme's panels as a member with lived
    /// experience (the lead may want to weigh such views, and to pay for the time given).
    pub lived_experience: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_and_open_comes_first() {
        for status in ItemStatus::ALL {
            assert_eq!(ItemStatus::parse(status.key()), Some(status));
        }
        assert_eq!(ItemStatus::parse("maybe"), None);
        let mut shuffled = vec![ItemStatus::Decided, ItemStatus::Planned, ItemStatus::Open, ItemStatus::InProgress];
        shuffled.sort();
        assert_eq!(shuffled, ItemStatus::ALL.to_vec());
    }
}
