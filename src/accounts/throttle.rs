//! Sign-in throttling: after repeated failures for one email address (whether or not it has an
//! account) or from one client address, further attempts wait a growing delay, up to 15
//! minutes. Failures are rows, so several server instances share the count.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{email_requests, sign_in_failures};

/// Failures counted for one key before any delay.
pub const EMAIL_FREE_FAILURES: usize = 5;
/// An office or community hub shares one address, so it gets more room.
pub const ADDRESS_FREE_FAILURES: usize = 20;
/// The longest wait.
pub const MAX_DELAY: Duration = Duration::minutes(15);
/// Failures older than this no longer count.
pub const WINDOW: Duration = Duration::hours(24);

/// How long to wait after the last failure, given how many failures there have been:
/// nothing up to `free`, then 30 seconds doubling with each further failure, at most 15 minutes.
pub fn delay_after(failures: usize, free: usize) -> Duration {
    if failures < free {
        return Duration::zero();
    }
    let doublings = (failures - free).min(16) as i32;
    let delay = Duration::seconds(30 * 2i64.pow(doublings as u32));
    delay.min(MAX_DELAY)
}

/// The key for a submitted email address.
pub fn email_key(normalised_email: &str) -> String {
    format!("email:{normalised_email}")
}

/// The key for a client address.
pub fn address_key(address: &str) -> String {
    format!("addr:{address}")
}

/// When attempts for these keys may resume, if they are being held back now.
pub fn blocked_until(
    conn: &mut DbConn,
    keys: &[(String, usize)],
    now: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    let mut until: Option<NaiveDateTime> = None;
    for (key, free) in keys {
        let failures: Vec<NaiveDateTime> = sign_in_failures::table
            .filter(sign_in_failures::throttle_key.eq(key))
            .filter(sign_in_failures::failed_at.gt(now - WINDOW))
            .select(sign_in_failures::failed_at)
            .order(sign_in_failures::failed_at.desc())
            .limit(64)
            .load(conn)?;
        if let Some(last) = failures.first() {
            let resume = *last + delay_after(failures.len(), *free);
            if resume > now {
                until = Some(until.map_or(resume, |u| u.max(resume)));
            }
        }
    }
    Ok(until)
}

/// Records a failed attempt against each key.
pub fn record_failure(conn: &mut DbConn, keys: &[String], now: NaiveDateTime) -> QueryResult<()> {
    for key in keys {
        diesel::insert_into(sign_in_failures::table)
            .values((sign_in_failures::throttle_key.eq(key), sign_in_failures::failed_at.eq(now)))
            .execute(conn)?;
    }
    Ok(())
}

/// Forgets the failures for a key after a successful sign-in, and any failure older than the
/// window (so the table does not grow for ever).
pub fn clear(conn: &mut DbConn, key: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::delete(
        sign_in_failures::table
            .filter(sign_in_failures::throttle_key.eq(key).or(sign_in_failures::failed_at.le(now - WINDOW))),
    )
    .execute(conn)?;
    Ok(())
}

/// Emails one address may be sent at someone's request (registration, sign-in links, password
/// resets, counted together) in an hour.
pub const EMAILS_PER_ADDRESS_PER_HOUR: usize = 5;
/// Such requests from one client address in an hour (a hub helping many groups shares one).
pub const EMAIL_REQUESTS_PER_CLIENT_PER_HOUR: usize = 30;
/// The window email requests are counted in.
pub const EMAIL_WINDOW: Duration = Duration::hours(1);

/// The keys one request to send an email is counted under, each with its hourly limit.
pub fn email_request_keys(normalised_email: &str, client_address: &str) -> Vec<(String, usize)> {
    vec![
        (email_key(normalised_email), EMAILS_PER_ADDRESS_PER_HOUR),
        (address_key(client_address), EMAIL_REQUESTS_PER_CLIENT_PER_HOUR),
    ]
}

/// When another email request is allowed, if any key has reached its limit in the last hour:
/// an hour after the oldest request that still counts.
pub fn email_requests_blocked_until(
    conn: &mut DbConn,
    keys: &[(String, usize)],
    now: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    let mut until: Option<NaiveDateTime> = None;
    for (key, limit) in keys {
        let recent: Vec<NaiveDateTime> = email_requests::table
            .filter(email_requests::throttle_key.eq(key))
            .filter(email_requests::requested_at.gt(now - EMAIL_WINDOW))
            .select(email_requests::requested_at)
            .order(email_requests::requested_at.desc())
            .limit(*limit as i64)
            .load(conn)?;
        if recent.len() >= *limit {
            let resume = recent[recent.len() - 1] + EMAIL_WINDOW;
            until = Some(until.map_or(resume, |u| u.max(resume)));
        }
    }
    Ok(until)
}

/// Counts one email request against each key, and forgets requests older than the window.
pub fn record_email_request(conn: &mut DbConn, keys: &[String], now: NaiveDateTime) -> QueryResult<()> {
    diesel::delete(email_requests::table.filter(email_requests::requested_at.le(now - EMAIL_WINDOW))).execute(conn)?;
    for key in keys {
        diesel::insert_into(email_requests::table)
            .values((email_requests::throttle_key.eq(key), email_requests::requested_at.eq(now)))
            .execute(conn)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_starts_after_the_free_failures_and_doubles_to_a_cap() {
        assert_eq!(delay_after(4, 5), Duration::zero());
        assert_eq!(delay_after(5, 5), Duration::seconds(30));
        assert_eq!(delay_after(6, 5), Duration::seconds(60));
        assert_eq!(delay_after(9, 5), Duration::seconds(480));
        assert_eq!(delay_after(10, 5), Duration::minutes(15));
        assert_eq!(delay_after(60, 5), Duration::minutes(15));
        assert_eq!(delay_after(19, 20), Duration::zero());
    }
}
