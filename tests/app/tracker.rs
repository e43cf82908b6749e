//! The programme's tracker: items the lead keeps current, each round with its stages, views
//! that only the leads read and answer, a worrying view passed to the safeguarding contact,
//! "you said, we did" once decided, and a round's draft criteria opened for views with their
//! change history on the round's page.

use chrono::Duration;
use diesel::prelude::*;
use smallgrants::db::schema::{audit_events, tracker_items, tracker_views};

use crate::common::TestApp;
use crate::common::setup::Scheme;
use crate::common::setup::london_fields;
use crate::on_both_databases;

async fn items(app: &TestApp) -> i64 {
    app.db(|conn| tracker_items::table.count().get_result(conn).unwrap()).await
}

async fn views(app: &TestApp) -> i64 {
    app.db(|conn| tracker_views::table.count().get_result(conn).unwrap()).await
}

async fn slug_of(app: &TestApp, programme: i64) -> String {
    app.db(move |conn| {
        use smallgrants::db::schema::programmes;
        programmes::table.find(programme).select(programmes::slug).first::<String>(conn).unwrap()
    })
    .await
}

const ITEM: &[(&str, &str)] = &[
    ("title", "Set the criteria for the spring round"),
    ("aim", "Scores that reward what matters to our communities"),
    ("can_influence", "What each score means"),
    ("cannot_influence", "The budget of £60,000"),
    ("status", "open"),
    ("decide_by", "2030-01-31"),
    ("how_to_take_part", "Give your view on this page"),
];

/// The lead (signed in) adds the open item; answers its id.
async fn open_item(app: &TestApp, scheme: &Scheme) -> i64 {
    let added = app.submit(&format!("/manage/programmes/{}/tracker/new", scheme.programme_id), ITEM).await;
    assert_eq!(added.status, 303, "{}", added.text());
    TestApp::id_from_location(&added.location().unwrap())
}

/// Bad input is kept with nothing saved; the public tracker lists the item under "Open for your
/// views" with each round's stages, and the home page and round pages link to it. A view needs
/// a signed-in person; only that person and the programme's leads see it; the lead answers it
/// by email; another programme's lead and the applicant reach none of the lead's pages; the
/// hourly limit keeps the words typed; the decision is published with "you said, we did" and
/// the item takes no more views.
async fn views_on_open_items_reach_the_leads_and_are_answered(app: TestApp) {
    let other = app.programme_with_round("Hillside Fund", "hill-lead@example.org").await;
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let slug = slug_of(&app, scheme.programme_id).await;

    let bad = app
        .submit(
            &format!("/manage/programmes/{}/tracker/new", scheme.programme_id),
            &[("title", "Recruit two panel members"), ("status", "decided"), ("decide_by", "next week")],
        )
        .await;
    assert_eq!(bad.status, 422);
    let text = bad.text();
    assert!(text.contains("value=\"Recruit two panel members\""), "the title is kept: {text}");
    assert!(text.contains("Enter what it is for"), "{text}");
    assert!(text.contains("Choose planned, open for views or in progress"));
    assert!(text.contains("Enter the date it will be decided by, like 31/01/2027"));
    assert_eq!(items(&app).await, 0, "nothing saved");
    let item = open_item(&app, &scheme).await;

    app.clear_cookies();
    let tracker = app.get(&format!("/programmes/{slug}/tracker")).await;
    assert_eq!(tracker.status, 200);
    let text = tracker.text();
    assert!(text.contains("Open for your views"));
    assert!(text.contains("Set the criteria for the spring round"));
    assert!(text.contains("What you can influence"));
    assert!(text.contains("Riverside Fund round"), "the round is on the tracker by itself");
    assert!(text.contains("Grants paid") && text.contains("After groups accept their offers"), "{text}");
    assert!(!text.contains("Hillside"), "only this programme's items and rounds");
    let link = format!("href=\"/programmes/{slug}/tracker\"");
    assert!(app.get("/").await.text().contains(&link), "the home page links to the tracker");
    let round_slug = app.round_slug(scheme.round_id).await;
    assert!(app.get(&format!("/rounds/{round_slug}")).await.text().contains(&link), "so does the round's page");
    let page = app.get(&format!("/programmes/{slug}/tracker/{item}")).await.text();
    assert!(page.contains("Sign in to give your view"), "{page}");
    assert!(page.contains("What is already fixed") && page.contains("The budget of £60,000"), "the item in full");
    assert!(page.contains("Give your view on this page"), "how to take part");
    let anonymous = app.post_form(&format!("/programmes/{slug}/tracker/{item}/views"), &[("view", "Hello")]).await;
    assert_ne!(anonymous.status, 200);
    assert_eq!(views(&app).await, 0, "no view without a signed-in person");
    let elsewhere = app.get(&format!("/programmes/hillside-fund/tracker/{item}")).await;
    assert_eq!(elsewhere.status, 404, "an item is found only under its own programme");

    app.signed_in_person("Amina", "amina@example.org").await;
    let path = format!("/programmes/{slug}/tracker/{item}/views");
    let empty = app.submit(&path, &[("view", "   ")]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.text().contains("Enter your view"));
    let long = "a".repeat(3_001);
    let too_long = app.submit(&path, &[("view", &long)]).await;
    assert_eq!(too_long.status, 422);
    assert!(too_long.text().contains(&long), "the words are kept");
    let sent = app.submit(&path, &[("view", "Please score <b>reach</b> for evening groups too")]).await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let mine = app.get(&format!("/programmes/{slug}/tracker/{item}")).await.text();
    assert!(mine.contains("Your views"));
    assert!(mine.contains("Please score &lt;b&gt;reach&lt;/b&gt; for evening groups too"), "escaped: {mine}");
    assert!(mine.contains("We have not answered yet"));
    assert!(
        !app.get(&format!("/programmes/{slug}/tracker")).await.text().contains("evening groups"),
        "views are private"
    );
    assert_eq!(app.get(&format!("/manage/tracker/{item}")).await.status, 403, "an applicant reads no one's views");

    app.signed_in_person("Ben", "ben@example.org").await;
    let bens = app.get(&format!("/programmes/{slug}/tracker/{item}")).await.text();
    assert!(!bens.contains("evening groups"), "another person does not see Amina's view");
    for n in 1..=5 {
        assert_eq!(app.submit(&path, &[("view", &format!("View number {n}"))]).await.status, 303);
    }
    let sixth = app.submit(&path, &[("view", "A sixth view within the hour")]).await;
    assert_eq!(sixth.status, 429);
    let text = sixth.text();
    assert!(text.contains("You have sent 5 views in the last hour"), "{text}");
    assert!(text.contains("A sixth view within the hour"), "the words are kept");
    assert_eq!(views(&app).await, 6);

    app.switch_to("hill-lead@example.org").await;
    assert_eq!(app.get(&format!("/manage/tracker/{item}")).await.status, 403, "another programme's lead");
    let amina_view: i64 = app
        .db(|conn| tracker_views::table.order(tracker_views::id.asc()).select(tracker_views::id).first(conn).unwrap())
        .await;
    let answer_path = format!("/manage/tracker/{item}/views/{amina_view}/answer");
    assert_eq!(app.submit(&answer_path, &[(format!("answer-{amina_view}").as_str(), "Sneaky")]).await.status, 403);
    let others_item = open_item(&app, &other).await;
    let wrong_pair = app
        .submit(
            &format!("/manage/tracker/{others_item}/views/{amina_view}/answer"),
            &[(format!("answer-{amina_view}").as_str(), "x")],
        )
        .await;
    assert_eq!(wrong_pair.status, 404, "a view is found only under its own item");

    app.switch_to("lead@example.org").await;
    let lead_page = app.get(&format!("/manage/tracker/{item}")).await.text();
    assert!(lead_page.contains("6 views"), "{lead_page}");
    assert!(lead_page.contains("amina@example.org"));
    // Paying for the time given: the involvement budget's form, started for this person.
    let pay = format!(
        "/manage/programmes/{}/involvement?kind=giving_views&amp;email=amina%40example.org",
        scheme.programme_id
    );
    assert!(lead_page.contains(&pay), "{lead_page}");
    let started = app.get(&pay.replace("&amp;", "&")).await.text();
    assert!(started.contains("value=\"amina@example.org\""), "the form starts with the person: {started}");
    let dashboard = app.get("/dashboard").await.text();
    assert!(dashboard.contains("6 views on the tracker to answer"), "the lead's front door says so: {dashboard}");
    let list = app.get(&format!("/manage/programmes/{}/tracker", scheme.programme_id)).await.text();
    assert!(list.contains("<strong>6</strong>"), "six views wait for an answer: {list}");
    let answer_field = format!("answer-{amina_view}");
    let blank = app.submit(&answer_path, &[(answer_field.as_str(), "")]).await;
    assert_eq!(blank.status, 422);
    let text = blank.text();
    assert!(text.contains(&format!("href=\"#answer-{amina_view}\"")), "the error links to that view's box");
    assert!(text.contains(&format!("id=\"answer-{amina_view}-error\"")), "and is shown at the box: {text}");
    app.deliver_emails().await;
    let answered =
        app.submit(&answer_path, &[(answer_field.as_str(), "Thank you: we will add evening groups to reach.")]).await;
    assert_eq!(answered.status, 303);
    let emails = app.deliver_emails().await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].to, "amina@example.org");
    assert!(emails[0].subject.contains("Set the criteria for the spring round"));
    assert!(!emails[0].text.contains("evening groups to reach"), "the answer stays on the portal");

    let no_summary = app
        .submit(
            &format!("/manage/tracker/{item}/decide"),
            &[
                ("decision", "Reach counts as much as need"),
                ("you_said_we_did", "You said evening groups matter, so we score them for reach"),
            ],
        )
        .await;
    assert_eq!(no_summary.status, 422);
    assert!(no_summary.text().contains("Enter a summary of what you heard"));
    let decided = app
        .submit(
            &format!("/manage/tracker/{item}/decide"),
            &[
                ("decision", "Reach counts as much as need"),
                ("you_said_we_did", "You said evening groups matter, so we score them for reach"),
                ("views_summary", "Seven views, most about groups that meet in the evening"),
            ],
        )
        .await;
    assert_eq!(decided.status, 303, "{}", decided.text());

    app.switch_to("amina@example.org").await;
    let answered_page = app.get(&format!("/programmes/{slug}/tracker/{item}")).await.text();
    assert!(answered_page.contains("Our answer"));
    assert!(answered_page.contains("we will add evening groups to reach"));
    let public = app.get(&format!("/programmes/{slug}/tracker")).await.text();
    assert!(public.contains("Decided: you said, we did"));
    assert!(public.contains("You said evening groups matter, so we score them for reach"));
    assert!(public.contains("Seven views, most about groups"));
    let data = app.get("/account/data.json").await.text();
    assert!(data.contains("for evening groups too") && data.contains("we will add evening groups to reach"), "{data}");
    assert!(data.contains("\"item\": \"Set the criteria for the spring round\""), "her data names the item: {data}");
    let late = app.submit(&path, &[("view", "Too late")]).await;
    assert_eq!(late.status, 409, "a decided item takes no views");
    let events: Vec<String> = app
        .db(move |conn| {
            audit_events::table
                .filter(audit_events::subject_type.eq("tracker_item"))
                .filter(audit_events::subject_id.eq(item))
                .select(audit_events::action)
                .load(conn)
                .unwrap()
        })
        .await;
    for action in ["tracker_item_added", "tracker_view_given", "tracker_view_answered", "tracker_item_decided"] {
        assert!(events.iter().any(|event| event == action), "{action} in {events:?}");
    }
}

/// Without a named safeguarding contact nothing can be passed on; the lead names one (both
/// fields or neither), is asked first, and the view goes to the contact once, audited.
async fn a_worrying_view_goes_to_the_safeguarding_contact_once(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let slug = slug_of(&app, scheme.programme_id).await;
    let item = open_item(&app, &scheme).await;
    app.signed_in_person("Amina", "amina@example.org").await;
    let given = app
        .submit(&format!("/programmes/{slug}/tracker/{item}/views"), &[("view", "I have not felt safe at home lately")])
        .await;
    assert_eq!(given.status, 303);
    let view: i64 = app.db(|conn| tracker_views::table.select(tracker_views::id).first(conn).unwrap()).await;

    app.switch_to("lead@example.org").await;
    let confirm_path = format!("/manage/tracker/{item}/views/{view}/safeguarding");
    assert!(app.get(&format!("/manage/tracker/{item}")).await.text().contains("No safeguarding contact is named"));
    assert_eq!(app.get(&confirm_path).await.status, 409);
    let contact = format!("/manage/programmes/{}/contact", scheme.programme_id);
    let half =
        app.submit(&contact, &[("contact_email", "grants@example.org"), ("safeguarding_name", "Dee Okafor")]).await;
    assert_eq!(half.status, 422);
    assert!(
        half.text().contains("Enter the safeguarding contact&#39;s email address")
            || half.text().contains("Enter the safeguarding contact's email address"),
        "{}",
        half.text()
    );
    let named = app
        .submit(
            &contact,
            &[
                ("contact_email", "grants@example.org"),
                ("safeguarding_name", "Dee Okafor"),
                ("safeguarding_email", "Safe@Example.org"),
            ],
        )
        .await;
    assert_eq!(named.status, 303, "{}", named.text());
    let asked = app.get(&confirm_path).await;
    assert_eq!(asked.status, 200);
    assert!(asked.text().contains("Dee Okafor (safe@example.org)"), "{}", asked.text());
    app.deliver_emails().await;
    assert_eq!(app.submit(&confirm_path, &[]).await.status, 303);
    let emails = app.deliver_emails().await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].to, "safe@example.org");
    assert!(emails[0].text.contains("I have not felt safe at home lately"));
    assert!(emails[0].text.contains("amina@example.org"));
    assert!(app.get(&format!("/manage/tracker/{item}")).await.text().contains("Passed to the safeguarding contact on"));
    assert_eq!(app.submit(&confirm_path, &[]).await.status, 303);
    assert!(app.deliver_emails().await.is_empty(), "passed on once");
    let passed: i64 = app
        .db(|conn| {
            audit_events::table
                .filter(audit_events::action.eq("tracker_view_passed_to_safeguarding"))
                .count()
                .get_result(conn)
                .unwrap()
        })
        .await;
    assert_eq!(passed, 1);
}

/// Before a round opens, the lead opens its draft criteria for views: the item shows the
/// criteria and what each score means, the round's page points to it, and each change to the
/// criteria is listed on the round's page with who made it and when. Once a round is open its
/// criteria cannot be opened for views.
async fn draft_criteria_are_opened_for_views_and_their_changes_shown(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let slug = slug_of(&app, scheme.programme_id).await;
    let now = app.now();
    let (opens_date, opens_time) = london_fields(now, Duration::days(10));
    let (closes_date, closes_time) = london_fields(now, Duration::days(40));
    let (decision_date, _) = london_fields(now, Duration::days(70));
    let fields = app.round_fields(scheme.pot_id, "Spring round", "10000");
    let created = app
        .submit_round(
            &format!("/manage/programmes/{}/rounds", scheme.programme_id),
            fields,
            &[
                ("opens_date", &opens_date),
                ("opens_time", &opens_time),
                ("closes_date", &closes_date),
                ("closes_time", &closes_time),
                ("decision_date", &decision_date),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.text());
    let spring = TestApp::id_from_location(&created.location().unwrap());

    let round_page = app.get(&format!("/manage/rounds/{spring}")).await.text();
    let ask = format!("/manage/programmes/{}/tracker/new?round={spring}", scheme.programme_id);
    assert!(round_page.contains(&ask.replace('&', "&amp;")), "{round_page}");
    let form = app.get(&ask).await.text();
    assert!(form.contains("value=\"The criteria for Spring round\""), "{form}");
    let mut fields: Vec<(&str, &str)> = ITEM.to_vec();
    fields[0] = ("title", "The criteria for Spring round");
    let round_field = spring.to_string();
    fields.push(("round_id", &round_field));
    let added = app.submit(&format!("/manage/programmes/{}/tracker/new", scheme.programme_id), &fields).await;
    assert_eq!(added.status, 303, "{}", added.text());
    let item = TestApp::id_from_location(&added.location().unwrap());

    let criteria: Vec<(i64, String)> = app
        .db(move |conn| {
            use smallgrants::db::schema::round_criteria;
            round_criteria::table
                .filter(round_criteria::round_id.eq(spring))
                .order(round_criteria::position.asc())
                .select((round_criteria::id, round_criteria::title))
                .load(conn)
                .unwrap()
        })
        .await;
    let (need_id, need_title) = criteria[0].clone();
    let changed = app
        .submit(
            &format!("/manage/rounds/{spring}/criteria/{need_id}"),
            &[
                ("title", &need_title),
                ("description", "How much the people the group serves need this"),
                ("weight", "2"),
                ("descriptor_1", "No need shown"),
                ("descriptor_2", "Some need"),
                ("descriptor_3", "Clear need"),
                ("descriptor_4", "Strong need"),
                ("descriptor_5", "Urgent need, shown by the community itself"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303, "{}", changed.text());

    app.clear_cookies();
    let spring_slug = app.round_slug(spring).await;
    let public_round = app.get(&format!("/rounds/{spring_slug}")).await.text();
    assert!(public_round.contains(&format!("href=\"/programmes/{slug}/tracker/{item}\"")), "{public_round}");
    assert!(public_round.contains("How the criteria changed (1 change)"), "{public_round}");
    assert!(public_round.contains("Lee Lead changed"), "who changed it");
    assert!(public_round.contains("its weight, from 1 to 2"), "{public_round}");
    assert!(public_round.contains("what score 5 means"));
    let item_page = app.get(&format!("/programmes/{slug}/tracker/{item}")).await.text();
    assert!(item_page.contains("The draft criteria for Spring round"));
    assert!(item_page.contains("Urgent need, shown by the community itself"), "the criteria as they are now");

    app.switch_to("lead@example.org").await;
    let mut open_round: Vec<(&str, &str)> = ITEM.to_vec();
    let open_id = scheme.round_id.to_string();
    open_round.push(("round_id", &open_id));
    let refused = app.submit(&format!("/manage/programmes/{}/tracker/new", scheme.programme_id), &open_round).await;
    assert_eq!(refused.status, 409, "an open round's criteria are fixed");
    assert_eq!(items(&app).await, 1);
}

on_both_databases!(
    views_on_open_items_reach_the_leads_and_are_answered,
    a_worrying_view_goes_to_the_safeguarding_contact_once,
    draft_criteria_are_opened_for_views_and_their_changes_shown,
);
