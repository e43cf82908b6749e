//! Every page the lead, the panel, an applicant and a visitor use, held to a budget of database
//! round trips, and measured at two sizes of round so a query run once per bid, review or
//! criterion shows up as a count that grows with the rows.
//!
//! The count is the pool's own (`Db::round_trips`): every statement the application's
//! connections send. Nothing else uses the pool while a page is requested: the test app runs
//! no outbox worker or reminder loop in the background (emails go only when a test calls
//! `deliver_emails`), so the difference across one request is that request's alone. Results
//! the portal keeps between requests (a ranking, a pot report) are forgotten before each one,
//! so every page is measured making them.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;

use crate::common::TestApp;
use crate::common::reviewing::SentRound;
use crate::on_both_databases;
use crate::review::{score, scores};

/// The most round trips each page may make, on either database.
///
/// Set (December 2026) from the counts measured on both databases once the lead's bid page had
/// stopped reading the round's criteria and money twice and taking four connections, the lead's
/// round page read its sections on one connection instead of three, and the panel's bid page
/// stopped reading the member's own submitted review twice. Each budget is the larger count,
/// PostgreSQL's (its pool checks each connection on check-out: one more round trip per
/// `Db::run`), plus two for a small change that needs one more look-up. A page that starts to
/// query once per row fails here, and also when its count grows from the small round to the
/// larger one.
///
/// The visitor's round page was raised from 10 to 15 when it began to show the programme's
/// tracker (the item asking views on the criteria, the criteria's history, the first payment)
/// and to be kept for visitors (the change marker it is checked against, read first): 13 round
/// trips on PostgreSQL, 11 on SQLite, the first time; a kept page costs the marker alone.
///
/// The lead's round page was raised from 19 to 22 when its list of bids, with their panel
/// progress, began to be kept between visits (the change marker read first): 20 round trips on
/// PostgreSQL, 16 on SQLite, the first time.
///
/// The lead's payments to make (added with payment runs): 13 round trips on PostgreSQL and 10
/// on SQLite with every grant but one running and due, whatever their number.
///
/// The lead's dashboard was raised from 15 to 17 when it began to count the instalments due to
/// pay (their rows, and the payments they are checked against) and the groups whose bank
/// details wait for a check: 16 round trips on PostgreSQL the first time, then kept.
///
/// The signed-in pages kept for their session (`web::session_pages`) were raised by what
/// keeping adds the first time, before the page is made and after: the change marker, and the
/// moments at which rounds open and close (two round trips on SQLite, up to four on
/// PostgreSQL). Asked again, such a page costs the change marker alone ([`KEPT_FOR_SESSION`]).
const BUDGETS: &[(&str, u64)] = &[
    ("visitor: home", 7),
    ("visitor: round", 15),
    ("visitor: awards", 5),
    ("applicant: dashboard", 14),
    ("applicant: bid task list", 18),
    ("applicant: check page", 12),
    ("panel: dashboard", 19),
    ("panel: queue", 19),
    ("panel: bid", 19),
    ("lead: dashboard", 23),
    ("lead: bid", 33),
    ("lead: round", 26),
    ("lead: ranking", 32),
    ("lead: programme", 16),
    ("lead: equity report", 24),
    ("lead: pot report", 23),
    ("lead: payments to make", 15),
];

/// The pages kept for a signed-in session: asked a second time with nothing changed, each
/// costs the change marker alone, which the session kept as read and the page are checked
/// against (on PostgreSQL also the pool's check of the connection).
const KEPT_FOR_SESSION: &[&str] = &[
    "applicant: dashboard",
    "applicant: bid task list",
    "panel: dashboard",
    "panel: queue",
    "panel: bid",
    "lead: dashboard",
    "lead: bid",
    "lead: round",
    "lead: ranking",
    "lead: programme",
    "lead: equity report",
    "lead: pot report",
];

/// The sizes of round every page is measured at.
const FEW_BIDS: usize = 3;
const MORE_BIDS: usize = 12;

/// Round trips per page, by the page's name in [`BUDGETS`]: the first time, and asked again.
type Counts = BTreeMap<&'static str, (u64, u64)>;

async fn pages_keep_to_their_budgets(app: TestApp) {
    let few = measure_round(&app, "Budget few", FEW_BIDS).await;
    let more = measure_round(&app, "Budget more", MORE_BIDS).await;
    let mut over = Vec::new();
    let kept_costs = match app.backend {
        crate::common::Backend::Sqlite => 1,
        crate::common::Backend::Postgres => 2,
    };
    for (page, budget) in BUDGETS {
        let ((at_few, _), (at_more, again)) = (few[page], more[page]);
        if KEPT_FOR_SESSION.contains(page) && again != kept_costs {
            over.push(format!("{page}: {again} round trips asked again, where a kept page costs {kept_costs}"));
        }
        eprintln!("{:?} {page}: {at_few} with {FEW_BIDS} bids, {at_more} with {MORE_BIDS}", app.backend);
        if at_few.max(at_more) > *budget {
            over.push(format!("{page}: budget {budget}, made {} round trips", at_few.max(at_more)));
        }
        if at_more > at_few {
            over.push(format!(
                "{page}: {at_few} round trips with {FEW_BIDS} bids but {at_more} with {MORE_BIDS} (a query per row?)"
            ));
        }
    }
    assert!(over.is_empty(), "pages over their budget of database round trips:\n{}", over.join("\n"));
}

on_both_databases!(pages_keep_to_their_budgets);

/// Sets up a round with `bids` sent bids, each scored by a panel of two and all but the first
/// awarded, then requests every page as the person who uses it; answers each page's count.
async fn measure_round(app: &TestApp, name: &str, bids: usize) -> Counts {
    let round = app.round_with_sent_bids(name, bids).await;
    app.to_the_panel(&round).await;
    let (first, round_id) = (round.bids[0], round.scheme.round_id);
    for panel_member in 0..2 {
        app.switch_to(&format!("panel{panel_member}-{round_id}@example.org")).await;
        for bid in &round.bids {
            assert_eq!(score(app, *bid, scores("4", "3", "fund")).await.status, 303, "score bid {bid}");
        }
    }
    app.switch_to(&round.lead_email).await;
    award_all_but_the_first(app, &round).await;
    accept_the_offers(app, &round).await;
    let (draft_owner, draft) = {
        let email = format!("drafter-{round_id}@example.org");
        let (_, draft) = app.applicant_with_draft(&round.scheme, &email).await;
        (email, draft)
    };
    let slug = app.round_slug(round_id).await;
    let (programme, pot) = (round.scheme.programme_id, round.scheme.pot_id);

    let mut counts = Counts::new();
    app.clear_cookies();
    for (page, path) in [("visitor: home", "/".to_string()), ("visitor: round", format!("/rounds/{slug}"))] {
        counts.insert(page, round_trips(app, page, &path).await);
    }
    counts.insert("visitor: awards", round_trips(app, "visitor: awards", "/awards").await);

    app.switch_to(&draft_owner).await;
    for (page, path) in [
        ("applicant: dashboard", "/dashboard".to_string()),
        ("applicant: bid task list", format!("/bids/{draft}")),
        ("applicant: check page", format!("/bids/{draft}/check")),
    ] {
        counts.insert(page, round_trips(app, page, &path).await);
    }

    app.switch_to(&format!("panel0-{round_id}@example.org")).await;
    for (page, path) in [
        ("panel: dashboard", "/dashboard".to_string()),
        ("panel: queue", "/panel".to_string()),
        ("panel: bid", format!("/panel/bids/{first}")),
    ] {
        counts.insert(page, round_trips(app, page, &path).await);
    }

    app.switch_to(&round.lead_email).await;
    for (page, path) in [
        ("lead: dashboard", "/dashboard".to_string()),
        ("lead: bid", format!("/manage/bids/{first}")),
        ("lead: round", format!("/manage/rounds/{round_id}")),
        ("lead: ranking", format!("/manage/rounds/{round_id}/ranking")),
        ("lead: programme", format!("/manage/programmes/{programme}")),
        ("lead: equity report", format!("/manage/programmes/{programme}/equity")),
        ("lead: pot report", format!("/manage/pots/{pot}/report")),
        ("lead: payments to make", format!("/manage/programmes/{programme}/payment-runs")),
    ] {
        counts.insert(page, round_trips(app, page, &path).await);
    }
    counts
}

/// The lead (signed in) awards every bid but the first, which stays undecided.
async fn award_all_but_the_first(app: &TestApp, round: &SentRound) {
    for bid in &round.bids[1..] {
        let awarded = app
            .submit(
                &format!("/manage/bids/{bid}/award"),
                &[("amount", "2000"), ("conditions", "Tell us if the sessions move"), ("payment_plan", "One payment")],
            )
            .await;
        assert_eq!(awarded.status, 303, "award: {}", awarded.text());
    }
    app.deliver_emails().await;
}

/// Each awarded group accepts its offer, so its grant runs and its first instalment is due; the
/// lead is signed in again at the end.
async fn accept_the_offers(app: &TestApp, round: &SentRound) {
    let acceptance = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];
    for (n, bid) in round.bids.iter().enumerate().skip(1) {
        app.switch_to(&TestApp::applicant_email(round, n)).await;
        assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &acceptance).await.status, 303, "accept bid {bid}");
    }
    app.switch_to(&round.lead_email).await;
}

/// The database round trips one request for `path` makes, with nothing kept from earlier
/// requests (so the count is the page's whole work, whatever else the database is doing), and
/// those of the same request made again straight after; the page must answer 200.
async fn round_trips(app: &TestApp, page: &str, path: &str) -> (u64, u64) {
    app.state.memos.forget_all();
    let counted = || async {
        let before = app.state.db.round_trips();
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{page} ({path}): {}", response.text());
        app.state.db.round_trips() - before
    };
    (counted().await, counted().await)
}
