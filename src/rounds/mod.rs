//! Rounds: calls for bids drawing on a pot, with their dates, limits, guidance and the
//! criteria panels score on, and the yes/no questions a group answers before applying.

pub mod actions;
pub mod eligibility;
pub mod model;
pub mod queries;
pub mod reservations;
pub mod rules;

pub use model::{Criterion, EligibilityQuestion, Round, RoundStatus};
