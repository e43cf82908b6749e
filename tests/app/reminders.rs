//! Deadlines for unsent drafts: reminders 7 days and 1 day before a round closes (once each,
//! never for a sent or withdrawn bid, never to someone who turned them off), the group's answers
//! emailed once when the round has closed, and turning the reminders off and on again on the
//! account page.

use chrono::{Duration, NaiveDateTime};
use smallgrants::grants::housekeeping;
use smallgrants::i18n::Tr;
use smallgrants::money::Pence;
use smallgrants::notifications::SentEmail;
use smallgrants::notifications::emails::Links;

use crate::common::TestApp;
use crate::on_both_databases;

on_both_databases!(
    unsent_drafts_are_reminded_once_each_and_sent_their_answers_at_the_close,
    a_person_turns_deadline_reminders_off_and_on_on_their_account_page,
);

/// Runs the housekeeping job at the app's clock; answers how many drafts had a notice queued.
async fn draft_notices(app: &TestApp) -> usize {
    let now = app.now();
    app.db(move |conn| housekeeping::send_draft_notices(conn, &Links::new("http://localhost:8080"), now).unwrap()).await
}

fn move_clock_to(app: &TestApp, at: NaiveDateTime) {
    assert!(at >= app.now(), "the clock only moves on");
    app.advance(at - app.now());
}

/// Who got which email, in order of address.
fn delivered(emails: &[SentEmail]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = emails.iter().map(|e| (e.to.clone(), e.kind.clone())).collect();
    pairs.sort();
    pairs
}

fn pair(to: &str, kind: &str) -> (String, String) {
    (to.to_string(), kind.to_string())
}

fn to<'a>(emails: &'a [SentEmail], address: &str) -> &'a SentEmail {
    emails.iter().find(|e| e.to == address).unwrap_or_else(|| panic!("no email to {address}"))
}

async fn unsent_drafts_are_reminded_once_each_and_sent_their_answers_at_the_close(app: TestApp) {
    let scheme = app.programme_with_round("Deadline Fund", "lead-deadline@example.org").await;
    let round_id = scheme.round_id;
    let round = app.db(move |conn| smallgrants::rounds::queries::find(conn, round_id).unwrap().unwrap()).await;
    let closes = round.closes_at;

    // Three complete drafts: one stays unsent, one will be sent after the first reminder, one is
    // withdrawn at once.
    let (_, ready) = app.applicant_with_draft(&scheme, "ready@example.org").await;
    let (_, sent) = app.applicant_with_draft(&scheme, "sender@example.org").await;
    let (_, withdrawn) = app.applicant_with_draft(&scheme, "leaver@example.org").await;
    assert_eq!(app.submit(&format!("/bids/{withdrawn}/withdraw"), &[]).await.status, 303);
    // A half-done draft (no need, reach and impact yet) by someone who reads Polish.
    app.clear_cookies();
    let quiet = app.signed_in_person("Piotr Nowak", "quiet@example.org").await;
    assert_eq!(app.get("/account?lang=pl").await.status, 200);
    let saved = app.db(move |conn| smallgrants::accounts::queries::find_person(conn, quiet.id).unwrap().unwrap()).await;
    assert_eq!(saved.language.as_deref(), Some("pl"));
    let group = app.create_group("Sunday Tables").await;
    let half = app.start_bid(&round.slug, group).await;
    let money = [
        ("title", "Sunday lunches"),
        ("summary", "Lunch for people on their own"),
        ("amount_requested", "1200"),
        ("purpose", "Food and room hire"),
        ("then", "continue"),
    ];
    assert_eq!(app.save_bid_part(half, "money", &money).await.status, 303);
    let case = [("need", "Nobody to eat with on Sundays."), ("then", "later")];
    assert_eq!(app.save_bid_part(half, "case", &case).await.status, 303);
    app.deliver_emails().await;

    assert_eq!(draft_notices(&app).await, 0, "four weeks before the close");
    move_clock_to(&app, closes - Duration::days(7) - Duration::minutes(1));
    assert_eq!(draft_notices(&app).await, 0, "a minute before the first reminder");
    assert!(app.deliver_emails().await.is_empty());

    // 7 days before: each unsent draft's group is reminded, once.
    move_clock_to(&app, closes - Duration::days(7) + Duration::minutes(1));
    assert_eq!(draft_notices(&app).await, 3, "ready, sender and the half-done draft");
    assert_eq!(draft_notices(&app).await, 0, "the first reminder goes once");
    app.advance(Duration::hours(6));
    assert_eq!(draft_notices(&app).await, 0, "and stays sent");
    let week = app.deliver_emails().await;
    assert_eq!(
        delivered(&week),
        [
            pair("quiet@example.org", "draft_reminder_week"),
            pair("ready@example.org", "draft_reminder_week"),
            pair("sender@example.org", "draft_reminder_week"),
        ],
        "nothing for the withdrawn bid"
    );
    let english = to(&week, "ready@example.org");
    let closing = Tr::source().london_datetime(closes);
    assert!(
        english.subject.contains("Deadline Fund round") && english.subject.contains(&closing),
        "{}",
        english.subject
    );
    assert!(
        english.text.contains("Walk and talk")
            && english.text.contains(&format!("The round closes on {closing} (UK time)"))
            && english.text.contains("Everything is filled in")
            && english.text.contains(&format!("http://localhost:8080/bids/{ready}\n"))
            && english.text.contains("http://localhost:8080/account"),
        "{}",
        english.text
    );
    let polish = to(&week, "quiet@example.org");
    assert!(
        polish.text.starts_with("Dzień dobry")
            && polish.text.contains("Sunday lunches")
            && polish.text.contains("Zostało do zrobienia: potrzeba, zasięg i efekty")
            && polish.text.contains(&Tr::for_code("pl").unwrap().london_datetime(closes)),
        "{}",
        polish.text
    );
    assert!(!polish.text.contains("closes") && !polish.text.contains("Still to do"), "no English left");

    // The sender sends the bid; the half-done draft's author turns reminders off.
    app.switch_to("sender@example.org").await;
    assert_eq!(app.submit(&format!("/bids/{sent}/submit"), &[]).await.status, 303);
    app.switch_to("quiet@example.org").await;
    assert_eq!(app.submit("/account/reminders", &[("reminders", "off")]).await.status, 303);
    let receipts = app.deliver_emails().await;
    assert_eq!(delivered(&receipts), [pair("sender@example.org", "bid_received")]);

    // A day before: only the group still without a sent bid, and wanting reminders.
    move_clock_to(&app, closes - Duration::hours(20));
    assert_eq!(draft_notices(&app).await, 2, "ready and the half-done draft (whose author turned them off)");
    assert_eq!(draft_notices(&app).await, 0, "the last reminder goes once");
    let day = app.deliver_emails().await;
    assert_eq!(delivered(&day), [pair("ready@example.org", "draft_reminder_day")]);
    assert!(day[0].subject.starts_with("Last reminder"), "{}", day[0].subject);
    move_clock_to(&app, closes - Duration::minutes(1));
    assert_eq!(draft_notices(&app).await, 0, "nothing more before the close");

    // At the close: each unsent draft's answers, once, even to someone who turned reminders off.
    move_clock_to(&app, closes + Duration::minutes(10));
    assert_eq!(draft_notices(&app).await, 2);
    assert_eq!(draft_notices(&app).await, 0, "the answers go once");
    let closed = app.deliver_emails().await;
    assert_eq!(
        delivered(&closed),
        [pair("quiet@example.org", "draft_closed_unsent"), pair("ready@example.org", "draft_closed_unsent")]
    );
    let answers = to(&closed, "quiet@example.org");
    let polish_amount = Tr::for_code("pl").unwrap().money(Pence(120_000));
    for typed in
        ["Sunday lunches", "Lunch for people on their own", "Food and room hire", "Nobody to eat with on Sundays."]
    {
        assert!(answers.text.contains(typed), "{typed} is kept: {}", answers.text);
    }
    assert!(answers.text.contains(&polish_amount), "{}", answers.text);
    assert!(answers.text.contains(&format!("/bids/{half}\n")) && answers.subject.contains("Deadline Fund round"));
    assert!(answers.text.contains("Nabór Deadline Fund round zakończył się"), "in Polish: {}", answers.text);
    let english = to(&closed, "ready@example.org");
    for typed in
        ["Walk and talk", "Weekly sessions", "Room hire and tea", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"]
    {
        assert!(english.text.contains(typed), "{typed} is kept: {}", english.text);
    }
    assert!(
        english.text.contains("was not sent") && english.text.contains("you can still read it"),
        "{}",
        english.text
    );

    // Nothing after the close but that one email.
    for later in [Duration::hours(1), Duration::days(2), Duration::days(30)] {
        app.advance(later);
        assert_eq!(draft_notices(&app).await, 0);
    }
    assert!(app.deliver_emails().await.is_empty());

    // The draft stays readable on its page.
    app.switch_to("ready@example.org").await;
    let page = app.get(&format!("/bids/{ready}")).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Walk and talk"));

    // What was recorded on each bid: the sent and withdrawn bids were never claimed for more.
    let columns = |bid: i64| {
        app.db(move |conn| {
            use diesel::prelude::*;
            use smallgrants::db::schema::bids;
            bids::table
                .find(bid)
                .select((
                    bids::closing_week_reminder_at.is_not_null(),
                    bids::closing_day_reminder_at.is_not_null(),
                    bids::closed_unsent_notice_at.is_not_null(),
                ))
                .first::<(bool, bool, bool)>(conn)
                .unwrap()
        })
    };
    assert_eq!(columns(ready).await, (true, true, true));
    assert_eq!(columns(half).await, (true, true, true));
    assert_eq!(columns(sent).await, (true, false, false));
    assert_eq!(columns(withdrawn).await, (false, false, false));
}

async fn a_person_turns_deadline_reminders_off_and_on_on_their_account_page(app: TestApp) {
    let person = app.signed_in_person("Amina Khan", "amina@example.org").await;
    let id = person.id;
    assert!(person.deadline_reminders, "on unless turned off");
    let page = app.get("/account").await.text();
    assert!(
        page.contains("Reminders before a round closes")
            && page.contains("we email you 7 days and 1 day before the round closes")
            && page.contains("This happens even if reminders are off")
            && page.contains("Reminders are on.")
            && page.contains("action=\"/account/reminders\"")
            && page.contains("name=\"reminders\" value=\"off\"")
            && page.contains("Turn reminders off"),
        "{page}"
    );
    let wants = || {
        app.db(move |conn| smallgrants::accounts::queries::find_person(conn, id).unwrap().unwrap().deadline_reminders)
    };
    let events = || {
        app.db(move |conn| {
            smallgrants::audit::for_subject(conn, "person", id)
                .unwrap()
                .into_iter()
                .map(|event| event.action)
                .filter(|action| action.starts_with("reminders_"))
                .collect::<Vec<_>>()
        })
    };

    // Without the page's form token nothing changes.
    let forged = app.post_form("/account/reminders", &[("reminders", "off")]).await;
    assert_eq!(forged.status, 403);
    assert!(wants().await);

    let off = app.submit("/account/reminders", &[("reminders", "off")]).await;
    assert_eq!((off.status.as_u16(), off.location().as_deref()), (303, Some("/account")));
    assert!(!wants().await);
    let page = app.get("/account").await.text();
    assert!(page.contains("We will not email you before a round closes."), "the flash: {page}");
    assert!(page.contains("Reminders are off.") && page.contains("Turn reminders on"), "{page}");
    assert!(page.contains("name=\"reminders\" value=\"on\""));
    assert_eq!(events().await, ["reminders_turned_off"]);

    // Pressing again (a second tab) changes nothing and records nothing more.
    assert_eq!(app.submit("/account/reminders", &[("reminders", "off")]).await.status, 303);
    assert_eq!(events().await, ["reminders_turned_off"]);

    // Anything but on or off is refused.
    assert_eq!(app.submit("/account/reminders", &[("reminders", "maybe")]).await.status, 400);
    assert_eq!(app.submit("/account/reminders", &[]).await.status, 400);
    assert!(!wants().await);

    assert_eq!(app.submit("/account/reminders", &[("reminders", "on")]).await.status, 303);
    assert!(wants().await);
    assert!(app.get("/account").await.text().contains("Reminders are on."));
    assert_eq!(events().await, ["reminders_turned_off", "reminders_turned_on"]);

    // The setting is part of the person's data.
    let data = app.get("/account/data.json").await.text();
    assert!(data.contains("\"deadline_reminders\": true"), "{data}");

    // Signed out, the form goes nowhere.
    app.clear_cookies();
    let signed_out = app.submit("/account/reminders", &[("reminders", "off")]).await;
    assert!(signed_out.location().is_some_and(|to| to.starts_with("/login")), "sent to sign in first");
    assert!(wants().await);
}
