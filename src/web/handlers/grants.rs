//! The group's side of an award: the offer with its conditions, accepting it (a named person,
//! and whether the group may be named publicly) or turning it down, what has been paid, and the
//! light end-of-grant report. Only members of the bid's group reach any of it; a community
//! connector can see the offer and help with the report but cannot accept for the group.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;

use super::{html, html_with_status, redirect};
use crate::bids::BidState;
use crate::bids::files as filetypes;
use crate::forms::FieldErrors;
use crate::grants::actions::{self, GrantError, ReportRecording};
use crate::grants::rules::{AcceptForm, ReportForm, check_acceptance, check_report};
use crate::grants::{GrantReport, queries};
use crate::i18n::{Message, Tr};
use crate::measures::Question;
use crate::storage::{ObjectKind, StorageKey};
use crate::web::AppState;
use crate::web::access::{BidAccess, MemberBid};
use crate::web::error::AppError;
use crate::web::sent_bid::sent_bid_page;
use crate::web::uploads::{UploadProblem, Uploaded, Wanted, max_mb, store_field, too_large_by_header};
use crate::web::views::grants::{self as views};

/// A refused change to an award as the page's error, in the reader's language.
pub fn refused(error: GrantError, tr: Tr) -> AppError {
    match (error.message(), error) {
        (Some(message), _) => AppError::Conflict(tr.message(&message)),
        (None, GrantError::Database(error)) => error.into(),
        (None, _) => AppError::NotFound,
    }
}

/// `POST /bids/{id}/accept`
pub async fn accept(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
    form: web::Form<AcceptForm>,
) -> Result<HttpResponse, AppError> {
    let acceptance = match check_acceptance(&form) {
        Ok(acceptance) => acceptance,
        Err(errors) => return sent_bid_page(&state, &viewer, &access, &form, &errors).await,
    };
    let (person, actor, id, links, now) =
        (access.signed_in.person.clone(), access.editor().actor(), access.bid.id, state.links(), state.now());
    let group_id = access.group.id;
    let bank_given = state
        .db
        .call(move |conn| {
            actions::accept(conn, &person, actor, id, &acceptance, None, &links, now)?;
            Ok::<_, GrantError>(crate::bank_details::queries::current(conn, group_id)?.is_some())
        })
        .await?
        .map_err(|error| refused(error, viewer.tr))?;
    viewer.flash("grants-flash-accepted");
    // The group's own member is asked straight away where to pay the grant.
    if !bank_given && !access.member.is_connector {
        return Ok(redirect(&format!("/groups/{group_id}/bank-details?next=/bids/{id}")));
    }
    Ok(redirect(&format!("/bids/{id}")))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct DeclineForm {
    pub reason: String,
}

/// `POST /bids/{id}/decline-offer`
pub async fn decline_offer(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
    form: web::Form<DeclineForm>,
) -> Result<HttpResponse, AppError> {
    let (person, actor, id, links, now) =
        (access.signed_in.person.clone(), access.editor().actor(), access.bid.id, state.links(), state.now());
    let mut errors = FieldErrors::new();
    let reason = crate::forms::optional_text(&mut errors, "reason", &form.reason, "what-grant-decline-reason", 2_000);
    if !errors.is_empty() {
        return sent_bid_page(&state, &viewer, &access, &AcceptForm::default(), &errors).await;
    }
    state
        .db
        .call(move |conn| actions::decline_offer(conn, &person, actor, id, &reason, &links, now))
        .await?
        .map_err(|error| refused(error, viewer.tr))?;
    viewer.flash("grants-flash-declined");
    Ok(redirect(&format!("/bids/{id}")))
}

/// A running grant's bid, or a clear refusal.
fn refuse_unless_running(access: &BidAccess, tr: Tr) -> Result<(), AppError> {
    if access.bid.state == BidState::Active {
        Ok(())
    } else {
        let state = Message::new(access.bid.state.describe_key());
        Err(AppError::Conflict(tr.message(&Message::new("grants-no-report-to-send").arg("state", state))))
    }
}

/// `GET /bids/{id}/report`: the form, filled with the report already sent if there is one.
pub async fn report_form(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    refuse_unless_running(&access, viewer.tr)?;
    let (existing, questions) = report_and_questions(&state, &access).await?;
    let form = existing.as_ref().map(form_from_report).unwrap_or_default();
    let limit = max_mb(state.config.uploads.max_recording_bytes);
    let ctx = viewer.ctx_in(&access.programme);
    Ok(html(views::report_form(&ctx, &access.bid, &questions, &form, &FieldErrors::new(), limit)))
}

/// The report already sent, if any, and what the report asks: the questions the sent report
/// was asked, or else the programme's measures now.
async fn report_and_questions(
    state: &AppState,
    access: &BidAccess,
) -> Result<(Option<GrantReport>, Vec<Question>), AppError> {
    let (id, programme_id) = (access.bid.id, access.programme.id);
    state
        .query(move |conn| {
            let existing = queries::report_of(conn, id)?;
            let questions =
                crate::measures::queries::questions_for(conn, programme_id, existing.as_ref().map(|r| r.id))?;
            Ok::<_, diesel::result::Error>((existing, questions))
        })
        .await
}

fn form_from_report(report: &GrantReport) -> ReportForm {
    ReportForm {
        answers: report.answers.iter().map(|answer| (answer.measure_id, answer.typed())).collect(),
        story: report.story.clone(),
        video_url: report.video_url.clone(),
        spent_as_planned: if report.spent_as_planned { "yes" } else { "no" }.to_string(),
        explanation: report.explanation.clone(),
    }
}

/// The longest text field the report form takes, in bytes (the story is the longest).
const MAX_TEXT_FIELD_BYTES: usize = 32 * 1024;

/// The report form's words and its optional recording, read from the multipart body with the
/// recording streamed to the object store.
async fn read_report(
    state: &AppState,
    tr: Tr,
    mut payload: Multipart,
) -> Result<(ReportForm, Result<Option<Uploaded>, UploadProblem>), AppError> {
    let mut form = ReportForm::default();
    let mut recording = Ok(None);
    let limit = state.config.uploads.max_recording_bytes;
    while let Some(field) = payload.next().await {
        let Ok(mut field) = field else { return Ok((form, Err(UploadProblem::Interrupted))) };
        let name = field.name().unwrap_or_default().to_string();
        if name == "recording" {
            recording = store_field(state, field, ObjectKind::Recording, limit, filetypes::recording_type).await?;
            if recording.is_err() {
                break;
            }
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let Ok(chunk) = chunk else { return Ok((form, Err(UploadProblem::Interrupted))) };
            if bytes.len() + chunk.len() > MAX_TEXT_FIELD_BYTES {
                return Err(AppError::BadRequest(tr.t("grants-error-field-too-long")));
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Some(measure_id) = name.strip_prefix("measure-").and_then(|id| id.parse::<i64>().ok()) {
            form.answers.push((measure_id, text));
            continue;
        }
        match name.as_str() {
            "story" => form.story = text,
            "video_url" => form.video_url = text,
            "spent_as_planned" => form.spent_as_planned = text,
            "explanation" => form.explanation = text,
            _ => {}
        }
    }
    Ok((form, recording))
}

/// `POST /bids/{id}/report` (multipart, for the optional recording).
pub async fn submit_report(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
    request: HttpRequest,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    refuse_unless_running(&access, viewer.tr)?;
    let limit = state.config.uploads.max_recording_bytes;
    let (existing, questions) = report_and_questions(&state, &access).await?;
    let show = |form: &ReportForm, errors: &FieldErrors| {
        html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::report_form(&viewer.ctx_in(&access.programme), &access.bid, &questions, form, errors, max_mb(limit)),
        )
    };
    if too_large_by_header(&request, limit) {
        let message = UploadProblem::TooLarge.message(Wanted::Recording, limit);
        return Ok(show(&ReportForm::default(), &FieldErrors::single("recording", message)));
    }
    let (form, recording) = read_report(&state, viewer.tr, payload).await?;
    let uploaded = match recording {
        Ok(uploaded) => uploaded,
        Err(problem) => {
            // The report's recording is optional, so a missing one only means the upload broke.
            let problem = if problem == UploadProblem::Missing { UploadProblem::Interrupted } else { problem };
            return Ok(show(&form, &FieldErrors::single("recording", problem.message(Wanted::Recording, limit))));
        }
    };
    let id = access.bid.id;
    let had_recording = existing.as_ref().is_some_and(|r| r.recording_key.is_some());
    let input = match check_report(&form, uploaded.is_some() || had_recording, &questions) {
        Ok(input) => input,
        Err(mut errors) => {
            if let Some(uploaded) = uploaded {
                // Nothing refers to it: the person chooses it again with the corrected form.
                state.storage.delete(&uploaded.key).await?;
                errors.add("recording", "grants-error-recording-again");
            }
            return Ok(show(&form, &errors));
        }
    };
    let stored = uploaded.as_ref().map(|u| ReportRecording {
        key: u.key.as_str().to_string(),
        content_type: u.file_type.mime.to_string(),
        size: u.size as i64,
    });
    let (person, links, now) = (access.signed_in.person.clone(), state.links(), state.now());
    let outcome =
        state.db.call(move |conn| actions::submit_report(conn, &person, id, &input, stored, &links, now)).await?;
    match outcome {
        Ok(replaced) => {
            if let Some(old) = replaced.as_deref().and_then(StorageKey::from_stored) {
                state.storage.delete(&old).await?;
            }
            viewer.flash("grants-flash-report-sent");
            Ok(redirect(&format!("/bids/{id}")))
        }
        Err(error) => {
            if let Some(uploaded) = uploaded {
                state.storage.delete(&uploaded.key).await?;
            }
            Err(refused(error, viewer.tr))
        }
    }
}

/// `GET /bids/{id}/report/recording` for members of the group.
pub async fn report_recording(
    state: web::Data<AppState>,
    MemberBid { access, .. }: MemberBid,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    crate::web::files::send_report_recording(&state, &request, access.bid.id).await
}
