//! Who a group was when it sent a bid: its kind, its area and its own equality answers, kept
//! with the bid (`bid_sent_profiles`), so the lead's equity figures for a year do not change when
//! a group edits its details later.
//!
//! - Written at each send (a bid sent again after a return takes the group as it is then).
//! - A group that answers the equality questions for the first time (they are offered on "Bid
//!   sent", once the bid is safely sent) fills in those of its bids' profiles that have no
//!   answer yet: answering is not editing.
//! - A group that removes its answers removes them from its bids' profiles too: its right to
//!   take back what it told us comes before figures that never move.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{bid_sent_profiles, bids};
use crate::groups::Group;
use crate::groups::model::Equality;

/// The status kept where a group had given no answer.
pub const NOT_ANSWERED: &str = "not_answered";

/// A bid's profile, as the equity report reads it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = bid_sent_profiles)]
pub struct SentProfile {
    pub bid_id: i64,
    pub group_kind: String,
    pub area: String,
    pub leadership_status: String,
    pub leadership_codes: String,
    pub beneficiaries_status: String,
    pub beneficiaries_codes: String,
}

/// Keeps the group as it is now with the bid being sent (replacing an earlier send's). Call
/// inside the sending's transaction.
pub fn record(conn: &mut DbConn, bid_id: i64, group: &Group, now: NaiveDateTime) -> QueryResult<()> {
    let equality = crate::groups::queries::equality_of(conn, group.id)?;
    let (leadership, beneficiaries) = match &equality {
        Some(answers) => (
            (answers.leadership_status.as_str(), answers.leadership_codes.as_str()),
            (answers.beneficiaries_status.as_str(), answers.beneficiaries_codes.as_str()),
        ),
        None => ((NOT_ANSWERED, ""), (NOT_ANSWERED, "")),
    };
    diesel::delete(bid_sent_profiles::table.find(bid_id)).execute(conn)?;
    diesel::insert_into(bid_sent_profiles::table)
        .values((
            bid_sent_profiles::bid_id.eq(bid_id),
            bid_sent_profiles::group_kind.eq(&group.kind),
            bid_sent_profiles::area.eq(&group.area),
            bid_sent_profiles::leadership_status.eq(leadership.0),
            bid_sent_profiles::leadership_codes.eq(leadership.1),
            bid_sent_profiles::beneficiaries_status.eq(beneficiaries.0),
            bid_sent_profiles::beneficiaries_codes.eq(beneficiaries.1),
            bid_sent_profiles::recorded_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The group's first answers: its sent bids whose profiles have no answer take them.
pub fn first_answers(conn: &mut DbConn, group_id: i64, answers: &Equality) -> QueryResult<usize> {
    diesel::update(
        bid_sent_profiles::table
            .filter(bid_sent_profiles::bid_id.eq_any(bids::table.filter(bids::group_id.eq(group_id)).select(bids::id)))
            .filter(bid_sent_profiles::leadership_status.eq(NOT_ANSWERED))
            .filter(bid_sent_profiles::beneficiaries_status.eq(NOT_ANSWERED)),
    )
    .set((
        bid_sent_profiles::leadership_status.eq(&answers.leadership_status),
        bid_sent_profiles::leadership_codes.eq(&answers.leadership_codes),
        bid_sent_profiles::beneficiaries_status.eq(&answers.beneficiaries_status),
        bid_sent_profiles::beneficiaries_codes.eq(&answers.beneficiaries_codes),
    ))
    .execute(conn)
}

/// The group took its answers back: they go from its bids' profiles too.
pub fn remove_answers(conn: &mut DbConn, group_id: i64) -> QueryResult<usize> {
    diesel::update(
        bid_sent_profiles::table
            .filter(bid_sent_profiles::bid_id.eq_any(bids::table.filter(bids::group_id.eq(group_id)).select(bids::id))),
    )
    .set((
        bid_sent_profiles::leadership_status.eq(NOT_ANSWERED),
        bid_sent_profiles::leadership_codes.eq(""),
        bid_sent_profiles::beneficiaries_status.eq(NOT_ANSWERED),
        bid_sent_profiles::beneficiaries_codes.eq(""),
    ))
    .execute(conn)
}

/// The profiles of the bids sent to a programme, by bid.
pub fn of_programme(conn: &mut DbConn, programme_id: i64) -> QueryResult<HashMap<i64, SentProfile>> {
    use crate::db::schema::rounds;
    let programme_bids =
        bids::table.inner_join(rounds::table).filter(rounds::programme_id.eq(programme_id)).select(bids::id);
    let profiles: Vec<SentProfile> = bid_sent_profiles::table
        .filter(bid_sent_profiles::bid_id.eq_any(programme_bids))
        .select(SentProfile::as_select())
        .load(conn)?;
    Ok(profiles.into_iter().map(|profile| (profile.bid_id, profile)).collect())
}
