//! Reading what the lead's decisions need: the money a round has left, what each bid has
//! committed, and the round's sent bids.

use std::collections::BTreeMap;

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use crate::bids::{Bid, BidState};
use crate::db::DbConn;
use crate::db::schema::{bids, community_groups, ledger_entries};
use crate::funds::EntryKind;
use crate::funds::queries as funds;
use crate::money::Pence;

/// The round's budget not yet committed.
pub fn money_left(conn: &mut DbConn, round_id: i64) -> QueryResult<Pence> {
    let balances = funds::round_balances(conn, round_id)?;
    Ok(balances.assigned - balances.committed)
}

/// The money committed to each bid of the round and not released, summed by the database from
/// the ledger.
pub fn committed_by_bid(conn: &mut DbConn, round_id: i64) -> QueryResult<BTreeMap<i64, Pence>> {
    let kinds = [EntryKind::Commitment.as_str(), EntryKind::Release.as_str()];
    let sums: Vec<(Option<i64>, String, i64)> = ledger_entries::table
        .filter(ledger_entries::round_id.eq(round_id))
        .filter(ledger_entries::bid_id.is_not_null())
        .filter(ledger_entries::kind.eq_any(kinds))
        .group_by((ledger_entries::bid_id, ledger_entries::kind))
        .select((ledger_entries::bid_id, ledger_entries::kind, sql::<BigInt>("CAST(SUM(amount_pence) AS BIGINT)")))
        .load(conn)?;
    let mut committed = BTreeMap::new();
    for (bid_id, kind, total) in sums {
        let Some(bid_id) = bid_id else { continue };
        let entry = committed.entry(bid_id).or_insert(Pence::ZERO);
        *entry = if kind == EntryKind::Commitment.as_str() { *entry + Pence(total) } else { *entry - Pence(total) };
    }
    Ok(committed)
}

/// Every bid of the round a lead may see (all but drafts), with its group's name, by reference.
pub fn sent_bids(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<(Bid, String)>> {
    bids::table
        .inner_join(community_groups::table)
        .filter(bids::round_id.eq(round_id))
        .filter(bids::state.ne(BidState::Draft.as_str()))
        .order(bids::reference.asc())
        .select((Bid::as_select(), community_groups::name))
        .load(conn)
}

/// The round's bids waiting to be screened.
pub fn submitted_bid_ids(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<i64>> {
    bids::table
        .filter(bids::round_id.eq(round_id))
        .filter(bids::state.eq(BidState::Submitted.as_str()))
        .order(bids::id.asc())
        .select(bids::id)
        .load(conn)
}

/// How many people a decision on these bids emails: every member of each bid's group (the
/// decision email goes to each of them). Only bids of `round_id` count.
pub fn people_emailed(conn: &mut DbConn, round_id: i64, bid_ids: &[i64]) -> QueryResult<i64> {
    use crate::db::schema::group_members;
    group_members::table
        .inner_join(bids::table.on(bids::group_id.eq(group_members::group_id)))
        .filter(bids::round_id.eq(round_id))
        .filter(bids::id.eq_any(bid_ids))
        .count()
        .get_result(conn)
}
