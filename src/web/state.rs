//! What every handler can reach: configuration, the database, file storage, and the outbox
//! worker's doorbell.

use std::sync::Arc;

use actix_web::cookie::Key;
use tokio::sync::Notify;

use crate::bank_details::DataKeys;
use crate::config::Config;
use crate::db::{Db, DbConn};
use crate::storage::Storage;
use crate::time::Clock;
use crate::web::error::AppError;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub storage: Storage,
    /// What the outbox worker waits on: rung by [`Db::run`] whenever work queued an email.
    pub outbox_wake: Arc<Notify>,
    /// Signs and encrypts session cookies; the same on every instance.
    pub cookie_key: Key,
    /// Seals and opens groups' bank details; the same on every instance.
    pub data_keys: Arc<DataKeys>,
    pub clock: Clock,
    /// Costly results kept while the database has not changed.
    pub memos: Arc<super::memo::Memos>,
}

impl AppState {
    pub fn new(config: Config, db: Db, storage: Storage, cookie_key: Key, data_keys: DataKeys) -> AppState {
        AppState {
            config: Arc::new(config),
            outbox_wake: db.mail_queued_signal(),
            db,
            storage,
            cookie_key,
            data_keys: Arc::new(data_keys),
            clock: Clock::System,
            memos: Arc::default(),
        }
    }

    /// Runs blocking database work off the async threads (see `Db::run`), and turns its error,
    /// whichever domain's it is, into the page's error: the one call handlers make for work
    /// whose refusal is not shown at a field.
    pub async fn query<T, E, F>(&self, work: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Send + 'static,
        AppError: From<E>,
    {
        self.db.call(work).await?.map_err(AppError::from)
    }

    /// What emails need from the configuration: the base URL of their links, and the
    /// `contact_email` that stands in for a programme team without an address.
    pub fn links(&self) -> crate::notifications::emails::Links {
        crate::notifications::emails::Links::from_config(&self.config)
    }

    pub fn now(&self) -> chrono::NaiveDateTime {
        self.clock.now()
    }
}
