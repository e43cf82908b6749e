//! The lead's list of the places a programme serves (`/manage/programmes/{id}/areas`): add,
//! rename and remove areas, and map the free-text areas groups typed before the list existed.
//! Each handler checks `Action::ManageProgramme` through `managed_programme`; an area id from
//! another programme is not found.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::programmes::actions::{self, AreaError};
use crate::programmes::areas::{AreaForm, ProgrammeArea, check_area};
use crate::programmes::{Programme, queries as programmes};
use crate::web::AppState;
use crate::web::access::managed_programme;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::areas::{self as views, AreasPage};

/// The list page with its add form (as typed) and any problems.
async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    programme: &Programme,
    form: &AreaForm,
    errors: &FieldErrors,
) -> Result<maud::Markup, AppError> {
    let id = programme.id;
    let (areas, bids, unmapped) = state
        .query(move |conn| {
            Ok::<_, diesel::result::Error>((
                programmes::areas_of(conn, id)?,
                programmes::bids_by_area(conn, id)?,
                programmes::unmapped_free_text(conn, id)?,
            ))
        })
        .await?;
    let page = AreasPage { programme, areas: &areas, bids: &bids, unmapped: &unmapped, form, errors };
    Ok(views::areas(&viewer.ctx(), &page))
}

fn back_to_list(programme_id: i64) -> HttpResponse {
    redirect(&format!("/manage/programmes/{programme_id}/areas"))
}

/// `GET /manage/programmes/{id}/areas`
pub async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    Ok(html(list_page(&state, &viewer, &programme, &AreaForm::default(), &FieldErrors::new()).await?))
}

/// `POST /manage/programmes/{id}/areas`: adds an area.
pub async fn add(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<AreaForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let (form, id) = (form.into_inner(), programme.id);
    let areas = state.query(move |conn| programmes::areas_of(conn, id)).await?;
    let input = match check_area(&form, &areas) {
        Ok(input) => input,
        Err(errors) => return refused_on_list(&state, &viewer, &programme, &form, &errors).await,
    };
    let (actor, now) = (signed_in.person.id, state.now());
    match state.db.call(move |conn| actions::add_area(conn, actor, id, &input, now)).await? {
        Ok(_) => {
            viewer.flash("areas-added");
            Ok(back_to_list(id))
        }
        Err(AreaError::Invalid(errors)) => refused_on_list(&state, &viewer, &programme, &form, &errors).await,
        Err(other) => Err(area_error(other)),
    }
}

/// The list again with the add form as typed and its problems, nothing saved.
async fn refused_on_list(
    state: &AppState,
    viewer: &Viewer,
    programme: &Programme,
    form: &AreaForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let markup = list_page(state, viewer, programme, form, errors).await?;
    Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, markup))
}

fn area_error(error: AreaError) -> AppError {
    match error {
        AreaError::NotFound => AppError::NotFound,
        AreaError::Database(error) => error.into(),
        other => AppError::Internal(other.to_string()),
    }
}

/// The programme's area in the URL, or not found.
async fn area_of(
    state: &AppState,
    programme: &Programme,
    area_id: i64,
) -> Result<(ProgrammeArea, Vec<ProgrammeArea>), AppError> {
    let id = programme.id;
    let areas = state.query(move |conn| programmes::areas_of(conn, id)).await?;
    let area = areas.iter().find(|area| area.id == area_id).cloned().ok_or(AppError::NotFound)?;
    let others = areas.into_iter().filter(|other| other.id != area_id).collect();
    Ok((area, others))
}

/// `GET /manage/programmes/{id}/areas/{area_id}`: the form to change an area.
pub async fn edit(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (programme_id, area_id) = path.into_inner();
    let (_, programme) = managed_programme(&state, &viewer, programme_id).await?;
    let (area, _) = area_of(&state, &programme, area_id).await?;
    Ok(html(views::area_form(&viewer.ctx(), &programme, &area, &AreaForm::from_area(&area), &FieldErrors::new())))
}

/// `POST /manage/programmes/{id}/areas/{area_id}`: renames an area or changes its postcodes.
pub async fn change(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
    form: web::Form<AreaForm>,
) -> Result<HttpResponse, AppError> {
    let (programme_id, area_id) = path.into_inner();
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id).await?;
    let (area, others) = area_of(&state, &programme, area_id).await?;
    let form = form.into_inner();
    let refused = |errors: FieldErrors| {
        let markup = views::area_form(&viewer.ctx(), &programme, &area, &form, &errors);
        html_with_status(StatusCode::UNPROCESSABLE_ENTITY, markup)
    };
    let input = match check_area(&form, &others) {
        Ok(input) => input,
        Err(errors) => return Ok(refused(errors)),
    };
    let (actor, now, id) = (signed_in.person.id, state.now(), programme.id);
    match state.db.call(move |conn| actions::change_area(conn, actor, id, area_id, &input, now)).await? {
        Ok(()) => {
            viewer.flash("areas-changed");
            Ok(back_to_list(id))
        }
        Err(AreaError::Invalid(errors)) => Ok(refused(errors)),
        Err(other) => Err(area_error(other)),
    }
}

/// `POST /manage/programmes/{id}/areas/{area_id}/remove`: refused, with the reason at the top
/// of the list, while bids name the area.
pub async fn remove(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (programme_id, area_id) = path.into_inner();
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id).await?;
    let (area, _) = area_of(&state, &programme, area_id).await?;
    let (actor, now, id) = (signed_in.person.id, state.now(), programme.id);
    match state.db.call(move |conn| actions::remove_area(conn, actor, id, area_id, now)).await? {
        Ok(()) => {
            viewer.flash(Message::new("areas-removed").arg("name", area.name.as_str()));
            Ok(back_to_list(id))
        }
        Err(AreaError::InUse { bids }) => {
            let message = Message::new("areas-error-in-use").arg("name", area.name.as_str()).arg("bids", bids);
            let errors = FieldErrors::single(&format!("remove-{area_id}"), message);
            let markup = list_page(&state, &viewer, &programme, &AreaForm::default(), &errors).await?;
            Ok(html_with_status(StatusCode::CONFLICT, markup))
        }
        Err(other) => Err(area_error(other)),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MappingForm {
    /// The free-text area as groups typed it.
    pub free_text: String,
    /// One of the programme's areas.
    pub area: String,
}

/// `POST /manage/programmes/{id}/areas/map`: maps a free-text area to one of the list.
pub async fn map(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<MappingForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let id = programme.id;
    let Ok(area_id) = form.area.parse::<i64>() else {
        let errors = FieldErrors::single("map-area-1", "areas-error-choose-area");
        return refused_on_list(&state, &viewer, &programme, &AreaForm::default(), &errors).await;
    };
    let (area, _) = area_of(&state, &programme, area_id).await?;
    let (actor, now, typed) = (signed_in.person.id, state.now(), form.free_text.clone());
    match state.db.call(move |conn| actions::map_free_text(conn, actor, id, &typed, area_id, now)).await? {
        Ok(()) => {
            let message =
                Message::new("areas-mapped").arg("typed", form.free_text.trim()).arg("name", area.name.as_str());
            viewer.flash(message);
            Ok(back_to_list(id))
        }
        Err(other) => Err(area_error(other)),
    }
}
