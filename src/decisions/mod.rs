//! The lead's decisions on bids: return with a question, not eligible, to the panel, award
//! (committing money from the round and the pot, exactly once), decline with feedback, waiting
//! list; one at a time or for a selection all-or-nothing.

pub mod actions;
pub mod model;
pub mod queries;
pub mod rules;
pub mod work;

pub use model::Award;
