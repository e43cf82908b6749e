//! The append-only audit trail: who did what to which thing, when, from which state to which,
//! and why. Every state change and sensitive action writes one event in the same transaction
//! as the change (the tables refuse updates and deletes).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::audit_events;

/// An event to record. `subject_type` names the kind of thing ("bid", "person", "pot"…).
#[derive(Debug, Clone, Default)]
pub struct NewEvent<'a> {
    pub actor_id: Option<i64>,
    pub action: &'a str,
    pub subject_type: &'a str,
    pub subject_id: Option<i64>,
    pub from_state: Option<&'a str>,
    pub to_state: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub details: Option<serde_json::Value>,
}

impl<'a> NewEvent<'a> {
    /// An event about one thing (`subject_type` and its id) by `actor` (`None`: the portal
    /// itself): the one way modules describe what they record.
    pub fn about(subject_type: &'a str, subject_id: i64, actor: Option<i64>, action: &'a str) -> NewEvent<'a> {
        NewEvent { actor_id: actor, action, subject_type, subject_id: Some(subject_id), ..NewEvent::default() }
    }

    /// With the person's words (a reason, a note).
    pub fn because(self, reason: Option<&'a str>) -> NewEvent<'a> {
        NewEvent { reason, ..self }
    }

    /// With details worth keeping (amounts, the programme…).
    pub fn with_details(self, details: Option<serde_json::Value>) -> NewEvent<'a> {
        NewEvent { details, ..self }
    }
}

#[derive(Insertable)]
#[diesel(table_name = audit_events)]
struct EventRow<'a> {
    occurred_at: NaiveDateTime,
    actor_id: Option<i64>,
    action: &'a str,
    subject_type: &'a str,
    subject_id: Option<i64>,
    from_state: Option<&'a str>,
    to_state: Option<&'a str>,
    reason: Option<&'a str>,
    details: Option<String>,
}

/// A recorded event.
#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = audit_events)]
pub struct Event {
    pub id: i64,
    pub occurred_at: NaiveDateTime,
    pub actor_id: Option<i64>,
    pub action: String,
    pub subject_type: String,
    pub subject_id: Option<i64>,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub reason: Option<String>,
    pub details: Option<String>,
}

/// Writes one event. Call it inside the transaction that makes the change it describes.
pub fn record(conn: &mut DbConn, event: &NewEvent<'_>, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(audit_events::table)
        .values(EventRow {
            occurred_at: now,
            actor_id: event.actor_id,
            action: event.action,
            subject_type: event.subject_type,
            subject_id: event.subject_id,
            from_state: event.from_state,
            to_state: event.to_state,
            reason: event.reason,
            details: event.details.as_ref().map(ToString::to_string),
        })
        .execute(conn)?;
    Ok(())
}

/// The history of one thing, oldest first.
pub fn for_subject(conn: &mut DbConn, subject_type: &str, subject_id: i64) -> QueryResult<Vec<Event>> {
    audit_events::table
        .filter(audit_events::subject_type.eq(subject_type))
        .filter(audit_events::subject_id.eq(subject_id))
        .order(audit_events::id.asc())
        .select(Event::as_select())
        .load(conn)
}

/// What one person did, oldest first (for "download my data").
pub fn by_actor(conn: &mut DbConn, actor_id: i64) -> QueryResult<Vec<Event>> {
    audit_events::table
        .filter(audit_events::actor_id.eq(actor_id))
        .order(audit_events::id.asc())
        .select(Event::as_select())
        .load(conn)
}
