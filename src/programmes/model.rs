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
    /// The name groups know the team by ("Riverside Community Grants Team"); empty: the funder's.
    pub team_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    /// When someone answers the phone ("Monday to Friday, 9am to 5pm"), in the team's words.
    pub contact_hours: String,
    /// The logo in file storage, if one was uploaded, and its image type.
    pub logo_key: Option<String>,
    pub logo_content_type: Option<String>,
    /// The data controller for the programme's bids and grants; empty: the funder.
    pub privacy_controller: String,
    pub privacy_contact: String,
    /// How to reach the data protection officer.
    pub privacy_dpo: String,
    /// How long bids and grants are kept, in the team's words; empty: the usual six years.
    pub records_retention: String,
    /// Anything more for the privacy notice (markdown, cleaned when shown).
    pub privacy_notes: String,
    /// Who a lead passes a worry about someone's safety to (a view on the tracker, say); empty:
    /// none named yet, and the lead is told to name one before passing anything on.
    pub safeguarding_name: String,
    pub safeguarding_email: String,
}

/// Who runs a programme and how to reach a person there, as groups see it: on the round cards
/// and pages, on a bid's pages, in the footer of the programme's pages, and as the Reply-To
/// and signature of every email about its bids and grants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Team {
    pub programme_slug: String,
    pub programme_name: String,
    pub funder_name: String,
    /// The team's own name, or the funder's when none was given.
    pub name: String,
    /// The team's address, or the installation's contact address when the team has none yet
    /// (empty only when neither is set).
    pub email: String,
    pub phone: String,
    pub hours: String,
    pub has_logo: bool,
}

impl Programme {
    /// The programme's team as groups see it; `fallback_email` (the installation's contact
    /// address) stands in for a team that has not given one.
    pub fn team(&self, fallback_email: &str) -> Team {
        let or = |value: &str, fallback: &str| {
            if value.trim().is_empty() { fallback.to_string() } else { value.to_string() }
        };
        Team {
            programme_slug: self.slug.clone(),
            programme_name: self.name.clone(),
            funder_name: self.funder_name.clone(),
            name: or(&self.team_name, &self.funder_name),
            email: or(&self.contact_email, fallback_email),
            phone: self.contact_phone.clone(),
            hours: self.contact_hours.clone(),
            has_logo: self.logo_key.is_some(),
        }
    }

    /// The data controller named in the privacy notice: the one given, or the funder.
    pub fn controller(&self) -> &str {
        if self.privacy_controller.trim().is_empty() { &self.funder_name } else { &self.privacy_controller }
    }
}
