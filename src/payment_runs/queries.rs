//! What is due to pay in a programme, and the runs made.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use diesel::prelude::*;

use super::model::{Due, PayTo, PaymentRun, RunItem, RunItemRow, RunWithItems};
use crate::bank_details::BankDetailsRow;
use crate::bank_details::model::payments_held_because;
use crate::bids::BidState;
use crate::db::DbConn;
use crate::db::schema::{
    award_instalments, awards, bank_details, bids, community_groups, payment_run_items, payment_runs, payments, people,
    rounds,
};
use crate::grants::instalments::{self, Instalment};
use crate::i18n::Message;
use crate::money::Pence;

/// Running grants of the programme with an instalment due by `today` not yet paid, leaving out
/// awards already in a run not yet paid or cancelled; oldest bid first.
pub fn due_in(conn: &mut DbConn, programme_id: i64, today: NaiveDate) -> QueryResult<Vec<Due>> {
    let running = bids::state.eq(BidState::Active.as_str());
    let in_programme = rounds::programme_id.eq(programme_id);
    let grants: Vec<(i64, i64, Option<String>, i64, String)> = awards::table
        .inner_join(bids::table.inner_join(rounds::table).inner_join(community_groups::table))
        .filter(in_programme)
        .filter(running)
        .filter(awards::closed_at.is_null())
        .order(bids::id)
        .select((awards::id, bids::id, bids::reference, community_groups::id, community_groups::name))
        .load(conn)?;
    let plans: Vec<Instalment> = award_instalments::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(rounds::table)))
        .filter(in_programme)
        .filter(running)
        .select(Instalment::as_select())
        .load(conn)?;
    let paid: Vec<(i64, i64)> = payments::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(rounds::table)))
        .filter(in_programme)
        .filter(running)
        .select((payments::award_id, payments::amount_pence))
        .load(conn)?;
    let in_open_runs: HashSet<i64> = payment_run_items::table
        .inner_join(payment_runs::table)
        .filter(payment_runs::programme_id.eq(programme_id))
        .filter(payment_runs::paid_at.is_null())
        .filter(payment_runs::cancelled_at.is_null())
        .select(payment_run_items::award_id)
        .load(conn)?
        .into_iter()
        .collect();
    let bank: HashMap<i64, BankDetailsRow> = bank_details::table
        .inner_join(bids::table.on(bids::group_id.eq(bank_details::group_id)))
        .inner_join(rounds::table.on(rounds::id.eq(bids::round_id)))
        .filter(in_programme)
        .filter(running)
        .filter(bank_details::replaced_at.is_null())
        .select(BankDetailsRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| (row.group_id, row))
        .collect();

    let mut plan_of: HashMap<i64, Vec<Instalment>> = HashMap::new();
    for instalment in plans {
        plan_of.entry(instalment.award_id).or_default().push(instalment);
    }
    let mut paid_of: HashMap<i64, Pence> = HashMap::new();
    for (award_id, amount) in paid {
        *paid_of.entry(award_id).or_default() += Pence(amount);
    }
    Ok(grants
        .into_iter()
        .filter(|(award_id, ..)| !in_open_runs.contains(award_id))
        .filter_map(|(award_id, bid_id, reference, group_id, group_name)| {
            let plan = plan_of.get(&award_id).map(Vec::as_slice).unwrap_or_default();
            let amount = instalments::unpaid_by(plan, paid_of.get(&award_id).copied().unwrap_or_default(), today);
            (amount.0 > 0).then(|| Due {
                award_id,
                bid_id,
                bid_reference: reference.unwrap_or_default(),
                group_name,
                amount,
                payable: pay_to(bank.get(&group_id)),
            })
        })
        .collect())
}

/// Where a group's payment goes: its current bank details if confirmed.
fn pay_to(current: Option<&BankDetailsRow>) -> Result<PayTo, Message> {
    let Some(row) = current else { return Err(Message::new("payment-run-held-no-details")) };
    match payments_held_because(Some(row)) {
        Some(held) => Err(held),
        None => Ok(PayTo { bank_details_id: row.id }),
    }
}

/// The programme's runs, newest first.
pub fn runs_of(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<(PaymentRun, i64, Pence)>> {
    let runs: Vec<PaymentRun> = payment_runs::table
        .filter(payment_runs::programme_id.eq(programme_id))
        .order(payment_runs::id.desc())
        .select(PaymentRun::as_select())
        .load(conn)?;
    let items: Vec<(i64, i64)> = payment_run_items::table
        .inner_join(payment_runs::table)
        .filter(payment_runs::programme_id.eq(programme_id))
        .select((payment_run_items::run_id, payment_run_items::amount_pence))
        .load(conn)?;
    let mut totals: HashMap<i64, (i64, Pence)> = HashMap::new();
    for (run_id, amount) in items {
        let total = totals.entry(run_id).or_default();
        total.0 += 1;
        total.1 += Pence(amount);
    }
    Ok(runs
        .into_iter()
        .map(|run| {
            let (count, total) = totals.get(&run.id).copied().unwrap_or_default();
            (run, count, total)
        })
        .collect())
}

pub fn find(conn: &mut DbConn, run_id: i64) -> QueryResult<Option<PaymentRun>> {
    payment_runs::table.find(run_id).select(PaymentRun::as_select()).first(conn).optional()
}

/// The run with its items, in the order they go into the file.
pub fn with_items(conn: &mut DbConn, run: PaymentRun) -> QueryResult<RunWithItems> {
    let rows: Vec<(RunItemRow, i64, Option<String>, String, String, i64)> = payment_run_items::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(community_groups::table).inner_join(rounds::table)))
        .inner_join(bank_details::table)
        .filter(payment_run_items::run_id.eq(run.id))
        .order(payment_run_items::id)
        .select((
            RunItemRow::as_select(),
            bids::id,
            bids::reference,
            community_groups::name,
            bank_details::account_ending,
            rounds::pot_id,
        ))
        .load(conn)?;
    let items = rows
        .into_iter()
        .map(|(row, bid_id, reference, group_name, account_ending, pot_id)| RunItem {
            row,
            pot_id,
            bid_id,
            bid_reference: reference.unwrap_or_default(),
            group_name,
            account_ending,
        })
        .collect();
    let name_of =
        |conn: &mut DbConn, id: i64| -> QueryResult<String> { people::table.find(id).select(people::name).first(conn) };
    let made_by = name_of(conn, run.created_by)?;
    let paid_by = run.paid_by.map(|id| name_of(conn, id)).transpose()?;
    Ok(RunWithItems { run, items, made_by, paid_by })
}
