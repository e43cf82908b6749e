//! After the award: the group accepts (or turns down) the offer, the lead records payments,
//! the group sends a light end-of-grant report, and the grant is completed, with any money not
//! paid released back to the pot as underspend. Also the reminders for reports and the
//! deletion of old recordings.

pub mod actions;
pub mod housekeeping;
pub mod instalments;
pub mod model;
pub mod queries;
pub mod rules;

pub use model::{GrantReport, Payment};
