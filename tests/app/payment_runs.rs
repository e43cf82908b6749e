//! Payment runs: the lead chooses the payments due, is refused (with the groups named) any whose
//! bank details are not confirmed, takes a Bacs file (or the site admin's finance layout) to the
//! bank, and marks the run paid: every payment recorded at once, or none, and never twice.

use std::sync::{Arc, Barrier};

use diesel::prelude::*;
use smallgrants::db::schema::{payment_runs, payments};

use crate::common::TestApp;
use crate::common::reviewing::SentRound;
use crate::on_both_databases;

const ACCEPTANCE: [(&str, &str); 3] = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];
const CALL_BACK: [(&str, &str); 3] =
    [("called_name", "Amina Rahman"), ("called_number", "0161 496 0000"), ("read_back", "yes")];

fn today(app: &TestApp) -> String {
    smallgrants::time::in_london(app.now()).date_naive().format("%Y-%m-%d").to_string()
}

/// Each bid's offer accepted by its group, which gives `details[n]` (none when `None`); the lead
/// confirms after a call back the groups listed in `confirmed` and is signed in at the end.
async fn accepted_awards(app: &TestApp, details: &[Option<[(&str, &str); 3]>], confirmed: &[usize]) -> SentRound {
    let round = app.round_with_awards("Run Fund", details.len(), "2000").await;
    for (n, given) in details.iter().enumerate() {
        let bid = round.bids[n];
        let group = app.bid(bid).await.group_id;
        app.switch_to(&TestApp::applicant_email(&round, n)).await;
        assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
        if let Some(given) = given {
            assert_eq!(app.submit(&format!("/groups/{group}/bank-details"), given).await.status, 303);
        }
    }
    app.switch_to(&round.lead_email).await;
    for n in confirmed {
        let call_back =
            app.submit(&format!("/manage/bids/{}/bank-details/call-back", round.bids[*n]), &CALL_BACK).await;
        assert_eq!(call_back.status, 303, "{}", call_back.text());
    }
    app.deliver_emails().await;
    round
}

fn details(name: &'static str, number: &'static str) -> Option<[(&'static str, &'static str); 3]> {
    Some([("account_name", name), ("sort_code", "30-94-57"), ("account_number", number)])
}

async fn payments_of(app: &TestApp, bid: i64) -> Vec<i64> {
    app.db(move |conn| {
        let award = smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap();
        payments::table
            .filter(payments::award_id.eq(award.id))
            .select(payments::amount_pence)
            .load::<i64>(conn)
            .unwrap()
    })
    .await
}

async fn group_name(app: &TestApp, bid: i64) -> String {
    let group = app.bid(bid).await.group_id;
    app.db(move |conn| smallgrants::groups::queries::find(conn, group).unwrap().unwrap().name).await
}

async fn reference_of(app: &TestApp, bid: i64) -> String {
    app.bid(bid).await.reference.unwrap()
}

async fn a_run_pays_confirmed_groups_and_names_the_ones_held(app: TestApp) {
    let round = accepted_awards(
        &app,
        &[details("Riverside Walkers", "12345678"), details("Hope Circle", "87654321"), None],
        &[0],
    )
    .await;
    let (ready, waiting) = (round.bids[0], round.bids[1]);
    let programme = round.scheme.programme_id;
    let list = format!("/manage/programmes/{programme}/payment-runs");

    // The lead sees what is ready, and what is due but held and why.
    let page = app.get(&list).await.text();
    assert!(page.contains("Ready to pay") && page.contains("1 payment ready, £2,000 in all."), "{page}");
    assert!(page.contains("Due but held"));
    assert!(page.contains("have not been checked yet") && page.contains("the group has not given bank details yet"));
    assert!(!page.contains("12345678"), "never the account number on a page");

    // A run with a held payment is refused, naming the group; nothing is made.
    let awards = app
        .db(move |conn| {
            [ready, waiting].map(|bid| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap().id)
        })
        .await;
    let (ready_award, waiting_award) = (awards[0].to_string(), awards[1].to_string());
    let refused = app.submit(&list, &[("award", &ready_award), ("award", &waiting_award)]).await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(text.contains("No run was made: 1 payment chosen is held"), "{text}");
    let waiting_name = group_name(&app, waiting).await;
    assert!(text.contains(&waiting_name), "the held group is named");
    assert_eq!(app.db(|conn| payment_runs::table.count().get_result::<i64>(conn).unwrap()).await, 0);
    assert_eq!(app.submit(&list, &[]).await.status, 422, "at least one payment is chosen");

    let made = app.submit(&list, &[("award", &ready_award)]).await;
    let run_page = made.location().expect("to the run's page");
    let run = run_page.rsplit('/').next().unwrap().to_string();
    let page = app.get(&run_page).await.text();
    assert!(page.contains("••••5678") && page.contains("Not yet paid") && !page.contains("12345678"));
    assert!(!app.get(&list).await.text().contains("1 payment ready"), "a payment in a run is not offered again");

    // The Bacs file: one line per payment, in the bank's order, never cached; each download recorded.
    let file = app.submit(&format!("{run_page}/bacs.csv"), &[]).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.header("cache-control").as_deref(), Some("no-store"));
    assert!(file.header("content-disposition").unwrap().contains("attachment"));
    let reference = reference_of(&app, ready).await;
    assert_eq!(file.text(), format!("30-94-57,12345678,RIVERSIDE WALKERS,2000.00,{reference}\r\n"));
    let run_id: i64 = run.parse().unwrap();
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "payment_run", run_id).unwrap()).await;
    assert!(events.iter().any(|e| e.action == "payment_run_made"));
    assert!(events.iter().any(|e| e.action == "payment_file_taken"));
    assert!(events.iter().all(|e| !e.details.as_deref().unwrap_or_default().contains("12345678")));

    // The finance layout exists only once the site admin sets it; leads cannot set it.
    assert_eq!(app.submit(&format!("{run_page}/finance.csv"), &[]).await.status, 404);
    assert_eq!(app.get("/manage/payment-file-layout").await.status, 403);
    let admin = app.person_in_database("Site Admin", "site-admin@example.org", true).await;
    app.give_app(admin.id).await;
    app.switch_to("site-admin@example.org").await;
    let short =
        app.submit("/manage/payment-file-layout", &[("heading_1", "Supplier"), ("field_1", "group_name")]).await;
    assert_eq!(short.status, 422);
    let text = short.text();
    assert!(
        text.contains("needs a sort code, an account number and an amount") && text.contains(r#"value="Supplier""#)
    );
    let layout = [
        ("heading_1", "Supplier"),
        ("field_1", "group_name"),
        ("heading_2", "Sort"),
        ("field_2", "sort_code"),
        ("heading_3", "Account"),
        ("field_3", "account_number"),
        ("heading_4", "Net (p)"),
        ("field_4", "amount_pence"),
    ];
    assert_eq!(app.submit("/manage/payment-file-layout", &layout).await.status, 303);
    app.switch_to(&round.lead_email).await;
    let finance = app.submit(&format!("{run_page}/finance.csv"), &[]).await;
    assert_eq!(finance.status, 200);
    let ready_name = group_name(&app, ready).await;
    assert_eq!(finance.text(), format!("Supplier,Sort,Account,Net (p)\r\n{ready_name},30-94-57,12345678,200000\r\n"));

    // No one else reaches the run: another programme's lead, a panel member, the group.
    let other = app.programme_with_round("Another Fund", "other-lead@example.org").await;
    assert!(other.programme_id != programme);
    for outsider in ["other-lead@example.org".to_string(), TestApp::applicant_email(&round, 0)] {
        app.switch_to(&outsider).await;
        assert_eq!(app.get(&run_page).await.status, 404, "{outsider}");
        assert_ne!(app.submit(&format!("{run_page}/bacs.csv"), &[]).await.status, 200, "{outsider}");
        assert_ne!(app.submit(&format!("{run_page}/mark-paid"), &[("paid_on", &today(&app))]).await.status, 303);
        assert_ne!(app.get(&list).await.status, 200, "{outsider}");
    }
    app.switch_to(&format!("panel0-{}@example.org", round.scheme.round_id)).await;
    assert_ne!(app.get(&run_page).await.status, 200);

    // Marking it paid asks first; a day in the future is refused at its field, kept.
    app.switch_to(&round.lead_email).await;
    let ask = app.get(&format!("{run_page}/mark-paid")).await.text();
    assert!(ask.contains("You cannot undo this") && ask.contains("This records 1 payment, £2,000 in all"));
    let tomorrow = smallgrants::time::in_london(app.now() + chrono::Duration::days(1)).date_naive().to_string();
    let early = app.submit(&format!("{run_page}/mark-paid"), &[("paid_on", &tomorrow)]).await;
    assert_eq!(early.status, 422);
    assert!(early.text().contains("cannot be in the future") && early.text().contains(&tomorrow));
    assert!(payments_of(&app, ready).await.is_empty(), "nothing recorded");
    let paid = app.submit(&format!("{run_page}/mark-paid"), &[("paid_on", &today(&app))]).await;
    assert_eq!(paid.status, 303, "{}", paid.text());
    assert_eq!(payments_of(&app, ready).await, [200_000]);
    assert!(app.get(&run_page).await.text().contains("Marked paid by"));
    let emails = app.deliver_emails().await;
    assert!(emails.iter().any(|e| e.kind == "payment_made" && e.to == TestApp::applicant_email(&round, 0)));
    let again = app.submit(&format!("{run_page}/mark-paid"), &[("paid_on", &today(&app))]).await;
    assert_eq!(again.status, 409);
    assert!(again.text().contains("already marked paid"));
    assert_eq!(payments_of(&app, ready).await, [200_000], "never twice");
}

async fn a_run_is_paid_all_or_nothing_and_once(app: TestApp) {
    let round =
        accepted_awards(&app, &[details("Riverside Walkers", "12345678"), details("Hope Circle", "87654321")], &[0, 1])
            .await;
    let (first, second) = (round.bids[0], round.bids[1]);
    let list = format!("/manage/programmes/{}/payment-runs", round.scheme.programme_id);
    let awards = app
        .db(move |conn| {
            [first, second]
                .map(|bid| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap().id.to_string())
        })
        .await;
    let made = app.submit(&list, &[("award", &awards[0]), ("award", &awards[1])]).await;
    let run_page = made.location().expect("a run");

    // Meanwhile £500 of the second grant is paid by hand: the run's £2,000 would be too much.
    let by_hand = app
        .submit(
            &format!("/manage/bids/{second}/payments"),
            &[("amount", "500"), ("paid_on", &today(&app)), ("reference", "Cheque 12")],
        )
        .await;
    assert_eq!(by_hand.status, 303, "{}", by_hand.text());
    let refused = app.submit(&format!("{run_page}/mark-paid"), &[("paid_on", &today(&app))]).await;
    assert_eq!(refused.status, 409);
    let text = refused.text();
    let second_name = group_name(&app, second).await;
    assert!(text.contains("Nothing was recorded") && text.contains(&second_name), "{text}");
    assert!(payments_of(&app, first).await.is_empty(), "the first payment is not recorded either");
    assert_eq!(payments_of(&app, second).await, [50_000]);
    assert!(app.get(&run_page).await.text().contains("Not yet paid"));

    // Cancelled, the payments are due again (the second at what is left of it).
    assert_eq!(app.submit(&format!("{run_page}/cancel"), &[]).await.status, 303);
    let page = app.get(&list).await.text();
    assert!(page.contains("2 payments ready, £3,500 in all."), "{page}");
    let made = app.submit(&list, &[("award", &awards[0]), ("award", &awards[1])]).await;
    let run_id: i64 = made.location().expect("a new run").rsplit('/').next().unwrap().parse().unwrap();

    // Two leads mark it paid at the same moment: it is recorded once.
    let (db, links, now) = (app.state.db.clone(), app.state.links(), app.now());
    let paid_on = smallgrants::time::in_london(now).date_naive();
    let lead_id = round.scheme.lead_id;
    let outcomes = tokio::task::spawn_blocking(move || {
        let barrier = Arc::new(Barrier::new(2));
        let threads: Vec<_> = (0..2)
            .map(|_| {
                let (db, links, barrier) = (db.clone(), links.clone(), barrier.clone());
                std::thread::spawn(move || {
                    let mut conn = db.get().expect("a connection for each lead");
                    barrier.wait();
                    smallgrants::payment_runs::actions::mark_paid(&mut conn, lead_id, run_id, paid_on, &links, now)
                })
            })
            .collect();
        threads.into_iter().map(|thread| thread.join().unwrap()).collect::<Vec<_>>()
    })
    .await
    .unwrap();
    assert_eq!(outcomes.iter().filter(|outcome| outcome.is_ok()).count(), 1, "{outcomes:?}");
    assert_eq!(payments_of(&app, first).await, [200_000]);
    assert_eq!(payments_of(&app, second).await, [50_000, 150_000]);
    let ledger = app
        .db(move |conn| {
            use smallgrants::db::schema::ledger_entries;
            ledger_entries::table
                .filter(ledger_entries::kind.eq("payment"))
                .select(ledger_entries::amount_pence)
                .load::<i64>(conn)
                .unwrap()
        })
        .await;
    assert_eq!(ledger.iter().sum::<i64>(), 400_000, "the ledger holds each payment once: {ledger:?}");
}

on_both_databases!(a_run_pays_confirmed_groups_and_names_the_ones_held, a_run_is_paid_all_or_nothing_and_once);
