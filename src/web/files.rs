//! Sending a stored file to the browser: streamed, never loaded whole into memory, with byte
//! ranges so recordings play and seek, and headers that stop a file being run as a page.

use actix_web::body::SizedStream;
use actix_web::http::StatusCode;
use actix_web::http::header::{
    ACCEPT_RANGES, CACHE_CONTROL, CONTENT_RANGE, CONTENT_TYPE, ContentDisposition, DispositionParam, DispositionType,
    RANGE,
};
use actix_web::http::header::{Charset, ExtendedValue};
use actix_web::{HttpRequest, HttpResponse};

use crate::bids::BidFile;
use crate::storage::{RangeRequest, Storage, StorageKey, parse_range};
use crate::web::AppState;
use crate::web::error::AppError;

/// How one stored object should be presented.
pub struct Download<'a> {
    pub key: &'a StorageKey,
    /// Checked when the file was uploaded; never taken from the request.
    pub content_type: &'a str,
    /// The name the person gave the file, for the save dialog only.
    pub filename: &'a str,
    /// Shown in the page (a recording) rather than saved (a document).
    pub inline: bool,
}

/// Streams a stored bid file; callers have already checked the viewer may see it.
pub async fn send_file(state: &AppState, request: &HttpRequest, file: &BidFile) -> Result<HttpResponse, AppError> {
    let key = StorageKey::from_stored(&file.storage_key).ok_or(AppError::NotFound)?;
    let download =
        Download { key: &key, content_type: &file.content_type, filename: &file.filename, inline: file.is_recording() };
    stream_object(&state.storage, request, download).await
}

/// Streams the recording of a grant's end-of-grant report; callers have checked the viewer may
/// see the bid.
pub async fn send_report_recording(
    state: &AppState,
    request: &HttpRequest,
    bid_id: i64,
) -> Result<HttpResponse, AppError> {
    let report = state.query(move |conn| crate::grants::queries::report_of(conn, bid_id)).await?;
    let report = report.ok_or(AppError::NotFound)?;
    let (Some(key), Some(content_type)) = (report.recording_key.as_deref(), report.recording_type.as_deref()) else {
        return Err(AppError::NotFound);
    };
    let key = StorageKey::from_stored(key).ok_or(AppError::NotFound)?;
    let download = Download { key: &key, content_type, filename: "end-of-grant-recording", inline: true };
    stream_object(&state.storage, request, download).await
}

/// A file may be opened directly in a tab; this keeps any script inside it from running.
const FILE_CONTENT_SECURITY_POLICY: &str = "default-src 'none'; media-src 'self'; img-src 'self'; sandbox";

/// Streams `download`, honouring a single `Range` request.
pub async fn stream_object(
    storage: &Storage,
    request: &HttpRequest,
    download: Download<'_>,
) -> Result<HttpResponse, AppError> {
    let size = storage.size(download.key).await?;
    let range_header = request.headers().get(RANGE).and_then(|v| v.to_str().ok());
    let (status, range) = match parse_range(range_header, size) {
        RangeRequest::Whole => (StatusCode::OK, None),
        RangeRequest::Partial(range) => (StatusCode::PARTIAL_CONTENT, Some(range)),
        RangeRequest::Unsatisfiable => {
            return Ok(HttpResponse::RangeNotSatisfiable()
                .insert_header((CONTENT_RANGE, format!("bytes */{size}")))
                .insert_header((ACCEPT_RANGES, "bytes"))
                .finish());
        }
    };
    let object = storage.get(download.key, range).await?;
    let length = object.range.end - object.range.start;
    let mut response = HttpResponse::build(status);
    response
        .insert_header((CONTENT_TYPE, download.content_type))
        .insert_header((ACCEPT_RANGES, "bytes"))
        .insert_header((CACHE_CONTROL, "private, no-cache"))
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Content-Security-Policy", FILE_CONTENT_SECURITY_POLICY))
        // Never compressed: recordings are compressed already, and a byte range must be a
        // range of the file itself, so a player can seek.
        .insert_header(actix_web::http::header::ContentEncoding::Identity)
        .insert_header(disposition(&download));
    if status == StatusCode::PARTIAL_CONTENT {
        response
            .insert_header((CONTENT_RANGE, format!("bytes {}-{}/{size}", object.range.start, object.range.end - 1)));
    }
    Ok(response.body(SizedStream::new(length, object.body)))
}

/// `Content-Disposition` with the name twice (RFC 6266): `filename*` in UTF-8 (RFC 5987), as
/// every current browser reads it, and `filename` in plain ASCII for older programs. Names were
/// cleaned at upload; this removes anything that could still break the header.
fn disposition(download: &Download<'_>) -> ContentDisposition {
    let name: String =
        download.filename.chars().filter(|c| !c.is_control() && !matches!(c, '"' | '\\' | '/')).take(120).collect();
    let name = if name.trim().is_empty() { "file".to_string() } else { name };
    let ascii: String = name.chars().map(|c| if c.is_ascii() { c } else { '_' }).collect();
    let mut parameters = vec![DispositionParam::Filename(ascii)];
    if !name.is_ascii() {
        parameters.push(DispositionParam::FilenameExt(ExtendedValue {
            charset: Charset::Ext("UTF-8".into()),
            language_tag: None,
            value: name.into_bytes(),
        }));
    }
    ContentDisposition {
        disposition: if download.inline { DispositionType::Inline } else { DispositionType::Attachment },
        parameters,
    }
}
