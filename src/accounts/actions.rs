//! What people do with their accounts, each in one transaction with its audit event and emails.
//! Password hashing is done by the caller beforehand (it is slow and needs no database).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::{NewPerson, NewRoleGrant, NewSession, Person, ProgrammeRole, TokenPurpose};
use super::totp::{self, SessionAccess};
use super::{queries, throttle, tokens};
use crate::audit::{self, NewEvent};
use crate::db::schema::people;
use crate::db::{DbConn, write_transaction};
use crate::i18n::Message;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;

/// Why an account action was refused; each becomes a message on the page (see
/// [`AccountError::message`]). The `Display` texts are for logs.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("the link has already been used")]
    LinkUsed,
    #[error("the link has expired")]
    LinkExpired,
    #[error("the link is not valid")]
    LinkInvalid,
    #[error("refused: {}", .0.key)]
    Refused(Message),
    #[error("the database cannot be reached: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl AccountError {
    /// What to tell the person, in their language; `None` for a fault of the database, which
    /// is not theirs to act on.
    pub fn message(&self) -> Option<Message> {
        match self {
            AccountError::LinkUsed => Some("accounts-link-used".into()),
            AccountError::LinkExpired => Some("accounts-link-expired".into()),
            AccountError::LinkInvalid => Some("accounts-link-invalid".into()),
            AccountError::Refused(message) => Some(message.clone()),
            AccountError::Unavailable(_) | AccountError::Database(_) => None,
        }
    }
}

impl From<crate::db::DbError> for AccountError {
    fn from(error: crate::db::DbError) -> Self {
        match error {
            crate::db::DbError::Unavailable(message) => AccountError::Unavailable(message),
            crate::db::DbError::Query(error) => AccountError::Database(error),
        }
    }
}

/// An audit event about a person's account.
pub(super) fn event<'a>(actor: Option<i64>, action: &'a str, person_id: i64) -> NewEvent<'a> {
    NewEvent::about("person", person_id, actor, action)
}

/// Queues a fresh "confirm your email" link, retiring older ones.
pub fn send_verification(
    conn: &mut DbConn,
    person: &Person,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    queries::retire_tokens(conn, person.id, TokenPurpose::VerifyEmail, now)?;
    let (token, hash) = tokens::new_token();
    queries::insert_token(conn, person.id, TokenPurpose::VerifyEmail, &hash, now)?;
    outbox::enqueue(conn, &emails::verify_email(person.tr(), links, &person.name, &person.email, &token), now)?;
    Ok(())
}

pub fn resend_verification(
    conn: &mut DbConn,
    person: &Person,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    write_transaction(conn, |conn| send_verification(conn, person, links, now))
}

/// Finds the link's token and checks it can still be used.
fn live_token(
    conn: &mut DbConn,
    token: &str,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> Result<super::model::AccountToken, AccountError> {
    let stored = queries::find_token(conn, &tokens::hash_token(token), purpose)?.ok_or(AccountError::LinkInvalid)?;
    if stored.used_at.is_some() {
        return Err(AccountError::LinkUsed);
    }
    if stored.expires_at <= now {
        return Err(AccountError::LinkExpired);
    }
    Ok(stored)
}

/// Confirms an email address from the emailed link.
pub fn verify_email(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Person, AccountError> {
    write_transaction(conn, |conn| {
        let stored = live_token(conn, token, TokenPurpose::VerifyEmail, now)?;
        if !queries::use_token(conn, stored.id, now)? {
            return Err(AccountError::LinkUsed);
        }
        queries::mark_verified(conn, stored.person_id, now)?;
        audit::record(conn, &event(Some(stored.person_id), "email_verified", stored.person_id), now)?;
        queries::find_person(conn, stored.person_id)?.ok_or(AccountError::LinkInvalid)
    })
}

/// Checks a reset link without using it (to show the form, or a clear page if it is dead).
pub fn check_reset_link(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<(), AccountError> {
    live_token(conn, token, TokenPurpose::ResetPassword, now).map(|_| ())
}

/// Sends a reset link if the address has a usable account; does nothing otherwise, so the answer
/// to the person is the same either way.
pub fn request_password_reset(
    conn: &mut DbConn,
    email: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    write_transaction(conn, |conn| {
        let Some(person) = queries::find_by_email(conn, email)? else {
            return Ok(());
        };
        if person.is_disabled() {
            return Ok(());
        }
        queries::retire_tokens(conn, person.id, TokenPurpose::ResetPassword, now)?;
        let (token, hash) = tokens::new_token();
        queries::insert_token(conn, person.id, TokenPurpose::ResetPassword, &hash, now)?;
        outbox::enqueue(conn, &emails::reset_password(person.tr(), links, &person.name, &person.email, &token), now)?;
        audit::record(conn, &event(None, "password_reset_requested", person.id), now)?;
        Ok(())
    })
}

/// Sets a new password from a reset link, uses the link up, and ends every session. Following
/// the link proves the person reads the address's mail, so it also confirms the address.
pub fn reset_password(
    conn: &mut DbConn,
    token: &str,
    password_hash: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Person, AccountError> {
    write_transaction(conn, |conn| {
        let stored = live_token(conn, token, TokenPurpose::ResetPassword, now)?;
        if !queries::use_token(conn, stored.id, now)? {
            return Err(AccountError::LinkUsed);
        }
        let person = queries::find_person(conn, stored.person_id)?.ok_or(AccountError::LinkInvalid)?;
        if person.is_disabled() {
            return Err(AccountError::LinkInvalid);
        }
        queries::set_password_hash(conn, person.id, password_hash, now)?;
        queries::mark_verified(conn, person.id, now)?;
        queries::revoke_sessions_of(conn, person.id, None, now)?;
        outbox::enqueue(conn, &emails::password_changed(person.tr(), links, &person.name, &person.email), now)?;
        audit::record(conn, &event(Some(person.id), "password_reset", person.id), now)?;
        Ok(person)
    })
}

/// Changes the password of a signed-in person and ends their other sessions.
pub fn change_password(
    conn: &mut DbConn,
    person: &Person,
    password_hash: &str,
    current_session: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    write_transaction(conn, |conn| {
        queries::set_password_hash(conn, person.id, password_hash, now)?;
        queries::revoke_sessions_of(conn, person.id, Some(current_session), now)?;
        outbox::enqueue(conn, &emails::password_changed(person.tr(), links, &person.name, &person.email), now)?;
        audit::record(conn, &event(Some(person.id), "password_changed", person.id), now)?;
        Ok(())
    })
}

/// What a sign-in attempt found before the password is checked.
pub struct SignInStart {
    /// Too many recent failures for this address or client: try again after this time (unless
    /// the person proves both their password and a code from their authenticator app).
    pub throttled_until: Option<NaiveDateTime>,
    /// The account, whose hash the password is checked against (a dummy hash when `None`).
    pub person: Option<Person>,
}

/// The keys failures are counted under for one attempt.
pub fn throttle_keys(email: &str, client_address: &str) -> Vec<(String, usize)> {
    vec![
        (throttle::email_key(email), throttle::EMAIL_FREE_FAILURES),
        (throttle::address_key(client_address), throttle::ADDRESS_FREE_FAILURES),
    ]
}

pub fn start_sign_in(
    conn: &mut DbConn,
    email: &str,
    client_address: &str,
    now: NaiveDateTime,
) -> Result<SignInStart, AccountError> {
    let throttled_until = throttle::blocked_until(conn, &throttle_keys(email, client_address), now)?;
    Ok(SignInStart { throttled_until, person: queries::find_by_email(conn, email)? })
}

pub fn record_failed_sign_in(
    conn: &mut DbConn,
    email: &str,
    client_address: &str,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    let keys: Vec<String> = throttle_keys(email, client_address).into_iter().map(|(key, _)| key).collect();
    throttle::record_failure(conn, &keys, now)?;
    Ok(())
}

/// A new session for a person who proved who they are: the cookie token, the session's id, and
/// how far it may act until a second step is passed.
pub struct NewSignIn {
    pub token: String,
    pub session_id: i64,
    pub access: SessionAccess,
}

/// How the person proved who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    /// A password or an emailed link: one factor.
    OneFactor,
    /// A password and a code from their authenticator app, at once.
    TwoFactors,
}

pub fn complete_sign_in(
    conn: &mut DbConn,
    person: &Person,
    proof: Proof,
    upgraded_hash: Option<&str>,
    user_agent: Option<&str>,
    lifetime: chrono::Duration,
    now: NaiveDateTime,
) -> Result<NewSignIn, AccountError> {
    write_transaction(conn, |conn| {
        throttle::clear(conn, &throttle::email_key(&person.email), now)?;
        if let Some(hash) = upgraded_hash {
            queries::set_password_hash(conn, person.id, hash, now)?;
        }
        let (token, token_hash) = tokens::new_token();
        let user_agent: Option<String> = user_agent.map(|agent| agent.chars().take(200).collect());
        let session_id = queries::insert_session(
            conn,
            &NewSession {
                person_id: person.id,
                token_hash: &token_hash,
                created_at: now,
                last_seen_at: now,
                expires_at: now + lifetime,
                user_agent: user_agent.as_deref(),
                second_factor_at: (proof == Proof::TwoFactors).then_some(now),
            },
        )?;
        audit::record(conn, &event(Some(person.id), "signed_in", person.id), now)?;
        let access = totp::session_access(
            queries::has_app(conn, person.id)?,
            queries::roles_of(conn, person)?.holds_staff_role(),
            proof == Proof::TwoFactors,
        );
        Ok(NewSignIn { token, session_id, access })
    })
}

/// Ends one session (signing out in this browser), recorded like every other change, so
/// anything kept for the session (`web::extractors`, `web::session_pages`) is dropped at once on
/// every instance.
pub fn sign_out(conn: &mut DbConn, person_id: i64, session_id: i64, now: NaiveDateTime) -> Result<(), AccountError> {
    write_transaction(conn, |conn| {
        queries::revoke_session(conn, session_id, now)?;
        audit::record(conn, &event(Some(person_id), "signed_out", person_id), now)?;
        Ok(())
    })
}

pub fn sign_out_everywhere(conn: &mut DbConn, person_id: i64, now: NaiveDateTime) -> Result<(), AccountError> {
    write_transaction(conn, |conn| {
        queries::revoke_sessions_of(conn, person_id, None, now)?;
        audit::record(conn, &event(Some(person_id), "signed_out_everywhere", person_id), now)?;
        Ok(())
    })
}

/// The person turns the deadline reminders about their groups' unsent drafts off or on; answers
/// whether anything changed (the event is written only then).
pub fn set_deadline_reminders(
    conn: &mut DbConn,
    person_id: i64,
    on: bool,
    now: NaiveDateTime,
) -> Result<bool, AccountError> {
    write_transaction(conn, |conn| {
        let changed = diesel::update(people::table.find(person_id).filter(people::deadline_reminders.ne(on)))
            .set((people::deadline_reminders.eq(on), people::updated_at.eq(now)))
            .execute(conn)?;
        if changed == 1 {
            let action = if on { "reminders_turned_on" } else { "reminders_turned_off" };
            audit::record(conn, &event(Some(person_id), action, person_id), now)?;
        }
        Ok(changed == 1)
    })
}

/// A site admin gives a person a role in a programme.
pub fn grant_role(
    conn: &mut DbConn,
    actor_id: i64,
    person_id: i64,
    programme_id: i64,
    role: ProgrammeRole,
    lived_experience: bool,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    write_transaction(conn, |conn| {
        if queries::grant_exists(conn, person_id, programme_id, role)? {
            return Err(AccountError::Refused("accounts-already-has-role".into()));
        }
        queries::insert_grant(
            conn,
            &NewRoleGrant {
                person_id,
                programme_id,
                role: role.as_str(),
                lived_experience: lived_experience && role == ProgrammeRole::Panel,
                granted_by: Some(actor_id),
                granted_at: now,
            },
        )?;
        let details = serde_json::json!({"programme_id": programme_id, "lived_experience": lived_experience});
        let event = NewEvent {
            to_state: Some(role.as_str()),
            details: Some(details),
            ..event(Some(actor_id), "role_granted", person_id)
        };
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// A site admin takes a role away. The grant must belong to `person_id` (the id in the URL).
pub fn revoke_role(
    conn: &mut DbConn,
    actor_id: i64,
    person_id: i64,
    grant_id: i64,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    write_transaction(conn, |conn| {
        let grant = queries::find_grant(conn, grant_id)?
            .filter(|grant| grant.person_id == person_id)
            .ok_or(AccountError::Refused("accounts-role-not-found".into()))?;
        queries::delete_grant(conn, grant.id)?;
        let details = serde_json::json!({"programme_id": grant.programme_id});
        let event = NewEvent {
            from_state: Some(&grant.role),
            details: Some(details),
            ..event(Some(actor_id), "role_revoked", person_id)
        };
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// A site admin makes someone a site admin or stops them being one.
pub fn set_site_admin(
    conn: &mut DbConn,
    actor_id: i64,
    person_id: i64,
    is_admin: bool,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    if actor_id == person_id && !is_admin {
        return Err(AccountError::Refused("accounts-cannot-remove-own-admin".into()));
    }
    write_transaction(conn, |conn| {
        queries::set_site_admin(conn, person_id, is_admin, now)?;
        let action = if is_admin { "site_admin_granted" } else { "site_admin_revoked" };
        audit::record(conn, &event(Some(actor_id), action, person_id), now)?;
        Ok(())
    })
}

/// A site admin makes someone a directory editor (they approve, change and hide the community
/// directory's listings) or stops them being one.
pub fn set_directory_editor(
    conn: &mut DbConn,
    actor_id: i64,
    person_id: i64,
    is_editor: bool,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    write_transaction(conn, |conn| {
        diesel::update(people::table.find(person_id))
            .set((people::is_directory_editor.eq(is_editor), people::updated_at.eq(now)))
            .execute(conn)?;
        let action = if is_editor { "directory_editor_granted" } else { "directory_editor_revoked" };
        audit::record(conn, &event(Some(actor_id), action, person_id), now)?;
        Ok(())
    })
}

/// Disables an account (signing the person out at once) or enables it again.
pub fn set_disabled(
    conn: &mut DbConn,
    actor_id: i64,
    person_id: i64,
    disabled: bool,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    if actor_id == person_id && disabled {
        return Err(AccountError::Refused("accounts-cannot-disable-self".into()));
    }
    write_transaction(conn, |conn| {
        queries::set_disabled(conn, person_id, disabled.then_some(now), now)?;
        if disabled {
            queries::revoke_sessions_of(conn, person_id, None, now)?;
        }
        let action = if disabled { "account_disabled" } else { "account_enabled" };
        audit::record(conn, &NewEvent { reason, ..event(Some(actor_id), action, person_id) }, now)?;
        Ok(())
    })
}

/// What `create-admin` did.
pub enum AdminCreated {
    New(Person),
    Promoted(Person),
}

/// Creates a site admin (their address counts as confirmed: the operator typed it), or makes an
/// existing account a site admin without touching its password.
pub fn create_admin(
    conn: &mut DbConn,
    name: &str,
    email: &str,
    password_hash: &str,
    now: NaiveDateTime,
) -> Result<AdminCreated, AccountError> {
    write_transaction(conn, |conn| {
        if let Some(existing) = queries::find_by_email(conn, email)? {
            queries::set_site_admin(conn, existing.id, true, now)?;
            audit::record(conn, &event(None, "site_admin_granted", existing.id), now)?;
            return Ok(AdminCreated::Promoted(existing));
        }
        let person = queries::insert_person(
            conn,
            &NewPerson {
                name,
                email,
                password_hash,
                email_verified_at: Some(now),
                is_site_admin: true,
                created_at: now,
                updated_at: now,
            },
        )?;
        audit::record(conn, &event(None, "site_admin_created", person.id), now)?;
        Ok(AdminCreated::New(person))
    })
}

/// Everything the portal holds about one person, for "download my data".
pub fn personal_data(conn: &mut DbConn, person: &Person) -> Result<serde_json::Value, AccountError> {
    let roles = queries::roles_of(conn, person)?;
    let sessions = queries::sessions_of(conn, person.id)?;
    let about = audit::for_subject(conn, "person", person.id)?;
    let by = audit::by_actor(conn, person.id)?;
    Ok(serde_json::json!({
        "person": {
            "id": person.id,
            "name": person.name,
            "email": person.email,
            "email_verified_at": person.email_verified_at,
            "site_admin": person.is_site_admin,
            "disabled_at": person.disabled_at,
            "created_at": person.created_at,
            "deadline_reminders": person.deadline_reminders,
        },
        "roles": roles.grants,
        "sessions": sessions,
        "events_about_you": about,
        "events_by_you": by,
    }))
}
