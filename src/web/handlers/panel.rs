//! `/panel`: a panel member's queue and review pages. A bid is reached only through an
//! assignment to this member with no conflict declared, in a programme where they hold the
//! panel role; anything else is 404.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::accounts::ProgrammeRole;
use crate::bids::BidState;
use crate::forms::FieldErrors;
use crate::review::actions::{self, ReviewError};
use crate::review::model::Score;
use crate::review::scoring::{ReviewForm, check_review};
use crate::review::{Review, queries};
use crate::web::AppState;
use crate::web::access::{AssignedBid, PanelBid, assigned_bid};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::files::send_file;
use crate::web::views::bids::BidView;
use crate::web::views::panel::{self as views, ReviewPage, form_from_review};

/// A refused review or declaration as the page's error (409), in the viewer's language.
fn review_error(viewer: &Viewer, error: ReviewError) -> AppError {
    match error {
        ReviewError::Database(error) => error.into(),
        ReviewError::NotFound => AppError::NotFound,
        ReviewError::Refused(message) => AppError::Conflict(viewer.tr.message(&message)),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    page: Option<usize>,
}

/// `GET /panel?page=N`: the bids assigned to the viewer, those still to score first.
pub async fn queue(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<QueueQuery>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    if !signed_in.roles.is_panel_member_anywhere() {
        return Err(AppError::Forbidden);
    }
    let person_id = signed_in.person.id;
    // Only programmes where they still sit on the panel: a revoked role hides the old bids.
    let programmes = signed_in.roles.programmes_with(ProgrammeRole::Panel);
    let page = query.page.unwrap_or(1).max(1);
    let offset = ((page - 1) * queries::QUEUE_PAGE_SIZE) as i64;
    let memos = state.memos.clone();
    let now = state.now();
    let (found, work) = state
        .db
        .run(move |conn| {
            // The page's titles and names are read each time.
            let marker = crate::db::changes::change_marker(conn)?;
            let work = kept_panel_work(conn, &memos, marker, person_id, &programmes)?;
            Ok::<_, AppError>((queries::queue_page(conn, &work.places, offset, queries::QUEUE_PAGE_SIZE as i64)?, work))
        })
        .await?;
    if found.items.is_empty() && page > 1 {
        return Err(AppError::NotFound);
    }
    Ok(html(views::queue(&viewer.ctx(), &found, &work.deadlines, &work.departures, page, now)))
}

/// The member's [`queries::PanelWork`], kept until anything changes (a member has hundreds of
/// bids), or made now. Blocking.
pub(super) fn kept_panel_work(
    conn: &mut crate::db::DbConn,
    memos: &crate::web::memo::Memos,
    marker: crate::db::changes::ChangeMarker,
    person_id: i64,
    programmes: &[i64],
) -> Result<std::sync::Arc<queries::PanelWork>, AppError> {
    let key = format!("{person_id}:{programmes:?}");
    Ok(memos.panel_work.get_or_make(key, marker, || queries::panel_work(conn, person_id, programmes))?)
}

fn may_change(assigned: &AssignedBid, now: chrono::NaiveDateTime) -> bool {
    assigned.bid.state == BidState::InReview && assigned.round.panel_closed_at.is_none_or(|closed| closed > now)
}

fn review_page(
    viewer: &Viewer,
    assigned: &AssignedBid,
    form: ReviewForm,
    errors: &FieldErrors,
    conflict_note: &str,
    now: chrono::NaiveDateTime,
) -> maud::Markup {
    // Others' reviews only once this member has submitted their own.
    let submitted = assigned.own.as_ref().is_some_and(|(r, _)| r.is_submitted());
    let others: &[(Review, String, Vec<Score>)] = if submitted { &assigned.others } else { &[] };
    let view = ReviewPage {
        view: BidView {
            bid: &assigned.bid,
            round: &assigned.round,
            group: &assigned.group,
            files: &assigned.files,
            assisted_by: assigned.assisted_by.as_deref(),
            translation: assigned.translation.as_ref(),
            translate_link: None,
            places: Some(&assigned.places),
        },
        criteria: &assigned.criteria,
        own: assigned.own.as_ref(),
        form,
        others,
        may_change: may_change(assigned, now),
        errors,
        conflict_note,
    };
    views::review(&viewer.ctx(), &view)
}

pub async fn show(
    state: web::Data<AppState>,
    PanelBid { viewer, assigned }: PanelBid,
) -> Result<HttpResponse, AppError> {
    let form = form_from_review(assigned.own.as_ref(), &assigned.criteria);
    Ok(html(review_page(&viewer, &assigned, form, &FieldErrors::new(), "", state.now())))
}

pub async fn save_review(
    state: web::Data<AppState>,
    PanelBid { viewer, assigned }: PanelBid,
    pairs: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = ReviewForm::from_pairs(&pairs, &assigned.criteria);
    let has_media = !assigned.bid.video_url.is_empty() || assigned.files.iter().any(|f| f.is_recording());
    let input = match check_review(&form, &assigned.criteria, has_media) {
        Ok(input) => input,
        Err(errors) => {
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                review_page(&viewer, &assigned, form, &errors, "", state.now()),
            ));
        }
    };
    let (member, bid, round, now) =
        (assigned.signed_in.person.id, assigned.bid.clone(), assigned.round.clone(), state.now());
    let submitting = input.submit;
    state
        .db
        .call(move |conn| actions::save_review(conn, member, &bid, &round, &input, now))
        .await?
        .map_err(|error| review_error(&viewer, error))?;
    viewer.flash(if submitting { "panel-review-submitted" } else { "panel-draft-saved" });
    Ok(redirect(&format!("/panel/bids/{}", assigned.bid.id)))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ConflictForm {
    #[serde(default)]
    note: String,
}

pub async fn declare_conflict(
    state: web::Data<AppState>,
    PanelBid { viewer, assigned }: PanelBid,
    form: web::Form<ConflictForm>,
) -> Result<HttpResponse, AppError> {
    let form_note = form.note.clone();
    let mut errors = FieldErrors::new();
    let note = crate::forms::optional_text(&mut errors, "note", &form.note, "what-panel-conflict", 1_000);
    if note.is_empty() {
        errors.add("note", "panel-error-enter-conflict");
    }
    if !errors.is_empty() {
        let form = form_from_review(assigned.own.as_ref(), &assigned.criteria);
        // The note goes back as typed (only spaces, when it was refused for being empty).
        return Ok(html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            review_page(&viewer, &assigned, form, &errors, &form_note, state.now()),
        ));
    }
    let links = state.links();
    let (member, bid, round, now) =
        (assigned.signed_in.person.id, assigned.bid.clone(), assigned.round.clone(), state.now());
    state
        .db
        .call(move |conn| actions::declare_conflict(conn, member, &bid, &round, &note, &links, now))
        .await?
        .map_err(|error| review_error(&viewer, error))?;
    viewer.flash("panel-conflict-declared");
    Ok(redirect("/panel"))
}

/// Streams a file of a bid assigned to this member.
pub async fn download_file(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (bid_id, file_id) = path.into_inner();
    let assigned = assigned_bid(&state, &viewer, bid_id).await?;
    let file = assigned.files.iter().find(|f| f.id == file_id).ok_or(AppError::NotFound)?;
    send_file(&state, &request, file).await
}
