//! Reading the tracker: a programme's items, the views on them, and what a round's tracker
//! stages need that the round itself does not hold (when its first payment was made), and the
//! history of its criteria.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::dsl::{count_star, min};
use diesel::prelude::*;

use super::model::{Item, View, ViewWithPerson};
use crate::db::DbConn;
use crate::db::schema::{audit_events, awards, bids, payments, people, role_grants, tracker_items, tracker_views};

/// A programme's items in the order the tracker lists them: open for views first, then in
/// progress, planned and decided; within each, the soonest decision first (decided: the latest
/// decision first), then the oldest item.
pub fn items_of(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<Item>> {
    let mut items: Vec<Item> = tracker_items::table
        .filter(tracker_items::programme_id.eq(programme_id))
        .order(tracker_items::id.asc())
        .select(Item::as_select())
        .load(conn)?;
    items.sort_by_key(|item| {
        let status = item.status();
        let when = if status == super::ItemStatus::Decided {
            item.decided_on.map(|day| -day.num_days_from_ce())
        } else {
            item.decide_by.map(|day| day.num_days_from_ce())
        };
        (status, when.is_none(), when, item.id)
    });
    Ok(items)
}

pub fn find_item(conn: &mut DbConn, item_id: i64) -> QueryResult<Option<Item>> {
    tracker_items::table.find(item_id).select(Item::as_select()).first(conn).optional()
}

/// The item that asks for views on a round's criteria, if there is one (the latest).
pub fn criteria_item_of(conn: &mut DbConn, round_id: i64) -> QueryResult<Option<Item>> {
    tracker_items::table
        .filter(tracker_items::round_id.eq(round_id))
        .order(tracker_items::id.desc())
        .select(Item::as_select())
        .first(conn)
        .optional()
}

/// Every view on an item with who gave it, oldest first: for the programme's leads only.
pub fn views_on(conn: &mut DbConn, item: &Item) -> QueryResult<Vec<ViewWithPerson>> {
    let rows: Vec<(View, String, String)> = tracker_views::table
        .inner_join(people::table)
        .filter(tracker_views::item_id.eq(item.id))
        .order(tracker_views::id.asc())
        .select((View::as_select(), people::name, people::email))
        .load(conn)?;
    let lived: Vec<i64> = role_grants::table
        .filter(role_grants::programme_id.eq(item.programme_id))
        .filter(role_grants::lived_experience.eq(true))
        .select(role_grants::person_id)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(view, name, email)| {
            let lived_experience = lived.contains(&view.person_id);
            ViewWithPerson { view, name, email, lived_experience }
        })
        .collect())
}

/// How many views an item has had.
pub fn view_count(conn: &mut DbConn, item_id: i64) -> QueryResult<i64> {
    tracker_views::table.filter(tracker_views::item_id.eq(item_id)).count().get_result(conn)
}

/// One view on an item, if it is on that item.
pub fn find_view(conn: &mut DbConn, item_id: i64, view_id: i64) -> QueryResult<Option<View>> {
    tracker_views::table
        .filter(tracker_views::id.eq(view_id))
        .filter(tracker_views::item_id.eq(item_id))
        .select(View::as_select())
        .first(conn)
        .optional()
}

/// The views a person gave on an item, with the lead's answers: only they see these.
pub fn views_by(conn: &mut DbConn, item_id: i64, person_id: i64) -> QueryResult<Vec<View>> {
    tracker_views::table
        .filter(tracker_views::item_id.eq(item_id))
        .filter(tracker_views::person_id.eq(person_id))
        .order(tracker_views::id.asc())
        .select(View::as_select())
        .load(conn)
}

/// A view with the title of the item it was given on, for the person's own data download.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GivenView {
    pub item: String,
    #[serde(flatten)]
    pub view: View,
}

/// Every view a person gave, on any programme's tracker, with the lead's answers: theirs to
/// download.
pub fn views_given_by(conn: &mut DbConn, person_id: i64) -> QueryResult<Vec<GivenView>> {
    let rows: Vec<(View, String)> = tracker_views::table
        .inner_join(tracker_items::table)
        .filter(tracker_views::person_id.eq(person_id))
        .order(tracker_views::id.asc())
        .select((View::as_select(), tracker_items::title))
        .load(conn)?;
    Ok(rows.into_iter().map(|(view, item)| GivenView { item, view }).collect())
}

/// When a person gave views since `since`: the hourly limit counts them.
pub fn view_times_since(conn: &mut DbConn, person_id: i64, since: NaiveDateTime) -> QueryResult<Vec<NaiveDateTime>> {
    tracker_views::table
        .filter(tracker_views::person_id.eq(person_id))
        .filter(tracker_views::created_at.gt(since))
        .select(tracker_views::created_at)
        .load(conn)
}

/// How many views each of a programme's items has, and how many still wait for an answer.
pub fn view_counts(conn: &mut DbConn, programme_id: i64) -> QueryResult<HashMap<i64, (i64, i64)>> {
    let rows: Vec<(i64, String, i64)> = tracker_views::table
        .inner_join(tracker_items::table)
        .filter(tracker_items::programme_id.eq(programme_id))
        .group_by((tracker_views::item_id, tracker_views::answer))
        .select((tracker_views::item_id, tracker_views::answer, count_star()))
        .load(conn)?;
    let mut counts: HashMap<i64, (i64, i64)> = HashMap::new();
    for (item_id, answer, count) in rows {
        let entry = counts.entry(item_id).or_default();
        entry.0 += count;
        if answer.is_empty() {
            entry.1 += count;
        }
    }
    Ok(counts)
}

/// The day each round's first payment was made, for the rounds that have one.
pub fn first_payments(conn: &mut DbConn, programme_id: i64) -> QueryResult<HashMap<i64, NaiveDate>> {
    let rows: Vec<(i64, Option<NaiveDate>)> = payments::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(crate::db::schema::rounds::table)))
        .filter(crate::db::schema::rounds::programme_id.eq(programme_id))
        .group_by(bids::round_id)
        .select((bids::round_id, min(payments::paid_on)))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(round_id, day)| day.map(|day| (round_id, day))).collect())
}

/// The day a round's first grant was paid, if one has been.
pub fn first_payment(conn: &mut DbConn, round_id: i64) -> QueryResult<Option<NaiveDate>> {
    payments::table
        .inner_join(awards::table.inner_join(bids::table))
        .filter(bids::round_id.eq(round_id))
        .select(min(payments::paid_on))
        .first(conn)
}

/// One change to a round's criteria, from the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriteriaChange {
    pub at: NaiveDateTime,
    pub who: Option<String>,
    /// `criterion_added`, `criterion_updated` or `criterion_removed`.
    pub action: String,
    /// What the trail kept: the criterion's title, and for a change which parts changed.
    pub details: Option<serde_json::Value>,
}

/// Every change to a round's criteria after it was created, oldest first.
pub fn criteria_history(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<CriteriaChange>> {
    let rows: Vec<(NaiveDateTime, Option<String>, String, Option<String>)> = audit_events::table
        .left_join(people::table.on(audit_events::actor_id.eq(people::id.nullable())))
        .filter(audit_events::subject_type.eq("round"))
        .filter(audit_events::subject_id.eq(round_id))
        .filter(audit_events::action.eq_any(["criterion_added", "criterion_updated", "criterion_removed"]))
        .order(audit_events::id.asc())
        .select((audit_events::occurred_at, people::name.nullable(), audit_events::action, audit_events::details))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(at, who, action, details)| CriteriaChange {
            at,
            who,
            action,
            details: details.and_then(|text| serde_json::from_str(&text).ok()),
        })
        .collect())
}
