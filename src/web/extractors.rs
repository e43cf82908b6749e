//! Who is asking: the [`Viewer`] extractor reads the session cookie, checks its token against
//! the `sessions` table (revoked, expired, idle too long, or a disabled account all mean "not
//! signed in"), loads the person's roles, and carries what every page needs.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};

use super::AppState;
use super::compression::Coding;
use super::navigation;
use super::session;
use super::views::layout::{Flash, PageCtx};
use crate::accounts::model::SessionRow;
use crate::accounts::queries::LiveSession;
use crate::accounts::totp::{SessionAccess, session_access};
use crate::accounts::{Action, Person, Roles, queries, tokens};
use crate::db::changes::ChangeMarker;
use crate::i18n::Tr;
use crate::web::error::AppError;
use crate::web::language::{self, Chosen};

/// A signed-in person with the roles this session may use.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub person: Person,
    /// What this session may do: without the lead and site-admin powers until a lead or admin
    /// has set up two-step sign-in (see `waiting_roles`).
    pub roles: Roles,
    pub session_id: i64,
    /// All the person's roles, when some of them wait for two-step sign-in to be set up.
    pub waiting_roles: Option<Roles>,
    /// Whether the person has an authenticator app set up.
    pub has_app: bool,
    /// A hash of everything above but the session's id, made once when the session was read
    /// ([`KeptSession`]): pages kept for the session (`web::session_pages`) are kept under it,
    /// so a change of roles or account details is another key.
    pub details_hash: u64,
}

impl SignedIn {
    /// A lead or site admin who must set up two-step sign-in before using those roles.
    pub fn must_set_up_second_factor(&self) -> bool {
        self.waiting_roles.is_some()
    }
}

/// A session that passed the password (or an emailed link) but not yet the code from the
/// person's authenticator app: not signed in until it does.
#[derive(Debug, Clone)]
pub struct AwaitingCode {
    pub person_id: i64,
    pub session_id: i64,
}

/// The person making the request (if signed in), their form token and pending message.
pub struct Viewer {
    pub signed_in: Option<SignedIn>,
    pub awaiting_code: Option<AwaitingCode>,
    pub csrf_token: String,
    pub flash: Option<Flash>,
    pub path: String,
    /// Whether `path` can be opened again after a detour (signing in, setting up two-step
    /// sign-in): a page, or a form's path that is also a page. A POST-only path would answer 405.
    pub path_reopens: bool,
    pub session: Session,
    /// The language of this request's pages (see `web::language`).
    pub tr: Tr,
    /// The languages the installation offers, for the switcher.
    pub languages: Vec<Tr>,
    /// Where to write about the portal (configuration `contact_email`).
    pub contact_email: String,
    /// Who runs the installation (configuration `operator_name`).
    pub operator_name: String,
    /// The compression the browser asked for, for pages kept with theirs (`web::compression`).
    pub coding: Coding,
    /// Where the database stood when the session was checked (read first, for the session and
    /// the pages kept for it); `None` without a session.
    pub marker: Option<ChangeMarker>,
}

/// A session's `last_seen_at` is written at most this often, not on every request.
const TOUCH_INTERVAL: chrono::Duration = chrono::Duration::seconds(60);

impl Viewer {
    /// Everything the layout needs.
    pub fn ctx(&self) -> PageCtx {
        PageCtx {
            person_name: self.signed_in.as_ref().map(|s| s.person.name.clone()),
            csrf_token: self.csrf_token.clone(),
            nav: navigation::links_for(self.signed_in.as_ref().map(|s| &s.roles)),
            flash: self.flash.clone(),
            current_path: self.path.clone(),
            second_factor_prompt: self.signed_in.as_ref().is_some_and(SignedIn::must_set_up_second_factor),
            tr: self.tr,
            languages: self.languages.clone(),
            contact_email: self.contact_email.clone(),
            operator_name: self.operator_name.clone(),
            email_unconfirmed: self.signed_in.as_ref().is_some_and(|s| !s.person.is_verified()),
            team: None,
            description: None,
        }
    }

    /// Everything the layout needs for a page within a programme: its footer says who runs
    /// the programme and how to reach them.
    pub fn ctx_in(&self, programme: &crate::programmes::Programme) -> PageCtx {
        PageCtx { team: Some(programme.team(&self.contact_email)), ..self.ctx() }
    }

    /// The signed-in person, or a trip to the sign-in page that comes back here.
    pub fn require_signed_in(&self) -> Result<&SignedIn, AppError> {
        self.signed_in.as_ref().ok_or_else(|| AppError::SignInRequired(self.return_path()))
    }

    /// The signed-in person if they may take `action`; otherwise sign in, set up two-step
    /// sign-in (a lead or admin who has not yet), or 403.
    pub fn authorize(&self, action: Action) -> Result<&SignedIn, AppError> {
        let signed_in = self.require_signed_in()?;
        if signed_in.roles.may(action) {
            Ok(signed_in)
        } else if signed_in.waiting_roles.as_ref().is_some_and(|roles| roles.may(action)) {
            Err(AppError::SecondFactorNeeded(self.return_path()))
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Where to come back to after a detour: this page, or (after a POST-only form) nowhere in
    /// particular, which means the dashboard.
    pub fn return_path(&self) -> String {
        if self.path_reopens { self.path.clone() } else { String::new() }
    }

    /// A one-off message for the next page, in this page's language.
    pub fn flash(&self, message: impl Into<crate::i18n::Message>) {
        session::set_flash(&self.session, self.tr.message(&message.into()));
    }
}

impl FromRequest for Viewer {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Viewer, AppError>>>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        // Already loaded for this request by `web::session_pages`, which keeps pages per session.
        if let Some(super::session_pages::Prepared(viewer)) = request.extensions_mut().remove() {
            return Box::pin(std::future::ready(Ok(viewer)));
        }
        let session = request.get_session();
        let state = request.app_data::<web::Data<AppState>>().cloned();
        let path = match request.query_string() {
            "" => request.path().to_string(),
            query => format!("{}?{query}", request.path()),
        };
        let coding = Coding::asked_by(request);
        let path_reopens = matches!(*request.method(), actix_web::http::Method::GET | actix_web::http::Method::HEAD)
            || request.match_pattern().is_some_and(|pattern| super::routes::answers_get(&pattern));
        let request = request.clone();
        Box::pin(async move {
            let state = state.ok_or_else(|| AppError::Internal("application state missing".into()))?;
            let (signed_in, awaiting_code, marker) = match session::session_token(&session) {
                Some(token) => match load_session(&state, token).await? {
                    (Loaded::SignedIn(signed_in), marker) => (Some(*signed_in), None, Some(marker)),
                    (Loaded::AwaitingCode(awaiting), marker) => (None, Some(awaiting), Some(marker)),
                    (Loaded::Ended, marker) => {
                        session::end(&session);
                        (None, None, Some(marker))
                    }
                },
                None => (None, None, None),
            };
            let csrf_token = session::csrf_token(&session);
            let flash = session::take_flash(&session);
            let languages: Vec<Tr> = state.config.languages.iter().filter_map(|code| Tr::for_code(code)).collect();
            let saved = signed_in.as_ref().and_then(|s| s.person.language.clone());
            let (tr, chosen) = language::choose(&request, &session, &languages, saved.as_deref());
            // A switcher link is saved on the account (signing in saves the page's language on
            // an account that has none: `handlers::accounts::start_session`).
            if let Some(person) = signed_in.as_ref().map(|s| &s.person)
                && chosen == Chosen::ByLink
                && saved.as_deref() != Some(tr.code())
            {
                save_language(&state, person.id, tr.code()).await?;
            }
            let contact_email = state.config.contact_email.clone();
            let operator_name = state.config.operator_name.clone();
            Ok(Viewer {
                signed_in,
                awaiting_code,
                csrf_token,
                flash,
                path,
                path_reopens,
                session,
                tr,
                languages,
                contact_email,
                operator_name,
                coding,
                marker,
            })
        })
    }
}

/// Saves the language a person chose (or first read the portal in) on their account, so emails
/// to them are written in it.
async fn save_language(state: &AppState, person_id: i64, code: &'static str) -> Result<(), AppError> {
    let now = state.now();
    state.db.run(move |conn| queries::set_language(conn, person_id, code, now).map_err(AppError::from)).await
}

/// What the cookie's session token stands for.
enum Loaded {
    SignedIn(Box<SignedIn>),
    AwaitingCode(AwaitingCode),
    /// Revoked, expired, idle too long, unknown, or the account is disabled.
    Ended,
}

/// A session as read from the database, with the person's roles, kept between requests until
/// the database changes (every way a session ends or changes what it may do writes an audit
/// event: signing out, here or everywhere, a new password, a disabled account, a role given or
/// taken, a second step passed) or until `good_until`, the moment it is next due to be written
/// (`last_seen_at`, once a minute) or to end by the clock (idle or absolute timeout).
pub struct KeptSession {
    session: SessionRow,
    person: Person,
    has_app: bool,
    roles: Roles,
    /// See [`SignedIn::details_hash`].
    details_hash: u64,
    good_until: chrono::NaiveDateTime,
}

/// The live session for the cookie's token; ends it if it has been idle too long. How far it may
/// act is decided by the one rule in `accounts::totp::session_access`. The change marker is read
/// first, for the session kept from an earlier request ([`KeptSession`]) and for the pages kept
/// for it (`web::session_pages`); otherwise the session and the person's roles are read, right
/// here on SQLite (`Db::read_here`), and ending or touching the session, a write, goes as other
/// work does.
async fn load_session(state: &AppState, token: String) -> Result<(Loaded, ChangeMarker), AppError> {
    let now = state.now();
    let token_hash = tokens::hash_token(&token);
    let marker = state.db.change_marker().await?;
    let kept = match state.memos.sessions.get(&token_hash, &marker).filter(|kept| now < kept.good_until) {
        Some(kept) => kept,
        None => match read_session(state, token_hash, marker, now).await? {
            Some(kept) => kept,
            None => return Ok((Loaded::Ended, marker)),
        },
    };
    let KeptSession { session: row, person, has_app, roles, details_hash, .. } = &*kept;
    let (person, has_app, roles, session_id, details_hash) =
        (person.clone(), *has_app, roles.clone(), row.id, *details_hash);
    let access = session_access(has_app, roles.holds_staff_role(), row.second_factor_at.is_some());
    let signed_in = |roles, waiting_roles| SignedIn { person, roles, session_id, waiting_roles, has_app, details_hash };
    let loaded = match access {
        SessionAccess::Full => Loaded::SignedIn(Box::new(signed_in(roles, None))),
        SessionAccess::MustEnrol => Loaded::SignedIn(Box::new(signed_in(roles.without_staff_powers(), Some(roles)))),
        SessionAccess::AwaitingCode => Loaded::AwaitingCode(AwaitingCode { person_id: row.person_id, session_id }),
    };
    Ok((loaded, marker))
}

/// Reads the session for `token_hash` from the database as of `marker`, ends it if it has been
/// idle too long, notes that it was seen (at most once a minute), and keeps it; `None` when it
/// has ended (revoked, expired, idle too long, unknown, or the account is disabled).
async fn read_session(
    state: &AppState,
    token_hash: String,
    marker: ChangeMarker,
    now: chrono::NaiveDateTime,
) -> Result<Option<std::sync::Arc<KeptSession>>, AppError> {
    let idle = chrono::Duration::from_std(state.config.session.idle_timeout).unwrap_or(chrono::Duration::hours(2));
    let hash = token_hash.clone();
    let found = state
        .db
        .read_here(move |conn| {
            let Some(live) = queries::find_live_session(conn, &hash, now)? else { return Ok(None) };
            let roles = queries::roles_of(conn, &live.person)?;
            Ok::<_, AppError>(Some((live, roles)))
        })
        .await?;
    let Some((LiveSession { session: mut row, person, has_app }, roles)) = found else { return Ok(None) };
    if person.is_disabled() {
        return Ok(None);
    }
    let session_id = row.id;
    if row.last_seen_at + idle <= now {
        state.db.run(move |conn| queries::revoke_session(conn, session_id, now).map_err(AppError::from)).await?;
        return Ok(None);
    }
    if now - row.last_seen_at >= TOUCH_INTERVAL {
        state.db.run(move |conn| queries::touch_session(conn, session_id, now).map_err(AppError::from)).await?;
        row.last_seen_at = now;
    }
    let good_until = (row.last_seen_at + TOUCH_INTERVAL).min(row.last_seen_at + idle).min(row.expires_at);
    let details_hash = hash_of_details(&person, &roles, has_app, row.second_factor_at);
    let kept = std::sync::Arc::new(KeptSession { session: row, person, has_app, roles, details_hash, good_until });
    state.memos.sessions.put(token_hash, marker, kept.clone());
    Ok(Some(kept))
}

/// A hash of who a session is and what it may do: the person, their roles, their
/// authenticator and whether the session passed the second step (what decides the roles it may
/// use now and those waiting for two-step sign-in).
fn hash_of_details(person: &Person, roles: &Roles, has_app: bool, second_step: Option<chrono::NaiveDateTime>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    format!("{person:?}{roles:?}{has_app}{second_step:?}").hash(&mut hasher);
    hasher.finish()
}

/// The client's address for throttling: the connection's peer, or the first address in
/// `X-Forwarded-For` when the portal is configured to trust its proxy.
pub fn client_address(request: &HttpRequest, trust_proxy_headers: bool) -> String {
    let info = request.connection_info();
    let address = if trust_proxy_headers { info.realip_remote_addr() } else { info.peer_addr() };
    let address = address.unwrap_or("unknown");
    // Drop a port: "203.0.113.9:53211" and "[2001:db8::1]:443" count as their address.
    match address.rsplit_once(':') {
        Some((host, port)) if port.chars().all(|c| c.is_ascii_digit()) && !host.ends_with(':') => {
            host.trim_start_matches('[').trim_end_matches(']').to_string()
        }
        _ => address.to_string(),
    }
}
