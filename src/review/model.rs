//! Assignment and review rows.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{panel_assignments, review_scores, reviews};

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = panel_assignments)]
pub struct Assignment {
    pub id: i64,
    pub bid_id: i64,
    pub panel_member_id: i64,
    pub assigned_by: Option<i64>,
    pub assigned_at: NaiveDateTime,
    pub conflict_declared_at: Option<NaiveDateTime>,
    pub conflict_note: String,
}

impl Assignment {
    pub fn has_conflict(&self) -> bool {
        self.conflict_declared_at.is_some()
    }
}

/// What a panel member recommends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    Fund,
    DoNotFund,
    Discuss,
}

impl Recommendation {
    pub const ALL: [Recommendation; 3] = [Recommendation::Fund, Recommendation::DoNotFund, Recommendation::Discuss];

    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::Fund => "fund",
            Recommendation::DoNotFund => "do_not_fund",
            Recommendation::Discuss => "discuss",
        }
    }

    pub fn parse(text: &str) -> Option<Recommendation> {
        Recommendation::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// The key of the recommendation's words (`panel-recommendation-…`).
    pub fn label_key(self) -> &'static str {
        match self {
            Recommendation::Fund => "panel-recommendation-fund",
            Recommendation::DoNotFund => "panel-recommendation-do-not-fund",
            Recommendation::Discuss => "panel-recommendation-discuss",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = reviews)]
pub struct Review {
    pub id: i64,
    pub bid_id: i64,
    pub reviewer_id: i64,
    pub comment: String,
    pub recommendation: Option<String>,
    pub watched: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
}

impl Review {
    pub fn recommendation(&self) -> Option<Recommendation> {
        self.recommendation.as_deref().and_then(Recommendation::parse)
    }

    pub fn is_submitted(&self) -> bool {
        self.submitted_at.is_some()
    }
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = review_scores)]
pub struct Score {
    pub id: i64,
    pub review_id: i64,
    pub criterion_id: i64,
    pub score: i32,
}
