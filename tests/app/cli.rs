//! The binary as a newcomer meets it: `--help`, a bad setting, the first start, `backup`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use smallgrants::audit::{self, NewEvent};
use smallgrants::config::DatabaseUrl;

use crate::common::{free_port, http_get};

const BINARY: &str = env!("CARGO_BIN_EXE_smallgrants");

/// The binary with a clean environment apart from what the test sets.
fn smallgrants(data_dir: &Path) -> Command {
    let mut command = Command::new(BINARY);
    command.env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
    command.env("SMALLGRANTS_DATA_DIR", data_dir).env("SMALLGRANTS_LOG_LEVEL", "warn");
    command
}

#[test]
fn help_lists_the_commands() {
    let output = Command::new(BINARY).arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for command in ["serve", "migrate", "backup", "create-admin", "seed-demo"] {
        assert!(help.contains(command), "--help should list {command}:\n{help}");
    }
}

#[test]
fn a_bad_setting_stops_start_up_with_one_line_naming_it() {
    let folder = tempfile::tempdir().unwrap();
    for (key, value) in [
        ("SMALLGRANTS_LISTEN", "localhost"),
        ("SMALLGRANTS_DATABASE_URL", "mysql://x/y"),
        ("SMALLGRANTS_COOKIE_KEY", "zz"),
    ] {
        let output = smallgrants(folder.path()).env(key, value).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{key}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line for {key}: {stderr}");
        assert!(stderr.contains(key), "{stderr}");
    }
}

/// A file store that cannot be reached (here an S3 endpoint with nothing listening) stops
/// start-up within the configured time limit, with a message naming the setting and the bucket,
/// instead of a server whose every upload fails later.
#[test]
fn a_file_store_that_cannot_be_written_stops_start_up_naming_the_setting() {
    let folder = tempfile::tempdir().unwrap();
    let closed = free_port();
    let started = Instant::now();
    let output = smallgrants(folder.path())
        .env("SMALLGRANTS_LISTEN", format!("127.0.0.1:{}", free_port()))
        .env("SMALLGRANTS_STORAGE_URL", "s3://no-such-bucket/files")
        .env("SMALLGRANTS_STORAGE_CONNECT_TIMEOUT_SECONDS", "1")
        .env("SMALLGRANTS_STORAGE_TIMEOUT_SECONDS", "3")
        .env("AWS_ENDPOINT", format!("http://127.0.0.1:{closed}"))
        .env("AWS_ALLOW_HTTP", "true")
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_REGION", "eu-west-2")
        .arg("serve")
        .output()
        .unwrap();
    assert!(!output.status.success(), "the server must not start");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("SMALLGRANTS_STORAGE_URL") && stderr.contains("no-such-bucket"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(30), "gave up in {:?}, not minutes", started.elapsed());
}

/// Starts `serve` and waits for the line that says where it is running.
fn start_server(command: &mut Command) -> (Child, Vec<String>) {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut lines = Vec::new();
    let mut reader = BufReader::new(child.stdout.take().unwrap()).lines();
    for line in reader.by_ref() {
        let line = line.unwrap();
        let done = line.starts_with("Press Ctrl+C");
        lines.push(line);
        if done {
            break;
        }
    }
    // Keep reading what the server prints, as a terminal would.
    std::thread::spawn(move || reader.for_each(drop));
    (child, lines)
}

#[test]
fn the_first_start_creates_the_data_folder_and_serves_the_portal() {
    let folder = tempfile::tempdir().unwrap();
    let data_dir = folder.path().join("data");
    let port = free_port();
    let (mut child, lines) =
        start_server(smallgrants(&data_dir).env("SMALLGRANTS_LISTEN", format!("127.0.0.1:{port}")));
    let printed = lines.join("\n");
    assert!(printed.contains(&format!("smallgrants is running at http://127.0.0.1:{port}/")), "{printed}");
    assert!(printed.contains("emails:   written as .eml files to"), "{printed}");

    let (status, body) = http_get(port, "/healthz").unwrap();
    assert_eq!((status, body.as_str()), (200, "{\"database\":\"ok\",\"status\":\"ok\",\"storage\":\"ok\"}"));
    let (status, home) = http_get(port, "/").unwrap();
    assert_eq!(status, 200);
    assert!(home.contains("Funding for community groups"));
    assert!(data_dir.join("smallgrants.db").exists());
    let key = std::fs::read_to_string(data_dir.join("cookie.key")).unwrap();
    assert_eq!(key.trim().len(), 128, "a 64-byte development key is generated and kept");
    child.kill().unwrap();
    child.wait().unwrap();

    // A second start keeps the same key, so sessions survive restarts.
    let (mut child, _) = start_server(smallgrants(&data_dir).env("SMALLGRANTS_LISTEN", format!("127.0.0.1:{port}")));
    assert_eq!(std::fs::read_to_string(data_dir.join("cookie.key")).unwrap(), key);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn migrate_brings_a_new_database_up_to_date() {
    let folder = tempfile::tempdir().unwrap();
    let output = smallgrants(folder.path()).arg("migrate").output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("is up to date"));
    assert!(folder.path().join("smallgrants.db").exists());
}

/// A backup taken while another connection keeps writing is a consistent, checked copy.
#[test]
fn backup_copies_a_live_sqlite_database_consistently() {
    let folder = tempfile::tempdir().unwrap();
    let output = smallgrants(folder.path()).arg("migrate").output().unwrap();
    assert!(output.status.success());
    let url = DatabaseUrl::Sqlite(folder.path().join("smallgrants.db"));

    let writer_url = url.clone();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop_writer = stop.clone();
    let (first_committed, writing) = std::sync::mpsc::channel();
    let writer = std::thread::spawn(move || {
        let mut conn = smallgrants::db::establish(&writer_url).unwrap();
        let mut written = 0;
        let started = Instant::now();
        while !stop_writer.load(std::sync::atomic::Ordering::SeqCst) && started.elapsed() < Duration::from_secs(20) {
            let event =
                NewEvent { action: "write", subject_type: "load", subject_id: Some(written), ..NewEvent::default() };
            audit::record(&mut conn, &event, smallgrants::time::now()).unwrap();
            written += 1;
            if written == 1 {
                let _ = first_committed.send(());
            }
        }
        written
    });
    // The backup starts once the writer has committed a row and is writing on.
    writing.recv_timeout(Duration::from_secs(10)).expect("the writer commits its first row");
    let target = folder.path().join("backup.db");
    let output = smallgrants(folder.path()).arg("backup").arg(&target).output().unwrap();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let written = writer.join().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("integrity check passed"));

    smallgrants::commands::check_integrity(&target).expect("the copy is consistent");
    let mut copy = smallgrants::db::establish(&DatabaseUrl::Sqlite(target.clone())).unwrap();
    let copied: i64 = smallgrants::db::schema::audit_events::table.count().get_result(&mut copy).unwrap();
    assert!(copied > 0 && copied <= written, "copied {copied} of {written} rows");

    let again = smallgrants(folder.path()).arg("backup").arg(&target).output().unwrap();
    assert!(!again.status.success(), "an existing file is never overwritten");
}

#[test]
fn backup_on_postgres_points_to_pg_dump() {
    let folder = tempfile::tempdir().unwrap();
    let output = smallgrants(folder.path())
        .env("SMALLGRANTS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
        .args(["backup", "copy.db"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("pg_dump"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1);
}

fn create_admin(data_dir: &Path, email: &str, password: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = smallgrants(data_dir)
        .args(["create-admin", "--email", email, "--name", "Site Admin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn create_admin_reads_the_password_from_stdin_and_makes_a_site_admin() {
    let folder = tempfile::tempdir().unwrap();
    let weak = create_admin(folder.path(), "admin@example.org", "short");
    assert!(!weak.status.success());
    assert!(
        String::from_utf8_lossy(&weak.stderr).contains("10 characters"),
        "{}",
        String::from_utf8_lossy(&weak.stderr)
    );

    let made = create_admin(folder.path(), " Admin@Example.org ", "a long admin passphrase");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    assert!(String::from_utf8_lossy(&made.stdout).contains("Created site admin Site Admin <admin@example.org>"));

    let mut conn = smallgrants::db::establish(&DatabaseUrl::Sqlite(folder.path().join("smallgrants.db"))).unwrap();
    let admin = smallgrants::accounts::queries::find_by_email(&mut conn, "admin@example.org").unwrap().unwrap();
    assert!(admin.is_site_admin && admin.is_verified());
    assert!(matches!(
        smallgrants::accounts::password::verify("a long admin passphrase", &admin.password_hash),
        smallgrants::accounts::password::Verification::Correct { .. }
    ));
    assert_eq!(smallgrants::accounts::queries::find_by_email(&mut conn, "short").unwrap().map(|p| p.id), None);

    let again = create_admin(folder.path(), "admin@example.org", "ignored");
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("password is unchanged"));
}

#[test]
fn seed_demo_prints_each_account_and_refuses_a_second_time() {
    let folder = tempfile::tempdir().unwrap();
    let output = smallgrants(folder.path()).arg("seed-demo").output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed = String::from_utf8_lossy(&output.stdout).to_string();
    let lines: Vec<Vec<&str>> = printed.lines().map(|l| l.split(' ').collect()).collect();
    let roles: Vec<&str> = lines.iter().map(|parts| parts[0]).collect();
    assert_eq!(roles, ["admin", "lead", "panel", "connector", "applicant", "member"]);
    assert!(
        lines.iter().all(|parts| parts.len() >= 3 && parts[1].contains('@')),
        "role email password [totp=KEY]: {printed}"
    );

    let mut conn = smallgrants::db::establish(&DatabaseUrl::Sqlite(folder.path().join("smallgrants.db"))).unwrap();
    // The demo's emails link to the portal's address: with no base URL set, http:// and the
    // address it listens on.
    let queued = smallgrants::notifications::outbox::all(&mut conn).unwrap();
    assert!(!queued.is_empty(), "the demo queues emails");
    for email in &queued {
        assert!(
            email.body_text.contains("http://127.0.0.1:8080/") && !email.body_text.contains("http://localhost"),
            "{}: {}",
            email.kind,
            email.body_text
        );
    }
    for parts in &lines {
        let person =
            smallgrants::accounts::queries::find_by_email(&mut conn, parts[1]).unwrap().expect("account exists");
        assert!(
            matches!(
                smallgrants::accounts::password::verify(parts[2], &person.password_hash),
                smallgrants::accounts::password::Verification::Correct { .. }
            ),
            "the printed password works for {}",
            parts[1]
        );
        // The lead and admin sign in with a code too: their line ends with the key for an app.
        let secret = smallgrants::accounts::second_factor::secret_of(&mut conn, person.id).unwrap();
        match parts[0] {
            "admin" | "lead" => {
                assert_eq!(parts.len(), 4, "{printed}");
                assert_eq!(Some(parts[3].trim_start_matches("totp=").to_string()), secret, "{printed}");
                assert!(parts[3].starts_with("totp="), "{printed}");
            }
            _ => assert_eq!((parts.len(), secret), (3, None), "{printed}"),
        }
    }
    let panel = smallgrants::accounts::queries::find_by_email(&mut conn, "panel@demo.example").unwrap().unwrap();
    let roles = smallgrants::accounts::queries::roles_of(&mut conn, &panel).unwrap();
    assert!(roles.grants.iter().any(|g| g.lived_experience), "the demo panel member has lived experience");

    let applicant =
        smallgrants::accounts::queries::find_by_email(&mut conn, "applicant@demo.example").unwrap().unwrap();
    let bids = smallgrants::bids::queries::of_person(&mut conn, applicant.id).unwrap();
    let states: Vec<_> = bids.iter().map(|(bid, _, _)| bid.state).collect();
    assert!(states.contains(&smallgrants::bids::BidState::Draft), "{states:?}");
    assert!(states.contains(&smallgrants::bids::BidState::Awarded), "an offer waiting to be accepted: {states:?}");
    let (group, _) = smallgrants::groups::queries::groups_of(&mut conn, applicant.id).unwrap().remove(0);
    let members = smallgrants::groups::queries::members_of(&mut conn, group.id).unwrap();
    assert!(
        members.iter().any(|(_, person)| person.email == "member@demo.example"),
        "a second member who can sign in and check the bank details"
    );
    assert!(states.iter().any(|s| *s != smallgrants::bids::BidState::Draft), "and a sent one: {states:?}");
    let panel_person = smallgrants::accounts::queries::find_by_email(&mut conn, "panel@demo.example").unwrap().unwrap();
    let programmes: Vec<i64> = smallgrants::programmes::queries::all(&mut conn).unwrap().iter().map(|p| p.id).collect();
    let queue = smallgrants::review::queries::queue(&mut conn, panel_person.id, &programmes, 0, 100).unwrap().items;
    assert!(queue.iter().any(|item| !item.is_started()), "the demo panel member has reviews to do");
    assert!(queue.iter().any(|item| item.is_submitted()), "and has done one");
    let waiting = queue.iter().find(|item| !item.is_started()).unwrap().bid_id;
    assert!(
        !smallgrants::review::queries::submitted_reviews(&mut conn, waiting).unwrap().is_empty(),
        "already scored by others"
    );
    let closed = smallgrants::rounds::queries::find_by_slug(&mut conn, "autumn-connections").unwrap().unwrap();
    let closed_bids: Vec<smallgrants::bids::Bid> = {
        use diesel::prelude::*;
        use smallgrants::db::schema::bids;
        bids::table
            .filter(bids::round_id.eq(closed.id))
            .select(smallgrants::bids::Bid::as_select())
            .load(&mut conn)
            .unwrap()
    };
    assert!(closed_bids.iter().any(|b| !b.video_url.is_empty()), "a video bid");
    assert!(
        closed_bids.iter().all(|b| b.state == smallgrants::bids::BidState::InReview),
        "the lead can decide them all"
    );
    assert!(closed_bids.iter().any(|b| !b.need.is_empty()), "a written bid");
    assert!(closed_bids.iter().any(|b| b.assisted_by.is_some()), "a bid made with the connector");
    let recordings: Vec<_> = closed_bids
        .iter()
        .flat_map(|b| smallgrants::bids::queries::files_of(&mut conn, b.id).unwrap())
        .filter(|f| f.is_recording())
        .collect();
    assert!(!recordings.is_empty(), "a recorded bid");
    assert!(folder.path().join("files").join(&recordings[0].storage_key).exists(), "its recording is stored");

    // Last financial year, complete: grants paid, reported on and completed, the rest carried.
    let this_year = smallgrants::funds::FinancialYear::containing(smallgrants::time::now());
    let programme = closed.programme_id;
    let last_pot =
        smallgrants::funds::queries::pot_for_year(&mut conn, programme, this_year.previous()).unwrap().unwrap();
    assert!(smallgrants::funds::queries::has_carried_forward(&mut conn, last_pot.id).unwrap(), "carried forward");
    let last = smallgrants::funds::queries::pot_balances(&mut conn, last_pot.id).unwrap();
    assert!(last.is_consistent() && last.paid.0 > 0 && last.released.0 > 0, "{last:?}");
    assert_eq!(last.committed, last.paid, "every grant finished: what is committed has been paid");
    let this_pot = smallgrants::funds::queries::pot_for_year(&mut conn, programme, this_year).unwrap().unwrap();
    let this = smallgrants::funds::queries::pot_balances(&mut conn, this_pot.id).unwrap();
    assert_eq!(this.carried_in, last.carried_out);
    let last_round = smallgrants::rounds::queries::of_pot(&mut conn, last_pot.id).unwrap().remove(0);
    let outcomes: Vec<smallgrants::bids::BidState> = {
        use diesel::prelude::*;
        use smallgrants::db::schema::bids;
        bids::table
            .filter(bids::round_id.eq(last_round.id))
            .select(bids::state)
            .load::<String>(&mut conn)
            .unwrap()
            .iter()
            .filter_map(|s| smallgrants::bids::BidState::parse(s))
            .collect()
    };
    for state in [
        smallgrants::bids::BidState::Completed,
        smallgrants::bids::BidState::Cancelled,
        smallgrants::bids::BidState::Declined,
    ] {
        assert!(outcomes.contains(&state), "{state:?} in {outcomes:?}");
    }
    let public = smallgrants::grants::queries::public_awards_page(&mut conn, 0, 50).unwrap();
    assert!(public.len() >= 3, "named public awards");

    let again = smallgrants(folder.path()).arg("seed-demo").output().unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("empty database"));
    let production = smallgrants(folder.path())
        .env("SMALLGRANTS_ENVIRONMENT", "production")
        .env("SMALLGRANTS_EMAIL_TO_FILES", "true")
        .env("SMALLGRANTS_COOKIE_KEY", "ab".repeat(64))
        .env("SMALLGRANTS_DATA_KEY", "cd".repeat(32))
        .arg("seed-demo")
        .output()
        .unwrap();
    assert!(!production.status.success(), "never in production");
}

/// `seed-demo --scale`: every state, reviews and awards in proportion, money that adds up, and
/// a database that keeps working afterwards (PostgreSQL's id sequences moved on).
fn seed_demo_at_scale(backend: crate::common::Backend) {
    use smallgrants::bids::BidState;
    let database = crate::common::TestDatabase::empty(backend);
    let url = match &database.url {
        DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
        DatabaseUrl::Postgres(url) => url.clone(),
    };
    let folder = tempfile::tempdir().unwrap();
    let bids = 3_000;
    let output = smallgrants(folder.path())
        .env("SMALLGRANTS_DATABASE_URL", &url)
        .args(["seed-demo", "--scale", &bids.to_string()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).contains("added 3000 bids from 1500 groups"));
    let mut conn = smallgrants::db::establish(&database.url).unwrap();
    let programme = smallgrants::programmes::queries::all(&mut conn)
        .unwrap()
        .into_iter()
        .find(|p| p.slug == "metropolitan-grants")
        .expect("the scale programme");
    let rounds = smallgrants::rounds::queries::of_programme(&mut conn, programme.id).unwrap();
    let ids: Vec<i64> = rounds.iter().map(|r| r.id).collect();
    let states: Vec<String> = {
        use smallgrants::db::schema::bids;
        bids::table.filter(bids::round_id.eq_any(&ids)).select(bids::state).load(&mut conn).unwrap()
    };
    assert_eq!(states.len(), bids);
    for state in BidState::ALL {
        assert!(states.iter().any(|s| s == state.as_str()), "{state:?} among the bids");
    }
    let (reviews, awards): (i64, i64) = {
        use smallgrants::db::schema::{awards, bids, reviews};
        (
            reviews::table
                .inner_join(bids::table)
                .filter(bids::round_id.eq_any(&ids))
                .count()
                .get_result(&mut conn)
                .unwrap(),
            awards::table
                .inner_join(bids::table)
                .filter(bids::round_id.eq_any(&ids))
                .count()
                .get_result(&mut conn)
                .unwrap(),
        )
    };
    assert!((2 * bids as i64..4 * bids as i64).contains(&reviews), "about three reviews a bid: {reviews}");
    assert!((bids as i64 / 7..bids as i64 / 3).contains(&awards), "about a fifth awarded: {awards}");
    let pot = smallgrants::funds::queries::pots_of(&mut conn, programme.id).unwrap().remove(0);
    let money = smallgrants::funds::queries::pot_balances(&mut conn, pot.id).unwrap();
    assert!(money.is_consistent() && money.paid.0 > 0 && money.released.0 > 0, "{money:?}");
    for (round, balances) in smallgrants::funds::queries::rounds_balances(&mut conn, &ids).unwrap() {
        assert!(balances.committed <= balances.assigned, "round {round} within its budget: {balances:?}");
    }
    // New rows after the seed get fresh ids.
    let event = NewEvent { action: "checked", subject_type: "test", ..NewEvent::default() };
    audit::record(&mut conn, &event, smallgrants::time::now()).expect("a new audit event after the seed");
    let bid = {
        use smallgrants::db::schema::bids;
        bids::table.filter(bids::round_id.eq(ids[2])).select(bids::group_id).first::<i64>(&mut conn).unwrap()
    };
    let person = smallgrants::accounts::queries::find_by_email(&mut conn, "lead@demo.example").unwrap().unwrap();
    let started = smallgrants::bids::actions::start(
        &mut conn,
        smallgrants::bids::actions::Editor { person_id: person.id, as_connector: true },
        bid,
        ids[2],
        "en",
        smallgrants::time::now(),
    );
    assert!(!matches!(started, Err(smallgrants::bids::actions::BidError::Database(_))), "{started:?}");
}

#[test]
fn seed_demo_at_scale_on_sqlite() {
    seed_demo_at_scale(crate::common::Backend::Sqlite);
}

#[test]
fn seed_demo_at_scale_on_postgres() {
    seed_demo_at_scale(crate::common::Backend::Postgres);
}

#[test]
fn serve_with_demo_prints_how_to_sign_in_and_shows_the_rounds() {
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let (mut child, lines) = start_server(
        smallgrants(folder.path()).env("SMALLGRANTS_LISTEN", format!("127.0.0.1:{port}")).args(["serve", "--demo"]),
    );
    let printed = lines.join("\n");
    assert!(printed.contains(&format!("Sign in at http://127.0.0.1:{port}/login with a demo account")), "{printed}");
    assert!(printed.contains("  lead lead@demo.example demo-lead-words"), "{printed}");
    let (status, home) = http_get(port, "/").unwrap();
    assert_eq!(status, 200);
    assert!(home.contains("Winter wellbeing small grants") && home.contains("Spring peer support"));
    let (status, round) = http_get(port, "/rounds/autumn-connections").unwrap();
    assert_eq!(status, 200);
    assert!(round.contains("Closed"));
    let (status, awards) = http_get(port, "/awards").unwrap();
    assert_eq!(status, 200);
    assert!(awards.contains("Handsworth Allotment Friends") && !awards.contains("Kingstanding Dads"), "named only");
    let (status, open_data) = http_get(port, "/open-data/360giving.json").unwrap();
    assert_eq!(status, 200);
    assert!(open_data.contains("360G-riversideicb-SG-"), "grant ids from the programme prefix");
    child.kill().unwrap();
    child.wait().unwrap();
}
