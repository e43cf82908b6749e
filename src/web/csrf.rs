//! Cross-site request forgery protection for every POST, in one middleware so no handler can
//! forget it: the request must carry the session's form token (`csrf_token`), compared in
//! constant time, and — when the browser says where the form came from (`Origin`) — come from
//! this site. A refused request never reaches a handler, so nothing changes.
//!
//! The token is read from the urlencoded body (then handed on to the handler untouched), or for
//! uploads (`multipart/form-data`, possibly hundreds of megabytes) from the `csrf_token` query
//! parameter or an `X-CSRF-Token` header, so the upload need not be read twice.

use actix_session::SessionExt;
use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::Method;
use actix_web::http::header::{CONTENT_TYPE, HOST, ORIGIN};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, web};
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;

use super::{AppState, FORM_LIMIT_BYTES, session};
use crate::accounts::tokens::constant_time_eq;
use crate::error::AppError;

pub async fn verify(
    mut request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if !changes_state(request.method()) {
        return next.call(request).await;
    }
    if !origin_is_this_site(&request) {
        tracing::warn!(path = %request.path(), "refused a form sent from another site");
        return Err(AppError::CsrfRejected.into());
    }
    let expected = session::stored_csrf_token(&request.get_session());
    let submitted = match content_type(&request).as_str() {
        "application/x-www-form-urlencoded" => {
            let body = read_body(&mut request).await?;
            let token = form_field(&body, "csrf_token");
            request.set_payload(replay(body));
            token
        }
        _ => header_or_query_token(&request),
    };
    match (expected, submitted) {
        (Some(expected), Some(submitted)) if constant_time_eq(&expected, &submitted) => next.call(request).await,
        _ => {
            tracing::info!(path = %request.path(), "refused a form without the right token");
            Err(AppError::CsrfRejected.into())
        }
    }
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn content_type(request: &ServiceRequest) -> String {
    request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// `Origin`, when present, must name this site: the host the request was sent to, or the
/// configured base URL (they differ behind a proxy that rewrites `Host`).
fn origin_is_this_site(request: &ServiceRequest) -> bool {
    let Some(origin) = request.headers().get(ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let Ok(origin) = url::Url::parse(origin) else {
        return false;
    };
    let origin_authority = authority(&origin);
    let host = request.headers().get(HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let base = request.app_data::<web::Data<AppState>>().and_then(|state| authority(&state.config.base_url));
    origin_authority.as_deref() == Some(host) || (origin_authority.is_some() && origin_authority == base)
}

/// `host` or `host:port` (the port only when it is not the scheme's default).
fn authority(url: &url::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    })
}

async fn read_body(request: &mut ServiceRequest) -> Result<Bytes, Error> {
    let mut payload = request.take_payload();
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > FORM_LIMIT_BYTES {
            return Err(AppError::PayloadTooLarge.into());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// A payload that yields `body` again, for the handler.
fn replay(body: Bytes) -> Payload {
    let stream = futures_util::stream::once(async move { Ok::<Bytes, PayloadError>(body) });
    Payload::from(Box::pin(stream) as std::pin::Pin<Box<dyn futures_util::Stream<Item = Result<Bytes, PayloadError>>>>)
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    url::form_urlencoded::parse(body).find(|(key, _)| key == name).map(|(_, value)| value.into_owned())
}

fn header_or_query_token(request: &ServiceRequest) -> Option<String> {
    if let Some(token) = request.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()) {
        return Some(token.to_string());
    }
    form_field(request.query_string().as_bytes(), "csrf_token")
}
