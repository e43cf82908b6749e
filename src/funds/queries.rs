//! Reading pots and summing the ledger in the database.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use super::ledger::{Balances, EntryKind};
use super::year::FinancialYear;
use crate::db::DbConn;
use crate::db::schema::{ledger_entries, pots};
use crate::i18n::Message;
use crate::money::Pence;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = pots)]
pub struct Pot {
    pub id: i64,
    pub programme_id: i64,
    pub financial_year: i32,
    pub name: String,
    pub transformation_total_pence: Option<i64>,
    pub ring_fence_basis_points: Option<i32>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

impl Pot {
    pub fn year(&self) -> FinancialYear {
        FinancialYear(self.financial_year)
    }

    /// "25% of £2,400,000 ring-fenced for VCSE: £600,000" (`manage-pot-ring-fence`), when the pot
    /// records where its money came from. The share is worked out from the total, so later
    /// corrections (shown in the figures and the ledger) do not change what the ring-fence was.
    pub fn ring_fence_sentence(&self) -> Option<Message> {
        let total = Pence(self.transformation_total_pence?);
        let basis_points = self.ring_fence_basis_points?;
        let allocation = super::rules::share_of(total, basis_points);
        let percent = if basis_points % 100 == 0 {
            format!("{}", basis_points / 100)
        } else {
            format!("{}.{:02}", basis_points / 100, basis_points % 100).trim_end_matches('0').to_string()
        };
        Some(
            Message::new("manage-pot-ring-fence")
                .arg("percent", percent)
                .arg("total", total)
                .arg("allocation", allocation),
        )
    }
}

/// One movement of money as stored.
#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = ledger_entries)]
pub struct LedgerEntry {
    pub id: i64,
    pub pot_id: i64,
    pub round_id: Option<i64>,
    pub bid_id: Option<i64>,
    pub kind: String,
    pub amount_pence: i64,
    pub reason: Option<String>,
    pub related_pot_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// A row to append to the ledger.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = ledger_entries)]
pub struct NewEntry<'a> {
    pub pot_id: i64,
    pub round_id: Option<i64>,
    pub bid_id: Option<i64>,
    pub kind: &'static str,
    pub amount_pence: i64,
    pub reason: Option<&'a str>,
    pub related_pot_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

impl<'a> NewEntry<'a> {
    pub fn new(pot_id: i64, kind: EntryKind, amount: Pence, actor: Option<i64>, now: NaiveDateTime) -> NewEntry<'a> {
        NewEntry {
            pot_id,
            round_id: None,
            bid_id: None,
            kind: kind.as_str(),
            amount_pence: amount.0,
            reason: None,
            related_pot_id: None,
            created_by: actor,
            created_at: now,
        }
    }
}

pub fn append(conn: &mut DbConn, entry: &NewEntry<'_>) -> QueryResult<i64> {
    diesel::insert_into(ledger_entries::table).values(entry).returning(ledger_entries::id).get_result(conn)
}

/// `SUM` of a BIGINT is NUMERIC on PostgreSQL; cast it back so both databases answer BIGINT.
fn sum_of_amounts() -> diesel::expression::SqlLiteral<BigInt> {
    sql::<BigInt>("CAST(SUM(amount_pence) AS BIGINT)")
}

fn to_balances(rows: Vec<(String, i64)>) -> Balances {
    Balances::from_totals(rows.into_iter().filter_map(|(kind, total)| Some((EntryKind::parse(&kind)?, Pence(total)))))
}

/// A pot's balances, summed by the database.
pub fn pot_balances(conn: &mut DbConn, pot_id: i64) -> QueryResult<Balances> {
    let rows = ledger_entries::table
        .filter(ledger_entries::pot_id.eq(pot_id))
        .group_by(ledger_entries::kind)
        .select((ledger_entries::kind, sum_of_amounts()))
        .load::<(String, i64)>(conn)?;
    Ok(to_balances(rows))
}

/// A round's balances: `assigned` is its budget.
pub fn round_balances(conn: &mut DbConn, round_id: i64) -> QueryResult<Balances> {
    let rows = ledger_entries::table
        .filter(ledger_entries::round_id.eq(round_id))
        .group_by(ledger_entries::kind)
        .select((ledger_entries::kind, sum_of_amounts()))
        .load::<(String, i64)>(conn)?;
    Ok(to_balances(rows))
}

/// Balances of many rounds in one query.
pub fn rounds_balances(conn: &mut DbConn, round_ids: &[i64]) -> QueryResult<HashMap<i64, Balances>> {
    if round_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = ledger_entries::table
        .filter(ledger_entries::round_id.eq_any(round_ids))
        .group_by((ledger_entries::round_id, ledger_entries::kind))
        .select((ledger_entries::round_id, ledger_entries::kind, sum_of_amounts()))
        .load::<(Option<i64>, String, i64)>(conn)?;
    let mut per_round: HashMap<i64, Vec<(String, i64)>> = HashMap::new();
    for (round_id, kind, total) in rows {
        if let Some(round_id) = round_id {
            per_round.entry(round_id).or_default().push((kind, total));
        }
    }
    Ok(per_round.into_iter().map(|(round, rows)| (round, to_balances(rows))).collect())
}

/// Rounds' budgets only (money set aside, less money given back), in one query that reads just
/// those ledger rows: the public pages need nothing else, and a busy round has thousands of
/// award and payment rows.
pub fn round_budgets(conn: &mut DbConn, round_ids: &[i64]) -> QueryResult<HashMap<i64, Pence>> {
    if round_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let kinds = [EntryKind::AssignToRound.as_str(), EntryKind::UnassignFromRound.as_str()];
    let rows = ledger_entries::table
        .filter(ledger_entries::round_id.eq_any(round_ids))
        .filter(ledger_entries::kind.eq_any(kinds))
        .group_by((ledger_entries::round_id, ledger_entries::kind))
        .select((ledger_entries::round_id, ledger_entries::kind, sum_of_amounts()))
        .load::<(Option<i64>, String, i64)>(conn)?;
    let mut budgets: HashMap<i64, Pence> = HashMap::new();
    for (round_id, kind, total) in rows {
        let Some(round_id) = round_id else { continue };
        let budget = budgets.entry(round_id).or_default();
        *budget =
            if kind == EntryKind::AssignToRound.as_str() { *budget + Pence(total) } else { *budget - Pence(total) };
    }
    Ok(budgets)
}

pub fn find_pot(conn: &mut DbConn, pot_id: i64) -> QueryResult<Option<Pot>> {
    pots::table.find(pot_id).select(Pot::as_select()).first(conn).optional()
}

pub fn pot_for_year(conn: &mut DbConn, programme_id: i64, year: FinancialYear) -> QueryResult<Option<Pot>> {
    pots::table
        .filter(pots::programme_id.eq(programme_id))
        .filter(pots::financial_year.eq(year.0))
        .select(Pot::as_select())
        .first(conn)
        .optional()
}

pub fn pots_of(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<Pot>> {
    pots::table
        .filter(pots::programme_id.eq(programme_id))
        .order(pots::financial_year.desc())
        .select(Pot::as_select())
        .load(conn)
}

/// The pot's latest `limit` ledger entries, newest first (the whole ledger is a spreadsheet
/// download: a busy pot has thousands).
pub fn recent_entries(conn: &mut DbConn, pot_id: i64, limit: i64) -> QueryResult<Vec<LedgerEntry>> {
    ledger_entries::table
        .filter(ledger_entries::pot_id.eq(pot_id))
        .order((ledger_entries::created_at.desc(), ledger_entries::id.desc()))
        .limit(limit)
        .select(LedgerEntry::as_select())
        .load(conn)
}

pub fn has_carried_forward(conn: &mut DbConn, pot_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        ledger_entries::table
            .filter(ledger_entries::pot_id.eq(pot_id))
            .filter(ledger_entries::kind.eq(EntryKind::CarryForwardOut.as_str())),
    ))
    .get_result(conn)
}
