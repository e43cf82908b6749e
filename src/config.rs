//! Configuration: `config/default.toml` (compiled in), an optional file, then `SMALLGRANTS_*`
//! environment variables, validated once at start-up into one typed [`Config`].
//!
//! The keys are flat so that each one maps to exactly one environment variable
//! (`database_url` ↔ `SMALLGRANTS_DATABASE_URL`), which is what operators type. A value that
//! cannot be used is a [`ConfigError`] naming the variable, printed as one line by `main`.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use url::Url;

/// The defaults, documented key by key in the file itself.
pub const DEFAULTS_TOML: &str = include_str!("../config/default.toml");

/// Prefix of every environment variable that overrides a key.
pub const ENV_PREFIX: &str = "SMALLGRANTS_";

/// A configuration value that cannot be used, with the variable that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The environment-variable spelling of the key, e.g. `SMALLGRANTS_LISTEN`.
    pub key: String,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "configuration error: {}: {}", self.key, self.message)
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    fn new(key: &str, message: impl Into<String>) -> Self {
        ConfigError { key: env_name(key), message: message.into() }
    }
}

/// `en-GB, pl, ur` → the codes, each one a language this build has (a folder under `locales/`).
fn parse_languages(value: &str) -> Result<Vec<String>, ConfigError> {
    let codes: Vec<String> = value.split(',').map(str::trim).filter(|c| !c.is_empty()).map(String::from).collect();
    if codes.is_empty() {
        return Err(ConfigError::new("languages", "name at least one language, e.g. en-GB"));
    }
    for code in &codes {
        if crate::i18n::Tr::for_code(code).is_none() {
            let known: Vec<&str> = crate::i18n::catalog().languages.iter().map(|l| l.code.as_str()).collect();
            return Err(ConfigError::new(
                "languages",
                format!("\"{code}\" has no folder under locales/ (this build has {})", known.join(", ")),
            ));
        }
    }
    Ok(codes)
}

/// `listen` → `SMALLGRANTS_LISTEN`.
pub fn env_name(key: &str) -> String {
    format!("{ENV_PREFIX}{}", key.to_ascii_uppercase())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

/// Which database, chosen by the URL's scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DatabaseUrl {
    /// Parses `sqlite://PATH`, `sqlite:PATH`, `postgres://…` or `postgresql://…`.
    pub fn parse(value: &str) -> Result<Self, String> {
        if let Some(path) = value.strip_prefix("sqlite://").or_else(|| value.strip_prefix("sqlite:")) {
            if path.is_empty() {
                return Err("a sqlite:// URL needs a file path, e.g. sqlite://data/smallgrants.db".into());
            }
            return Ok(DatabaseUrl::Sqlite(PathBuf::from(path)));
        }
        if value.starts_with("postgres://") || value.starts_with("postgresql://") {
            Url::parse(value).map_err(|e| format!("not a valid PostgreSQL URL ({e})"))?;
            return Ok(DatabaseUrl::Postgres(value.to_string()));
        }
        Err("must start with sqlite:// or postgres://".into())
    }

    /// The URL with any password hidden, for logs and messages.
    pub fn redacted(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
            DatabaseUrl::Postgres(url) => match Url::parse(url) {
                Ok(mut parsed) if parsed.password().is_some() => {
                    let _ = parsed.set_password(Some("****"));
                    parsed.to_string()
                }
                _ => url.clone(),
            },
        }
    }
}

#[derive(Debug, Clone)]
pub struct DatabaseConfig {
    pub url: DatabaseUrl,
    pub pool_size: u32,
    /// How long a request waits for a pooled connection.
    pub timeout: Duration,
    /// How much of a SQLite database file each connection reads through a memory map (0: none,
    /// every page is copied into the connection's own cache by a system call).
    pub sqlite_map_bytes: u64,
    /// A PostgreSQL connection that answered its last statement within this long is handed out
    /// without a liveness check (zero: always checked).
    pub check_after_idle: Duration,
}

/// Where files are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageLocation {
    Local(PathBuf),
    S3 { bucket: String, prefix: String },
}

/// How long the portal waits for the object store (S3) before giving a person the "try again"
/// page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageTimeouts {
    /// To open a connection.
    pub connect: Duration,
    /// For one request, retries included.
    pub request: Duration,
}

/// How emails leave the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmailTransport {
    Smtp(String),
    Files(PathBuf),
}

#[derive(Debug, Clone)]
pub struct EmailConfig {
    pub transport: EmailTransport,
    pub from: lettre::message::Mailbox,
    pub poll_interval: Duration,
}

#[derive(Debug, Clone)]
pub struct SessionConfig {
    /// The secret as configured; `None` in development means "generate and keep one".
    pub cookie_key: Option<Vec<u8>>,
    pub idle_timeout: Duration,
    pub absolute_timeout: Duration,
    /// Whether cookies carry `Secure`: always, except plain http on a loopback address.
    pub secure_cookies: bool,
}

#[derive(Debug, Clone)]
pub struct UploadConfig {
    pub max_recording_bytes: u64,
    pub max_attachment_bytes: u64,
    /// How long recordings of finished bids are kept.
    pub recording_retention_months: u32,
}

/// Everything the portal reads at start-up, validated.
#[derive(Debug, Clone)]
pub struct Config {
    pub environment: Environment,
    pub listen: SocketAddr,
    pub base_url: Url,
    pub data_dir: PathBuf,
    pub database: DatabaseConfig,
    pub storage: StorageLocation,
    pub storage_timeouts: StorageTimeouts,
    pub email: EmailConfig,
    pub session: SessionConfig,
    pub uploads: UploadConfig,
    /// Worker threads for the web server; 0 means one per core.
    pub workers: usize,
    /// Whether to believe `X-Forwarded-For` for the client's address.
    pub trust_proxy_headers: bool,
    pub log_level: String,
    /// The languages offered, in the switcher's order; the first is the default for a browser
    /// that asks for none of them.
    pub languages: Vec<String>,
    /// Where a person writes about the portal itself (its footer, a draft translation that
    /// reads wrong, a programme without its own address): an email address, or empty.
    pub contact_email: String,
    /// The organisation running this installation, or empty.
    pub operator_name: String,
    pub data_keys: DataKeyConfig,
}

/// The keys bank details are sealed with (`bank_details::sealing`).
#[derive(Clone, Default)]
pub struct DataKeyConfig {
    /// The key that seals; `None` in development means "generate and keep one".
    pub current: Option<[u8; 32]>,
    /// Earlier keys, which still open what they sealed until `smallgrants reseal` has run.
    pub previous: Vec<[u8; 32]>,
}

impl std::fmt::Debug for DataKeyConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DataKeyConfig").field("previous", &self.previous.len()).finish_non_exhaustive()
    }
}

/// Raw key → value strings after layering defaults, file and environment.
type RawValues = BTreeMap<String, String>;

impl Config {
    /// Loads the configuration the way the binary does: defaults, the optional file, then the
    /// process environment.
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        let file_text = match file {
            Some(path) => Some(std::fs::read_to_string(path).map_err(|e| ConfigError {
                key: "--config".into(),
                message: format!("cannot read {}: {e}", path.display()),
            })?),
            None => None,
        };
        let env: Vec<(String, String)> = std::env::vars().collect();
        Config::from_sources(file_text.as_deref(), &env)
    }

    /// Builds the configuration from an optional file's text and a list of environment
    /// variables; pure, so tests can try every bad value.
    pub fn from_sources(file_text: Option<&str>, env: &[(String, String)]) -> Result<Config, ConfigError> {
        let mut raw = parse_table(DEFAULTS_TOML, "config/default.toml", None)?;
        if let Some(text) = file_text {
            let overrides = parse_table(text, "--config", Some(&raw))?;
            raw.extend(overrides);
        }
        for (name, value) in env {
            if let Some(key) = name.strip_prefix(ENV_PREFIX) {
                let key = key.to_ascii_lowercase();
                if raw.contains_key(&key) {
                    raw.insert(key, value.clone());
                }
            }
        }
        Config::from_raw(&raw)
    }

    fn from_raw(raw: &RawValues) -> Result<Config, ConfigError> {
        let get = |key: &str| raw.get(key).map(|v| v.trim().to_string()).unwrap_or_default();
        let environment = match get("environment").as_str() {
            "development" => Environment::Development,
            "production" => Environment::Production,
            other => {
                return Err(ConfigError::new(
                    "environment",
                    format!("\"{other}\" is neither \"development\" nor \"production\""),
                ));
            }
        };
        let listen: SocketAddr = get("listen").parse().map_err(|_| {
            ConfigError::new(
                "listen",
                format!("\"{}\" is not an address and port such as 127.0.0.1:8080", get("listen")),
            )
        })?;
        let base_url = parse_base_url(&get("base_url"), listen)?;
        let data_dir = PathBuf::from(
            non_empty(&get("data_dir")).ok_or_else(|| ConfigError::new("data_dir", "must not be empty"))?,
        );
        let database = DatabaseConfig {
            url: parse_database_url(&get("database_url"), &data_dir)?,
            pool_size: parse_number(raw, "database_pool_size", 1, 200)? as u32,
            timeout: Duration::from_secs(parse_number(raw, "database_timeout_seconds", 1, 300)?),
            sqlite_map_bytes: parse_number(raw, "database_sqlite_map_mb", 0, 65_536)? * 1024 * 1024,
            check_after_idle: Duration::from_millis(parse_number(raw, "database_check_after_idle_ms", 0, 60_000)?),
        };
        let storage = parse_storage_url(&get("storage_url"), &data_dir)?;
        let storage_timeouts = StorageTimeouts {
            connect: Duration::from_secs(parse_number(raw, "storage_connect_timeout_seconds", 1, 120)?),
            request: Duration::from_secs(parse_number(raw, "storage_timeout_seconds", 1, 600)?),
        };
        let email = parse_email(raw, environment, &data_dir)?;
        let session = SessionConfig {
            cookie_key: parse_cookie_key(&get("cookie_key"), environment)?,
            idle_timeout: Duration::from_secs(60 * parse_number(raw, "session_idle_minutes", 1, 60 * 24 * 30)?),
            absolute_timeout: Duration::from_secs(3600 * parse_number(raw, "session_absolute_hours", 1, 24 * 90)?),
            secure_cookies: environment == Environment::Production || !is_plain_http_on_loopback(&base_url),
        };
        let uploads = UploadConfig {
            max_recording_bytes: parse_number(raw, "max_recording_mb", 1, 10_000)? * 1024 * 1024,
            max_attachment_bytes: parse_number(raw, "max_attachment_mb", 1, 1_000)? * 1024 * 1024,
            recording_retention_months: parse_number(raw, "recording_retention_months", 1, 120)? as u32,
        };
        let workers = parse_number(raw, "workers", 0, 256)? as usize;
        let trust_proxy_headers = parse_bool(raw, "trust_proxy_headers")?;
        let log_level = get("log_level");
        tracing_subscriber::EnvFilter::try_new(&log_level)
            .map_err(|e| ConfigError::new("log_level", format!("\"{log_level}\" is not a log level ({e})")))?;
        let languages = parse_languages(&get("languages"))?;
        let contact_email = get("contact_email");
        let operator_name = get("operator_name").trim().to_string();
        let data_keys = parse_data_keys(&get("data_key"), &get("previous_data_keys"), environment)?;
        Ok(Config {
            environment,
            listen,
            base_url,
            data_dir,
            database,
            storage,
            storage_timeouts,
            email,
            session,
            uploads,
            workers,
            trust_proxy_headers,
            log_level,
            languages,
            contact_email,
            operator_name,
            data_keys,
        })
    }

    /// An absolute link into the portal, for emails.
    pub fn absolute_url(&self, path: &str) -> String {
        let base = self.base_url.as_str().trim_end_matches('/');
        format!("{base}{path}")
    }
}

/// Reads a TOML table of flat keys into strings. `known` (the defaults) rejects keys that do not
/// exist, so a misspelt key in an operator's file is an error rather than silently ignored.
fn parse_table(text: &str, source: &str, known: Option<&RawValues>) -> Result<RawValues, ConfigError> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| ConfigError {
        key: source.to_string(),
        message: format!("not valid TOML: {}", e.message()),
    })?;
    let mut values = RawValues::new();
    for (key, value) in table {
        if let Some(known) = known
            && !known.contains_key(&key)
        {
            return Err(ConfigError { key: source.to_string(), message: format!("unknown key \"{key}\"") });
        }
        let text = match value {
            toml::Value::String(s) => s,
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            toml::Value::Float(f) => f.to_string(),
            other => {
                return Err(ConfigError::new(
                    &key,
                    format!("must be a string, number or true/false, not {}", other.type_str()),
                ));
            }
        };
        values.insert(key, text);
    }
    Ok(values)
}

fn non_empty(value: &str) -> Option<&str> {
    if value.is_empty() { None } else { Some(value) }
}

fn parse_number(raw: &RawValues, key: &str, min: u64, max: u64) -> Result<u64, ConfigError> {
    let text = raw.get(key).map(|v| v.trim()).unwrap_or_default();
    let number: u64 = text.parse().map_err(|_| ConfigError::new(key, format!("\"{text}\" is not a whole number")))?;
    if number < min || number > max {
        return Err(ConfigError::new(key, format!("{number} is outside {min}–{max}")));
    }
    Ok(number)
}

fn parse_bool(raw: &RawValues, key: &str) -> Result<bool, ConfigError> {
    match raw.get(key).map(|v| v.trim().to_ascii_lowercase()).as_deref() {
        Some("true" | "1" | "yes") => Ok(true),
        Some("false" | "0" | "no" | "") | None => Ok(false),
        Some(other) => Err(ConfigError::new(key, format!("\"{other}\" is not true or false"))),
    }
}

fn parse_base_url(value: &str, listen: SocketAddr) -> Result<Url, ConfigError> {
    let text = match non_empty(value) {
        Some(text) => text.to_string(),
        None => format!("http://{listen}/"),
    };
    let url = Url::parse(&text).map_err(|_| {
        ConfigError::new("base_url", format!("\"{text}\" is not a URL such as https://grants.example.org"))
    })?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(ConfigError::new("base_url", "must start with http:// or https://"));
    }
    if url.host_str().is_none() {
        return Err(ConfigError::new("base_url", "must name a host"));
    }
    Ok(url)
}

/// Plain http is tolerated for cookies only on this machine (local development); anywhere else
/// a cookie without `Secure` could be read on the network.
fn is_plain_http_on_loopback(url: &Url) -> bool {
    url.scheme() == "http"
        && match url.host() {
            Some(url::Host::Domain(name)) => name == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        }
}

fn parse_database_url(value: &str, data_dir: &Path) -> Result<DatabaseUrl, ConfigError> {
    match non_empty(value) {
        None => Ok(DatabaseUrl::Sqlite(data_dir.join("smallgrants.db"))),
        Some(text) => DatabaseUrl::parse(text).map_err(|message| ConfigError::new("database_url", message)),
    }
}

fn parse_storage_url(value: &str, data_dir: &Path) -> Result<StorageLocation, ConfigError> {
    let Some(text) = non_empty(value) else {
        return Ok(StorageLocation::Local(data_dir.join("files")));
    };
    let url = Url::parse(text).map_err(|_| {
        ConfigError::new(
            "storage_url",
            format!("\"{text}\" is not a URL such as s3://bucket/prefix or file:///srv/files"),
        )
    })?;
    match url.scheme() {
        "file" => {
            let path = url
                .to_file_path()
                .map_err(|_| ConfigError::new("storage_url", "a file:// URL needs an absolute path"))?;
            Ok(StorageLocation::Local(path))
        }
        "s3" => {
            let bucket = url.host_str().filter(|b| !b.is_empty()).ok_or_else(|| {
                ConfigError::new("storage_url", "an s3:// URL needs a bucket name, e.g. s3://bucket/prefix")
            })?;
            Ok(StorageLocation::S3 { bucket: bucket.to_string(), prefix: url.path().trim_matches('/').to_string() })
        }
        other => {
            Err(ConfigError::new("storage_url", format!("scheme \"{other}\" is not supported; use file:// or s3://")))
        }
    }
}

fn parse_email(raw: &RawValues, environment: Environment, data_dir: &Path) -> Result<EmailConfig, ConfigError> {
    let smtp_url = raw.get("smtp_url").map(|v| v.trim().to_string()).unwrap_or_default();
    let transport = match non_empty(&smtp_url) {
        Some(url) => {
            lettre::SmtpTransport::from_url(url)
                .map_err(|e| ConfigError::new("smtp_url", format!("not a usable SMTP URL ({e})")))?;
            EmailTransport::Smtp(url.to_string())
        }
        None => {
            if environment == Environment::Production && !parse_bool(raw, "email_to_files")? {
                return Err(ConfigError::new(
                    "smtp_url",
                    "is required in production (or set SMALLGRANTS_EMAIL_TO_FILES=true to keep emails as files)",
                ));
            }
            EmailTransport::Files(data_dir.join("outbox"))
        }
    };
    let from_text = raw.get("email_from").map(|v| v.trim().to_string()).unwrap_or_default();
    let from = from_text.parse().map_err(|_| {
        ConfigError::new("email_from", format!("\"{from_text}\" is not an address such as Grants <grants@example.org>"))
    })?;
    Ok(EmailConfig {
        transport,
        from,
        poll_interval: Duration::from_secs(parse_number(raw, "outbox_poll_seconds", 1, 3600)?),
    })
}

/// The data key is 32 random bytes as 64 hex digits; earlier keys are a comma-separated list.
fn parse_data_keys(current: &str, previous: &str, environment: Environment) -> Result<DataKeyConfig, ConfigError> {
    const HOW: &str = "64 hex digits, e.g. from `openssl rand -hex 32`";
    let current = match non_empty(current) {
        Some(text) => Some(
            crate::bank_details::sealing::parse_key(text)
                .ok_or_else(|| ConfigError::new("data_key", format!("must be {HOW}")))?,
        ),
        None if environment == Environment::Production => {
            return Err(ConfigError::new("data_key", format!("is required in production: {HOW}")));
        }
        None => None,
    };
    let previous = previous
        .split(',')
        .filter(|text| !text.trim().is_empty())
        .map(|text| {
            crate::bank_details::sealing::parse_key(text)
                .ok_or_else(|| ConfigError::new("previous_data_keys", format!("each must be {HOW}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DataKeyConfig { current, previous })
}

/// The cookie key must be at least 64 random bytes (actix's `Key` requirement), given as hex.
fn parse_cookie_key(value: &str, environment: Environment) -> Result<Option<Vec<u8>>, ConfigError> {
    let Some(text) = non_empty(value) else {
        return match environment {
            Environment::Development => Ok(None),
            Environment::Production => Err(ConfigError::new(
                "cookie_key",
                "is required in production: 128 hex digits, e.g. from `openssl rand -hex 64`",
            )),
        };
    };
    let bytes = hex::decode(text)
        .map_err(|_| ConfigError::new("cookie_key", "must be hexadecimal (e.g. from `openssl rand -hex 64`)"))?;
    if bytes.len() < 64 {
        return Err(ConfigError::new(
            "cookie_key",
            format!("is {} bytes; at least 64 bytes (128 hex digits) are needed", bytes.len()),
        ));
    }
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn error_for(pairs: &[(&str, &str)]) -> ConfigError {
        Config::from_sources(None, &env(pairs)).expect_err("configuration should be refused")
    }

    #[test]
    fn defaults_give_a_local_development_portal() {
        let config = Config::from_sources(None, &[]).unwrap();
        assert_eq!(config.environment, Environment::Development);
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.base_url.as_str(), "http://127.0.0.1:8080/");
        assert_eq!(config.database.url, DatabaseUrl::Sqlite(PathBuf::from("./data/smallgrants.db")));
        assert_eq!(config.storage, StorageLocation::Local(PathBuf::from("./data/files")));
        assert_eq!(config.email.transport, EmailTransport::Files(PathBuf::from("./data/outbox")));
        assert!(!config.session.secure_cookies, "plain http on loopback is the one place cookies are not Secure");
        assert_eq!(config.uploads.max_recording_bytes, 200 * 1024 * 1024);
    }

    #[test]
    fn environment_variables_override_defaults() {
        let config = Config::from_sources(
            None,
            &env(&[
                ("SMALLGRANTS_LISTEN", "0.0.0.0:9000"),
                ("SMALLGRANTS_BASE_URL", "https://grants.example.org"),
                ("SMALLGRANTS_DATABASE_URL", "postgres://app:pw@db:5432/grants"),
                ("SMALLGRANTS_STORAGE_URL", "s3://bucket/grants/files"),
                ("SMALLGRANTS_SMTP_URL", "smtp://mail.example.org:587"),
                ("SMALLGRANTS_DATA_DIR", "/var/lib/smallgrants"),
            ]),
        )
        .unwrap();
        assert_eq!(config.listen.port(), 9000);
        assert!(config.session.secure_cookies);
        assert_eq!(config.database.url.redacted(), "postgres://app:****@db:5432/grants");
        assert_eq!(config.storage, StorageLocation::S3 { bucket: "bucket".into(), prefix: "grants/files".into() });
        assert_eq!(config.email.transport, EmailTransport::Smtp("smtp://mail.example.org:587".into()));
        assert_eq!(config.absolute_url("/login"), "https://grants.example.org/login");
    }

    #[test]
    fn a_file_overrides_defaults_and_the_environment_overrides_the_file() {
        let file = "listen = \"127.0.0.1:7000\"\nworkers = 2\n";
        let config = Config::from_sources(Some(file), &env(&[("SMALLGRANTS_WORKERS", "3")])).unwrap();
        assert_eq!(config.listen.port(), 7000);
        assert_eq!(config.workers, 3);
    }

    #[test]
    fn bad_values_name_the_variable() {
        let cases = [
            ("SMALLGRANTS_LISTEN", "not-an-address"),
            ("SMALLGRANTS_BASE_URL", "ftp://example.org"),
            ("SMALLGRANTS_DATABASE_URL", "mysql://localhost/db"),
            ("SMALLGRANTS_STORAGE_URL", "gopher://files"),
            ("SMALLGRANTS_SMTP_URL", "not a url"),
            ("SMALLGRANTS_COOKIE_KEY", "abcd"),
            ("SMALLGRANTS_DATABASE_POOL_SIZE", "lots"),
            ("SMALLGRANTS_MAX_RECORDING_MB", "0"),
            ("SMALLGRANTS_ENVIRONMENT", "staging"),
            ("SMALLGRANTS_EMAIL_FROM", "not an address"),
            ("SMALLGRANTS_LOG_LEVEL", "loud=[["),
        ];
        for (key, value) in cases {
            let error = error_for(&[(key, value)]);
            assert_eq!(error.key, key, "wrong key blamed for {key}={value}: {error}");
            assert!(!error.to_string().contains('\n'), "error should be one line: {error}");
        }
    }

    #[test]
    fn production_needs_a_cookie_key_and_smtp() {
        let error = error_for(&[("SMALLGRANTS_ENVIRONMENT", "production")]);
        assert_eq!(error.key, "SMALLGRANTS_SMTP_URL");
        let error = error_for(&[
            ("SMALLGRANTS_ENVIRONMENT", "production"),
            ("SMALLGRANTS_SMTP_URL", "smtp://mail.example.org"),
        ]);
        assert_eq!(error.key, "SMALLGRANTS_COOKIE_KEY");
        let key = "ab".repeat(64);
        let production = [
            ("SMALLGRANTS_ENVIRONMENT", "production"),
            ("SMALLGRANTS_EMAIL_TO_FILES", "true"),
            ("SMALLGRANTS_COOKIE_KEY", &key),
        ];
        assert_eq!(error_for(&production).key, "SMALLGRANTS_DATA_KEY");
        let data_key = "cd".repeat(32);
        let config =
            Config::from_sources(None, &env(&[production.as_slice(), &[("SMALLGRANTS_DATA_KEY", &data_key)]].concat()))
                .unwrap();
        assert_eq!(config.data_keys.current, Some([0xcd; 32]));
        assert!(config.session.secure_cookies, "production cookies are Secure even on http://127.0.0.1");
        assert_eq!(config.session.cookie_key.as_deref().map(<[u8]>::len), Some(64));
    }

    #[test]
    fn data_keys_must_be_64_hex_digits() {
        assert_eq!(error_for(&[("SMALLGRANTS_DATA_KEY", "abcd")]).key, "SMALLGRANTS_DATA_KEY");
        let bad_previous = [("SMALLGRANTS_PREVIOUS_DATA_KEYS", "ab")];
        assert_eq!(error_for(&bad_previous).key, "SMALLGRANTS_PREVIOUS_DATA_KEYS");
        let old = format!("{}, {}", "01".repeat(32), "02".repeat(32));
        let config = Config::from_sources(None, &env(&[("SMALLGRANTS_PREVIOUS_DATA_KEYS", &old)])).unwrap();
        assert_eq!(config.data_keys.previous, vec![[1; 32], [2; 32]]);
        assert_eq!(config.data_keys.current, None, "made and kept in development");
    }

    #[test]
    fn unknown_keys_in_a_file_are_refused() {
        let error = Config::from_sources(Some("listne = \"127.0.0.1:1\""), &[]).unwrap_err();
        assert_eq!(error.key, "--config");
        assert!(error.message.contains("listne"));
    }

    #[test]
    fn sqlite_urls_accept_both_spellings() {
        assert_eq!(DatabaseUrl::parse("sqlite://a/b.db"), Ok(DatabaseUrl::Sqlite("a/b.db".into())));
        assert_eq!(DatabaseUrl::parse("sqlite:b.db"), Ok(DatabaseUrl::Sqlite("b.db".into())));
        assert!(DatabaseUrl::parse("sqlite://").is_err());
    }
}
