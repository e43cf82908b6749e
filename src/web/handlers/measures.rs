//! The lead's end-of-grant measures (`/manage/programmes/{id}/measures`): add, reword, reorder
//! and retire the questions a programme's end-of-grant report asks, and the measures report
//! that sums the answers (`/manage/programmes/{id}/measures-report`, and as a spreadsheet).
//! Each handler checks `Action::ManageProgramme` through `managed_programme`; a measure id of
//! another programme is not found.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::measures::actions::{self, MeasureError};
use crate::measures::rules::{MeasureForm, check_measure};
use crate::measures::summary::summarise;
use crate::measures::{Measure, queries};
use crate::programmes::Programme;
use crate::reports::spreadsheets::{self, MEASURES_HEADER};
use crate::web::AppState;
use crate::web::access::managed_programme;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::measures::{self as views, MeasuresPage, MeasuresReport};

/// The list page with its add form (as typed) and any problems.
async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    programme: &Programme,
    form: &MeasureForm,
    errors: &FieldErrors,
) -> Result<maud::Markup, AppError> {
    let id = programme.id;
    let measures = state.query(move |conn| queries::all_of(conn, id)).await?;
    Ok(views::measures(&viewer.ctx(), &MeasuresPage { programme, measures: &measures, form, errors }))
}

fn back_to_list(programme_id: i64) -> HttpResponse {
    redirect(&format!("/manage/programmes/{programme_id}/measures"))
}

fn measure_error(error: MeasureError) -> AppError {
    match error {
        MeasureError::NotFound => AppError::NotFound,
        MeasureError::Database(error) => error.into(),
        MeasureError::Invalid(_) => AppError::Internal(error.to_string()),
    }
}

/// `GET /manage/programmes/{id}/measures`
pub async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    Ok(html(list_page(&state, &viewer, &programme, &MeasureForm::default(), &FieldErrors::new()).await?))
}

/// `POST /manage/programmes/{id}/measures`: adds a measure at the end; refused at the wording
/// when six are asked already.
pub async fn add(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<MeasureForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let input = match check_measure(&form) {
        Ok(input) => input,
        Err(errors) => return refused_on_list(&state, &viewer, &programme, &form, &errors).await,
    };
    let (actor, now, id) = (signed_in.person.id, state.now(), programme.id);
    match state.db.call(move |conn| actions::add(conn, actor, id, &input, now)).await? {
        Ok(_) => {
            viewer.flash("measures-added");
            Ok(back_to_list(id))
        }
        Err(MeasureError::Invalid(errors)) => refused_on_list(&state, &viewer, &programme, &form, &errors).await,
        Err(other) => Err(measure_error(other)),
    }
}

/// The list again with the add form as typed and its problems, nothing saved.
async fn refused_on_list(
    state: &AppState,
    viewer: &Viewer,
    programme: &Programme,
    form: &MeasureForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let markup = list_page(state, viewer, programme, form, errors).await?;
    Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, markup))
}

/// The programme's measure in the URL, or not found.
async fn measure_of(state: &AppState, programme: &Programme, measure_id: i64) -> Result<Measure, AppError> {
    let id = programme.id;
    let measures = state.query(move |conn| queries::all_of(conn, id)).await?;
    measures.into_iter().find(|measure| measure.id == measure_id).ok_or(AppError::NotFound)
}

/// `GET /manage/programmes/{id}/measures/{measure_id}`: the form to change a measure.
pub async fn edit(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (programme_id, measure_id) = path.into_inner();
    let (_, programme) = managed_programme(&state, &viewer, programme_id).await?;
    let measure = measure_of(&state, &programme, measure_id).await?;
    let form = MeasureForm::from_measure(&measure);
    Ok(html(views::measure_form(&viewer.ctx(), &programme, &measure, &form, &FieldErrors::new())))
}

/// `POST /manage/programmes/{id}/measures/{measure_id}`: rewords a measure or changes its kind
/// or national mark. Reports already sent keep the question they were asked.
pub async fn change(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
    form: web::Form<MeasureForm>,
) -> Result<HttpResponse, AppError> {
    let (programme_id, measure_id) = path.into_inner();
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id).await?;
    let measure = measure_of(&state, &programme, measure_id).await?;
    let form = form.into_inner();
    let refused = |errors: FieldErrors| {
        let markup = views::measure_form(&viewer.ctx(), &programme, &measure, &form, &errors);
        html_with_status(StatusCode::UNPROCESSABLE_ENTITY, markup)
    };
    let input = match check_measure(&form) {
        Ok(input) => input,
        Err(errors) => return Ok(refused(errors)),
    };
    let (actor, now, id) = (signed_in.person.id, state.now(), programme.id);
    match state.db.call(move |conn| actions::change(conn, actor, id, measure_id, &input, now)).await? {
        Ok(()) => {
            viewer.flash("measures-changed");
            Ok(back_to_list(id))
        }
        Err(MeasureError::Invalid(errors)) => Ok(refused(errors)),
        Err(other) => Err(measure_error(other)),
    }
}

/// `POST /manage/programmes/{id}/measures/{measure_id}/retire`: no longer asked.
pub async fn retire(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (programme_id, measure_id) = path.into_inner();
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id).await?;
    let measure = measure_of(&state, &programme, measure_id).await?;
    let (actor, now, id) = (signed_in.person.id, state.now(), programme.id);
    state.db.call(move |conn| actions::retire(conn, actor, id, measure_id, now)).await?.map_err(measure_error)?;
    viewer.flash(Message::new("measures-retired").arg("wording", measure.wording.as_str()));
    Ok(back_to_list(id))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MoveForm {
    /// "up" (earlier in the report) or "down".
    pub direction: String,
}

/// `POST /manage/programmes/{id}/measures/{measure_id}/move`
pub async fn move_measure(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
    form: web::Form<MoveForm>,
) -> Result<HttpResponse, AppError> {
    let (programme_id, measure_id) = path.into_inner();
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id).await?;
    measure_of(&state, &programme, measure_id).await?;
    let up = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::BadRequest(viewer.tr.t("measures-error-direction"))),
    };
    let (actor, now, id) = (signed_in.person.id, state.now(), programme.id);
    state
        .db
        .call(move |conn| actions::move_measure(conn, actor, id, measure_id, up, now))
        .await?
        .map_err(measure_error)?;
    viewer.flash("measures-moved");
    Ok(back_to_list(id))
}

/// `GET /manage/programmes/{id}/measures-report`: the answers summed by round, pot and
/// financial year, national measures first, and the few-words answers per grant.
pub async fn report(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let id = programme.id;
    let (rows, words) = state
        .query(move |conn| {
            Ok::<_, diesel::result::Error>((queries::answer_rows(conn, id)?, queries::words_answers(conn, id)?))
        })
        .await?;
    let summary = summarise(&rows);
    Ok(html(views::report(&viewer.ctx(), &MeasuresReport { programme: &programme, summary: &summary, words: &words })))
}

/// `GET /manage/programmes/{id}/measures.csv`: the same sums as the report, one line per
/// grouping, group and question (columns in `reports::spreadsheets::measures_csv`).
pub async fn report_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let (id, tr) = (programme.id, viewer.tr);
    let rows = state.query(move |conn| queries::answer_rows(conn, id)).await?;
    let lines = spreadsheets::measures_csv(&summarise(&rows), tr);
    let body = spreadsheets::to_csv(spreadsheets::header(tr, &MEASURES_HEADER), lines)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let filename = format!("{}-measures.csv", crate::rounds::rules::slugify(&programme.name));
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}
