//! A fresh, migrated database for each test: a SQLite file in a temporary folder, or a
//! PostgreSQL database copied from a migrated template (migrating once per set of migrations,
//! not once per test). Dropped when the test ends; leftovers of crashed runs are swept.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use diesel::Connection;
use diesel::RunQueryDsl;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use sha2::{Digest, Sha256};
use smallgrants::config::DatabaseUrl;
use smallgrants::db;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database that exists for one test.
pub struct TestDatabase {
    pub url: DatabaseUrl,
    _folder: Option<tempfile::TempDir>,
    postgres_name: Option<String>,
}

/// Where the tests find PostgreSQL: `SMALLGRANTS_TEST_POSTGRES_URL`, by default the local server
/// with trust authentication.
pub fn postgres_admin_url() -> String {
    std::env::var("SMALLGRANTS_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

/// Replaces the database name in a PostgreSQL URL.
pub fn postgres_url_for(database: &str) -> String {
    let mut url = url::Url::parse(&postgres_admin_url()).expect("SMALLGRANTS_TEST_POSTGRES_URL is a URL");
    url.set_path(&format!("/{database}"));
    url.to_string()
}

fn admin_connection() -> PgConnection {
    let url = postgres_admin_url();
    match PgConnection::establish(&url) {
        Ok(conn) => conn,
        Err(error) => panic!(
            "PostgreSQL tests need a server at {url} ({error}). Run the tests with scripts/test, which starts it, \
             or set SMALLGRANTS_TEST_POSTGRES_URL. (CI={})",
            std::env::var("CI").unwrap_or_default()
        ),
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl TestDatabase {
    pub fn new(backend: Backend) -> TestDatabase {
        match backend {
            Backend::Sqlite => TestDatabase::sqlite(),
            Backend::Postgres => TestDatabase::postgres(),
        }
    }

    fn sqlite() -> TestDatabase {
        let folder = tempfile::tempdir().expect("temporary folder");
        let url = DatabaseUrl::Sqlite(folder.path().join("test.db"));
        let mut conn = db::establish(&url).expect("open SQLite");
        db::migrations::run_pending(&mut conn).expect("migrate SQLite");
        TestDatabase { url, _folder: Some(folder), postgres_name: None }
    }

    fn postgres() -> TestDatabase {
        let template = ensure_template();
        let name = format!("smallgrants_test_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        let mut admin = admin_connection();
        admin
            .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .unwrap_or_else(|e| panic!("create test database {name}: {e}"));
        TestDatabase { url: DatabaseUrl::Postgres(postgres_url_for(&name)), _folder: None, postgres_name: Some(name) }
    }

    /// A database that has not been migrated, for the migration tests.
    pub fn empty(backend: Backend) -> TestDatabase {
        match backend {
            Backend::Sqlite => {
                let folder = tempfile::tempdir().expect("temporary folder");
                let url = DatabaseUrl::Sqlite(folder.path().join("empty.db"));
                TestDatabase { url, _folder: Some(folder), postgres_name: None }
            }
            Backend::Postgres => {
                let name =
                    format!("smallgrants_test_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
                admin_connection().batch_execute(&format!("CREATE DATABASE {name}")).expect("create empty database");
                TestDatabase {
                    url: DatabaseUrl::Postgres(postgres_url_for(&name)),
                    _folder: None,
                    postgres_name: Some(name),
                }
            }
        }
    }

    pub fn sqlite_path(&self) -> Option<PathBuf> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => Some(path.clone()),
            DatabaseUrl::Postgres(_) => None,
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some(name) = &self.postgres_name
            && let Ok(mut admin) = PgConnection::establish(&postgres_admin_url())
        {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

/// The advisory-lock key that marks a template as in use: the 12 hex digits of its name.
fn template_key(name: &str) -> i64 {
    name.rsplit('_').next().and_then(|hex| i64::from_str_radix(hex, 16).ok()).unwrap_or(0)
}

/// Holds a shared advisory lock on this process's template for as long as the process runs, so
/// a test process of another checkout (other migrations, so another template) never drops a
/// template still in use: the sweep drops only templates whose lock it can take.
fn mark_template_in_use(name: &str) {
    static IN_USE: OnceLock<Mutex<PgConnection>> = OnceLock::new();
    IN_USE.get_or_init(|| {
        let mut conn = admin_connection();
        conn.batch_execute(&format!("SELECT pg_advisory_lock_shared({})", template_key(name)))
            .expect("template in use");
        Mutex::new(conn)
    });
}

/// Names the template after a hash of the PostgreSQL migrations, so changing a migration makes
/// a new template; creates it (once, under an advisory lock shared by every test process).
fn ensure_template() -> String {
    let name = format!("smallgrants_tpl_{}", migrations_hash());
    mark_template_in_use(&name);
    let mut admin = admin_connection();
    admin.batch_execute("SELECT pg_advisory_lock(736372)").expect("template lock");
    let exists = database_exists(&mut admin, &name);
    if !exists {
        sweep_leftovers(&mut admin, &name);
        let building = format!("{name}_building");
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)")).expect("drop old template");
        admin.batch_execute(&format!("CREATE DATABASE {building}")).expect("create template");
        {
            let mut conn = db::establish(&DatabaseUrl::Postgres(postgres_url_for(&building))).expect("open template");
            db::migrations::run_pending(&mut conn).expect("migrate template");
        }
        admin.batch_execute(&format!("ALTER DATABASE {building} RENAME TO {name}")).expect("publish template");
    }
    admin.batch_execute("SELECT pg_advisory_unlock(736372)").expect("template unlock");
    name
}

fn migrations_hash() -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("migrations/postgres");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("migrations/postgres")
        .flat_map(|dir| {
            let dir = dir.expect("migration folder").path();
            vec![dir.join("up.sql"), dir.join("down.sql")]
        })
        .collect();
    entries.sort();
    let mut hasher = Sha256::new();
    for path in entries {
        hasher.update(path.to_string_lossy().as_bytes());
        hasher.update(std::fs::read(&path).unwrap_or_default());
    }
    hex::encode(hasher.finalize())[..12].to_string()
}

#[derive(diesel::QueryableByName)]
struct DatabaseName {
    #[diesel(sql_type = diesel::sql_types::Text)]
    datname: String,
}

fn database_names(admin: &mut PgConnection, like: &str) -> Vec<String> {
    diesel::sql_query("SELECT datname::text AS datname FROM pg_database WHERE datname LIKE $1")
        .bind::<diesel::sql_types::Text, _>(like)
        .load::<DatabaseName>(admin)
        .expect("list databases")
        .into_iter()
        .map(|row| row.datname)
        .collect()
}

fn database_exists(admin: &mut PgConnection, name: &str) -> bool {
    !database_names(admin, name).is_empty()
}

#[derive(diesel::QueryableByName)]
struct Taken {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    taken: bool,
}

/// Drops old templates no running test process uses, and the databases of test processes that
/// have ended.
fn sweep_leftovers(admin: &mut PgConnection, current: &str) {
    for name in database_names(admin, "smallgrants\\_tpl\\_%") {
        let key = template_key(&name);
        if name == current {
            continue;
        }
        let unused = diesel::sql_query(format!("SELECT pg_try_advisory_lock({key}) AS taken"))
            .get_result::<Taken>(admin)
            .is_ok_and(|row| row.taken);
        if unused {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            let _ = admin.batch_execute(&format!("SELECT pg_advisory_unlock({key})"));
        }
    }
    for name in database_names(admin, "smallgrants\\_test\\_%") {
        let pid = name.split('_').nth(2).unwrap_or_default();
        if !PathBuf::from(format!("/proc/{pid}")).exists() {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}
