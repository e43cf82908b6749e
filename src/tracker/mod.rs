//! A programme's tracker: the decisions and pieces of work people can influence (what is
//! planned, open for views, in progress and decided, with what can and cannot change), each
//! round with its stages and dates, and "you said, we did" once a decision is made. Signed-in
//! people give their views on open items; only the programme's leads read them and answer each
//! person. Public at `/programmes/{slug}/tracker`.

pub mod actions;
pub mod model;
pub mod queries;
pub mod rules;

pub use model::{Item, ItemStatus, View, ViewWithPerson};
