//! `/manage/users`: site admins find people, grant and revoke roles, and disable accounts.
//! Every route checks `Action::ManageUsers` first; every change is an audit event naming the
//! admin.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::{html, html_with_status, redirect};
use crate::accounts::actions::{self, AccountError};
use crate::accounts::queries::PEOPLE_PAGE_SIZE;
use crate::accounts::{Action, ProgrammeRole, queries, second_factor};
use crate::audit;
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::programmes;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::handlers::accounts::account_error;
use crate::web::views::admin_users::{self as views, GrantForm, PersonPage};

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: Option<i64>,
}

pub async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    viewer.authorize(Action::ManageUsers)?;
    let search: String = query.q.chars().take(100).collect();
    let page_number = query.page.unwrap_or(1).clamp(1, 100_000);
    let (people, total) = {
        let search = search.clone();
        state
            .db
            .run(move |conn| {
                Ok::<_, AppError>(queries::search_people(
                    conn,
                    &search,
                    PEOPLE_PAGE_SIZE,
                    (page_number - 1) * PEOPLE_PAGE_SIZE,
                )?)
            })
            .await?
    };
    Ok(html(views::list(&viewer.ctx(), &search, &people, total, page_number)))
}

/// Shows one person's page, with the grant form as given and any errors.
async fn person_page(
    state: &AppState,
    viewer: &Viewer,
    person_id: i64,
    form: GrantForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let actor = viewer.authorize(Action::ManageUsers)?.person.id;
    let loaded = state
        .db
        .run(move |conn| {
            let Some(person) = queries::find_person(conn, person_id)? else {
                return Ok::<_, AppError>(None);
            };
            let roles = queries::roles_of(conn, &person)?;
            let programmes = programmes::queries::all(conn)?;
            let events = audit::for_subject(conn, "person", person.id)?;
            let second_factor = second_factor::status(conn, person.id)?;
            Ok(Some((person, roles, programmes, events, second_factor)))
        })
        .await?;
    let (person, roles, programmes, events, second_factor) = loaded.ok_or(AppError::NotFound)?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = PersonPage {
        person: &person,
        roles: &roles,
        programmes: &programmes,
        events: &events,
        second_factor,
        is_self: person.id == actor,
        form,
        errors,
    };
    Ok(html_with_status(status, views::person(&viewer.ctx(), &view)))
}

pub async fn show(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    person_page(&state, &viewer, person_id.into_inner(), GrantForm::default(), FieldErrors::new()).await
}

/// Checks the person in the URL exists (so a wrong id is a 404, not a silent no-op).
async fn existing_person(state: &AppState, person_id: i64) -> Result<(), AppError> {
    let found = state.query(move |conn| queries::find_person(conn, person_id)).await?;
    found.map(|_| ()).ok_or(AppError::NotFound)
}

pub async fn grant(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
    form: web::Form<GrantForm>,
) -> Result<HttpResponse, AppError> {
    let actor = viewer.authorize(Action::ManageUsers)?.person.id;
    let person_id = person_id.into_inner();
    existing_person(&state, person_id).await?;
    let form = form.into_inner();
    let mut errors = FieldErrors::new();
    let role = ProgrammeRole::parse(&form.role);
    if role.is_none() {
        errors.add("role", "admin-error-choose-role");
    }
    let programme_id = form.programme_id.parse::<i64>().ok();
    let programme = match programme_id {
        Some(id) => state.query(move |conn| programmes::queries::find(conn, id)).await?,
        None => None,
    };
    if programme.is_none() {
        errors.add("programme_id", "admin-error-choose-programme");
    }
    let (Some(role), Some(programme)) = (role, programme) else {
        return person_page(&state, &viewer, person_id, form, errors).await;
    };
    let lived_experience = form.lived_experience.is_some();
    let now = state.now();
    let outcome = state
        .db
        .run(move |conn| {
            Ok::<_, AppError>(actions::grant_role(conn, actor, person_id, programme.id, role, lived_experience, now))
        })
        .await?;
    match outcome {
        Ok(()) => {
            viewer.flash(Message::new("admin-role-given").arg("role", Message::new(role.label_key())));
            Ok(redirect(&format!("/manage/users/{person_id}")))
        }
        Err(AccountError::Refused(message)) => {
            person_page(&state, &viewer, person_id, form, FieldErrors::single("role", message)).await
        }
        Err(other) => Err(account_error(viewer.tr, other)),
    }
}

pub async fn revoke(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let actor = viewer.authorize(Action::ManageUsers)?.person.id;
    let (person_id, grant_id) = path.into_inner();
    let now = state.now();
    let outcome = state.db.call(move |conn| actions::revoke_role(conn, actor, person_id, grant_id, now)).await?;
    match outcome {
        Ok(()) => {
            viewer.flash("admin-role-removed");
            Ok(redirect(&format!("/manage/users/{person_id}")))
        }
        Err(AccountError::Refused(_)) => Err(AppError::NotFound),
        Err(other) => Err(account_error(viewer.tr, other)),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
}

async fn change_account(
    state: &AppState,
    viewer: &Viewer,
    person_id: i64,
    change: AccountChange,
    reason: Option<String>,
) -> Result<HttpResponse, AppError> {
    let actor = viewer.authorize(Action::ManageUsers)?.person.id;
    existing_person(state, person_id).await?;
    let now = state.now();
    let outcome = state
        .db
        .run(move |conn| {
            Ok::<_, AppError>(match change {
                AccountChange::Disable => actions::set_disabled(conn, actor, person_id, true, reason.as_deref(), now),
                AccountChange::Enable => actions::set_disabled(conn, actor, person_id, false, None, now),
                AccountChange::GrantAdmin => actions::set_site_admin(conn, actor, person_id, true, now),
                AccountChange::RevokeAdmin => actions::set_site_admin(conn, actor, person_id, false, now),
                AccountChange::GrantEditor => actions::set_directory_editor(conn, actor, person_id, true, now),
                AccountChange::RevokeEditor => actions::set_directory_editor(conn, actor, person_id, false, now),
            })
        })
        .await?;
    match outcome {
        Ok(()) => {
            viewer.flash(change.done_message());
            Ok(redirect(&format!("/manage/users/{person_id}")))
        }
        Err(other) => Err(account_error(viewer.tr, other)),
    }
}

#[derive(Debug, Clone, Copy)]
enum AccountChange {
    Disable,
    Enable,
    GrantAdmin,
    RevokeAdmin,
    GrantEditor,
    RevokeEditor,
}

impl AccountChange {
    /// The key of what the admin is told once it is done.
    fn done_message(self) -> &'static str {
        match self {
            AccountChange::Disable => "admin-account-disabled",
            AccountChange::Enable => "admin-account-enabled",
            AccountChange::GrantAdmin => "admin-site-admin-granted",
            AccountChange::RevokeAdmin => "admin-site-admin-revoked",
            AccountChange::GrantEditor => "admin-directory-editor-granted",
            AccountChange::RevokeEditor => "admin-directory-editor-revoked",
        }
    }
}

pub async fn disable(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
    form: web::Form<ReasonForm>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::new();
    let reason = crate::forms::optional_text(&mut errors, "reason", &form.reason, "what-admin-disable-reason", 500);
    if let Some(error) = errors.iter().next() {
        return Err(AppError::BadRequest(viewer.tr.message(&error.message)));
    }
    let reason = Some(reason).filter(|r| !r.is_empty());
    change_account(&state, &viewer, person_id.into_inner(), AccountChange::Disable, reason).await
}

pub async fn enable(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    change_account(&state, &viewer, person_id.into_inner(), AccountChange::Enable, None).await
}

pub async fn grant_site_admin(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    change_account(&state, &viewer, person_id.into_inner(), AccountChange::GrantAdmin, None).await
}

pub async fn revoke_site_admin(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    change_account(&state, &viewer, person_id.into_inner(), AccountChange::RevokeAdmin, None).await
}

pub async fn grant_directory_editor(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    change_account(&state, &viewer, person_id.into_inner(), AccountChange::GrantEditor, None).await
}

pub async fn revoke_directory_editor(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    change_account(&state, &viewer, person_id.into_inner(), AccountChange::RevokeEditor, None).await
}

/// "Are you sure?" before removing someone's authenticator app: it cannot be undone, and they
/// must set one up again.
pub async fn confirm_second_factor_reset(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    viewer.authorize(Action::ManageUsers)?;
    let person_id = person_id.into_inner();
    let person = state.query(move |conn| queries::find_person(conn, person_id)).await?;
    let person = person.ok_or(AppError::NotFound)?;
    Ok(html(views::confirm_second_factor_reset(&viewer.ctx(), &person)))
}

pub async fn reset_second_factor(
    state: web::Data<AppState>,
    viewer: Viewer,
    person_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let actor = viewer.authorize(Action::ManageUsers)?.person.id;
    let person_id = person_id.into_inner();
    existing_person(&state, person_id).await?;
    let (links, now) = (state.links(), state.now());
    state
        .db
        .run(move |conn| second_factor::reset_by_admin(conn, actor, person_id, &links, now))
        .await
        .map_err(|error| account_error(viewer.tr, error))?;
    viewer.flash("admin-two-factor-was-reset");
    Ok(redirect(&format!("/manage/users/{person_id}")))
}
