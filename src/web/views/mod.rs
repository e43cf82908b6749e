//! HTML, written with maud: functions that return `Markup`, one page function per screen, and
//! small shared components. maud escapes everything it interpolates; `PreEscaped` is used only on
//! markup we build ourselves (or markdown cleaned by ammonia).

pub mod accounts;
pub mod admin_users;
pub mod areas;
pub mod awards;
pub mod bank_details;
pub mod bids;
pub mod charts;
pub mod components;
pub mod dashboard;
pub mod decisions;
pub mod directory;
pub mod errors;
pub mod grants;
pub mod group_word;
pub mod groups;
pub mod hosts;
pub mod involvement;
pub mod languages;
pub mod layout;
pub mod manage;
pub mod markdown;
pub mod measures;
pub mod notices;
pub mod outreach;
pub mod panel;
pub mod payment_runs;
pub mod public;
pub mod reports;
pub mod reservations;
pub mod team;
pub mod tracker;
pub mod translations;
pub mod two_factor;

pub use layout::{PageCtx, page};
