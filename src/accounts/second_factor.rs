//! Two-step sign-in, in the database: turning an authenticator app on and off, checking the
//! second step (a code from the app, or a recovery code), new recovery codes, and a site admin's
//! reset. Each change is one transaction with its audit event and the email that tells the
//! person. The rules themselves (codes, who must) are in [`super::totp`].

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::actions::{AccountError, event};
use super::model::Person;
use super::totp::{self, CodeProblem, TypedCode};
use super::{queries, throttle};
use crate::audit::{self, NewEvent};
use crate::db::schema::{recovery_codes, second_factors, sessions};
use crate::db::{DbConn, write_transaction};
use crate::notifications::emails::{self, Links, SecondFactorChange};
use crate::notifications::outbox;

/// Wrong codes allowed for one person before each further try waits (30 seconds, doubling).
pub const FREE_WRONG_CODES: usize = 5;

/// Why a typed code was not accepted; each is a message at the `code` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeRefused {
    Empty,
    WrongShape,
    Wrong,
    /// Too many wrong codes: the next try is allowed at this time.
    Throttled(NaiveDateTime),
}

impl From<CodeProblem> for CodeRefused {
    fn from(problem: CodeProblem) -> Self {
        match problem {
            CodeProblem::Empty => CodeRefused::Empty,
            CodeProblem::WrongShape => CodeRefused::WrongShape,
        }
    }
}

/// Which kind of code got the person through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeUsed {
    App,
    /// A recovery code, with how many are left.
    Recovery {
        left: i64,
    },
}

/// A person's second factor as their account page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    pub turned_on_at: NaiveDateTime,
    pub recovery_codes_left: i64,
}

fn throttle_key(person_id: i64) -> String {
    format!("second-step:{person_id}")
}

/// Whether the person has an authenticator app set up.
pub fn has_app(conn: &mut DbConn, person_id: i64) -> QueryResult<bool> {
    queries::has_app(conn, person_id)
}

pub fn status(conn: &mut DbConn, person_id: i64) -> QueryResult<Option<Status>> {
    let Some(turned_on_at) = second_factors::table
        .find(person_id)
        .select(second_factors::confirmed_at)
        .first::<NaiveDateTime>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(Some(Status { turned_on_at, recovery_codes_left: recovery_codes_left(conn, person_id)? }))
}

fn recovery_codes_left(conn: &mut DbConn, person_id: i64) -> QueryResult<i64> {
    recovery_codes::table
        .filter(recovery_codes::person_id.eq(person_id))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)
}

/// Replaces the person's recovery codes; answers them as shown to the person (only once).
fn replace_recovery_codes(conn: &mut DbConn, person_id: i64, now: NaiveDateTime) -> QueryResult<Vec<String>> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::person_id.eq(person_id))).execute(conn)?;
    let codes = totp::new_recovery_codes();
    for (_, hash) in &codes {
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::person_id.eq(person_id),
                recovery_codes::code_hash.eq(hash),
                recovery_codes::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(codes.into_iter().map(|(shown, _)| shown).collect())
}

/// Marks a session as having passed the second step.
fn mark_session_passed(conn: &mut DbConn, session_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(sessions::table.find(session_id)).set(sessions::second_factor_at.eq(now)).execute(conn)?;
    Ok(())
}

fn tell(
    conn: &mut DbConn,
    person: &Person,
    change: SecondFactorChange,
    links: &Links,
    now: NaiveDateTime,
) -> QueryResult<()> {
    outbox::enqueue(
        conn,
        &emails::second_factor_changed(person.tr(), links, &person.name, &person.email, change),
        now,
    )?;
    Ok(())
}

/// Checks a code typed by a person who has an app, and uses it up if right: a code from the app
/// is then refused for its time step, a recovery code for good. Wrong codes are counted per
/// person and held back after [`FREE_WRONG_CODES`], whatever address they come from.
pub fn check_code(
    conn: &mut DbConn,
    person_id: i64,
    typed: &str,
    now: NaiveDateTime,
) -> Result<Result<CodeUsed, CodeRefused>, AccountError> {
    write_transaction(conn, |conn| {
        let key = throttle_key(person_id);
        if let Some(until) = throttle::blocked_until(conn, &[(key.clone(), FREE_WRONG_CODES)], now)? {
            return Ok(Err(CodeRefused::Throttled(until)));
        }
        let typed = match totp::read_code(typed) {
            Ok(typed) => typed,
            Err(problem) => return Ok(Err(problem.into())),
        };
        let used = match typed {
            TypedCode::App(code) => use_app_code(conn, person_id, &code, now)?.then_some(CodeUsed::App),
            TypedCode::Recovery(code) => use_recovery_code(conn, person_id, &code, now)?,
        };
        match used {
            Some(used) => {
                throttle::clear(conn, &key, now)?;
                Ok(Ok(used))
            }
            None => {
                throttle::record_failure(conn, &[key], now)?;
                Ok(Err(CodeRefused::Wrong))
            }
        }
    })
}

fn use_app_code(conn: &mut DbConn, person_id: i64, code: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let Some((secret, last_used)) = second_factors::table
        .find(person_id)
        .select((second_factors::secret_base32, second_factors::last_used_step))
        .first::<(String, i64)>(conn)
        .optional()?
    else {
        return Ok(false);
    };
    let Some(step) = totp::accepted_step(&secret, code, now, last_used) else {
        return Ok(false);
    };
    // Only if no one used this step meanwhile (two tabs, or an onlooker racing the person).
    let updated = diesel::update(second_factors::table.find(person_id).filter(second_factors::last_used_step.lt(step)))
        .set(second_factors::last_used_step.eq(step))
        .execute(conn)?;
    Ok(updated == 1)
}

fn use_recovery_code(
    conn: &mut DbConn,
    person_id: i64,
    normalised: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<CodeUsed>> {
    let updated = diesel::update(
        recovery_codes::table
            .filter(recovery_codes::person_id.eq(person_id))
            .filter(recovery_codes::code_hash.eq(totp::hash_recovery_code(normalised)))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(now))
    .execute(conn)?;
    if updated == 0 {
        return Ok(None);
    }
    Ok(Some(CodeUsed::Recovery { left: recovery_codes_left(conn, person_id)? }))
}

/// The second step of signing in: a right code completes the session.
pub fn pass_second_step(
    conn: &mut DbConn,
    person_id: i64,
    session_id: i64,
    typed: &str,
    now: NaiveDateTime,
) -> Result<Result<CodeUsed, CodeRefused>, AccountError> {
    let used = match check_code(conn, person_id, typed, now)? {
        Ok(used) => used,
        Err(refused) => return Ok(Err(refused)),
    };
    write_transaction(conn, |conn| {
        mark_session_passed(conn, session_id, now)?;
        let method = if used == CodeUsed::App { "app" } else { "recovery_code" };
        let details = serde_json::json!({ "method": method });
        audit::record(
            conn,
            &NewEvent { details: Some(details), ..event(Some(person_id), "second_step_passed", person_id) },
            now,
        )?;
        Ok::<_, AccountError>(())
    })?;
    Ok(Ok(used))
}

/// Turns an authenticator app on with the secret shown to the person and a first code from it;
/// this session counts as having passed the second step. Answers the new recovery codes.
pub fn turn_on(
    conn: &mut DbConn,
    person: &Person,
    secret_base32: &str,
    typed: &str,
    session_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Result<Vec<String>, CodeRefused>, AccountError> {
    let code = match totp::read_code(typed) {
        Ok(TypedCode::App(code)) => code,
        Ok(TypedCode::Recovery(_)) => return Ok(Err(CodeRefused::WrongShape)),
        Err(problem) => return Ok(Err(problem.into())),
    };
    let Some(step) = totp::accepted_step(secret_base32, &code, now, 0) else {
        return Ok(Err(CodeRefused::Wrong));
    };
    write_transaction(conn, |conn| {
        if has_app(conn, person.id)? {
            return Err(AccountError::Refused("accounts-two-factor-already-on".into()));
        }
        diesel::insert_into(second_factors::table)
            .values((
                second_factors::person_id.eq(person.id),
                second_factors::secret_base32.eq(secret_base32),
                second_factors::confirmed_at.eq(now),
                second_factors::last_used_step.eq(step),
            ))
            .execute(conn)?;
        let codes = replace_recovery_codes(conn, person.id, now)?;
        mark_session_passed(conn, session_id, now)?;
        audit::record(conn, &event(Some(person.id), "second_factor_turned_on", person.id), now)?;
        tell(conn, person, SecondFactorChange::TurnedOn, links, now)?;
        Ok(Ok(codes))
    })
}

/// New recovery codes in place of the old ones (for a person whose session passed the step).
pub fn renew_recovery_codes(
    conn: &mut DbConn,
    person: &Person,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Vec<String>, AccountError> {
    write_transaction(conn, |conn| {
        if !has_app(conn, person.id)? {
            return Err(AccountError::Refused("accounts-two-factor-not-on".into()));
        }
        let codes = replace_recovery_codes(conn, person.id, now)?;
        audit::record(conn, &event(Some(person.id), "recovery_codes_renewed", person.id), now)?;
        tell(conn, person, SecondFactorChange::NewRecoveryCodes, links, now)?;
        Ok(codes)
    })
}

fn remove(conn: &mut DbConn, person_id: i64) -> QueryResult<()> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::person_id.eq(person_id))).execute(conn)?;
    diesel::delete(second_factors::table.find(person_id)).execute(conn)?;
    Ok(())
}

/// A person who chose two-step sign-in (not a lead or site admin: for them it is required)
/// turns it off, with a code to show it is them.
pub fn turn_off(
    conn: &mut DbConn,
    person: &Person,
    holds_staff_role: bool,
    typed: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Result<(), CodeRefused>, AccountError> {
    if holds_staff_role {
        return Err(AccountError::Refused("accounts-two-factor-must-keep".into()));
    }
    if let Err(refused) = check_code(conn, person.id, typed, now)? {
        return Ok(Err(refused));
    }
    write_transaction(conn, |conn| {
        remove(conn, person.id)?;
        audit::record(conn, &event(Some(person.id), "second_factor_turned_off", person.id), now)?;
        tell(conn, person, SecondFactorChange::TurnedOff, links, now)?;
        Ok(Ok(()))
    })
}

/// A site admin removes someone's app (a lost phone): their sessions end, they are told by
/// email, and they set an app up again at their next sign-in.
pub fn reset_by_admin(
    conn: &mut DbConn,
    actor_id: i64,
    person_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), AccountError> {
    if actor_id == person_id {
        return Err(AccountError::Refused("accounts-two-factor-cannot-reset-own".into()));
    }
    write_transaction(conn, |conn| {
        let person =
            queries::find_person(conn, person_id)?.ok_or(AccountError::Refused("accounts-no-such-person".into()))?;
        if !has_app(conn, person_id)? {
            return Err(AccountError::Refused("accounts-two-factor-not-set-up".into()));
        }
        remove(conn, person_id)?;
        queries::revoke_sessions_of(conn, person_id, None, now)?;
        audit::record(conn, &event(Some(actor_id), "second_factor_reset", person_id), now)?;
        tell(conn, &person, SecondFactorChange::ResetByAdmin, links, now)?;
        Ok(())
    })
}

/// Turns an app on for a person without the web (the demo's lead and admin), so their
/// secret can be printed; answers the secret.
pub fn turn_on_directly(conn: &mut DbConn, person_id: i64, now: NaiveDateTime) -> QueryResult<String> {
    let secret = totp::new_secret();
    diesel::insert_into(second_factors::table)
        .values((
            second_factors::person_id.eq(person_id),
            second_factors::secret_base32.eq(&secret),
            second_factors::confirmed_at.eq(now),
            second_factors::last_used_step.eq(0i64),
        ))
        .execute(conn)?;
    Ok(secret)
}

/// The secret of a person's app, for printing the demo accounts again.
pub fn secret_of(conn: &mut DbConn, person_id: i64) -> QueryResult<Option<String>> {
    second_factors::table.find(person_id).select(second_factors::secret_base32).first(conn).optional()
}
