//! Reading involvement budgets, payments and choices; the budget's balances are summed by the
//! database.

use std::collections::HashMap;

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use super::model::{Budget, BudgetBalances, Choice, Entry, EntryKind, Payment, PaymentRow};
use crate::db::DbConn;
use crate::db::schema::{involvement_budgets, involvement_choices, involvement_entries, involvement_payments, people};
use crate::funds::FinancialYear;
use crate::money::Pence;

pub fn budget_for_year(conn: &mut DbConn, programme_id: i64, year: FinancialYear) -> QueryResult<Option<Budget>> {
    involvement_budgets::table
        .filter(involvement_budgets::programme_id.eq(programme_id))
        .filter(involvement_budgets::financial_year.eq(year.0))
        .select(Budget::as_select())
        .first(conn)
        .optional()
}

/// The years the programme has an involvement budget for, newest first.
pub fn budget_years(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<FinancialYear>> {
    let years: Vec<i32> = involvement_budgets::table
        .filter(involvement_budgets::programme_id.eq(programme_id))
        .order(involvement_budgets::financial_year.desc())
        .select(involvement_budgets::financial_year)
        .load(conn)?;
    Ok(years.into_iter().map(FinancialYear).collect())
}

/// A budget's balances, summed by the database.
pub fn balances(conn: &mut DbConn, budget_id: i64) -> QueryResult<BudgetBalances> {
    let rows = involvement_entries::table
        .filter(involvement_entries::budget_id.eq(budget_id))
        .group_by(involvement_entries::kind)
        .select((involvement_entries::kind, sql::<BigInt>("CAST(SUM(amount_pence) AS BIGINT)")))
        .load::<(String, i64)>(conn)?;
    Ok(BudgetBalances::from_totals(
        rows.into_iter().filter_map(|(kind, total)| Some((EntryKind::parse(&kind)?, Pence(total)))),
    ))
}

/// The budget's ledger, newest first.
pub fn entries(conn: &mut DbConn, budget_id: i64) -> QueryResult<Vec<Entry>> {
    involvement_entries::table
        .filter(involvement_entries::budget_id.eq(budget_id))
        .order((involvement_entries::created_at.desc(), involvement_entries::id.desc()))
        .select(Entry::as_select())
        .load(conn)
}

fn typed(rows: Vec<(PaymentRow, Option<String>)>) -> QueryResult<Vec<Payment>> {
    rows.into_iter()
        .map(|(row, name)| {
            let id = row.id;
            Payment::from_row(row, name).ok_or_else(|| {
                diesel::result::Error::DeserializationError(
                    format!("involvement payment {id} has an unknown value").into(),
                )
            })
        })
        .collect()
}

/// Every payment a programme recorded for a year (from either account), newest first. A
/// programme pays tens of people a year, not thousands, so the page lists them all.
pub fn payments_of(conn: &mut DbConn, programme_id: i64, year: FinancialYear) -> QueryResult<Vec<Payment>> {
    let rows = involvement_payments::table
        .left_join(people::table.on(people::id.nullable().eq(involvement_payments::person_id)))
        .filter(involvement_payments::programme_id.eq(programme_id))
        .filter(involvement_payments::financial_year.eq(year.0))
        .order((involvement_payments::paid_on.desc(), involvement_payments::id.desc()))
        .select((PaymentRow::as_select(), people::name.nullable()))
        .load(conn)?;
    typed(rows)
}

/// Every payment recorded to a person, in any programme, newest first.
pub fn payments_to(conn: &mut DbConn, person_id: i64) -> QueryResult<Vec<Payment>> {
    let rows = involvement_payments::table
        .left_join(people::table.on(people::id.nullable().eq(involvement_payments::person_id)))
        .filter(involvement_payments::person_id.eq(person_id))
        .order((involvement_payments::paid_on.desc(), involvement_payments::id.desc()))
        .select((PaymentRow::as_select(), people::name.nullable()))
        .load(conn)?;
    typed(rows)
}

/// Every payment of a programme, all years, for the equity report's per-year figures.
pub fn payments_of_programme(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<Payment>> {
    let rows: Vec<PaymentRow> = involvement_payments::table
        .filter(involvement_payments::programme_id.eq(programme_id))
        .order(involvement_payments::id.asc())
        .select(PaymentRow::as_select())
        .load(conn)?;
    let rows = rows.into_iter().map(|row| (row, None)).collect();
    typed(rows)
}

pub fn choice_of(conn: &mut DbConn, person_id: i64, programme_id: i64) -> QueryResult<Option<Choice>> {
    let text: Option<String> = involvement_choices::table
        .filter(involvement_choices::person_id.eq(person_id))
        .filter(involvement_choices::programme_id.eq(programme_id))
        .select(involvement_choices::choice)
        .first(conn)
        .optional()?;
    Ok(text.and_then(|text| Choice::parse(&text)))
}

/// What each person has said about payment in a programme.
pub fn choices_in(conn: &mut DbConn, programme_id: i64) -> QueryResult<HashMap<i64, Choice>> {
    let rows: Vec<(i64, String)> = involvement_choices::table
        .filter(involvement_choices::programme_id.eq(programme_id))
        .select((involvement_choices::person_id, involvement_choices::choice))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(person, text)| Some((person, Choice::parse(&text)?))).collect())
}

/// What a person has said in each programme.
pub fn choices_of(conn: &mut DbConn, person_id: i64) -> QueryResult<HashMap<i64, Choice>> {
    let rows: Vec<(i64, String)> = involvement_choices::table
        .filter(involvement_choices::person_id.eq(person_id))
        .select((involvement_choices::programme_id, involvement_choices::choice))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(programme, text)| Some((programme, Choice::parse(&text)?))).collect())
}
