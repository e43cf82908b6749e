//! Who is missing, and inviting them to apply: the groups known to the portal that have never
//! sent a bid to a programme, counted by area and by how they describe themselves, and the
//! lead's invitation to an open round (an email through the outbox, once per group per round,
//! throttled).
//!
//! `rules` is pure (counting, what may be shown, the throttle's numbers); `queries` reads;
//! `actions` writes the invitation with its audit event and emails in one transaction.

pub mod actions;
pub mod queries;
pub mod rules;

pub use rules::{AreaLabel, Described, KnownGroup};
