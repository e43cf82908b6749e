//! Reading what the lead's decisions need: the money a round has left, what each bid has
//! committed, and the round's sent bids.

use std::collections::BTreeMap;

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use crate::bids::BidState;
use crate::db::DbConn;
use crate::db::schema::{bids, community_groups, ledger_entries};
use crate::funds::EntryKind;
use crate::funds::queries as funds;
use crate::money::Pence;
use crate::review::queries as review_queries;
use crate::review::ranking::{self, Money, Ranking, SortBy};
use crate::rounds::Criterion;

/// The round's budget not yet committed.
pub fn money_left(conn: &mut DbConn, round_id: i64) -> QueryResult<Pence> {
    let balances = funds::round_balances(conn, round_id)?;
    Ok(balances.assigned - balances.committed)
}

/// What the ranking's funding line runs against: the money left and the round's reservations,
/// each with its share of the budget.
pub fn ranking_money(conn: &mut DbConn, round_id: i64) -> QueryResult<Money> {
    let balances = funds::round_balances(conn, round_id)?;
    let reserved = crate::rounds::reservations::shares(conn, round_id, balances.assigned)?;
    Ok(Money { left: balances.assigned - balances.committed, reserved })
}

/// The round's ranking as it stands, in `sort` order, with its criteria and money: what the
/// lead's ranking page shows and what a decision is checked against (is it out of rank order?).
pub fn ranking_of(conn: &mut DbConn, round_id: i64, sort: SortBy) -> QueryResult<(Vec<Criterion>, Ranking, Money)> {
    let criteria = crate::rounds::queries::criteria_of(conn, round_id)?;
    let bids = review_queries::ranked_bids(conn, round_id)?;
    let totals = review_queries::ranking_totals(conn, round_id)?;
    let recommendations = review_queries::recommendation_counts(conn, round_id)?;
    let money = ranking_money(conn, round_id)?;
    let committed = committed_by_bid(conn, round_id)?;
    let weights: Vec<(i64, i32)> = criteria.iter().map(|c| (c.id, c.weight)).collect();
    // Decided bids' money is already committed: the funding line and running totals run over
    // the bids still to decide, against the money left; the decided bids follow.
    let ranking = ranking::rank_round(bids, &totals, &recommendations, &weights, &money, &committed, sort);
    Ok((criteria, ranking, money))
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

/// One line of the round's list of bids on the lead's page: no more than the line shows, so a
/// round of thousands of bids reads no answers it does not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentBidLine {
    pub id: i64,
    pub reference: Option<String>,
    pub state: BidState,
    pub title: String,
    pub group_name: String,
}

impl SentBidLine {
    pub fn display_title(&self, tr: crate::i18n::Tr) -> String {
        crate::bids::model::display_title(&self.title, tr)
    }
}

/// Every bid of the round a lead may see (all but drafts), with its group's name, by reference.
pub fn sent_bids(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<SentBidLine>> {
    let rows: Vec<(i64, Option<String>, String, String, String)> = bids::table
        .inner_join(community_groups::table)
        .filter(bids::round_id.eq(round_id))
        .filter(bids::state.ne(BidState::Draft.as_str()))
        .order(bids::reference.asc())
        .select((bids::id, bids::reference, bids::state, bids::title, community_groups::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, reference, state, title, group_name)| {
            Some(SentBidLine { id, reference, state: BidState::parse(&state)?, title, group_name })
        })
        .collect())
}

/// The round's sent bids as the lead's round page lists them: the lines, each bid's panel
/// progress (assigned without a conflict, reviews sent) and the bids on which a panel member
/// declared a conflict.
#[derive(Debug, Clone, Default)]
pub struct RoundBids {
    pub lines: Vec<SentBidLine>,
    pub progress: std::collections::HashMap<i64, (i64, i64)>,
    pub conflicted: std::collections::HashSet<i64>,
}

pub fn round_bids(conn: &mut DbConn, round_id: i64) -> QueryResult<RoundBids> {
    Ok(RoundBids {
        lines: sent_bids(conn, round_id)?,
        progress: crate::review::queries::review_progress(conn, round_id)?,
        conflicted: crate::review::queries::bids_with_a_conflict(conn, round_id)?,
    })
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
