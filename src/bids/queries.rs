//! Reading bids, their files and their history.

use diesel::prelude::*;

use chrono::NaiveDateTime;

use super::deadlines::DraftDeadline;
use super::lifecycle::BidState;
use super::model::{Bid, BidFile, EligibilityAnswer, FileKind};
use super::places::BidPlaces;
use crate::audit::Event;
use crate::db::DbConn;
use crate::db::schema::{
    audit_events, bid_areas, bid_eligibility_answers, bid_files, bids, community_groups, group_members, people, rounds,
};
use crate::groups::Group;
use crate::rounds::Round;

pub fn find(conn: &mut DbConn, bid_id: i64) -> QueryResult<Option<Bid>> {
    bids::table.find(bid_id).select(Bid::as_select()).first(conn).optional()
}

/// A bid with its round and group.
pub fn find_full(conn: &mut DbConn, bid_id: i64) -> QueryResult<Option<(Bid, Round, Group)>> {
    bids::table
        .inner_join(rounds::table)
        .inner_join(community_groups::table)
        .filter(bids::id.eq(bid_id))
        .select((Bid::as_select(), Round::as_select(), Group::as_select()))
        .first(conn)
        .optional()
}

/// The bids of every group a person belongs to, newest first, with round and group.
pub fn of_person(conn: &mut DbConn, person_id: i64) -> QueryResult<Vec<(Bid, Round, Group)>> {
    bids::table
        .inner_join(rounds::table)
        .inner_join(community_groups::table)
        .filter(bids::group_id.eq_any(
            group_members::table.filter(group_members::person_id.eq(person_id)).select(group_members::group_id),
        ))
        .order(bids::updated_at.desc())
        .select((Bid::as_select(), Round::as_select(), Group::as_select()))
        .load(conn)
}

pub fn of_group(conn: &mut DbConn, group_id: i64) -> QueryResult<Vec<(Bid, Round)>> {
    bids::table
        .inner_join(rounds::table)
        .filter(bids::group_id.eq(group_id))
        .order(bids::updated_at.desc())
        .select((Bid::as_select(), Round::as_select()))
        .load(conn)
}

/// Drafts in rounds closing after `from` and at or before `until`, with their round and what
/// `deadlines::due_notice` needs to know, oldest first; drafts whose answers were already sent at
/// the close are left out.
pub fn drafts_closing_between(
    conn: &mut DbConn,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<(Bid, Round, DraftDeadline)>> {
    let rows: Vec<(Bid, Round, Option<NaiveDateTime>, Option<NaiveDateTime>)> = bids::table
        .inner_join(rounds::table)
        .filter(bids::state.eq(BidState::Draft.as_str()))
        .filter(bids::closed_unsent_notice_at.is_null())
        .filter(rounds::closes_at.gt(from))
        .filter(rounds::closes_at.le(until))
        .order(bids::id.asc())
        .select((Bid::as_select(), Round::as_select(), bids::closing_week_reminder_at, bids::closing_day_reminder_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(bid, round, week, day)| {
            let deadline = DraftDeadline {
                state: bid.state,
                started_at: bid.created_at,
                closes_at: round.closes_at,
                week_reminder_sent: week.is_some(),
                day_reminder_sent: day.is_some(),
                closed_notice_sent: false,
            };
            (bid, round, deadline)
        })
        .collect())
}

/// Whether the bid has a recording that has not been removed.
pub fn has_recording(conn: &mut DbConn, bid_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        bid_files::table
            .filter(bid_files::bid_id.eq(bid_id))
            .filter(bid_files::kind.eq(FileKind::Recording.as_str()))
            .filter(bid_files::deleted_at.is_null()),
    ))
    .get_result(conn)
}

/// The files of a bid that have not been removed, recording first.
pub fn files_of(conn: &mut DbConn, bid_id: i64) -> QueryResult<Vec<BidFile>> {
    bid_files::table
        .filter(bid_files::bid_id.eq(bid_id))
        .filter(bid_files::deleted_at.is_null())
        .order((bid_files::kind.desc(), bid_files::id.asc()))
        .select(BidFile::as_select())
        .load(conn)
}

/// One file of one bid (never a file of another bid, whatever id is asked for).
pub fn find_file(conn: &mut DbConn, bid_id: i64, file_id: i64) -> QueryResult<Option<BidFile>> {
    bid_files::table
        .filter(bid_files::bid_id.eq(bid_id))
        .filter(bid_files::id.eq(file_id))
        .filter(bid_files::deleted_at.is_null())
        .select(BidFile::as_select())
        .first(conn)
        .optional()
}

/// The bid's history, oldest first, with the names of who did what.
pub fn history(conn: &mut DbConn, bid_id: i64) -> QueryResult<Vec<(Event, Option<String>)>> {
    audit_events::table
        .left_join(people::table.on(audit_events::actor_id.eq(people::id.nullable())))
        .filter(audit_events::subject_type.eq("bid"))
        .filter(audit_events::subject_id.eq(bid_id))
        .order(audit_events::id.asc())
        .select((Event::as_select(), people::name.nullable()))
        .load(conn)
}

/// How many of a round's bids are in each state, counted by the database.
pub fn state_counts(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<(String, i64)>> {
    bids::table
        .filter(bids::round_id.eq(round_id))
        .group_by(bids::state)
        .select((bids::state, diesel::dsl::count_star()))
        .load(conn)
}

/// The person's name, for "assisted by".
pub fn person_name(conn: &mut DbConn, person_id: i64) -> QueryResult<Option<String>> {
    people::table.find(person_id).select(people::name).first(conn).optional()
}

/// The eligibility answers kept with a bid, in the order the questions were asked.
pub fn eligibility_answers(conn: &mut DbConn, bid_id: i64) -> QueryResult<Vec<EligibilityAnswer>> {
    bid_eligibility_answers::table
        .filter(bid_eligibility_answers::bid_id.eq(bid_id))
        .order(bid_eligibility_answers::question_id.asc())
        .select(EligibilityAnswer::as_select())
        .load(conn)
}

/// Where a bid serves: its programme's areas, those it ticked and whether it serves somewhere
/// else.
pub fn places_of(conn: &mut DbConn, bid_id: i64, programme_id: i64) -> QueryResult<BidPlaces> {
    let areas = crate::programmes::queries::areas_of(conn, programme_id)?;
    if areas.is_empty() {
        return Ok(BidPlaces::default());
    }
    let ticked = bid_areas::table.filter(bid_areas::bid_id.eq(bid_id)).select(bid_areas::area_id).load(conn)?;
    let elsewhere = bids::table.find(bid_id).select(bids::serves_elsewhere).first(conn)?;
    Ok(BidPlaces { areas, ticked, elsewhere })
}
