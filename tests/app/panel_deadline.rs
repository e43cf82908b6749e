//! The panel's deadline: the lead sets the date a round's reviews are due by (optional, after
//! the round closes, mistakes explained at the field); panel members see it on `/panel` and
//! `/dashboard` and the lead on the round's page; one reminder email 3 days before (London
//! dates) reaches only the members with reviews still to send, once, never for a round without
//! a deadline.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use smallgrants::notifications::emails::Links;
use smallgrants::review::deadline;

use crate::common::TestApp;
use crate::common::setup::london_fields;
use crate::on_both_databases;

on_both_databases!(
    the_lead_sets_the_panels_deadline_and_mistakes_are_explained,
    panel_members_see_the_deadline_and_are_reminded_once_three_days_before,
);

/// Runs the reminder pass at the app's clock; answers how many rounds were reminded.
async fn panel_reminders(app: &TestApp) -> usize {
    let now = app.now();
    app.db(move |conn| deadline::send_panel_reminders(conn, &Links::new("http://localhost:8080"), now).unwrap()).await
}

/// Midday in London on `date`, as UTC.
fn london_midday(date: NaiveDate) -> NaiveDateTime {
    smallgrants::rounds::rules::london_to_utc(date, NaiveTime::from_hms_opt(12, 0, 0).unwrap()).unwrap()
}

async fn saved_deadline(app: &TestApp, round_id: i64) -> Option<NaiveDate> {
    app.db(move |conn| smallgrants::rounds::queries::find(conn, round_id).unwrap().unwrap().panel_due_on).await
}

async fn the_lead_sets_the_panels_deadline_and_mistakes_are_explained(app: TestApp) {
    let scheme = app.programme_with_round("Deadline Form Fund", "lead-form@example.org").await;
    let round = scheme.round_id;
    let edit = format!("/manage/rounds/{round}/edit");
    let fields = app.round_fields(scheme.pot_id, "Deadline Form Fund round", "60000");
    assert!(app.get(&edit).await.text().contains(r#"name="panel_due_date""#), "the field is on the form");
    let new_round = app.get(&format!("/manage/programmes/{}/rounds/new", scheme.programme_id)).await.text();
    assert!(new_round.contains(r#"name="panel_due_date""#), "and on a new round's form");

    // The round closes in 28 days: reviews due that same day, or a made-up date, are refused.
    let (closing_day, _) = london_fields(app.now(), Duration::days(28));
    for (typed, message) in [
        (closing_day.as_str(), "Reviews must be due after the day the round closes"),
        ("2027-02-30", "Enter a real date, like 2027-03-31"),
    ] {
        let refused = app.submit_round(&edit, fields.clone(), &[("panel_due_date", typed)]).await;
        assert_eq!(refused.status, 422, "{typed}");
        let page = refused.text();
        assert!(page.contains(r##"href="#panel_due_date""##), "the error summary links to the field: {page}");
        assert!(page.contains(message), "{typed}: {page}");
        assert!(page.contains(&format!(r#"value="{typed}""#)), "what was typed is kept");
        assert_eq!(saved_deadline(&app, round).await, None, "nothing saved");
    }

    // Left empty it is fine: the deadline is optional.
    assert_eq!(app.submit_round(&edit, fields.clone(), &[]).await.status, 303);
    assert!(app.get(&format!("/manage/rounds/{round}")).await.text().contains("No date set"));

    let (due, _) = london_fields(app.now(), Duration::days(35));
    let saved = app.submit_round(&edit, fields.clone(), &[("panel_due_date", &due)]).await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    let due_on = NaiveDate::parse_from_str(&due, "%Y-%m-%d").unwrap();
    assert_eq!(saved_deadline(&app, round).await, Some(due_on));
    let page = app.get(&format!("/manage/rounds/{round}")).await.text();
    assert!(page.contains("Panel&#39;s reviews due by") || page.contains("Panel's reviews due by"), "{page}");
    let weekday = due_on.format("%A").to_string();
    assert!(page.contains(&format!("Reviews due by {weekday} {}", due_on.format("%-d %B %Y"))), "{page}");
    assert!(page.contains("(in 35 days)"), "{page}");
    assert!(app.get(&edit).await.text().contains(&format!(r#"value="{due}""#)), "shown again to change");

    // Another programme's lead cannot set it.
    app.programme_with_lead("Other Deadline Fund", "lead-other@example.org").await;
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut theirs = borrowed.clone();
    theirs.push(("panel_due_date", "2099-01-01"));
    assert_eq!(app.submit(&edit, &theirs).await.status, 403);
    assert_eq!(saved_deadline(&app, round).await, Some(due_on), "unchanged");
}

async fn panel_members_see_the_deadline_and_are_reminded_once_three_days_before(app: TestApp) {
    // A round of two bids, each with the same panel of two; one member sends both reviews.
    let round = app.round_with_sent_bids("Reminder Panel Fund", 2).await;
    app.to_the_panel(&round).await;
    let round_id = round.scheme.round_id;
    let idle = app.panel_member(&round.scheme, "Panel idle", "panel-idle@example.org", false).await;
    let (due, _) = london_fields(app.now(), Duration::days(35));
    let due_on = NaiveDate::parse_from_str(&due, "%Y-%m-%d").unwrap();
    let fields = app.round_fields(round.scheme.pot_id, "Reminder Panel Fund round", "60000");
    let saved = app.submit_round(&format!("/manage/rounds/{round_id}/edit"), fields, &[("panel_due_date", &due)]).await;
    assert_eq!(saved.status, 303, "{}", saved.text());

    // A second round with a panel but no deadline: its members are never reminded.
    let other = app.round_with_sent_bids("No Deadline Fund", 1).await;
    app.to_the_panel(&other).await;
    app.deliver_emails().await;

    let (done, waiting) = (format!("panel0-{round_id}@example.org"), format!("panel1-{round_id}@example.org"));
    app.switch_to(&done).await;
    for bid in &round.bids {
        let sent = app
            .submit(
                &format!("/panel/bids/{bid}/review"),
                &[
                    ("need", "4"),
                    ("reach", "3"),
                    ("comment", "Clear need"),
                    ("recommendation", "fund"),
                    ("watched", "yes"),
                    ("intent", "submit"),
                ],
            )
            .await;
        assert_eq!(sent.status, 303, "{}", sent.text());
    }

    // The waiting member sees the date and how many are left, on /panel and on /dashboard.
    app.switch_to(&waiting).await;
    let weekday = due_on.format("%A").to_string();
    let due_by = format!("Reviews due by {weekday} {}", due_on.format("%-d %B %Y"));
    let queue = app.get("/panel").await.text();
    assert!(queue.contains(&due_by) && queue.contains("(in 35 days)"), "{queue}");
    assert!(queue.contains("Reminder Panel Fund round: 2 reviews still to send"), "{queue}");
    assert!(!queue.contains("No Deadline Fund round:"), "no deadline, no line");
    let dashboard = app.get("/dashboard").await.text();
    assert!(dashboard.contains(&due_by), "{dashboard}");
    // The member who has sent everything has nothing due.
    app.switch_to(&done).await;
    assert!(!app.get("/panel").await.text().contains("Reviews due by"));

    // Nothing goes earlier than 3 days before.
    assert_eq!(panel_reminders(&app).await, 0);
    let four_days_before = london_midday(due_on - Duration::days(4));
    app.advance(four_days_before - app.now());
    assert_eq!(panel_reminders(&app).await, 0, "4 days before");
    assert!(app.deliver_emails().await.is_empty());

    // 3 days before: one email, to the member with reviews to send.
    app.advance(Duration::days(1));
    assert_eq!(panel_reminders(&app).await, 1);
    let emails = app.deliver_emails().await;
    let reminders: Vec<_> = emails.iter().filter(|e| e.kind == "panel_due_reminder").collect();
    assert_eq!(reminders.len(), 1, "{emails:?}");
    let email = reminders[0];
    assert_eq!(email.to, waiting);
    assert!(
        email.subject.contains("Reminder Panel Fund round")
            && email.subject.contains(&due_on.format("%-d %B %Y").to_string())
    );
    assert!(email.text.contains("You have 2 reviews still to send for Reminder Panel Fund round"), "{}", email.text);
    assert!(email.text.contains("http://localhost:8080/panel"), "{}", email.text);
    assert!(!emails.iter().any(|e| e.to.contains(&format!("-{}@", other.scheme.round_id))), "no deadline, no email");
    assert!(!emails.iter().any(|e| e.to == "panel-idle@example.org"), "nothing to send, no email ({idle})");
    let marked = app
        .db(move |conn| smallgrants::rounds::queries::find(conn, round_id).unwrap().unwrap().panel_reminder_sent_at)
        .await;
    assert!(marked.is_some());

    // Only once.
    app.advance(Duration::days(1));
    assert_eq!(panel_reminders(&app).await, 0);
    assert!(app.deliver_emails().await.is_empty(), "never twice");
}
