//! Changes to the tracker: a lead adds, changes and decides items, answers views and passes a
//! worrying one to the safeguarding contact; a signed-in person gives a view on an open item.
//! Each change runs in one transaction with its audit event (and its email, through the outbox).
//! The words of a view are never written to the audit trail: people may disclose things there
//! that need care.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::{Item, ItemStatus};
use super::queries;
use super::rules::{DecisionInput, ItemInput, next_view_allowed};
use crate::accounts::queries as accounts;
use crate::audit::{self, NewEvent};
use crate::db::schema::{tracker_items, tracker_views};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::notifications::emails::{self, Links, SafeguardingConcern};
use crate::notifications::outbox;
use crate::programmes::queries as programmes;

/// Why a change to the tracker did not happen.
#[derive(Debug, thiserror::Error)]
pub enum TrackerError {
    #[error("no such item or view")]
    NotFound,
    /// The item is not open for views (any more).
    #[error("the item is not open for views")]
    NotOpen,
    /// The item is decided: what people were told stands.
    #[error("the item is already decided")]
    AlreadyDecided,
    /// The person gave as many views as an hour allows; they may give another at this time.
    #[error("too many views in the last hour")]
    TooMany(NaiveDateTime),
    /// The round named is not one of the programme's, or its criteria are already fixed.
    #[error("that round's criteria cannot take views")]
    RoundNotDraft,
    /// The programme has no safeguarding contact to pass a worry to.
    #[error("no safeguarding contact is named")]
    NoSafeguardingContact,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// A round may have an item asking views on its criteria only while they can still change.
fn check_round(
    conn: &mut DbConn,
    programme_id: i64,
    round_id: Option<i64>,
    now: NaiveDateTime,
) -> Result<(), TrackerError> {
    let Some(round_id) = round_id else { return Ok(()) };
    let round = crate::rounds::queries::find(conn, round_id)?.ok_or(TrackerError::RoundNotDraft)?;
    if round.programme_id != programme_id || round.criteria_frozen() || round.opens_at <= now {
        return Err(TrackerError::RoundNotDraft);
    }
    Ok(())
}

/// A new item on a programme's tracker. Answers its id.
pub fn add_item(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    input: &ItemInput,
    now: NaiveDateTime,
) -> Result<i64, TrackerError> {
    write_transaction(conn, |conn| {
        check_round(conn, programme_id, input.round_id, now)?;
        let id: i64 = diesel::insert_into(tracker_items::table)
            .values((
                tracker_items::programme_id.eq(programme_id),
                tracker_items::round_id.eq(input.round_id),
                tracker_items::title.eq(&input.title),
                tracker_items::aim.eq(&input.aim),
                tracker_items::can_influence.eq(&input.can_influence),
                tracker_items::cannot_influence.eq(&input.cannot_influence),
                tracker_items::status.eq(input.status.key()),
                tracker_items::starts_on.eq(input.starts_on),
                tracker_items::decide_by.eq(input.decide_by),
                tracker_items::how_to_take_part.eq(&input.how_to_take_part),
                tracker_items::created_by.eq(actor),
                tracker_items::created_at.eq(now),
                tracker_items::updated_at.eq(now),
            ))
            .returning(tracker_items::id)
            .get_result(conn)?;
        let event = NewEvent {
            to_state: Some(input.status.key()),
            ..NewEvent::about("tracker_item", id, Some(actor), "tracker_item_added")
        }
        .with_details(Some(serde_json::json!({ "programme_id": programme_id, "title": input.title })));
        audit::record(conn, &event, now)?;
        Ok(id)
    })
}

/// An item's words, dates or status changed. A decided item keeps its status and decision.
pub fn change_item(
    conn: &mut DbConn,
    actor: i64,
    item_id: i64,
    input: &ItemInput,
    now: NaiveDateTime,
) -> Result<(), TrackerError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "tracker_items", item_id)?;
        let item = queries::find_item(conn, item_id)?.ok_or(TrackerError::NotFound)?;
        check_round(conn, item.programme_id, input.round_id.filter(|id| Some(*id) != item.round_id), now)?;
        let status = if item.status() == ItemStatus::Decided { ItemStatus::Decided } else { input.status };
        diesel::update(tracker_items::table.find(item_id))
            .set((
                tracker_items::round_id.eq(input.round_id),
                tracker_items::title.eq(&input.title),
                tracker_items::aim.eq(&input.aim),
                tracker_items::can_influence.eq(&input.can_influence),
                tracker_items::cannot_influence.eq(&input.cannot_influence),
                tracker_items::status.eq(status.key()),
                tracker_items::starts_on.eq(input.starts_on),
                tracker_items::decide_by.eq(input.decide_by),
                tracker_items::how_to_take_part.eq(&input.how_to_take_part),
                tracker_items::updated_at.eq(now),
            ))
            .execute(conn)?;
        let event = NewEvent {
            from_state: Some(item.status().key()),
            to_state: Some(status.key()),
            ..NewEvent::about("tracker_item", item_id, Some(actor), "tracker_item_changed")
        };
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// Decides an item: what was decided, what changed because of people's views, and a summary of
/// what was heard, all made public at once.
pub fn decide(
    conn: &mut DbConn,
    actor: i64,
    item_id: i64,
    input: &DecisionInput,
    now: NaiveDateTime,
) -> Result<(), TrackerError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "tracker_items", item_id)?;
        let item = queries::find_item(conn, item_id)?.ok_or(TrackerError::NotFound)?;
        if item.status() == ItemStatus::Decided {
            return Err(TrackerError::AlreadyDecided);
        }
        diesel::update(tracker_items::table.find(item_id))
            .set((
                tracker_items::status.eq(ItemStatus::Decided.key()),
                tracker_items::decision.eq(&input.decision),
                tracker_items::you_said_we_did.eq(&input.you_said_we_did),
                tracker_items::views_summary.eq(&input.views_summary),
                tracker_items::decided_on.eq(Some(input.decided_on)),
                tracker_items::updated_at.eq(now),
            ))
            .execute(conn)?;
        let event = NewEvent {
            from_state: Some(item.status().key()),
            to_state: Some(ItemStatus::Decided.key()),
            ..NewEvent::about("tracker_item", item_id, Some(actor), "tracker_item_decided")
        };
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// A signed-in person's view on an item open for views, within the hourly limit. Answers the
/// view's id.
pub fn give_view(
    conn: &mut DbConn,
    person_id: i64,
    item_id: i64,
    view: &str,
    now: NaiveDateTime,
) -> Result<i64, TrackerError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "tracker_items", item_id)?;
        let item = queries::find_item(conn, item_id)?.ok_or(TrackerError::NotFound)?;
        if !item.takes_views() {
            return Err(TrackerError::NotOpen);
        }
        let recent = queries::view_times_since(conn, person_id, now - chrono::Duration::hours(1))?;
        if let Some(allowed_at) = next_view_allowed(&recent, now) {
            return Err(TrackerError::TooMany(allowed_at));
        }
        let id: i64 = diesel::insert_into(tracker_views::table)
            .values((
                tracker_views::item_id.eq(item_id),
                tracker_views::person_id.eq(person_id),
                tracker_views::body.eq(view),
                tracker_views::created_at.eq(now),
            ))
            .returning(tracker_views::id)
            .get_result(conn)?;
        let event = NewEvent::about("tracker_item", item_id, Some(person_id), "tracker_view_given")
            .with_details(Some(serde_json::json!({ "view_id": id })));
        audit::record(conn, &event, now)?;
        Ok(id)
    })
}

/// The lead's answer to one person's view (a later answer replaces it), emailed to the person
/// with a link to read it.
pub fn answer_view(
    conn: &mut DbConn,
    actor: i64,
    item: &Item,
    view_id: i64,
    answer: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), TrackerError> {
    write_transaction(conn, |conn| {
        let view = queries::find_view(conn, item.id, view_id)?.ok_or(TrackerError::NotFound)?;
        diesel::update(tracker_views::table.find(view.id))
            .set((
                tracker_views::answer.eq(answer),
                tracker_views::answered_by.eq(Some(actor)),
                tracker_views::answered_at.eq(Some(now)),
            ))
            .execute(conn)?;
        if let Some(person) = accounts::find_person(conn, view.person_id)? {
            let programme = programmes::find(conn, item.programme_id)?.ok_or(TrackerError::NotFound)?;
            let team = programme.team(links.contact_email());
            let email = emails::tracker_view_answered(person.tr(), links, &team, &person, item.id, &item.title);
            outbox::enqueue(conn, &email, now)?;
        }
        let event = NewEvent::about("tracker_item", item.id, Some(actor), "tracker_view_answered")
            .with_details(Some(serde_json::json!({ "view_id": view.id, "again": !view.answer.is_empty() })));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// Passes a view that raised a worry about someone's safety to the programme's safeguarding
/// contact, by email, once. Answers whether it was passed now (`false`: it already had been).
pub fn flag_for_safeguarding(
    conn: &mut DbConn,
    actor: i64,
    item: &Item,
    view_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, TrackerError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "tracker_views", view_id)?;
        let view = queries::find_view(conn, item.id, view_id)?.ok_or(TrackerError::NotFound)?;
        if view.safeguarding_flagged_at.is_some() {
            return Ok(false);
        }
        let programme = programmes::find(conn, item.programme_id)?.ok_or(TrackerError::NotFound)?;
        if programme.safeguarding_email.trim().is_empty() {
            return Err(TrackerError::NoSafeguardingContact);
        }
        let person = accounts::find_person(conn, view.person_id)?.ok_or(TrackerError::NotFound)?;
        let lead = accounts::find_person(conn, actor)?.map(|lead| lead.name).unwrap_or_default();
        let team = programme.team(links.contact_email());
        let tr = crate::i18n::Tr::source();
        let concern = SafeguardingConcern {
            contact: (&programme.safeguarding_name, &programme.safeguarding_email),
            item: &item.title,
            view: &view.body,
            given_at: tr.london_datetime(view.created_at),
            person: (&person.name, &person.email),
            flagged_by: &lead,
        };
        outbox::enqueue(conn, &emails::safeguarding_concern(tr, &team, &concern), now)?;
        diesel::update(tracker_views::table.find(view.id))
            .set((
                tracker_views::safeguarding_flagged_at.eq(Some(now)),
                tracker_views::safeguarding_flagged_by.eq(Some(actor)),
            ))
            .execute(conn)?;
        let event = NewEvent::about("tracker_item", item.id, Some(actor), "tracker_view_passed_to_safeguarding")
            .with_details(Some(serde_json::json!({ "view_id": view.id, "to": programme.safeguarding_email })));
        audit::record(conn, &event, now)?;
        Ok(true)
    })
}
