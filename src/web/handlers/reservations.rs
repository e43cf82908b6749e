//! A round's reservations: the lead keeps a share of the budget for bids from groups led by a
//! community (`rounds::reservations`). The section sits on the lead's round page.

use actix_web::{HttpResponse, web};
use maud::{Markup, html};

use super::manage::{Typed, round_page, round_work_section};
use super::redirect;
use crate::db::DbConn;
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::rounds::reservations::{self, ReservationError, ReservationForm};
use crate::web::AppState;
use crate::web::access::{ManagedRound, managed_round};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::reservations::{self as views, ReservationsSection};

/// What the section shows: each reservation's standing, and whether awards have fixed them.
pub(super) struct SectionData {
    standings: Vec<reservations::Standing>,
    fixed: bool,
}

pub(super) fn section_data(conn: &mut DbConn, round_id: i64) -> Result<SectionData, AppError> {
    Ok(SectionData {
        standings: reservations::standings(conn, round_id)?,
        fixed: reservations::round_has_awards(conn, round_id)?,
    })
}

/// The section for the round's page, with what was typed and its problems.
pub async fn section(
    state: &AppState,
    viewer: &Viewer,
    round_id: i64,
    typed: &ReservationForm,
    errors: &FieldErrors,
) -> Result<Markup, AppError> {
    let data = state.db.run(move |conn| section_data(conn, round_id)).await?;
    Ok(section_markup(viewer, round_id, typed, errors, &data))
}

pub(super) fn section_markup(
    viewer: &Viewer,
    round_id: i64,
    typed: &ReservationForm,
    errors: &FieldErrors,
    data: &SectionData,
) -> Markup {
    let ctx = viewer.ctx();
    views::section(
        viewer.tr,
        &ctx.csrf_token,
        &ReservationsSection { round_id, standings: &data.standings, fixed: data.fixed, typed, errors },
    )
}

fn refused(viewer: &Viewer, error: ReservationError) -> AppError {
    match error {
        ReservationError::Database(error) => error.into(),
        ReservationError::NotFound => AppError::NotFound,
        ReservationError::Fixed => AppError::Conflict(viewer.tr.t("reservations-error-fixed")),
        ReservationError::Invalid(errors) => {
            AppError::BadRequest(errors.iter().map(|e| viewer.tr.message(&e.message)).collect::<Vec<_>>().join("; "))
        }
    }
}

/// `POST /manage/rounds/{id}/reservations` (`dei_code`, `how`, `amount`, `percent`).
pub async fn add(
    state: web::Data<AppState>,
    ManagedRound { viewer, signed_in, programme, round }: ManagedRound,
    form: web::Form<ReservationForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner();
    let (actor, round_id, now, adding) = (signed_in.person.id, round.id, state.now(), typed.clone());
    match state.db.call(move |conn| reservations::add(conn, actor, round_id, &adding, now)).await? {
        Ok(_) => {
            viewer.flash(Message::new("reservations-added"));
            Ok(redirect(&format!("/manage/rounds/{round_id}#reservations")))
        }
        Err(ReservationError::Invalid(errors)) => {
            let work = round_work_section(&state, &viewer, &round).await?;
            let kept = section(&state, &viewer, round_id, &typed, &errors).await?;
            round_page(&state, &viewer, programme, round, Typed::default(), errors, html! { (work) (kept) }).await
        }
        Err(other) => Err(refused(&viewer, other)),
    }
}

/// `POST /manage/rounds/{id}/reservations/{reservation_id}/remove`.
pub async fn remove(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (round_id, reservation_id) = path.into_inner();
    let (signed_in, _, _) = managed_round(&state, &viewer, round_id).await?;
    let (actor, now) = (signed_in.person.id, state.now());
    state
        .db
        .call(move |conn| reservations::remove(conn, actor, round_id, reservation_id, now))
        .await?
        .map_err(|error| refused(&viewer, error))?;
    viewer.flash(Message::new("reservations-removed"));
    Ok(redirect(&format!("/manage/rounds/{round_id}#reservations")))
}
