//! The privacy notices and the accessibility statement, and the site admin's form for the
//! installation's parts of them.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::accounts::Action;
use crate::forms::FieldErrors;
use crate::notices::rules::{NoticesForm, check_notices};
use crate::notices::{self, Notices};
use crate::programmes::queries as programmes;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::PageCtx;
use crate::web::views::notices as views;

/// The page's frame in the reader's language. The notices are shown even when the session
/// cannot be read (the database is down): signed out, in the source language.
fn ctx_for(request: &HttpRequest, viewer: Result<Viewer, AppError>) -> PageCtx {
    match viewer {
        Ok(viewer) => viewer.ctx(),
        Err(_) => PageCtx { current_path: request.path().to_string(), ..PageCtx::anonymous() },
    }
}

/// The saved notices, or the configured defaults when they cannot be read.
async fn notices_or_defaults(state: &AppState) -> Notices {
    let config = state.config.clone();
    match state.query(move |conn| notices::load(conn, &config)).await {
        Ok(notices) => notices,
        Err(error) => {
            tracing::warn!(%error, "showing the default notices: the saved ones could not be read");
            Notices::defaults(&state.config)
        }
    }
}

pub async fn accessibility(
    state: web::Data<AppState>,
    request: HttpRequest,
    viewer: Result<Viewer, AppError>,
) -> HttpResponse {
    let notices = notices_or_defaults(&state).await;
    let site = state.config.base_url.as_str().trim_end_matches('/').to_string();
    let teams: Vec<_> = state
        .query(programmes::all)
        .await
        .unwrap_or_default()
        .iter()
        .map(|programme| programme.team(&state.config.contact_email))
        .filter(|team| !team.email.is_empty())
        .collect();
    html(views::accessibility(&ctx_for(&request, viewer), &notices, &site, &teams))
}

pub async fn privacy(
    state: web::Data<AppState>,
    request: HttpRequest,
    viewer: Result<Viewer, AppError>,
) -> HttpResponse {
    let notices = notices_or_defaults(&state).await;
    let all = state.query(programmes::all).await.unwrap_or_default();
    html(views::privacy(&ctx_for(&request, viewer), &notices, &all))
}

/// `/programmes/{slug}/privacy`
pub async fn programme_privacy(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let programme = state.query(move |conn| programmes::find_by_slug(conn, &slug)).await?.ok_or(AppError::NotFound)?;
    let months = state.config.uploads.recording_retention_months;
    Ok(html(views::programme_privacy(&viewer.ctx_in(&programme), &programme, months)))
}

fn today(state: &AppState) -> chrono::NaiveDate {
    crate::time::in_london(state.now()).date_naive()
}

/// `GET /manage/notices`
pub async fn edit(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    viewer.authorize(Action::EditNotices)?;
    let config = state.config.clone();
    let saved = state.query(move |conn| notices::load(conn, &config)).await?;
    let form = NoticesForm::from_notices(&saved, &views::default_gaps(viewer.tr), today(&state));
    Ok(html(views::notices_form(&viewer.ctx(), &form, &FieldErrors::new())))
}

/// `POST /manage/notices`
pub async fn save(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<NoticesForm>,
) -> Result<HttpResponse, AppError> {
    let actor = viewer.authorize(Action::EditNotices)?.person.id;
    let form = form.into_inner();
    let input = match check_notices(&form, today(&state)) {
        Ok(input) => input,
        Err(errors) => {
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::notices_form(&viewer.ctx(), &form, &errors),
            ));
        }
    };
    let now = state.now();
    state.query(move |conn| notices::actions::save(conn, actor, &input, now)).await?;
    viewer.flash("notices-saved");
    Ok(redirect("/manage/notices"))
}
