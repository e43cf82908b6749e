//! Groups pressing "Send" against the real binary, and what the database must hold afterwards:
//! shared by the fault drills (a `kill -9` mid-burst) and the closing-day test (a round closing
//! mid-burst).

use std::collections::BTreeSet;
use std::thread::JoinHandle;

use diesel::prelude::*;
use smallgrants::db::DbConn;
use smallgrants::db::schema::{audit_events, bids, outbox_emails};

use super::browser_like::{Browser, Response};
use super::portal::{APPLICANT_PASSWORD, Applicant};

/// Signs every applicant in, all at once; answers a browser for each with its form token read.
pub fn signed_in(port: u16, applicants: &[Applicant]) -> Vec<(Applicant, Browser)> {
    let handles: Vec<JoinHandle<(Applicant, Browser)>> = applicants
        .iter()
        .cloned()
        .map(|applicant| {
            std::thread::spawn(move || {
                let mut browser = Browser::new(port);
                let response = browser.sign_in(&applicant.email, APPLICANT_PASSWORD).expect("sign in");
                assert_eq!(response.status, 303, "{} could not sign in: {}", applicant.email, response.text());
                browser.form_token().expect("form token");
                (applicant, browser)
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().expect("sign-in thread")).collect()
}

/// The answer a browser gets when its bid has been sent: "see the confirmation page".
pub fn is_sent(response: &Response, bid_id: i64) -> bool {
    response.status == 303 && response.location() == Some(format!("/bids/{bid_id}/sent").as_str())
}

/// What the database holds about one bid's sending.
#[derive(Debug, Clone)]
pub struct BidRecord {
    pub id: i64,
    pub state: String,
    pub reference: Option<String>,
    pub submitted_at: Option<chrono::NaiveDateTime>,
    /// `submitted` audit events.
    pub sent_events: i64,
    /// Receipts queued to the applicant.
    pub receipts: i64,
}

pub fn bid_records(conn: &mut DbConn, applicants: &[Applicant]) -> Vec<BidRecord> {
    applicants
        .iter()
        .map(|applicant| {
            let (state, reference, submitted_at) = bids::table
                .find(applicant.bid_id)
                .select((bids::state, bids::reference, bids::submitted_at))
                .first(conn)
                .expect("bid");
            let sent_events: i64 = audit_events::table
                .filter(audit_events::subject_type.eq("bid"))
                .filter(audit_events::subject_id.eq(applicant.bid_id))
                .filter(audit_events::action.eq("submitted"))
                .count()
                .get_result(conn)
                .expect("audit events");
            let receipts: i64 = outbox_emails::table
                .filter(outbox_emails::kind.eq("bid_received"))
                .filter(outbox_emails::to_address.eq(&applicant.email))
                .count()
                .get_result(conn)
                .expect("outbox");
            BidRecord { id: applicant.bid_id, state, reference, submitted_at, sent_events, receipts }
        })
        .collect()
}

/// Every bid is either still a draft with nothing recorded, or sent exactly once: a reference,
/// the time it was sent, one `submitted` event and one receipt, all or nothing. References are
/// never shared.
pub fn assert_each_bid_sent_once_or_not_at_all(records: &[BidRecord]) {
    for record in records {
        match record.state.as_str() {
            "submitted" => assert!(
                record.reference.is_some()
                    && record.submitted_at.is_some()
                    && record.sent_events == 1
                    && record.receipts == 1,
                "a sent bid has its reference, its time, one event and one receipt: {record:?}"
            ),
            "draft" => assert!(
                record.reference.is_none() && record.sent_events == 0 && record.receipts == 0,
                "a draft has nothing of a sent bid: {record:?}"
            ),
            other => panic!("bid {} is {other}, neither draft nor sent: {record:?}", record.id),
        }
    }
    let references: Vec<&String> = records.iter().filter_map(|r| r.reference.as_ref()).collect();
    let distinct: BTreeSet<&String> = references.iter().copied().collect();
    assert_eq!(distinct.len(), references.len(), "no two bids share a reference: {references:?}");
}
