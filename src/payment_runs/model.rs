//! A payment run, its items, and what is due to pay.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{payment_run_items, payment_runs};
use crate::i18n::Message;
use crate::money::Pence;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = payment_runs)]
pub struct PaymentRun {
    pub id: i64,
    pub programme_id: i64,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
    /// The day the money went, as the lead said when marking the run paid.
    pub paid_on: Option<NaiveDate>,
    pub paid_by: Option<i64>,
    pub paid_at: Option<NaiveDateTime>,
    pub cancelled_by: Option<i64>,
    pub cancelled_at: Option<NaiveDateTime>,
}

/// Where a run stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunStanding {
    /// Made; the file can be taken to the bank; not yet marked paid.
    Open,
    Paid,
    Cancelled,
}

impl PaymentRun {
    pub fn standing(&self) -> RunStanding {
        match (self.paid_at, self.cancelled_at) {
            (Some(_), _) => RunStanding::Paid,
            (None, Some(_)) => RunStanding::Cancelled,
            (None, None) => RunStanding::Open,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = payment_run_items)]
pub struct RunItemRow {
    pub id: i64,
    pub run_id: i64,
    pub award_id: i64,
    pub bank_details_id: i64,
    pub amount_pence: i64,
}

/// A payment in a run, with what the lead reads beside it.
#[derive(Debug, Clone)]
pub struct RunItem {
    pub row: RunItemRow,
    /// The pot the grant is paid from (payments lock it first).
    pub pot_id: i64,
    pub bid_id: i64,
    pub bid_reference: String,
    pub group_name: String,
    pub account_ending: String,
}

impl RunItem {
    pub fn amount(&self) -> Pence {
        Pence(self.row.amount_pence)
    }
}

/// A run with its items.
#[derive(Debug, Clone)]
pub struct RunWithItems {
    pub run: PaymentRun,
    pub items: Vec<RunItem>,
    pub made_by: String,
    pub paid_by: Option<String>,
}

impl RunWithItems {
    pub fn total(&self) -> Pence {
        self.items.iter().map(RunItem::amount).sum()
    }
}

/// A running grant with an instalment due and not yet paid (nor in a run not yet paid).
#[derive(Debug, Clone)]
pub struct Due {
    pub award_id: i64,
    pub bid_id: i64,
    pub bid_reference: String,
    pub group_name: String,
    /// What is due by today and not paid.
    pub amount: Pence,
    /// The group's confirmed bank details it would be paid to, or why it cannot be paid yet.
    pub payable: Result<PayTo, Message>,
}

/// Confirmed bank details a payment goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PayTo {
    pub bank_details_id: i64,
}

/// Why a run could not be made or paid, naming the groups where that is the reason.
#[derive(Debug, Clone)]
pub struct Refusal {
    pub message: Message,
    /// Each group the refusal is about, with why.
    pub groups: Vec<(String, Message)>,
}

/// The day the money went, as the lead types it when marking a run paid: not before the run
/// was made, and not in the future.
pub fn check_paid_on(
    typed: &str,
    made_on: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, crate::forms::FieldErrors> {
    let mut errors = crate::forms::FieldErrors::new();
    match crate::rounds::rules::parse_date(typed) {
        Some(day) if day > today => errors.add("paid_on", "grants-error-paid-on-future"),
        Some(day) if day < made_on => errors.add("paid_on", "payment-run-error-paid-before-made"),
        Some(day) => return Ok(day),
        None if typed.trim().is_empty() => errors.add("paid_on", "grants-error-paid-on-empty"),
        None => errors.add("paid_on", "grants-error-paid-on-not-a-date"),
    }
    Err(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_paid_is_between_the_run_and_today() {
        let day = |d| NaiveDate::from_ymd_opt(2027, 3, d).unwrap();
        assert_eq!(check_paid_on("2027-03-02", day(1), day(3)).unwrap(), day(2));
        assert_eq!(check_paid_on("03/03/2027", day(1), day(3)).unwrap(), day(3));
        let key = |typed| check_paid_on(typed, day(2), day(3)).unwrap_err().get("paid_on").map(|m| m.key);
        assert_eq!(key("2027-03-04"), Some("grants-error-paid-on-future"));
        assert_eq!(key("2027-03-01"), Some("payment-run-error-paid-before-made"));
        assert_eq!(key(""), Some("grants-error-paid-on-empty"));
        assert_eq!(key("soon"), Some("grants-error-paid-on-not-a-date"));
    }
}
