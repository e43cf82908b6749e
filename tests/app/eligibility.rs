//! Eligibility questions: a lead sets a few yes/no questions on a round; a group answers them at
//! `/rounds/{slug}/eligibility` before any account, and is told kindly why it cannot apply or
//! carried on to start its bid, where the answers are checked again and kept with the bid for the
//! lead to see.

use diesel::prelude::*;
use smallgrants::db::schema::audit_events;

use crate::common::setup::Scheme;
use crate::common::{TestApp, TestResponse};
use crate::on_both_databases;

const IN_RIVERSIDE: &str = "Is your group based in Riverside?";
const IN_RIVERSIDE_WHY: &str = "This fund is for groups working in Riverside.";
const LARGE_CHARITY: &str = "Is your group a national charity with an income over £1 million?";
const LARGE_CHARITY_WHY: &str = "This fund is for small, local groups.";

/// The signed-in lead adds a question to the round; answers the response.
async fn add_question(app: &TestApp, round_id: i64, question: &str, rules_out: &str, reason: &str) -> TestResponse {
    app.submit(
        &format!("/manage/rounds/{round_id}/eligibility"),
        &[("question", question), ("rules_out", rules_out), ("reason", reason)],
    )
    .await
}

/// The round's question ids, in order.
async fn question_ids(app: &TestApp, round_id: i64) -> Vec<i64> {
    app.db(move |conn| smallgrants::rounds::queries::questions_of(conn, round_id).unwrap())
        .await
        .into_iter()
        .map(|q| q.id)
        .collect()
}

/// A programme with an open round asking the two questions ("no" rules out the first, "yes" the
/// second); the lead is left signed in. Answers the scheme, the round's slug and the two ids.
async fn round_with_questions(app: &TestApp, name: &str, lead_email: &str) -> (Scheme, String, i64, i64) {
    let scheme = app.programme_with_round(name, lead_email).await;
    for (question, rules_out, reason) in
        [(IN_RIVERSIDE, "no", IN_RIVERSIDE_WHY), (LARGE_CHARITY, "yes", LARGE_CHARITY_WHY)]
    {
        let added = add_question(app, scheme.round_id, question, rules_out, reason).await;
        assert_eq!(added.status, 303, "add question: {}", added.text());
    }
    let ids = question_ids(app, scheme.round_id).await;
    let slug = app.round_slug(scheme.round_id).await;
    (scheme, slug, ids[0], ids[1])
}

async fn events(app: &TestApp, action: &'static str) -> i64 {
    app.db(move |conn| audit_events::table.filter(audit_events::action.eq(action)).count().get_result(conn).unwrap())
        .await
}

async fn a_lead_adds_changes_and_removes_questions_until_the_first_bid(app: TestApp) {
    let (scheme, slug, riverside, charity) = round_with_questions(&app, "Riverside Fund", "lead@example.org").await;
    let round = scheme.round_id;
    assert_eq!(events(&app, "eligibility_question_added").await, 2, "each addition is audited");
    let page = app.get(&format!("/manage/rounds/{round}")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Eligibility questions") && text.contains(IN_RIVERSIDE) && text.contains(LARGE_CHARITY));
    assert!(
        text.contains(&format!("action=\"/manage/rounds/{round}/eligibility/{riverside}\"")),
        "a form per question"
    );

    // Problems are shown at the fields, and nothing is saved.
    let empty = add_question(&app, round, "", "maybe", "").await;
    assert_eq!(empty.status, 422);
    let text = empty.text();
    assert!(text.contains("Enter the question"), "{text}");
    assert!(text.contains("Choose which answer means a group cannot apply"));
    assert!(text.contains("Enter why that answer means a group cannot apply"));
    let tab = add_question(&app, round, "Two\tlines?", "yes", "x").await;
    assert_eq!(tab.status, 422);
    assert_eq!(question_ids(&app, round).await.len(), 2);

    // At most six.
    for n in 3..=6 {
        let added = add_question(&app, round, &format!("Question {n}?"), "yes", "Because.").await;
        assert_eq!(added.status, 303, "{}", added.text());
    }
    let seventh = add_question(&app, round, "Question 7?", "yes", "Because.").await;
    assert_eq!(seventh.status, 422);
    assert!(seventh.text().contains("A round asks at most 6 questions"), "{}", seventh.text());
    assert_eq!(question_ids(&app, round).await.len(), 6);

    // Changed and removed.
    let changed = app
        .submit(
            &format!("/manage/rounds/{round}/eligibility/{riverside}"),
            &[("question", "Does your group work in Riverside?"), ("rules_out", "no"), ("reason", IN_RIVERSIDE_WHY)],
        )
        .await;
    assert_eq!(changed.status, 303, "{}", changed.text());
    let bad_change = app
        .submit(&format!("/manage/rounds/{round}/eligibility/{riverside}"), &[("question", ""), ("rules_out", "no")])
        .await;
    assert_eq!(bad_change.status, 422);
    assert!(bad_change.text().contains("was not saved"));
    let ids = question_ids(&app, round).await;
    for id in &ids[2..] {
        assert_eq!(app.submit(&format!("/manage/rounds/{round}/eligibility/{id}/delete"), &[]).await.status, 303);
    }
    let questions = app.db(move |conn| smallgrants::rounds::queries::questions_of(conn, round).unwrap()).await;
    assert_eq!(questions.iter().map(|q| q.id).collect::<Vec<_>>(), [riverside, charity]);
    assert_eq!(questions[0].question, "Does your group work in Riverside?");
    assert_eq!(events(&app, "eligibility_question_updated").await, 1);
    assert_eq!(events(&app, "eligibility_question_removed").await, 4);
    let public = app.get(&format!("/rounds/{slug}")).await.text();
    assert!(public.contains("Does your group work in Riverside?"));

    // Once a bid is sent the questions freeze, as the criteria do.
    app.db(move |conn| {
        use smallgrants::db::schema::rounds;
        diesel::update(rounds::table.find(round))
            .set(rounds::criteria_frozen_at.eq(Some(smallgrants::time::now())))
            .execute(conn)
            .unwrap();
    })
    .await;
    let frozen = app
        .submit(
            &format!("/manage/rounds/{round}/eligibility/{riverside}"),
            &[("question", "Changed?"), ("rules_out", "no"), ("reason", "x")],
        )
        .await;
    assert_eq!(frozen.status, 409);
    assert!(frozen.text().contains("cannot change once the first bid has been sent"));
    assert_eq!(add_question(&app, round, "New?", "yes", "x").await.status, 409);
    assert_eq!(app.submit(&format!("/manage/rounds/{round}/eligibility/{riverside}/delete"), &[]).await.status, 409);
    assert_eq!(question_ids(&app, round).await, [riverside, charity]);
    let page = app.get(&format!("/manage/rounds/{round}")).await.text();
    assert!(page.contains("the questions can no longer change") && !page.contains("Add question"));
}

async fn another_programmes_lead_cannot_touch_its_questions(app: TestApp) {
    let (other, _, other_question, _) = round_with_questions(&app, "Other Fund", "other-lead@example.org").await;
    app.clear_cookies();
    let mine = app.programme_with_round("My Fund", "my-lead@example.org").await;
    let before = app.footprint().await;
    let round = other.round_id;
    let fields = [("question", "Hijacked?"), ("rules_out", "yes"), ("reason", "x")];
    for (path, fields) in [
        (format!("/manage/rounds/{round}/eligibility"), &fields[..]),
        (format!("/manage/rounds/{round}/eligibility/{other_question}"), &fields[..]),
        (format!("/manage/rounds/{round}/eligibility/{other_question}/delete"), &[][..]),
    ] {
        assert_eq!(app.submit(&path, fields).await.status, 403, "POST {path}");
    }
    // Their question's id under my own round is not found.
    let mine = mine.round_id;
    for (path, fields) in [
        (format!("/manage/rounds/{mine}/eligibility/{other_question}"), &fields[..]),
        (format!("/manage/rounds/{mine}/eligibility/{other_question}/delete"), &[][..]),
    ] {
        assert_eq!(app.submit(&path, fields).await.status, 404, "POST {path}");
    }
    app.footprint().await.assert_unchanged_since(&before, "nothing changed");
    assert!(!app.get(&format!("/manage/rounds/{mine}")).await.text().contains(IN_RIVERSIDE));
}

async fn the_public_page_rules_out_kindly_or_lets_a_group_through(app: TestApp) {
    let second = app.programme_with_round("Second Fund", "second-lead@example.org").await;
    let second_slug = app.round_slug(second.round_id).await;
    app.clear_cookies();
    let (_, slug, riverside, charity) = round_with_questions(&app, "Riverside Fund", "lead@example.org").await;
    app.clear_cookies();
    let page = format!("/rounds/{slug}/eligibility");

    // The round page lists the questions and its Start buttons go to them; the home page's too.
    let round_page = app.get(&format!("/rounds/{slug}")).await.text();
    assert!(round_page.contains("Before you apply, we ask:") && round_page.contains(IN_RIVERSIDE));
    assert_eq!(round_page.matches(&format!("href=\"{page}\"")).count(), 3, "two Start buttons and a link");
    assert!(!round_page.contains(&format!("/rounds/{slug}/bids/new")));
    let home = app.get("/").await.text();
    assert!(home.contains(&format!("href=\"{page}\"")));
    assert!(
        home.contains(&format!("href=\"/rounds/{second_slug}/bids/new\"")),
        "a round without questions starts at once"
    );

    // The form, by GET, with no account.
    let form = app.get(&page).await;
    assert_eq!(form.status, 200);
    let text = form.text();
    assert!(text.contains("Can your group apply?") && text.contains("method=\"get\""));
    assert!(text.contains(&format!("name=\"q{riverside}\" value=\"yes\"")));
    assert!(text.contains("<meta name=\"description\" content=\"Check in a minute whether your group can apply"));
    assert!(!text.contains("csrf_token"), "no form token is needed");

    // Nothing answered, then one: the error summary and the message at the field, answers kept.
    let none = app.get(&format!("{page}?check=yes")).await;
    assert_eq!(none.status, 422);
    assert!(none.text().contains("There is a problem"));
    assert!(
        none.text().contains(&format!("href=\"#q{riverside}\""))
            && none.text().contains(&format!("href=\"#q{charity}\""))
    );
    let half = app.get(&format!("{page}?check=yes&q{riverside}=yes")).await;
    assert_eq!(half.status, 422);
    let text = half.text();
    assert!(text.contains(&format!("name=\"q{riverside}\" value=\"yes\" checked")), "the answer is kept");
    assert!(text.contains(&format!("Answer yes or no: {LARGE_CHARITY}")));
    assert!(!text.contains(&format!("Answer yes or no: {IN_RIVERSIDE}")));

    // Ruled out: which answer and why, the team, other open rounds.
    let out = app.get(&format!("{page}?check=yes&q{riverside}=no&q{charity}=yes")).await;
    assert_eq!(out.status, 200);
    let text = out.text();
    assert!(text.contains("Your group cannot apply to this round"), "{text}");
    assert!(text.contains(&format!("You answered “No” to “{IN_RIVERSIDE}”")) && text.contains(IN_RIVERSIDE_WHY));
    assert!(text.contains("You answered “Yes”") && text.contains(LARGE_CHARITY_WHY));
    assert!(text.contains("Talk to the programme team") && text.contains("team-panel"));
    assert!(text.contains(&format!("href=\"/rounds/{second_slug}\"")), "other open rounds");
    assert!(!text.contains("/bids/new"), "no way to start");
    assert!(text.contains(&format!("href=\"{page}?q{riverside}=no&amp;q{charity}=yes\"")), "change the answers");
    let one = app.get(&format!("{page}?check=yes&q{riverside}=yes&q{charity}=yes")).await.text();
    assert!(one.contains(LARGE_CHARITY_WHY) && !one.contains(IN_RIVERSIDE_WHY), "only the answer that rules out");

    // Through, signed out: "New here?" is on the same page, and it and the way to sign in
    // carry the answers on.
    let through = app.get(&format!("{page}?q{charity}=no&q{riverside}=yes&check=yes")).await;
    assert_eq!(through.status, 200);
    let text = through.text();
    assert!(text.contains("Your group can apply") && text.contains("New here?"));
    let start = format!("/rounds/{slug}/bids/new?eligibility={riverside}-yes.{charity}-no");
    assert!(
        text.contains("action=\"/register\"") && text.contains(&format!("name=\"next\" value=\"{start}\"")),
        "{text}"
    );
    let encoded: String = url::form_urlencoded::byte_serialize(start.as_bytes()).collect();
    assert!(
        text.contains(&format!("href=\"/login?next={encoded}\"")) && text.contains("Sign in to carry on with your bid")
    );

    // A round with no questions, and one that has closed.
    let nothing = app.get(&format!("/rounds/{second_slug}/eligibility")).await;
    assert_eq!(nothing.status, 200);
    assert!(nothing.text().contains("There is nothing to check"));
    assert!(nothing.text().contains(&format!("href=\"/rounds/{second_slug}/bids/new\"")));
    app.advance(chrono::Duration::days(40));
    let closed = app.get(&format!("{page}?check=yes&q{riverside}=yes&q{charity}=no")).await;
    assert_eq!(closed.status, 200);
    assert!(closed.text().contains("This round is not open for bids") && !closed.text().contains("/bids/new"));
    assert_eq!(app.get("/rounds/no-such-round/eligibility").await.status, 404);
}

async fn answers_are_checked_again_kept_with_the_bid_and_shown_to_the_lead(app: TestApp) {
    let (_, slug, riverside, charity) = round_with_questions(&app, "Riverside Fund", "lead@example.org").await;
    let lead = app.cookie_jar();
    app.clear_cookies();
    let start = format!("/rounds/{slug}/bids/new");
    let through = format!("{start}?eligibility={riverside}-yes.{charity}-no");

    // Signed out: no answers go to the questions first, not to signing in; answers that pass go
    // to sign in and come back with them.
    let old_link = app.get(&start).await;
    assert_eq!(old_link.status, 303);
    assert_eq!(old_link.location().unwrap(), format!("/rounds/{slug}/eligibility"));
    let sign_in = app.get(&through).await;
    assert_eq!(sign_in.status, 303);
    let location = sign_in.location().unwrap();
    assert!(location.starts_with("/login?next="), "{location}");
    let next = url::form_urlencoded::parse(location.split_once('?').unwrap().1.as_bytes())
        .find(|(k, _)| k == "next")
        .unwrap()
        .1
        .into_owned();
    assert_eq!(next, through, "the answers come back after signing in");

    app.signed_in_person("Amina Applicant", "amina@example.org").await;
    let group = app.create_group("Sparkbrook Sisters").await;
    let page = app.get(&through).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains(&format!("action=\"{}\"", through.replace('&', "&amp;"))), "the form carries the answers");
    let encoded: String = url::form_urlencoded::byte_serialize(through.as_bytes()).collect();
    assert!(text.contains(&format!("/groups/new?next={encoded}")), "so does adding a group");

    // Started without answers, with an answer that rules out, or with one missing: back to the
    // questions, and no bid.
    let before = app.footprint().await;
    let group_field = group.to_string();
    let fields = [("group_id", group_field.as_str())];
    let without = app.submit(&start, &fields).await;
    assert_eq!(without.status, 303);
    assert_eq!(without.location().unwrap(), format!("/rounds/{slug}/eligibility"));
    let ruled_out = app.submit(&format!("{start}?eligibility={riverside}-no.{charity}-no"), &fields).await;
    assert_eq!(ruled_out.status, 303);
    assert_eq!(
        ruled_out.location().unwrap(),
        format!("/rounds/{slug}/eligibility?q{riverside}=no&q{charity}=no&check=yes")
    );
    let back = app.get(&ruled_out.location().unwrap()).await.text();
    assert!(back.contains("Your group cannot apply to this round") && back.contains(IN_RIVERSIDE_WHY));
    let missing = app.submit(&format!("{start}?eligibility={riverside}-yes"), &fields).await;
    assert_eq!(missing.location().unwrap(), format!("/rounds/{slug}/eligibility?q{riverside}=yes&check=yes"));
    app.footprint().await.assert_unchanged_since(&before, "no bid started");

    // Through: the bid starts with the answers and the questions' words.
    let started = app.submit(&through, &fields).await;
    assert_eq!(started.status, 303, "{}", started.text());
    let location = started.location().unwrap();
    assert!(location.ends_with("/money"), "a new draft opens at its first part: {location}");
    let bid = TestApp::id_from_location(location.trim_end_matches("/money"));
    let kept = app.db(move |conn| smallgrants::bids::queries::eligibility_answers(conn, bid).unwrap()).await;
    assert_eq!(
        kept.iter().map(|a| (a.question_id, a.answer.as_str(), a.question_text.as_str())).collect::<Vec<_>>(),
        [(riverside, "yes", IN_RIVERSIDE), (charity, "no", LARGE_CHARITY)]
    );
    // Starting again reopens the same draft and keeps the first answers.
    let again = app.submit(&through, &fields).await;
    assert_eq!(again.location().unwrap(), format!("/bids/{bid}"));
    let kept_again = app.db(move |conn| smallgrants::bids::queries::eligibility_answers(conn, bid).unwrap()).await;
    assert_eq!(kept_again, kept);
    app.complete_bid(bid, "Walk and talk", "2500").await;
    assert_eq!(app.submit(&format!("/bids/{bid}/submit"), &[]).await.status, 303);
    let applicant = app.cookie_jar();

    // A later change to a question does not change what the group answered; the lead sees the
    // answers on the bid's page.
    app.set_cookie_jar(lead);
    app.db(move |conn| {
        use smallgrants::db::schema::round_eligibility_questions as q;
        diesel::update(q::table.find(riverside)).set(q::question.eq("Changed later?")).execute(conn).unwrap();
    })
    .await;
    let managed = app.get(&format!("/manage/bids/{bid}")).await;
    assert_eq!(managed.status, 200, "{}", managed.text());
    let text = managed.text();
    assert!(text.contains("Eligibility answers when the bid started"));
    assert!(text.contains(IN_RIVERSIDE) && !text.contains("Changed later?"), "the words the group answered");
    assert!(text.contains(LARGE_CHARITY));
    // Another programme's lead does not see them.
    app.clear_cookies();
    app.programme_with_round("Other Fund", "other-lead@example.org").await;
    assert_eq!(app.get(&format!("/manage/bids/{bid}")).await.status, 403);
    app.set_cookie_jar(applicant);
    assert_eq!(app.sign_out().await.status, 303);
}

/// A signed-in person with one group sends the questions straight to starting the bid: no page
/// between. Answers that rule the group out, or none, come back to the questions.
async fn one_group_answers_the_questions_and_lands_in_its_bid(app: TestApp) {
    let (_, slug, riverside, charity) = round_with_questions(&app, "Riverside Fund", "lead@example.org").await;
    app.clear_cookies();
    app.signed_in_person("Amina Applicant", "amina@example.org").await;
    let group = app.create_group("Sparkbrook Sisters").await;
    let page = format!("/rounds/{slug}/eligibility");
    let start = format!("/rounds/{slug}/bids/new");
    let form = app.get(&page).await.text();
    assert!(form.contains(&format!("method=\"post\" action=\"{start}\"")), "{form}");
    assert!(form.contains(&format!("name=\"group_id\" value=\"{group}\"")) && form.contains("csrf_token"));

    let before = app.footprint().await;
    let group_field = group.to_string();
    let nothing = app.submit(&start, &[("group_id", group_field.as_str()), ("check", "yes")]).await;
    assert_eq!(nothing.location().unwrap(), format!("{page}?check=yes"));
    assert_eq!(app.get(&format!("{page}?check=yes")).await.status, 422, "which questions are unanswered");
    let riverside_field = format!("q{riverside}");
    let charity_field = format!("q{charity}");
    let ruled_out = app
        .submit(
            &start,
            &[("group_id", &group_field), ("check", "yes"), (&riverside_field, "no"), (&charity_field, "no")],
        )
        .await;
    assert_eq!(ruled_out.location().unwrap(), format!("{page}?q{riverside}=no&q{charity}=no&check=yes"));
    app.footprint().await.assert_unchanged_since(&before, "no bid started");

    let through = app
        .submit(
            &start,
            &[("group_id", &group_field), ("check", "yes"), (&riverside_field, "yes"), (&charity_field, "no")],
        )
        .await;
    let location = through.location().unwrap();
    assert!(location.ends_with("/money"), "straight into the new bid: {location}");
    let bid = TestApp::id_from_location(location.trim_end_matches("/money"));
    let kept = app.db(move |conn| smallgrants::bids::queries::eligibility_answers(conn, bid).unwrap()).await;
    assert_eq!(
        kept.iter().map(|a| (a.question_id, a.answer.as_str())).collect::<Vec<_>>(),
        [(riverside, "yes"), (charity, "no")]
    );
}

async fn answers_are_kept_with_a_draft_started_before_the_questions(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let lead = app.cookie_jar();
    let slug = app.round_slug(scheme.round_id).await;
    app.clear_cookies();
    app.signed_in_person("Amina Applicant", "amina@example.org").await;
    let group = app.create_group("Sparkbrook Sisters").await;
    let bid = app.start_bid(&slug, group).await;
    let applicant = app.cookie_jar();
    app.set_cookie_jar(lead);
    assert_eq!(add_question(&app, scheme.round_id, IN_RIVERSIDE, "no", IN_RIVERSIDE_WHY).await.status, 303);
    let question = question_ids(&app, scheme.round_id).await[0];
    app.set_cookie_jar(applicant);
    // An old link to start is sent to the question; with the answer, the group's draft reopens.
    let start = format!("/rounds/{slug}/bids/new");
    assert_eq!(app.get(&start).await.location().unwrap(), format!("/rounds/{slug}/eligibility"));
    let reopened =
        app.submit(&format!("{start}?eligibility={question}-yes"), &[("group_id", &group.to_string())]).await;
    assert_eq!(reopened.location().unwrap(), format!("/bids/{bid}"));
    let kept = app.db(move |conn| smallgrants::bids::queries::eligibility_answers(conn, bid).unwrap()).await;
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].answer.as_str(), kept[0].question_text.as_str()), ("yes", IN_RIVERSIDE));
    assert_eq!(events(&app, "eligibility_answered").await, 1, "audited");
}

async fn odd_answers_and_long_queries_never_fail(app: TestApp) {
    let (_, slug, riverside, charity) = round_with_questions(&app, "Riverside Fund", "lead@example.org").await;
    app.clear_cookies();
    let page = format!("/rounds/{slug}/eligibility");
    let long = "q".repeat(6000);
    let many: String = (0..400).map(|i| format!("q{i}=yes&")).collect();
    for query in [
        format!("check=yes&q999999=yes&qabc=maybe&q{riverside}=YES&q{charity}=%00no"),
        format!("check=yes&q{riverside}=yes&q{riverside}=no&q{charity}=no&check=no"),
        format!("check=yes&q{riverside}=%FF%FE&q{charity}=%E2%80%AEno"),
        format!("check=yes&q99999999999999999999999999=yes&q-{riverside}=yes"),
        format!("check=yes&{long}=yes"),
        format!("{many}check=yes"),
        format!("q{riverside}=%3Cscript%3E&check"),
        "check=yes&&&==&".to_string(),
    ] {
        let response = app.get(&format!("{page}?{query}")).await;
        assert!([200, 422].contains(&response.status.as_u16()), "{query}: {}", response.status);
        assert!(!response.text().contains("<script>"), "{query}");
    }
    // The first answer counts.
    let first = app.get(&format!("{page}?check=yes&q{riverside}=yes&q{riverside}=no&q{charity}=no")).await;
    assert!(first.text().contains("Your group can apply"));

    // Odd values of the Start link's answers go back to the questions, signed in or not.
    let start = format!("/rounds/{slug}/bids/new");
    for value in [
        "nonsense".to_string(),
        format!("{riverside}-yes.{charity}-maybe"),
        format!("{riverside}-yes.{riverside}-no"),
        format!("{riverside}-yes.{charity}-no.{}", "9-yes.".repeat(200)),
        "%FF%00".to_string(),
        format!("{riverside}-yes&eligibility={charity}-no"),
    ] {
        let response = app.get(&format!("{start}?eligibility={value}")).await;
        assert_eq!(response.status, 303, "{value}");
        assert!(response.location().unwrap().starts_with(&page), "{value}: {:?}", response.location());
    }
    app.signed_in_person("Amina Applicant", "amina@example.org").await;
    let group = app.create_group("Sparkbrook Sisters").await.to_string();
    let before = app.footprint().await;
    let response = app.submit(&format!("{start}?eligibility=&eligibility=1-yes"), &[("group_id", &group)]).await;
    assert_eq!(response.status, 303);
    assert!(response.location().unwrap().starts_with(&page));
    app.footprint().await.assert_unchanged_since(&before, "no bid started");
}

on_both_databases!(
    a_lead_adds_changes_and_removes_questions_until_the_first_bid,
    another_programmes_lead_cannot_touch_its_questions,
    the_public_page_rules_out_kindly_or_lets_a_group_through,
    answers_are_checked_again_kept_with_the_bid_and_shown_to_the_lead,
    answers_are_kept_with_a_draft_started_before_the_questions,
    one_group_answers_the_questions_and_lands_in_its_bid,
    odd_answers_and_long_queries_never_fail,
);
