//! What every HTTP-level test uses: a [`TestApp`] with its own database (SQLite or
//! PostgreSQL), memory file store and memory mailbox, driven through the same `web::app` the
//! binary serves, with a cookie jar like a browser's.

#![allow(dead_code)]

pub mod applying;
pub mod browser_like;
pub mod database;
pub mod footprint;
pub mod people;
pub mod portal;
pub mod reviewing;
pub mod sending;
pub mod setup;
pub mod smtp;
pub mod tcp_proxy;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::Duration;

use actix_http::Request;
use actix_service::ServiceExt;
use actix_service::boxed::BoxService;
use actix_web::body::BoxBody;
use actix_web::cookie::{Cookie, Key};
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::header::HeaderMap;
use actix_web::http::{Method, StatusCode};
use actix_web::test;
use smallgrants::config::Config;
use smallgrants::db::{Db, DbConn, DbError};
use smallgrants::notifications::{Mailer, MemoryMailbox, OutboxWorker, SentEmail, WorkerSettings};
use smallgrants::storage::Storage;
use smallgrants::time::Clock;
use smallgrants::web::{self, AppState};

pub use database::{Backend, TestDatabase};

/// Runs the named async test functions (each taking a [`TestApp`]) once on SQLite and once on
/// PostgreSQL, as `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both_databases {
    ($($test:ident),* $(,)?) => {
        $(
            mod $test {
                #[actix_web::test]
                async fn sqlite() {
                    super::$test($crate::common::TestApp::new($crate::common::Backend::Sqlite).await).await
                }
                #[actix_web::test]
                async fn postgres() {
                    super::$test($crate::common::TestApp::new($crate::common::Backend::Postgres).await).await
                }
            }
        )*
    };
}

type TestService = BoxService<Request, ServiceResponse<BoxBody>, actix_web::Error>;

/// One application under test.
pub struct TestApp {
    pub backend: Backend,
    pub state: AppState,
    pub mailbox: MemoryMailbox,
    service: TestService,
    cookies: RefCell<BTreeMap<String, String>>,
    worker: OutboxWorker,
    data_dir: tempfile::TempDir,
    pub database: TestDatabase,
}

/// A response with its body read.
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
    }

    /// Where a redirect points.
    pub fn location(&self) -> Option<String> {
        self.header("location")
    }

    /// The first form token on the page.
    pub fn csrf_token(&self) -> Option<String> {
        let text = self.text();
        let marker = "name=\"csrf_token\" value=\"";
        let start = text.find(marker)? + marker.len();
        let end = text[start..].find('"')? + start;
        Some(text[start..end].to_string())
    }
}

/// The configuration tests run with: everything under a temporary folder.
pub fn test_config(database: &TestDatabase, data_dir: &std::path::Path, extra_env: &[(&str, &str)]) -> Config {
    let database_url = match &database.url {
        smallgrants::config::DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
        smallgrants::config::DatabaseUrl::Postgres(url) => url.clone(),
    };
    let mut env: Vec<(String, String)> = vec![
        ("SMALLGRANTS_DATA_DIR".into(), data_dir.display().to_string()),
        ("SMALLGRANTS_DATABASE_URL".into(), database_url),
        ("SMALLGRANTS_BASE_URL".into(), "http://localhost:8080".into()),
        ("SMALLGRANTS_DATABASE_POOL_SIZE".into(), "4".into()),
        // Every PostgreSQL connection checked on check-out, so a page's round trips do not
        // depend on how long its connection sat idle (the tests that count them); tests of the
        // check itself set it back.
        ("SMALLGRANTS_DATABASE_CHECK_AFTER_IDLE_MS".into(), "0".into()),
    ];
    env.extend(extra_env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Config::from_sources(None, &env).expect("test configuration")
}

impl TestApp {
    pub async fn new(backend: Backend) -> TestApp {
        TestApp::with_env(backend, &[]).await
    }

    /// A test app whose configuration has extra `SMALLGRANTS_*` settings.
    pub async fn with_env(backend: Backend, extra_env: &[(&str, &str)]) -> TestApp {
        let database = tokio::task::spawn_blocking(move || TestDatabase::new(backend)).await.expect("database setup");
        TestApp::on_database(database, extra_env).await
    }

    /// A test app on a database the test prepared.
    pub async fn on_database(database: TestDatabase, extra_env: &[(&str, &str)]) -> TestApp {
        let backend = match database.url {
            smallgrants::config::DatabaseUrl::Sqlite(_) => Backend::Sqlite,
            smallgrants::config::DatabaseUrl::Postgres(_) => Backend::Postgres,
        };
        let data_dir = tempfile::tempdir().expect("data folder");
        let config = test_config(&database, data_dir.path(), extra_env);
        let db = Db::new(&config.database);
        let data_keys = smallgrants::commands::data_keys(&config).expect("a data key in the test's folder");
        let mut state = AppState::new(config.clone(), db.clone(), Storage::in_memory(), Key::generate(), data_keys);
        state.clock = Clock::manual(smallgrants::time::now());
        let mailbox = MemoryMailbox::default();
        let worker = OutboxWorker::new(
            db,
            Mailer::Memory(mailbox.clone()),
            config.email.from.clone(),
            WorkerSettings::with_poll_interval(Duration::from_secs(1)),
            state.outbox_wake.clone(),
        );
        let service = test::init_service(web::app(state.clone())).await;
        let service = actix_service::boxed::service(service.map(|r: ServiceResponse<_>| r.map_into_boxed_body()));
        TestApp { backend, state, mailbox, service, cookies: RefCell::new(BTreeMap::new()), worker, data_dir, database }
    }

    /// Moves the application's clock on (links expire, sessions go idle, delays pass).
    pub fn advance(&self, by: chrono::Duration) {
        self.state.clock.advance(by);
    }

    pub fn now(&self) -> chrono::NaiveDateTime {
        self.state.now()
    }

    pub fn data_dir(&self) -> &std::path::Path {
        self.data_dir.path()
    }

    /// Sends a request built by the test, with this app's cookies, and keeps any cookies set.
    pub async fn send(&self, request: test::TestRequest) -> TestResponse {
        let mut request = request.peer_addr("127.0.0.1:40000".parse().unwrap());
        for (name, value) in self.cookies.borrow().iter() {
            request = request.cookie(Cookie::new(name.clone(), value.clone()));
        }
        match self.service.call(request.to_request()).await {
            Ok(response) => {
                self.keep_cookies(response.response().cookies());
                let status = response.status();
                let headers = response.headers().clone();
                let body =
                    actix_web::body::to_bytes(response.into_body()).await.map(|b| b.to_vec()).unwrap_or_default();
                TestResponse { status, headers, body }
            }
            // An error that escaped the middleware: the server answers with its error page, as
            // actix's dispatcher does.
            Err(error) => {
                let response = error.error_response();
                let status = response.status();
                let headers = response.headers().clone();
                let body =
                    actix_web::body::to_bytes(response.into_body()).await.map(|b| b.to_vec()).unwrap_or_default();
                TestResponse { status, headers, body }
            }
        }
    }

    fn keep_cookies<'c>(&self, cookies: impl Iterator<Item = Cookie<'c>>) {
        let mut jar = self.cookies.borrow_mut();
        for cookie in cookies {
            let expired =
                cookie.max_age().is_some_and(|age| age.is_zero() || age.is_negative()) || cookie.value().is_empty();
            if expired {
                jar.remove(cookie.name());
            } else {
                jar.insert(cookie.name().to_string(), cookie.value().to_string());
            }
        }
    }

    /// This browser's cookies, to carry to another "browser" or restore later.
    pub fn cookie_jar(&self) -> BTreeMap<String, String> {
        self.cookies.borrow().clone()
    }

    pub fn set_cookie_jar(&self, jar: BTreeMap<String, String>) {
        *self.cookies.borrow_mut() = jar;
    }

    pub fn clear_cookies(&self) {
        self.cookies.borrow_mut().clear();
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.send(test::TestRequest::get().uri(path)).await
    }

    /// The session's form token, as a page's form carries it.
    pub async fn csrf_token(&self) -> String {
        let account = self.get("/account").await;
        let mut page = if account.status == StatusCode::OK { account } else { self.get("/login").await };
        // Between the password and the code, the sign-in page sends on to the second step.
        if let Some(location) = page.location().filter(|_| page.status == StatusCode::SEE_OTHER) {
            page = self.get(&location).await;
        }
        page.csrf_token().expect("a form token on the page")
    }

    /// Posts a form with the session's token, as a browser submitting a page's form would.
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf_token().await;
        let mut with_token: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        with_token.extend_from_slice(fields);
        self.post_form(path, &with_token).await
    }

    /// Posts a urlencoded form exactly as given (no token added), from this site.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let request = test::TestRequest::default()
            .method(Method::POST)
            .uri(path)
            .insert_header(("Origin", "http://localhost:8080"))
            .set_form(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>());
        self.send(request).await
    }

    /// Runs blocking database work for a test's own checks.
    pub async fn db<T: Send + 'static>(&self, work: impl FnOnce(&mut DbConn) -> T + Send + 'static) -> T {
        self.state
            .db
            .run(move |conn| Ok::<T, DbError>(work(conn)))
            .await
            .unwrap_or_else(|e| panic!("database unavailable in test: {e}"))
    }

    /// Delivers every due email to the memory mailbox; answers what arrived in this pass.
    pub async fn deliver_emails(&self) -> Vec<SentEmail> {
        // The app's clock may have been moved on past real time (a second code in one step).
        self.deliver_emails_at(smallgrants::time::now().max(self.now())).await
    }

    /// Delivers every email due by `now` (for emails queued by work run at a later time).
    pub async fn deliver_emails_at(&self, now: chrono::NaiveDateTime) -> Vec<SentEmail> {
        let before = self.mailbox.messages().len();
        let worker = self.worker.clone();
        tokio::task::spawn_blocking(move || worker.deliver_due(now))
            .await
            .expect("worker pass")
            .expect("worker reached the database");
        self.mailbox.messages().split_off(before)
    }
}

/// A command from the Python tools `scripts/ensure-python-tools` installs (the test command runs
/// it first). Missing tools fail the test that needs them, with this message, rather than skip.
pub fn python_tool(name: &str) -> std::path::PathBuf {
    let venv = std::env::var_os("SMALLGRANTS_PYTHON_TOOLS").map(std::path::PathBuf::from).unwrap_or_else(|| {
        std::path::PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache/smallgrants/venv")
    });
    let path = venv.join("bin").join(name);
    assert!(path.exists(), "{} is missing: run scripts/ensure-python-tools (scripts/test does)", path.display());
    path
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// A plain HTTP/1.1 GET to a server on loopback: the status and body.
pub fn http_get(port: u16, path: &str) -> std::io::Result<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, body)| body.to_string()).unwrap_or_default();
    Ok((status, body))
}

impl TestApp {
    /// Sends a file as a browser's upload form would (multipart, the form token in the address).
    pub async fn upload(
        &self,
        path: &str,
        field: &str,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> TestResponse {
        self.upload_form(path, &[], Some(FilePart { field, filename, content_type, bytes })).await
    }

    /// Sends a multipart form with text fields and perhaps a file, as a browser would.
    pub async fn upload_form(&self, path: &str, fields: &[(&str, &str)], file: Option<FilePart<'_>>) -> TestResponse {
        let token = self.csrf_token().await;
        let boundary = "----smallgrantsTestBoundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in [("csrf_token", token.as_str())].iter().chain(fields) {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        if let Some(file) = file {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n", file.field, file.filename, file.content_type)
                    .as_bytes(),
            );
            body.extend_from_slice(file.bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = test::TestRequest::default()
            .method(Method::POST)
            .uri(path)
            .insert_header(("Origin", "http://localhost:8080"))
            .insert_header(("Content-Type", format!("multipart/form-data; boundary={boundary}")))
            .set_payload(body);
        self.send(request).await
    }
}

/// A file in a multipart form.
pub struct FilePart<'a> {
    pub field: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub bytes: &'a [u8],
}
