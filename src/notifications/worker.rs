//! The outbox worker: claims due emails, hands each to the mailer, records the outcome, and
//! sleeps until the next poll or until a change wakes it.

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use lettre::message::Mailbox;
use tokio::sync::Notify;

use super::mailer::Mailer;
use super::outbox;
use crate::db::{Db, DbError};

/// Timings of the worker; tests shorten them.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    pub poll_interval: Duration,
    /// How long a claimed email is reserved for this worker. Longer than one SMTP attempt.
    pub lease: Duration,
    pub batch_size: i64,
    pub retry_base: Duration,
    pub retry_max: Duration,
}

impl WorkerSettings {
    pub fn with_poll_interval(poll_interval: Duration) -> Self {
        WorkerSettings {
            poll_interval,
            lease: Duration::from_secs(300),
            batch_size: 20,
            retry_base: Duration::from_secs(30),
            // Retries back off to every ten minutes at most; any email sent also brings the
            // waiting ones forward, so mail resumes as soon as the server does.
            retry_max: Duration::from_secs(600),
        }
    }
}

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivery {
    pub sent: usize,
    pub failed: usize,
}

#[derive(Clone)]
pub struct OutboxWorker {
    db: Db,
    mailer: Arc<Mailer>,
    from: Mailbox,
    settings: WorkerSettings,
    wake: Arc<Notify>,
}

impl OutboxWorker {
    /// `wake` lets request handlers nudge the worker right after they queue an email.
    pub fn new(db: Db, mailer: Mailer, from: Mailbox, settings: WorkerSettings, wake: Arc<Notify>) -> Self {
        OutboxWorker { db, mailer: Arc::new(mailer), from, settings, wake }
    }

    /// One pass over the due emails; blocking. Keeps going until nothing is due, so a burst of
    /// emails goes out in one wake-up.
    pub fn deliver_due(&self, now: NaiveDateTime) -> Result<Delivery, DbError> {
        let mut total = Delivery::default();
        let mut retried_waiting = false;
        loop {
            let mut conn = self.db.get()?;
            let batch = outbox::claim_due(&mut conn, now, self.settings.lease, self.settings.batch_size)?;
            if batch.is_empty() {
                return Ok(total);
            }
            for email in &batch {
                match self.mailer.send(&self.from, email) {
                    Ok(()) => {
                        outbox::mark_sent(&mut conn, email, crate::time::now())?;
                        total.sent += 1;
                        if !retried_waiting {
                            // It works again: what failed during an outage goes now, in this pass.
                            retried_waiting = true;
                            let waiting = outbox::retry_waiting_now(&mut conn, now)?;
                            if waiting > 0 {
                                tracing::info!(waiting, "mail server back: retrying waiting emails now");
                            }
                        }
                    }
                    Err(error) => {
                        let delay =
                            outbox::retry_delay(email.attempts, self.settings.retry_base, self.settings.retry_max);
                        let retry_at = crate::time::now() + chrono::Duration::from_std(delay).unwrap_or_default();
                        tracing::warn!(email_id = email.id, kind = %email.kind, %error, retry_at = %retry_at, "email not sent");
                        outbox::mark_failed(&mut conn, email.id, &error.to_string(), retry_at)?;
                        total.failed += 1;
                    }
                }
            }
            if total.failed > 0 {
                // The transport is failing: leave the rest for the next poll rather than
                // hammering a server that is down.
                return Ok(total);
            }
        }
    }

    /// How many emails wait to be sent.
    pub fn unsent_count(&self) -> Result<usize, DbError> {
        let mut conn = self.db.get()?;
        Ok(outbox::unsent(&mut conn)?.len())
    }

    /// Runs until the process ends: a pass, then wait for the poll interval or a wake-up.
    pub async fn run(self) {
        loop {
            let worker = self.clone();
            match tokio::task::spawn_blocking(move || worker.deliver_due(crate::time::now())).await {
                Ok(Ok(delivery)) if delivery.sent + delivery.failed > 0 => {
                    tracing::info!(sent = delivery.sent, failed = delivery.failed, "outbox pass");
                }
                Ok(Ok(_)) => {}
                Ok(Err(error)) => tracing::warn!(%error, "outbox pass could not reach the database"),
                Err(error) => tracing::error!(%error, "outbox pass panicked"),
            }
            tokio::select! {
                _ = tokio::time::sleep(self.settings.poll_interval) => {}
                _ = self.wake.notified() => {}
            }
        }
    }
}
