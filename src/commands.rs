//! What each sub-command of the binary does. Each returns a one-line error for `main` to print.

use std::path::Path;

use actix_web::HttpServer;
use actix_web::cookie::Key;
use diesel::prelude::*;

use crate::bank_details::{DataKeys, sealing};
use crate::config::{Config, DatabaseUrl, EmailTransport, StorageLocation};
use crate::db::{Db, DbConn, migrations};
use crate::notifications::{Mailer, OutboxWorker, WorkerSettings};
use crate::storage::Storage;
use crate::web::{self, AppState};

/// A failed command, as one line for the terminal.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CommandError(pub String);

type CommandResult = Result<(), CommandError>;

fn fail(context: &str, error: impl std::fmt::Display) -> CommandError {
    CommandError(format!("{context}: {error}"))
}

/// Opens the file store and proves it takes a write, so a missing bucket or wrong credentials
/// stop start-up with the setting to look at, instead of every upload failing later.
fn open_storage(config: &Config) -> Result<Storage, CommandError> {
    let setting = "SMALLGRANTS_STORAGE_URL";
    let storage = Storage::from_location(&config.storage, &config.storage_timeouts)
        .map_err(|e| fail(&format!("configuration error: {setting}: cannot open the file store"), e))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| fail("cannot start the file store check", e))?;
    runtime.block_on(storage.check_writable()).map_err(|e| {
        let hint = match &config.storage {
            StorageLocation::Local(dir) => format!("check that {} can be written", dir.display()),
            StorageLocation::S3 { bucket, .. } => format!(
                "check that the bucket \"{bucket}\" exists and the AWS_* credentials may write to it \
                 (an http:// AWS_ENDPOINT also needs AWS_ALLOW_HTTP=true)"
            ),
        };
        fail(&format!("configuration error: {setting}: cannot store files ({hint})"), e)
    })?;
    Ok(storage)
}

/// Sends tracing output to stderr at the configured level.
fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::new(&config.log_level);
    let colour = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(colour).try_init();
}

/// Creates the data folder (and the SQLite file's folder) if missing.
fn prepare_data_dir(config: &Config) -> CommandResult {
    std::fs::create_dir_all(&config.data_dir)
        .map_err(|e| fail(&format!("cannot create the data folder {}", config.data_dir.display()), e))?;
    if let DatabaseUrl::Sqlite(path) = &config.database.url
        && let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|e| fail(&format!("cannot create {}", parent.display()), e))?;
    }
    Ok(())
}

/// Opens the pool and brings the schema up to date.
fn open_database(config: &Config) -> Result<Db, CommandError> {
    prepare_data_dir(config)?;
    let db = Db::new(&config.database);
    let mut conn =
        db.get().map_err(|e| fail(&format!("cannot open the database {}", config.database.url.redacted()), e))?;
    let applied = migrations::run_pending(&mut conn).map_err(|e| fail("database migration failed", e))?;
    for name in applied {
        tracing::info!(migration = %name, "applied migration");
    }
    Ok(db)
}

/// `smallgrants migrate`
pub fn migrate(config: &Config) -> CommandResult {
    init_logging(config);
    open_database(config)?;
    println!("The database {} is up to date.", config.database.url.redacted());
    Ok(())
}

/// `smallgrants serve`: migrate, start the outbox worker and the web server, and say where the
/// portal is.
pub fn serve(config: Config, demo: bool) -> CommandResult {
    init_logging(&config);
    let db = open_database(&config)?;
    let storage = open_storage(&config)?;
    let demo_lines = if demo { demo_for_serve(&config, &db, &storage)? } else { Vec::new() };
    let mailer = Mailer::from_config(&config.email).map_err(|e| fail("cannot set up email", e))?;
    let cookie_key = cookie_key(&config)?;
    let (housekeeping_db, housekeeping_storage) = (db.clone(), storage.clone());
    let data_keys = data_keys(&config)?;
    // Compress the stylesheet and script now, not while the first visitor waits.
    crate::web::assets::prepared();
    let state = AppState::new(config.clone(), db.clone(), storage, cookie_key, data_keys);
    let worker = OutboxWorker::new(
        db,
        mailer,
        config.email.from.clone(),
        WorkerSettings::with_poll_interval(config.email.poll_interval),
        state.outbox_wake.clone(),
    );
    actix_web::rt::System::new().block_on(async move {
        let app_state = state.clone();
        // Each worker has its own pool of blocking threads for database work. Left at its
        // default (hundreds), every request waiting for a connection parks a thread of its own
        // in the connection pool's queue, which is not first-come first-served; capped so that
        // the workers' threads together match the connections, waiting work queues in order
        // for a thread instead, and the server keeps a few threads busy rather than dozens with
        // their own allocator caches (the README's benchmarks).
        let workers = match config.workers {
            0 => std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get),
            n => n,
        };
        let blocking_threads = (config.database.pool_size as usize / workers).max(1);
        let server = HttpServer::new(move || web::app(app_state.clone()))
            .workers(workers)
            .worker_max_blocking_threads(blocking_threads)
            .on_connect(send_without_delay);
        let server = server.bind(config.listen).map_err(|e| fail(&format!("cannot listen on {}", config.listen), e))?;
        actix_web::rt::spawn(worker.run());
        let keep = chrono::Duration::days(30 * i64::from(config.uploads.recording_retention_months));
        actix_web::rt::spawn(crate::grants::housekeeping::run(
            housekeeping_db,
            housekeeping_storage,
            crate::notifications::emails::Links::from_config(&config),
            keep,
            std::time::Duration::from_secs(600),
        ));
        print_welcome(&config, &demo_lines);
        server.run().await.map_err(|e| fail("the web server stopped", e))
    })
}

/// Sends each write at once. A response written in more than one piece (a large page, an
/// open data file read in chunks) otherwise has its last small packet held back by Nagle's
/// algorithm until the client acknowledges the one before, which clients delay by up to 40 ms:
/// the benchmarks saw 1,600 downloads a second of a 133 KB file with it and many times that
/// without.
fn send_without_delay(connection: &dyn std::any::Any, _: &mut actix_web::dev::Extensions) {
    if let Some(stream) = connection.downcast_ref::<actix_web::rt::net::TcpStream>() {
        let _ = stream.set_nodelay(true);
    }
}

/// The configured cookie key, or in development the one kept in the data folder (made on first
/// start), so sessions survive a restart without anyone having to invent a secret.
pub fn cookie_key(config: &Config) -> Result<Key, CommandError> {
    if let Some(bytes) = &config.session.cookie_key {
        return Ok(Key::from(bytes));
    }
    let path = config.data_dir.join("cookie.key");
    if let Ok(text) = std::fs::read_to_string(&path) {
        let bytes = hex::decode(text.trim()).ok().filter(|b| b.len() >= 64).ok_or_else(|| {
            CommandError(format!("{} is damaged; delete it and a new key will be made", path.display()))
        })?;
        return Ok(Key::from(&bytes));
    }
    let mut bytes = [0u8; 64];
    rand::fill(&mut bytes);
    write_private_file(&path, &hex::encode(bytes)).map_err(|e| fail(&format!("cannot write {}", path.display()), e))?;
    tracing::info!(path = %path.display(), "generated a development cookie key");
    Ok(Key::from(&bytes))
}

/// `smallgrants reseal`: bank details sealed with an earlier data key are sealed again with the
/// current one, so the earlier key can be forgotten (the README's "Bank details and the data key").
pub fn reseal(config: &Config) -> CommandResult {
    init_logging(config);
    let db = open_database(config)?;
    let keys = data_keys(config)?;
    let mut conn = db.get().map_err(|e| fail("cannot open the database", e))?;
    let resealed = crate::bank_details::actions::reseal_with_current_key(&mut conn, &keys, crate::time::now())
        .map_err(|e| fail("resealing stopped (rows done so far stay done; run it again)", e))?;
    println!(
        "Sealed {resealed} bank details again with data key {}. Once every instance uses that key, remove SMALLGRANTS_PREVIOUS_DATA_KEYS.",
        keys.current_id()
    );
    Ok(())
}

/// The configured data keys, or in development a key kept in the data folder (made on first
/// start), as for the cookie key. Losing a generated key loses the bank details it sealed: in
/// production the key is configured and kept apart from the database's backups.
pub fn data_keys(config: &Config) -> Result<DataKeys, CommandError> {
    let previous = &config.data_keys.previous;
    if let Some(current) = &config.data_keys.current {
        return Ok(DataKeys::new(current, previous));
    }
    let path = config.data_dir.join("data.key");
    if let Ok(text) = std::fs::read_to_string(&path) {
        let key = sealing::parse_key(&text).ok_or_else(|| {
            CommandError(format!(
                "{} is damaged: it should hold 64 hex digits (bank details sealed with it cannot be opened without it)",
                path.display()
            ))
        })?;
        return Ok(DataKeys::new(&key, previous));
    }
    let key = sealing::new_key();
    std::fs::create_dir_all(&config.data_dir)
        .map_err(|e| fail(&format!("cannot create {}", config.data_dir.display()), e))?;
    write_private_file(&path, &hex::encode(key)).map_err(|e| fail(&format!("cannot write {}", path.display()), e))?;
    tracing::info!(path = %path.display(), "generated a development data key");
    Ok(DataKeys::new(&key, previous))
}

/// Writes a secret readable only by this user.
fn write_private_file(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(contents.as_bytes())
}

/// Tells the person starting the portal where it is. Printing never stops the server: if
/// standard output has gone away (a closed pipe), the lines are simply dropped.
fn print_welcome(config: &Config, demo_lines: &[String]) {
    let mut lines = vec![String::new(), format!("smallgrants is running at {}", config.base_url)];
    lines.push(format!("  database: {}", config.database.url.redacted()));
    lines.push(match &config.storage {
        StorageLocation::Local(dir) => format!("  files:    {}", dir.display()),
        StorageLocation::S3 { bucket, prefix } => format!("  files:    s3://{bucket}/{prefix}"),
    });
    lines.push(match &config.email.transport {
        EmailTransport::Files(dir) => format!("  emails:   written as .eml files to {}", dir.display()),
        EmailTransport::Smtp(_) => "  emails:   sent by SMTP".to_string(),
    });
    if !demo_lines.is_empty() {
        lines.push(format!("Sign in at {}login with a demo account (role email password):", config.base_url));
        lines.extend(demo_lines.iter().map(|line| format!("  {line}")));
        lines.push(
            "  The lead and admin also need a code: add the totp= key to any authenticator app, as on a real \
             account."
                .to_string(),
        );
    }
    lines.push("Press Ctrl+C to stop.".to_string());
    print_lines(&lines);
}

fn print_lines(lines: &[String]) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    for line in lines {
        let _ = writeln!(stdout, "{line}");
    }
    let _ = stdout.flush();
}

/// Seeds the demo on an empty database for `serve --demo`; on a database that already has it
/// (or anything else), says so and carries on.
fn demo_for_serve(config: &Config, db: &Db, storage: &Storage) -> Result<Vec<String>, CommandError> {
    if config.environment == crate::config::Environment::Production {
        return Err(CommandError("--demo is for trying the portal out; it is refused in production".into()));
    }
    let mut conn = db.get().map_err(|e| fail("cannot open the database", e))?;
    let links = crate::notifications::emails::Links::from_config(config);
    match crate::demo::seed(&mut conn, &links, crate::time::now()) {
        Ok(demo) => {
            crate::demo::store_files(storage, demo.files).map_err(|e| fail("demo", e))?;
            crate::demo::account_lines(&mut conn).map_err(|e| fail("database", e))
        }
        Err(crate::demo::DemoError::NotEmpty) => {
            let has_demo = crate::accounts::queries::find_by_email(&mut conn, crate::demo::ACCOUNTS[0].email)
                .map_err(|e| fail("database", e))?
                .is_some();
            if has_demo {
                crate::demo::account_lines(&mut conn).map_err(|e| fail("database", e))
            } else {
                Ok(Vec::new())
            }
        }
        Err(error) => Err(fail("demo", error)),
    }
}

/// `seed-demo --closing-day GROUPS --closes-in SECONDS`
#[derive(Debug, Clone, Copy)]
pub struct ClosingDayOptions {
    pub groups: usize,
    pub closes_in: i64,
}

/// `smallgrants seed-demo [--scale BIDS] [--closing-day GROUPS [--closes-in SECONDS]]`
pub fn seed_demo(config: &Config, scale: Option<usize>, closing_day: Option<ClosingDayOptions>) -> CommandResult {
    init_logging(config);
    if config.environment == crate::config::Environment::Production {
        return Err(CommandError(
            "seed-demo adds demo accounts with known passwords; it is refused in production".into(),
        ));
    }
    let db = open_database(config)?;
    let storage = Storage::from_location(&config.storage, &config.storage_timeouts)
        .map_err(|e| fail("cannot open file storage", e))?;
    let mut conn = db.get().map_err(|e| fail("cannot open the database", e))?;
    let links = crate::notifications::emails::Links::from_config(config);
    let demo = crate::demo::seed(&mut conn, &links, crate::time::now()).map_err(|e| CommandError(e.to_string()))?;
    crate::demo::store_files(&storage, demo.files).map_err(|e| CommandError(e.to_string()))?;
    if let Some(bids) = scale {
        let made = crate::demo::scale::seed_scale(&mut conn, bids, crate::time::now())
            .map_err(|e| CommandError(e.to_string()))?;
        eprintln!(
            "smallgrants: added {} bids from {} groups, {} reviews, {} awards, {} payments and {} directory listings in {:.1}s",
            made.bids, made.groups, made.reviews, made.awards, made.payments, made.listings, made.seconds
        );
    }
    let closing = match closing_day {
        Some(options) => Some(seed_closing_day(&mut conn, options)?),
        None => None,
    };
    print_lines(&crate::demo::account_lines(&mut conn).map_err(|e| CommandError(e.to_string()))?);
    if let Some(closing) = closing {
        print_lines(&closing.lines());
    }
    Ok(())
}

fn seed_closing_day(
    conn: &mut DbConn,
    options: ClosingDayOptions,
) -> Result<crate::demo::closing_day::ClosingDay, CommandError> {
    let closes_in = chrono::Duration::seconds(options.closes_in);
    let made = crate::demo::closing_day::seed_closing_day(conn, options.groups, closes_in, crate::time::now())
        .map_err(|e| CommandError(e.to_string()))?;
    eprintln!(
        "smallgrants: added a closing-day round with {} groups holding drafts and {} panel members in {:.1}s",
        made.applicants.len(),
        made.panel.len(),
        made.seconds
    );
    Ok(made)
}

/// `smallgrants create-admin --email … --name …`
pub fn create_admin(config: &Config, email: &str, name: &str) -> CommandResult {
    use crate::accounts::{actions, password, rules};
    use crate::i18n::Tr;
    init_logging(config);
    let email = rules::normalise_email(email);
    rules::check_email(&email)
        .map_err(|message| CommandError(format!("--email: {}", Tr::source().message(&message))))?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > rules::MAX_NAME {
        return Err(CommandError(format!("--name: enter a name of 1 to {} characters", rules::MAX_NAME)));
    }
    let db = open_database(config)?;
    let mut conn = db.get().map_err(|e| fail("cannot open the database", e))?;
    let exists = crate::accounts::queries::find_by_email(&mut conn, &email).map_err(|e| fail("database", e))?.is_some();
    let hash = if exists {
        String::new()
    } else {
        let secret = read_password()?;
        password::check_new_password(&secret, &email, name)
            .map_err(|message| CommandError(format!("password: {}", Tr::source().message(&message))))?;
        password::hash(&secret)
    };
    match actions::create_admin(&mut conn, name, &email, &hash, crate::time::now())
        .map_err(|e| fail("cannot create the admin", e))?
    {
        actions::AdminCreated::New(person) => print_lines(&[format!(
            "Created site admin {} <{}>. Sign in at {}login",
            person.name, person.email, config.base_url
        )]),
        actions::AdminCreated::Promoted(person) => print_lines(&[format!(
            "{} <{}> already had an account and is now a site admin; their password is unchanged.",
            person.name, person.email
        )]),
    }
    Ok(())
}

/// The new admin's password: asked for without echo on a terminal, otherwise the first line of
/// standard input (for scripts: `echo "$PASSWORD" | smallgrants create-admin …`).
fn read_password() -> Result<String, CommandError> {
    use std::io::{BufRead, IsTerminal};
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password for the new admin (10 characters or more): ")
            .map_err(|e| fail("cannot read the password", e))?;
        let second =
            rpassword::prompt_password("The same password again: ").map_err(|e| fail("cannot read the password", e))?;
        if first != second {
            return Err(CommandError("the two passwords were different; nothing was created".into()));
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| fail("cannot read the password from standard input", e))?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}

/// `smallgrants backup FILE`: a consistent copy of a live SQLite database, checked after writing.
pub fn backup(config: &Config, target: &Path) -> CommandResult {
    let DatabaseUrl::Sqlite(source) = &config.database.url else {
        return Err(CommandError(
            "backup copies SQLite databases; for PostgreSQL use pg_dump (see the README's \"Backup and restore\")"
                .into(),
        ));
    };
    if target.exists() {
        return Err(CommandError(format!("{} already exists; choose a new file name", target.display())));
    }
    let mut conn = crate::db::establish(&config.database.url)
        .map_err(|e| fail(&format!("cannot open {}", source.display()), e))?;
    // VACUUM INTO reads one snapshot of the database while writers carry on.
    diesel::sql_query("VACUUM INTO ?")
        .bind::<diesel::sql_types::Text, _>(target.to_string_lossy().to_string())
        .execute(&mut conn)
        .map_err(|e| fail("backup failed", e))?;
    check_integrity(target)?;
    let size = std::fs::metadata(target).map(|m| m.len()).unwrap_or(0);
    println!("Backup written to {} ({} KB); integrity check passed.", target.display(), size.div_ceil(1024));
    Ok(())
}

#[derive(QueryableByName)]
struct IntegrityRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    integrity_check: String,
}

/// Runs SQLite's integrity check on a database file.
pub fn check_integrity(path: &Path) -> CommandResult {
    let mut conn = crate::db::establish(&DatabaseUrl::Sqlite(path.to_path_buf()))
        .map_err(|e| fail(&format!("cannot open {}", path.display()), e))?;
    let DbConn::Sqlite(inner) = &mut conn else { unreachable!("a sqlite URL opens a SQLite connection") };
    let rows: Vec<IntegrityRow> =
        diesel::sql_query("PRAGMA integrity_check").load(inner).map_err(|e| fail("integrity check failed", e))?;
    match rows.first().map(|r| r.integrity_check.as_str()) {
        Some("ok") => Ok(()),
        other => Err(CommandError(format!(
            "{} failed its integrity check: {}",
            path.display(),
            other.unwrap_or("no answer")
        ))),
    }
}
