//! Signing in by a link sent by email, and registering through one.
//!
//! Registering answers every address the same way ("check your email"), so the form cannot be
//! used to learn who has an account. A new address gets a link that creates the account when
//! followed, which also proves the person reads that address's mail; an address that already
//! has an account gets a link that signs its owner in instead. The account for a new address
//! is made only when the link is followed, so nobody can claim someone else's address in
//! advance with a password of their own.
//!
//! A link works once, is stored only as a hash, and carries the page to go on to (checked to
//! be local by the web layer). Following one confirms the address. It is not held back by the
//! sign-in throttle (that counts wrong passwords): a person locked out by someone guessing
//! their password can still sign in from their own mailbox. Requests for links are limited by
//! the email throttle instead.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::actions::{AccountError, event};
use super::model::{NewPerson, Person};
use super::{queries, throttle, tokens};
use crate::audit;
use crate::db::schema::sign_in_links;
use crate::db::{DbConn, write_transaction};
use crate::i18n::Tr;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;

/// How long a link to sign in works.
pub const SIGN_IN_LIFETIME: Duration = Duration::minutes(15);
/// How long a link that finishes a registration works: people read email late, and the link
/// only creates an account for the address it was sent to.
pub const REGISTRATION_LIFETIME: Duration = Duration::hours(24);

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sign_in_links)]
struct SignInLink {
    id: i64,
    email: String,
    person_id: Option<i64>,
    new_name: Option<String>,
    new_password_hash: Option<String>,
    next_path: String,
    expires_at: NaiveDateTime,
    used_at: Option<NaiveDateTime>,
}

/// An account asked for on the registration form, checked and with its password hashed.
#[derive(Debug, Clone)]
pub struct PendingAccount {
    pub name: String,
    pub email: String,
    /// `None` for an account used through emailed links alone.
    pub password_hash: Option<String>,
}

/// A followed link: who is now signed in and where they were going.
#[derive(Debug)]
pub struct FollowedLink {
    pub person: Person,
    pub next_path: String,
    /// Whether following it created the account.
    pub created: bool,
}

/// Whether a request to email `email` from `client_address` is over the limit; if so, when the
/// next one is allowed. Every request counts, whether or not the address has an account, so
/// the limit says nothing about who is registered.
pub fn email_request_allowed(
    conn: &mut DbConn,
    email: &str,
    client_address: &str,
    now: NaiveDateTime,
) -> Result<Result<(), NaiveDateTime>, AccountError> {
    let keys = throttle::email_request_keys(email, client_address);
    write_transaction(conn, |conn| {
        if let Some(until) = throttle::email_requests_blocked_until(conn, &keys, now)? {
            return Ok(Err(until));
        }
        let names: Vec<String> = keys.into_iter().map(|(key, _)| key).collect();
        throttle::record_email_request(conn, &names, now)?;
        Ok(Ok(()))
    })
}

/// Registration: emails a link that creates the account, or, when the address already has
/// one, a link that signs its owner in. A disabled account gets nothing. The caller shows the
/// same page in every case. A new address is written to in `tr`, the language of the page
/// (it has no account, so no saved language); an existing account in its own.
pub fn request_registration(
    conn: &mut DbConn,
    tr: Tr,
    account: &PendingAccount,
    next_path: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    write_transaction(conn, |conn| match queries::find_by_email(conn, &account.email)? {
        Some(person) if person.is_disabled() => Ok(()),
        Some(person) => {
            let token = insert_link(conn, &person.email, Some(person.id), None, next_path, SIGN_IN_LIFETIME, now)?;
            outbox::enqueue(
                conn,
                &emails::already_registered(person.tr(), links, &person.name, &person.email, &token),
                now,
            )?;
            audit::record(conn, &event(None, "registration_for_existing_account", person.id), now)?;
            Ok(())
        }
        None => {
            let token = insert_link(conn, &account.email, None, Some(account), next_path, REGISTRATION_LIFETIME, now)?;
            outbox::enqueue(conn, &emails::finish_registration(tr, links, &account.name, &account.email, &token), now)?;
            Ok(())
        }
    })
}

/// "Email me a link to sign in": sends one if the address has a usable account, and nothing
/// otherwise.
pub fn request_sign_in_link(
    conn: &mut DbConn,
    email: &str,
    next_path: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    write_transaction(conn, |conn| {
        let Some(person) = queries::find_by_email(conn, email)?.filter(|person| !person.is_disabled()) else {
            return Ok(());
        };
        let token = insert_link(conn, &person.email, Some(person.id), None, next_path, SIGN_IN_LIFETIME, now)?;
        outbox::enqueue(conn, &emails::sign_in_link(person.tr(), links, &person.name, &person.email, &token), now)?;
        audit::record(conn, &event(None, "sign_in_link_sent", person.id), now)?;
        Ok(())
    })
}

/// What a link that can still be used will do, to show the right page before it is used.
#[derive(Debug, Clone)]
pub struct LinkPreview {
    /// The address it was sent to.
    pub email: String,
    /// The name given at registration, when following the link will create the account.
    pub new_name: Option<String>,
    /// Where it carries the person on to.
    pub next_path: String,
}

/// The link, if it can still be used: for the page that opens it, which uses nothing up.
pub fn preview(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<LinkPreview, AccountError> {
    let link = live_link(conn, token, now)?;
    let creates = link.person_id.is_none() && queries::find_by_email(conn, &link.email)?.is_none();
    Ok(LinkPreview { email: link.email, new_name: link.new_name.filter(|_| creates), next_path: link.next_path })
}

/// Uses the link: signs in its account, creating it for a registration, and confirms the
/// address. A disabled account's link is treated as not valid.
pub fn follow(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<FollowedLink, AccountError> {
    write_transaction(conn, |conn| {
        let link = live_link(conn, token, now)?;
        let used = diesel::update(sign_in_links::table.find(link.id).filter(sign_in_links::used_at.is_null()))
            .set(sign_in_links::used_at.eq(now))
            .execute(conn)?;
        if used == 0 {
            return Err(AccountError::LinkUsed);
        }
        let existing = match link.person_id {
            Some(person_id) => queries::find_person(conn, person_id)?,
            None => queries::find_by_email(conn, &link.email)?,
        };
        let (person, created) = match existing {
            Some(person) if person.is_disabled() => return Err(AccountError::LinkInvalid),
            Some(person) => (person, false),
            None => (create_account(conn, &link, now)?, true),
        };
        queries::mark_verified(conn, person.id, now)?;
        audit::record(conn, &event(Some(person.id), "signed_in_by_email_link", person.id), now)?;
        let person = Person { email_verified_at: person.email_verified_at.or(Some(now)), ..person };
        Ok(FollowedLink { person, next_path: link.next_path, created })
    })
}

fn create_account(conn: &mut DbConn, link: &SignInLink, now: NaiveDateTime) -> Result<Person, AccountError> {
    let name = link.new_name.as_deref().ok_or(AccountError::LinkInvalid)?;
    let person = queries::insert_person(
        conn,
        &NewPerson {
            name,
            email: &link.email,
            password_hash: link.new_password_hash.as_deref().unwrap_or(""),
            email_verified_at: Some(now),
            is_site_admin: false,
            created_at: now,
            updated_at: now,
        },
    )?;
    audit::record(conn, &event(Some(person.id), "registered", person.id), now)?;
    Ok(person)
}

fn live_link(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<SignInLink, AccountError> {
    let link: SignInLink = sign_in_links::table
        .filter(sign_in_links::token_hash.eq(tokens::hash_token(token)))
        .select(SignInLink::as_select())
        .first(conn)
        .optional()?
        .ok_or(AccountError::LinkInvalid)?;
    if link.used_at.is_some() {
        return Err(AccountError::LinkUsed);
    }
    if link.expires_at <= now {
        return Err(AccountError::LinkExpired);
    }
    Ok(link)
}

fn insert_link(
    conn: &mut DbConn,
    email: &str,
    person_id: Option<i64>,
    account: Option<&PendingAccount>,
    next_path: &str,
    lifetime: Duration,
    now: NaiveDateTime,
) -> Result<String, AccountError> {
    let (token, token_hash) = tokens::new_token();
    diesel::insert_into(sign_in_links::table)
        .values((
            sign_in_links::email.eq(email),
            sign_in_links::person_id.eq(person_id),
            sign_in_links::new_name.eq(account.map(|a| a.name.as_str())),
            sign_in_links::new_password_hash.eq(account.and_then(|a| a.password_hash.as_deref())),
            sign_in_links::next_path.eq(next_path),
            sign_in_links::token_hash.eq(&token_hash),
            sign_in_links::created_at.eq(now),
            sign_in_links::expires_at.eq(now + lifetime),
        ))
        .execute(conn)?;
    Ok(token)
}
