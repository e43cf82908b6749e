//! Changes to involvement budgets, payments and choices, each in one transaction with its audit
//! event. Money moves only after the account's row lock is taken (the involvement budget's, or
//! the pot's for a help-to-apply cost paid from the VCSE pot), and balances are read after it,
//! so two leads paying at once queue and never spend the same money (docs/ARCHITECTURE.md §4).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::{Budget, BudgetBalances, Choice, EntryKind, PaymentKind, Source};
use super::queries;
use super::rules::{self, AllocationChange, Payee, PaymentInput};
use crate::audit::{self, NewEvent};
use crate::db::schema::{involvement_budgets, involvement_choices, involvement_entries, involvement_payments};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::funds::queries::NewEntry;
use crate::funds::{self, FinancialYear};
use crate::i18n::Message;
use crate::money::Pence;

/// Why an involvement change was refused. `Display` is for the log; [`InvolvementError::message`]
/// and [`InvolvementError::field`] are what the lead reads, and where.
#[derive(Debug, thiserror::Error)]
pub enum InvolvementError {
    #[error("{left} left in the {year} involvement budget")]
    NotEnough { left: Pence, year: FinancialYear },
    #[error("no involvement budget for {0}")]
    NoBudget(FinancialYear),
    #[error("{available} not yet set aside in the VCSE pot")]
    PotNotEnough { available: Pence },
    #[error("no VCSE pot for {0}")]
    NoPot(FinancialYear),
    #[error("below what has been paid: {paid}")]
    BelowPaid { paid: Pence },
    #[error("the person said no to payment")]
    Declined,
    #[error("no account with that email")]
    NoSuchPerson,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl InvolvementError {
    pub fn message(&self) -> Message {
        match self {
            InvolvementError::NotEnough { left, year } => {
                Message::new("involvement-error-not-enough").arg("left", *left).arg("year", year.label())
            }
            InvolvementError::NoBudget(year) => Message::new("involvement-error-no-budget").arg("year", year.label()),
            InvolvementError::PotNotEnough { available } => {
                Message::new("involvement-error-pot-not-enough").arg("available", *available)
            }
            InvolvementError::NoPot(year) => Message::new("involvement-error-no-pot").arg("year", year.label()),
            InvolvementError::BelowPaid { paid } => Message::new("involvement-error-below-paid").arg("paid", *paid),
            InvolvementError::Declined => Message::new("involvement-error-declined"),
            InvolvementError::NoSuchPerson => Message::new("involvement-error-no-such-person"),
            InvolvementError::Database(_) => Message::new("involvement-error-no-budget").arg("year", ""),
        }
    }

    /// The form field the refusal belongs at.
    pub fn field(&self) -> &'static str {
        match self {
            InvolvementError::NoPot(_) => "source",
            InvolvementError::Declined => "changed_mind",
            InvolvementError::NoSuchPerson => "email",
            InvolvementError::BelowPaid { .. } => "allocation_amount",
            _ => "amount",
        }
    }
}

/// Sets the first allocation of the programme's involvement budget for `year` (making the
/// budget), or raises or lowers it with a reason; never below what has been paid.
pub fn change_allocation(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    year: FinancialYear,
    change: &AllocationChange,
    now: NaiveDateTime,
) -> Result<BudgetBalances, InvolvementError> {
    write_transaction(conn, |conn| {
        // Two leads making the year's budget at once queue on the programme's row.
        lock_row(conn, "programmes", programme_id)?;
        let (budget, first) = match queries::budget_for_year(conn, programme_id, year)? {
            Some(budget) => (budget, false),
            None => (create_budget(conn, actor, programme_id, year, now)?, true),
        };
        lock_row(conn, "involvement_budgets", budget.id)?;
        let balances = queries::balances(conn, budget.id)?;
        let kind = match (first, change.increase) {
            (true, _) => EntryKind::Allocation,
            (false, true) => EntryKind::Increase,
            (false, false) => EntryKind::Decrease,
        };
        if kind == EntryKind::Decrease && balances.allocated - change.amount < balances.paid {
            return Err(InvolvementError::BelowPaid { paid: balances.paid });
        }
        let reason = Some(change.reason.as_str()).filter(|r| !r.is_empty());
        append(conn, budget.id, kind, change.amount, None, reason, actor, now)?;
        let action = match kind {
            EntryKind::Allocation => "involvement_allocation_set",
            EntryKind::Decrease => "involvement_allocation_reduced",
            _ => "involvement_allocation_increased",
        };
        let details = serde_json::json!({"amount_pence": change.amount.0, "year": year.label()});
        audit::record(
            conn,
            &NewEvent::about("involvement_budget", budget.id, Some(actor), action)
                .because(reason)
                .with_details(Some(details)),
            now,
        )?;
        Ok(queries::balances(conn, budget.id)?)
    })
}

fn create_budget(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    year: FinancialYear,
    now: NaiveDateTime,
) -> Result<Budget, InvolvementError> {
    let id: i64 = diesel::insert_into(involvement_budgets::table)
        .values((
            involvement_budgets::programme_id.eq(programme_id),
            involvement_budgets::financial_year.eq(year.0),
            involvement_budgets::created_by.eq(actor),
            involvement_budgets::created_at.eq(now),
        ))
        .returning(involvement_budgets::id)
        .get_result(conn)?;
    audit::record(
        conn,
        &NewEvent::about("involvement_budget", id, Some(actor), "involvement_budget_created")
            .because(None)
            .with_details(Some(serde_json::json!({"programme_id": programme_id, "year": year.label()}))),
        now,
    )?;
    queries::budget_for_year(conn, programme_id, year)?.ok_or(InvolvementError::NoBudget(year))
}

#[allow(clippy::too_many_arguments)]
fn append(
    conn: &mut DbConn,
    budget_id: i64,
    kind: EntryKind,
    amount: Pence,
    payment_id: Option<i64>,
    reason: Option<&str>,
    actor: i64,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(involvement_entries::table)
        .values((
            involvement_entries::budget_id.eq(budget_id),
            involvement_entries::kind.eq(kind.as_str()),
            involvement_entries::amount_pence.eq(amount.0),
            involvement_entries::payment_id.eq(payment_id),
            involvement_entries::reason.eq(reason),
            involvement_entries::created_by.eq(actor),
            involvement_entries::created_at.eq(now),
        ))
        .returning(involvement_entries::id)
        .get_result(conn)
}

/// Where a payment's money came from, as the action settled it.
enum Account {
    Budget(Budget),
    Pot { pot_id: i64 },
}

/// Records a payment: from the involvement budget (never beyond what it has left) or, for a
/// help-to-apply cost, from the VCSE pot (never beyond what is not yet set aside). A person who
/// said no to payment is paid only when the lead confirms they changed their mind; their
/// choice then becomes the way they were paid. Answers the payment's id.
pub fn record_payment(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    year: FinancialYear,
    input: &PaymentInput,
    now: NaiveDateTime,
) -> Result<i64, InvolvementError> {
    write_transaction(conn, |conn| {
        let (person_id, group_name) = match &input.payee {
            Payee::Person(id) => (Some(*id), None),
            Payee::Email(email) => {
                let person =
                    crate::accounts::queries::find_by_email(conn, email)?.ok_or(InvolvementError::NoSuchPerson)?;
                (Some(person.id), None)
            }
            Payee::Group(name) => (None, Some(name.as_str())),
        };
        let choice = match person_id {
            Some(id) => queries::choice_of(conn, id, programme_id)?,
            None => None,
        };
        if rules::refused_as_declined(choice, input.changed_mind) {
            return Err(InvolvementError::Declined);
        }
        let account = match input.source {
            Source::InvolvementBudget => {
                let budget =
                    queries::budget_for_year(conn, programme_id, year)?.ok_or(InvolvementError::NoBudget(year))?;
                lock_row(conn, "involvement_budgets", budget.id)?;
                let balances = queries::balances(conn, budget.id)?;
                rules::payable(&balances, input.amount).map_err(|left| InvolvementError::NotEnough { left, year })?;
                Account::Budget(budget)
            }
            Source::VcsePot => {
                let pot =
                    funds::queries::pot_for_year(conn, programme_id, year)?.ok_or(InvolvementError::NoPot(year))?;
                let (_, balances) =
                    funds::actions::lock_pot(conn, pot.id).map_err(|_| InvolvementError::NoPot(year))?;
                if input.amount > balances.unassigned() {
                    return Err(InvolvementError::PotNotEnough { available: balances.unassigned() });
                }
                Account::Pot { pot_id: pot.id }
            }
        };
        let pot_entry_id = match &account {
            Account::Pot { pot_id } => Some(funds::queries::append(
                conn,
                &NewEntry {
                    reason: Some(&input.what_for),
                    ..NewEntry::new(*pot_id, funds::EntryKind::HelpToApply, input.amount, Some(actor), now)
                },
            )?),
            Account::Budget(_) => None,
        };
        let declined_before = choice == Some(Choice::Declined);
        let payment_id: i64 = diesel::insert_into(involvement_payments::table)
            .values((
                involvement_payments::programme_id.eq(programme_id),
                involvement_payments::financial_year.eq(year.0),
                involvement_payments::source.eq(input.source.as_str()),
                involvement_payments::budget_id.eq(match &account {
                    Account::Budget(budget) => Some(budget.id),
                    Account::Pot { .. } => None,
                }),
                involvement_payments::pot_id.eq(match &account {
                    Account::Pot { pot_id } => Some(*pot_id),
                    Account::Budget(_) => None,
                }),
                involvement_payments::pot_entry_id.eq(pot_entry_id),
                involvement_payments::kind.eq(input.kind.as_str()),
                involvement_payments::person_id.eq(person_id),
                involvement_payments::group_name.eq(group_name),
                involvement_payments::help_cost.eq(input.help_cost.map(|c| c.as_str())),
                involvement_payments::round_id.eq(input.round_id),
                involvement_payments::what_for.eq(&input.what_for),
                involvement_payments::amount_pence.eq(input.amount.0),
                involvement_payments::paid_on.eq(input.paid_on),
                involvement_payments::how_paid.eq(input.how_paid.as_str()),
                involvement_payments::note.eq(&input.note),
                involvement_payments::declined_before.eq(declined_before),
                involvement_payments::created_by.eq(actor),
                involvement_payments::created_at.eq(now),
            ))
            .returning(involvement_payments::id)
            .get_result(conn)?;
        if let Account::Budget(budget) = &account {
            append(
                conn,
                budget.id,
                EntryKind::Payment,
                input.amount,
                Some(payment_id),
                Some(&input.what_for),
                actor,
                now,
            )?;
        }
        if let (Some(person), true) = (person_id, declined_before) {
            let now_wanted = match input.how_paid {
                super::HowPaid::Vouchers => Choice::Vouchers,
                super::HowPaid::FinanceProcess => Choice::FinanceProcess,
            };
            write_choice(conn, person, programme_id, now_wanted, now)?;
        }
        let details = serde_json::json!({
            "amount_pence": input.amount.0,
            "kind": input.kind.as_str(),
            "source": input.source.as_str(),
            "how_paid": input.how_paid.as_str(),
            "person_id": person_id,
            "year": year.label(),
            "declined_before": declined_before,
        });
        // `declined_before` in the details records that the lead confirmed a change of mind.
        audit::record(
            conn,
            &NewEvent::about("involvement_payment", payment_id, Some(actor), "involvement_payment_recorded")
                .because(None)
                .with_details(Some(details)),
            now,
        )?;
        debug_assert!(input.kind == PaymentKind::HelpToApply || input.source == Source::InvolvementBudget);
        Ok(payment_id)
    })
}

/// Saves a person's own choice about payment in a programme (the caller checked they sit on
/// its panel), audited.
pub fn set_choice(
    conn: &mut DbConn,
    person_id: i64,
    programme_id: i64,
    choice: Choice,
    now: NaiveDateTime,
) -> Result<(), InvolvementError> {
    write_transaction(conn, |conn| {
        write_choice(conn, person_id, programme_id, choice, now)?;
        audit::record(
            conn,
            &NewEvent::about("person", person_id, Some(person_id), "involvement_choice_set")
                .because(None)
                .with_details(Some(serde_json::json!({"programme_id": programme_id, "choice": choice.as_str()}))),
            now,
        )?;
        Ok(())
    })
}

/// Updates the row, or inserts it (MultiConnection has no upsert; the caller's transaction and
/// the unique index keep one row per person and programme).
fn write_choice(
    conn: &mut DbConn,
    person_id: i64,
    programme_id: i64,
    choice: Choice,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let updated = diesel::update(
        involvement_choices::table
            .filter(involvement_choices::person_id.eq(person_id))
            .filter(involvement_choices::programme_id.eq(programme_id)),
    )
    .set((involvement_choices::choice.eq(choice.as_str()), involvement_choices::updated_at.eq(now)))
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(involvement_choices::table)
            .values((
                involvement_choices::person_id.eq(person_id),
                involvement_choices::programme_id.eq(programme_id),
                involvement_choices::choice.eq(choice.as_str()),
                involvement_choices::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}
