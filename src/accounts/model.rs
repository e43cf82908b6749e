//! Rows and values for people, their roles, sessions and email links.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{account_tokens, people, role_grants, sessions};
use crate::i18n::Tr;

/// Someone with an account.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = people)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub password_hash: String,
    pub email_verified_at: Option<NaiveDateTime>,
    pub is_site_admin: bool,
    pub disabled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The language the person reads the portal in (a `locales/` code); emails go out in it.
    pub language: Option<String>,
    /// Whether the person wants the emails before a round closes about their group's unsent
    /// draft (on unless they turned them off on their account page).
    pub deadline_reminders: bool,
    /// Keeps the community directory current (approves, edits and hides listings): a site-wide
    /// role, as the directory belongs to the installation rather than to one programme.
    pub is_directory_editor: bool,
}

impl Person {
    pub fn is_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }

    pub fn is_disabled(&self) -> bool {
        self.disabled_at.is_some()
    }

    /// Whether the person chose a password; without one they sign in by emailed links.
    pub fn has_password(&self) -> bool {
        !self.password_hash.is_empty()
    }

    /// The language to write to the person in (emails): the one they saved, or the source
    /// language when they have none.
    pub fn tr(&self) -> Tr {
        Tr::for_saved(self.language.as_deref())
    }
}

#[derive(Insertable)]
#[diesel(table_name = people)]
pub struct NewPerson<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub password_hash: &'a str,
    pub email_verified_at: Option<NaiveDateTime>,
    pub is_site_admin: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// What someone does in one programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgrammeRole {
    Lead,
    Panel,
    Connector,
}

impl ProgrammeRole {
    pub const ALL: [ProgrammeRole; 3] = [ProgrammeRole::Lead, ProgrammeRole::Panel, ProgrammeRole::Connector];

    pub fn as_str(self) -> &'static str {
        match self {
            ProgrammeRole::Lead => "lead",
            ProgrammeRole::Panel => "panel",
            ProgrammeRole::Connector => "connector",
        }
    }

    pub fn parse(text: &str) -> Option<ProgrammeRole> {
        ProgrammeRole::ALL.into_iter().find(|role| role.as_str() == text)
    }

    /// The message key of the role's name on pages ("Programme lead").
    pub fn label_key(self) -> &'static str {
        match self {
            ProgrammeRole::Lead => "accounts-role-lead",
            ProgrammeRole::Panel => "accounts-role-panel",
            ProgrammeRole::Connector => "accounts-role-connector",
        }
    }
}

/// A role granted in one programme.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = role_grants)]
pub struct RoleGrantRow {
    pub id: i64,
    pub person_id: i64,
    pub programme_id: i64,
    pub role: String,
    pub lived_experience: bool,
    pub granted_by: Option<i64>,
    pub granted_at: NaiveDateTime,
}

/// A role grant with its programme's name, as pages and permission checks use it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RoleGrant {
    pub id: i64,
    pub programme_id: i64,
    pub programme_name: String,
    pub role: ProgrammeRole,
    pub lived_experience: bool,
}

#[derive(Insertable)]
#[diesel(table_name = role_grants)]
pub struct NewRoleGrant {
    pub person_id: i64,
    pub programme_id: i64,
    pub role: &'static str,
    pub lived_experience: bool,
    pub granted_by: Option<i64>,
    pub granted_at: NaiveDateTime,
}

/// A signed-in session as stored.
#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = sessions)]
pub struct SessionRow {
    pub id: i64,
    pub person_id: i64,
    #[serde(skip)]
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub user_agent: Option<String>,
    /// When this session passed the second step of signing in.
    pub second_factor_at: Option<NaiveDateTime>,
}

#[derive(Insertable)]
#[diesel(table_name = sessions)]
pub struct NewSession<'a> {
    pub person_id: i64,
    pub token_hash: &'a str,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub user_agent: Option<&'a str>,
    pub second_factor_at: Option<NaiveDateTime>,
}

/// Why an email link was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
        }
    }

    /// How long a link works: an hour to reset a password (it signs in), a week to confirm an
    /// address (people read email late).
    pub fn lifetime(self) -> chrono::Duration {
        match self {
            TokenPurpose::VerifyEmail => chrono::Duration::days(7),
            TokenPurpose::ResetPassword => chrono::Duration::hours(1),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = account_tokens)]
pub struct AccountToken {
    pub id: i64,
    pub person_id: i64,
    pub purpose: String,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}
