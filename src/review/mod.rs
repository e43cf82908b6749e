//! Panel review: who scores which bid (balanced, with lived experience on every panel where
//! possible), conflicts of interest, reviews and scores, and the round's ranking.

pub mod actions;
pub mod assignment;
pub mod deadline;
pub mod model;
pub mod queries;
pub mod ranking;
pub mod scoring;

pub use model::{Assignment, Recommendation, Review};
