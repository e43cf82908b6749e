//! Middleware applied to every response: request logging, security headers, friendly error
//! pages, and a last guard that turns a panic into the "sorry" page.

use std::panic::AssertUnwindSafe;
use std::time::Instant;

use actix_web::Error;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::InternalError;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use actix_web::middleware::{DefaultHeaders, Next};
use futures_util::FutureExt;

use crate::web::headers::SECURITY_HEADERS;
use crate::web::views::errors::error_page;

pub fn security_headers() -> DefaultHeaders {
    SECURITY_HEADERS.iter().fold(DefaultHeaders::new(), |headers, header| headers.add(*header))
}

/// One log line per request: method, path (with tokens hidden), status and duration.
pub async fn log_request(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let method = request.method().clone();
    let path = loggable_path(request.path());
    let result = next.call(request).await;
    let status = match &result {
        Ok(response) => response.status(),
        Err(error) => error.as_response_error().status_code(),
    };
    let duration_ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(target: "smallgrants::request", %method, %path, status = status.as_u16(), duration_ms = format_args!("{duration_ms:.1}"), "request");
    result
}

/// Paths carry secrets in a few places (reset and verification links); any long path segment
/// is replaced so logs never hold a working link.
pub fn loggable_path(path: &str) -> String {
    path.split('/').map(|segment| if segment.len() >= 24 { "[token]" } else { segment }).collect::<Vec<_>>().join("/")
}

/// Replaces the plain-text bodies actix gives its own errors (unknown route, wrong method, body
/// too large, unreadable form) with the friendly page. Pages and JSON we render are left alone.
pub async fn friendly_error_pages(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let response = match next.call(request).await {
        Ok(response) => response.map_into_boxed_body(),
        Err(error) => {
            let status = error.as_response_error().status_code();
            return Err(InternalError::from_response(error.to_string(), error_page(status, None)).into());
        }
    };
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_rendered(response.headers().get(CONTENT_TYPE)) {
        return Ok(response);
    }
    let mut friendly = error_page(status, None);
    // Keep headers such as `Allow` on a 405.
    for (name, value) in response.headers() {
        if name != CONTENT_TYPE && name != CONTENT_LENGTH {
            friendly.headers_mut().insert(name.clone(), value.clone());
        }
    }
    Ok(response.into_response(friendly))
}

fn is_rendered(content_type: Option<&HeaderValue>) -> bool {
    content_type
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html") || value.starts_with("application/json"))
}

/// A panic in a handler is a bug; the person still gets the "sorry" page and the log gets the
/// details, rather than a dropped connection.
pub async fn catch_panics(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let path = request.path().to_string();
    match AssertUnwindSafe(next.call(request)).catch_unwind().await {
        Ok(result) => result.map(ServiceResponse::map_into_boxed_body),
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            tracing::error!(path = %loggable_path(&path), %message, "handler panicked");
            let page = error_page(StatusCode::INTERNAL_SERVER_ERROR, None);
            Err(InternalError::from_response("handler panicked", page).into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_segments_are_hidden_from_logs() {
        assert_eq!(loggable_path("/password/reset/abcdefghijklmnopqrstuvwxyz0123"), "/password/reset/[token]");
        assert_eq!(loggable_path("/rounds/spring-2027/bids/new"), "/rounds/spring-2027/bids/new");
    }
}
