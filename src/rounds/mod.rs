//! Rounds: calls for bids drawing on a pot, with their dates, limits, guidance and the
//! criteria panels score on.

pub mod actions;
pub mod model;
pub mod queries;
pub mod rules;

pub use model::{Criterion, Round, RoundStatus};
