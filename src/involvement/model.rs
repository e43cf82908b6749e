//! Involvement budgets, payments and choices as stored, and the typed values of their text
//! columns (an unknown value read back is an error, not a default).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{involvement_budgets, involvement_entries, involvement_payments};
use crate::funds::FinancialYear;
use crate::money::Pence;

/// Declares a text-backed enum with its stored text and the key of its label.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => ($text:literal, $label:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|value| value.as_str() == text)
            }

            /// The key of how it reads on a page.
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

text_enum!(
    /// What a payment was for.
    PaymentKind {
        /// A lived-experience panel member's time scoring a round's bids.
        PanelScoring => ("panel_scoring", "involvement-kind-panel-scoring"),
        /// A person's time giving their views (on the tracker's open items, a workshop…).
        GivingViews => ("giving_views", "involvement-kind-giving-views"),
        /// A cost paid so a group could apply: an interpreter, childcare, travel to a hub.
        HelpToApply => ("help_to_apply", "involvement-kind-help-to-apply"),
    }
);

text_enum!(
    /// How the money reached the person: never by the portal, never with their bank details.
    HowPaid {
        FinanceProcess => ("finance_process", "involvement-how-finance-process"),
        Vouchers => ("vouchers", "involvement-how-vouchers"),
    }
);

text_enum!(
    /// What a panel member has said about being paid for their time in a programme.
    Choice {
        FinanceProcess => ("finance_process", "involvement-choice-finance-process"),
        Vouchers => ("vouchers", "involvement-choice-vouchers"),
        Declined => ("declined", "involvement-choice-declined"),
    }
);

text_enum!(
    /// Which account paid.
    Source {
        InvolvementBudget => ("involvement_budget", "involvement-source-budget"),
        /// The ring-fenced VCSE pot: only for help-to-apply costs for a group.
        VcsePot => ("vcse_pot", "involvement-source-pot"),
    }
);

text_enum!(
    /// What a help-to-apply cost paid for.
    HelpCost {
        Interpreter => ("interpreter", "involvement-help-interpreter"),
        Childcare => ("childcare", "involvement-help-childcare"),
        Travel => ("travel", "involvement-help-travel"),
        Other => ("other", "involvement-help-other"),
    }
);

text_enum!(
    /// One movement of an involvement budget's money. Amounts are positive; the kind gives the
    /// direction.
    EntryKind {
        Allocation => ("allocation", "involvement-ledger-allocation"),
        Increase => ("increase", "involvement-ledger-increase"),
        Decrease => ("decrease", "involvement-ledger-decrease"),
        Payment => ("payment", "involvement-ledger-payment"),
    }
);

/// An involvement budget's position, summed from its ledger.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct BudgetBalances {
    /// The allocation with its corrections.
    pub allocated: Pence,
    pub paid: Pence,
}

impl BudgetBalances {
    pub fn from_totals(totals: impl IntoIterator<Item = (EntryKind, Pence)>) -> BudgetBalances {
        let mut b = BudgetBalances::default();
        for (kind, amount) in totals {
            match kind {
                EntryKind::Allocation | EntryKind::Increase => b.allocated += amount,
                EntryKind::Decrease => b.allocated = b.allocated - amount,
                EntryKind::Payment => b.paid += amount,
            }
        }
        b
    }

    /// What can still be paid.
    pub fn left(&self) -> Pence {
        self.allocated - self.paid
    }

    /// Never paid beyond what it holds.
    pub fn is_consistent(&self) -> bool {
        self.paid.0 >= 0 && self.paid <= self.allocated
    }
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = involvement_budgets)]
pub struct Budget {
    pub id: i64,
    pub programme_id: i64,
    pub financial_year: i32,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

impl Budget {
    pub fn year(&self) -> FinancialYear {
        FinancialYear(self.financial_year)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = involvement_entries)]
pub struct Entry {
    pub id: i64,
    pub budget_id: i64,
    pub kind: String,
    pub amount_pence: i64,
    pub payment_id: Option<i64>,
    pub reason: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// A payment as stored.
#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = involvement_payments)]
pub struct PaymentRow {
    pub id: i64,
    pub programme_id: i64,
    pub financial_year: i32,
    pub source: String,
    pub budget_id: Option<i64>,
    pub pot_id: Option<i64>,
    pub pot_entry_id: Option<i64>,
    pub kind: String,
    pub person_id: Option<i64>,
    pub group_name: Option<String>,
    pub help_cost: Option<String>,
    pub round_id: Option<i64>,
    pub what_for: String,
    pub amount_pence: i64,
    pub paid_on: NaiveDate,
    pub how_paid: String,
    pub note: String,
    pub declined_before: bool,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// A payment read back with its typed values and who was paid, for pages and spreadsheets.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Payment {
    pub id: i64,
    pub programme_id: i64,
    pub year: FinancialYear,
    pub source: Source,
    pub kind: PaymentKind,
    pub person_id: Option<i64>,
    /// The person's name, or the group's.
    pub payee: String,
    pub help_cost: Option<HelpCost>,
    pub round_id: Option<i64>,
    pub what_for: String,
    pub amount: Pence,
    pub paid_on: NaiveDate,
    pub how_paid: HowPaid,
    pub note: String,
    pub declined_before: bool,
    pub created_at: NaiveDateTime,
}

impl Payment {
    /// Types a stored row; `None` for a value the code does not know (a read error, not a default).
    pub fn from_row(row: PaymentRow, person_name: Option<String>) -> Option<Payment> {
        Some(Payment {
            id: row.id,
            programme_id: row.programme_id,
            year: FinancialYear(row.financial_year),
            source: Source::parse(&row.source)?,
            kind: PaymentKind::parse(&row.kind)?,
            person_id: row.person_id,
            payee: person_name.or(row.group_name).unwrap_or_default(),
            help_cost: match row.help_cost {
                Some(text) => Some(HelpCost::parse(&text)?),
                None => None,
            },
            round_id: row.round_id,
            what_for: row.what_for,
            amount: Pence(row.amount_pence),
            paid_on: row.paid_on,
            how_paid: HowPaid::parse(&row.how_paid)?,
            note: row.note,
            declined_before: row.declined_before,
            created_at: row.created_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_text() {
        for kind in PaymentKind::ALL {
            assert_eq!(PaymentKind::parse(kind.as_str()), Some(*kind));
        }
        for choice in Choice::ALL {
            assert_eq!(Choice::parse(choice.as_str()), Some(*choice));
        }
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(HowPaid::parse("bank_transfer"), None, "no way of paying that needs bank details");
    }

    #[test]
    fn the_budget_adds_up_from_its_ledger() {
        let b = BudgetBalances::from_totals([
            (EntryKind::Allocation, Pence::from_pounds(2_000)),
            (EntryKind::Increase, Pence::from_pounds(500)),
            (EntryKind::Decrease, Pence::from_pounds(100)),
            (EntryKind::Payment, Pence::from_pounds(300)),
            (EntryKind::Payment, Pence::from_pounds(80)),
        ]);
        assert_eq!(b.allocated, Pence::from_pounds(2_400));
        assert_eq!(b.paid, Pence::from_pounds(380));
        assert_eq!(b.left(), Pence::from_pounds(2_020));
        assert!(b.is_consistent());
        let over = BudgetBalances::from_totals([(EntryKind::Allocation, Pence(100)), (EntryKind::Payment, Pence(101))]);
        assert!(!over.is_consistent());
    }
}
