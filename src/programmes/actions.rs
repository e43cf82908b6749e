//! Creating and changing programmes and appointing their leads.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::Programme;
use super::queries;
use super::rules::ProgrammeInput;
use crate::accounts::{ProgrammeRole, actions as account_actions, queries as people};
use crate::audit::{self, NewEvent};
use crate::db::schema::programmes;
use crate::db::{DbConn, write_transaction};
use crate::forms::FieldErrors;
use crate::i18n::Message;

#[derive(Debug, thiserror::Error)]
pub enum ProgrammeError {
    #[error("the form has problems")]
    Invalid(FieldErrors),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

fn slug_taken(conn: &mut DbConn, slug: &str, except: Option<i64>) -> QueryResult<bool> {
    let found: Option<i64> =
        programmes::table.filter(programmes::slug.eq(slug)).select(programmes::id).first(conn).optional()?;
    Ok(found.is_some_and(|id| Some(id) != except))
}

pub fn create(
    conn: &mut DbConn,
    actor: i64,
    input: &ProgrammeInput,
    now: NaiveDateTime,
) -> Result<Programme, ProgrammeError> {
    write_transaction(conn, |conn| {
        if slug_taken(conn, &input.slug, None)? {
            return Err(ProgrammeError::Invalid(FieldErrors::single("slug", "manage-programme-error-slug-taken")));
        }
        let id: i64 = diesel::insert_into(programmes::table)
            .values((
                programmes::slug.eq(&input.slug),
                programmes::name.eq(&input.name),
                programmes::description.eq(&input.description),
                programmes::funder_name.eq(&input.funder_name),
                programmes::funder_org_id.eq(&input.funder_org_id),
                programmes::identifier_prefix.eq(&input.identifier_prefix),
                programmes::created_at.eq(now),
                programmes::updated_at.eq(now),
            ))
            .returning(programmes::id)
            .get_result(conn)?;
        audit::record(conn, &NewEvent::about("programme", id, Some(actor), "programme_created"), now)?;
        Ok(queries::find(conn, id)?.expect("just inserted"))
    })
}

pub fn update(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    input: &ProgrammeInput,
    now: NaiveDateTime,
) -> Result<(), ProgrammeError> {
    write_transaction(conn, |conn| {
        if slug_taken(conn, &input.slug, Some(programme_id))? {
            return Err(ProgrammeError::Invalid(FieldErrors::single("slug", "manage-programme-error-slug-taken")));
        }
        diesel::update(programmes::table.find(programme_id))
            .set((
                programmes::slug.eq(&input.slug),
                programmes::name.eq(&input.name),
                programmes::description.eq(&input.description),
                programmes::funder_name.eq(&input.funder_name),
                programmes::funder_org_id.eq(&input.funder_org_id),
                programmes::identifier_prefix.eq(&input.identifier_prefix),
                programmes::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(conn, &NewEvent::about("programme", programme_id, Some(actor), "programme_updated"), now)?;
        Ok(())
    })
}

/// Makes the person with `email` a lead of the programme. They must already have an account
/// (leads are told to register first, so nobody receives an account they did not ask for).
pub fn appoint_lead(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    email: &str,
    now: NaiveDateTime,
) -> Result<(), ProgrammeError> {
    let Some(person) = people::find_by_email(conn, email)? else {
        return Err(ProgrammeError::Invalid(FieldErrors::single("email", "manage-programme-error-no-account")));
    };
    account_actions::grant_role(conn, actor, person.id, programme_id, ProgrammeRole::Lead, false, now).map_err(
        |error| match error {
            account_actions::AccountError::Database(error) => ProgrammeError::Database(error),
            other => ProgrammeError::Invalid(FieldErrors::single(
                "email",
                other.message().unwrap_or_else(|| Message::new("manage-programme-error-not-appointed")),
            )),
        },
    )
}

/// Saves who runs the programme, how to reach them and the programme's part of the privacy
/// notice.
pub fn update_contact(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    input: &super::contact::ContactInput,
    now: NaiveDateTime,
) -> QueryResult<()> {
    write_transaction(conn, |conn| {
        diesel::update(programmes::table.find(programme_id))
            .set((
                programmes::team_name.eq(&input.team_name),
                programmes::contact_email.eq(&input.contact_email),
                programmes::contact_phone.eq(&input.contact_phone),
                programmes::contact_hours.eq(&input.contact_hours),
                programmes::privacy_controller.eq(&input.privacy_controller),
                programmes::privacy_contact.eq(&input.privacy_contact),
                programmes::privacy_dpo.eq(&input.privacy_dpo),
                programmes::records_retention.eq(&input.records_retention),
                programmes::privacy_notes.eq(&input.privacy_notes),
                programmes::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(conn, &NewEvent::about("programme", programme_id, Some(actor), "programme_contact_updated"), now)
    })
}

/// Puts a newly stored logo on the programme; returns the key of the one it replaces, for the
/// caller to delete from storage once this has been saved.
pub fn set_logo(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    logo: Option<(&str, &str)>,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    write_transaction(conn, |conn| {
        let replaced: Option<String> = programmes::table.find(programme_id).select(programmes::logo_key).first(conn)?;
        diesel::update(programmes::table.find(programme_id))
            .set((
                programmes::logo_key.eq(logo.map(|(key, _)| key)),
                programmes::logo_content_type.eq(logo.map(|(_, content_type)| content_type)),
                programmes::updated_at.eq(now),
            ))
            .execute(conn)?;
        let kind = if logo.is_some() { "programme_logo_changed" } else { "programme_logo_removed" };
        audit::record(conn, &NewEvent::about("programme", programme_id, Some(actor), kind), now)?;
        Ok(replaced)
    })
}
