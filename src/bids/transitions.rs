//! The one place a bid's state is written. Every action that moves a bid (sending it, a lead's
//! decision, accepting an offer, completing a grant…) calls [`apply`] inside the transaction that
//! locked the bid: it checks the move against the lifecycle table, updates the state, version and
//! time, and writes the audit event, so the table in [`super::lifecycle`] is the only description
//! of how a bid can move and no move goes unrecorded.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::lifecycle::{Actor, BidState, Transition, TransitionError, next_state};
use super::model::Bid;
use crate::audit::{self, NewEvent};
use crate::db::DbConn;
use crate::db::schema::bids;

/// A move of a bid, and what the audit trail says about it.
pub struct StateChange<'a> {
    pub transition: Transition,
    pub actor: Actor,
    /// The person acting.
    pub actor_id: i64,
    /// The person's words (a lead's reason or feedback), if the move has them.
    pub reason: Option<&'a str>,
    pub details: Option<serde_json::Value>,
}

impl StateChange<'_> {
    /// A move with nothing more to record than who made it.
    pub fn plain(transition: Transition, actor: Actor, actor_id: i64) -> StateChange<'static> {
        StateChange { transition, actor, actor_id, reason: None, details: None }
    }
}

/// Why a move did not happen.
#[derive(Debug, thiserror::Error)]
pub enum MoveError {
    /// The lifecycle does not allow it (a message for the person).
    #[error("{0}")]
    Refused(TransitionError),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Moves `bid` (as read under its lock) by `change`; answers the new state.
pub fn apply(conn: &mut DbConn, bid: &Bid, change: StateChange<'_>, now: NaiveDateTime) -> Result<BidState, MoveError> {
    let from = bid.state;
    let to = next_state(from, change.transition, change.actor).map_err(MoveError::Refused)?;
    let moved = diesel::update(bids::table.find(bid.id).filter(bids::version.eq(bid.version)))
        .set((bids::state.eq(to.as_str()), bids::updated_at.eq(now), bids::version.eq(bid.version + 1)))
        .execute(conn)?;
    if moved != 1 {
        // The caller holds the bid's lock, so this means the bid was read without it.
        return Err(MoveError::Database(diesel::result::Error::NotFound));
    }
    let event = NewEvent {
        actor_id: Some(change.actor_id),
        action: change.transition.as_str(),
        subject_type: "bid",
        subject_id: Some(bid.id),
        from_state: Some(from.as_str()),
        to_state: Some(to.as_str()),
        reason: change.reason,
        details: change.details,
    };
    audit::record(conn, &event, now)?;
    Ok(to)
}
