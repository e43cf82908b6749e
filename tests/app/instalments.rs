//! A running grant's payment plan as dated instalments: one of the whole award on acceptance,
//! split by the lead into instalments that must add up to the award, shown to the group with
//! what is paid, and counted on the lead's dashboard when due.

use chrono::Duration;

use crate::common::TestApp;
use crate::on_both_databases;

const ACCEPTANCE: [(&str, &str); 3] = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];

fn day(app: &TestApp, days: i64) -> String {
    smallgrants::time::in_london(app.now() + Duration::days(days)).date_naive().format("%Y-%m-%d").to_string()
}

async fn a_running_grant_is_paid_in_dated_instalments(app: TestApp) {
    let round = app.round_with_awards("Instalment Fund", 1, "2000").await;
    let bid = round.bids[0];
    let applicant = TestApp::applicant_email(&round, 0);
    app.switch_to(&applicant).await;
    assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
    let award_id = app.db(move |conn| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap().id).await;
    let plan = app.db(move |conn| smallgrants::grants::instalments::of_award(conn, award_id).unwrap()).await;
    assert_eq!(plan.len(), 1, "one instalment of the whole award on acceptance");
    assert_eq!((plan[0].amount_pence, plan[0].due_on.format("%Y-%m-%d").to_string()), (200_000, day(&app, 0)));
    let page = app.get(&format!("/bids/{bid}")).await.text();
    assert!(page.contains("When we pay your grant") && page.contains("Not yet"), "{page}");

    app.switch_to(&round.lead_email).await;
    assert!(app.get("/dashboard").await.text().contains("1 instalment due to pay"));
    let (today, later) = (day(&app, 0), day(&app, 90));
    let wrong = [
        ("instalment_amount_1", "1500"),
        ("instalment_due_1", today.as_str()),
        ("instalment_amount_2", "600"),
        ("instalment_due_2", later.as_str()),
    ];
    let refused = app.submit(&format!("/manage/bids/{bid}/instalments"), &wrong).await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(text.contains("The instalments add up to £2,100; they must add up to the award of £2,000"), "{text}");
    assert!(text.contains(r#"value="600""#), "input kept");
    let half = app.submit(&format!("/manage/bids/{bid}/instalments"), &[("instalment_amount_1", "2000")]).await;
    assert_eq!(half.status, 422);
    assert!(half.text().contains("Enter the date this instalment is due"));
    assert_eq!(
        app.db(move |conn| smallgrants::grants::instalments::of_award(conn, award_id).unwrap()).await.len(),
        1,
        "nothing saved"
    );

    let split = [
        ("instalment_amount_1", "1500"),
        ("instalment_due_1", today.as_str()),
        ("instalment_amount_2", "500"),
        ("instalment_due_2", later.as_str()),
    ];
    assert_eq!(app.submit(&format!("/manage/bids/{bid}/instalments"), &split).await.status, 303);
    let plan = app.db(move |conn| smallgrants::grants::instalments::of_award(conn, award_id).unwrap()).await;
    assert_eq!(plan.iter().map(|i| i.amount_pence).collect::<Vec<_>>(), [150_000, 50_000]);
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "bid", bid).unwrap()).await;
    assert!(events.iter().any(|e| e.action == "instalments_changed"));
    let lead_page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(
        lead_page.contains(r#"name="instalment_amount_2" type="text""#) || lead_page.contains(r#"value="500""#),
        "the form shows the plan"
    );

    let paid = app
        .submit(
            &format!("/manage/bids/{bid}/payments"),
            &[("amount", "1500"), ("paid_on", today.as_str()), ("reference", "BACS 7")],
        )
        .await;
    assert_eq!(paid.status, 303, "{}", paid.text());
    assert!(!app.get("/dashboard").await.text().contains("due to pay"), "the next instalment is not due yet");
    app.switch_to(&applicant).await;
    let page = app.get(&format!("/bids/{bid}")).await.text();
    assert!(page.contains("Paid") && page.contains("Not yet") && page.contains("£500"), "{page}");

    // No one but the programme's leads changes them.
    app.switch_to(&applicant).await;
    let theirs = app.submit(&format!("/manage/bids/{bid}/instalments"), &split).await;
    assert!(matches!(theirs.status.as_u16(), 403 | 404), "{}", theirs.status);
}

on_both_databases!(a_running_grant_is_paid_in_dated_instalments);
