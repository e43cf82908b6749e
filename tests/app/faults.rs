//! Faults, played against the real binary under load, each checked the way a person using the
//! portal would notice it (docs/ARCHITECTURE.md §6): a `kill -9` in the middle of a burst of submissions, an
//! SMTP server down while the lead decides, the database unreachable while pages are being
//! loaded, two instances racing for the last money in a round, a backup taken while bids are
//! being sent, and two instances behind one load balancer.
//!
//! The real PostgreSQL restart is not played here (other tests share that server): here a TCP
//! proxy between the server and PostgreSQL is cut and restored; `scripts/fault-drills` restarts
//! the real cluster under load.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use smallgrants::config::DatabaseUrl;
use smallgrants::db::DbConn;
use smallgrants::db::schema::{awards, bids, ledger_entries, outbox_emails};
use smallgrants::money::Pence;

use crate::common::browser_like::{Browser, Response};
use crate::common::database::postgres_url_for;
use crate::common::portal::{
    APPLICANT_PASSWORD, Applicant, LEAD_EMAIL, LEAD_PASSWORD, Portal, applicants_with_drafts, bids_with_the_panel,
    lead_code, portal_env, queued_emails, round_with_budget, seed_demo, url_text,
};
use crate::common::sending::{assert_each_bid_sent_once_or_not_at_all, bid_records, is_sent, signed_in};
use crate::common::smtp::SmtpServer;
use crate::common::tcp_proxy::TcpProxy;
use crate::common::{Backend, TestDatabase};

/// The lead's reason for deciding out of rank order, which these bids (not scored by a panel)
/// may need: the drills are about email and money, not the ranking.
const REASON: &str = "Decided in the order the lead reached them";

fn connect(url: &DatabaseUrl) -> DbConn {
    smallgrants::db::establish(url).expect("open the test database")
}

fn log_path(folder: &tempfile::TempDir, name: &str) -> std::path::PathBuf {
    folder.path().join(format!("{name}.log"))
}

/// The demo lead, signed in with the password and a code from their authenticator app (read
/// from the portal's database `url`).
fn signed_in_lead(port: u16, url: &DatabaseUrl) -> Browser {
    let code = lead_code(&mut connect(url));
    let mut lead = Browser::new(port);
    let response = lead.sign_in_with_code(LEAD_EMAIL, LEAD_PASSWORD, &code).expect("lead signs in");
    assert_eq!(response.status, 303, "the lead could not sign in: {}", response.text());
    lead
}

// ----- a burst of submissions ----------------------------------------------------------------

/// What one request of a burst got: an answer, or no answer at all (the server died).
type Outcome = Result<Response, String>;

/// Everyone presses "Send" at the same moment.
struct Burst {
    /// Bids whose 303 has arrived, in the order it arrived.
    acknowledged: Arc<Mutex<Vec<i64>>>,
    handles: Vec<JoinHandle<(Applicant, Browser, Outcome)>>,
}

impl Burst {
    fn start(browsers: Vec<(Applicant, Browser)>) -> Burst {
        let barrier = Arc::new(Barrier::new(browsers.len()));
        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let handles = browsers
            .into_iter()
            .map(|(applicant, mut browser)| {
                let (barrier, acknowledged) = (barrier.clone(), acknowledged.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    let outcome = browser.post_form(&format!("/bids/{}/submit", applicant.bid_id), &[]);
                    if let Ok(response) = &outcome
                        && is_sent(response, applicant.bid_id)
                    {
                        acknowledged.lock().unwrap().push(applicant.bid_id);
                    }
                    (applicant, browser, outcome.map_err(|e| e.to_string()))
                })
            })
            .collect();
        Burst { acknowledged, handles }
    }

    fn acknowledged(&self) -> Vec<i64> {
        self.acknowledged.lock().unwrap().clone()
    }

    /// Waits until `count` submissions have been acknowledged.
    fn wait_for(&self, count: usize, within: Duration) {
        let started = Instant::now();
        while self.acknowledged.lock().unwrap().len() < count {
            assert!(
                started.elapsed() < within,
                "only {} submissions acknowledged in {within:?}",
                self.acknowledged().len()
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn finish(self) -> Vec<(Applicant, Browser, Outcome)> {
        self.handles.into_iter().map(|h| h.join().expect("burst thread")).collect()
    }
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// SQLite's own checks: the file is sound and every foreign key points somewhere.
fn assert_sqlite_intact(path: &std::path::Path) {
    smallgrants::commands::check_integrity(path).expect("PRAGMA integrity_check says ok");
    let mut conn = connect(&DatabaseUrl::Sqlite(path.to_path_buf()));
    let broken = diesel::sql_query("SELECT count(*) AS n FROM pragma_foreign_key_check()")
        .get_result::<Count>(&mut conn)
        .expect("foreign key check")
        .n;
    assert_eq!(broken, 0, "PRAGMA foreign_key_check finds rows pointing nowhere");
}

/// `kill -9` of the server while 40 groups press "Send" at once: every bid whose confirmation
/// arrived is there after the restart, sent once, with its reference and receipt; the others
/// are still drafts that send once when the group tries again; the database is sound.
fn a_kill_9_during_a_burst_of_submissions_loses_no_acknowledged_bid(backend: Backend) {
    let database = TestDatabase::new(backend);
    let folder = tempfile::tempdir().unwrap();
    let applicants = {
        let mut conn = connect(&database.url);
        let demo = seed_demo(&mut conn);
        applicants_with_drafts(&mut conn, demo.open_round_id, "burst", 40)
    };
    let mut portal = Portal::start(portal_env(folder.path(), &url_text(&database.url)), &log_path(&folder, "server"));
    let browsers = signed_in(portal.port, &applicants);

    let burst = Burst::start(browsers);
    burst.wait_for(8, Duration::from_secs(30));
    portal.kill();
    let acknowledged = burst.acknowledged();
    let outcomes = burst.finish();
    for (applicant, _, outcome) in &outcomes {
        if let Ok(response) = outcome {
            assert!(
                is_sent(response, applicant.bid_id),
                "before the kill every answer was the confirmation; bid {} got {}: {}",
                applicant.bid_id,
                response.status,
                response.text()
            );
        }
    }
    let unanswered = outcomes.iter().filter(|(.., outcome)| outcome.is_err()).count();
    assert!(unanswered > 0, "the kill came in the middle of the burst, not after it");

    // What the crash left, before anything else touches the database.
    if let Some(path) = database.sqlite_path() {
        assert_sqlite_intact(&path);
    }
    let records = bid_records(&mut connect(&database.url), &applicants);
    assert_each_bid_sent_once_or_not_at_all(&records);
    for id in &acknowledged {
        let record = records.iter().find(|r| r.id == *id).unwrap();
        assert_eq!(record.state, "submitted", "an acknowledged bid survived the kill: {record:?}");
    }
    eprintln!(
        "kill -9 ({backend:?}): {} of 40 submissions acknowledged before the kill, {unanswered} got no answer; \
         {} sent in the database after the crash",
        acknowledged.len(),
        records.iter().filter(|r| r.state == "submitted").count()
    );

    // Restarted on the same data, the server answers, and the groups still signed in try again.
    portal.restart();
    portal.wait_healthy(Duration::from_secs(30));
    for (applicant, mut browser, outcome) in outcomes {
        if outcome.is_err() {
            let again = browser.post_form(&format!("/bids/{}/submit", applicant.bid_id), &[]).expect("retry");
            assert!(is_sent(&again, applicant.bid_id), "sending again after the restart works: {}", again.status);
        }
    }
    let records = bid_records(&mut connect(&database.url), &applicants);
    assert_each_bid_sent_once_or_not_at_all(&records);
    assert!(records.iter().all(|r| r.state == "submitted"), "every bid is sent, once: {records:?}");
    drop(portal);
    if let Some(path) = database.sqlite_path() {
        assert_sqlite_intact(&path);
    }
}

mod a_kill_9_during_a_burst_of_submissions {
    use super::*;

    #[test]
    fn sqlite() {
        a_kill_9_during_a_burst_of_submissions_loses_no_acknowledged_bid(Backend::Sqlite);
    }

    #[test]
    fn postgres() {
        a_kill_9_during_a_burst_of_submissions_loses_no_acknowledged_bid(Backend::Postgres);
    }
}

// ----- SMTP down while the lead decides --------------------------------------------------------

fn wait_until(what: &str, within: Duration, mut done: impl FnMut() -> bool) -> Duration {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < within, "{what}: not within {within:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
    started.elapsed()
}

fn max_outbox_id(conn: &mut DbConn) -> i64 {
    outbox_emails::table.select(diesel::dsl::max(outbox_emails::id)).first::<Option<i64>>(conn).unwrap().unwrap_or(0)
}

fn unsent_count(conn: &mut DbConn) -> usize {
    smallgrants::notifications::outbox::unsent(conn).expect("outbox").len()
}

/// The part of a `Message-ID` header before the `@`, as the outbox stores it.
fn message_id_local(header: &str) -> String {
    header.trim_matches(['<', '>']).split('@').next().unwrap_or_default().to_string()
}

/// How many copies of each message (by the outbox's message id) the mail server has put in its
/// maildir so far.
fn copies_received(smtp: &SmtpServer) -> BTreeMap<String, usize> {
    let mut copies = BTreeMap::new();
    for message in smtp.messages() {
        *copies.entry(message_id_local(&message.header("Message-ID").unwrap_or_default())).or_default() += 1;
    }
    copies
}

/// Whether every one of `rows` is marked sent in the outbox and has reached the mail server. A
/// worker marks an email sent only after the server accepted it, and the server files a message
/// in its maildir before accepting it, so this is the moment every send the outbox recorded has
/// landed. A second copy could only come from a second claim of the same row, and a claim skips
/// rows that are sent or leased to another worker: such a send would have started alongside the
/// first, not after this point.
fn all_sent_and_received(rows: &[crate::common::portal::QueuedEmail], smtp: &SmtpServer) -> bool {
    let copies = copies_received(smtp);
    rows.iter().all(|row| row.sent_at.is_some() && copies.contains_key(&row.message_id))
}

/// The lead awards and declines bids while the SMTP server is down: the decisions go through,
/// each email is tried and kept, and once the server is back every group hears, once.
fn emails_decided_during_an_smtp_outage_all_arrive_once_it_is_back(backend: Backend) {
    let database = TestDatabase::new(backend);
    let folder = tempfile::tempdir().unwrap();
    let applicants = {
        let mut conn = connect(&database.url);
        let demo = seed_demo(&mut conn);
        let round = round_with_budget(&mut conn, &demo, "smtp-outage", Pence::from_pounds(10_000));
        let applicants = applicants_with_drafts(&mut conn, round, "smtp", 6);
        bids_with_the_panel(&mut conn, &applicants);
        applicants
    };
    let mut smtp = SmtpServer::start();
    let mut env = portal_env(folder.path(), &url_text(&database.url));
    env.push(("SMALLGRANTS_SMTP_URL".into(), smtp.url()));
    let portal = Portal::start(env, &log_path(&folder, "server"));
    let mut conn = connect(&database.url);
    wait_until("the emails queued before the test are sent", Duration::from_secs(20), || unsent_count(&mut conn) == 0);
    let mark = max_outbox_id(&mut conn);
    let mut lead = signed_in_lead(portal.port, &database.url);

    smtp.stop();
    let outage = Instant::now();
    let received_before = smtp.messages().len();
    let ours = |rows: Vec<crate::common::portal::QueuedEmail>| -> Vec<crate::common::portal::QueuedEmail> {
        rows.into_iter().filter(|row| applicants.iter().any(|a| a.email == row.to)).collect()
    };
    let mut expected = BTreeSet::new();
    for (n, applicant) in applicants.iter().enumerate() {
        let (action, fields, kind): (&str, Vec<(&str, &str)>, &str) = if n % 2 == 0 {
            ("award", vec![("amount", "1000"), ("order_reason", REASON)], "bid_awarded")
        } else {
            let feedback = "Strong need; the panel funded bids with wider reach.";
            ("decline", vec![("feedback", feedback), ("order_reason", REASON)], "bid_declined")
        };
        let response = lead.post_form(&format!("/manage/bids/{}/{action}", applicant.bid_id), &fields).unwrap();
        assert_eq!(response.status, 303, "the decision goes through while email is down: {}", response.text());
        expected.insert((kind.to_string(), applicant.email.clone()));
    }
    let tried = wait_until("every decision email is tried while SMTP is down", Duration::from_secs(15), || {
        let rows = ours(queued_emails(&mut conn, mark));
        rows.len() == expected.len() && rows.iter().all(|row| row.attempts >= 1 && row.last_error.is_some())
    });
    assert_eq!(smtp.messages().len(), received_before, "nothing was delivered while the server was down");
    let rows = ours(queued_emails(&mut conn, mark));
    assert!(rows.iter().all(|row| row.sent_at.is_none()), "failed attempts are not counted as sent: {rows:?}");
    let queued: BTreeSet<(String, String)> = rows.iter().map(|row| (row.kind.clone(), row.to.clone())).collect();
    assert_eq!(queued, expected, "one email per group, saying what was decided");

    // A stretch of downtime, not a blip (five seconds, several polls of each worker). This is
    // the outage being played, not a wait for something to happen: all through it, nothing is
    // delivered and every email waits in the outbox with its error kept.
    while outage.elapsed() < Duration::from_secs(5) {
        assert_eq!(smtp.messages().len(), received_before, "still nothing while the server is down");
        let rows = ours(queued_emails(&mut conn, mark));
        assert!(
            rows.len() == expected.len() && rows.iter().all(|row| row.sent_at.is_none() && row.last_error.is_some()),
            "the emails wait in the outbox while the server is down: {rows:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    smtp.restart();
    let down_for = outage.elapsed();
    let arrived = wait_until(
        "every email is marked sent and has reached the mail server once it is back",
        Duration::from_secs(60),
        || all_sent_and_received(&ours(queued_emails(&mut conn, mark)), &smtp),
    );
    let rows = ours(queued_emails(&mut conn, mark));
    let received = smtp.messages();
    for row in &rows {
        let copies: Vec<_> = received
            .iter()
            .filter(|m| m.header("Message-ID").is_some_and(|h| message_id_local(&h) == row.message_id))
            .collect();
        assert_eq!(copies.len(), 1, "{} to {} arrived exactly once", row.kind, row.to);
        assert_eq!(copies[0].recipients, std::slice::from_ref(&row.to));
        assert!(row.attempts >= 2, "it failed during the outage and was sent after: {row:?}");
    }
    eprintln!(
        "SMTP outage ({backend:?}): {} decision emails tried within {:.1}s, SMTP down {:.1}s, all arrived {:.1}s after it was back",
        rows.len(),
        tried.as_secs_f64(),
        down_for.as_secs_f64(),
        arrived.as_secs_f64()
    );
}

mod emails_decided_during_an_smtp_outage_all_arrive_once_it_is_back {
    use super::*;

    #[test]
    fn sqlite() {
        emails_decided_during_an_smtp_outage_all_arrive_once_it_is_back(Backend::Sqlite);
    }

    #[test]
    fn postgres() {
        emails_decided_during_an_smtp_outage_all_arrive_once_it_is_back(Backend::Postgres);
    }
}

// ----- the database goes away under load ---------------------------------------------------------

/// One page load during the outage test.
#[derive(Debug, Clone)]
struct Sample {
    path: &'static str,
    started: Duration,
    took: Duration,
    status: Option<u16>,
    friendly: bool,
    error: Option<String>,
}

impl Sample {
    fn ended(&self) -> Duration {
        self.started + self.took
    }
}

/// Pages that need the database, loaded in a loop by a few browsers until `stop`.
fn load(port: u16, lead: &Browser, stop: &Arc<AtomicBool>, clock: Instant) -> Vec<JoinHandle<Vec<Sample>>> {
    let pages: [(&'static str, Option<Browser>); 4] =
        [("/", None), ("/rounds/winter-wellbeing", None), ("/awards", None), ("/dashboard", Some(lead.clone()))];
    pages
        .into_iter()
        .map(|(path, browser)| {
            let stop = stop.clone();
            let mut browser = browser.unwrap_or_else(|| Browser::new(port)).with_timeout(Duration::from_secs(20));
            std::thread::spawn(move || {
                let mut samples = Vec::new();
                while !stop.load(Ordering::SeqCst) {
                    let started = clock.elapsed();
                    let outcome = browser.get(path);
                    let took = clock.elapsed() - started;
                    samples.push(match outcome {
                        Ok(response) => Sample {
                            path,
                            started,
                            took,
                            status: Some(response.status),
                            friendly: response.text().contains("Sorry, the service is unavailable")
                                && response.text().contains("Try again in a few minutes"),
                            error: None,
                        },
                        Err(error) => Sample {
                            path,
                            started,
                            took,
                            status: None,
                            friendly: false,
                            error: Some(error.to_string()),
                        },
                    });
                    std::thread::sleep(Duration::from_millis(20));
                }
                samples
            })
        })
        .collect()
}

/// PostgreSQL becomes unreachable while people load pages (its connections cut, its port
/// closed): each page in the gap answers quickly with the friendly "try again" page, `/healthz`
/// says 503, and when the database is back the same server process answers again by itself,
/// with everyone still signed in.
#[test]
fn a_database_outage_under_load_gets_the_friendly_page_and_recovers_by_itself() {
    const TIMEOUT_SECONDS: u64 = 2;
    let database = TestDatabase::new(Backend::Postgres);
    let DatabaseUrl::Postgres(direct) = database.url.clone() else { unreachable!() };
    seed_demo(&mut connect(&database.url));
    let name = direct.rsplit('/').next().unwrap().to_string();
    let target = {
        let url = url::Url::parse(&postgres_url_for(&name)).unwrap();
        format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432))
    };
    let mut proxy = TcpProxy::start(&target);
    let mut proxied = url::Url::parse(&postgres_url_for(&name)).unwrap();
    proxied.set_host(Some("127.0.0.1")).unwrap();
    proxied.set_port(Some(proxy.port)).unwrap();

    let folder = tempfile::tempdir().unwrap();
    let mut env = portal_env(folder.path(), proxied.as_str());
    env.push(("SMALLGRANTS_DATABASE_TIMEOUT_SECONDS".into(), TIMEOUT_SECONDS.to_string()));
    let mut portal = Portal::start(env, &log_path(&folder, "server"));
    let pid = portal.pid();
    let lead = signed_in_lead(portal.port, &database.url);

    let clock = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let loaders = load(portal.port, &lead, &stop, clock);
    std::thread::sleep(Duration::from_secs(2));
    proxy.cut();
    let cut_at = clock.elapsed();
    std::thread::sleep(Duration::from_millis(1500));
    let health = crate::common::http_get(portal.port, "/healthz").map(|(status, _)| status);
    std::thread::sleep(Duration::from_millis(3500));
    proxy.restore();
    let restored_at = clock.elapsed();
    let recovery = portal.wait_healthy(Duration::from_secs(15));
    let recovered_at = clock.elapsed();
    std::thread::sleep(Duration::from_secs(2));
    stop.store(true, Ordering::SeqCst);
    let samples: Vec<Sample> = loaders.into_iter().flat_map(|h| h.join().unwrap()).collect();

    assert_eq!(health.ok(), Some(503), "/healthz tells the load balancer while the database is away");
    assert!(portal.is_running() && portal.pid() == pid, "the same process, never restarted");
    let problems: Vec<&Sample> =
        samples.iter().filter(|s| s.error.is_some() || !matches!(s.status, Some(200 | 503))).collect();
    assert!(
        problems.is_empty(),
        "every request answered, 200 or 503, never a 500 or a dropped connection: {problems:?}"
    );
    let before: Vec<&Sample> = samples.iter().filter(|s| s.ended() < cut_at).collect();
    assert!(!before.is_empty() && before.iter().all(|s| s.status == Some(200)), "all well before the outage");
    let in_gap: Vec<&Sample> = samples.iter().filter(|s| s.started > cut_at && s.ended() < restored_at).collect();
    let pages: BTreeSet<&str> = in_gap.iter().map(|s| s.path).collect();
    assert_eq!(pages.len(), 4, "every page was loaded during the outage: {in_gap:?}");
    for sample in &in_gap {
        assert!(sample.status == Some(503) && sample.friendly, "the friendly try-again page in the gap: {sample:?}");
    }
    let slowest = samples.iter().map(|s| s.took).max().unwrap();
    assert!(
        slowest < Duration::from_secs(TIMEOUT_SECONDS + 2),
        "no page waits much beyond the {TIMEOUT_SECONDS}s database timeout: {slowest:?}"
    );
    let after: Vec<&Sample> =
        samples.iter().filter(|s| s.started > recovered_at + Duration::from_millis(300)).collect();
    assert!(!after.is_empty() && after.iter().all(|s| s.status == Some(200)), "all well again: {after:?}");
    let mut lead = lead;
    let dashboard = lead.get("/dashboard").unwrap();
    assert_eq!(dashboard.status, 200, "the lead is still signed in after the outage");
    eprintln!(
        "database outage: {} requests, {} in the {:.1}s gap all 503 (slowest {:.2}s), /healthz 200 again {:.2}s after \
         the database was back",
        samples.len(),
        in_gap.len(),
        (restored_at - cut_at).as_secs_f64(),
        slowest.as_secs_f64(),
        recovery.as_secs_f64()
    );
}

// ----- two instances racing for the last money ---------------------------------------------------

/// Two instances on one PostgreSQL; a round whose money covers 8 of 16 bids; the lead's awards
/// for all 16 fired at once, half through each instance: exactly 8 are made, the other 8 are
/// refused with a clear message, and the round's ledger is never overspent.
#[test]
fn two_instances_racing_for_the_last_money_never_overspend_the_pot() {
    const FUNDABLE: usize = 8;
    let database = TestDatabase::new(Backend::Postgres);
    let (demo, round, applicants) = {
        let mut conn = connect(&database.url);
        let demo = seed_demo(&mut conn);
        let round = round_with_budget(&mut conn, &demo, "last-money", Pence::from_pounds(1_000 * FUNDABLE as i64));
        let applicants = applicants_with_drafts(&mut conn, round, "race", 2 * FUNDABLE);
        bids_with_the_panel(&mut conn, &applicants);
        (demo, round, applicants)
    };
    let folders = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let portals: Vec<Portal> = folders
        .iter()
        .map(|folder| Portal::start(portal_env(folder.path(), &url_text(&database.url)), &log_path(folder, "server")))
        .collect();
    let mut lead = signed_in_lead(portals[0].port, &database.url);
    lead.form_token().unwrap();

    let barrier = Arc::new(Barrier::new(applicants.len()));
    let handles: Vec<JoinHandle<(i64, Response)>> = applicants
        .iter()
        .enumerate()
        .map(|(n, applicant)| {
            let mut browser = lead.on_port(portals[n % 2].port);
            let (barrier, bid) = (barrier.clone(), applicant.bid_id);
            std::thread::spawn(move || {
                barrier.wait();
                let fields = [("amount", "1000"), ("order_reason", REASON)];
                let response = browser.post_form(&format!("/manage/bids/{bid}/award"), &fields).unwrap();
                (bid, response)
            })
        })
        .collect();
    let answers: Vec<(i64, Response)> = handles.into_iter().map(|h| h.join().unwrap()).collect();

    let made: Vec<i64> = answers.iter().filter(|(_, r)| r.status == 303).map(|(bid, _)| *bid).collect();
    let refused: Vec<&Response> = answers.iter().filter(|(_, r)| r.status != 303).map(|(_, r)| r).collect();
    assert_eq!(made.len(), FUNDABLE, "exactly the money's worth of awards is made");
    for response in &refused {
        assert_eq!(response.status, 422, "a refusal, not an error: {}", response.text());
        assert!(
            response.text().contains("left in the round") && response.text().contains("budget"),
            "the lead is told the money has run out"
        );
    }
    let mut conn = connect(&database.url);
    let balances = smallgrants::funds::queries::round_balances(&mut conn, round).unwrap();
    assert_eq!(balances.committed, Pence::from_pounds(1_000 * FUNDABLE as i64), "{balances:?}");
    assert!(balances.committed <= balances.assigned, "never more than the round's budget: {balances:?}");
    let pot = smallgrants::funds::queries::pot_balances(&mut conn, demo.pot_id).unwrap();
    assert!(pot.is_consistent(), "the pot's ledger adds up: {pot:?}");
    let ids: Vec<i64> = applicants.iter().map(|a| a.bid_id).collect();
    let award_rows: Vec<i64> =
        awards::table.filter(awards::bid_id.eq_any(&ids)).select(awards::bid_id).load(&mut conn).unwrap();
    let commitments: i64 = ledger_entries::table
        .filter(ledger_entries::round_id.eq(round))
        .filter(ledger_entries::kind.eq(smallgrants::funds::EntryKind::Commitment.as_str()))
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(award_rows.iter().copied().collect::<BTreeSet<i64>>(), made.iter().copied().collect(), "one award each");
    assert_eq!(commitments, FUNDABLE as i64, "one commitment in the ledger per award");
    let awarded: i64 = bids::table
        .filter(bids::id.eq_any(&ids))
        .filter(bids::state.eq("awarded"))
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(awarded, FUNDABLE as i64);
    let through: Vec<usize> = (0..2)
        .map(|i| answers.iter().enumerate().filter(|(n, (_, r))| n % 2 == i && r.status == 303).count())
        .collect();
    eprintln!(
        "award race: {FUNDABLE} of {} awards made (per instance {through:?}), committed {}",
        ids.len(),
        balances.committed
    );
}

// ----- a backup while bids are being sent ----------------------------------------------------------

/// `smallgrants backup` runs while 40 groups send their bids; the copy, started as a portal of
/// its own, works: the lead can sign in, the file is sound, every bid in it is either a draft or
/// sent once, and every bid acknowledged before the backup began is in it.
#[test]
fn a_backup_taken_during_submissions_restores_into_a_working_portal() {
    let database = TestDatabase::new(Backend::Sqlite);
    let folder = tempfile::tempdir().unwrap();
    let applicants = {
        let mut conn = connect(&database.url);
        let demo = seed_demo(&mut conn);
        applicants_with_drafts(&mut conn, demo.open_round_id, "backup", 40)
    };
    let env = portal_env(folder.path(), &url_text(&database.url));
    let portal = Portal::start(env.clone(), &log_path(&folder, "server"));
    let browsers = signed_in(portal.port, &applicants);

    let copy = folder.path().join("copy.db");
    let burst = Burst::start(browsers);
    burst.wait_for(5, Duration::from_secs(30));
    let before_backup = burst.acknowledged();
    let backup = std::process::Command::new(crate::common::portal::BINARY)
        .env_clear()
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .arg("backup")
        .arg(&copy)
        .output()
        .unwrap();
    let during_backup = burst.acknowledged().len();
    let outcomes = burst.finish();
    assert!(during_backup > before_backup.len(), "bids were still being sent while the backup ran");
    assert!(backup.status.success(), "backup: {}", String::from_utf8_lossy(&backup.stderr));
    assert!(String::from_utf8_lossy(&backup.stdout).contains("integrity check passed"));
    for (applicant, _, outcome) in &outcomes {
        let response = outcome.as_ref().expect("the server answered every submission");
        assert!(is_sent(response, applicant.bid_id), "a backup never gets in the way: {}", response.status);
    }

    assert_sqlite_intact(&copy);
    let records = bid_records(&mut connect(&DatabaseUrl::Sqlite(copy.clone())), &applicants);
    assert_each_bid_sent_once_or_not_at_all(&records);
    for id in &before_backup {
        let record = records.iter().find(|r| r.id == *id).unwrap();
        assert_eq!(record.state, "submitted", "a bid acknowledged before the backup began is in it: {record:?}");
    }
    let in_copy = records.iter().filter(|r| r.state == "submitted").count();

    // Restore as the README says: the copy becomes the database of a portal of its own.
    let restored = tempfile::tempdir().unwrap();
    std::fs::copy(&copy, restored.path().join("smallgrants.db")).unwrap();
    let restored_url = format!("sqlite://{}", restored.path().join("smallgrants.db").display());
    let second = Portal::start(portal_env(restored.path(), &restored_url), &log_path(&folder, "restored"));
    second.wait_healthy(Duration::from_secs(10));
    let mut lead = signed_in_lead(second.port, &DatabaseUrl::Sqlite(copy.clone()));
    let dashboard = lead.get("/dashboard").unwrap();
    assert_eq!(dashboard.status, 200);
    assert!(dashboard.text().contains("Priya Shah"), "the lead is signed in on the restored portal");
    let mut applicant = Browser::new(second.port);
    let first = &applicants[0];
    assert_eq!(applicant.sign_in(&first.email, APPLICANT_PASSWORD).unwrap().status, 303);
    let page = applicant.get(&format!("/bids/{}", first.bid_id)).unwrap();
    assert_eq!(page.status, 200, "a group sees its bid on the restored portal");
    eprintln!(
        "backup during submissions: {} acknowledged when the backup began, {during_backup} when it ended; the copy holds \
         {in_copy} sent bids and {} drafts",
        before_backup.len(),
        records.len() - in_copy
    );
}

// ----- two instances behind one load balancer --------------------------------------------------

/// Two instances on different ports with one PostgreSQL, one file store, one cookie key and one
/// SMTP server: a session made on one works on the other (and signing out on one ends it on
/// both), a recording uploaded through one streams from the other, and every email is sent
/// once although both run an outbox worker.
#[test]
fn two_instances_share_sessions_files_and_the_outbox() {
    let database = TestDatabase::new(Backend::Postgres);
    let draft = {
        let mut conn = connect(&database.url);
        let demo = seed_demo(&mut conn);
        let applicant = demo.people[4];
        smallgrants::bids::queries::of_person(&mut conn, applicant)
            .unwrap()
            .into_iter()
            .find(|(bid, _, _)| bid.state == smallgrants::bids::BidState::Draft)
            .expect("the demo applicant's draft")
            .0
            .id
    };
    let seeded = max_outbox_id(&mut connect(&database.url));
    let store = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start();
    let folders = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let portals: Vec<Portal> = folders
        .iter()
        .map(|folder| {
            let mut env = portal_env(folder.path(), &url_text(&database.url));
            env.push(("SMALLGRANTS_STORAGE_URL".into(), format!("file://{}", store.path().display())));
            env.push(("SMALLGRANTS_SMTP_URL".into(), smtp.url()));
            Portal::start(env, &log_path(folder, "server"))
        })
        .collect();
    let (a, b) = (portals[0].port, portals[1].port);

    // Signed in on A, the same browser is signed in on B.
    let mut on_a = Browser::new(a);
    assert_eq!(on_a.sign_in("applicant@demo.example", "demo-applicant-words").unwrap().status, 303);
    let mut on_b = on_a.on_port(b);
    let dashboard = on_b.get("/dashboard").unwrap();
    assert_eq!(dashboard.status, 200, "the session cookie from A works on B");
    assert!(dashboard.text().contains("Aisha Rahman"));

    // Uploaded through A, streamed from B.
    let recording = crate::common::applying::mp4_bytes(250_000);
    let uploaded =
        on_a.upload(&format!("/bids/{draft}/recording"), "recording", "our story.mp4", "video/mp4", &recording);
    let uploaded = uploaded.unwrap();
    assert_eq!(uploaded.status, 303, "{}", uploaded.text());
    let file = smallgrants::bids::queries::files_of(&mut connect(&database.url), draft)
        .unwrap()
        .into_iter()
        .find(|f| f.is_recording())
        .expect("the recording is recorded");
    let path = format!("/bids/{draft}/files/{}", file.id);
    let whole = on_b.get(&path).unwrap();
    assert_eq!(whole.status, 200);
    assert!(whole.body == recording, "the same bytes from the other instance ({} bytes)", whole.body.len());
    let part = on_b.get_with(&path, &[("Range", "bytes=1000-1999")]).unwrap();
    assert_eq!(part.status, 206);
    assert_eq!(part.header("content-range"), Some("bytes 1000-1999/250000"));
    assert!(part.body == recording[1000..2000], "a byte range from the other instance");

    // People register on both at once: every email the outbox holds arrives exactly once.
    let handles: Vec<JoinHandle<String>> = (0..12)
        .map(|n| {
            let port = [a, b][n % 2];
            std::thread::spawn(move || {
                let email = format!("newcomer{n}@example.org");
                let response =
                    Browser::new(port).register(&format!("Newcomer {n}"), &email, "a long newcomer phrase").unwrap();
                assert_eq!(response.status, 200, "{}", response.text());
                email
            })
        })
        .collect();
    let newcomers: Vec<String> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let mut conn = connect(&database.url);
    let drained = wait_until(
        "both workers empty the outbox and the mail server holds every email",
        Duration::from_secs(30),
        || all_sent_and_received(&queued_emails(&mut conn, 0), &smtp),
    );
    let rows = queued_emails(&mut conn, 0);
    let received = smtp.messages();
    let copies = copies_received(&smtp);
    for row in &rows {
        assert_eq!(copies.get(&row.message_id), Some(&1), "{} to {} arrived exactly once", row.kind, row.to);
    }
    assert_eq!(received.len(), rows.len(), "nothing but the outbox's emails, each once");
    for email in &newcomers {
        let confirmations = received
            .iter()
            .filter(|m| m.recipients == [email.clone()])
            .filter(|m| {
                rows.iter().any(|r| {
                    r.kind == "finish_registration"
                        && message_id_local(&m.header("Message-ID").unwrap()) == r.message_id
                })
            })
            .count();
        assert_eq!(confirmations, 1, "{email} gets one confirmation email");
    }
    let mut seen = BTreeSet::new();
    for row in rows.iter().filter(|row| row.id > seeded) {
        assert!(
            seen.insert((row.kind.clone(), row.to.clone(), row.subject.clone())),
            "no email queued twice by the two instances: {row:?}"
        );
    }

    // Signing out on B ends the session on A too.
    assert_eq!(on_b.post_form("/logout", &[]).unwrap().status, 303);
    let after = on_a.get("/dashboard").unwrap();
    assert_eq!(after.status, 303, "signed out everywhere the cookie goes");
    eprintln!(
        "scale-out: {} emails from two workers, each once (outbox empty {:.1}s after the registrations)",
        rows.len(),
        drained.as_secs_f64()
    );
}
