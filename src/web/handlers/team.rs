//! The lead's page for who runs a programme and how to reach a person there (with the
//! programme's part of the privacy notice), its logo, and the logo served to everyone.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::bids::files as filetypes;
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::programmes::contact::{ContactForm, check_contact};
use crate::programmes::{Programme, actions, queries as programmes};
use crate::storage::{ObjectKind, StorageKey};
use crate::web::AppState;
use crate::web::access::managed_programme;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::files::{Download, stream_object};
use crate::web::uploads::{UploadProblem, receive_upload, too_large_by_header};
use crate::web::views::notices::{self as views, ContactPage};

/// The largest logo: plenty for a sharp picture 64 pixels high, small enough for a phone.
pub const MAX_LOGO_BYTES: u64 = 512 * 1024;

fn page(
    viewer: &Viewer,
    programme: &Programme,
    form: &ContactForm,
    errors: &FieldErrors,
    logo_errors: &FieldErrors,
) -> maud::Markup {
    let view = ContactPage { programme, form, errors, logo_errors, max_logo_kb: MAX_LOGO_BYTES / 1024 };
    views::contact_form(&viewer.ctx(), &view)
}

/// `GET /manage/programmes/{id}/contact`
pub async fn contact_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = ContactForm::from_programme(&programme);
    Ok(html(page(&viewer, &programme, &form, &FieldErrors::new(), &FieldErrors::new())))
}

/// `POST /manage/programmes/{id}/contact`
pub async fn save_contact(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<ContactForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let input = match check_contact(&form) {
        Ok(input) => input,
        Err(errors) => {
            let markup = page(&viewer, &programme, &form, &errors, &FieldErrors::new());
            return Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, markup));
        }
    };
    let (actor, id, now) = (signed_in.person.id, programme.id, state.now());
    state.query(move |conn| actions::update_contact(conn, actor, id, &input, now)).await?;
    viewer.flash("manage-contact-saved");
    Ok(redirect(&format!("/manage/programmes/{id}")))
}

/// `POST /manage/programmes/{id}/logo`: an image, checked by its content, never SVG.
pub async fn upload_logo(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    request: HttpRequest,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let refused = |problem: UploadProblem| -> HttpResponse {
        let message = match problem {
            UploadProblem::Missing => Message::new("manage-contact-logo-missing"),
            UploadProblem::TooLarge => Message::new("manage-contact-logo-too-large")
                .arg("max_kb", i64::try_from(MAX_LOGO_BYTES / 1024).unwrap_or(i64::MAX)),
            UploadProblem::WrongType => Message::new("manage-contact-logo-wrong-type"),
            UploadProblem::Interrupted => Message::new("bids-upload-interrupted"),
        };
        let form = ContactForm::from_programme(&programme);
        let markup = page(&viewer, &programme, &form, &FieldErrors::new(), &FieldErrors::single("logo", message));
        html_with_status(StatusCode::UNPROCESSABLE_ENTITY, markup)
    };
    if too_large_by_header(&request, MAX_LOGO_BYTES) {
        return Ok(refused(UploadProblem::TooLarge));
    }
    let uploaded =
        match receive_upload(&state, payload, &["logo"], ObjectKind::Logo, MAX_LOGO_BYTES, filetypes::logo_type).await?
        {
            Ok(uploaded) => uploaded,
            Err(problem) => return Ok(refused(problem)),
        };
    let (actor, id, now) = (signed_in.person.id, programme.id, state.now());
    let (key, mime) = (uploaded.key.as_str().to_string(), uploaded.file_type.mime);
    let saved = state.query(move |conn| actions::set_logo(conn, actor, id, Some((&key, mime)), now)).await;
    match saved {
        Ok(replaced) => {
            delete_quietly(&state, replaced).await;
            viewer.flash("manage-contact-logo-saved");
            Ok(redirect(&format!("/manage/programmes/{id}/contact")))
        }
        Err(error) => {
            delete_quietly(&state, Some(uploaded.key.as_str().to_string())).await;
            Err(error)
        }
    }
}

/// `POST /manage/programmes/{id}/logo/remove`
pub async fn remove_logo(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let (actor, id, now) = (signed_in.person.id, programme.id, state.now());
    let replaced = state.query(move |conn| actions::set_logo(conn, actor, id, None, now)).await?;
    delete_quietly(&state, replaced).await;
    viewer.flash("manage-contact-logo-removed");
    Ok(redirect(&format!("/manage/programmes/{id}/contact")))
}

/// Deletes a logo no longer used. A failure leaves an unused file behind, which harms nobody,
/// so it is logged rather than shown.
async fn delete_quietly(state: &AppState, key: Option<String>) {
    if let Some(key) = key.as_deref().and_then(StorageKey::from_stored)
        && let Err(error) = state.storage.delete(&key).await
    {
        tracing::warn!(%error, key = key.as_str(), "an old logo could not be deleted");
    }
}

/// `GET /programmes/{slug}/logo`: public, like the pages that show it.
pub async fn logo(
    state: web::Data<AppState>,
    request: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let programme = state.query(move |conn| programmes::find_by_slug(conn, &slug)).await?.ok_or(AppError::NotFound)?;
    let (Some(key), Some(content_type)) = (programme.logo_key.as_deref(), programme.logo_content_type.as_deref())
    else {
        return Err(AppError::NotFound);
    };
    let key = StorageKey::from_stored(key).ok_or(AppError::NotFound)?;
    stream_object(&state.storage, &request, Download { key: &key, content_type, filename: "logo", inline: true }).await
}
