//! Payment runs: the lead chooses the instalments due, gets a file for the finance team (the
//! bulk Bacs layout, or the layout the site admin set for the finance system), and marks the
//! run paid once the money has gone. Only then do the payments enter the ledger, all of them or
//! none (`actions::mark_paid`). A run is made only of payments whose bank details a second
//! person has confirmed; any other is named and left out.

pub mod actions;
pub mod files;
pub mod layout;
pub mod model;
pub mod queries;

pub use model::{PaymentRun, RunStanding};
