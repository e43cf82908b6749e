//! The installation's own notices, which a site admin writes: who runs the portal (the data
//! controller for accounts) and its part of the privacy notice, and the accessibility
//! statement public sector bodies must publish. Until a site admin saves them the pages show
//! defaults from the configuration, so a new installation is never blank.

pub mod actions;
pub mod rules;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::site_notices;

/// The one row's id.
pub const ROW_ID: i64 = 1;

/// When the default accessibility statement was prepared: the date its words were last checked
/// against this portal (its browser tests run axe on every page in every language).
pub fn default_statement_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).expect("a real date")
}

/// How far the portal meets the accessibility standard, in the statement's three words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compliance {
    Full,
    Partial,
    NotCompliant,
}

impl Compliance {
    pub const ALL: [Compliance; 3] = [Compliance::Full, Compliance::Partial, Compliance::NotCompliant];

    pub fn as_str(self) -> &'static str {
        match self {
            Compliance::Full => "full",
            Compliance::Partial => "partial",
            Compliance::NotCompliant => "not",
        }
    }

    pub fn parse(text: &str) -> Option<Compliance> {
        Compliance::ALL.into_iter().find(|status| status.as_str() == text)
    }

    /// The statement's sentence for this status.
    pub fn sentence_key(self) -> &'static str {
        match self {
            Compliance::Full => "pages-accessibility-status-full",
            Compliance::Partial => "pages-accessibility-status-partial",
            Compliance::NotCompliant => "pages-accessibility-status-not",
        }
    }

    /// The status's name on the admin's form.
    pub fn label_key(self) -> &'static str {
        match self {
            Compliance::Full => "notices-status-full",
            Compliance::Partial => "notices-status-partial",
            Compliance::NotCompliant => "notices-status-not",
        }
    }
}

/// The saved row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = site_notices)]
struct Row {
    operator_name: String,
    operator_contact: String,
    dpo_contact: String,
    privacy_notes: String,
    accessibility_status: String,
    accessibility_gaps: String,
    accessibility_contact: String,
    accessibility_prepared_on: NaiveDate,
    accessibility_reviewed_on: NaiveDate,
    updated_at: NaiveDateTime,
}

/// The installation's notices as the pages show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notices {
    /// Who runs the portal (the data controller for accounts); may be empty in a new
    /// installation without `operator_name` configured.
    pub operator_name: String,
    /// How to reach them about privacy and accessibility: an email address or a postal address.
    pub operator_contact: String,
    pub dpo_contact: String,
    /// Anything more for the privacy notice (markdown).
    pub privacy_notes: String,
    pub compliance: Compliance,
    /// What is not accessible (markdown); `None` until written: the page then lists what is
    /// known about this portal, in the reader's language.
    pub accessibility_gaps: Option<String>,
    pub accessibility_contact: String,
    pub prepared_on: NaiveDate,
    pub reviewed_on: NaiveDate,
    /// When a site admin last saved them; `None` for the defaults.
    pub saved_at: Option<NaiveDateTime>,
}

impl Notices {
    /// What the pages say before a site admin has written anything: from the configuration.
    pub fn defaults(config: &crate::config::Config) -> Notices {
        Notices {
            operator_name: config.operator_name.clone(),
            operator_contact: config.contact_email.clone(),
            dpo_contact: String::new(),
            privacy_notes: String::new(),
            compliance: Compliance::Partial,
            accessibility_gaps: None,
            accessibility_contact: config.contact_email.clone(),
            prepared_on: default_statement_date(),
            reviewed_on: default_statement_date(),
            saved_at: None,
        }
    }

    fn from_row(row: Row) -> Notices {
        Notices {
            operator_name: row.operator_name,
            operator_contact: row.operator_contact,
            dpo_contact: row.dpo_contact,
            privacy_notes: row.privacy_notes,
            compliance: Compliance::parse(&row.accessibility_status).unwrap_or(Compliance::Partial),
            accessibility_gaps: Some(row.accessibility_gaps),
            accessibility_contact: row.accessibility_contact,
            prepared_on: row.accessibility_prepared_on,
            reviewed_on: row.accessibility_reviewed_on,
            saved_at: Some(row.updated_at),
        }
    }
}

/// The notices as saved, or the defaults.
pub fn load(conn: &mut DbConn, config: &crate::config::Config) -> QueryResult<Notices> {
    let row = site_notices::table.find(ROW_ID).select(Row::as_select()).first(conn).optional()?;
    Ok(row.map_or_else(|| Notices::defaults(config), Notices::from_row))
}
