//! Bids: a group's light-touch application to a round, told by video, recording or a few
//! words; its lifecycle, files and reference.

pub mod actions;
pub mod deadlines;
pub mod files;
pub mod language;
pub mod lifecycle;
pub mod model;
pub mod places;
pub mod queries;
pub mod reference;
pub mod rules;
pub mod sent_profile;
pub mod transitions;
pub mod translation;
pub mod video;
pub mod word;

pub use lifecycle::{Actor, BidState, Transition};
pub use model::{Bid, BidFile};
