//! `/manage/programmes/{id}/payment-runs` and `/manage/payment-runs/{id}/…`: a programme's leads
//! (`Action::ManageProgramme`, through `managed_programme`) make a run of the payments due, take
//! its file to the bank, and mark it paid; `/manage/payment-file-layout`: the site admin sets
//! the finance system's layout (`Action::SetPaymentFileLayout`). The files are POSTs answered
//! `no-store`: they hold account numbers in full, and each is an audit event.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::accounts::Action;
use crate::payment_runs::actions::{self, RunError};
use crate::payment_runs::files;
use crate::payment_runs::layout::{self, LayoutForm, check_layout};
use crate::payment_runs::model::{Refusal, RunWithItems, check_paid_on};
use crate::payment_runs::queries;
use crate::programmes::Programme;
use crate::web::AppState;
use crate::web::access::managed_programme;
use crate::web::error::AppError;
use crate::web::extractors::{SignedIn, Viewer};
use crate::web::form_lists::from_pairs;
use crate::web::views::payment_runs::{self as views, PaymentsView};

fn today(state: &AppState) -> chrono::NaiveDate {
    crate::time::in_london(state.now()).date_naive()
}

/// A refusal not about one field, as the page's error.
fn refused(error: RunError, viewer: &Viewer) -> AppError {
    match error {
        RunError::Refused(refusal) => AppError::Conflict(views::refusal_text(viewer.tr, &refusal)),
        RunError::NotFound => AppError::NotFound,
        RunError::Bank(error) => AppError::Internal(error.to_string()),
        RunError::Database(error) => error.into(),
    }
}

/// The programme's payments page, with a refusal to show if making a run was refused.
async fn payments_page(
    state: &AppState,
    viewer: &Viewer,
    programme: Programme,
    refusal: Option<Refusal>,
) -> Result<HttpResponse, AppError> {
    let (programme_id, today) = (programme.id, today(state));
    let (due, runs) = state
        .query(move |conn| {
            diesel::QueryResult::Ok((
                queries::due_in(conn, programme_id, today)?,
                queries::runs_of(conn, programme_id)?,
            ))
        })
        .await?;
    let view = PaymentsView { programme: &programme, due: &due, runs: &runs, refusal: refusal.as_ref() };
    let status = if refusal.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(html_with_status(status, views::payments_page(&viewer.ctx_in(&programme), &view)))
}

/// `GET /manage/programmes/{id}/payment-runs`.
pub async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    payments_page(&state, &viewer, programme, None).await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct ChosenForm {
    award: Vec<String>,
}

/// `POST /manage/programmes/{id}/payment-runs` (`award`, once per payment chosen).
pub async fn create(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    pairs: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let chosen: ChosenForm = from_pairs(&pairs, &["award"])
        .map_err(|error| AppError::BadRequest(format!("the form could not be read: {error}")))?;
    let award_ids: Vec<i64> = chosen.award.iter().filter_map(|id| id.trim().parse().ok()).collect();
    let (actor, programme_id, today, now) = (signed_in.person.id, programme.id, today(&state), state.now());
    let made = state.db.call(move |conn| actions::create(conn, actor, programme_id, &award_ids, today, now)).await?;
    match made {
        Ok(run_id) => Ok(redirect(&format!("/manage/payment-runs/{run_id}"))),
        Err(RunError::Refused(refusal)) => payments_page(&state, &viewer, programme, Some(refusal)).await,
        Err(error) => Err(refused(error, &viewer)),
    }
}

/// The run in the path with its programme, if the viewer leads that programme (else 404).
async fn managed_run(
    state: &AppState,
    viewer: &Viewer,
    run_id: i64,
) -> Result<(SignedIn, Programme, RunWithItems), AppError> {
    viewer.require_signed_in()?;
    let run = state.query(move |conn| queries::find(conn, run_id)).await?.ok_or(AppError::NotFound)?;
    // A run's number says nothing to someone who does not lead its programme.
    let (signed_in, programme) =
        managed_programme(state, viewer, run.programme_id).await.map_err(|error| match error {
            AppError::Forbidden => AppError::NotFound,
            other => other,
        })?;
    let run = state.query(move |conn| queries::with_items(conn, run)).await?;
    Ok((signed_in, programme, run))
}

/// `GET /manage/payment-runs/{id}`.
pub async fn show(
    state: web::Data<AppState>,
    viewer: Viewer,
    run_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme, run) = managed_run(&state, &viewer, run_id.into_inner()).await?;
    let finance_layout = state.query(layout::current).await?.is_some();
    Ok(html(views::run_page(&viewer.ctx_in(&programme), &programme, &run, finance_layout)))
}

/// The run's file in `layout_name`'s layout, as a download no cache keeps.
async fn download(
    state: &AppState,
    viewer: &Viewer,
    run_id: i64,
    layout_name: &'static str,
) -> Result<HttpResponse, AppError> {
    let (signed_in, _, run) = managed_run(state, viewer, run_id).await?;
    let (actor, keys, now, id) = (signed_in.person.id, state.data_keys.clone(), state.now(), run.run.id);
    let columns = match layout_name {
        "finance" => Some(state.query(layout::current).await?.ok_or(AppError::NotFound)?),
        _ => None,
    };
    let rows = state
        .db
        .call(move |conn| actions::file_rows(conn, &keys, actor, id, layout_name, now))
        .await?
        .map_err(|error| refused(error, viewer))?;
    let body = match &columns {
        Some(columns) => files::finance_file(columns, &rows),
        None => files::bacs_file(&rows),
    };
    let filename = format!("payment-run-{id}-{layout_name}.csv");
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}

/// `POST /manage/payment-runs/{id}/bacs.csv`: the bulk Bacs file.
pub async fn bacs_file(
    state: web::Data<AppState>,
    viewer: Viewer,
    run_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    download(&state, &viewer, run_id.into_inner(), "bacs").await
}

/// `POST /manage/payment-runs/{id}/finance.csv`: the file in the site admin's layout.
pub async fn finance_file(
    state: web::Data<AppState>,
    viewer: Viewer,
    run_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    download(&state, &viewer, run_id.into_inner(), "finance").await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PaidForm {
    paid_on: String,
}

/// `GET /manage/payment-runs/{id}/mark-paid`: what marking the run paid records, asked first.
pub async fn confirm_paid(
    state: web::Data<AppState>,
    viewer: Viewer,
    run_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme, run) = managed_run(&state, &viewer, run_id.into_inner()).await?;
    if run.run.paid_at.is_some() || run.run.cancelled_at.is_some() {
        return Ok(redirect(&format!("/manage/payment-runs/{}", run.run.id)));
    }
    let today = today(&state).format("%Y-%m-%d").to_string();
    Ok(html(views::confirm_paid_page(&viewer.ctx_in(&programme), &run, &today, &Default::default())))
}

/// `POST /manage/payment-runs/{id}/mark-paid` (`paid_on`).
pub async fn mark_paid(
    state: web::Data<AppState>,
    viewer: Viewer,
    run_id: web::Path<i64>,
    form: web::Form<PaidForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme, run) = managed_run(&state, &viewer, run_id.into_inner()).await?;
    let made_on = crate::time::in_london(run.run.created_at).date_naive();
    let paid_on = match check_paid_on(&form.paid_on, made_on, today(&state)) {
        Ok(day) => day,
        Err(errors) => {
            let page = views::confirm_paid_page(&viewer.ctx_in(&programme), &run, &form.paid_on, &errors);
            return Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
    };
    let (actor, id, links, now) = (signed_in.person.id, run.run.id, state.links(), state.now());
    state
        .db
        .call(move |conn| actions::mark_paid(conn, actor, id, paid_on, &links, now))
        .await?
        .map_err(|error| refused(error, &viewer))?;
    viewer.flash(crate::i18n::Message::new("payment-run-marked-paid").arg("count", run.items.len() as i64));
    Ok(redirect(&format!("/manage/payment-runs/{id}")))
}

/// `POST /manage/payment-runs/{id}/cancel`: the payments go back to the list of those due.
pub async fn cancel(
    state: web::Data<AppState>,
    viewer: Viewer,
    run_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme, run) = managed_run(&state, &viewer, run_id.into_inner()).await?;
    let (actor, id, now) = (signed_in.person.id, run.run.id, state.now());
    state.db.call(move |conn| actions::cancel(conn, actor, id, now)).await?.map_err(|error| refused(error, &viewer))?;
    viewer.flash("payment-run-cancelled-flash");
    Ok(redirect(&format!("/manage/programmes/{}/payment-runs", programme.id)))
}

/// `GET /manage/payment-file-layout`.
pub async fn layout_form(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    viewer.authorize(Action::SetPaymentFileLayout)?;
    let current = state.query(layout::current).await?;
    let form = current.as_deref().map(LayoutForm::from_columns).unwrap_or_default();
    Ok(html(views::layout_page(&viewer.ctx(), &form, &Default::default(), current.is_some())))
}

/// `POST /manage/payment-file-layout` (`heading_N`, `field_N`).
pub async fn save_layout(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<LayoutForm>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.authorize(Action::SetPaymentFileLayout)?;
    let form = form.into_inner();
    let columns = match check_layout(&form) {
        Ok(columns) => columns,
        Err(errors) => {
            let saved = state.query(layout::current).await?.is_some();
            let page = views::layout_page(&viewer.ctx(), &form, &errors, saved);
            return Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
    };
    let (actor, now) = (signed_in.person.id, state.now());
    state.query(move |conn| layout::save(conn, actor, &columns, now)).await?;
    viewer.flash("payment-layout-saved");
    Ok(redirect("/manage/payment-file-layout"))
}
