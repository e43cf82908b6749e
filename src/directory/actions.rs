//! Changes to the directory: a group adds or changes a listing or says it is still current; an
//! editor approves, hides or shows it again. Each change runs in one transaction with its audit
//! event.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::ListingStatus;
use super::rules::{ListingInput, search_body};
use crate::audit::{self, NewEvent};
use crate::db::schema::{directory_categories, directory_listing_categories, directory_listings};
use crate::db::{DbConn, lock_row, write_transaction};

/// Why a change to a listing did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ListingError {
    #[error("no such listing")]
    NotFound,
    #[error("the listing is already {0}")]
    AlreadyThere(&'static str),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// A new listing from a group, waiting for an editor. Answers its id.
pub fn add(
    conn: &mut DbConn,
    person_id: i64,
    group_id: i64,
    input: &ListingInput,
    now: NaiveDateTime,
) -> Result<i64, ListingError> {
    write_transaction(conn, |conn| {
        let id: i64 = diesel::insert_into(directory_listings::table)
            .values((
                directory_listings::group_id.eq(group_id),
                directory_listings::status.eq(ListingStatus::Pending.key()),
                directory_listings::created_at.eq(now),
                directory_listings::confirmed_at.eq(now),
                directory_listings::updated_at.eq(now),
                directory_listings::name.eq(&input.name),
                directory_listings::description.eq(&input.description),
                directory_listings::schedule.eq(input.schedule.key()),
                directory_listings::how_to_join.eq(input.how_to_join.key()),
            ))
            .returning(directory_listings::id)
            .get_result(conn)?;
        write_answers(conn, id, input, now)?;
        audit::record(conn, &NewEvent::about("listing", id, Some(person_id), "listing_added"), now)?;
        Ok(id)
    })
}

/// A listing's answers changed, by its group or an editor. It keeps its status: an approved
/// listing stays public (editors see what changed in the audit log), a hidden one stays hidden.
pub fn change(
    conn: &mut DbConn,
    person_id: i64,
    listing_id: i64,
    input: &ListingInput,
    now: NaiveDateTime,
) -> Result<(), ListingError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "directory_listings", listing_id)?;
        write_answers(conn, listing_id, input, now)?;
        diesel::update(directory_listings::table.find(listing_id))
            .set((
                directory_listings::confirmed_at.eq(now),
                directory_listings::stale_notice_sent_at.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?;
        audit::record(conn, &NewEvent::about("listing", listing_id, Some(person_id), "listing_changed"), now)?;
        Ok(())
    })
}

/// Every answer of the form, the categories and the search words (inside the caller's
/// transaction).
fn write_answers(conn: &mut DbConn, listing_id: i64, input: &ListingInput, now: NaiveDateTime) -> QueryResult<()> {
    let target = directory_listings::table.find(listing_id);
    diesel::update(target)
        .set((
            directory_listings::name.eq(&input.name),
            directory_listings::description.eq(&input.description),
            directory_listings::schedule.eq(input.schedule.key()),
            directory_listings::weekday.eq(input.weekday),
            directory_listings::starts_at.eq(&input.starts_at),
            directory_listings::ends_at.eq(&input.ends_at),
            directory_listings::schedule_note.eq(&input.schedule_note),
            directory_listings::venue_name.eq(&input.venue_name),
            directory_listings::address.eq(&input.address),
            directory_listings::postcode.eq(&input.postcode),
            directory_listings::online.eq(input.online),
            directory_listings::by_phone.eq(input.by_phone),
        ))
        .execute(conn)?;
    diesel::update(target)
        .set((
            directory_listings::ages.eq(&input.ages),
            directory_listings::communities.eq(&input.communities),
            directory_listings::languages.eq(&input.languages),
            directory_listings::free.eq(input.free),
            directory_listings::cost_note.eq(&input.cost_note),
            directory_listings::how_to_join.eq(input.how_to_join.key()),
            directory_listings::accessibility.eq(&input.accessibility),
            directory_listings::contact_name.eq(&input.contact_name),
            directory_listings::contact_email.eq(&input.contact_email),
            directory_listings::contact_phone.eq(&input.contact_phone),
            directory_listings::website.eq(&input.website),
            directory_listings::language.eq(&input.language),
            directory_listings::updated_at.eq(now),
        ))
        .execute(conn)?;
    diesel::delete(directory_listing_categories::table.filter(directory_listing_categories::listing_id.eq(listing_id)))
        .execute(conn)?;
    // One row at a time: the two databases behind one connection type share no batch insert.
    for category_id in &input.category_ids {
        diesel::insert_into(directory_listing_categories::table)
            .values((
                directory_listing_categories::listing_id.eq(listing_id),
                directory_listing_categories::category_id.eq(category_id),
            ))
            .execute(conn)?;
    }
    write_search_words(conn, listing_id)
}

/// The group (or an editor) says the listing is still current: it is current again for 6
/// months, and public again if it had lapsed.
pub fn confirm(conn: &mut DbConn, person_id: i64, listing_id: i64, now: NaiveDateTime) -> Result<(), ListingError> {
    write_transaction(conn, |conn| {
        let changed = diesel::update(directory_listings::table.find(listing_id))
            .set((
                directory_listings::confirmed_at.eq(now),
                directory_listings::stale_notice_sent_at.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?;
        if changed == 0 {
            return Err(ListingError::NotFound);
        }
        audit::record(conn, &NewEvent::about("listing", listing_id, Some(person_id), "listing_confirmed"), now)?;
        Ok(())
    })
}

/// An editor moves a listing to `to`: approves it (public), hides it, or shows it again.
/// `reason` is kept with the event (why it was hidden, say).
pub fn set_status(
    conn: &mut DbConn,
    editor_id: i64,
    listing_id: i64,
    to: ListingStatus,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), ListingError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "directory_listings", listing_id)?;
        let from: String = directory_listings::table
            .find(listing_id)
            .select(directory_listings::status)
            .first(conn)
            .optional()?
            .ok_or(ListingError::NotFound)?;
        if from == to.key() {
            return Err(ListingError::AlreadyThere(to.key()));
        }
        diesel::update(directory_listings::table.find(listing_id))
            .set((directory_listings::status.eq(to.key()), directory_listings::updated_at.eq(now)))
            .execute(conn)?;
        let event = NewEvent {
            from_state: Some(&from),
            to_state: Some(to.key()),
            ..NewEvent::about("listing", listing_id, Some(editor_id), "listing_status_changed").because(reason)
        };
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// Emails each member of the group behind every public listing not confirmed for 6 months,
/// once (until the listing is confirmed again), asking them to check it: the listing is claimed
/// in the same transaction that queues the emails, so two servers never send it twice. Answers
/// how many listings were asked about.
pub fn ask_about_old_listings(
    conn: &mut DbConn,
    links: &crate::notifications::emails::Links,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let due: Vec<(i64, i64, String)> = directory_listings::table
        .filter(directory_listings::status.eq(ListingStatus::Approved.key()))
        .filter(directory_listings::stale_notice_sent_at.is_null())
        .filter(directory_listings::confirmed_at.le(now - super::freshness::MAY_BE_OUT_OF_DATE_AFTER))
        .filter(directory_listings::confirmed_at.gt(now - super::freshness::LAPSES_AFTER))
        .select((directory_listings::id, directory_listings::group_id, directory_listings::name))
        .limit(500)
        .load(conn)?;
    let mut asked = 0;
    for (listing_id, group_id, name) in due {
        write_transaction(conn, |conn| {
            let claimed = diesel::update(
                directory_listings::table.find(listing_id).filter(directory_listings::stale_notice_sent_at.is_null()),
            )
            .set(directory_listings::stale_notice_sent_at.eq(now))
            .execute(conn)?;
            if claimed != 1 {
                return Ok(());
            }
            for (member, person) in crate::groups::queries::members_of(conn, group_id)? {
                if member.is_connector {
                    continue;
                }
                let email =
                    crate::notifications::emails::listing_out_of_date(person.tr(), links, &person, listing_id, &name);
                crate::notifications::outbox::enqueue(conn, &email, now)?;
            }
            asked += 1;
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    Ok(asked)
}

/// The site admin adds a category to the directory's list (at its end). Answers its id.
pub fn add_category(conn: &mut DbConn, admin_id: i64, name: &str, slug: &str, now: NaiveDateTime) -> QueryResult<i64> {
    write_transaction(conn, |conn| {
        let last: Option<i32> =
            directory_categories::table.select(diesel::dsl::max(directory_categories::position)).first(conn)?;
        let id: i64 = diesel::insert_into(directory_categories::table)
            .values((
                directory_categories::name.eq(name),
                directory_categories::slug.eq(slug),
                directory_categories::position.eq(last.unwrap_or(0) + 1),
            ))
            .returning(directory_categories::id)
            .get_result(conn)?;
        let event = NewEvent::about("directory_category", id, Some(admin_id), "category_added").because(Some(name));
        audit::record(conn, &event, now)?;
        Ok(id)
    })
}

/// The site admin renames a category. Its slug (in links and the Open Referral feed) stays, so
/// links and other systems' references keep working.
pub fn rename_category(
    conn: &mut DbConn,
    admin_id: i64,
    id: i64,
    name: &str,
    now: NaiveDateTime,
) -> Result<(), ListingError> {
    write_transaction(conn, |conn| {
        let changed = diesel::update(directory_categories::table.find(id))
            .set(directory_categories::name.eq(name))
            .execute(conn)?;
        if changed == 0 {
            return Err(ListingError::NotFound);
        }
        refresh_search_words(conn, id)?;
        let event = NewEvent::about("directory_category", id, Some(admin_id), "category_renamed").because(Some(name));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// Writes again the search words of every listing filed under the category, so a renamed
/// category is found by its new name (inside the caller's transaction).
fn refresh_search_words(conn: &mut DbConn, category_id: i64) -> QueryResult<()> {
    let filed: Vec<i64> = directory_listing_categories::table
        .filter(directory_listing_categories::category_id.eq(category_id))
        .select(directory_listing_categories::listing_id)
        .load(conn)?;
    for listing_id in filed {
        write_search_words(conn, listing_id)?;
    }
    Ok(())
}

/// The listing's search words, from the listing as saved and its categories' names.
fn write_search_words(conn: &mut DbConn, listing_id: i64) -> QueryResult<()> {
    let Some((listing, _)) = super::queries::find(conn, listing_id)? else { return Ok(()) };
    let names: Vec<String> =
        super::queries::categories_of(conn, listing_id)?.into_iter().map(|category| category.name).collect();
    diesel::update(directory_listings::table.find(listing_id))
        .set(directory_listings::search_body.eq(search_body(&listing, &names)))
        .execute(conn)?;
    Ok(())
}
