//! The outbox table: queue an email inside a transaction, claim due emails for sending (each
//! by one worker only, even with several instances), record the outcome.

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::outbox_emails;
use crate::db::{DbConn, write_transaction};

/// An email to queue. The body is rendered when the change happens, so the message says what
/// was true then even if it is sent later.
#[derive(Debug, Clone, Default)]
pub struct Email {
    /// A short name for the kind of message ("password_reset"), for logs, file names and tests.
    pub kind: String,
    pub to_address: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    /// The body holds a secret (a sign-in or reset link): it is blanked once sent.
    pub sensitive: bool,
    /// Where a reply goes (the `Reply-To` header): the programme team's address on emails about
    /// its bids and grants; none on account emails, whose replies go nowhere.
    pub reply_to: Option<String>,
}

/// A queued email as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox_emails)]
pub struct OutboxEmail {
    pub id: i64,
    pub kind: String,
    pub to_address: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    pub sensitive: bool,
    pub message_id: String,
    pub created_at: NaiveDateTime,
    pub next_attempt_at: NaiveDateTime,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub leased_until: Option<NaiveDateTime>,
    pub sent_at: Option<NaiveDateTime>,
    pub reply_to: Option<String>,
}

#[derive(Insertable)]
#[diesel(table_name = outbox_emails)]
struct NewRow<'a> {
    kind: &'a str,
    to_address: &'a str,
    to_name: Option<&'a str>,
    subject: &'a str,
    body_text: &'a str,
    body_html: Option<&'a str>,
    sensitive: bool,
    message_id: String,
    created_at: NaiveDateTime,
    next_attempt_at: NaiveDateTime,
    reply_to: Option<&'a str>,
}

/// What replaces a sensitive body once the message has gone.
pub const REDACTED_BODY: &str = "(removed after sending)";

/// Queues `email`; call inside the transaction that causes it. Returns the row id.
pub fn enqueue(conn: &mut DbConn, email: &Email, now: NaiveDateTime) -> QueryResult<i64> {
    crate::db::note_mail_queued();
    diesel::insert_into(outbox_emails::table)
        .values(NewRow {
            kind: &email.kind,
            to_address: &email.to_address,
            to_name: email.to_name.as_deref(),
            subject: &email.subject,
            body_text: &email.body_text,
            body_html: email.body_html.as_deref(),
            sensitive: email.sensitive,
            message_id: new_message_id(),
            created_at: now,
            next_attempt_at: now,
            reply_to: email.reply_to.as_deref().filter(|address| !address.trim().is_empty()),
        })
        .returning(outbox_emails::id)
        .get_result(conn)
}

/// The local part of the Message-ID, fixed at queueing so a retried message keeps its identity.
fn new_message_id() -> String {
    let mut bytes = [0u8; 16];
    rand::fill(&mut bytes);
    hex::encode(bytes)
}

/// Claims up to `limit` due emails for `lease`: no other worker will take them until the lease
/// runs out. On PostgreSQL rows another worker is claiming are skipped (`FOR UPDATE SKIP
/// LOCKED`); on SQLite the claim runs under the database's write lock.
pub fn claim_due(conn: &mut DbConn, now: NaiveDateTime, lease: Duration, limit: i64) -> QueryResult<Vec<OutboxEmail>> {
    use outbox_emails::dsl as o;
    let lease_end = now + chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::minutes(5));
    write_transaction(conn, |conn| {
        let due = o::outbox_emails
            .filter(o::sent_at.is_null())
            .filter(o::next_attempt_at.le(now))
            .filter(o::leased_until.is_null().or(o::leased_until.lt(now)))
            .order(o::id)
            .limit(limit)
            .select(o::id);
        let ids: Vec<i64> = match conn {
            DbConn::Postgres(pg) => due.for_update().skip_locked().load(pg)?,
            DbConn::Sqlite(sqlite) => due.load(sqlite)?,
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(o::outbox_emails.filter(o::id.eq_any(&ids))).set(o::leased_until.eq(lease_end)).execute(conn)?;
        o::outbox_emails.filter(o::id.eq_any(&ids)).order(o::id).select(OutboxEmail::as_select()).load(conn)
    })
}

/// Records a delivery. Blanks the body of a sensitive message.
pub fn mark_sent(conn: &mut DbConn, email: &OutboxEmail, now: NaiveDateTime) -> QueryResult<()> {
    use outbox_emails::dsl as o;
    let target = o::outbox_emails.filter(o::id.eq(email.id)).filter(o::sent_at.is_null());
    if email.sensitive {
        diesel::update(target)
            .set((
                o::sent_at.eq(now),
                o::leased_until.eq(None::<NaiveDateTime>),
                o::attempts.eq(o::attempts + 1),
                o::body_text.eq(REDACTED_BODY),
                o::body_html.eq(None::<String>),
            ))
            .execute(conn)?;
    } else {
        diesel::update(target)
            .set((o::sent_at.eq(now), o::leased_until.eq(None::<NaiveDateTime>), o::attempts.eq(o::attempts + 1)))
            .execute(conn)?;
    }
    Ok(())
}

/// Records a failed attempt and when to try again.
pub fn mark_failed(conn: &mut DbConn, id: i64, error: &str, retry_at: NaiveDateTime) -> QueryResult<()> {
    use outbox_emails::dsl as o;
    diesel::update(o::outbox_emails.filter(o::id.eq(id)))
        .set((
            o::attempts.eq(o::attempts + 1),
            o::last_error.eq(truncate(error, 1000)),
            o::next_attempt_at.eq(retry_at),
            o::leased_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    Ok(())
}

/// The mail server is taking mail again: emails waiting after failed attempts are due now
/// rather than at the end of their back-off (which may be many minutes away). Answers how many.
pub fn retry_waiting_now(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<usize> {
    use outbox_emails::dsl as o;
    diesel::update(
        o::outbox_emails
            .filter(o::sent_at.is_null())
            .filter(o::attempts.gt(0))
            .filter(o::next_attempt_at.gt(now))
            .filter(o::leased_until.is_null().or(o::leased_until.lt(now))),
    )
    .set(o::next_attempt_at.eq(now))
    .execute(conn)
}

/// Emails not yet sent, oldest first (for the admin view and tests).
pub fn unsent(conn: &mut DbConn) -> QueryResult<Vec<OutboxEmail>> {
    use outbox_emails::dsl as o;
    o::outbox_emails.filter(o::sent_at.is_null()).order(o::id).select(OutboxEmail::as_select()).load(conn)
}

/// Every email ever queued, oldest first.
pub fn all(conn: &mut DbConn) -> QueryResult<Vec<OutboxEmail>> {
    use outbox_emails::dsl as o;
    o::outbox_emails.order(o::id).select(OutboxEmail::as_select()).load(conn)
}

/// How long to wait before attempt number `attempts + 1`: doubling from `base`, never more than
/// `max`. An SMTP outage delays mail; it never loses it, so there is no last attempt.
pub fn retry_delay(attempts: i32, base: Duration, max: Duration) -> Duration {
    let exponent = attempts.clamp(0, 30) as u32;
    base.checked_mul(2u32.saturating_pow(exponent)).map_or(max, |delay| delay.min(max))
}

fn truncate(text: &str, max_chars: usize) -> String {
    text.chars().take(max_chars).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_exponentially_up_to_the_cap() {
        let base = Duration::from_secs(30);
        let max = Duration::from_secs(3600);
        assert_eq!(retry_delay(0, base, max), Duration::from_secs(30));
        assert_eq!(retry_delay(1, base, max), Duration::from_secs(60));
        assert_eq!(retry_delay(3, base, max), Duration::from_secs(240));
        assert_eq!(retry_delay(10, base, max), max);
        assert_eq!(retry_delay(1000, base, max), max);
    }
}
