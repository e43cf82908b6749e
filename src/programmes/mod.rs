//! Programmes: a funder's scheme, with its leads, panel pool and connectors.

pub mod actions;
pub mod areas;
pub mod contact;
pub mod model;
pub mod queries;
pub mod rules;

pub use model::{Programme, Team};
