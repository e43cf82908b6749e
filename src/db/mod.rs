//! The database: one diesel schema over SQLite (the embedded default) and PostgreSQL (for
//! several instances), chosen by the URL's scheme.
//!
//! Everything else in the crate talks to [`DbConn`] and never needs to know which backend it
//! has, except for the few places where the dialects truly differ ([`write_transaction`],
//! claiming outbox rows).

pub mod changes;
pub mod migrations;
pub mod schema;
pub mod shared_read;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use diesel::Connection;
use diesel::connection::{
    AnsiTransactionManager, Instrumentation, InstrumentationEvent, SimpleConnection, TransactionManager,
};
use diesel::pg::PgConnection;
use diesel::r2d2::R2D2Connection;
use diesel::sqlite::SqliteConnection;

use self::shared_read::{SharedError, SharedRead};
use crate::config::{DatabaseConfig, DatabaseUrl};

/// A connection to whichever database is configured.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

/// Which database a pool talks to; used where SQL dialects differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl DbConn {
    pub fn backend(&self) -> Backend {
        match self {
            DbConn::Sqlite(_) => Backend::Sqlite,
            DbConn::Postgres(_) => Backend::Postgres,
        }
    }
}

/// How every SQLite connection is set up: write-ahead log so readers never wait for the writer,
/// foreign keys enforced, and a busy timeout so concurrent writers queue instead of failing.
/// `synchronous=NORMAL` in WAL mode keeps every committed transaction across a crash of the
/// process (only a power cut can lose the last few), which is what "acknowledged means kept" needs.
/// The server's pooled connections also read through a memory map (`database_sqlite_map_mb`,
/// see [`ConnectionManager::connect`]).
const SQLITE_SETUP: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

/// SQLite keeps memory statistics behind one process-wide lock taken on every allocation, which
/// under concurrent requests costs more than the queries; nothing here reads the statistics.
/// Must run before SQLite initialises (the first connection), so it is done once, just before.
fn tune_sqlite_once() {
    static TUNED: std::sync::Once = std::sync::Once::new();
    TUNED.call_once(|| {
        // SAFETY: sqlite3_config is called before any connection exists in this process (every
        // connection is opened through `establish`, which calls this first); if SQLite were
        // already initialised the call would only return SQLITE_MISUSE and change nothing.
        unsafe {
            libsqlite3_sys::sqlite3_config(libsqlite3_sys::SQLITE_CONFIG_MEMSTATUS, 0);
        }
    });
}

/// Opens one connection for `url`, set up for this application.
pub fn establish(url: &DatabaseUrl) -> Result<DbConn, diesel::ConnectionError> {
    match url {
        DatabaseUrl::Sqlite(path) => {
            tune_sqlite_once();
            let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
            conn.batch_execute(SQLITE_SETUP).map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
            Ok(DbConn::Sqlite(conn))
        }
        DatabaseUrl::Postgres(url) => {
            let mut conn = PgConnection::establish(&with_connect_timeout(url))?;
            conn.batch_execute("SET TIME ZONE 'UTC'").map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
            Ok(DbConn::Postgres(conn))
        }
    }
}

/// libpq waits for ever on an unreachable host unless told otherwise; a request should get the
/// "try again" page within seconds instead.
fn with_connect_timeout(url: &str) -> String {
    if url.contains("connect_timeout=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&connect_timeout=5")
    } else {
        format!("{url}?connect_timeout=5")
    }
}

/// How many statements a pool's connections have sent to the database: one round trip each
/// (a query, a `BEGIN`, a `COMMIT`, the pool's liveness check). Shared by every connection
/// of one pool, so a test can read how many round trips a page cost and hold it to a budget;
/// one relaxed atomic add per statement, nothing noticeable beside the statement itself.
#[derive(Debug, Default)]
pub struct RoundTrips(AtomicU64);

impl RoundTrips {
    /// Statements sent so far by the pool's connections.
    pub fn so_far(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// A statement slower than this is logged (as a warning, its SQL without the values bound to
/// it): what a lead's slow page is waiting for shows in the log without a profiler.
const SLOW_STATEMENT: std::time::Duration = std::time::Duration::from_millis(50);

/// What each pooled connection reports its statements to (diesel calls it for every event on
/// the connection): each statement's start is counted, one that takes longer than
/// [`SLOW_STATEMENT`] is logged, and whether the connection answered lately and without error
/// is remembered for the check on check-out ([`ConnectionManager::is_valid`]).
struct WatchStatements {
    round_trips: Arc<RoundTrips>,
    started: Option<std::time::Instant>,
    /// When the last statement was answered without an error; `None` after an error (which a
    /// connection lost with a database restart gives), so the next check-out checks.
    answered_at: Option<std::time::Instant>,
}

impl WatchStatements {
    /// Whether the last statement was answered, without an error, less than `within` ago.
    fn answered_within(&self, within: Duration) -> bool {
        self.answered_at.is_some_and(|at| at.elapsed() < within)
    }
}

impl Instrumentation for WatchStatements {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartQuery { .. } => {
                self.round_trips.0.fetch_add(1, Ordering::Relaxed);
                self.started = Some(std::time::Instant::now());
            }
            InstrumentationEvent::FinishQuery { query, error, .. } => {
                let now = std::time::Instant::now();
                let took = self.started.take().map(|at| now - at).unwrap_or_default();
                self.answered_at = error.is_none().then_some(now);
                if took >= SLOW_STATEMENT {
                    log_slow_statement(&query.to_string(), took);
                }
            }
            _ => {}
        }
    }
}

/// Logs a slow statement's SQL alone: the values bound to it (emails, names, anything a person
/// typed) never reach the log.
fn log_slow_statement(debug_text: &str, took: std::time::Duration) {
    tracing::warn!(millis = took.as_millis() as u64, "slow statement: {}", sql_alone(debug_text));
}

/// A statement's SQL from diesel's debug text (`SQL -- binds: [values]`), without the values.
fn sql_alone(debug_text: &str) -> &str {
    debug_text.split(" -- binds:").next().unwrap_or_default()
}

/// r2d2 manager that opens [`DbConn`]s by URL scheme (diesel's generic manager would try each
/// backend in turn with the same URL).
#[derive(Debug)]
pub struct ConnectionManager {
    url: DatabaseUrl,
    /// `PRAGMA mmap_size` for SQLite (0, the default: off): a page reading thousands of rows
    /// then costs memory reads, not a system call per page, at the price of resident memory
    /// (see `database_sqlite_map_mb` in `config/default.toml`).
    sqlite_map_bytes: u64,
    /// See [`ConnectionManager::is_valid`].
    check_after_idle: Duration,
    round_trips: Arc<RoundTrips>,
}

impl r2d2::ManageConnection for ConnectionManager {
    type Connection = DbConn;
    type Error = diesel::r2d2::Error;

    /// Opens a connection that counts its statements into the pool's [`RoundTrips`] (the set-up
    /// statements of [`establish`] are not counted: they belong to no request).
    fn connect(&self) -> Result<DbConn, Self::Error> {
        let mut conn = establish(&self.url).map_err(diesel::r2d2::Error::ConnectionError)?;
        if let DbConn::Sqlite(sqlite) = &mut conn {
            sqlite
                .batch_execute(&format!("PRAGMA mmap_size = {}", self.sqlite_map_bytes))
                .map_err(diesel::r2d2::Error::QueryError)?;
        }
        conn.set_instrumentation(WatchStatements {
            round_trips: self.round_trips.clone(),
            started: None,
            answered_at: None,
        });
        Ok(conn)
    }

    /// The check on check-out (PostgreSQL only, see [`Db::new`]): a connection that answered
    /// its last statement less than `check_after_idle` ago is taken as it is; one idle for
    /// longer, or whose last statement failed, is pinged, and replaced if the ping fails. Under
    /// load this saves a round trip on every request; a database restart still costs at most
    /// the one statement each connection was running.
    fn is_valid(&self, conn: &mut DbConn) -> Result<(), Self::Error> {
        let watch = conn.instrumentation().downcast_ref::<WatchStatements>();
        if watch.is_some_and(|watch| watch.answered_within(self.check_after_idle)) {
            return Ok(());
        }
        conn.ping().map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConn) -> bool {
        std::thread::panicking() || conn.is_broken()
    }
}

/// Connection failures are logged as warnings, at most one every ten seconds (an outage under
/// load would otherwise log every request); requests see a friendly page.
#[derive(Debug, Default)]
struct PoolErrorLogger {
    /// Seconds since the Unix epoch of the last warning written.
    last_logged: std::sync::atomic::AtomicU64,
    /// Failures since then, reported with the next warning.
    unlogged: std::sync::atomic::AtomicU64,
}

impl r2d2::HandleError<diesel::r2d2::Error> for PoolErrorLogger {
    fn handle_error(&self, error: diesel::r2d2::Error) {
        use std::sync::atomic::Ordering;
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let last = self.last_logged.load(Ordering::Relaxed);
        if now >= last + 10
            && self.last_logged.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_ok()
        {
            let also = self.unlogged.swap(0, Ordering::Relaxed);
            tracing::warn!(%error, failures_since_last_warning = also, "database connection failed");
        } else {
            self.unlogged.fetch_add(1, Ordering::Relaxed);
        }
    }
}

pub type Pool = r2d2::Pool<ConnectionManager>;
pub type PooledConn = r2d2::PooledConnection<ConnectionManager>;

/// Why database work could not be done.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database cannot be reached: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

/// The pool plus what callers need to know about it. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    backend: Backend,
    /// Rung when work run through [`Db::run`] queued an email, so the outbox worker sends it at
    /// once rather than at its next poll. The one place this happens: actions only queue.
    mail_queued: Arc<Notify>,
    /// How long a request may wait for a connection in all, from the moment it asks (time
    /// queued for a blocking thread included).
    timeout: Duration,
    /// Statements sent by the pool's connections, for the tests that hold pages to a budget.
    round_trips: Arc<RoundTrips>,
    /// The change marker's read when it leaves the request's thread, shared by the requests
    /// that ask for it at once ([`Db::change_marker`]).
    marker_reads: Arc<SharedRead<changes::ChangeMarker>>,
}

impl Db {
    /// Builds the pool without connecting, so a server can start (and report 503 on
    /// `/healthz`) while the database is still coming up.
    pub fn new(config: &DatabaseConfig) -> Db {
        let backend = match config.url {
            DatabaseUrl::Sqlite(_) => Backend::Sqlite,
            DatabaseUrl::Postgres(_) => Backend::Postgres,
        };
        let round_trips = Arc::new(RoundTrips::default());
        let pool = r2d2::Pool::builder()
            .max_size(config.pool_size)
            .min_idle(Some(0))
            .connection_timeout(config.timeout)
            // A PostgreSQL connection that died with a database restart is noticed and replaced
            // here, so the server recovers by itself (unless it answered a moment ago: see
            // `ConnectionManager::is_valid`). A SQLite file cannot go away like that, so it skips
            // the check.
            .test_on_check_out(backend == Backend::Postgres)
            .error_handler(Box::new(PoolErrorLogger::default()))
            .build_unchecked(ConnectionManager {
                url: config.url.clone(),
                sqlite_map_bytes: config.sqlite_map_bytes,
                check_after_idle: config.check_after_idle,
                round_trips: round_trips.clone(),
            });
        Db {
            pool,
            backend,
            timeout: config.timeout,
            mail_queued: Arc::new(Notify::new()),
            round_trips,
            marker_reads: Arc::default(),
        }
    }

    /// How many statements (database round trips) this pool's connections have sent so far.
    pub fn round_trips(&self) -> u64 {
        self.round_trips.so_far()
    }

    /// What the outbox worker waits on besides its poll interval.
    pub fn mail_queued_signal(&self) -> Arc<Notify> {
        self.mail_queued.clone()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection for the current (blocking) thread.
    pub fn get(&self) -> Result<PooledConn, DbError> {
        self.pool.get().map_err(|e| DbError::Unavailable(e.to_string()))
    }

    /// Runs `work` like [`Db::run`] and hands back its own answer, with only an outage as the
    /// error: `state.db.call(|conn| actions::decide(conn, …)).await?` leaves the action's
    /// `Result` to match on, without wrapping it in another.
    pub async fn call<T, F>(&self, work: F) -> Result<T, DbError>
    where
        F: FnOnce(&mut DbConn) -> T + Send + 'static,
        T: Send + 'static,
    {
        self.run(move |conn| Ok::<T, DbError>(work(conn))).await
    }

    /// Runs blocking database work on the blocking thread pool, never on the async executor.
    /// The connection is taken inside the blocking task so waiting for one blocks nothing else.
    /// The wait is bounded by the configured timeout counted from now, so a task that queued
    /// for a blocking thread (the server caps them, see `commands::serve`) does not then wait
    /// the whole timeout again; past it, the request gets the friendly "try again" page.
    pub async fn run<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        let deadline = Instant::now() + self.timeout;
        let (pool, mail_queued) = (self.pool.clone(), self.mail_queued.clone());
        tokio::task::spawn_blocking(move || {
            // An idle connection is handed over at once even when the deadline has passed.
            let left = deadline.saturating_duration_since(Instant::now()).max(Duration::from_millis(1));
            let mut conn = pool.get_timeout(left).map_err(|e| DbError::Unavailable(e.to_string()))?;
            let before = MAIL_QUEUED_HERE.get();
            let answer = work(&mut conn);
            if MAIL_QUEUED_HERE.get() != before {
                // Also after a rolled-back transaction: a wake-up with nothing to send is harmless.
                mail_queued.notify_one();
            }
            answer
        })
        .await
        .unwrap_or_else(|join_error| std::panic::resume_unwind(join_error.into_panic()))
    }

    /// Runs a short read (an index look-up or two) right here on SQLite when a connection is
    /// idle in the pool, without handing it to a blocking thread and back, which costs more
    /// than the read; otherwise (PostgreSQL, or every connection busy) as all other work is,
    /// through [`Db::run`]. In WAL mode a reader never waits for the writer, so this does not
    /// hold up the server's other requests. Only for reads: a write can wait for SQLite's lock.
    pub async fn read_here<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        if self.backend == Backend::Sqlite
            && let Some(mut conn) = self.pool.try_get()
        {
            return work(&mut conn);
        }
        self.run(work).await
    }

    /// Where the database stands now ([`changes::change_marker`]), for a kept page or result.
    ///
    /// On SQLite it is read right here (as [`Db::read_here`] does) and costs microseconds. On
    /// PostgreSQL, or when every SQLite connection is busy, it is a round trip through a blocking
    /// thread, and every kept page asks for it: the requests asking at once share one read begun
    /// after they arrived ([`SharedRead`]), so none is given a marker from before its own
    /// request, and under load the database answers one marker read at a time instead of one per
    /// request.
    pub async fn change_marker(&self) -> Result<changes::ChangeMarker, DbError> {
        if self.backend == Backend::Sqlite
            && let Some(mut conn) = self.pool.try_get()
        {
            return Ok(changes::change_marker(&mut conn)?);
        }
        let read = || self.run(|conn| Ok::<_, DbError>(changes::change_marker(conn)?));
        self.marker_reads.read(read).await.map_err(|error| match error {
            SharedError::Own(error) => error,
            SharedError::Shared(text) => DbError::Unavailable(text),
        })
    }

    /// Answers whether the database responds within `timeout`; for `/healthz`.
    pub async fn is_reachable(&self, timeout: Duration) -> bool {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || match pool.get_timeout(timeout) {
            Ok(mut conn) => conn.batch_execute("SELECT 1").is_ok(),
            Err(_) => false,
        })
        .await
        .unwrap_or(false)
    }
}

thread_local! {
    /// Emails queued by work on this thread so far (see [`note_mail_queued`]).
    static MAIL_QUEUED_HERE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Called by the outbox for each email it queues, so [`Db::run`] can wake the worker.
pub fn note_mail_queued() {
    MAIL_QUEUED_HERE.set(MAIL_QUEUED_HERE.get().wrapping_add(1));
}

/// Runs `work` in a transaction that holds the write lock from its first statement.
///
/// On SQLite this is `BEGIN IMMEDIATE`: a deferred transaction that reads and then writes can
/// fail with "database is locked" when another writer got in between, instead of waiting. On
/// PostgreSQL it is an ordinary transaction; callers lock the rows they guard (see
/// [`lock_row`]) so concurrent writers queue.
pub fn write_transaction<T, E, F>(conn: &mut DbConn, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    match conn {
        DbConn::Sqlite(inner) => AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?,
        DbConn::Postgres(inner) => AnsiTransactionManager::begin_transaction(inner)?,
    }
    match work(conn) {
        Ok(value) => {
            <DbConn as Connection>::TransactionManager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(error) => match <DbConn as Connection>::TransactionManager::rollback_transaction(conn) {
            Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(error),
            Err(rollback_error) => Err(rollback_error.into()),
        },
    }
}

/// Takes the row lock on `table`'s row `id` for the rest of the transaction, so two
/// transactions that guard the same row (a pot's balance, say) run one after the other.
/// SQLite already serialises writers in [`write_transaction`]; PostgreSQL needs `FOR UPDATE`.
pub fn lock_row(conn: &mut DbConn, table: &str, id: i64) -> diesel::QueryResult<()> {
    if let DbConn::Postgres(inner) = conn {
        // `table` is always a literal from our own code, never user input.
        inner.batch_execute(&format!("SELECT 1 FROM {table} WHERE id = {id} FOR UPDATE"))?;
    }
    Ok(())
}

/// Brings PostgreSQL's planner statistics up to date after a bulk load (the scale and
/// closing-day demos). Until autovacuum next analyses the tables, the planner takes them for as
/// small as they were and picks plans that read every row: a word search of 10,000 directory
/// listings took 1.5 s instead of 2 ms. SQLite's planner keeps no such statistics unless asked
/// to, so nothing is done there.
pub fn analyse_after_bulk_load(conn: &mut DbConn) -> diesel::QueryResult<()> {
    if let DbConn::Postgres(inner) = conn {
        inner.batch_execute("ANALYZE")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slow_statement_is_logged_without_the_values_bound_to_it() {
        let debug_text =
            r#"SELECT "people"."id" FROM "people" WHERE "people"."email" = ? -- binds: ["aisha@example.org"]"#;
        assert_eq!(sql_alone(debug_text), r#"SELECT "people"."id" FROM "people" WHERE "people"."email" = ?"#);
        assert_eq!(sql_alone("BEGIN"), "BEGIN");
    }
}
