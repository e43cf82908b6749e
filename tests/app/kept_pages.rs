//! Public pages kept for visitors who are not signed in: a kept page costs one round trip, stops
//! being used the moment the database changes, and the moment by the clock at which anything on
//! it changes (a round closing), with nothing written to the database. Signed-in people's
//! busiest pages are kept the same way for their own session alone (`web::session_pages`).

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use smallgrants::db::schema::rounds;

use crate::common::TestApp;
use crate::on_both_databases;

async fn closes_at(app: &TestApp, round: i64) -> NaiveDateTime {
    app.db(move |conn| rounds::table.find(round).select(rounds::closes_at).first(conn).unwrap()).await
}

/// What reading the change marker costs: one query, and on PostgreSQL the pool's check of the
/// connection it hands out.
fn marker_trips(app: &TestApp) -> u64 {
    match app.backend {
        crate::common::Backend::Sqlite => 1,
        crate::common::Backend::Postgres => 2,
    }
}

/// Counts the round trips one request makes.
async fn get_counted(app: &TestApp, path: &str) -> (String, u64) {
    let before = app.state.db.round_trips();
    let page = app.get(path).await;
    assert_eq!(page.status, 200, "{path}");
    (page.text(), app.state.db.round_trips() - before)
}

async fn a_kept_round_page_stops_offering_a_bid_the_second_the_round_closes(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let slug = app.round_slug(scheme.round_id).await;
    let path = format!("/rounds/{slug}");
    app.clear_cookies();

    let (first, _) = get_counted(&app, &path).await;
    assert!(first.contains("Start a bid"), "{first}");
    let (kept, trips) = get_counted(&app, &path).await;
    assert_eq!(kept, first, "the same page");
    assert_eq!(trips, marker_trips(&app), "a kept page costs the change marker alone");

    let before = app.footprint().await;
    let closes = closes_at(&app, scheme.round_id).await;
    app.advance(closes - app.now() - Duration::seconds(1));
    let (just_before, _) = get_counted(&app, &path).await;
    assert!(just_before.contains("Start a bid"), "a second before the close the round is open");
    app.advance(Duration::seconds(1));
    let (closed, _) = get_counted(&app, &path).await;
    assert!(!closed.contains("Start a bid"), "the second it closes, no bid is offered: {closed}");
    assert!(closed.contains("Closed"));
    app.footprint().await.assert_unchanged_since(&before, "the page changed by the clock alone");

    // A signed-in person's page is theirs alone, and never kept for visitors.
    app.switch_to("lead@example.org").await;
    let home_before = app.get("/").await.text();
    assert!(home_before.contains("Signed in as"), "a signed-in person's pages are their own");
    app.clear_cookies();
    let home = app.get("/").await.text();
    assert!(!home.contains("Signed in as"), "never someone else's page: {home}");
}

/// The home page is kept too, and a new round is on it the moment it is saved.
async fn a_new_round_is_on_the_kept_home_page_at_once(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    app.clear_cookies();
    let (first, _) = get_counted(&app, "/").await;
    assert!(first.contains("Riverside Fund round"));
    let (_, trips) = get_counted(&app, "/").await;
    assert_eq!(trips, marker_trips(&app));
    app.switch_to("lead@example.org").await;
    app.add_round(scheme.programme_id, scheme.pot_id, "Second chance round", "5000").await;
    app.clear_cookies();
    let (after, _) = get_counted(&app, "/").await;
    assert!(after.contains("Second chance round"), "the kept page made way for the new round");
}

/// The first page of each directory search is kept for visitors as rendered; later pages are
/// rendered each time (from the kept results).
async fn the_directory_s_first_pages_are_kept(app: TestApp) {
    app.clear_cookies();
    let first = "/directory?text=walk&free=yes";
    let later = "/directory?text=walk&page=2";
    for path in ["/directory", first, later] {
        get_counted(&app, path).await;
    }
    let (kept, trips) = get_counted(&app, first).await;
    assert_eq!(trips, marker_trips(&app), "a kept page costs the change marker alone");
    assert!(kept.contains("<h1"), "{kept}");
    let marker = app.db(|conn| smallgrants::db::changes::change_marker(conn).unwrap()).await;
    let kept_as_rendered = |path: &str| app.state.memos.public_pages.get(&format!("en-GB|{path}"), &marker).is_some();
    assert!(kept_as_rendered("/directory") && kept_as_rendered(first), "first pages are kept as rendered");
    assert!(!kept_as_rendered(later), "a later page is not");
}

/// What a kept page costs a signed-in person: the change marker alone, which their session, kept
/// as read, and the page are both checked against.
fn kept_for_session_trips(app: &TestApp) -> u64 {
    marker_trips(app)
}

/// A group's bid page is kept for its session: asked again it costs the marker alone; a change
/// shows at once; another session, even the same person's, and another
/// person never get it.
async fn a_signed_in_page_is_kept_for_its_own_session_alone(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let path = format!("/bids/{bid}");
    let (with_message, _) = get_counted(&app, &path).await;
    assert!(with_message.contains("Saved."), "the message after the last save shows once: {with_message}");
    let (first, _) = get_counted(&app, &path).await;
    assert!(!first.contains("Saved."), "and only once");
    let (kept, trips) = get_counted(&app, &path).await;
    assert_eq!(kept, first, "the same page");
    assert_eq!(trips, kept_for_session_trips(&app), "a kept page costs the change marker alone");
    let asked = actix_web::test::TestRequest::get().uri(&path).insert_header(("Accept-Encoding", "gzip"));
    let gzipped = app.send(asked).await;
    assert_eq!(gzipped.header("content-encoding").as_deref(), Some("gzip"));
    let mut unzipped = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gzipped.body[..]), &mut unzipped).unwrap();
    assert_eq!(unzipped, first, "kept compressed too, the same page");

    let first_browser = app.cookie_jar();
    let first_token = app.get(&path).await.csrf_token();
    app.switch_to("amina@example.org").await;
    let second_token = app.get(&path).await.csrf_token();
    assert!(first_token.is_some() && second_token.is_some());
    assert_ne!(second_token, first_token, "another session of the same person gets its own page");
    let money = [("title", "Walk, talk and tea"), ("amount_requested", "2500"), ("purpose", "A walk leader")];
    assert_eq!(app.save_bid_part(bid, "money", &money).await.status, 303, "saved in the second browser");
    app.set_cookie_jar(first_browser.clone());
    let (changed, _) = get_counted(&app, &path).await;
    assert!(changed.contains("Walk, talk and tea"), "the first browser's kept page made way at once: {changed}");

    app.switch_to("lead@example.org").await;
    let lead = app.get(&path).await;
    assert_eq!(lead.status, 404, "another person never gets it");
    app.set_cookie_jar(first_browser.clone());
    app.sign_out().await;
    app.set_cookie_jar(first_browser);
    assert_eq!(app.get(&path).await.status, 303, "a copy of a signed-out cookie gets no kept page");
}

/// A kept dashboard stops offering to send a draft the second the round closes, with nothing
/// written to the database, though it is well within the minute a page is kept at most.
async fn a_kept_dashboard_changes_the_second_the_round_closes(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let (_, _bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let round = scheme.round_id;
    let closes = app.now() + Duration::seconds(30);
    app.db(move |conn| {
        diesel::update(rounds::table.find(round)).set(rounds::closes_at.eq(closes)).execute(conn).unwrap()
    })
    .await;
    get_counted(&app, "/dashboard").await; // the message after the last save, shown once
    let (open, _) = get_counted(&app, "/dashboard").await;
    assert!(open.contains("Finish and send by"), "{open}");
    let before = app.footprint().await;
    app.advance(Duration::seconds(29));
    let (just_before, trips) = get_counted(&app, "/dashboard").await;
    assert_eq!(just_before, open, "a second before the close the kept page is right");
    assert_eq!(trips, kept_for_session_trips(&app), "and it is the kept page");
    app.advance(Duration::seconds(1));
    let (closed, _) = get_counted(&app, "/dashboard").await;
    assert!(closed.contains("this draft can no longer be sent"), "the second it closes: {closed}");
    app.footprint().await.assert_unchanged_since(&before, "the page changed by the clock alone");
}

on_both_databases!(
    a_kept_round_page_stops_offering_a_bid_the_second_the_round_closes,
    a_new_round_is_on_the_kept_home_page_at_once,
    the_directory_s_first_pages_are_kept,
    a_signed_in_page_is_kept_for_its_own_session_alone,
    a_kept_dashboard_changes_the_second_the_round_closes,
);

/// On PostgreSQL a transaction can take a lower audit id and commit after a higher one has; the
/// marker must move when it commits, even while another writer is still running, and must not
/// move for a transaction that is still running or rolls back, for writes that record no change
/// (a session's last-seen time), or for writes in another database on the same server.
#[actix_web::test]
async fn the_marker_follows_late_commits_and_ignores_other_databases_on_postgres() {
    use diesel::connection::SimpleConnection;
    use smallgrants::db::DbConn;

    let app = TestApp::new(crate::common::Backend::Postgres).await;
    let connection = || {
        let mut pooled = app.state.db.get().unwrap();
        assert!(matches!(*pooled, DbConn::Postgres(_)));
        move |sql: &str| match &mut *pooled {
            DbConn::Postgres(pg) => pg.batch_execute(sql).unwrap(),
            DbConn::Sqlite(_) => unreachable!(),
        }
    };
    let marker =
        || app.state.db.get().map(|mut conn| smallgrants::db::changes::change_marker(&mut conn).unwrap()).unwrap();
    let audit = "INSERT INTO audit_events (occurred_at, action, subject_type) VALUES (now(), 'test', 'test')";

    let at_rest = marker();
    let mut older_writer = connection();
    older_writer("BEGIN; SELECT txid_current()");
    let mut late = connection();
    late(&format!("BEGIN; {audit}; {audit}"));
    assert_eq!(marker(), at_rest, "transactions still running left it alone");
    connection()(audit);
    let before = marker();
    assert_ne!(before, at_rest, "a committed audit event moved the marker");
    late("COMMIT");
    let after_the_late_commit = marker();
    assert_ne!(after_the_late_commit, before, "the late commit of lower ids moved the marker");

    older_writer("ROLLBACK");
    let mut rolled_back = connection();
    rolled_back(&format!("BEGIN; {audit}; ROLLBACK"));
    connection()("UPDATE sessions SET last_seen_at = now()");
    assert_eq!(marker(), after_the_late_commit, "writes that record no change left it alone");
    let mut elsewhere = diesel::PgConnection::establish(&crate::common::database::postgres_admin_url()).unwrap();
    elsewhere.batch_execute("BEGIN; SELECT txid_current(); COMMIT").unwrap();
    assert_eq!(marker(), after_the_late_commit, "a write in another database left it alone");
}

/// On PostgreSQL a pooled connection that answered a moment ago is handed out without the
/// liveness check: under load, a kept page then costs the change marker alone.
#[actix_web::test]
async fn a_connection_that_answered_a_moment_ago_is_not_checked_again_on_postgres() {
    let every_time = TestApp::new(crate::common::Backend::Postgres).await;
    let lately =
        TestApp::with_env(crate::common::Backend::Postgres, &[("SMALLGRANTS_DATABASE_CHECK_AFTER_IDLE_MS", "60000")])
            .await;
    for app in [&every_time, &lately] {
        app.clear_cookies();
        get_counted(app, "/").await;
    }
    assert_eq!(get_counted(&every_time, "/").await.1, 2, "checked, then the marker");
    assert_eq!(get_counted(&lately, "/").await.1, 1, "the marker alone");
}
