//! Creating and changing programmes and appointing their leads.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::areas::{AreaInput, free_text_key};
use super::model::Programme;
use super::queries;
use super::rules::ProgrammeInput;
use crate::accounts::{ProgrammeRole, actions as account_actions, queries as people};
use crate::audit::{self, NewEvent};
use crate::db::schema::{area_mappings, bid_areas, bid_sent_profiles, bids, programme_areas, programmes, rounds};
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
        // A new programme asks the two numbers every report asked before measures could be
        // chosen, worded in its creator's language; its leads change them with the community.
        let tr = crate::accounts::queries::find_person(conn, actor)?.map(|person| person.tr()).unwrap_or_default();
        crate::measures::actions::add_defaults(conn, id, tr, now)?;
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
                programmes::safeguarding_name.eq(&input.safeguarding_name),
                programmes::safeguarding_email.eq(&input.safeguarding_email),
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

/// Why a change to the programme's areas was refused.
#[derive(Debug, thiserror::Error)]
pub enum AreaError {
    #[error("the form has problems")]
    Invalid(FieldErrors),
    /// Bids (or mapped free-text areas) name the area: removing it would lose where they serve.
    #[error("the area is in use")]
    InUse { bids: i64 },
    #[error("no such area in this programme")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Another area of the programme took the name between the check and the save.
fn name_taken(error: diesel::result::Error, name: &str) -> AreaError {
    match error {
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => {
            AreaError::Invalid(FieldErrors::single("name", Message::new("areas-error-name-taken").arg("name", name)))
        }
        other => other.into(),
    }
}

fn area_details(input: &AreaInput) -> Option<serde_json::Value> {
    Some(serde_json::json!({"name": input.name, "kind": input.kind.key(), "postcodes": input.postcodes}))
}

/// Adds an area to the programme's list.
pub fn add_area(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    input: &AreaInput,
    now: NaiveDateTime,
) -> Result<i64, AreaError> {
    write_transaction(conn, |conn| {
        let id: i64 = diesel::insert_into(programme_areas::table)
            .values((
                programme_areas::programme_id.eq(programme_id),
                programme_areas::name.eq(&input.name),
                programme_areas::kind.eq(input.kind.key()),
                programme_areas::postcodes.eq(&input.postcodes),
                programme_areas::created_at.eq(now),
            ))
            .returning(programme_areas::id)
            .get_result(conn)
            .map_err(|error| name_taken(error, &input.name))?;
        let event = NewEvent::about("programme_area", id, Some(actor), "area_added").with_details(area_details(input));
        audit::record(conn, &event, now)?;
        Ok(id)
    })
}

/// Renames an area, or changes its kind or postcodes. Bids that serve it keep serving it.
pub fn change_area(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    area_id: i64,
    input: &AreaInput,
    now: NaiveDateTime,
) -> Result<(), AreaError> {
    write_transaction(conn, |conn| {
        let before: Option<String> = programme_areas::table
            .filter(programme_areas::id.eq(area_id).and(programme_areas::programme_id.eq(programme_id)))
            .select(programme_areas::name)
            .first(conn)
            .optional()?;
        let before = before.ok_or(AreaError::NotFound)?;
        diesel::update(programme_areas::table.find(area_id))
            .set((
                programme_areas::name.eq(&input.name),
                programme_areas::kind.eq(input.kind.key()),
                programme_areas::postcodes.eq(&input.postcodes),
            ))
            .execute(conn)
            .map_err(|error| name_taken(error, &input.name))?;
        let mut event = NewEvent::about("programme_area", area_id, Some(actor), "area_changed");
        event.from_state = Some(&before);
        audit::record(conn, &event.with_details(area_details(input)), now)?;
        Ok(())
    })
}

/// Removes an area no bid names (directly or through a mapped free-text area).
pub fn remove_area(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    area_id: i64,
    now: NaiveDateTime,
) -> Result<(), AreaError> {
    write_transaction(conn, |conn| {
        let name: Option<String> = programme_areas::table
            .filter(programme_areas::id.eq(area_id).and(programme_areas::programme_id.eq(programme_id)))
            .select(programme_areas::name)
            .first(conn)
            .optional()?;
        let name = name.ok_or(AreaError::NotFound)?;
        let serving: i64 = bid_areas::table.filter(bid_areas::area_id.eq(area_id)).count().get_result(conn)?;
        let mapped: Vec<String> = area_mappings::table
            .filter(area_mappings::area_id.eq(area_id))
            .select(area_mappings::free_text)
            .load(conn)?;
        let through_mapping = if mapped.is_empty() {
            0
        } else {
            let kept: Vec<String> = bid_sent_profiles::table
                .inner_join(bids::table.inner_join(rounds::table))
                .filter(rounds::programme_id.eq(programme_id))
                .select(bid_sent_profiles::area)
                .load(conn)?;
            kept.iter().filter(|typed| mapped.contains(&free_text_key(typed))).count() as i64
        };
        if serving + through_mapping > 0 || !mapped.is_empty() {
            return Err(AreaError::InUse { bids: serving + through_mapping });
        }
        diesel::delete(programme_areas::table.find(area_id)).execute(conn)?;
        let event = NewEvent::about("programme_area", area_id, Some(actor), "area_removed")
            .with_details(Some(serde_json::json!({"name": name})));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// Maps a free-text area (as groups typed it) to one of the programme's areas, replacing an
/// earlier mapping of the same text.
pub fn map_free_text(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    typed: &str,
    area_id: i64,
    now: NaiveDateTime,
) -> Result<(), AreaError> {
    let key = free_text_key(typed);
    write_transaction(conn, |conn| {
        let area: Option<String> = programme_areas::table
            .filter(programme_areas::id.eq(area_id).and(programme_areas::programme_id.eq(programme_id)))
            .select(programme_areas::name)
            .first(conn)
            .optional()?;
        let area = area.ok_or(AreaError::NotFound)?;
        if key.is_empty() {
            return Err(AreaError::NotFound);
        }
        diesel::delete(
            area_mappings::table
                .filter(area_mappings::programme_id.eq(programme_id))
                .filter(area_mappings::free_text.eq(&key)),
        )
        .execute(conn)?;
        diesel::insert_into(area_mappings::table)
            .values((
                area_mappings::programme_id.eq(programme_id),
                area_mappings::free_text.eq(&key),
                area_mappings::area_id.eq(area_id),
            ))
            .execute(conn)?;
        let details = serde_json::json!({"free_text": typed, "area_id": area_id, "area": area});
        let event = NewEvent::about("programme", programme_id, Some(actor), "area_mapped").with_details(Some(details));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}
