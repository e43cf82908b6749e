//! Closing day, against the real binary: groups press "Send" in the seconds either side of the
//! round's close, some pressing twice. Nothing is lost (every bid the portal said was sent is
//! sent), nothing is sent twice (one reference, one event, one receipt), and nothing is sent
//! after the close (those groups are told the round has closed, and their drafts are kept).
//! `scripts/bench --closing-day` plays the same day at full size, with recordings uploading.

use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use smallgrants::config::DatabaseUrl;
use smallgrants::db::DbConn;
use smallgrants::db::schema::{ledger_entries, rounds};

use crate::common::browser_like::{Browser, Response};
use crate::common::portal::{Applicant, Portal, applicants_with_drafts, portal_env, seed_demo, url_text};
use crate::common::sending::{BidRecord, assert_each_bid_sent_once_or_not_at_all, bid_records, is_sent, signed_in};
use crate::common::{Backend, TestDatabase};

const GROUPS: usize = 48;
/// The presses are spread evenly over this much time either side of the close.
const SPREAD: Duration = Duration::from_secs(2);

fn connect(url: &DatabaseUrl) -> DbConn {
    smallgrants::db::establish(url).expect("open the test database")
}

/// Moves the round's close to `seconds` from now (whole seconds, as a lead sets it), and
/// answers it.
fn close_round_in(conn: &mut DbConn, round_id: i64, seconds: i64) -> NaiveDateTime {
    let now = smallgrants::time::now();
    let closes = now.and_utc().timestamp() + seconds;
    let closes = chrono::DateTime::from_timestamp(closes, 0).expect("a time").naive_utc();
    diesel::update(rounds::table.find(round_id)).set(rounds::closes_at.eq(closes)).execute(conn).expect("close");
    closes
}

/// One press of "Send" and the answer it got.
struct Press {
    bid_id: i64,
    answer: Response,
}

/// Each group presses "Send" at its own moment, evenly spread from `SPREAD` before the close
/// to `SPREAD` after it; every fourth group presses twice at once (a double tap). Waiting for
/// a group's moment shapes the load like the last minutes of a real round; no assertion
/// depends on which moment a press falls in.
fn press_send_around(close: Instant, browsers: Vec<(Applicant, Browser)>) -> Vec<Press> {
    let step = SPREAD * 2 / GROUPS as u32;
    let first = close.checked_sub(SPREAD).expect("the close is in the future");
    let handles: Vec<JoinHandle<Press>> = browsers
        .into_iter()
        .enumerate()
        .flat_map(|(n, (applicant, browser))| {
            let at = first + step * n as u32;
            let presses = if n % 4 == 0 { 2 } else { 1 };
            (0..presses).map(move |_| {
                let (mut browser, bid_id) = (browser.clone(), applicant.bid_id);
                std::thread::spawn(move || {
                    std::thread::sleep(at.saturating_duration_since(Instant::now()));
                    let answer = browser.post_form(&format!("/bids/{bid_id}/submit"), &[]).expect("an answer");
                    Press { bid_id, answer }
                })
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().expect("press thread")).collect()
}

fn is_told_the_round_closed(answer: &Response) -> bool {
    answer.status == 422 && answer.text().contains("This round closed on")
}

fn ledger_rows(conn: &mut DbConn) -> i64 {
    ledger_entries::table.count().get_result(conn).expect("ledger")
}

fn closing_day(backend: Backend) {
    let database = TestDatabase::new(backend);
    let folder = tempfile::tempdir().unwrap();
    let (round_id, applicants) = {
        let mut conn = connect(&database.url);
        let demo = seed_demo(&mut conn);
        (demo.open_round_id, applicants_with_drafts(&mut conn, demo.open_round_id, "closing", GROUPS))
    };
    let portal = Portal::start(portal_env(folder.path(), &url_text(&database.url)), &folder.path().join("server.log"));
    let browsers = signed_in(portal.port, &applicants);

    let mut conn = connect(&database.url);
    let ledger_before = ledger_rows(&mut conn);
    let closes_at = close_round_in(&mut conn, round_id, 3);
    let until_close = (closes_at - smallgrants::time::now()).to_std().expect("the close is ahead");
    let presses = press_send_around(Instant::now() + until_close, browsers);

    // Every press got one of two answers: sent, or told the round has closed.
    for press in &presses {
        assert!(
            is_sent(&press.answer, press.bid_id) || is_told_the_round_closed(&press.answer),
            "bid {} got {}: {}",
            press.bid_id,
            press.answer.status,
            press.answer.text()
        );
    }
    let records = bid_records(&mut conn, &applicants);
    assert_each_bid_sent_once_or_not_at_all(&records);
    let acknowledged =
        |record: &BidRecord| presses.iter().any(|p| p.bid_id == record.id && is_sent(&p.answer, p.bid_id));
    for record in &records {
        assert_eq!(
            record.state == "submitted",
            acknowledged(record),
            "sent if and only if the group was told it was sent: {record:?}"
        );
        if let Some(sent_at) = record.submitted_at {
            assert!(sent_at < closes_at, "nothing is sent after the close ({closes_at}): {record:?}");
        }
    }
    let sent = records.iter().filter(|r| r.state == "submitted").count();
    assert!(sent > 0 && sent < GROUPS, "the close fell among the presses: {sent} of {GROUPS} sent");
    assert_eq!(ledger_rows(&mut conn), ledger_before, "sending bids moves no money");
    eprintln!(
        "closing day ({backend:?}): {} presses by {GROUPS} groups, {sent} bids sent before the close, {} told it had closed",
        presses.len(),
        GROUPS - sent
    );
    drop(portal);
}

mod around_the_close_of_a_round {
    use super::*;

    #[test]
    fn sqlite() {
        closing_day(Backend::Sqlite);
    }

    #[test]
    fn postgres() {
        closing_day(Backend::Postgres);
    }
}
