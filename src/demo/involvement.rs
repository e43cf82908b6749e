//! The demo's involvement budget for this financial year: an allocation and a few payments, so
//! the lead's involvement page, the pot report and the equity report show figures, and the demo
//! panel member sees a payment on `/panel/payments`.

use chrono::NaiveDateTime;

use super::{DemoError, fail};
use crate::db::DbConn;
use crate::funds::FinancialYear;
use crate::involvement::actions::{change_allocation, record_payment, set_choice};
use crate::involvement::rules::{AllocationChange, Payee, PaymentInput};
use crate::involvement::{Choice, HelpCost, HowPaid, PaymentKind, Source};
use crate::money::Pence;

/// `people` are the demo accounts (admin, lead, panel, connector, applicant); the demo panel
/// member has lived experience. Yusuf Ali (another lived-experience panel member, made by
/// `panel::seed`) chose vouchers and was paid in them for giving his views.
pub fn seed(
    conn: &mut DbConn,
    people: &[i64],
    programme_id: i64,
    closed_round: i64,
    now: NaiveDateTime,
) -> Result<(), DemoError> {
    let (lead, demo_panel) = (people[1], people[2]);
    let year = FinancialYear::containing(now);
    let today = crate::time::in_london(now).date_naive();
    let allocation = AllocationChange {
        increase: true,
        amount: Pence::from_pounds(3_000),
        reason: "Co-production: panel members' time and help to apply".into(),
    };
    change_allocation(conn, lead, programme_id, year, &allocation, now).map_err(fail)?;
    let yusuf = crate::accounts::queries::find_by_email(conn, "panel3@demo.example")
        .map_err(fail)?
        .ok_or_else(|| fail("the demo panel member Yusuf Ali is missing"))?;
    set_choice(conn, yusuf.id, programme_id, Choice::Vouchers, now).map_err(fail)?;
    let payments = [
        PaymentInput {
            kind: PaymentKind::PanelScoring,
            payee: Payee::Person(demo_panel),
            round_id: Some(closed_round),
            help_cost: None,
            source: Source::InvolvementBudget,
            what_for: "Scoring the summer round (a day and a half)".into(),
            amount: Pence::from_pounds(150),
            paid_on: today,
            how_paid: HowPaid::FinanceProcess,
            note: String::new(),
            changed_mind: false,
        },
        PaymentInput {
            kind: PaymentKind::GivingViews,
            payee: Payee::Person(yusuf.id),
            round_id: None,
            help_cost: None,
            source: Source::InvolvementBudget,
            what_for: "Views on the round's questions at the Hillside workshop".into(),
            amount: Pence::from_pounds(40),
            paid_on: today,
            how_paid: HowPaid::Vouchers,
            note: "High-street vouchers, as he chose".into(),
            changed_mind: false,
        },
        PaymentInput {
            kind: PaymentKind::HelpToApply,
            payee: Payee::Group("Hillside Urdu Women's Circle".into()),
            round_id: None,
            help_cost: Some(HelpCost::Interpreter),
            source: Source::VcsePot,
            what_for: "Urdu interpreter for the application session at the hub".into(),
            amount: Pence::from_pounds(85),
            paid_on: today,
            how_paid: HowPaid::FinanceProcess,
            note: String::new(),
            changed_mind: false,
        },
    ];
    for payment in &payments {
        record_payment(conn, lead, programme_id, year, payment, now).map_err(fail)?;
    }
    Ok(())
}
