//! A group's bids: start one, answer each part (saving as it goes), upload a recording and
//! files, check and send, withdraw. Only members of the bid's group reach any of it (anyone
//! else gets 404); a community connector must hold the connector role in the round's programme.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::Deserialize;

use super::group_word;
use super::{html, html_with_status, redirect};
use crate::bids::actions::{self, BidError, Sent, StoredUpload};
use crate::bids::files::{self as filetypes};
use crate::bids::lifecycle::Actor;
use crate::bids::model::FileKind;
use crate::bids::rules::{CaseForm, MoneyForm, check_case, check_money};
use crate::bids::word::Purpose;
use crate::bids::{Bid, queries};
use crate::forms::FieldErrors;
use crate::groups::Group;
use crate::i18n::{Message, Tr};
use crate::rounds::{Round, RoundStatus};
use crate::storage::{ObjectKind, StorageKey};
use crate::web::access::{BidAccess, MemberBid, member_bid};
use crate::web::bid_start::{Checked, check_eligibility, eligibility_in_form, eligibility_value, open_bid};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::files::send_file;
use crate::web::form_lists;
use crate::web::sent_bid::sent_bid_page;
use crate::web::uploads::{UploadProblem, Uploaded, Wanted, max_mb, receive_upload, too_large_by_header};
use crate::web::views::bids::{self as views, BidView};
use crate::web::{AppState, pending_forms};

/// The error page for a refused action on a bid, in the reader's language.
fn refused(tr: Tr, error: BidError) -> AppError {
    crate::web::bid_start::refusal(tr, error)
}

/// The version the person's page showed. Versions start at 1, so a missing or unreadable
/// `version` field becomes 0, which never matches: it is treated as an edit conflict (the person
/// sees the latest answers), never as "skip the check".
fn version_of(text: &str) -> Option<i32> {
    Some(text.trim().parse().unwrap_or(0))
}

/// A part's form plus which button was pressed: "continue" or "later".
#[derive(Debug, Deserialize)]
pub struct Saved<T> {
    #[serde(flatten)]
    form: T,
    #[serde(default)]
    then: String,
}

/// Where "Save and continue" goes from each part; "Save and come back later" goes to the task
/// list.
/// Where a saved part of the bid goes: "Save and come back later" to the task list, "Save and
/// continue" to the next part, and the case page's "Upload or record" (saved first, so nothing
/// typed is lost) to the recording page.
fn after_save(bid_id: i64, then: &str, next_part: &str) -> String {
    match then {
        "later" => format!("/bids/{bid_id}"),
        "recording" => format!("/bids/{bid_id}/recording"),
        _ => format!("/bids/{bid_id}/{next_part}"),
    }
}

/// What a saved part still lacks before the bid can be sent, said on the next page: nothing
/// typed at all, the answers still to give, or simply saved.
fn saved_note(tr: Tr, missing: &[&'static str], nothing_entered: bool) -> Message {
    if nothing_entered {
        Message::new("bids-saved-nothing")
    } else if missing.is_empty() {
        Message::new("bids-saved")
    } else {
        let list: Vec<String> = missing.iter().map(|what| tr.t(what)).collect();
        Message::new("bids-saved-missing").arg("missing", list.join(", "))
    }
}

// ----- starting a bid -------------------------------------------------------------------------

async fn open_round(state: &AppState, slug: String) -> Result<Round, AppError> {
    state.query(move |conn| crate::rounds::queries::find_by_slug(conn, &slug)).await?.ok_or(AppError::NotFound)
}

async fn groups_for_start(state: &AppState, person_id: i64) -> Result<Vec<Group>, AppError> {
    let groups = state.query(move |conn| crate::groups::queries::groups_of(conn, person_id)).await?;
    Ok(groups.into_iter().map(|(group, _)| group).collect())
}

fn round_not_open(viewer: &Viewer, round: &Round, now: chrono::NaiveDateTime) -> HttpResponse {
    let tr = viewer.tr;
    let message = match round.status(now) {
        RoundStatus::Upcoming => {
            crate::t!(tr, "bids-round-opens-on", round = &round.name, opens = tr.london_datetime(round.opens_at))
        }
        _ => crate::t!(tr, "bids-round-closed-on", round = &round.name, closed = tr.london_datetime(round.closes_at)),
    };
    html_with_status(
        StatusCode::CONFLICT,
        crate::web::views::accounts::dead_link(
            &viewer.ctx(),
            &tr.t("bids-round-not-open-title"),
            &message,
            "/",
            &tr.t("bids-round-not-open-link"),
        ),
    )
}

pub async fn start_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let round = open_round(&state, slug.into_inner()).await?;
    let checked = match check_eligibility(&state, &round, &eligibility_value(request.query_string())).await? {
        Ok(checked) => checked,
        Err(to_questions) => return Ok(to_questions),
    };
    let signed_in = viewer.require_signed_in()?.clone();
    if round.status(state.now()) != RoundStatus::Open {
        return Ok(round_not_open(&viewer, &round, state.now()));
    }
    let groups = groups_for_start(&state, signed_in.person.id).await?;
    Ok(html(views::start(&viewer.ctx(), &round, &checked.start_path, &groups, &FieldErrors::new())))
}

/// Starts a draft for the chosen group (`group_id`), or opens the group's existing draft for
/// this round (so a double click does not make two), keeping the group's eligibility answers
/// with it: from the address (`?eligibility=…`), or sent with the form itself (`q{id}`) by a
/// person with one group answering the questions.
pub async fn start(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    slug: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let round = open_round(&state, slug.into_inner()).await?;
    let fields = form.into_inner();
    let mut eligibility = eligibility_value(request.query_string());
    if eligibility.is_empty() && fields.iter().any(|(name, _)| name == "check") {
        // The questions form itself, sent by a person with one group.
        eligibility = eligibility_in_form(&state, &round, &fields).await?;
        if eligibility.is_empty() {
            return Ok(redirect(&format!("/rounds/{}/eligibility?check=yes", round.slug)));
        }
    }
    let Checked { given, start_path } = match check_eligibility(&state, &round, &eligibility).await? {
        Ok(checked) => checked,
        Err(to_questions) => return Ok(to_questions),
    };
    let signed_in = viewer.require_signed_in()?.clone();
    let now = state.now();
    if round.status(now) != RoundStatus::Open {
        return Ok(round_not_open(&viewer, &round, now));
    }
    let groups = groups_for_start(&state, signed_in.person.id).await?;
    let chosen = fields.iter().find(|(name, _)| name == "group_id").and_then(|(_, id)| id.parse::<i64>().ok());
    let Some(group) = chosen.and_then(|id| groups.iter().find(|g| g.id == id)).cloned() else {
        let errors = FieldErrors::single("group_id", "bids-start-error-no-group");
        return Ok(html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::start(&viewer.ctx(), &round, &start_path, &groups, &errors),
        ));
    };
    let person = (signed_in.person.id, &signed_in.roles);
    let opened = open_bid(&state, person, &round, group.id, given, viewer.tr).await?;
    Ok(redirect(&opened.path()))
}

// ----- the bid's own page ---------------------------------------------------------------------

pub async fn show(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    if !access.bid.state.is_editable() {
        let form = crate::grants::rules::AcceptForm::default();
        return sent_bid_page(&state, &viewer, &access, &form, &FieldErrors::new()).await;
    }
    let id = access.bid.id;
    let history = state.query(move |conn| queries::history(conn, id)).await?;
    let closed = access.round.status(state.now()) == RoundStatus::Closed;
    Ok(html(views::task_list(&viewer.ctx_in(&access.programme), &access.view(), &history, closed)))
}

/// Parts of a sent bid cannot be changed: say so rather than show a form.
fn refuse_if_sent(tr: Tr, access: &BidAccess) -> Result<(), AppError> {
    if access.bid.state.is_editable() { Ok(()) } else { Err(refused(tr, BidError::NotEditable)) }
}

/// Sends someone whose session ended mid-form to sign in, keeping what they typed.
async fn keep_and_sign_in(
    state: &AppState,
    viewer: &Viewer,
    path: &str,
    fields: serde_json::Value,
) -> Result<HttpResponse, AppError> {
    pending_forms::stash(state, &viewer.session, path, fields).await?;
    // A response, not an error: the session cookie (which now holds the token) is only written
    // on responses.
    Ok(AppError::SignInRequired(path.to_string()).error_response())
}

// ----- about the money ------------------------------------------------------------------------

pub async fn money_form(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    refuse_if_sent(viewer.tr, &access)?;
    let path = format!("/bids/{}/money", access.bid.id);
    let mut ctx = viewer.ctx_in(&access.programme);
    let form = match pending_forms::take::<MoneyForm>(&state, &viewer.session, &path).await? {
        Some(kept) => {
            ctx.flash = Some(kept_notice(viewer.tr));
            kept
        }
        None => MoneyForm::from_bid(&access.bid).with_places(&access.places, &access.group.postcode),
    };
    Ok(html(views::money_form(&ctx, &access.view(), &form, &FieldErrors::new())))
}

fn kept_notice(tr: Tr) -> crate::web::views::layout::Flash {
    crate::web::views::layout::Flash { message: tr.t("bids-kept-answers") }
}

pub async fn save_money(
    state: web::Data<AppState>,
    viewer: Viewer,
    bid_id: web::Path<i64>,
    pairs: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let bid_id = bid_id.into_inner();
    let Saved::<MoneyForm> { form, then } = form_lists::from_pairs(&pairs, &["area"])
        .map_err(|error| AppError::BadRequest(format!("the form could not be read: {error}")))?;
    if viewer.signed_in.is_none() {
        return keep_and_sign_in(
            &state,
            &viewer,
            &format!("/bids/{bid_id}/money"),
            serde_json::to_value(&form).unwrap_or_default(),
        )
        .await;
    }
    let access = member_bid(&state, &viewer, bid_id).await?;
    refuse_if_sent(viewer.tr, &access)?;
    let answers = match check_money(&form, &access.round, &access.places.areas) {
        Ok(answers) => answers,
        Err(errors) => {
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::money_form(&viewer.ctx_in(&access.programme), &access.view(), &form, &errors),
            ));
        }
    };
    let (editor, version, now) = (access.editor(), version_of(&form.version), state.now());
    let missing = answers.missing();
    let note = saved_note(viewer.tr, &missing, missing.len() == 4);
    match state.db.call(move |conn| actions::save_money(conn, editor, bid_id, version, &answers, now)).await? {
        Ok(()) => {
            viewer.flash(note);
            Ok(redirect(&after_save(bid_id, &then, "case")))
        }
        Err(BidError::VersionConflict) => {
            let mut form = form;
            form.version = access.bid.version.to_string();
            let errors = FieldErrors::single("title", conflict_message());
            Ok(html_with_status(
                StatusCode::CONFLICT,
                views::money_form(&viewer.ctx_in(&access.programme), &access.view(), &form, &errors),
            ))
        }
        Err(other) => Err(refused(viewer.tr, other)),
    }
}

fn conflict_message() -> Message {
    Message::new("bids-error-part-conflict")
}

// ----- need, reach and impact -----------------------------------------------------------------

pub async fn case_form(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    refuse_if_sent(viewer.tr, &access)?;
    let path = format!("/bids/{}/case", access.bid.id);
    let mut ctx = viewer.ctx_in(&access.programme);
    let form = match pending_forms::take::<CaseForm>(&state, &viewer.session, &path).await? {
        Some(kept) => {
            ctx.flash = Some(kept_notice(viewer.tr));
            kept
        }
        None => CaseForm::from_bid(&access.bid),
    };
    Ok(html(views::case_form(&ctx, &access.view(), &form, &FieldErrors::new())))
}

pub async fn save_case(
    state: web::Data<AppState>,
    viewer: Viewer,
    bid_id: web::Path<i64>,
    saved: web::Form<Saved<CaseForm>>,
) -> Result<HttpResponse, AppError> {
    let bid_id = bid_id.into_inner();
    let Saved { form, then } = saved.into_inner();
    if viewer.signed_in.is_none() {
        return keep_and_sign_in(
            &state,
            &viewer,
            &format!("/bids/{bid_id}/case"),
            serde_json::to_value(&form).unwrap_or_default(),
        )
        .await;
    }
    let access = member_bid(&state, &viewer, bid_id).await?;
    refuse_if_sent(viewer.tr, &access)?;
    let answers = match check_case(&form) {
        Ok(answers) => answers,
        Err(errors) => {
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::case_form(&viewer.ctx_in(&access.programme), &access.view(), &form, &errors),
            ));
        }
    };
    let (editor, version, now) = (access.editor(), version_of(&form.version), state.now());
    let has_recording = access.files.iter().any(crate::bids::BidFile::is_recording);
    let nothing_entered = !has_recording && answers.is_empty();
    let missing = if answers.tells_the_case(has_recording, &access.bid.recording_covers) {
        Vec::new()
    } else {
        vec!["what-bid-case"]
    };
    let note = saved_note(viewer.tr, &missing, nothing_entered);
    match state.db.call(move |conn| actions::save_case(conn, editor, bid_id, version, &answers, now)).await? {
        Ok(()) => {
            if then != "recording" {
                viewer.flash(note);
            }
            Ok(redirect(&after_save(bid_id, &then, "check")))
        }
        Err(BidError::VersionConflict) => {
            let mut form = form;
            form.version = access.bid.version.to_string();
            let errors = FieldErrors::single("video_url", conflict_message());
            Ok(html_with_status(
                StatusCode::CONFLICT,
                views::case_form(&viewer.ctx_in(&access.programme), &access.view(), &form, &errors),
            ))
        }
        Err(other) => Err(refused(viewer.tr, other)),
    }
}

// ----- recordings and files -------------------------------------------------------------------

pub async fn recording_form(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    refuse_if_sent(viewer.tr, &access)?;
    Ok(html(views::recording_form(
        &viewer.ctx_in(&access.programme),
        &access.view(),
        max_mb(state.config.uploads.max_recording_bytes),
        &FieldErrors::new(),
    )))
}

pub async fn files_form(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    refuse_if_sent(viewer.tr, &access)?;
    Ok(html(views::files_form(
        &viewer.ctx_in(&access.programme),
        &access.view(),
        max_mb(state.config.uploads.max_attachment_bytes),
        &FieldErrors::new(),
    )))
}

async fn record_upload(
    state: &AppState,
    tr: Tr,
    access: &BidAccess,
    kind: FileKind,
    uploaded: Uploaded,
) -> Result<(), AppError> {
    let (editor, bid_id, now) = (access.editor(), access.bid.id, state.now());
    let key_text = uploaded.key.as_str().to_string();
    let outcome = state
        .db
        .run(move |conn| {
            let upload = StoredUpload {
                kind,
                storage_key: &key_text,
                filename: &uploaded.filename,
                content_type: uploaded.file_type.mime,
                size_bytes: uploaded.size as i64,
            };
            Ok::<_, AppError>(actions::attach(conn, editor, bid_id, &upload, now))
        })
        .await?;
    match outcome {
        Ok(replaced) => {
            for old in replaced.iter().filter_map(|k| StorageKey::from_stored(k)) {
                state.storage.delete(&old).await?;
            }
            Ok(())
        }
        Err(error) => {
            // Nothing refers to the bytes now: remove them.
            state.storage.delete(&uploaded.key).await?;
            Err(refused(tr, error))
        }
    }
}

pub async fn upload_recording(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
    request: HttpRequest,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    refuse_if_sent(viewer.tr, &access)?;
    let limit = state.config.uploads.max_recording_bytes;
    let problem = |message: Message| -> HttpResponse {
        html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::recording_form(
                &viewer.ctx_in(&access.programme),
                &access.view(),
                max_mb(limit),
                &FieldErrors::single("recording", message),
            ),
        )
    };
    if too_large_by_header(&request, limit) {
        return Ok(problem(UploadProblem::TooLarge.message(Wanted::Recording, limit)));
    }
    match receive_upload(
        &state,
        payload,
        &["recording", "recording_file"],
        ObjectKind::Recording,
        limit,
        filetypes::recording_type,
    )
    .await?
    {
        Ok(uploaded) => {
            record_upload(&state, viewer.tr, &access, FileKind::Recording, uploaded).await?;
            viewer.flash("bids-flash-recording-uploaded");
            Ok(redirect(&format!("/bids/{}/case", access.bid.id)))
        }
        Err(refused) => Ok(problem(refused.message(Wanted::Recording, limit))),
    }
}

pub async fn upload_file(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
    request: HttpRequest,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    refuse_if_sent(viewer.tr, &access)?;
    let limit = state.config.uploads.max_attachment_bytes;
    let problem = |message: Message| -> HttpResponse {
        html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::files_form(
                &viewer.ctx_in(&access.programme),
                &access.view(),
                max_mb(limit),
                &FieldErrors::single("attachment", message),
            ),
        )
    };
    if too_large_by_header(&request, limit) {
        return Ok(problem(UploadProblem::TooLarge.message(Wanted::Attachment, limit)));
    }
    match receive_upload(&state, payload, &["attachment"], ObjectKind::Attachment, limit, filetypes::attachment_type)
        .await?
    {
        Ok(uploaded) => {
            let name = uploaded.filename.clone();
            record_upload(&state, viewer.tr, &access, FileKind::Attachment, uploaded).await?;
            viewer.flash(Message::new("bids-flash-file-added").arg("filename", name));
            Ok(redirect(&format!("/bids/{}/files", access.bid.id)))
        }
        Err(refused) => Ok(problem(refused.message(Wanted::Attachment, limit))),
    }
}

pub async fn remove_file(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (bid_id, file_id) = path.into_inner();
    let access = member_bid(&state, &viewer, bid_id).await?;
    let (editor, now) = (access.editor(), state.now());
    let key = state
        .db
        .call(move |conn| actions::remove_file(conn, editor, bid_id, file_id, now))
        .await?
        .map_err(|e| refused(viewer.tr, e))?;
    if let Some(key) = StorageKey::from_stored(&key) {
        state.storage.delete(&key).await?;
    }
    viewer.flash("bids-flash-file-removed");
    Ok(redirect(&format!("/bids/{bid_id}/files")))
}

/// Streams one of the bid's files to a member of its group (with byte ranges for recordings).
pub async fn download_file(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (bid_id, file_id) = path.into_inner();
    let access = member_bid(&state, &viewer, bid_id).await?;
    let file = access.files.iter().find(|f| f.id == file_id).ok_or(AppError::NotFound)?;
    send_file(&state, &request, file).await
}

// ----- checking, sending, withdrawing ---------------------------------------------------------

pub async fn check(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    refuse_if_sent(viewer.tr, &access)?;
    let waiting = group_word::word_needed(&state, &access, Purpose::Send).await?;
    let no_errors = FieldErrors::new();
    let ask = waiting.as_ref().map(|waiting| group_word::ask_view(&access, waiting.as_ref(), "", &no_errors));
    Ok(html(views::check(&viewer.ctx_in(&access.programme), &access.view(), &[], ask.as_ref())))
}

pub async fn submit(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    let (sender, editor, id, links, now) =
        (access.signed_in.person.clone(), access.editor(), access.bid.id, state.links(), state.now());
    let outcome = state.db.call(move |conn| actions::submit(conn, &sender, editor, id, None, &links, now)).await?;
    match outcome {
        Ok(Sent::Now { .. }) => Ok(redirect(&format!("/bids/{id}/sent"))),
        Ok(Sent::Already { .. }) => Ok(redirect(&format!("/bids/{id}/sent"))),
        Err(BidError::NotReady(problems)) => Ok(html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::check(&viewer.ctx_in(&access.programme), &access.view(), &problems, None),
        )),
        Err(other) => Err(refused(viewer.tr, other)),
    }
}

pub async fn sent(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    if access.bid.reference.is_none() {
        return Ok(redirect(&format!("/bids/{}", access.bid.id)));
    }
    let group_id = access.group.id;
    let answered = state.query(move |conn| crate::groups::queries::equality_of(conn, group_id)).await?.is_some();
    let email = &access.signed_in.person.email;
    Ok(html(views::sent(&viewer.ctx_in(&access.programme), &access.view(), email, !answered)))
}

/// `GET /bids/{id}/withdraw`: what withdrawing means, before it is done.
pub async fn confirm_withdraw(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    let may_withdraw = crate::bids::lifecycle::next_state(
        access.bid.state,
        crate::bids::lifecycle::Transition::Withdraw,
        access.editor().actor(),
    )
    .is_ok();
    if !may_withdraw || access.editor().actor() == Actor::Connector {
        return Ok(redirect(&format!("/bids/{}", access.bid.id)));
    }
    let round_open = access.round.status(state.now()) == crate::rounds::RoundStatus::Open;
    Ok(html(views::confirm_withdraw(&viewer.ctx_in(&access.programme), &access.view(), round_open)))
}

pub async fn withdraw(
    state: web::Data<AppState>,
    MemberBid { viewer, access }: MemberBid,
) -> Result<HttpResponse, AppError> {
    let (editor, id, now) = (access.editor(), access.bid.id, state.now());
    if editor.actor() == Actor::Connector {
        return Err(AppError::Conflict(viewer.tr.t("bids-error-withdraw-group-only")));
    }
    state.db.call(move |conn| actions::withdraw(conn, editor, id, now)).await?.map_err(|e| refused(viewer.tr, e))?;
    viewer.flash("bids-flash-withdrawn");
    Ok(redirect(&format!("/bids/{id}")))
}

// ----- the group's contact confirming an assisted bid ----------------------------------------

/// What the group's contact sees of an assisted bid: the bid, its round and programme, the
/// group, who helped, and whether it is already confirmed.
type ContactView = (Bid, Round, crate::programmes::Programme, Group, Option<String>, bool);

async fn bid_for_contact(state: &AppState, tr: Tr, token: String) -> Result<Option<ContactView>, AppError> {
    state
        .db
        .run(move |conn| {
            let (bid_id, confirmed) = match actions::bid_for_confirmation(conn, &token) {
                Ok(found) => found,
                Err(BidError::NotFound) => return Ok::<_, AppError>(None),
                Err(other) => return Err(refused(tr, other)),
            };
            let Some((bid, round, group)) = queries::find_full(conn, bid_id)? else { return Ok(None) };
            let Some(programme) = crate::programmes::queries::find(conn, round.programme_id)? else { return Ok(None) };
            let assisted = match bid.assisted_by {
                Some(id) => queries::person_name(conn, id)?,
                None => None,
            };
            Ok(Some((bid, round, programme, group, assisted, confirmed.is_some())))
        })
        .await
}

pub async fn confirm_page(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let (bid, round, programme, group, assisted, confirmed) =
        bid_for_contact(&state, viewer.tr, token.clone()).await?.ok_or(AppError::NotFound)?;
    let view = BidView {
        bid: &bid,
        round: &round,
        group: &group,
        files: &[],
        assisted_by: assisted.as_deref(),
        translation: None,
        translate_link: None,
        places: None,
    };
    Ok(html(views::confirm_for_contact(&viewer.ctx_in(&programme), &view, &token, confirmed)))
}

pub async fn confirm(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (token, now) = (token.into_inner(), state.now());
    let confirming = token.clone();
    state
        .db
        .call(move |conn| actions::confirm_by_contact(conn, &confirming, now))
        .await?
        .map_err(|e| refused(viewer.tr, e))?;
    viewer.flash("bids-flash-confirmed");
    Ok(redirect(&format!("/confirm-bid/{token}")))
}
