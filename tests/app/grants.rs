//! After the award: the offer accepted or turned down, payments that never exceed the award,
//! the light report with a recording, completion releasing underspend, cancelling, reminders,
//! and recordings forgotten after the retention period. Other people's ids are refused.

use chrono::Duration;
use smallgrants::bids::BidState;
use smallgrants::funds::Balances;
use smallgrants::grants::housekeeping;
use smallgrants::money::Pence;
use smallgrants::notifications::emails::Links;

use crate::common::applying::mp4_bytes;
use crate::common::people::fields;
use crate::common::reviewing::SentRound;
use crate::common::{FilePart, TestApp};
use crate::on_both_databases;

async fn round_money(app: &TestApp, round: &SentRound) -> Balances {
    let round_id = round.scheme.round_id;
    app.db(move |conn| smallgrants::funds::queries::round_balances(conn, round_id).unwrap()).await
}

fn today(app: &TestApp) -> String {
    smallgrants::time::in_london(app.now()).date_naive().format("%Y-%m-%d").to_string()
}

const ACCEPTANCE: [(&str, &str); 3] = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];

/// The report's own words; the programme's two starting measures are answered 42 and 12.
const REPORT: [(&str, &str); 3] = [
    ("story", "Twelve walks; three people now meet without us."),
    ("spent_as_planned", "no"),
    ("explanation", "Fewer sessions in the snow, so less room hire."),
];

async fn an_award_runs_from_offer_to_final_report_and_completion(app: TestApp) {
    let round = app.round_with_awards("Offer Fund", 1, "2000").await;
    let bid = round.bids[0];
    assert_eq!(round_money(&app, &round).await.committed, Pence::from_pounds(2_000));

    // The group sees the offer, with its conditions and how it will be paid.
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let offer = app.get(&format!("/bids/{bid}")).await.text();
    assert!(offer.contains("You have been offered £2,000") && offer.contains("you asked for £2,500"));
    assert!(offer.contains("Tell us if the sessions move") && offer.contains("Two instalments"));

    // Accepting needs a name, agreement and an answer about being named; input is kept.
    let incomplete = app.submit(&format!("/bids/{bid}/accept"), &[("accepted_name", "Amina Rahman")]).await;
    assert_eq!(incomplete.status, 422);
    let page = incomplete.text();
    assert!(page.contains("There is a problem") && page.contains(r#"value="Amina Rahman""#));
    assert!(page.contains("Choose whether your group can be named") && page.contains("Confirm the group agrees"));
    assert_eq!(app.bid(bid).await.state, BidState::Awarded, "nothing saved");

    assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
    assert_eq!(app.bid(bid).await.state, BidState::Active);
    let award = app.db(move |conn| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap()).await;
    assert_eq!(award.accepted_name, "Amina Rahman");
    assert!(award.accepted_at.is_some() && award.public_consent);
    let told = app.deliver_emails().await;
    assert!(told.iter().any(|e| e.kind == "offer_accepted" && e.to == round.lead_email));
    let twice = app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await;
    assert_eq!(twice.status, 409, "an offer is accepted once");

    // The lead pays the first instalment; a payment beyond what is left is refused at the field.
    app.switch_to(&round.lead_email).await;
    let first = app
        .submit(
            &format!("/manage/bids/{bid}/payments"),
            &[("amount", "1500"), ("paid_on", &today(&app)), ("reference", "BACS 0042")],
        )
        .await;
    assert_eq!(first.status, 303, "{}", first.text());
    let too_much =
        app.submit(&format!("/manage/bids/{bid}/payments"), &[("amount", "600"), ("paid_on", &today(&app))]).await;
    assert_eq!(too_much.status, 422);
    assert!(too_much.text().contains("Only £500 is left to pay on this award of £2,000"));
    assert!(too_much.text().contains(r#"value="600""#), "the amount typed is kept");
    let money = round_money(&app, &round).await;
    assert_eq!((money.paid, money.committed), (Pence::from_pounds(1_500), Pence::from_pounds(2_000)));
    let paid_email = app.deliver_emails().await;
    assert!(paid_email.iter().any(|e| e.kind == "payment_made" && e.text.contains("£1,500")));

    // The group sees the payment, and sends its report with a recording.
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let running = app.get(&format!("/bids/{bid}")).await.text();
    assert!(running.contains("£1,500") && running.contains("BACS 0042") && running.contains("Send your short report"));
    let programme = round.scheme.programme_id;
    let lots = app.measure_answers(programme, &["lots"]).await;
    let empty = app.upload_form(&format!("/bids/{bid}/report"), &fields(&lots, &[]), None).await;
    assert_eq!(empty.status, 422);
    let problems = empty.text();
    assert!(problems.contains("Enter “People reached” as a whole number") && problems.contains(r#"value="lots""#));
    assert!(problems.contains("Tell us briefly how it went"));
    let video = mp4_bytes(4_096);
    let recording = FilePart { field: "recording", filename: "our-year.mp4", content_type: "video/mp4", bytes: &video };
    let counts = app.measure_answers(programme, &["42", "12"]).await;
    let sent = app.upload_form(&format!("/bids/{bid}/report"), &fields(&counts, &REPORT), Some(recording)).await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let report_told = app.deliver_emails().await;
    assert!(report_told.iter().any(|e| e.kind == "report_received" && e.to == round.lead_email));
    let with_report = app.get(&format!("/bids/{bid}")).await.text();
    assert!(with_report.contains("Twelve walks; three people now meet without us."));
    assert!(with_report.contains("Change your report") && with_report.contains("Fewer sessions in the snow"));
    let played = app.get(&format!("/bids/{bid}/report/recording")).await;
    assert_eq!((played.status.as_u16(), played.body.len()), (200, 4_096));
    assert_eq!(played.header("content-type").as_deref(), Some("video/mp4"));

    // The lead sees the report and completes the grant: the unpaid £500 goes back as underspend.
    app.switch_to(&round.lead_email).await;
    let lead_page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(lead_page.contains("Fewer sessions in the snow") && lead_page.contains("£500"));
    assert_eq!(app.get(&format!("/manage/bids/{bid}/report/recording")).await.status, 200);
    let completed = app.submit(&format!("/manage/bids/{bid}/complete"), &[]).await;
    assert_eq!(completed.status, 303, "{}", completed.text());
    assert_eq!(app.bid(bid).await.state, BidState::Completed);
    let money = round_money(&app, &round).await;
    assert_eq!(
        (money.committed, money.paid, money.released),
        (Pence::from_pounds(1_500), Pence::from_pounds(1_500), Pence::from_pounds(500))
    );
    let pot_id = round.scheme.pot_id;
    let pot = app.db(move |conn| smallgrants::funds::queries::pot_balances(conn, pot_id).unwrap()).await;
    assert!(pot.is_consistent() && pot.released == Pence::from_pounds(500), "{pot:?}");
    let late = app.submit(&format!("/manage/bids/{bid}/payments"), &[("amount", "1"), ("paid_on", &today(&app))]).await;
    assert_eq!(late.status, 422);
    assert!(late.text().contains("no payments can be made on it"));
    let done = app.deliver_emails().await;
    assert!(done.iter().any(|e| e.kind == "grant_completed" && e.to == TestApp::applicant_email(&round, 0)));
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "bid", bid).unwrap()).await;
    for action in ["offer_accepted", "payment_recorded", "report_submitted", "completed"] {
        assert!(events.iter().any(|e| e.action == action), "audit has {action}");
    }
}

/// An offer comes from the programme's team: signed with its contact, with replies going to its
/// address, and it says by when to accept and when the report is due; the group's page and the
/// lead's say the date to accept by too. A date to accept by that has passed is refused at its
/// field.
async fn an_offer_comes_from_the_programme_team_with_its_dates(app: TestApp) {
    let round = app.round_with_sent_bids("Voice Fund", 1).await;
    let (programme, bid) = (round.scheme.programme_id, round.bids[0]);
    app.db(move |conn| {
        use diesel::prelude::*;
        use smallgrants::db::schema::programmes;
        diesel::update(programmes::table.find(programme))
            .set((
                programmes::team_name.eq("Voice Fund Grants Team"),
                programmes::contact_email.eq("voice-team@example.org"),
                programmes::contact_phone.eq("0121 496 0001"),
                programmes::contact_hours.eq("Tuesdays, 10am to 2pm"),
            ))
            .execute(conn)
            .unwrap()
    })
    .await;
    app.to_the_panel(&round).await;

    let today = smallgrants::time::in_london(app.now()).date_naive();
    let yesterday = (today - Duration::days(1)).format("%Y-%m-%d").to_string();
    let award = format!("/manage/bids/{bid}/award");
    let past = app.submit(&award, &[("amount", "2000"), ("accept_by", &yesterday)]).await;
    assert_eq!(past.status, 422);
    let page = past.text();
    assert!(
        page.contains(r#"<p class="error-message" id="accept_by-error">"#)
            && page.contains("Enter a date after today, like 2027-01-15"),
        "the message is at the field: {page}"
    );
    assert!(page.contains(&format!(r#"value="{yesterday}""#)), "the date typed is kept");
    assert_eq!(app.bid(bid).await.state, BidState::InReview, "nothing decided");

    let accept_by = today + Duration::days(10);
    let awarded =
        app.submit(&award, &[("amount", "2000"), ("accept_by", &accept_by.format("%Y-%m-%d").to_string())]).await;
    assert_eq!(awarded.status, 303, "{}", awarded.text());
    let saved = app.db(move |conn| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap()).await;
    assert_eq!(saved.accept_by_on, Some(accept_by));
    let report_due = saved.report_due_on.expect("the usual report date");
    let queued = app.db(|conn| smallgrants::notifications::outbox::unsent(conn).unwrap()).await;
    let stored = queued.iter().find(|row| row.kind == "bid_awarded").expect("the offer is queued");
    assert_eq!(stored.reply_to.as_deref(), Some("voice-team@example.org"), "kept with the queued email");

    let emails = app.deliver_emails().await;
    let offer = emails.iter().find(|e| e.kind == "bid_awarded").expect("the offer");
    assert_eq!(offer.to, TestApp::applicant_email(&round, 0));
    assert_eq!(offer.reply_to.as_deref(), Some("voice-team@example.org"));
    let tr = smallgrants::i18n::Tr::source();
    assert!(
        offer.text.contains(&format!("accept it on the portal by {}.", tr.date(accept_by)))
            && offer.text.contains(&format!("report will be due on {}.", tr.date(report_due))),
        "{}",
        offer.text
    );
    assert!(
        offer.text.ends_with(
            "-- \nVoice Fund Grants Team\nfor Riverside ICB\nEmail: voice-team@example.org\nPhone: 0121 496 0001\n\
             When we answer: Tuesdays, 10am to 2pm"
        ),
        "signed by the team: {}",
        offer.text
    );
    assert!(!offer.text.contains("you can ignore it"), "{}", offer.text);

    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let group_page = app.get(&format!("/bids/{bid}")).await.text();
    assert!(
        group_page
            .contains(&format!("Please accept or turn down the offer by <strong>{}</strong>.", tr.date(accept_by))),
        "{group_page}"
    );
    app.switch_to(&round.lead_email).await;
    let lead_page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(
        lead_page.contains(&format!(
            r#"<dt class="summary-list__key">Asked to accept by</dt><dd class="summary-list__value">{}</dd>"#,
            tr.date(accept_by)
        )),
        "{lead_page}"
    );
}

async fn declined_offers_and_cancelled_awards_give_the_money_back(app: TestApp) {
    let round = app.round_with_awards("Return Fund", 2, "2000").await;
    let [turned_down, cancelled] = round.bids[..] else { unreachable!() };
    assert_eq!(round_money(&app, &round).await.committed, Pence::from_pounds(4_000));

    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let declined =
        app.submit(&format!("/bids/{turned_down}/decline-offer"), &[("reason", "Our hall closed for repairs")]).await;
    assert_eq!(declined.status, 303);
    assert_eq!(app.bid(turned_down).await.state, BidState::Cancelled);
    let money = round_money(&app, &round).await;
    assert_eq!((money.committed, money.released), (Pence::from_pounds(2_000), Pence::from_pounds(2_000)));

    app.switch_to(&TestApp::applicant_email(&round, 1)).await;
    assert_eq!(app.submit(&format!("/bids/{cancelled}/accept"), &ACCEPTANCE).await.status, 303);

    app.switch_to(&round.lead_email).await;
    let on_declined = app
        .submit(&format!("/manage/bids/{turned_down}/payments"), &[("amount", "10"), ("paid_on", &today(&app))])
        .await;
    assert_eq!(on_declined.status, 422);
    assert!(on_declined.text().contains("This award is cancelled: no payments can be made on it"));
    let paid = app
        .submit(&format!("/manage/bids/{cancelled}/payments"), &[("amount", "500"), ("paid_on", &today(&app))])
        .await;
    assert_eq!(paid.status, 303);
    let no_reason = app.submit(&format!("/manage/bids/{cancelled}/cancel"), &[("reason", " ")]).await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.text().contains("Give the reason for cancelling"));
    let cancel =
        app.submit(&format!("/manage/bids/{cancelled}/cancel"), &[("reason", "The group has closed down.")]).await;
    assert_eq!(cancel.status, 303, "{}", cancel.text());
    let money = round_money(&app, &round).await;
    assert_eq!(
        (money.committed, money.paid, money.released),
        (Pence::from_pounds(500), Pence::from_pounds(500), Pence::from_pounds(3_500)),
        "only what was paid stays committed"
    );
    let on_cancelled =
        app.submit(&format!("/manage/bids/{cancelled}/payments"), &[("amount", "10"), ("paid_on", &today(&app))]).await;
    assert_eq!(on_cancelled.status, 422);
    assert_eq!(round_money(&app, &round).await.paid, Pence::from_pounds(500), "nothing saved");
    let emails = app.deliver_emails().await;
    assert!(emails.iter().any(|e| e.kind == "offer_declined" && e.to == round.lead_email));
    assert!(emails.iter().any(|e| e.kind == "award_cancelled" && e.text.contains("The group has closed down.")));
}

async fn no_one_else_can_accept_report_or_pay(app: TestApp) {
    let round = app.round_with_awards("Guarded Fund", 2, "1000").await;
    let [theirs, mine] = round.bids[..] else { unreachable!() };

    // Another group's applicant: every door to the first bid is closed.
    app.switch_to(&TestApp::applicant_email(&round, 1)).await;
    assert_eq!(app.submit(&format!("/bids/{theirs}/accept"), &ACCEPTANCE).await.status, 404);
    assert_eq!(app.submit(&format!("/bids/{theirs}/decline-offer"), &[]).await.status, 404);
    assert_eq!(app.bid(theirs).await.state, BidState::Awarded);
    assert_eq!(app.submit(&format!("/bids/{mine}/accept"), &ACCEPTANCE).await.status, 303);
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    assert_eq!(app.submit(&format!("/bids/{theirs}/accept"), &ACCEPTANCE).await.status, 303);
    app.switch_to(&TestApp::applicant_email(&round, 1)).await;
    assert_eq!(app.get(&format!("/bids/{theirs}/report")).await.status, 404);
    let counts = app.measure_answers(round.scheme.programme_id, &["42", "12"]).await;
    let report = app.upload_form(&format!("/bids/{theirs}/report"), &fields(&counts, &REPORT), None).await;
    assert_eq!(report.status, 404, "a report for another group's bid");
    assert!(app.db(move |conn| smallgrants::grants::queries::report_of(conn, theirs).unwrap()).await.is_none());
    assert_eq!(app.get(&format!("/bids/{theirs}/report/recording")).await.status, 404);

    // A lead of another programme cannot pay, cancel or complete this programme's awards.
    app.clear_cookies();
    app.programme_with_lead("Elsewhere", "other-lead@example.org").await;
    for (action, fields) in [
        ("payments", vec![("amount", "10".to_string()), ("paid_on", today(&app))]),
        ("cancel", vec![("reason", "Because".to_string())]),
        ("complete", vec![]),
    ] {
        let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = app.submit(&format!("/manage/bids/{mine}/{action}"), &borrowed).await;
        assert_eq!(response.status, 403, "{action}");
    }
    assert_eq!(app.get(&format!("/manage/bids/{mine}/report/recording")).await.status, 403);
    let money = round_money(&app, &round).await;
    assert_eq!((money.paid, money.released), (Pence(0), Pence(0)));
    assert_eq!(app.bid(mine).await.state, BidState::Active);
}

async fn report_reminders_go_once_before_and_once_after_the_due_date(app: TestApp) {
    let round = app.round_with_awards("Reminder Fund", 1, "800").await;
    let bid = round.bids[0];
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
    app.deliver_emails().await;
    let due = app
        .db(move |conn| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap().report_due_on.unwrap())
        .await;
    let at = |date: chrono::NaiveDate| date.and_hms_opt(12, 0, 0).unwrap();
    let remind = |now| {
        app.db(move |conn| {
            housekeeping::send_report_reminders(conn, &Links::new("http://localhost:8080"), now).unwrap()
        })
    };
    assert_eq!(remind(at(due - Duration::days(30))).await, 0, "too early");
    assert_eq!(remind(at(due - Duration::days(13))).await, 1);
    assert_eq!(remind(at(due - Duration::days(12))).await, 0, "the first reminder goes once");
    assert_eq!(remind(at(due + Duration::days(3))).await, 0);
    assert_eq!(remind(at(due + Duration::days(8))).await, 1);
    assert_eq!(remind(at(due + Duration::days(40))).await, 0, "and the last once");
    let emails = app.deliver_emails_at(at(due + Duration::days(40))).await;
    let kinds: Vec<&str> = emails.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["report_due_soon", "report_overdue"]);
    assert!(emails[0].text.contains(&format!("/bids/{bid}/report")));
}

async fn recordings_are_forgotten_after_the_retention_period_but_decisions_stay(app: TestApp) {
    let scheme = app.programme_with_round("Forgetful Fund", "lead-forget@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "recorder@example.org").await;
    let uploaded =
        app.upload(&format!("/bids/{bid}/recording"), "recording", "us.mp4", "video/mp4", &mp4_bytes(2_048)).await;
    assert_eq!(uploaded.status, 303);
    assert_eq!(app.submit(&format!("/bids/{bid}/submit"), &[]).await.status, 303);
    let file = app.db(move |conn| smallgrants::bids::queries::files_of(conn, bid).unwrap().remove(0)).await;
    app.switch_to("lead-forget@example.org").await;
    let declined = app
        .submit(&format!("/manage/bids/{bid}/ineligible"), &[("reason", "A strong idea, but outside the area.")])
        .await;
    assert_eq!(declined.status, 303);

    let (db, storage) = (app.state.db.clone(), app.state.storage.clone());
    let keep = Duration::days(365);
    let soon = housekeeping::forget_old_recordings(&db, &storage, keep, app.now() + Duration::days(100)).await.unwrap();
    assert_eq!(soon, 0, "kept within the retention period");
    let later =
        housekeeping::forget_old_recordings(&db, &storage, keep, app.now() + Duration::days(400)).await.unwrap();
    assert_eq!(later, 1);
    let key = smallgrants::storage::StorageKey::from_stored(&file.storage_key).unwrap();
    assert!(storage.size(&key).await.is_err(), "the bytes are gone");
    assert!(app.db(move |conn| smallgrants::bids::queries::files_of(conn, bid).unwrap()).await.is_empty());
    let kept = app.bid(bid).await;
    assert_eq!(kept.state, BidState::Ineligible);
    assert_eq!(kept.decision_note, "A strong idea, but outside the area.");
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "bid", bid).unwrap()).await;
    assert!(
        events.iter().any(|e| e.action == "recording_deleted")
            && events.iter().any(|e| e.action == "marked_ineligible")
    );
    let again =
        housekeeping::forget_old_recordings(&db, &storage, keep, app.now() + Duration::days(500)).await.unwrap();
    assert_eq!(again, 0, "forgotten once");
}

async fn a_group_downloads_everything_held_about_it(app: TestApp) {
    let round = app.round_with_awards("Data Fund", 2, "1200").await;
    let bid = round.bids[0];
    let group = app.bid(bid).await.group_id;
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
    app.switch_to(&round.lead_email).await;
    let paid =
        app.submit(&format!("/manage/bids/{bid}/payments"), &[("amount", "1200"), ("paid_on", &today(&app))]).await;
    assert_eq!(paid.status, 303);

    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let download = app.get(&format!("/groups/{group}/data.json")).await;
    assert_eq!(download.status, 200);
    assert!(download.header("content-disposition").unwrap().contains("attachment"));
    let data: serde_json::Value = serde_json::from_slice(&download.body).unwrap();
    assert_eq!(data["group"]["id"], group);
    assert_eq!(data["members"][0]["email"], TestApp::applicant_email(&round, 0));
    let ours = &data["bids"][0];
    assert_eq!(ours["bid"]["title"], "Walk and talk");
    assert_eq!(ours["award"]["amount_pence"], 120_000);
    assert_eq!(ours["award"]["accepted_name"], "Amina Rahman");
    assert_eq!(ours["payments"][0]["amount_pence"], 120_000);
    let steps: Vec<&str> = ours["history"].as_array().unwrap().iter().map(|e| e["what"].as_str().unwrap()).collect();
    assert!(steps.contains(&"submitted") && steps.contains(&"awarded") && steps.contains(&"offer_accepted"));
    assert!(!download.text().contains("storage_key"), "no internal storage keys");

    app.switch_to(&TestApp::applicant_email(&round, 1)).await;
    assert_eq!(app.get(&format!("/groups/{group}/data.json")).await.status, 404, "another group's data");
}

on_both_databases!(
    a_group_downloads_everything_held_about_it,
    an_award_runs_from_offer_to_final_report_and_completion,
    an_offer_comes_from_the_programme_team_with_its_dates,
    declined_offers_and_cancelled_awards_give_the_money_back,
    no_one_else_can_accept_report_or_pay,
    report_reminders_go_once_before_and_once_after_the_due_date,
    recordings_are_forgotten_after_the_retention_period_but_decisions_stay,
);
