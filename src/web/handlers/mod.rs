//! Request handlers, one module per area. Each extracts, authorises (through `Viewer`), calls
//! the domain and renders.

pub mod accounts;
pub mod admin_users;
pub mod areas;
pub mod assets;
pub mod bank_details;
pub mod bids;
pub mod dashboard;
pub mod decisions;
pub mod directory;
pub mod grants;
pub mod group_word;
pub mod groups;
pub mod health;
pub mod hosts;
pub mod involvement;
pub mod languages;
pub mod manage;
pub mod measures;
pub mod notices;
pub mod open_data;
pub mod openreferral;
pub mod outreach;
pub mod pages;
pub mod panel;
pub mod payment_runs;
pub mod public;
pub mod reports;
pub mod reservations;
pub mod team;
pub mod tracker;
pub mod translations;
pub mod two_factor;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, LOCATION};
use maud::Markup;

/// A page. Pages may show personal data, so browsers and proxies must not keep them.
pub fn html(markup: Markup) -> HttpResponse {
    html_with_status(StatusCode::OK, markup)
}

/// A page already rendered (a kept public page, see `web::kept_pages`): shared bytes, so serving
/// a kept page copies nothing.
pub fn html_text(body: actix_web::web::Bytes) -> HttpResponse {
    HttpResponse::Ok().content_type("text/html; charset=utf-8").insert_header((CACHE_CONTROL, "no-store")).body(body)
}

/// A page with a status other than 200 (a form with errors is 422).
pub fn html_with_status(status: StatusCode, markup: Markup) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(markup.into_string())
}

/// After a successful POST: go to the next page with GET (so reloading does not resend).
pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((LOCATION, to)).finish()
}
