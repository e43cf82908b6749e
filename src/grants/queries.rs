//! Reading awards, payments, reports, and the public list of awards.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use super::model::{GrantReport, GrantReportRow, Payment};
use crate::bids::{Bid, BidState};
use crate::db::DbConn;
use crate::db::schema::{awards, bids, community_groups, grant_reports, group_equality, payments, programmes, rounds};
use crate::decisions::Award;
use crate::groups::Group;
use crate::groups::model::Equality;
use crate::money::Pence;
use crate::programmes::Programme;
use crate::rounds::Round;

pub fn award_of(conn: &mut DbConn, bid_id: i64) -> QueryResult<Option<Award>> {
    crate::decisions::model::find_for_bid(conn, bid_id)
}

pub fn payments_of(conn: &mut DbConn, award_id: i64) -> QueryResult<Vec<Payment>> {
    payments::table
        .filter(payments::award_id.eq(award_id))
        .order((payments::paid_on.asc(), payments::id.asc()))
        .select(Payment::as_select())
        .load(conn)
}

pub fn paid_total(conn: &mut DbConn, award_id: i64) -> QueryResult<Pence> {
    Ok(payments_of(conn, award_id)?.iter().map(Payment::amount).sum())
}

/// A grant's report, if sent, with its answers to the measures as they were asked.
pub fn report_of(conn: &mut DbConn, bid_id: i64) -> QueryResult<Option<GrantReport>> {
    let row = grant_reports::table
        .filter(grant_reports::bid_id.eq(bid_id))
        .select(GrantReportRow::as_select())
        .first(conn)
        .optional()?;
    match row {
        Some(row) => {
            let answers = crate::measures::queries::answers_of(conn, row.id)?;
            Ok(Some(GrantReport { row, answers }))
        }
        None => Ok(None),
    }
}

/// The states in which an award is public (accepted, not cancelled).
pub const PUBLIC_STATES: [BidState; 2] = [BidState::Active, BidState::Completed];

/// One award as the public and open data see it.
#[derive(Debug, Clone)]
pub struct PublicAward {
    pub award: Award,
    pub bid: Bid,
    pub group: Group,
    pub round: Round,
    pub programme: Programme,
}

/// The join and filters every public listing shares: accepted awards, not cancelled, whose
/// groups agreed to be named, with their bid, group, round and programme. A macro because
/// diesel's join types cannot be written in a function's signature.
macro_rules! named_accepted_awards {
    () => {
        awards::table
            .inner_join(
                bids::table.inner_join(community_groups::table).inner_join(
                    rounds::table.inner_join(programmes::table.on(programmes::id.eq(rounds::programme_id))),
                ),
            )
            .filter(awards::public_consent.eq(true))
            .filter(awards::accepted_at.is_not_null())
            .filter(bids::state.eq_any(PUBLIC_STATES.map(BidState::as_str)))
            .select((
                Award::as_select(),
                Bid::as_select(),
                Group::as_select(),
                Round::as_select(),
                Programme::as_select(),
            ))
    };
}

type PublicRow = (Award, Bid, Group, Round, Programme);

fn into_public((award, bid, group, round, programme): PublicRow) -> PublicAward {
    PublicAward { award, bid, group, round, programme }
}

/// Accepted awards whose groups agreed to be named, a page at a time in award order
/// (`after` is the last award id of the previous page), so exports never hold them all.
pub fn public_awards_page(conn: &mut DbConn, after: i64, limit: i64) -> QueryResult<Vec<PublicAward>> {
    let rows: Vec<PublicRow> =
        named_accepted_awards!().filter(awards::id.gt(after)).order(awards::id.asc()).limit(limit).load(conn)?;
    Ok(rows.into_iter().map(into_public).collect())
}

/// Awards per page of the public list.
pub const AWARDS_PAGE_SIZE: i64 = 50;

/// The public list of awards, newest decision first, by page number (`offset` rows skipped):
/// people read the latest awards and page back; at 50 a page the offset stays cheap.
pub fn newest_public_awards(conn: &mut DbConn, offset: i64, limit: i64) -> QueryResult<Vec<PublicAward>> {
    let rows: Vec<PublicRow> = named_accepted_awards!()
        .order((awards::decided_at.desc(), awards::id.desc()))
        .offset(offset)
        .limit(limit)
        .load(conn)?;
    Ok(rows.into_iter().map(into_public).collect())
}

/// A page of [`public_awards_page`] with each group's equality answers (if it gave any), for
/// the 360Giving file: one more query per page rather than one per award.
pub fn open_data_page(conn: &mut DbConn, after: i64, limit: i64) -> QueryResult<Vec<(PublicAward, Option<Equality>)>> {
    let page = public_awards_page(conn, after, limit)?;
    let group_ids: Vec<i64> = page.iter().map(|public| public.group.id).collect();
    let answers: HashMap<i64, Equality> = group_equality::table
        .filter(group_equality::group_id.eq_any(&group_ids))
        .select(Equality::as_select())
        .load(conn)?
        .into_iter()
        .map(|equality| (equality.group_id, equality))
        .collect();
    // A group with several awards on the page has its answers with each.
    Ok(page
        .into_iter()
        .map(|public| {
            let equality = answers.get(&public.group.id).cloned();
            (public, equality)
        })
        .collect())
}

/// Totals of all accepted awards, named or not: (count, money, of which not named). Summed in
/// the database, so the public page costs the same however many awards there are.
pub fn accepted_totals(conn: &mut DbConn) -> QueryResult<(i64, Pence, i64)> {
    let rows: Vec<(bool, i64, i64)> = awards::table
        .inner_join(bids::table)
        .filter(awards::accepted_at.is_not_null())
        .filter(bids::state.eq_any(PUBLIC_STATES.map(BidState::as_str)))
        .group_by(awards::public_consent)
        .select((
            awards::public_consent,
            diesel::dsl::count_star(),
            // SUM of a BIGINT is NUMERIC on PostgreSQL, which the two-backend connection cannot read.
            diesel::dsl::sql::<BigInt>("CAST(COALESCE(SUM(awards.amount_pence), 0) AS BIGINT)"),
        ))
        .load(conn)?;
    let count = rows.iter().map(|(_, n, _)| n).sum();
    let total = rows.iter().map(|(_, _, pence)| pence).sum();
    let unnamed = rows.iter().filter(|(public, _, _)| !public).map(|(_, n, _)| n).sum();
    Ok((count, Pence(total), unnamed))
}

/// Awards in a state with a report due, for the reminders.
pub fn active_awards_without_reports(conn: &mut DbConn) -> QueryResult<Vec<(Award, Bid)>> {
    awards::table
        .inner_join(bids::table)
        .filter(bids::state.eq(BidState::Active.as_str()))
        .filter(awards::report_due_on.is_not_null())
        .filter(diesel::dsl::not(diesel::dsl::exists(grant_reports::table.filter(grant_reports::bid_id.eq(bids::id)))))
        .select((Award::as_select(), Bid::as_select()))
        .load(conn)
}

/// States after which nothing more happens to a bid: its recordings may be forgotten once the
/// retention period has passed.
const FINISHED: [BidState; 5] =
    [BidState::Declined, BidState::Ineligible, BidState::Withdrawn, BidState::Cancelled, BidState::Completed];

/// Recordings of bids that reached a final state before `before`, still stored: (file id, bid
/// id, storage key).
pub fn recordings_to_forget(conn: &mut DbConn, before: NaiveDateTime) -> QueryResult<Vec<(i64, i64, String)>> {
    use crate::db::schema::bid_files;
    bid_files::table
        .inner_join(bids::table)
        .filter(bid_files::kind.eq("recording"))
        .filter(bid_files::deleted_at.is_null())
        .filter(bids::state.eq_any(FINISHED.map(BidState::as_str)))
        .filter(bids::updated_at.lt(before))
        .select((bid_files::id, bids::id, bid_files::storage_key))
        .load(conn)
}

/// Report recordings of grants finished before `before`: (report id, bid id, storage key).
pub fn report_recordings_to_forget(conn: &mut DbConn, before: NaiveDateTime) -> QueryResult<Vec<(i64, i64, String)>> {
    let rows: Vec<(i64, i64, Option<String>)> = grant_reports::table
        .inner_join(bids::table)
        .filter(grant_reports::recording_key.is_not_null())
        .filter(bids::state.eq_any(FINISHED.map(BidState::as_str)))
        .filter(bids::updated_at.lt(before))
        .select((grant_reports::id, bids::id, grant_reports::recording_key))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(id, bid, key)| Some((id, bid, key?))).collect())
}
