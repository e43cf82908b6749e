//! Friendly pages for errors, in the site's layout, saying what the person can do next.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, ContentType};
use maud::{Markup, html};

use super::layout::{PageCtx, page};
use crate::web::headers::SECURITY_HEADERS;

/// The message keys of the heading and advice for a status.
fn wording(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("errors-400-title", "errors-400-advice"),
        403 => ("errors-403-title", "errors-403-advice"),
        404 => ("errors-404-title", "errors-404-advice"),
        405 => ("errors-405-title", "errors-405-advice"),
        409 => ("errors-409-title", "errors-409-advice"),
        413 => ("errors-413-title", "errors-413-advice"),
        422 => ("errors-422-title", "errors-422-advice"),
        429 => ("errors-429-title", "errors-429-advice"),
        503 => ("errors-503-title", "errors-503-advice"),
        _ => ("errors-other-title", "errors-other-advice"),
    }
}

/// The page body for an error status, with an optional specific explanation (already in
/// words). An error page is made without the request, so it is in the source language.
pub fn error_markup(status: StatusCode, detail: Option<&str>) -> Markup {
    let ctx = PageCtx::anonymous();
    let tr = ctx.tr;
    let (heading, advice) = wording(status);
    let heading = tr.t(heading);
    page(
        &ctx,
        &heading,
        html! {
            h1 class="heading-l" { (heading) }
            @if let Some(detail) = detail {
                p class="body" { (detail) }
            }
            p class="body" { (tr.t(advice)) }
            p class="body" { a href="/" { (tr.t("errors-home-link")) } }
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
