//! Public pages kept for visitors who are not signed in: a kept page costs one round trip, stops
//! being used the moment the database changes, and the moment by the clock at which anything on
//! it changes (a round closing), with nothing written to the database.

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

on_both_databases!(
    a_kept_round_page_stops_offering_a_bid_the_second_the_round_closes,
    a_new_round_is_on_the_kept_home_page_at_once,
    the_directory_s_first_pages_are_kept,
);

/// On PostgreSQL a transaction can take a lower audit id and commit after a higher one has; the
/// marker must move when it does, even while an older writer is still running, and must not move
/// for writes in another database on the same server.
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

    let mut older_writer = connection();
    older_writer("BEGIN; SELECT txid_current()");
    let mut late = connection();
    late(&format!("BEGIN; {audit}"));
    connection()(audit);
    let before = marker();
    late("COMMIT");
    assert_ne!(marker(), before, "the late commit of a lower id moved the marker");

    older_writer("ROLLBACK");
    let settled = marker();
    let mut elsewhere = diesel::PgConnection::establish(&crate::common::database::postgres_admin_url()).unwrap();
    elsewhere.batch_execute("BEGIN; SELECT txid_current(); COMMIT").unwrap();
    assert_eq!(marker(), settled, "a write in another database left it alone");
}
