//! Two-step sign-in pages: the second step after the password (or an emailed link), setting up
//! an authenticator app from `/account/two-factor`, new recovery codes, and turning it off.
//! The rules are in `accounts::totp` and the changes in `accounts::second_factor`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::{html, html_with_status, redirect};
use crate::accounts::actions::AccountError;
use crate::accounts::second_factor::{self, CodeRefused, CodeUsed};
use crate::accounts::totp;
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::web::error::AppError;
use crate::web::extractors::{SignedIn, Viewer};
use crate::web::handlers::accounts::account_error;
use crate::web::views::two_factor::{self as views, NewKey};
use crate::web::{AppState, return_path, session};

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// The message at the `code` field for a refused code.
fn refusal_message(refused: CodeRefused, now: chrono::NaiveDateTime) -> Message {
    match refused {
        CodeRefused::Empty => Message::new("two-factor-error-empty"),
        CodeRefused::WrongShape => Message::new("two-factor-error-shape"),
        CodeRefused::Wrong => Message::new("two-factor-error-wrong"),
        CodeRefused::Throttled(until) => {
            let minutes = ((until - now).num_seconds() + 59) / 60;
            Message::new("two-factor-error-throttled").arg("minutes", minutes.max(1))
        }
    }
}

fn refusal_status(refused: CodeRefused) -> StatusCode {
    match refused {
        CodeRefused::Throttled(_) => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// The name an authenticator app lists the account under: the portal and its host, so people
/// with accounts on two portals can tell them apart.
fn issuer(state: &AppState) -> String {
    match state.config.base_url.host_str() {
        Some(host) => format!("smallgrants ({host})"),
        None => "smallgrants".into(),
    }
}

pub async fn second_step_form(viewer: Viewer, query: web::Query<NextQuery>) -> HttpResponse {
    if viewer.signed_in.is_some() {
        return redirect(return_path::or_dashboard(&query.next));
    }
    if viewer.awaiting_code.is_none() {
        return redirect(&return_path::with_next("/login", &query.next));
    }
    html(views::second_step(&viewer.ctx(), &query.next, &FieldErrors::new()))
}

pub async fn second_step(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    if viewer.signed_in.is_some() {
        return Ok(redirect(return_path::or_dashboard(&form.next)));
    }
    let Some(awaiting) = viewer.awaiting_code.clone() else {
        return Ok(redirect(&return_path::with_next("/login", &form.next)));
    };
    let (code, now) = (form.code.clone(), state.now());
    let checked = state
        .db
        .run(move |conn| second_factor::pass_second_step(conn, awaiting.person_id, awaiting.session_id, &code, now))
        .await
        .map_err(|error| account_error(viewer.tr, error))?;
    match checked {
        Ok(CodeUsed::App) => {}
        Ok(CodeUsed::Recovery { left }) => {
            viewer.flash(Message::new("two-factor-recovery-code-used").arg("left", left))
        }
        Err(refused) => {
            let errors = FieldErrors::single("code", refusal_message(refused, now));
            return Ok(html_with_status(
                refusal_status(refused),
                views::second_step(&viewer.ctx(), &form.next, &errors),
            ));
        }
    }
    Ok(redirect(return_path::or_dashboard(&form.next)))
}

/// `/account/two-factor`: the settings when an app is set up, else the page to set one up.
pub async fn account_page(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?;
    if signed_in.has_app {
        return settings_page(&state, &viewer, signed_in, FieldErrors::new()).await;
    }
    Ok(set_up_page(&state, &viewer, signed_in, &query.next, FieldErrors::new()))
}

async fn settings_page(
    state: &AppState,
    viewer: &Viewer,
    signed_in: &SignedIn,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let person_id = signed_in.person.id;
    let status = state.query(move |conn| second_factor::status(conn, person_id)).await?;
    let Some(status) = status else {
        return Ok(redirect("/account/two-factor"));
    };
    let page = views::settings(&viewer.ctx(), &status, signed_in.roles.holds_staff_role(), &errors);
    let code = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(html_with_status(code, page))
}

/// The set-up page, with the key kept in this browser's session until a code confirms it (so
/// reloading the page shows the same QR code).
fn set_up_page(
    state: &AppState,
    viewer: &Viewer,
    signed_in: &SignedIn,
    next: &str,
    errors: FieldErrors,
) -> HttpResponse {
    let secret = session::new_app_key(&viewer.session).unwrap_or_else(|| {
        let secret = totp::new_secret();
        session::set_new_app_key(&viewer.session, &secret);
        secret
    });
    let url = totp::otpauth_url(&secret, &signed_in.person.email, &issuer(state)).unwrap_or_default();
    let grouped = totp::grouped_secret(&secret);
    let key = NewKey { otpauth_url: &url, grouped_secret: &grouped };
    let required = signed_in.must_set_up_second_factor();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    html_with_status(status, views::set_up(&viewer.ctx(), &key, required, next, &errors))
}

pub async fn turn_on(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?;
    if signed_in.has_app {
        return Ok(redirect("/account/two-factor"));
    }
    let form = form.into_inner();
    let Some(secret) = session::new_app_key(&viewer.session) else {
        // The page's key was lost (a new browser session): show a new one to scan.
        let errors = FieldErrors::single("code", "two-factor-error-set-up-expired");
        return Ok(set_up_page(&state, &viewer, signed_in, &form.next, errors));
    };
    let (person, session_id, links, now) = (signed_in.person.clone(), signed_in.session_id, state.links(), state.now());
    let code = form.code.clone();
    let outcome = state
        .db
        .run(move |conn| second_factor::turn_on(conn, &person, &secret, &code, session_id, &links, now))
        .await
        .map_err(|error| account_error(viewer.tr, error))?;
    match outcome {
        Ok(codes) => {
            session::forget_new_app_key(&viewer.session);
            Ok(html(views::recovery_codes(&viewer.ctx(), &codes, true, &form.next)))
        }
        Err(refused) => {
            let message = match refused {
                CodeRefused::Wrong => Message::new("two-factor-error-no-match"),
                other => refusal_message(other, now),
            };
            Ok(set_up_page(&state, &viewer, signed_in, &form.next, FieldErrors::single("code", message)))
        }
    }
}

pub async fn renew_recovery_codes(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?;
    let (person, links, now) = (signed_in.person.clone(), state.links(), state.now());
    let codes = state
        .db
        .run(move |conn| second_factor::renew_recovery_codes(conn, &person, &links, now))
        .await
        .map_err(|error| account_error(viewer.tr, error))?;
    Ok(html(views::recovery_codes(&viewer.ctx(), &codes, false, "/account/two-factor")))
}

pub async fn turn_off(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?;
    let staff = signed_in.roles.holds_staff_role() || signed_in.must_set_up_second_factor();
    let (person, links, now, code) = (signed_in.person.clone(), state.links(), state.now(), form.code.clone());
    let outcome = state
        .db
        .run(move |conn| second_factor::turn_off(conn, &person, staff, &code, &links, now))
        .await
        .map_err(|error: AccountError| account_error(viewer.tr, error))?;
    match outcome {
        Ok(()) => {
            viewer.flash("two-factor-turned-off");
            Ok(redirect("/account"))
        }
        Err(refused) => {
            let errors = FieldErrors::single("code", refusal_message(refused, now));
            settings_page(&state, &viewer, signed_in, errors).await
        }
    }
}
