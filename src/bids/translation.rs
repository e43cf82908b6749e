//! An English translation of a bid written or recorded in another language, so the panel can
//! read it. It is kept apart from the group's own words (which are never changed), marked as a
//! translation, and says who made it and when. A connector helping the group or the
//! programme's lead may add or correct it; each save is an audit event.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::{self, NewEvent};
use crate::db::schema::{bid_translations, people};
use crate::db::{DbConn, write_transaction};
use crate::forms::{self, FieldErrors};

/// The longest translation: the group's answers together are well under this.
pub const MAX_CHARS: usize = 20_000;

/// A translation as pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub text: String,
    pub translated_by_name: String,
    pub translated_at: NaiveDateTime,
}

/// Checks the translation's text (required, a text area's rules).
pub fn check(text: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let text = forms::required_text(&mut errors, "translation", text, "what-bid-translation", MAX_CHARS);
    errors.into_result(text)
}

/// The bid's translation, if one has been added.
pub fn find(conn: &mut DbConn, bid_id: i64) -> QueryResult<Option<Translation>> {
    bid_translations::table
        .inner_join(people::table.on(people::id.eq(bid_translations::translated_by)))
        .filter(bid_translations::bid_id.eq(bid_id))
        .select((bid_translations::text, people::name, bid_translations::translated_at))
        .first::<(String, String, NaiveDateTime)>(conn)
        .optional()
        .map(|row| {
            row.map(|(text, translated_by_name, translated_at)| Translation { text, translated_by_name, translated_at })
        })
}

/// Adds or replaces the bid's translation, with its audit event, in one transaction.
pub fn save(conn: &mut DbConn, bid_id: i64, translator_id: i64, text: &str, now: NaiveDateTime) -> QueryResult<()> {
    write_transaction(conn, |conn| {
        let replaced = diesel::update(bid_translations::table.find(bid_id))
            .set((
                bid_translations::text.eq(text),
                bid_translations::translated_by.eq(translator_id),
                bid_translations::translated_at.eq(now),
            ))
            .execute(conn)?;
        if replaced == 0 {
            diesel::insert_into(bid_translations::table)
                .values((
                    bid_translations::bid_id.eq(bid_id),
                    bid_translations::text.eq(text),
                    bid_translations::translated_by.eq(translator_id),
                    bid_translations::translated_at.eq(now),
                ))
                .execute(conn)?;
        }
        let action = if replaced == 0 { "translation_added" } else { "translation_corrected" };
        audit::record(conn, &NewEvent::about("bid", bid_id, Some(translator_id), action), now)
    })
}
