//! Making a run, writing its file, cancelling it, and marking it paid. Each is one write
//! transaction with its audit event.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::files::FileRow;
use super::model::{Due, PaymentRun, Refusal, RunStanding};
use super::queries;
use crate::audit::{self, NewEvent};
use crate::bank_details::actions::{BankError, open_row};
use crate::bank_details::{BankDetailsRow, DataKeys};
use crate::db::schema::{bank_details, payment_run_items, payment_runs};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::grants::actions::{GrantError, record_payment_within};
use crate::grants::rules::PaymentInput;
use crate::i18n::Message;
use crate::notifications::emails::Links;

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// Refused, with why (and the groups it is about).
    #[error("refused: {}", .0.message.key)]
    Refused(Refusal),
    #[error("not found")]
    NotFound,
    #[error("the sealed bank details did not open")]
    Bank(BankError),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl RunError {
    fn refused(key: &'static str) -> RunError {
        RunError::Refused(Refusal { message: Message::new(key), groups: Vec::new() })
    }
}

impl From<BankError> for RunError {
    fn from(error: BankError) -> Self {
        match error {
            BankError::Database(error) => RunError::Database(error),
            BankError::NotFound => RunError::NotFound,
            other => RunError::Bank(other),
        }
    }
}

/// Makes a run of the chosen awards' due payments. Refused, naming them, if any chosen award's
/// bank details are not confirmed; refused if one is no longer due (paid, or taken into
/// another run meanwhile). The programme is locked so two leads cannot put one payment into
/// two runs.
pub fn create(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    award_ids: &[i64],
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<i64, RunError> {
    if award_ids.is_empty() {
        return Err(RunError::refused("payment-run-error-none-chosen"));
    }
    write_transaction(conn, |conn| {
        lock_row(conn, "programmes", programme_id)?;
        let due = queries::due_in(conn, programme_id, today)?;
        let chosen: Vec<&Due> = due.iter().filter(|due| award_ids.contains(&due.award_id)).collect();
        if chosen.len() != award_ids.len() {
            return Err(RunError::refused("payment-run-error-no-longer-due"));
        }
        let held: Vec<(String, Message)> = chosen
            .iter()
            .filter_map(|due| due.payable.as_ref().err().map(|why| (due.group_name.clone(), why.clone())))
            .collect();
        if !held.is_empty() {
            return Err(RunError::Refused(Refusal {
                message: Message::new("payment-run-error-held").arg("count", held.len() as i64),
                groups: held,
            }));
        }
        let run_id: i64 = diesel::insert_into(payment_runs::table)
            .values((
                payment_runs::programme_id.eq(programme_id),
                payment_runs::created_by.eq(actor),
                payment_runs::created_at.eq(now),
            ))
            .returning(payment_runs::id)
            .get_result(conn)?;
        for due in &chosen {
            let pay_to = due.payable.as_ref().expect("held ones refused above");
            diesel::insert_into(payment_run_items::table)
                .values((
                    payment_run_items::run_id.eq(run_id),
                    payment_run_items::award_id.eq(due.award_id),
                    payment_run_items::bank_details_id.eq(pay_to.bank_details_id),
                    payment_run_items::amount_pence.eq(due.amount.0),
                ))
                .execute(conn)?;
        }
        let total: i64 = chosen.iter().map(|due| due.amount.0).sum();
        let details = serde_json::json!({"payments": chosen.len(), "total_pence": total});
        let event = NewEvent::about("payment_run", run_id, Some(actor), "payment_run_made").with_details(Some(details));
        audit::record(conn, &event, now)?;
        Ok(run_id)
    })
}

/// The rows of the run's file, with the bank details opened, and an audit event saying who
/// took the file in which layout. Refused, naming them, if any group's details changed or
/// are no longer confirmed since the run was made (the run is then cancelled and made again).
pub fn file_rows(
    conn: &mut DbConn,
    keys: &DataKeys,
    actor: i64,
    run_id: i64,
    layout: &str,
    now: NaiveDateTime,
) -> Result<Vec<FileRow>, RunError> {
    write_transaction(conn, |conn| {
        let run = queries::find(conn, run_id)?.ok_or(RunError::NotFound)?;
        if run.standing() == RunStanding::Cancelled {
            return Err(RunError::refused("payment-run-error-cancelled"));
        }
        let run_date = crate::time::in_london(run.created_at).date_naive();
        let with_items = queries::with_items(conn, run)?;
        let banks: HashMap<i64, BankDetailsRow> = bank_details::table
            .inner_join(payment_run_items::table)
            .filter(payment_run_items::run_id.eq(run_id))
            .select(BankDetailsRow::as_select())
            .load(conn)?
            .into_iter()
            .map(|row| (row.id, row))
            .collect();
        let mut rows = Vec::new();
        let mut changed = Vec::new();
        for item in &with_items.items {
            let bank = banks.get(&item.row.bank_details_id).ok_or(RunError::NotFound)?;
            let still_good =
                bank.replaced_at.is_none() && crate::bank_details::model::payments_held_because(Some(bank)).is_none();
            if !still_good && with_items.run.standing() == RunStanding::Open {
                changed.push((item.group_name.clone(), Message::new("payment-run-held-changed")));
                continue;
            }
            let details = open_row(keys, bank)?;
            rows.push(FileRow {
                sort_code: details.sort_code,
                account_number: details.account_number,
                roll_number: details.roll_number,
                account_name: details.account_name,
                group_name: item.group_name.clone(),
                bid_reference: item.bid_reference.clone(),
                amount: item.amount(),
                run_date,
                run_id,
            });
        }
        if !changed.is_empty() {
            return Err(RunError::Refused(Refusal {
                message: Message::new("payment-run-error-changed").arg("count", changed.len() as i64),
                groups: changed,
            }));
        }
        let details = serde_json::json!({"layout": layout, "payments": rows.len()});
        let event =
            NewEvent::about("payment_run", run_id, Some(actor), "payment_file_taken").with_details(Some(details));
        audit::record(conn, &event, now)?;
        Ok(rows)
    })
}

/// Cancels a run not yet paid, so its payments can go into another.
pub fn cancel(conn: &mut DbConn, actor: i64, run_id: i64, now: NaiveDateTime) -> Result<(), RunError> {
    write_transaction(conn, |conn| {
        let cancelled = diesel::update(
            payment_runs::table
                .find(run_id)
                .filter(payment_runs::paid_at.is_null())
                .filter(payment_runs::cancelled_at.is_null()),
        )
        .set((payment_runs::cancelled_by.eq(actor), payment_runs::cancelled_at.eq(now)))
        .execute(conn)?;
        if cancelled == 0 {
            return Err(RunError::refused("payment-run-error-not-open"));
        }
        audit::record(conn, &NewEvent::about("payment_run", run_id, Some(actor), "payment_run_cancelled"), now)?;
        Ok(())
    })
}

/// Marks the run paid on `paid_on`: claims the run (only if still open: a second lead marking
/// it at the same moment finds it taken and records nothing), then records every item's
/// payment in the same transaction. Any payment refused (more than is left of an award, bank
/// details no longer confirmed, a grant no longer running) undoes the whole run, and says which
/// group and why.
pub fn mark_paid(
    conn: &mut DbConn,
    actor: i64,
    run_id: i64,
    paid_on: NaiveDate,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), RunError> {
    write_transaction(conn, |conn| {
        let claimed = diesel::update(
            payment_runs::table
                .find(run_id)
                .filter(payment_runs::paid_at.is_null())
                .filter(payment_runs::cancelled_at.is_null()),
        )
        .set((payment_runs::paid_on.eq(paid_on), payment_runs::paid_by.eq(actor), payment_runs::paid_at.eq(now)))
        .execute(conn)?;
        if claimed == 0 {
            return Err(RunError::refused("payment-run-error-not-open"));
        }
        let run: PaymentRun = queries::find(conn, run_id)?.ok_or(RunError::NotFound)?;
        let with_items = queries::with_items(conn, run)?;
        // Pots before bids, in one order, as every payment locks them.
        let mut items = with_items.items.clone();
        items.sort_by_key(|item| (item.pot_id, item.bid_id));
        for item in &items {
            let input = PaymentInput {
                amount: item.amount(),
                paid_on,
                reference: format!("{} (payment run {run_id})", item.bid_reference),
            };
            record_payment_within(conn, actor, item.bid_id, &input, links, now).map_err(|error| match error {
                GrantError::Database(error) => RunError::Database(error),
                GrantError::NotFound => RunError::NotFound,
                refused => RunError::Refused(Refusal {
                    message: Message::new("payment-run-error-item-refused"),
                    groups: vec![(
                        item.group_name.clone(),
                        refused.message().unwrap_or_else(|| Message::new("payment-run-error-not-open")),
                    )],
                }),
            })?;
        }
        let details =
            serde_json::json!({"payments": items.len(), "total_pence": with_items.total().0, "paid_on": paid_on});
        let event = NewEvent::about("payment_run", run_id, Some(actor), "payment_run_paid").with_details(Some(details));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}
