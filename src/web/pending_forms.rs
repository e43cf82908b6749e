//! Keeping what someone typed when their session ended before they pressed save: the fields go
//! into `form_drafts` under a random token kept in this browser's cookie, the person signs in
//! again, and the same form comes back filled in. Only the same browser (holding the token)
//! and the same page get the fields back, once, within a day.

use actix_session::Session;
use chrono::Duration;
use diesel::prelude::*;

use super::AppState;
use crate::accounts::tokens;
use crate::db::schema::form_drafts;
use crate::db::write_transaction;
use crate::web::error::AppError;

use super::session::PENDING_FORM_KEY as SESSION_KEY;
const KEEP_FOR: Duration = Duration::hours(24);

/// Keeps `fields` for `path`; the caller then sends the person to sign in.
pub async fn stash(state: &AppState, session: &Session, path: &str, fields: serde_json::Value) -> Result<(), AppError> {
    let (token, hash) = tokens::new_token();
    let (path, now) = (path.to_string(), state.now());
    state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                diesel::delete(form_drafts::table.filter(form_drafts::created_at.lt(now - KEEP_FOR))).execute(conn)?;
                diesel::insert_into(form_drafts::table)
                    .values((
                        form_drafts::token_hash.eq(&hash),
                        form_drafts::path.eq(&path),
                        form_drafts::fields.eq(fields.to_string()),
                        form_drafts::created_at.eq(now),
                    ))
                    .execute(conn)
            })
            .map_err(AppError::from)
        })
        .await?;
    let _ = session.insert(SESSION_KEY, token);
    Ok(())
}

/// The fields kept for `path` in this browser, if any (and forgets them).
pub async fn take<T: serde::de::DeserializeOwned + Send + 'static>(
    state: &AppState,
    session: &Session,
    path: &str,
) -> Result<Option<T>, AppError> {
    let Ok(Some(token)) = session.get::<String>(SESSION_KEY) else {
        return Ok(None);
    };
    let (hash, path, since) = (tokens::hash_token(&token), path.to_string(), state.now() - KEEP_FOR);
    let fields: Option<String> = state
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let found: Option<(i64, String)> = form_drafts::table
                    .filter(form_drafts::token_hash.eq(&hash))
                    .filter(form_drafts::path.eq(&path))
                    .filter(form_drafts::created_at.gt(since))
                    .select((form_drafts::id, form_drafts::fields))
                    .first(conn)
                    .optional()?;
                if let Some((id, _)) = &found {
                    diesel::delete(form_drafts::table.find(*id)).execute(conn)?;
                }
                Ok::<_, diesel::result::Error>(found.map(|(_, fields)| fields))
            })
            .map_err(AppError::from)
        })
        .await?;
    if fields.is_some() {
        session.remove(SESSION_KEY);
    }
    Ok(fields.and_then(|text| serde_json::from_str(&text).ok()))
}
