//! Changes to pots, each in one transaction that locks the pot (so two leads acting at once
//! queue rather than both spending the same money), appends to the ledger and records an audit
//! event.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::ledger::{Balances, EntryKind};
use super::queries::{self, NewEntry, Pot};
use super::year::FinancialYear;
use crate::audit::{self, NewEvent};
use crate::db::schema::{pots, rounds};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::i18n::{Message, Tr};
use crate::money::Pence;

/// Why money could not move. `Display` is for the log; [`FundsError::message`] is what the lead
/// reads.
#[derive(Debug, thiserror::Error)]
pub enum FundsError {
    #[error("not enough money not yet set aside: {available} available")]
    NotEnough { available: Pence },
    #[error("below what is set aside or awarded: {floor}")]
    BelowCommitments { floor: Pence },
    #[error("the programme already has a pot for {0}")]
    DuplicatePot(FinancialYear),
    #[error("the pot has already been carried forward")]
    AlreadyCarried,
    /// Carries the first day money can be carried forward (in London).
    #[error("the financial year has not ended: carry forward on or after {0}")]
    YearNotEnded(NaiveDate),
    #[error("rounds drawing on the pot are still open")]
    RoundsStillOpen,
    #[error("nothing to carry forward")]
    NothingToCarry,
    #[error("no such pot")]
    NoSuchPot,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl FundsError {
    /// What the lead is told.
    pub fn message(&self) -> Message {
        match self {
            FundsError::NotEnough { available } => {
                Message::new("manage-pot-error-not-enough").arg("available", *available)
            }
            FundsError::BelowCommitments { floor } => {
                Message::new("manage-pot-error-below-commitments").arg("floor", *floor)
            }
            FundsError::DuplicatePot(year) => Message::new("manage-pot-error-duplicate").arg("year", year.label()),
            FundsError::AlreadyCarried => Message::new("manage-pot-error-already-carried"),
            FundsError::YearNotEnded(from) => Message::new("manage-pot-error-year-not-ended").arg("date", *from),
            FundsError::RoundsStillOpen => Message::new("manage-pot-error-rounds-still-open"),
            FundsError::NothingToCarry => Message::new("manage-pot-error-nothing-to-carry"),
            FundsError::NoSuchPot | FundsError::Database(_) => Message::new("manage-pot-error-no-such-pot"),
        }
    }
}

/// Takes the pot's row lock and reads its balances. Every transaction that moves a pot's money
/// takes this lock before anything else that touches the pot (even an insert referencing it),
/// so concurrent transactions queue in one order and cannot deadlock.
pub fn lock_pot(conn: &mut DbConn, pot_id: i64) -> Result<(Pot, Balances), FundsError> {
    lock_row(conn, "pots", pot_id)?;
    let pot = queries::find_pot(conn, pot_id)?.ok_or(FundsError::NoSuchPot)?;
    let balances = queries::pot_balances(conn, pot_id)?;
    Ok((pot, balances))
}

/// What a new pot holds.
pub struct NewPot<'a> {
    pub programme_id: i64,
    pub year: FinancialYear,
    pub name: &'a str,
    pub allocation: Pence,
    pub transformation_total: Option<Pence>,
    pub ring_fence_basis_points: Option<i32>,
}

pub fn create_pot(conn: &mut DbConn, actor: i64, new: &NewPot<'_>, now: NaiveDateTime) -> Result<Pot, FundsError> {
    write_transaction(conn, |conn| {
        if queries::pot_for_year(conn, new.programme_id, new.year)?.is_some() {
            return Err(FundsError::DuplicatePot(new.year));
        }
        let pot_id: i64 = diesel::insert_into(pots::table)
            .values((
                pots::programme_id.eq(new.programme_id),
                pots::financial_year.eq(new.year.0),
                pots::name.eq(new.name),
                pots::transformation_total_pence.eq(new.transformation_total.map(|p| p.0)),
                pots::ring_fence_basis_points.eq(new.ring_fence_basis_points),
                pots::created_by.eq(actor),
                pots::created_at.eq(now),
            ))
            .returning(pots::id)
            .get_result(conn)
            .map_err(|error| match error {
                diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => {
                    FundsError::DuplicatePot(new.year)
                }
                other => other.into(),
            })?;
        if !new.allocation.is_zero() {
            queries::append(conn, &NewEntry::new(pot_id, EntryKind::Allocation, new.allocation, Some(actor), now))?;
        }
        let details = serde_json::json!({"year": new.year.label(), "allocation_pence": new.allocation.0});
        audit::record(
            conn,
            &NewEvent::about("pot", pot_id, Some(actor), "pot_created").because(None).with_details(Some(details)),
            now,
        )?;
        queries::find_pot(conn, pot_id)?.ok_or(FundsError::NoSuchPot)
    })
}

/// Raises or lowers the allocation by `amount`, with a reason; never below what is already set
/// aside for rounds or awarded.
pub fn adjust_allocation(
    conn: &mut DbConn,
    actor: i64,
    pot_id: i64,
    increase: bool,
    amount: Pence,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Balances, FundsError> {
    write_transaction(conn, |conn| {
        let (_, balances) = lock_pot(conn, pot_id)?;
        let kind = if increase { EntryKind::Increase } else { EntryKind::Decrease };
        if !increase {
            let floor = if balances.assigned > balances.committed { balances.assigned } else { balances.committed };
            if balances.allocated - amount < floor {
                return Err(FundsError::BelowCommitments { floor });
            }
        }
        let entry = NewEntry { reason: Some(reason), ..NewEntry::new(pot_id, kind, amount, Some(actor), now) };
        queries::append(conn, &entry)?;
        let details = serde_json::json!({"amount_pence": amount.0});
        audit::record(
            conn,
            &NewEvent::about(
                "pot",
                pot_id,
                Some(actor),
                if increase { "allocation_increased" } else { "allocation_reduced" },
            )
            .because(Some(reason))
            .with_details(Some(details)),
            now,
        )?;
        Ok(queries::pot_balances(conn, pot_id)?)
    })
}

/// Sets a round's budget to `budget`, drawing the difference from (or returning it to) the
/// pot. Call inside the transaction that creates or edits the round; it locks the pot.
pub fn set_round_budget(
    conn: &mut DbConn,
    actor: i64,
    pot_id: i64,
    round_id: i64,
    budget: Pence,
    now: NaiveDateTime,
) -> Result<(), FundsError> {
    let (_, pot_balances) = lock_pot(conn, pot_id)?;
    let round = queries::round_balances(conn, round_id)?;
    let current = round.assigned;
    if budget == current {
        return Ok(());
    }
    if budget > current {
        let extra = budget - current;
        if extra > pot_balances.unassigned() {
            return Err(FundsError::NotEnough { available: current + pot_balances.unassigned() });
        }
        let entry = NewEntry {
            round_id: Some(round_id),
            ..NewEntry::new(pot_id, EntryKind::AssignToRound, extra, Some(actor), now)
        };
        queries::append(conn, &entry)?;
    } else {
        if budget < round.committed {
            return Err(FundsError::BelowCommitments { floor: round.committed });
        }
        let entry = NewEntry {
            round_id: Some(round_id),
            ..NewEntry::new(pot_id, EntryKind::UnassignFromRound, current - budget, Some(actor), now)
        };
        queries::append(conn, &entry)?;
    }
    Ok(())
}

/// Carries a pot's uncommitted money into the next financial year's pot of the same programme
/// (made if missing): round budgets shrink to what they awarded, then one row leaves this pot
/// and one arrives in the next, in one transaction. Once only, and only after the year ends.
/// The ledger's reasons (and a new pot's name) are written in `tr`'s language, the lead's.
pub fn carry_forward(
    conn: &mut DbConn,
    tr: Tr,
    actor: i64,
    pot_id: i64,
    now: NaiveDateTime,
) -> Result<(Pot, Pence), FundsError> {
    write_transaction(conn, |conn| {
        let (pot, _) = lock_pot(conn, pot_id)?;
        if queries::has_carried_forward(conn, pot_id)? {
            return Err(FundsError::AlreadyCarried);
        }
        if now < pot.year().ends_at() {
            return Err(FundsError::YearNotEnded(crate::time::in_london(pot.year().ends_at()).date_naive()));
        }
        let open_rounds: i64 = rounds::table
            .filter(rounds::pot_id.eq(pot_id))
            .filter(rounds::closes_at.gt(now))
            .count()
            .get_result(conn)?;
        if open_rounds > 0 {
            return Err(FundsError::RoundsStillOpen);
        }
        return_unawarded_round_budgets(conn, tr, actor, pot_id, now)?;
        let balances = queries::pot_balances(conn, pot_id)?;
        let amount = balances.uncommitted();
        if amount.0 <= 0 {
            return Err(FundsError::NothingToCarry);
        }
        let next = match queries::pot_for_year(conn, pot.programme_id, pot.year().next())? {
            Some(next) => next,
            None => create_next_pot(conn, tr, actor, &pot, now)?,
        };
        lock_row(conn, "pots", next.id)?;
        let reason = crate::t!(tr, "manage-ledger-reason-unspent", year = pot.year().label());
        let out = NewEntry {
            related_pot_id: Some(next.id),
            reason: Some(&reason),
            ..NewEntry::new(pot.id, EntryKind::CarryForwardOut, amount, Some(actor), now)
        };
        queries::append(conn, &out)?;
        let incoming = NewEntry {
            related_pot_id: Some(pot.id),
            reason: Some(&reason),
            ..NewEntry::new(next.id, EntryKind::CarryForwardIn, amount, Some(actor), now)
        };
        queries::append(conn, &incoming)?;
        let details = serde_json::json!({"amount_pence": amount.0, "to_pot": next.id});
        audit::record(
            conn,
            &NewEvent::about("pot", pot.id, Some(actor), "carried_forward_out")
                .because(None)
                .with_details(Some(details)),
            now,
        )?;
        let details = serde_json::json!({"amount_pence": amount.0, "from_pot": pot.id});
        audit::record(
            conn,
            &NewEvent::about("pot", next.id, Some(actor), "carried_forward_in")
                .because(None)
                .with_details(Some(details)),
            now,
        )?;
        Ok((next, amount))
    })
}

/// Shrinks each round's budget to what it has committed, returning the rest to the pot.
fn return_unawarded_round_budgets(
    conn: &mut DbConn,
    tr: Tr,
    actor: i64,
    pot_id: i64,
    now: NaiveDateTime,
) -> Result<(), FundsError> {
    let round_ids: Vec<i64> = rounds::table.filter(rounds::pot_id.eq(pot_id)).select(rounds::id).load(conn)?;
    let reason = tr.t("manage-ledger-reason-year-end-return");
    for (round_id, balances) in queries::rounds_balances(conn, &round_ids)? {
        let unawarded = balances.assigned - balances.committed;
        if unawarded.0 > 0 {
            let entry = NewEntry {
                round_id: Some(round_id),
                reason: Some(&reason),
                ..NewEntry::new(pot_id, EntryKind::UnassignFromRound, unawarded, Some(actor), now)
            };
            queries::append(conn, &entry)?;
        }
    }
    Ok(())
}

fn create_next_pot(conn: &mut DbConn, tr: Tr, actor: i64, pot: &Pot, now: NaiveDateTime) -> Result<Pot, FundsError> {
    let year = pot.year().next();
    let name = crate::t!(tr, "manage-pot-default-name", year = year.label());
    let pot_id: i64 = diesel::insert_into(pots::table)
        .values((
            pots::programme_id.eq(pot.programme_id),
            pots::financial_year.eq(year.0),
            pots::name.eq(&name),
            pots::created_by.eq(actor),
            pots::created_at.eq(now),
        ))
        .returning(pots::id)
        .get_result(conn)?;
    audit::record(
        conn,
        &NewEvent::about("pot", pot_id, Some(actor), "pot_created")
            .because(Some(&tr.t("manage-pot-audit-made-for-carry-forward")))
            .with_details(None),
        now,
    )?;
    queries::find_pot(conn, pot_id)?.ok_or(FundsError::NoSuchPot)
}
