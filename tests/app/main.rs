//! HTTP-level and process-level tests. Each journey has its own module; tests that touch the
//! database run on SQLite and on PostgreSQL (`on_both_databases!`).

mod common;

mod accounts;
mod admin_users;
mod areas;
mod bank_details;
mod bids;
mod cli;
mod closing_day;
mod csrf;
mod directory;
mod eligibility;
mod fairness;
mod faults;
mod grants;
mod group_word;
mod groups;
mod health_and_pages;
mod hosts;
mod instalments;
mod involvement;
mod journey;
mod kept_pages;
mod languages;
mod measures;
mod migrations;
mod notices;
mod open_data;
mod openreferral;
mod outbox;
mod outreach;
mod panel_deadline;
mod payment_runs;
mod programmes;
mod query_budget;
mod reminders;
mod reports;
mod review;
mod s3;
mod storage;
mod tracker;
mod two_factor;
