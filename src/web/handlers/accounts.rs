//! Registering, signing in and out, confirming an email address, recovering and changing a
//! password, and the account page.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{html, html_with_status, redirect};
use crate::accounts::actions::{self, AccountError, Proof};
use crate::accounts::password::{self, Verification};
use crate::accounts::rules::{self, RegistrationForm};
use crate::accounts::sign_in_links::{self, PendingAccount};
use crate::accounts::totp::SessionAccess;
use crate::accounts::{Person, queries, second_factor};
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::web::error::AppError;
use crate::web::extractors::{Viewer, client_address};
use crate::web::views::accounts as views;
use crate::web::{AppState, return_path, session};

/// Runs slow, CPU-bound work (password hashing) off the async threads.
async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    web::block(work).await.map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))
}

/// An account action's refusal as the error page shows it, in the reader's language `tr`.
pub fn account_error(tr: Tr, error: AccountError) -> AppError {
    match error {
        AccountError::Database(error) => error.into(),
        AccountError::Unavailable(message) => AppError::Unavailable(message),
        other => AppError::Conflict(other.message().map(|message| tr.message(&message)).unwrap_or_default()),
    }
}

/// A refusal in British English, where the reader's language is not at hand: a handler with
/// a viewer uses [`account_error`] instead.
impl From<AccountError> for AppError {
    fn from(error: AccountError) -> Self {
        account_error(Tr::source(), error)
    }
}

/// How long a session may last at most.
fn session_lifetime(state: &AppState) -> chrono::Duration {
    chrono::Duration::from_std(state.config.session.absolute_timeout).unwrap_or(chrono::Duration::hours(12))
}

fn user_agent(request: &HttpRequest) -> Option<String> {
    request.headers().get("user-agent").and_then(|v| v.to_str().ok()).map(str::to_string)
}

/// Creates a session for `person` and puts its token in this browser's cookie; answers how far
/// the session may act until a second step is passed.
async fn start_session(
    state: &AppState,
    viewer: &Viewer,
    request: &HttpRequest,
    person: Person,
    proof: Proof,
    upgraded_hash: Option<String>,
) -> Result<SessionAccess, AppError> {
    let (agent, lifetime, now) = (user_agent(request), session_lifetime(state), state.now());
    // Someone who has never chosen a language keeps the one they signed in on: their emails
    // are written in it from now on.
    let language = person.language.is_none().then_some(viewer.tr.code());
    let signed_in = state
        .db
        .run(move |conn| {
            let signed_in = actions::complete_sign_in(
                conn,
                &person,
                proof,
                upgraded_hash.as_deref(),
                agent.as_deref(),
                lifetime,
                now,
            )?;
            if let Some(code) = language {
                queries::set_language(conn, person.id, code, now)?;
            }
            Ok::<_, AppError>(signed_in)
        })
        .await?;
    session::begin(&viewer.session, &signed_in.token);
    Ok(signed_in.access)
}

/// Where a new session goes: to `next`, or first to the code from the person's app, or (a lead
/// or site admin without one) to setting one up.
pub(super) fn after_sign_in(access: SessionAccess, next: &str) -> String {
    match access {
        SessionAccess::Full => return_path::or_dashboard(next).to_string(),
        SessionAccess::AwaitingCode => return_path::with_next("/login/two-factor", next),
        SessionAccess::MustEnrol => return_path::with_next("/account/two-factor", next),
    }
}

pub async fn register_form(viewer: Viewer, query: web::Query<NextQuery>) -> HttpResponse {
    if viewer.signed_in.is_some() {
        return redirect(return_path::or_dashboard(&query.next));
    }
    html(views::register(&viewer.ctx(), "", "", &query.next, &FieldErrors::new()))
}

pub async fn register(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    form: web::Form<RegistrationForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let show_errors = |errors: FieldErrors, status: StatusCode| {
        html_with_status(status, views::register(&viewer.ctx(), &form.name, &form.email, &form.next, &errors))
    };
    let registration = match rules::check_registration(&form) {
        Ok(registration) => registration,
        Err(errors) => return Ok(show_errors(errors, StatusCode::UNPROCESSABLE_ENTITY)),
    };
    if let Err(errors) = email_request_allowed(&state, &request, &registration.email).await? {
        return Ok(show_errors(errors, StatusCode::TOO_MANY_REQUESTS));
    }
    let password_hash = match registration.password.clone() {
        Some(password) => Some(off_thread(move || password::hash(&password)).await?),
        None => None,
    };
    let account = PendingAccount { name: registration.name, email: registration.email.clone(), password_hash };
    let (links, now, next) = (state.links(), state.now(), return_path::local(&form.next).unwrap_or("").to_string());
    // A new address has no account, so no saved language: it is written to in this page's.
    let tr = viewer.tr;
    state
        .db
        .run(move |conn| {
            sign_in_links::request_registration(conn, tr, &account, &next, &links, now).map_err(AppError::from)
        })
        .await?;
    Ok(html(views::check_email_for_link(&viewer.ctx(), &registration.email, views::LinkSent::Registration)))
}

/// Counts a request that emails `email`; when it is over the limit, the message for the email
/// field.
pub(super) async fn email_request_allowed(
    state: &AppState,
    request: &HttpRequest,
    email: &str,
) -> Result<Result<(), FieldErrors>, AppError> {
    let address = client_address(request, state.config.trust_proxy_headers);
    let (email, now) = (email.to_string(), state.now());
    let allowed = state
        .db
        .run(move |conn| sign_in_links::email_request_allowed(conn, &email, &address, now).map_err(AppError::from))
        .await?;
    Ok(allowed.map_err(|until| FieldErrors::single("email", too_many_emails(until, now))))
}

/// Whole minutes from `now` until `until`, rounded up, and at least 1.
fn minutes_until(until: chrono::NaiveDateTime, now: chrono::NaiveDateTime) -> i64 {
    (((until - now).num_seconds() + 59) / 60).max(1)
}

/// The message when too many emails were asked for; the same whether or not the address has
/// an account.
fn too_many_emails(until: chrono::NaiveDateTime, now: chrono::NaiveDateTime) -> Message {
    Message::new("accounts-too-many-emails").arg("minutes", minutes_until(until, now))
}

#[derive(Debug, Default, Deserialize)]
pub struct LinkRequestForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    next: String,
}

/// "Email me a link to sign in": the same answer whether or not the address has an account.
pub async fn request_link(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    form: web::Form<LinkRequestForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let email = rules::normalise_email(&form.email);
    let show_errors = |errors: FieldErrors, status: StatusCode| {
        html_with_status(status, views::login(&viewer.ctx(), &form.email, &form.next, false, &errors))
    };
    if let Err(message) = rules::check_email(&email) {
        return Ok(show_errors(FieldErrors::single("email", message), StatusCode::UNPROCESSABLE_ENTITY));
    }
    if let Err(errors) = email_request_allowed(&state, &request, &email).await? {
        return Ok(show_errors(errors, StatusCode::TOO_MANY_REQUESTS));
    }
    let (links, now, next) = (state.links(), state.now(), return_path::local(&form.next).unwrap_or("").to_string());
    {
        let email = email.clone();
        state
            .db
            .run(move |conn| {
                sign_in_links::request_sign_in_link(conn, &email, &next, &links, now).map_err(AppError::from)
            })
            .await?;
    }
    Ok(html(views::check_email_for_link(&viewer.ctx(), &email, views::LinkSent::SignIn)))
}

/// What the page for an emailed link that cannot be used says (message keys): why, for a used
/// and for an expired link, and where to ask for a new one.
struct DeadLink {
    used: &'static str,
    expired: &'static str,
    new_link_href: &'static str,
    new_link_label: &'static str,
}

const DEAD_SIGN_IN_LINK: DeadLink = DeadLink {
    used: "accounts-dead-sign-in-link-used",
    expired: "accounts-dead-sign-in-link-expired",
    new_link_href: "/login",
    new_link_label: "accounts-dead-sign-in-link-new",
};

const DEAD_RESET_LINK: DeadLink = DeadLink {
    used: "accounts-dead-reset-link-used",
    expired: "accounts-dead-reset-link-expired",
    new_link_href: "/password/forgot",
    new_link_label: "accounts-dead-reset-link-new",
};

fn dead_link_page(viewer: &Viewer, error: &AccountError, words: &DeadLink) -> HttpResponse {
    let (status, explanation) = match error {
        AccountError::LinkUsed => (StatusCode::GONE, words.used),
        AccountError::LinkExpired => (StatusCode::GONE, words.expired),
        _ => (StatusCode::NOT_FOUND, "accounts-dead-link-not-valid"),
    };
    html_with_status(
        status,
        views::dead_link(
            &viewer.ctx(),
            "accounts-dead-link-title",
            explanation,
            words.new_link_href,
            words.new_link_label,
        ),
    )
}

/// An emailed link opens a page with one button, so a mail program that opens links to check
/// them does not use the link up before the person does. A link that finishes a registration on
/// the way to a bid opens the group form instead: saving the group is the button (see
/// `groups::create_on_link`), so a new person has one page fewer to get through.
pub async fn sign_in_link_page(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    Ok(match preview_link(&state, &token).await? {
        Ok(preview) if super::groups::first_group_on_the_way(&preview) => {
            super::groups::first_group_page(&viewer, &token, &preview, None)
        }
        Ok(preview) => html(views::follow_sign_in_link(&viewer.ctx(), &token, &preview.email)),
        Err(error) => dead_sign_in_link(&viewer, &error),
    })
}

/// What the link would do, if it can still be used.
pub(super) async fn preview_link(
    state: &AppState,
    token: &str,
) -> Result<Result<sign_in_links::LinkPreview, AccountError>, AppError> {
    let (token, now) = (token.to_string(), state.now());
    match state.db.call(move |conn| sign_in_links::preview(conn, &token, now)).await? {
        Err(error @ (AccountError::Database(_) | AccountError::Unavailable(_))) => Err(error.into()),
        other => Ok(other),
    }
}

/// The page for a sign-in link that was used, has expired or never was.
pub(super) fn dead_sign_in_link(viewer: &Viewer, error: &AccountError) -> HttpResponse {
    dead_link_page(viewer, error, &DEAD_SIGN_IN_LINK)
}

pub async fn follow_sign_in_link(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(match use_sign_in_link(&state, &viewer, &request, &token.into_inner()).await? {
        Ok(used) => redirect(&after_sign_in(used.access, &used.next_path)),
        Err(dead) => dead,
    })
}

/// A link used: the person signed in (welcomed, if it made their account), and where to go.
pub(super) struct UsedLink {
    pub person: Person,
    pub access: SessionAccess,
    pub next_path: String,
}

/// Uses the link and starts the session; the page that says why not if it cannot be used.
pub(super) async fn use_sign_in_link(
    state: &AppState,
    viewer: &Viewer,
    request: &HttpRequest,
    token: &str,
) -> Result<Result<UsedLink, HttpResponse>, AppError> {
    let (token, now) = (token.to_string(), state.now());
    let followed = match state.db.call(move |conn| sign_in_links::follow(conn, &token, now)).await? {
        Ok(followed) => followed,
        Err(error @ (AccountError::Database(_) | AccountError::Unavailable(_))) => return Err(error.into()),
        Err(error) => return Ok(Err(dead_sign_in_link(viewer, &error))),
    };
    let welcome = if followed.created {
        Message::new("accounts-welcome").arg("name", &followed.person.name)
    } else {
        Message::new("accounts-signed-in-as").arg("email", &followed.person.email)
    };
    let person = followed.person.clone();
    let access = start_session(state, viewer, request, followed.person, Proof::OneFactor, None).await?;
    viewer.flash(welcome);
    Ok(Ok(UsedLink { person, access, next_path: followed.next_path }))
}

/// Whether a new session may go on with what it came for, or must first give (or set up) the
/// code from an authenticator app.
pub(super) fn may_go_on(access: &SessionAccess) -> bool {
    matches!(access, SessionAccess::Full)
}

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn login_form(viewer: Viewer, query: web::Query<NextQuery>) -> HttpResponse {
    if viewer.signed_in.is_some() {
        return redirect(return_path::or_dashboard(&query.next));
    }
    if viewer.awaiting_code.is_some() {
        return redirect(&return_path::with_next("/login/two-factor", &query.next));
    }
    html(views::login(&viewer.ctx(), "", &query.next, false, &FieldErrors::new()))
}

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    /// A code from an authenticator app, given with the password: optional, and the way past
    /// the lockout for a person who has an app.
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// The one message for a wrong email or password, so the page never says which was wrong (or
/// whether the account exists).
const WRONG_DETAILS: &str = "accounts-wrong-details";
/// The same, when a code was given too.
const WRONG_DETAILS_WITH_CODE: &str = "accounts-wrong-details-with-code";

/// What the password (and any code) proved.
enum LoginOutcome {
    /// Sign in: one factor, or two given together.
    SignIn(Box<Person>, Proof),
    Failed,
}

pub async fn login(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let email = rules::normalise_email(&form.email);
    let code_given = !form.code.trim().is_empty();
    let show_errors = |errors: FieldErrors, status: StatusCode, show_code: bool| {
        html_with_status(status, views::login(&viewer.ctx(), &form.email, &form.next, show_code, &errors))
    };
    let mut errors = FieldErrors::new();
    if email.is_empty() {
        errors.add("email", "accounts-enter-email");
    } else if email.chars().count() > rules::MAX_EMAIL {
        errors.add("email", WRONG_DETAILS);
    }
    if form.password.is_empty() {
        errors.add("password", "accounts-enter-password");
    }
    if !errors.is_empty() {
        return Ok(show_errors(errors, StatusCode::UNPROCESSABLE_ENTITY, code_given));
    }

    let address = client_address(&request, state.config.trust_proxy_headers);
    let now = state.now();
    let start = {
        let (email, address) = (email.clone(), address.clone());
        state.db.run(move |conn| actions::start_sign_in(conn, &email, &address, now).map_err(AppError::from)).await?
    };
    let throttled_until = start.throttled_until;
    let throttled_page = |until: chrono::NaiveDateTime| {
        let message = Message::new("accounts-too-many-sign-ins").arg("minutes", minutes_until(until, now));
        show_errors(FieldErrors::single("email", message), StatusCode::TOO_MANY_REQUESTS, true)
    };
    if let (Some(until), false) = (throttled_until, code_given) {
        return Ok(throttled_page(until));
    }

    let (outcome, upgraded) = check_login(&state, start.person, &form.password, &form.code, now).await?;
    // While held back, only a password with a code from the person's app gets through.
    let past_lockout = |proof: Proof| throttled_until.is_none() || proof == Proof::TwoFactors;
    match outcome {
        LoginOutcome::SignIn(person, proof) if past_lockout(proof) => {
            let access = start_session(&state, &viewer, &request, *person, proof, upgraded).await?;
            Ok(redirect(&after_sign_in(access, &form.next)))
        }
        LoginOutcome::SignIn(..) | LoginOutcome::Failed => {
            state
                .db
                .run(move |conn| actions::record_failed_sign_in(conn, &email, &address, now).map_err(AppError::from))
                .await?;
            Ok(match throttled_until {
                Some(until) => throttled_page(until),
                None if code_given => {
                    show_errors(FieldErrors::single("email", WRONG_DETAILS_WITH_CODE), StatusCode::UNAUTHORIZED, true)
                }
                None => show_errors(FieldErrors::single("email", WRONG_DETAILS), StatusCode::UNAUTHORIZED, false),
            })
        }
    }
}

/// Checks the password (against a dummy hash when there is no account, so the time taken says
/// nothing) and, for a person with an authenticator app who gave a code, the code too. A
/// disabled account's right password fails like a wrong one. A code is only checked after a right
/// password, so wrong codes count against the person only when someone knows their password.
async fn check_login(
    state: &AppState,
    person: Option<Person>,
    password: &str,
    code: &str,
    now: chrono::NaiveDateTime,
) -> Result<(LoginOutcome, Option<String>), AppError> {
    let typed = password.to_string();
    let stored_hash = person.as_ref().map(|p| p.password_hash.clone());
    let verdict = off_thread(move || match stored_hash {
        Some(hash) if !hash.is_empty() && typed.chars().count() <= password::MAX_LENGTH => {
            password::verify(&typed, &hash)
        }
        _ => {
            password::verify_against_dummy(&typed);
            Verification::Wrong
        }
    })
    .await?;
    let (person, needs_rehash) = match (person, verdict) {
        (Some(person), Verification::Correct { needs_rehash }) if !person.is_disabled() => (person, needs_rehash),
        _ => return Ok((LoginOutcome::Failed, None)),
    };
    let upgraded = if needs_rehash {
        let password = password.to_string();
        Some(off_thread(move || password::hash(&password)).await?)
    } else {
        None
    };
    let (person_id, code) = (person.id, code.to_string());
    let proof = if code.trim().is_empty() {
        Proof::OneFactor
    } else {
        let checked = state
            .db
            .run(move |conn| {
                if !second_factor::has_app(conn, person_id)? {
                    return Ok(None);
                }
                second_factor::check_code(conn, person_id, &code, now).map(Some)
            })
            .await
            .map_err(|e: AccountError| AppError::from(e))?;
        match checked {
            Some(Ok(_)) => Proof::TwoFactors,
            Some(Err(_)) => return Ok((LoginOutcome::Failed, None)),
            // A code from someone without an app proves nothing more.
            None => Proof::OneFactor,
        }
    };
    Ok((LoginOutcome::SignIn(Box::new(person), proof), upgraded))
}

pub async fn logout(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let session = viewer
        .signed_in
        .as_ref()
        .map(|s| (s.person.id, s.session_id))
        .or(viewer.awaiting_code.as_ref().map(|a| (a.person_id, a.session_id)));
    if let Some((person_id, session_id)) = session {
        let now = state.now();
        state.query(move |conn| actions::sign_out(conn, person_id, session_id, now)).await?;
    }
    session::end(&viewer.session);
    viewer.flash("accounts-signed-out");
    Ok(redirect("/"))
}

#[derive(Debug, Default, Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

pub async fn forgot_form(viewer: Viewer) -> HttpResponse {
    html(views::forgot_password(&viewer.ctx(), "", &FieldErrors::new()))
}

pub async fn forgot(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    form: web::Form<EmailForm>,
) -> Result<HttpResponse, AppError> {
    let email = rules::normalise_email(&form.email);
    let show_errors = |errors: FieldErrors, status: StatusCode| {
        html_with_status(status, views::forgot_password(&viewer.ctx(), &form.email, &errors))
    };
    if let Err(message) = rules::check_email(&email) {
        return Ok(show_errors(FieldErrors::single("email", message), StatusCode::UNPROCESSABLE_ENTITY));
    }
    if let Err(errors) = email_request_allowed(&state, &request, &email).await? {
        return Ok(show_errors(errors, StatusCode::TOO_MANY_REQUESTS));
    }
    let (links, now) = (state.links(), state.now());
    {
        let email = email.clone();
        state
            .db
            .run(move |conn| actions::request_password_reset(conn, &email, &links, now).map_err(AppError::from))
            .await?;
    }
    Ok(html(views::reset_link_sent(&viewer.ctx(), &email)))
}

pub async fn reset_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (token, now) = (token.into_inner(), state.now());
    let check = {
        let token = token.clone();
        state.db.call(move |conn| actions::check_reset_link(conn, &token, now)).await?
    };
    Ok(match check {
        Ok(()) => html(views::reset_password(&viewer.ctx(), &token, &FieldErrors::new())),
        Err(error @ (AccountError::Database(_) | AccountError::Unavailable(_))) => return Err(error.into()),
        Err(error) => dead_link_page(&viewer, &error, &DEAD_RESET_LINK),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
}

pub async fn reset(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    token: web::Path<String>,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let (token, now) = (token.into_inner(), state.now());
    let check = {
        let token = token.clone();
        state.db.call(move |conn| actions::check_reset_link(conn, &token, now)).await?
    };
    match check {
        Ok(()) => {}
        Err(error @ (AccountError::Database(_) | AccountError::Unavailable(_))) => return Err(error.into()),
        Err(error) => return Ok(dead_link_page(&viewer, &error, &DEAD_RESET_LINK)),
    }
    if let Err(message) = password::check_new_password(&form.password, "", "") {
        let errors = FieldErrors::single("password", message);
        return Ok(html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::reset_password(&viewer.ctx(), &token, &errors),
        ));
    }
    let new_password = form.password.clone();
    let hash = off_thread(move || password::hash(&new_password)).await?;
    let links = state.links();
    let outcome = state.db.call(move |conn| actions::reset_password(conn, &token, &hash, &links, now)).await?;
    let person = match outcome {
        Ok(person) => person,
        Err(error @ (AccountError::Database(_) | AccountError::Unavailable(_))) => return Err(error.into()),
        Err(error) => return Ok(dead_link_page(&viewer, &error, &DEAD_RESET_LINK)),
    };
    let access = start_session(&state, &viewer, &request, person, Proof::OneFactor, None).await?;
    viewer.flash("accounts-password-changed");
    Ok(redirect(&after_sign_in(access, "/account")))
}

pub async fn verify_email(
    state: web::Data<AppState>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (token, now) = (token.into_inner(), state.now());
    let outcome = state.db.call(move |conn| actions::verify_email(conn, &token, now)).await?;
    Ok(match outcome {
        Ok(_) => html(views::email_verified(&viewer.ctx())),
        Err(error @ (AccountError::Database(_) | AccountError::Unavailable(_))) => return Err(error.into()),
        Err(AccountError::LinkUsed) => html_with_status(
            StatusCode::GONE,
            views::dead_link(
                &viewer.ctx(),
                "accounts-link-used",
                "accounts-verify-link-used",
                "/dashboard",
                "accounts-go-to-dashboard",
            ),
        ),
        Err(AccountError::LinkExpired) => html_with_status(
            StatusCode::GONE,
            views::dead_link(
                &viewer.ctx(),
                "accounts-link-expired",
                "accounts-verify-link-expired",
                "/account",
                "accounts-go-to-account",
            ),
        ),
        Err(_) => html_with_status(
            StatusCode::NOT_FOUND,
            views::dead_link(
                &viewer.ctx(),
                "accounts-link-invalid",
                "accounts-verify-link-invalid",
                "/account",
                "accounts-go-to-account",
            ),
        ),
    })
}

/// Where to go after asking for the link again: the page it was asked from, if local.
#[derive(Debug, Default, Deserialize)]
pub struct ResendForm {
    #[serde(default)]
    next: String,
}

/// Sends the confirmation link again, within the same hourly limit as every other email a
/// person can ask for; over it, the page they came from says when to try again.
pub async fn resend_verification(
    state: web::Data<AppState>,
    viewer: Viewer,
    request: HttpRequest,
    form: web::Form<ResendForm>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?;
    let person = signed_in.person.clone();
    let back = return_path::local(&form.next).unwrap_or("/account").to_string();
    if person.is_verified() {
        return Ok(redirect(&back));
    }
    if let Err(errors) = email_request_allowed(&state, &request, &person.email).await? {
        if let Some(message) = errors.get("email") {
            viewer.flash(message.clone());
        }
        return Ok(redirect(&back));
    }
    let (links, now, email) = (state.links(), state.now(), person.email.clone());
    state.db.run(move |conn| actions::resend_verification(conn, &person, &links, now).map_err(AppError::from)).await?;
    viewer.flash(Message::new("accounts-new-link-sent").arg("email", email));
    Ok(redirect(&back))
}

pub async fn account(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?;
    let (person_id, now) = (signed_in.person.id, state.now());
    let live = state
        .db
        .run(move |conn| {
            let sessions = queries::sessions_of(conn, person_id)?;
            let live = sessions.iter().filter(|s| s.revoked_at.is_none() && s.expires_at > now).count();
            // Someone paid for their time who sits on no panel has no "Panel" in their
            // navigation: their account page is where they find their payments.
            let paid = !crate::involvement::queries::payments_to(conn, person_id)?.is_empty();
            Ok::<_, AppError>((live, paid))
        })
        .await?;
    let (live, paid) = live;
    let paid_link = paid || signed_in.roles.is_panel_member_anywhere();
    Ok(html(views::account(&viewer.ctx(), &signed_in.person, &signed_in.roles, live, paid_link)))
}

#[derive(Debug, Default, Deserialize)]
pub struct RemindersForm {
    /// `on` or `off`.
    #[serde(default)]
    reminders: String,
}

/// Turns the deadline reminders about the person's groups' unsent drafts off or on.
pub async fn set_reminders(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<RemindersForm>,
) -> Result<HttpResponse, AppError> {
    let person_id = viewer.require_signed_in()?.person.id;
    let on = match form.reminders.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::BadRequest(viewer.tr.t("accounts-reminders-choose"))),
    };
    let now = state.now();
    state.db.run(move |conn| actions::set_deadline_reminders(conn, person_id, on, now).map_err(AppError::from)).await?;
    viewer.flash(if on { "accounts-reminders-turned-on" } else { "accounts-reminders-turned-off" });
    Ok(redirect("/account"))
}

pub async fn change_password_form(viewer: Viewer) -> Result<HttpResponse, AppError> {
    let has_password = viewer.require_signed_in()?.person.has_password();
    Ok(html(views::change_password(&viewer.ctx(), has_password, &FieldErrors::new())))
}

#[derive(Debug, Default, Deserialize)]
pub struct ChangePasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
}

pub async fn change_password(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<ChangePasswordForm>,
) -> Result<HttpResponse, AppError> {
    let signed_in = viewer.require_signed_in()?.clone();
    let person = signed_in.person.clone();
    let form = form.into_inner();
    let mut errors = FieldErrors::new();
    let (current, stored) = (form.current_password.clone(), person.password_hash.clone());
    // Someone who registered without a password (and signs in by emailed links) has no current
    // password to give: being signed in is what they can prove.
    let has_password = person.has_password();
    if has_password {
        let current_ok = !current.is_empty()
            && current.chars().count() <= password::MAX_LENGTH
            && matches!(off_thread(move || password::verify(&current, &stored)).await?, Verification::Correct { .. });
        if form.current_password.is_empty() {
            errors.add("current_password", "accounts-enter-current-password");
        } else if !current_ok {
            errors.add("current_password", "accounts-current-password-wrong");
        }
    }
    if let Err(message) = password::check_new_password(&form.password, &person.email, &person.name) {
        errors.add("password", message);
    }
    if !errors.is_empty() {
        return Ok(html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::change_password(&viewer.ctx(), has_password, &errors),
        ));
    }
    let new_password = form.password;
    let hash = off_thread(move || password::hash(&new_password)).await?;
    let (links, now, session_id) = (state.links(), state.now(), signed_in.session_id);
    state
        .db
        .run(move |conn| {
            actions::change_password(conn, &person, &hash, session_id, &links, now).map_err(AppError::from)
        })
        .await?;
    viewer.flash("accounts-password-changed");
    Ok(redirect("/account"))
}

pub async fn sign_out_everywhere(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let person_id = viewer.require_signed_in()?.person.id;
    let now = state.now();
    state.db.run(move |conn| actions::sign_out_everywhere(conn, person_id, now).map_err(AppError::from)).await?;
    session::end(&viewer.session);
    viewer.flash("accounts-signed-out-everywhere");
    Ok(redirect("/login"))
}

/// "Download my data": everything held about the person, as a JSON file.
pub async fn download_data(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let person = viewer.require_signed_in()?.person.clone();
    let data = state
        .db
        .run(move |conn| {
            let mut data = actions::personal_data(conn, &person)?;
            // What the person wrote on programmes' trackers and what they were paid for their
            // time: theirs too, though kept by other parts of the portal.
            let views = crate::tracker::queries::views_given_by(conn, person.id)?;
            let payments = crate::involvement::queries::payments_to(conn, person.id)?;
            if let Some(fields) = data.as_object_mut() {
                fields.insert("views_given".into(), serde_json::json!(views));
                fields.insert("payments_for_your_time".into(), serde_json::json!(payments));
            }
            Ok::<_, AppError>(data)
        })
        .await?;
    let body = serde_json::to_string_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((CONTENT_DISPOSITION, "attachment; filename=\"my-smallgrants-data.json\""))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}
