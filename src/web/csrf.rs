//! Cross-site request forgery protection for every POST, in one middleware so no handler can
//! forget it: the request must carry the session's form token (`csrf_token`), compared in
//! constant time, and — when the browser says where the form came from (`Origin`) — come from
//! this site. A refused request never reaches a handler, so nothing changes.
//!
//! The token is read from the body and the body handed on to the handler untouched: a
//! urlencoded form is read whole (it is small); an upload (`multipart/form-data`, possibly
//! hundreds of megabytes) only as far as its first part, which every upload form makes the
//! `csrf_token` field, and the rest streams on. The token is never taken from the address, where
//! it would land in browser history and server logs.

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
use crate::web::error::AppError;

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
            request.set_payload(replay(body, futures_util::stream::empty()));
            token
        }
        "multipart/form-data" => match multipart_boundary(&request) {
            Some(boundary) => read_first_part_token(&mut request, &boundary).await?,
            None => None,
        },
        _ => None,
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

/// A payload that yields `head` again, then whatever of the body was not read, for the handler.
fn replay(head: Bytes, rest: impl futures_util::Stream<Item = Result<Bytes, PayloadError>> + 'static) -> Payload {
    let stream = futures_util::stream::once(async move { Ok::<Bytes, PayloadError>(head) }).chain(rest);
    Payload::from(Box::pin(stream) as std::pin::Pin<Box<dyn futures_util::Stream<Item = Result<Bytes, PayloadError>>>>)
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    url::form_urlencoded::parse(body).find(|(key, _)| key == name).map(|(_, value)| value.into_owned())
}

/// How much of an upload is read, at most, to find the token in its first part.
const MULTIPART_HEAD_LIMIT: usize = 16 * 1024;

fn multipart_boundary(request: &ServiceRequest) -> Option<String> {
    let value = request.headers().get(CONTENT_TYPE)?.to_str().ok()?;
    value.split(';').skip(1).find_map(|param| {
        let (key, value) = param.trim().split_once('=')?;
        key.trim().eq_ignore_ascii_case("boundary").then(|| value.trim().trim_matches('"').to_string())
    })
}

/// Reads the start of an upload until its first part is complete, takes the token from it if it
/// is the `csrf_token` field, and puts everything read back in front of the rest of the stream.
async fn read_first_part_token(request: &mut ServiceRequest, boundary: &str) -> Result<Option<String>, Error> {
    let mut payload = request.take_payload();
    let mut head = BytesMut::new();
    let token = loop {
        match first_part_token(&head, boundary) {
            FirstPart::Token(token) => break Some(token),
            FirstPart::NotToken => break None,
            FirstPart::Incomplete if head.len() >= MULTIPART_HEAD_LIMIT => break None,
            FirstPart::Incomplete => match payload.next().await {
                Some(chunk) => head.extend_from_slice(&chunk?),
                None => break None,
            },
        }
    };
    request.set_payload(replay(head.freeze(), payload));
    Ok(token)
}

/// What the start of a multipart body says about its first part.
#[derive(Debug, PartialEq, Eq)]
enum FirstPart {
    /// The first part is `csrf_token`, with this value.
    Token(String),
    /// The first part is something else, or the body is not multipart as announced.
    NotToken,
    /// Not enough has arrived yet to tell.
    Incomplete,
}

fn first_part_token(head: &[u8], boundary: &str) -> FirstPart {
    let opening = format!("--{boundary}\r\n");
    if head.len() < opening.len() {
        return if opening.as_bytes().starts_with(head) { FirstPart::Incomplete } else { FirstPart::NotToken };
    }
    if !head.starts_with(opening.as_bytes()) {
        return FirstPart::NotToken;
    }
    let rest = &head[opening.len()..];
    let Some(headers_end) = find(rest, b"\r\n\r\n") else { return FirstPart::Incomplete };
    let headers = String::from_utf8_lossy(&rest[..headers_end]).to_ascii_lowercase();
    let names_token = headers.lines().any(|line| {
        line.starts_with("content-disposition:") && line.contains("form-data") && line.contains("name=\"csrf_token\"")
    });
    if !names_token {
        return FirstPart::NotToken;
    }
    let value = &rest[headers_end + 4..];
    let closing = format!("\r\n--{boundary}");
    match find(value, closing.as_bytes()) {
        Some(end) => {
            std::str::from_utf8(&value[..end]).map_or(FirstPart::NotToken, |v| FirstPart::Token(v.to_string()))
        }
        None => FirstPart::Incomplete,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDARY: &str = "----b7MA4YWxkTrZu0gW";

    fn body(first_name: &str, value: &str) -> Vec<u8> {
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{first_name}\"\r\n\r\n{value}\r\n--{BOUNDARY}\r\n\
             Content-Disposition: form-data; name=\"recording\"; filename=\"a.mp4\"\r\n\r\n\0\0\0\x18ftyp\r\n--{BOUNDARY}--\r\n"
        )
        .into_bytes()
    }

    #[test]
    fn the_token_is_found_in_the_first_part_of_an_upload() {
        let whole = body("csrf_token", "abc123");
        assert_eq!(first_part_token(&whole, BOUNDARY), FirstPart::Token("abc123".into()));
        for cut in [0, 5, 30, 80] {
            assert_eq!(first_part_token(&whole[..cut], BOUNDARY), FirstPart::Incomplete, "after {cut} bytes");
        }
    }

    #[test]
    fn an_upload_whose_first_part_is_not_the_token_is_refused() {
        assert_eq!(first_part_token(&body("recording", "x"), BOUNDARY), FirstPart::NotToken);
        assert_eq!(first_part_token(b"not multipart at all", BOUNDARY), FirstPart::NotToken);
        assert_eq!(first_part_token(&body("csrf_token_extra", "x"), BOUNDARY), FirstPart::NotToken);
    }
}
