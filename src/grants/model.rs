//! Payment and report rows.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{grant_reports, payments};
use crate::measures::ReportAnswer;
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

/// A report's row. Its old `people_reached` and `activities` columns are not read: since the
/// programme's measures (`crate::measures`), those numbers are answers like any other (the
/// migration copied them into `report_answers`) and new reports write 0 there.
#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = grant_reports)]
pub struct GrantReportRow {
    pub id: i64,
    pub bid_id: i64,
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

/// A sent report with its answers to the programme's measures, as they were asked.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GrantReport {
    #[serde(flatten)]
    pub row: GrantReportRow,
    pub answers: Vec<ReportAnswer>,
}

impl std::ops::Deref for GrantReport {
    type Target = GrantReportRow;

    fn deref(&self) -> &GrantReportRow {
        &self.row
    }
}
