//! Friendly pages for errors, in the site's layout, saying what the person can do next.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, ContentType};
use maud::{Markup, html};

use super::layout::{PageCtx, page};
use crate::web::headers::SECURITY_HEADERS;

/// The heading and advice for a status.
fn wording(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("There is a problem with the request", "Go back and try again."),
        403 => ("You cannot do that", "You may need to sign in, or to sign in as a different person."),
        404 => (
            "Page not found",
            "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.",
        ),
        405 => ("That is not something this page can do", "Go back and use the buttons and links on the page."),
        409 => ("That cannot be done now", "The page may be out of date. Go back, reload it and try again."),
        413 => (
            "The file or form is too large",
            "Go back and choose a smaller file. Video recordings can often be shared as a link instead.",
        ),
        422 => ("There is a problem with what was sent", "Go back and check your answers."),
        429 => ("Too many attempts", "Wait a few minutes and try again."),
        503 => (
            "Sorry, the service is unavailable",
            "Try again in a few minutes. Nothing you have already saved has been lost.",
        ),
        _ => (
            "Sorry, there is a problem with the service",
            "Try again later. Nothing you have already saved has been lost.",
        ),
    }
}

/// The page body for an error status, with an optional specific explanation.
pub fn error_markup(status: StatusCode, detail: Option<&str>) -> Markup {
    let (heading, advice) = wording(status);
    page(
        &PageCtx::anonymous(),
        heading,
        html! {
            h1 class="heading-l" { (heading) }
            @if let Some(detail) = detail {
                p class="body" { (detail) }
            }
            p class="body" { (advice) }
            p class="body" { a href="/" { "Go to the home page" } }
        },
    )
}

/// The whole response for an error status. Never cached: the next try may work.
/// Carries the security headers itself, since an error response can leave by a path that skips
/// the middleware.
pub fn error_page(status: StatusCode, detail: Option<&str>) -> HttpResponse {
    let mut response = HttpResponse::build(status);
    response.content_type(ContentType::html()).insert_header((CACHE_CONTROL, "no-store"));
    for header in SECURITY_HEADERS {
        response.insert_header(header);
    }
    response.body(error_markup(status, detail).into_string())
}
