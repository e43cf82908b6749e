//! The real binary as the fault tests run it: `smallgrants serve` in its own process with a
//! clean environment, killed with SIGKILL and started again on the same data; and the data
//! those tests need, written through the library before the server starts.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use smallgrants::bids::actions::{self as bids, Editor};
use smallgrants::bids::rules::{CaseAnswers, MoneyAnswers};
use smallgrants::config::DatabaseUrl;
use smallgrants::db::DbConn;
use smallgrants::money::Pence;
use smallgrants::notifications::emails::Links;

pub const BINARY: &str = env!("CARGO_BIN_EXE_smallgrants");

/// One cookie key for every instance a test starts (128 hex digits), as a deployment shares one.
pub const COOKIE_KEY: &str = "5a17e9c1b2d3f4a5968778695a4b3c2d1e0f1a2b3c4d5e6f708192a3b4c5d6e7\
                              f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7";

/// The demo lead, as `seed-demo` prints it.
pub const LEAD_EMAIL: &str = "lead@demo.example";
pub const LEAD_PASSWORD: &str = "demo-lead-words";
/// The password of every applicant [`applicants_with_drafts`] makes.
pub const APPLICANT_PASSWORD: &str = "fault drill applicant words";

/// The URL as `SMALLGRANTS_DATABASE_URL` takes it.
pub fn url_text(url: &DatabaseUrl) -> String {
    match url {
        DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
        DatabaseUrl::Postgres(url) => url.clone(),
    }
}

/// The settings every test instance gets: quiet logs, two workers, a quick outbox, the shared
/// cookie key. Callers add or override (later entries win).
pub fn portal_env(data_dir: &Path, database_url: &str) -> Vec<(String, String)> {
    [
        ("SMALLGRANTS_DATA_DIR", data_dir.display().to_string()),
        ("SMALLGRANTS_DATABASE_URL", database_url.to_string()),
        ("SMALLGRANTS_LOG_LEVEL", "warn".to_string()),
        ("SMALLGRANTS_WORKERS", "2".to_string()),
        ("SMALLGRANTS_OUTBOX_POLL_SECONDS", "1".to_string()),
        ("SMALLGRANTS_COOKIE_KEY", COOKIE_KEY.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// A running `smallgrants serve`.
pub struct Portal {
    pub port: u16,
    env: Vec<(String, String)>,
    log: PathBuf,
    child: Option<Child>,
}

impl Portal {
    /// Starts the server on a free port and waits until it says where it is running. Its
    /// standard error goes to `log` (appended across restarts) for a failing test to show.
    pub fn start(env: Vec<(String, String)>, log: &Path) -> Portal {
        let mut portal = Portal { port: super::free_port(), env, log: log.to_path_buf(), child: None };
        portal.launch();
        portal
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().map(Child::id).unwrap_or(0)
    }

    /// Whether the process is still alive (it has not exited or been killed).
    pub fn is_running(&mut self) -> bool {
        self.child.as_mut().is_some_and(|child| matches!(child.try_wait(), Ok(None)))
    }

    /// `kill -9`: no shutdown, no flushing, as a crash or the OOM killer would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again with the same settings and port.
    pub fn restart(&mut self) {
        self.kill();
        self.launch();
    }

    /// What the server wrote to standard error.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn launch(&mut self) {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log).expect("server log file");
        let mut command = Command::new(BINARY);
        command.env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
        command.envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        command.env("SMALLGRANTS_LISTEN", format!("127.0.0.1:{}", self.port)).arg("serve");
        let mut child = command.stdout(Stdio::piped()).stderr(log).spawn().expect("start smallgrants serve");
        let stdout = child.stdout.take().expect("stdout");
        let (ready, started) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            for line in lines.by_ref() {
                if line.is_ok_and(|l| l.starts_with("Press Ctrl+C")) {
                    let _ = ready.send(());
                    break;
                }
            }
            // Keep reading what the server prints, as a terminal would.
            lines.for_each(drop);
        });
        self.child = Some(child);
        if started.recv_timeout(Duration::from_secs(90)).is_err() {
            self.kill();
            panic!("smallgrants serve did not start on port {}:\n{}", self.port, self.log());
        }
    }

    /// Waits until `/healthz` answers 200; answers how long that took.
    pub fn wait_healthy(&self, within: Duration) -> Duration {
        let started = Instant::now();
        while started.elapsed() < within {
            if super::http_get(self.port, "/healthz").is_ok_and(|(status, _)| status == 200) {
                return started.elapsed();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("/healthz on port {} did not answer 200 within {within:?}:\n{}", self.port, self.log());
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let exited = self.child.as_mut().and_then(|child| child.try_wait().ok().flatten());
        self.kill();
        if std::thread::panicking() {
            eprintln!("--- smallgrants on port {} (exit: {exited:?}) wrote:\n{}", self.port, self.log());
        }
    }
}

// ----- data, written through the library ------------------------------------------------------

/// The demo programme (lead, pot, an open round `winter-wellbeing`), as `seed-demo` makes it.
pub fn seed_demo(conn: &mut DbConn) -> smallgrants::demo::Demo {
    smallgrants::demo::seed(conn, &Links::new("http://localhost:8080"), smallgrants::time::now())
        .expect("seed the demo")
}

/// The code the demo lead's authenticator app shows now (real time: the binary's clock).
pub fn lead_code(conn: &mut DbConn) -> String {
    let lead = smallgrants::accounts::queries::find_by_email(conn, LEAD_EMAIL).unwrap().expect("the demo lead");
    let secret = smallgrants::accounts::second_factor::secret_of(conn, lead.id).unwrap().expect("the lead's app");
    smallgrants::accounts::totp::code_at(&secret, smallgrants::time::now()).unwrap()
}

/// An applicant with a verified account, a group and a complete draft bid for £1,000.
#[derive(Debug, Clone)]
pub struct Applicant {
    pub email: String,
    pub person_id: i64,
    pub group_id: i64,
    pub bid_id: i64,
}

fn applicant_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| smallgrants::accounts::password::hash(APPLICANT_PASSWORD))
}

/// `count` applicants (`{prefix}{n}@example.org`), each with a group and a complete draft in
/// the round, ready to send.
pub fn applicants_with_drafts(conn: &mut DbConn, round_id: i64, prefix: &str, count: usize) -> Vec<Applicant> {
    use smallgrants::accounts::{actions as accounts, queries};
    let now = smallgrants::time::now();
    let links = Links::new("http://localhost");
    (0..count)
        .map(|n| {
            let email = format!("{prefix}{n}@example.org");
            let person =
                match accounts::create_admin(conn, &format!("Applicant {prefix}{n}"), &email, applicant_hash(), now)
                    .expect("applicant")
                {
                    accounts::AdminCreated::New(person) | accounts::AdminCreated::Promoted(person) => person,
                };
            queries::set_site_admin(conn, person.id, false, now).expect("not an admin");
            let input = smallgrants::groups::rules::GroupInput {
                name: format!("{prefix} community group {n}"),
                kind: smallgrants::groups::GroupKind::Unregistered,
                charity_number: String::new(),
                company_number: String::new(),
                area: "Sparkbrook".into(),
                postcode: "B11 1AA".into(),
                website: String::new(),
                contact_name: person.name.clone(),
                contact_email: email.clone(),
                contact_phone: String::new(),
            };
            let group = smallgrants::groups::actions::create(conn, &person, &input, false, &links, now).expect("group");
            let editor = Editor { person_id: person.id, as_connector: false };
            let bid = bids::start(conn, editor, group.id, round_id, "en", now).expect("start bid");
            let money = MoneyAnswers {
                title: format!("Walk and talk {n}"),
                summary: "Weekly walks".into(),
                amount: Some(Pence::from_pounds(1_000)),
                purpose: "Room hire and tea".into(),
                places: None,
            };
            bids::save_money(conn, editor, bid.id, None, &money, now).expect("money");
            let case = CaseAnswers {
                language: None,
                video_url: "https://youtu.be/dQw4w9WgXcQ".into(),
                need: String::new(),
                reach: String::new(),
                impact: String::new(),
                recording_covers: None,
            };
            bids::save_case(conn, editor, bid.id, None, &case, now).expect("case");
            Applicant { email, person_id: person.id, group_id: group.id, bid_id: bid.id }
        })
        .collect()
}

/// Sends the applicants' bids (through the library) and passes them to the panel: the state
/// is set directly, the panel's scoring being no part of these tests.
pub fn bids_with_the_panel(conn: &mut DbConn, applicants: &[Applicant]) {
    use smallgrants::db::schema::bids as table;
    let links = Links::new("http://localhost");
    let now = smallgrants::time::now();
    for applicant in applicants {
        let person = smallgrants::accounts::queries::find_person(conn, applicant.person_id).unwrap().unwrap();
        let editor = Editor { person_id: person.id, as_connector: false };
        bids::submit(conn, &person, editor, applicant.bid_id, None, &links, now).expect("send bid");
    }
    let ids: Vec<i64> = applicants.iter().map(|a| a.bid_id).collect();
    diesel::update(table::table.filter(table::id.eq_any(&ids)))
        .set(table::state.eq(smallgrants::bids::BidState::InReview.as_str()))
        .execute(conn)
        .expect("to the panel");
}

/// A round of the demo programme open now, with `budget` drawn from the demo pot.
pub fn round_with_budget(conn: &mut DbConn, demo: &smallgrants::demo::Demo, slug: &str, budget: Pence) -> i64 {
    let now = smallgrants::time::now();
    let input = smallgrants::rounds::rules::RoundInput {
        name: format!("Round {slug}"),
        slug: slug.to_string(),
        summary: "Grants for community groups".into(),
        pot_id: demo.pot_id,
        budget,
        opens_at: now - chrono::Duration::hours(1),
        closes_at: now + chrono::Duration::days(28),
        min_award: Pence::from_pounds(500),
        max_award: Pence::from_pounds(5_000),
        eligibility: "Community groups.".into(),
        uses: "- Room hire".into(),
        decision_target_on: (now + chrono::Duration::days(60)).date(),
        panel_size: 1,
        panel_due_on: None,
    };
    smallgrants::rounds::actions::create_round(
        conn,
        smallgrants::i18n::Tr::source(),
        demo.people[1],
        demo.programme_id,
        &input,
        now,
    )
    .expect("round")
    .id
}

/// An email in the outbox as the fault tests look at it; `message_id` is the part of the
/// `Message-ID` header before the `@`.
#[derive(Debug, Clone)]
pub struct QueuedEmail {
    pub id: i64,
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub message_id: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub sent_at: Option<NaiveDateTime>,
}

/// Every email queued after the row `after_id`, oldest first.
pub fn queued_emails(conn: &mut DbConn, after_id: i64) -> Vec<QueuedEmail> {
    smallgrants::notifications::outbox::all(conn)
        .expect("outbox")
        .into_iter()
        .filter(|row| row.id > after_id)
        .map(|row| QueuedEmail {
            id: row.id,
            kind: row.kind,
            to: row.to_address,
            subject: row.subject,
            message_id: row.message_id,
            attempts: row.attempts,
            last_error: row.last_error,
            sent_at: row.sent_at,
        })
        .collect()
}
