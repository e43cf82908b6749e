//! The community directory: what groups run (a weekly coffee morning, a walking group, a
//! carers' circle), published by the groups themselves, approved and kept current by directory
//! editors, searchable by anyone at `/directory`, and published in the Open Referral UK format
//! for social prescribers and link workers.

pub mod actions;
pub mod freshness;
pub mod model;
pub mod openreferral;
pub mod queries;
pub mod rules;

pub use model::{Category, Listing, ListingStatus};
