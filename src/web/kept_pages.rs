//! Public pages kept as rendered for visitors who are not signed in (the home page, round pages,
//! the awards and the programmes' trackers), so a visitor's page costs one round trip, the
//! change marker, while nothing has changed.
//!
//! A kept page is good while two things hold:
//! - the database has not changed since it was made (the [`ChangeMarker`] is the same), and
//! - the clock has not reached the next moment at which anything on it changes by itself: a
//!   round on the page opening or closing, its decisions falling due (the round's tracker marks
//!   the stage done), or midnight in London ("closes in 3 days" becoming "2").
//!
//! A signed-in person's pages carry their name, their form token and their groups, and a
//! message after an action is for one person only: such pages are never kept.

use std::sync::Arc;

use chrono::NaiveDateTime;
use maud::Markup;

use super::AppState;
use super::compression::{self, Coding, Compressed};
use super::error::AppError;
use super::extractors::Viewer;
use crate::db::changes::ChangeMarker;

/// A rendered page (with its compressed forms, made when first asked for) and the moment it
/// stops being right by the clock alone.
pub struct KeptPage {
    pub body: Compressed,
    pub good_until: NaiveDateTime,
}

/// What the kept pages hold for a request: its page, or where to keep the one about to be made.
pub enum Lookup {
    /// Signed in, or a message to show: made for this person alone, not kept.
    NotKept,
    /// The page kept for this visitor's path and language, and the compression the browser
    /// asked for.
    Kept(Arc<KeptPage>, Coding),
    /// Nothing good kept: the page made now is kept under `key`, as of `marker`.
    Missing { key: String, marker: ChangeMarker, coding: Coding },
}

/// The routes (as written in `web::routes`) whose handlers keep their pages for visitors with
/// [`look_up`]. A good kept page is answered before the request is even routed
/// (`web::session_pages::answer_kept_pages`, with [`kept_for`]).
pub const KEPT_ROUTES: &[&str] = &["/", "/rounds/{slug}", "/awards", "/programmes/{slug}/tracker", "/directory"];

/// Where a visitor's page is kept: by language and address; `None` for a signed-in person or
/// a message to show once.
fn key_of(viewer: &Viewer) -> Option<String> {
    (viewer.signed_in.is_none() && viewer.flash.is_none()).then(|| format!("{}|{}", viewer.tr.code(), viewer.path))
}

/// The good page kept for this visitor as of `marker`, answered, if there is one.
pub fn kept_for(state: &AppState, viewer: &Viewer, marker: &ChangeMarker) -> Option<actix_web::HttpResponse> {
    let page = state.memos.public_pages.get(&key_of(viewer)?, marker)?;
    (state.now() < page.good_until).then(|| page.answer(viewer.coding))
}

/// Looks the viewer's page up among the kept pages (as of the marker read when the viewer was
/// checked, if it was, or now).
pub async fn look_up(state: &AppState, viewer: &Viewer) -> Result<Lookup, AppError> {
    let Some(key) = key_of(viewer) else { return Ok(Lookup::NotKept) };
    let marker = match viewer.marker {
        Some(marker) => marker,
        None => state.db.change_marker().await?,
    };
    let now = state.now();
    Ok(match state.memos.public_pages.get(&key, &marker) {
        Some(page) if now < page.good_until => Lookup::Kept(page, viewer.coding),
        _ => Lookup::Missing { key, marker, coding: viewer.coding },
    })
}

impl Lookup {
    /// The kept page's answer, if there is one.
    pub fn answer(&self) -> Option<actix_web::HttpResponse> {
        match self {
            Lookup::Kept(page, coding) => Some(page.answer(*coding)),
            _ => None,
        }
    }

    /// Keeps the page just made (when it may be kept) until `good_until`, and answers it.
    pub fn keep(self, state: &AppState, markup: Markup, good_until: NaiveDateTime) -> actix_web::HttpResponse {
        let body = actix_web::web::Bytes::from(markup.into_string());
        match self {
            Lookup::Missing { key, marker, coding } => {
                let page = Arc::new(KeptPage { body: Compressed::new(body), good_until });
                state.memos.public_pages.put(key, marker, page.clone());
                page.answer(coding)
            }
            _ => super::handlers::html_text(body),
        }
    }
}

impl KeptPage {
    /// The page in `coding`.
    fn answer(&self, coding: Coding) -> actix_web::HttpResponse {
        compression::says_coding(super::handlers::html_text(self.body.body(coding)), coding)
    }
}

/// The next moment after `now` at which a page showing rounds with these `moments` changes by
/// the clock alone: the earliest moment still to come, or midnight in London, whichever is
/// sooner.
pub fn good_until(now: NaiveDateTime, moments: impl IntoIterator<Item = NaiveDateTime>) -> NaiveDateTime {
    let midnight = next_london_midnight(now);
    moments.into_iter().filter(|moment| *moment > now).fold(midnight, NaiveDateTime::min)
}

/// The next midnight in London after `now`, in UTC (a day is 23 or 25 hours when the clocks
/// change).
pub fn next_london_midnight(now: NaiveDateTime) -> NaiveDateTime {
    use chrono::TimeZone;
    let today = crate::time::in_london(now).date_naive();
    let tomorrow = today.succ_opt().unwrap_or(today);
    let midnight = tomorrow.and_hms_opt(0, 0, 0).unwrap_or(now);
    chrono_tz::Europe::London
        .from_local_datetime(&midnight)
        .earliest()
        .map_or(now + chrono::Duration::hours(1), |at| at.naive_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    #[test]
    fn a_page_is_good_until_midnight_in_london_or_the_next_moment_of_its_rounds() {
        // Winter: London is on UTC.
        assert_eq!(next_london_midnight(at(2027, 1, 10, 15, 0)), at(2027, 1, 11, 0, 0));
        // Summer: midnight in London is 23:00 UTC the day before.
        assert_eq!(next_london_midnight(at(2027, 6, 10, 15, 0)), at(2027, 6, 10, 23, 0));
        assert_eq!(next_london_midnight(at(2027, 6, 10, 23, 30)), at(2027, 6, 11, 23, 0));
        let now = at(2027, 1, 10, 15, 0);
        let closes = at(2027, 1, 10, 17, 0);
        assert_eq!(good_until(now, [at(2027, 1, 1, 9, 0), closes]), closes, "a moment passed does not count");
        assert_eq!(good_until(now, [at(2027, 2, 1, 9, 0)]), at(2027, 1, 11, 0, 0));
        assert_eq!(good_until(now, []), at(2027, 1, 11, 0, 0));
    }
}
