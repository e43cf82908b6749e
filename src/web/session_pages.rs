//! Signed-in people's busiest pages kept as rendered for their own session: a dashboard, a
//! panel member's queue and bid, a lead's bid, round, ranking, programme and reports. Leads
//! and panel members go back and forth between these pages all day, and while nothing has
//! changed each costs what checking the session costs, plus the change marker.
//!
//! A kept page is used only when all of these hold:
//! - the request is a GET of one of [`KEPT_ROUTES`], with no one-off message to show;
//! - it comes with the same live session (checked on every request, as always: a session
//!   signed out, expired or disabled gets no kept page; see `web::extractors::KeptSession`), the
//!   same form token, the same language and the same roles and account details as when it was
//!   kept — so a page is never shown to anyone but the session it was made for;
//! - the database has not changed since (the [`ChangeMarker`]: every change writes an audit
//!   event), and
//! - the clock has not reached the next moment at which any round opens, closes or has its
//!   decisions fall due, nor midnight in London (days left, instalments due today), nor
//!   [`KEPT_FOR_AT_MOST`] after it was made, which bounds anything else a page shows that
//!   moves with the clock alone (an emailed link that expired, say) to a minute.
//!
//! Pages are made by their handlers as before; this middleware only keeps the 200 HTML answer
//! and hands the [`Viewer`] it already loaded to the handler, so the session is checked once.
//! It also answers visitors' kept public pages (`web::kept_pages`) and the Open Referral
//! feed's kept pages (`handlers::openreferral::kept_services_page`) before the request is
//! routed: finding the route among some two hundred costs a kept page more than the rest of
//! its work.

use std::sync::Arc;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{CONTENT_TYPE, HeaderMap};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpMessage, HttpResponse, web};
use chrono::NaiveDateTime;

use super::AppState;
use super::compression::{self, Coding, Compressed};
use super::error::AppError;
use super::extractors::Viewer;
use super::handlers::openreferral as open_referral;
use crate::db::changes::ChangeMarker;

/// The routes (as written in `web::routes`) whose pages are kept for a session.
pub const KEPT_ROUTES: &[&str] = &[
    "/dashboard",
    "/bids/{id}",
    "/panel",
    "/panel/bids/{id}",
    "/manage/bids/{id}",
    "/manage/rounds/{id}",
    "/manage/rounds/{id}/ranking",
    "/manage/programmes/{id}",
    "/manage/programmes/{id}/equity",
    "/manage/pots/{id}/report",
];

/// How many pages are kept across all sessions; past that the oldest half is dropped. The
/// largest page (a lead's round page of 2,000 bids) is about 90 KB, most are under 20 KB.
pub const CAPACITY: usize = 512;

/// The longest a page is kept, whatever else holds.
pub const KEPT_FOR_AT_MOST: chrono::Duration = chrono::Duration::seconds(60);

/// A page as its handler answered it (with its compressed forms, made when first asked for),
/// and the moment it stops being right by the clock.
pub struct SessionPage {
    headers: HeaderMap,
    body: Compressed,
    good_until: NaiveDateTime,
}

impl SessionPage {
    /// The page in `coding`.
    fn response(&self, coding: Coding) -> HttpResponse {
        let mut response = HttpResponse::Ok().body(self.body.body(coding));
        for (name, value) in &self.headers {
            response.headers_mut().append(name.clone(), value.clone());
        }
        compression::says_coding(response, coding)
    }
}

/// The [`Viewer`] this middleware loaded, for the handler's extractor to take over.
pub struct Prepared(pub Viewer);

/// Answers a kept page, before the request is routed, when there is a good one: a visitor's
/// public page (`web::kept_pages`) or a signed-in person's page kept for their session;
/// otherwise lets the handler make the page, and keeps a session's.
pub async fn answer_kept_pages(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let state = request.app_data::<web::Data<AppState>>().cloned();
    if let Some(state) = state.as_ref().filter(|_| is_one_of(&request, &[open_referral::SERVICES_PATH]))
        && let Some(answer) = open_referral::kept_services_page(state, request.request()).await
    {
        return Ok(request.into_response(answer));
    }
    let for_sessions = is_one_of(&request, KEPT_ROUTES);
    let for_visitors = is_one_of(&request, super::kept_pages::KEPT_ROUTES);
    let Some(state) = state.filter(|_| for_sessions || for_visitors) else {
        return next.call(request).await.map(ServiceResponse::map_into_boxed_body);
    };
    let mut viewer = Viewer::from_request(request.request(), &mut Payload::None).await?;
    if viewer.signed_in.is_none() && viewer.flash.is_none() && for_visitors {
        let marker = state.db.change_marker().await.map_err(AppError::from)?;
        viewer.marker = Some(marker);
        if let Some(page) = super::kept_pages::kept_for(&state, &viewer, &marker) {
            return Ok(request.into_response(page));
        }
    }
    let Some(key) = key_for(&viewer).filter(|_| for_sessions) else {
        request.extensions_mut().insert(Prepared(viewer));
        return next.call(request).await.map(ServiceResponse::map_into_boxed_body);
    };
    // Read when the session was checked, just now.
    let marker = match viewer.marker {
        Some(marker) => marker,
        None => state.db.change_marker().await.map_err(AppError::from)?,
    };
    let now = state.now();
    let coding = viewer.coding;
    if let Some(page) = state.memos.session_pages.get(&key, &marker).filter(|page| now < page.good_until) {
        return Ok(request.into_response(page.response(coding)));
    }
    request.extensions_mut().insert(Prepared(viewer));
    let answer = next.call(request).await?;
    keep_if_a_page(&state, Keeping { key, marker, now, coding }, answer).await
}

/// Whether the request is a GET of one of `routes`. Matched here segment by segment, not
/// through the router's `match_pattern`, which tries every route in turn and would cost every
/// request more than the rest of a kept page's work.
fn is_one_of(request: &ServiceRequest, routes: &[&str]) -> bool {
    request.method() == Method::GET && routes.iter().any(|route| route_matches(route, request.path()))
}

/// Whether `path` is an address of `route`, where a `{…}` segment stands for any one segment.
fn route_matches(route: &str, path: &str) -> bool {
    let (mut route, mut path) = (route.split('/'), path.split('/'));
    loop {
        match (route.next(), path.next()) {
            (None, None) => return true,
            (Some(wanted), Some(given)) if wanted == given || (wanted.starts_with('{') && !given.is_empty()) => {}
            _ => return false,
        }
    }
}

/// Where a signed-in viewer's page is kept, or `None` when it is not kept: not signed in, or a
/// message to show once. The key holds everything the page is made for: the session and what
/// it may do (`SignedIn::details_hash`, so a change of roles or account details is another
/// key), the form token, the language and the address.
fn key_for(viewer: &Viewer) -> Option<String> {
    let signed_in = viewer.signed_in.as_ref().filter(|_| viewer.flash.is_none())?;
    Some(format!(
        "{}|{:x}|{}|{}|{}",
        signed_in.session_id,
        signed_in.details_hash,
        viewer.csrf_token,
        viewer.tr.code(),
        viewer.path
    ))
}

/// Where and as of when a page about to be made is kept, and how the browser wants it.
struct Keeping {
    key: String,
    marker: ChangeMarker,
    now: NaiveDateTime,
    coding: Coding,
}

/// Keeps `answer` when it is a whole page (200, HTML), and sends it on.
async fn keep_if_a_page(
    state: &AppState,
    keeping: Keeping,
    answer: ServiceResponse<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let is_html = answer
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if answer.status() != StatusCode::OK || !is_html {
        return Ok(answer.map_into_boxed_body());
    }
    let (request, response) = answer.into_parts();
    let (head, body) = response.into_parts();
    let body = actix_web::body::to_bytes(body).await.map_err(|e| AppError::Internal(e.into().to_string()))?;
    let Keeping { key, marker, now, coding } = keeping;
    let good_until = good_until(state, marker, now).await?;
    let page = Arc::new(SessionPage { headers: head.headers().clone(), body: Compressed::new(body), good_until });
    state.memos.session_pages.put(key, marker, page.clone());
    Ok(ServiceResponse::new(request, page.response(coding)))
}

/// The next moment a page made `now` stops being right by the clock alone (see the module's
/// note). The rounds' moments are kept until the database changes.
async fn good_until(state: &AppState, marker: ChangeMarker, now: NaiveDateTime) -> Result<NaiveDateTime, AppError> {
    let moments = match state.memos.round_moments.get("", &marker) {
        Some(moments) => moments,
        None => {
            let moments = Arc::new(state.query(crate::rounds::queries::moments_of_all).await?);
            state.memos.round_moments.put(String::new(), marker, moments.clone());
            moments
        }
    };
    Ok(super::kept_pages::good_until(now, moments.iter().copied()).min(now + KEPT_FOR_AT_MOST))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_are_matched_segment_by_segment() {
        assert!(route_matches("/dashboard", "/dashboard"));
        assert!(route_matches("/manage/bids/{id}", "/manage/bids/42"));
        assert!(!route_matches("/manage/bids/{id}", "/manage/bids/42/files/7"));
        assert!(!route_matches("/manage/bids/{id}", "/manage/bids/"));
        assert!(!route_matches("/bids/{id}", "/bids"));
        assert!(!route_matches("/panel", "/panel/payments"));
        assert!(!route_matches("/dashboard", "/"));
    }

    #[test]
    fn every_kept_route_is_a_page_of_the_portal() {
        for route in KEPT_ROUTES.iter().chain(super::super::kept_pages::KEPT_ROUTES) {
            assert!(super::super::routes::answers_get(route), "{route} is not a route that answers GET");
        }
    }
}
