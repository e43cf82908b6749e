//! The session cookie: encrypted and signed with the cookie key, `HttpOnly`, `SameSite=Lax`,
//! `Secure` except for plain http on this machine. It carries only small things: the form
//! token, the random token of a signed-in session (checked against the `sessions` table, or the
//! session as read kept until anything changes, on every request, so sign-out and disabling take
//! effect at once: see `web::extractors::KeptSession`) and a one-off message.

use actix_session::config::{BrowserSession, CookieContentSecurity};
use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionMiddleware};
use actix_web::cookie::SameSite;

use super::AppState;
use super::views::layout::Flash;
use crate::accounts::tokens;

pub const COOKIE_NAME: &str = "sg_session";

const CSRF_KEY: &str = "csrf";
const SESSION_TOKEN_KEY: &str = "sid";
const FLASH_KEY: &str = "flash";
/// The key shown on the page that sets up an authenticator app, until a first code confirms it.
/// The cookie is encrypted, so it is not readable in the browser.
const NEW_APP_KEY: &str = "new_app_key";
/// Set by `pending_forms`: the token of a form kept when a session ended.
pub const PENDING_FORM_KEY: &str = "pending_form";

pub fn middleware(state: &AppState) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), state.cookie_key.clone())
        .cookie_name(COOKIE_NAME.to_string())
        .cookie_secure(state.config.session.secure_cookies)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_path("/".to_string())
        .cookie_content_security(CookieContentSecurity::Private)
        // The cookie lasts as long as the browser keeps it; the server decides when a signed-in
        // session ends (idle and absolute timeouts in the sessions table).
        .session_lifecycle(BrowserSession::default())
        .build()
}

/// The session's form token, made on first use.
pub fn csrf_token(session: &Session) -> String {
    if let Ok(Some(token)) = session.get::<String>(CSRF_KEY) {
        return token;
    }
    let (token, _) = tokens::new_token();
    let _ = session.insert(CSRF_KEY, &token);
    token
}

/// The form token as stored, without making one.
pub fn stored_csrf_token(session: &Session) -> Option<String> {
    session.get::<String>(CSRF_KEY).ok().flatten()
}

/// The cookie's signed-in session token, if any.
pub fn session_token(session: &Session) -> Option<String> {
    session.get::<String>(SESSION_TOKEN_KEY).ok().flatten()
}

/// Starts a signed-in session in this browser: a new cookie and a new form token, so nothing
/// from before sign-in (which an attacker may have planted) carries over.
pub fn begin(session: &Session, session_token: &str) {
    let flash = session.get::<Flash>(FLASH_KEY).ok().flatten();
    let pending_form = session.get::<String>(PENDING_FORM_KEY).ok().flatten();
    let language = super::language::kept(session);
    session.renew();
    session.clear();
    let _ = session.insert(SESSION_TOKEN_KEY, session_token);
    let (csrf, _) = tokens::new_token();
    let _ = session.insert(CSRF_KEY, csrf);
    // What the person was doing before signing in carries over: a message, and the form they
    // were filling in when their last session ended.
    if let Some(flash) = flash {
        let _ = session.insert(FLASH_KEY, flash);
    }
    if let Some(token) = pending_form {
        let _ = session.insert(PENDING_FORM_KEY, token);
    }
    if let Some(code) = language {
        super::language::keep(session, &code);
    }
}

/// Forgets the signed-in session in this browser (the form token is kept, so a form open in
/// another tab can still be sent after signing in again).
pub fn end(session: &Session) {
    session.remove(SESSION_TOKEN_KEY);
}

/// A message for the next page shown.
pub fn set_flash(session: &Session, message: impl Into<String>) {
    let _ = session.insert(FLASH_KEY, Flash { message: message.into() });
}

/// The one-off message, taken so it shows once. The session is touched only when there is one:
/// removing even a missing key marks the session changed, and a changed session is encrypted
/// and sent back as a new cookie with the answer, which every page would then carry.
pub fn take_flash(session: &Session) -> Option<Flash> {
    if !session.contains_key(FLASH_KEY) {
        return None;
    }
    session.remove_as::<Flash>(FLASH_KEY).and_then(Result::ok)
}

/// The authenticator key being set up in this browser, if any.
pub fn new_app_key(session: &Session) -> Option<String> {
    session.get::<String>(NEW_APP_KEY).ok().flatten()
}

pub fn set_new_app_key(session: &Session, secret_base32: &str) {
    let _ = session.insert(NEW_APP_KEY, secret_base32);
}

pub fn forget_new_app_key(session: &Session) {
    session.remove(NEW_APP_KEY);
}
