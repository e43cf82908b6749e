//! Round and criterion rows.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{round_criteria, rounds};
use crate::money::Pence;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = rounds)]
pub struct Round {
    pub id: i64,
    pub programme_id: i64,
    pub pot_id: i64,
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub min_award_pence: i64,
    pub max_award_pence: i64,
    /// Markdown: who may apply.
    pub eligibility: String,
    /// Markdown: what the money can be used for.
    pub uses: String,
    pub decision_target_on: NaiveDate,
    pub panel_size: i32,
    /// Set when the first bid is submitted; criteria cannot change after that.
    pub criteria_frozen_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// When the lead closed panel scoring; submitted reviews can be changed until then.
    pub panel_closed_at: Option<NaiveDateTime>,
}

/// Where a round is in its life, by the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundStatus {
    Upcoming,
    Open,
    Closed,
}

impl Round {
    pub fn status(&self, now: NaiveDateTime) -> RoundStatus {
        if now < self.opens_at {
            RoundStatus::Upcoming
        } else if now < self.closes_at {
            RoundStatus::Open
        } else {
            RoundStatus::Closed
        }
    }

    pub fn min_award(&self) -> Pence {
        Pence(self.min_award_pence)
    }

    pub fn max_award(&self) -> Pence {
        Pence(self.max_award_pence)
    }

    pub fn criteria_frozen(&self) -> bool {
        self.criteria_frozen_at.is_some()
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = rounds)]
pub struct NewRound<'a> {
    pub programme_id: i64,
    pub pot_id: i64,
    pub slug: &'a str,
    pub name: &'a str,
    pub summary: &'a str,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub min_award_pence: i64,
    pub max_award_pence: i64,
    pub eligibility: &'a str,
    pub uses: &'a str,
    pub decision_target_on: NaiveDate,
    pub panel_size: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A scoring criterion with a description of every score from 1 to 5.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = round_criteria)]
pub struct Criterion {
    pub id: i64,
    pub round_id: i64,
    /// The form field name panel members' scores arrive under (`need`, `reach`, …).
    pub key: String,
    pub title: String,
    pub description: String,
    pub weight: i32,
    pub position: i32,
    pub descriptor_1: String,
    pub descriptor_2: String,
    pub descriptor_3: String,
    pub descriptor_4: String,
    pub descriptor_5: String,
}

impl Criterion {
    /// The descriptions of scores 1 to 5, in order.
    pub fn descriptors(&self) -> [&str; 5] {
        [&self.descriptor_1, &self.descriptor_2, &self.descriptor_3, &self.descriptor_4, &self.descriptor_5]
    }
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = round_criteria)]
pub struct CriterionFields {
    pub key: String,
    pub title: String,
    pub description: String,
    pub weight: i32,
    pub descriptor_1: String,
    pub descriptor_2: String,
    pub descriptor_3: String,
    pub descriptor_4: String,
    pub descriptor_5: String,
}
