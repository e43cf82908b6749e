//! Co-produced end-of-grant measures (issue #18): each programme asks its own few questions at
//! the end of a grant, in the words its community chose, and marks those that count toward a
//! national measure. Each sent report keeps a copy of the questions it was asked beside the
//! answers (`report_answers`), so changing or retiring a measure later never changes an old
//! report or its sums. The lead's measures report sums the answers by round, pot and financial
//! year (`summary`).

pub mod actions;
pub mod model;
pub mod queries;
pub mod rules;
pub mod summary;

pub use model::{Measure, MeasureKind, NationalMeasure, Question, ReportAnswer};
