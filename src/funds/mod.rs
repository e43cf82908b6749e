//! Ring-fenced money: a pot per programme and UK financial year, and the append-only ledger
//! every movement of money goes through. Balances are always sums of the ledger.

pub mod actions;
pub mod ledger;
pub mod queries;
pub mod rules;
pub mod year;

pub use ledger::{Balances, EntryKind};
pub use year::FinancialYear;
