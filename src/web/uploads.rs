//! Receiving uploaded files: a multipart field streamed into the object store under a new random
//! key, its type checked from its first bytes, never more than the configured size; and the one
//! set of words for each problem, so every upload form says the same thing.

use actix_multipart::Multipart;
use actix_web::HttpRequest;
use actix_web::http::header::CONTENT_LENGTH;
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;

use crate::bids::files::{self as filetypes, FileType, SNIFF_BYTES};
use crate::i18n::Message;
use crate::storage::{ObjectKind, StorageKey};
use crate::web::AppState;
use crate::web::error::AppError;

/// Whole megabytes in `bytes`, as limits are shown to people.
pub fn max_mb(bytes: u64) -> u64 {
    bytes / (1024 * 1024)
}

/// Why an upload was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadProblem {
    Missing,
    TooLarge,
    WrongType,
    Interrupted,
}

/// What kind of file a form asks for, for the words of its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    /// A video or voice recording (a bid's case, an end-of-grant report).
    Recording,
    /// A supporting document or picture.
    Attachment,
}

impl UploadProblem {
    /// The message beside the file field, for a form whose limit is `limit` bytes.
    pub fn message(self, wanted: Wanted, limit: u64) -> Message {
        let key = match (self, wanted) {
            (UploadProblem::Missing, Wanted::Recording) => "bids-upload-missing-recording",
            (UploadProblem::Missing, Wanted::Attachment) => "bids-upload-missing-file",
            (UploadProblem::TooLarge, Wanted::Recording) => "bids-upload-too-large-recording",
            (UploadProblem::TooLarge, Wanted::Attachment) => "bids-upload-too-large-file",
            (UploadProblem::WrongType, Wanted::Recording) => "bids-upload-wrong-type-recording",
            (UploadProblem::WrongType, Wanted::Attachment) => "bids-upload-wrong-type-file",
            (UploadProblem::Interrupted, _) => "bids-upload-interrupted",
        };
        let message = Message::new(key);
        if self == UploadProblem::TooLarge {
            message.arg("max_mb", i64::try_from(max_mb(limit)).unwrap_or(i64::MAX))
        } else {
            message
        }
    }
}

/// An upload that arrived whole and is in the object store.
pub struct Uploaded {
    pub key: StorageKey,
    pub filename: String,
    pub file_type: FileType,
    pub size: u64,
}

/// Reads the first non-empty file among the multipart form's fields `field_names`, checks its
/// type from its first bytes, and streams it into the object store under a new random key,
/// never more than `limit` bytes.
pub async fn receive_upload(
    state: &AppState,
    mut payload: Multipart,
    field_names: &[&str],
    kind: ObjectKind,
    limit: u64,
    detect: fn(&[u8]) -> Option<FileType>,
) -> Result<Result<Uploaded, UploadProblem>, AppError> {
    while let Some(field) = payload.next().await {
        let Ok(field) = field else { return Ok(Err(UploadProblem::Interrupted)) };
        if !field.name().is_some_and(|name| field_names.contains(&name)) {
            continue;
        }
        match store_field(state, field, kind, limit, detect).await? {
            Ok(Some(uploaded)) => return Ok(Ok(uploaded)),
            // An empty file choice: another field may hold the file.
            Ok(None) => continue,
            Err(problem) => return Ok(Err(problem)),
        }
    }
    Ok(Err(UploadProblem::Missing))
}

/// Streams one multipart file field into the object store, after checking its type from its
/// first bytes. `None` for an empty file choice.
pub async fn store_field(
    state: &AppState,
    field: actix_multipart::Field,
    kind: ObjectKind,
    limit: u64,
    detect: fn(&[u8]) -> Option<FileType>,
) -> Result<Result<Option<Uploaded>, UploadProblem>, AppError> {
    let filename = field.content_disposition().and_then(|d| d.get_filename().map(str::to_string)).unwrap_or_default();
    // Fused: once the field has ended it is not polled again when chained below.
    let mut field = field.fuse();
    let mut head = BytesMut::new();
    while head.len() < SNIFF_BYTES {
        match field.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            Some(Err(_)) => return Ok(Err(UploadProblem::Interrupted)),
            None => break,
        }
    }
    if head.is_empty() {
        return Ok(Ok(None));
    }
    let Some(file_type) = detect(&head) else { return Ok(Err(UploadProblem::WrongType)) };
    let key = StorageKey::new_random(kind);
    let first = futures_util::stream::once(async move { Ok::<Bytes, actix_multipart::MultipartError>(head.freeze()) });
    let rest = first.chain(field);
    match state.storage.put_stream(&key, Box::pin(rest), limit).await {
        Ok(Some(size)) => {
            Ok(Ok(Some(Uploaded { key, filename: filetypes::clean_filename(&filename, file_type), file_type, size })))
        }
        Ok(None) => Ok(Err(UploadProblem::TooLarge)),
        Err(crate::storage::StorageError::Backend(message)) if message.starts_with("upload interrupted") => {
            Ok(Err(UploadProblem::Interrupted))
        }
        Err(error) => Err(error.into()),
    }
}

/// Whether the request says, before anything is read, that it is larger than `limit` allows.
pub fn too_large_by_header(request: &HttpRequest, limit: u64) -> bool {
    let declared =
        request.headers().get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    // Room for the form's other fields and the multipart boundaries.
    declared.is_some_and(|length| length > limit + 64 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;

    #[test]
    fn each_problem_has_one_message_per_kind_of_file() {
        let limit = 50 * 1024 * 1024;
        let english = |problem: UploadProblem, wanted| Tr::source().message(&problem.message(wanted, limit));
        assert!(english(UploadProblem::TooLarge, Wanted::Recording).contains("smaller than 50 MB"));
        assert!(english(UploadProblem::TooLarge, Wanted::Attachment).contains("smaller than 50 MB"));
        assert_eq!(
            english(UploadProblem::WrongType, Wanted::Attachment),
            "The file must be a PDF, an image or an office document, and its contents must match (a renamed file is refused)"
        );
        assert_eq!(
            UploadProblem::Interrupted.message(Wanted::Recording, limit),
            UploadProblem::Interrupted.message(Wanted::Attachment, limit)
        );
        assert_ne!(
            UploadProblem::WrongType.message(Wanted::Recording, limit),
            UploadProblem::WrongType.message(Wanted::Attachment, limit)
        );
    }
}
