//! Payment and report rows.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{grant_reports, payments};
use crate::money::Pence;

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = payments)]
pub struct Payment {
    pub id: i64,
    pub award_id: i64,
    pub amount_pence: i64,
    pub paid_on: NaiveDate,
    pub reference: String,
    pub recorded_by: i64,
    pub recorded_at: NaiveDateTime,
}

impl Payment {
    pub fn amount(&self) -> Pence {
        Pence(self.amount_pence)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = grant_reports)]
pub struct GrantReport {
    pub id: i64,
    pub bid_id: i64,
    pub people_reached: i32,
    pub activities: i32,
    pub story: String,
    pub video_url: String,
    #[serde(skip)]
    pub recording_key: Option<String>,
    pub recording_type: Option<String>,
    pub recording_size: Option<i64>,
    pub spent_as_planned: bool,
    pub explanation: String,
    pub submitted_by: i64,
    pub submitted_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}
