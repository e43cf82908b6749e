//! `/groups/{id}/host`: a group's own member names the host organisation that holds money for
//! it; `/host/{token}`: the host's contact, who has no account, answers through the emailed
//! link (the token is the only key, so every answer to a wrong, used or old link is the same
//! plain page and says nothing about any group).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::bank_details::{own_group, private};
use super::{html_with_status, redirect};
use crate::bank_details::actions::BankError;
use crate::bank_details::hosts::{self, Host, HostConfirmForm, HostForm, check_host_confirm, check_host_form};
use crate::forms::FieldErrors;
use crate::groups::Group;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::hosts as views;
use crate::web::views::layout::PageCtx;

/// What went wrong that the person cannot fix: the database, or sealed details that will not
/// open (a refusal they can fix is answered on the page).
fn outage(error: BankError) -> AppError {
    match error {
        BankError::Database(error) => error.into(),
        BankError::Sealing(error) => AppError::Internal(error.to_string()),
        BankError::NotFound | BankError::Refused(_) => AppError::NotFound,
    }
}

async fn name_page(
    state: &AppState,
    viewer: &Viewer,
    group_id: i64,
    form: &HostForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let (group, ctx, _) = own_group(state, viewer, group_id).await?;
    let host = state.query(move |conn| hosts::latest(conn, group_id)).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(html_with_status(status, views::name_page(&ctx, &group, host.as_ref(), form, errors)))
}

/// `GET /groups/{id}/host`
pub async fn name_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    name_page(&state, &viewer, group_id.into_inner(), &HostForm::default(), &FieldErrors::new()).await
}

/// `POST /groups/{id}/host` (`host_name`, `charity_number`, `contact_name`, `contact_email`)
pub async fn name(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
    form: web::Form<HostForm>,
) -> Result<HttpResponse, AppError> {
    let group_id = group_id.into_inner();
    own_group(&state, &viewer, group_id).await?;
    let input = match check_host_form(&form) {
        Ok(input) => input,
        Err(errors) => return name_page(&state, &viewer, group_id, &form, &errors).await,
    };
    let person = viewer.require_signed_in()?.person.clone();
    let (links, now) = (state.links(), state.now());
    match state.db.call(move |conn| hosts::name(conn, &person, group_id, &input, &links, now)).await? {
        Ok(address) => {
            viewer.flash(crate::i18n::Message::new("host-flash-asked").arg("email", address));
            Ok(redirect(&format!("/groups/{group_id}/bank-details")))
        }
        Err(BankError::Refused(message)) => {
            name_page(&state, &viewer, group_id, &form, &FieldErrors::single("host_name", message)).await
        }
        Err(other) => Err(outage(other)),
    }
}

/// The host and group a link names, with the page's context in the programme that owes the
/// group money; none for a link that is wrong, used or too old.
async fn answerable(
    state: &AppState,
    viewer: &Viewer,
    token: String,
) -> Result<Option<(Host, Group, PageCtx)>, AppError> {
    let now = state.now();
    let found = state
        .query(move |conn| {
            let Some(host) = hosts::by_token(conn, &token)? else { return Ok(None) };
            if host.link_refused_at(now).is_some() {
                return Ok(None);
            }
            let group = crate::groups::queries::find(conn, host.group_id)?;
            let programme = match crate::bank_details::queries::newest_owed_bid(conn, host.group_id)? {
                Some((_, _, programme_id)) => crate::programmes::queries::find(conn, programme_id)?,
                None => None,
            };
            Ok::<_, AppError>(group.map(|group| (host, group, programme)))
        })
        .await?;
    Ok(found.map(|(host, group, programme)| {
        let ctx = programme.as_ref().map(|p| viewer.ctx_in(p)).unwrap_or_else(|| viewer.ctx());
        (host, group, ctx)
    }))
}

/// The page for a link that does not work (any reason: it is the same page for all).
fn link_not_working(viewer: &Viewer) -> HttpResponse {
    let ctx = viewer.ctx();
    let body = viewer.tr.t("host-link-not-working-body");
    html_with_status(StatusCode::NOT_FOUND, views::answered_page(&ctx, "host-link-not-working", &body))
}

/// `GET /host/{token}`
pub async fn answer_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let Some((host, group, ctx)) = answerable(&state, &viewer, token.clone()).await? else {
        return Ok(link_not_working(&viewer));
    };
    let page = views::answer_page(&ctx, &token, &host, &group, &HostConfirmForm::default(), &FieldErrors::new());
    Ok(private(html_with_status(StatusCode::OK, page)))
}

/// `POST /host/{token}`: the host confirms and gives its bank details.
pub async fn confirm(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
    form: web::Form<HostConfirmForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let Some((host, group, ctx)) = answerable(&state, &viewer, token.clone()).await? else {
        return Ok(link_not_working(&viewer));
    };
    let (name, details) = match check_host_confirm(&form) {
        Ok(checked) => checked,
        Err(errors) => {
            let page = views::answer_page(&ctx, &token, &host, &group, &form, &errors);
            return Ok(private(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, page)));
        }
    };
    let (keys, links, now) = (state.data_keys.clone(), state.links(), state.now());
    match state.db.call(move |conn| hosts::confirm(conn, &keys, &token, &name, &details, &links, now)).await? {
        Ok(_) => {
            let body = crate::t!(viewer.tr, "host-confirmed-body", group = group.name.as_str());
            Ok(html_with_status(StatusCode::OK, views::answered_page(&ctx, "host-confirmed-title", &body)))
        }
        Err(BankError::Refused(_) | BankError::NotFound) => Ok(link_not_working(&viewer)),
        Err(other) => Err(outage(other)),
    }
}

/// `POST /host/{token}/decline`: the host does not hold money for the group.
pub async fn decline(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let Some((_, group, ctx)) = answerable(&state, &viewer, token.clone()).await? else {
        return Ok(link_not_working(&viewer));
    };
    let (links, now) = (state.links(), state.now());
    match state.db.call(move |conn| hosts::decline(conn, &token, &links, now)).await? {
        Ok(_) => {
            let body = crate::t!(viewer.tr, "host-declined-body", group = group.name.as_str());
            Ok(html_with_status(StatusCode::OK, views::answered_page(&ctx, "host-declined-title", &body)))
        }
        Err(BankError::Refused(_) | BankError::NotFound) => Ok(link_not_working(&viewer)),
        Err(other) => Err(outage(other)),
    }
}
