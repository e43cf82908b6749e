//! Involvement payments (issue #18, co-production): what a programme pays people for their time
//! and costs — lived-experience panel members per round scored, people giving views, and
//! help-to-apply costs for a group — and the involvement budget they come from.
//!
//! The involvement budget is an account of its own, one per programme and financial year, with
//! its own append-only ledger (`involvement_entries`): payments to people are not VCSE money, and
//! an involvement movement has no column that could name a pot, so the ring-fence's committed and
//! paid cannot move. Only a help-to-apply cost for a group may come from the VCSE pot instead, at
//! the lead's choice, as the pot ledger's own kind `help_to_apply` (`funds::EntryKind`). The
//! portal records how each person was paid (the finance team's own process, or vouchers), never
//! anyone's bank details. See docs/ARCHITECTURE.md §10.

pub mod actions;
pub mod model;
pub mod queries;
pub mod rules;

pub use model::{BudgetBalances, Choice, HelpCost, HowPaid, PaymentKind, Source};
