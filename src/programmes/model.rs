//! The programme row.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::programmes;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = programmes)]
pub struct Programme {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub funder_name: String,
    /// The funder's organisation identifier, e.g. an ICB's `GB-NHS-…` code.
    pub funder_org_id: String,
    /// The 360Giving identifier prefix grants are published under, e.g. `360G-abcicb`.
    pub identifier_prefix: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}
