//! smallgrants: a small-grants portal for the money NHS community mental health programmes
//! ring-fence for the voluntary and community sector.
//!
//! Layout: `config` and `db` are the foundations; domain modules (`audit`, `notifications`,
//! `storage` …) hold rules and queries with no web types; `web` turns HTTP into calls on them;
//! `commands` are what the binary's sub-commands do.

pub mod accounts;
pub mod audit;
pub mod bank_details;
pub mod bids;
pub mod commands;
pub mod config;
pub mod db;
pub mod decisions;
pub mod demo;
pub mod directory;
pub mod exports;
pub mod forms;
pub mod funds;
pub mod grants;
pub mod groups;
pub mod i18n;
pub mod involvement;
pub mod measures;
pub mod money;
pub mod notices;
pub mod notifications;
pub mod opendata;
pub mod outreach;
pub mod payment_runs;
pub mod programmes;
pub mod reports;
pub mod review;
pub mod rounds;
pub mod storage;
pub mod time;
pub mod tracker;
pub mod web;
