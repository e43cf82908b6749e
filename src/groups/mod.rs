//! Community groups: the organisations that apply, their members, and how they describe who
//! leads them and whom they serve (voluntary, kept apart from bids).

pub mod actions;
pub mod data;
pub mod dei;
pub mod lookalikes;
pub mod model;
pub mod queries;
pub mod rules;

pub use model::{Group, GroupKind, Member};
