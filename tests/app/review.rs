//! Panel review and decisions: screening, balanced panels with lived experience, conflicts,
//! scoring, ranking, awards that never overspend (even thirty at once), clear refusals.

use std::sync::{Arc, Barrier};

use smallgrants::bids::BidState;
use smallgrants::decisions::actions::{self as decisions, DecisionError};
use smallgrants::money::Pence;

use crate::common::{Backend, TestApp, TestDatabase};
use crate::on_both_databases;

pub(crate) fn scores(need: &str, reach: &str, recommendation: &str) -> Vec<(&'static str, String)> {
    vec![
        ("need", need.to_string()),
        ("reach", reach.to_string()),
        ("comment", "Clear need in the area".to_string()),
        ("recommendation", recommendation.to_string()),
        ("watched", "yes".to_string()),
        ("intent", "submit".to_string()),
    ]
}

pub(crate) async fn score(app: &TestApp, bid: i64, fields: Vec<(&str, String)>) -> crate::common::TestResponse {
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.submit(&format!("/panel/bids/{bid}/review"), &borrowed).await
}

/// The message shown at the top of the page a POST redirected to.
async fn flash_after(app: &TestApp, response: &crate::common::TestResponse) -> String {
    let page = app.get(&response.location().expect("a redirect")).await.text();
    let start = page.find("class=\"notification-banner\"").expect("a message banner");
    let from = start + page[start..].find("<p>").expect("the message") + 3;
    let to = from + page[from..].find("</p>").unwrap();
    page[from..to].to_string()
}

/// The text of an HTML fragment: tags dropped, spaces collapsed.
pub(crate) fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ").replace("&#39;", "'").replace("&amp;", "&")
}

/// One row of the ranking table as the lead sees it.
#[derive(Debug)]
pub(crate) struct RankingRow {
    pub(crate) cells: Vec<String>,
    pub(crate) funding_line: bool,
    pub(crate) decided: bool,
}

impl RankingRow {
    fn running_total(&self) -> &str {
        self.cells.last().map(String::as_str).unwrap_or("")
    }
}

/// The ranking table's rows, top to bottom: cells as text, whether the funding line is drawn
/// under the row, and whether it is in the "already decided" part.
pub(crate) fn ranking_table(page: &str) -> Vec<RankingRow> {
    let start = page.find("table--ranking").expect("the ranking table");
    let table = &page[start..start + page[start..].find("</table>").unwrap()];
    let mut rows = Vec::new();
    for body in table.split("<tbody").skip(1) {
        let decided = body.starts_with(" class=\"ranking__decided\"");
        for row in body.split("<tr").skip(1) {
            let row = &row[..row.find("</tr>").unwrap()];
            let cells = row.split("<td").skip(1).map(|cell| text_of(&format!("<td{cell}"))).collect();
            rows.push(RankingRow { cells, funding_line: row.starts_with(" class=\"funding-line\""), decided });
        }
    }
    rows
}

/// Changes the round's budget, keeping its dates.
pub(crate) async fn set_budget(app: &TestApp, scheme: &crate::common::setup::Scheme, name: &str, budget: &str) {
    let round_id = scheme.round_id;
    let fields: Vec<(String, String)> = app
        .round_fields(scheme.pot_id, name, budget)
        .into_iter()
        .filter(|(k, _)| !matches!(k.as_str(), "opens_date" | "closes_date" | "opens_time" | "closes_time"))
        .collect();
    let round_now = app.db(move |conn| smallgrants::rounds::queries::find(conn, round_id).unwrap().unwrap()).await;
    let (od, ot) = crate::common::setup::london_fields(round_now.opens_at, chrono::Duration::zero());
    let (cd, ct) = crate::common::setup::london_fields(round_now.closes_at, chrono::Duration::zero());
    let mut fields = fields;
    fields.extend([
        ("opens_date".into(), od),
        ("opens_time".into(), ot),
        ("closes_date".into(), cd),
        ("closes_time".into(), ct),
    ]);
    let saved = app.submit_round(&format!("/manage/rounds/{round_id}/edit"), fields, &[]).await;
    assert_eq!(saved.status, 303, "{}", saved.text());
}

/// The whole flow for the lead and two panel members, one with lived experience, one of whom
/// declares a conflict and is replaced.
/// The front door: a lead and a panel member land on what is theirs to do, not on an empty
/// applicant's page; the counts follow the round.
async fn a_lead_and_a_panel_member_find_their_work_on_the_dashboard(app: TestApp) {
    let round = app.round_with_sent_bids("Front Door Fund", 3).await;
    let page = app.get("/dashboard").await.text();
    assert!(page.contains("What is waiting for you") && page.contains("Front Door Fund"), "{page}");
    assert!(page.contains("3 bids to screen"), "{page}");
    assert!(page.contains("Closing next:"), "the open round");
    assert!(!page.contains("You have no bids yet"), "no applicant's empty page for a lead");

    app.to_the_panel(&round).await;
    let page = app.get("/dashboard").await.text();
    assert!(page.contains("3 bids with the panel still short of reviews") && !page.contains("to screen"), "{page}");

    let panel = format!("panel0-{}@example.org", round.scheme.round_id);
    app.switch_to(&panel).await;
    let page = app.get("/dashboard").await.text();
    assert!(page.contains("Scoring bids") && page.contains(r#"<a href="/panel">3 bids to score</a>"#), "{page}");
    assert!(!page.contains("Front Door Fund</h2>"), "a panel member sees no lead's work");

    // An applicant's front door is as before.
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let page = app.get("/dashboard").await.text();
    assert!(page.contains("Your groups and bids") && !page.contains("bids to score"));
}

async fn a_round_runs_from_screening_through_the_panel_to_decisions(app: TestApp) {
    let round = app.round_with_sent_bids("Flow Fund", 4).await;
    let [first, second, third, fourth] = round.bids[..] else { unreachable!() };
    let scheme = round.scheme;
    app.panel_member(&scheme, "Lena Lived", "lena@example.org", true).await;
    app.panel_member(&scheme, "Pat Peer", "pat@example.org", false).await;
    app.panel_member(&scheme, "Sam Staff", "sam@example.org", false).await;
    app.switch_to(&round.lead_email).await;

    // Screening: a question for one group, one bid not eligible.
    let returned = app
        .submit(&format!("/manage/bids/{fourth}/return"), &[("note", "We need to know who will run the sessions.")])
        .await;
    assert_eq!(returned.status, 303);
    let ineligible = app
        .submit(&format!("/manage/bids/{third}/ineligible"), &[("reason", "The group works outside Riverside.")])
        .await;
    assert_eq!(ineligible.status, 303);
    let emails = app.deliver_emails().await;
    let question = emails.iter().find(|e| e.kind == "bid_returned").unwrap();
    assert!(
        question.text.contains("We need to know who will run the sessions.")
            && question.text.contains("What happens next")
    );
    assert!(emails.iter().any(|e| e.kind == "bid_ineligible" && e.text.contains("outside Riverside")));
    // The lead reads the returned bid's status in the lead's words, the group in its own.
    let lead_view = app.get(&format!("/manage/bids/{fourth}")).await.text();
    assert!(lead_view.contains("Returned to the group</strong>"), "{lead_view}");
    assert!(!lead_view.contains("Returned to you"), "the group's words are not the lead's");
    app.switch_to(&format!("applicant3-{}@example.org", scheme.round_id)).await;
    assert!(app.get(&format!("/bids/{fourth}")).await.text().contains("Returned to you</strong>"));
    app.switch_to(&round.lead_email).await;

    // Panels, balanced, each with the lived-experience member.
    assert_eq!(app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await.status, 303);
    let assigned = app.deliver_emails().await;
    assert!(assigned.iter().any(|e| e.kind == "panel_assigned" && e.to == "lena@example.org"));
    for bid in [first, second] {
        let panel = app.db(move |conn| smallgrants::review::queries::assignments_of_bid(conn, bid).unwrap()).await;
        assert_eq!(panel.len(), 2, "panel size 2");
        assert!(panel.iter().any(|(_, p)| p.email == "lena@example.org"), "lived experience on every panel");
    }
    assert_eq!(app.submit(&format!("/manage/rounds/{}/start-reviews", scheme.round_id), &[]).await.status, 303);
    assert_eq!(app.bid(first).await.state, BidState::InReview);

    // Lena scores the first bid: a draft, then submitted; she sees others only after.
    app.switch_to("lena@example.org").await;
    let queue = app.get("/panel").await.text();
    assert!(queue.contains("Walk and talk") && queue.contains("Not started"));
    let page = app.get(&format!("/panel/bids/{first}")).await.text();
    assert!(page.contains("Spelling, grammar and how well anything is written are not scored"));
    assert!(page.contains("Little or no evidence of need."), "descriptors beside the scores");
    assert!(page.contains("youtube-nocookie.com/embed/"), "the video is embedded");
    assert!(!page.contains("DEI"), "no equality answers on the panel's page");
    let draft = app.submit(&format!("/panel/bids/{first}/review"), &[("need", "4"), ("intent", "draft")]).await;
    assert_eq!(draft.status, 303);
    assert_eq!(score(&app, first, scores("5", "4", "fund")).await.status, 303);
    assert!(app.get(&format!("/panel/bids/{first}")).await.text().contains("No one else has submitted a review yet"));
    assert_eq!(score(&app, second, scores("2", "2", "do_not_fund")).await.status, 303);

    // Pat or Sam has the first bid too; whoever it is declares a conflict and is replaced.
    let panel = app.db(move |conn| smallgrants::review::queries::assignments_of_bid(conn, first).unwrap()).await;
    let other = panel.iter().map(|(_, p)| p.email.clone()).find(|e| e != "lena@example.org").unwrap();
    app.switch_to(&other).await;
    assert!(
        app.get(&format!("/panel/bids/{first}")).await.text().contains("You will see the other panel members"),
        "not before submitting"
    );
    let conflict = app.submit(&format!("/panel/bids/{first}/conflict"), &[("note", "My cousin runs this group")]).await;
    assert_eq!(conflict.status, 303);
    assert_eq!(app.get(&format!("/panel/bids/{first}")).await.status, 404, "gone from their sight");
    assert_eq!(score(&app, first, scores("5", "5", "fund")).await.status, 404, "and they cannot score it");
    let notice = app.deliver_emails().await;
    assert!(notice.iter().any(|e| e.kind == "conflict_declared" && e.to == round.lead_email));

    app.switch_to(&round.lead_email).await;
    let round_page = app.get(&format!("/manage/rounds/{}", scheme.round_id)).await.text();
    assert!(round_page.contains("1 bid needs another panel member</strong>"), "in plain English: {round_page}");
    assert!(!round_page.contains("(s)"), "no bid(s)");
    assert!(round_page.contains(&format!("href=\"/manage/bids/{first}#panel\"")), "names and links the bid");
    let reassigned = app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await;
    assert_eq!(flash_after(&app, &reassigned).await, "1 assignment made; each panel member has been emailed.");
    let panel = app.db(move |conn| smallgrants::review::queries::assignments_of_bid(conn, first).unwrap()).await;
    let replacement = panel
        .iter()
        .find(|(a, p)| !a.has_conflict() && p.email != "lena@example.org" && p.email != other)
        .map(|(_, p)| p.email.clone())
        .expect("a replacement");
    app.switch_to(&replacement).await;
    assert_eq!(score(&app, first, scores("3", "4", "discuss")).await.status, 303);
    let after = app.get(&format!("/panel/bids/{first}")).await.text();
    assert!(after.contains("Lena Lived") && after.contains("Clear need in the area"), "others' reviews once submitted");

    // The ranking: weighted means, spread and the discuss flag.
    app.switch_to(&round.lead_email).await;
    let ranking = app.get(&format!("/manage/rounds/{}/ranking", scheme.round_id)).await.text();
    assert!(ranking.contains("4.00"), "first bid: need (5+3)/2=4, reach 4 → 4.00: {ranking}");
    assert!(
        ranking.contains("Scores differ by 2 or more") && ranking.contains(">Discuss<"),
        "need scores differ by 2, in its own column"
    );
    let csv = app.get(&format!("/manage/rounds/{}/ranking.csv", scheme.round_id)).await;
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(csv.text().contains("Weighted mean") && csv.text().contains("4.00"));

    // Decisions: an award below the request, a decline with feedback (and the reason for it).
    let award = app
        .submit(
            &format!("/manage/bids/{first}/award"),
            &[("amount", "£2,000"), ("conditions", "A short report"), ("message", "Well done")],
        )
        .await;
    assert_eq!(award.status, 303, "{}", award.text());
    let pot = app.db(move |conn| smallgrants::funds::queries::round_balances(conn, scheme.round_id).unwrap()).await;
    assert_eq!(pot.committed, Pence::from_pounds(2_000), "committed from the round and the pot");
    let no_feedback = app.submit(&format!("/manage/bids/{second}/decline"), &[("feedback", " ")]).await;
    assert_eq!(no_feedback.status, 422);
    assert!(no_feedback.text().contains("Write feedback for the group"));
    assert_eq!(
        app.submit(
            &format!("/manage/bids/{second}/decline"),
            // The money reaches it (it is above the funding line), so declining it needs a reason.
            &[
                ("feedback", "Strong idea; show more about who you reach."),
                ("order_reason", "The group asked us to wait until its new venue is confirmed")
            ]
        )
        .await
        .status,
        303
    );
    let outcomes = app.deliver_emails().await;
    let awarded = outcomes.iter().find(|e| e.kind == "bid_awarded").unwrap();
    assert!(
        awarded.subject.contains("£2,000")
            && awarded.text.contains("A short report")
            && awarded.text.contains("What happens next")
    );
    assert!(outcomes.iter().any(|e| e.kind == "bid_declined" && e.text.contains("show more about who you reach")));

    // The group sees its outcome.
    app.switch_to(&format!("applicant0-{}@example.org", scheme.round_id)).await;
    let page = app.get(&format!("/bids/{first}")).await.text();
    assert!(page.contains("Offered") && page.contains("The bid was offered funding."));
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "bid", first).unwrap()).await;
    assert!(events.iter().any(|e| e.action == "awarded" && e.from_state.as_deref() == Some("in_review")));

    // The panel member sees what came of the bids she scored.
    app.switch_to("lena@example.org").await;
    let queue = app.get("/panel").await.text();
    assert!(queue.contains("What came of it"), "{queue}");
    assert!(queue.contains("Funded: £2,000 offered") && queue.contains("Not funded"), "{queue}");
}

async fn bad_reviews_and_other_peoples_bids_are_refused(app: TestApp) {
    let round = app.round_with_sent_bids("Guard Fund", 2).await;
    let scheme = round.scheme;
    let lena = app.panel_member(&scheme, "Lena", "lena@example.org", true).await;
    app.panel_member(&scheme, "Pat", "pat@example.org", false).await;
    app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await;
    app.submit(&format!("/manage/rounds/{}/start-reviews", scheme.round_id), &[]).await;
    // A third panel member with nothing assigned.
    app.panel_member(&scheme, "Outsider", "out@example.org", false).await;

    app.switch_to("lena@example.org").await;
    let before = app.footprint().await;
    let bid = round.bids[0];
    let high = score(&app, bid, scores("6", "3", "fund")).await;
    assert_eq!(high.status, 422);
    assert!(high.text().contains("must be a whole number from 1 to 5"));
    let mut missing = scores("3", "3", "fund");
    missing.retain(|(k, _)| *k != "reach");
    let response = score(&app, bid, missing).await;
    assert_eq!(response.status, 422);
    assert!(response.text().contains("Choose a score for reach"));
    let mut unwatched = scores("3", "3", "fund");
    unwatched.retain(|(k, _)| *k != "watched");
    assert!(score(&app, bid, unwatched).await.text().contains("Confirm you have watched or listened"));
    app.footprint().await.assert_unchanged_since(&before, "nothing saved");

    app.switch_to("out@example.org").await;
    assert_eq!(app.get(&format!("/panel/bids/{bid}")).await.status, 404, "not assigned: not visible");
    assert_eq!(score(&app, bid, scores("3", "3", "fund")).await.status, 404);

    // A lead of another programme cannot decide here.
    app.clear_cookies();
    let other = app.programme_with_round("Elsewhere Fund", "elsewhere@example.org").await;
    assert_ne!(other.programme_id, scheme.programme_id);
    for action in ["award", "decline", "waitlist", "return", "ineligible", "start-review"] {
        let response = app
            .submit(
                &format!("/manage/bids/{bid}/{action}"),
                &[("amount", "100"), ("feedback", "x"), ("note", "x"), ("reason", "x")],
            )
            .await;
        assert_eq!(response.status, 403, "{action}");
    }
    assert_eq!(app.get(&format!("/manage/bids/{bid}")).await.status, 403);
    assert_eq!(app.get(&format!("/manage/rounds/{}/ranking", scheme.round_id)).await.status, 403);
    assert_eq!(
        app.submit(
            &format!("/manage/rounds/{}/decisions", scheme.round_id),
            &[("bid_ids", &bid.to_string()), ("decision", "award")]
        )
        .await
        .status,
        403
    );
    let _ = lena;
}

async fn illegal_transitions_are_clear_409s_and_bulk_overspend_commits_nothing(app: TestApp) {
    let round = app.round_with_sent_bids("Rules Fund", 3).await;
    let scheme = round.scheme;
    app.panel_member(&scheme, "Lena", "lena@example.org", true).await;
    app.panel_member(&scheme, "Pat", "pat@example.org", false).await;
    app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await;
    app.submit(&format!("/manage/rounds/{}/start-reviews", scheme.round_id), &[]).await;
    let [a, b, c] = round.bids[..] else { unreachable!() };

    // Each asks for £2,500; shrink the round to £6,000 so three awards are £1,500 too many.
    set_budget(&app, &scheme, "Rules Fund round", "6000").await;

    let before = app.footprint().await;
    let ids: Vec<String> = [a, b, c].iter().map(|id| id.to_string()).collect();
    // First the portal asks, summing up the bids, the money and the emails; nothing is decided.
    let asked = app
        .submit(
            &format!("/manage/rounds/{}/decisions", scheme.round_id),
            &[("bid_ids", &ids[0]), ("bid_ids", &ids[1]), ("bid_ids", &ids[2]), ("decision", "award")],
        )
        .await;
    assert_eq!(asked.status, 200);
    let asked = asked.text();
    assert!(asked.contains("Award 3 bids"), "{asked}");
    assert!(asked.contains("£7,500 will be offered, from the £6,000 the round has left."), "{asked}");
    assert!(asked.contains("3 people will be emailed the decision"), "{asked}");
    assert!(asked.contains("name=\"confirmed\" value=\"yes\""), "the page's button confirms");
    app.footprint().await.assert_unchanged_since(&before, "asking decides nothing");
    let response = app
        .submit(
            &format!("/manage/rounds/{}/decisions", scheme.round_id),
            &[
                ("bid_ids", &ids[0]),
                ("bid_ids", &ids[1]),
                ("bid_ids", &ids[2]),
                ("decision", "award"),
                ("confirmed", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status, 422);
    assert!(
        response.text().contains("Nothing was decided. This would be £1,500 more than the £6,000 left"),
        "{}",
        response.text()
    );
    app.footprint().await.assert_unchanged_since(&before, "all or nothing");

    let two = app
        .submit(
            &format!("/manage/rounds/{}/decisions", scheme.round_id),
            &[("bid_ids", &ids[0]), ("bid_ids", &ids[1]), ("decision", "award"), ("confirmed", "yes")],
        )
        .await;
    assert_eq!(two.status, 303);
    assert_eq!(app.bid(a).await.state, BidState::Awarded);
    let award = app.db(move |conn| smallgrants::grants::queries::award_of(conn, a).unwrap().unwrap()).await;
    let decided_on = smallgrants::time::in_london(app.now()).date_naive();
    assert_eq!(
        award.accept_by_on,
        Some(decided_on + smallgrants::decisions::rules::ACCEPT_WITHIN),
        "a bulk award asks for an answer within the usual 28 days"
    );

    let twice = app.submit(&format!("/manage/bids/{a}/award"), &[("amount", "100")]).await;
    assert_eq!(twice.status, 409, "deciding twice");
    assert!(twice.text().contains("This bid is offered funding, so it cannot be awarded now."));

    app.switch_to(&format!("applicant2-{}@example.org", scheme.round_id)).await;
    assert_eq!(app.submit(&format!("/bids/{c}/withdraw"), &[]).await.status, 303);
    app.switch_to(&round.lead_email).await;
    let withdrawn = app.submit(&format!("/manage/bids/{c}/award"), &[("amount", "100")]).await;
    assert_eq!(withdrawn.status, 409, "awarding a withdrawn bid");
    assert!(withdrawn.text().contains("This bid is withdrawn"));
    let over = app.submit(&format!("/manage/bids/{b}/award"), &[("amount", "3000")]).await;
    assert_eq!(over.status, 409, "an awarded bid again");
}

async fn reviews_cannot_change_once_the_panel_closes(app: TestApp) {
    let round = app.round_with_sent_bids("Close Fund", 1).await;
    let scheme = round.scheme;
    app.panel_member(&scheme, "Lena", "lena@example.org", true).await;
    app.panel_member(&scheme, "Pat", "pat@example.org", false).await;
    app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await;
    app.submit(&format!("/manage/rounds/{}/start-reviews", scheme.round_id), &[]).await;
    let bid = round.bids[0];
    app.switch_to("lena@example.org").await;
    assert_eq!(score(&app, bid, scores("4", "4", "fund")).await.status, 303);
    assert_eq!(
        score(&app, bid, scores("5", "4", "fund")).await.status,
        303,
        "a submitted review can change while the panel is open"
    );
    let events = app
        .db(|conn| {
            use diesel::prelude::*;
            use smallgrants::db::schema::audit_events;
            audit_events::table
                .filter(audit_events::action.eq("review_changed"))
                .count()
                .get_result::<i64>(conn)
                .unwrap()
        })
        .await;
    assert_eq!(events, 1, "each change audited");
    app.switch_to(&round.lead_email).await;
    let asking = app.get(&format!("/manage/rounds/{}/close-panel", scheme.round_id)).await.text();
    assert!(asking.contains("Panel members will no longer be able to add or change scores"), "{asking}");
    assert!(asking.contains("1 review assigned has not been sent"), "Pat has not scored: {asking}");
    app.submit(&format!("/manage/rounds/{}/close-panel", scheme.round_id), &[]).await;
    app.switch_to("lena@example.org").await;
    let closed = score(&app, bid, scores("1", "1", "do_not_fund")).await;
    assert_eq!(closed.status, 409);
    assert!(closed.text().contains("Panel scoring for this round has closed"));
}

/// Every scoring error is at its field and describes it (the fieldset of a criterion, the
/// "watched" box); a conflict declared without a note comes back open, with what was typed.
async fn scoring_and_conflict_errors_point_at_their_fields(app: TestApp) {
    let round = app.round_with_sent_bids("Errors Fund", 1).await;
    let scheme = round.scheme;
    app.panel_member(&scheme, "Lena", "lena@example.org", true).await;
    app.panel_member(&scheme, "Pat", "pat@example.org", false).await;
    app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await;
    app.submit(&format!("/manage/rounds/{}/start-reviews", scheme.round_id), &[]).await;
    let bid = round.bids[0];
    app.switch_to("lena@example.org").await;

    let untouched = app.get(&format!("/panel/bids/{bid}")).await.text();
    assert!(untouched.contains(r#"<fieldset class="fieldset" aria-describedby="need-hint">"#), "the hint only");
    assert!(!untouched.contains("<details class=\"details\" open"), "the conflict form starts closed");

    let empty = score(&app, bid, vec![("intent", "submit".to_string())]).await;
    assert_eq!(empty.status, 422);
    let page = empty.text();
    for key in ["need", "reach"] {
        assert!(
            page.contains(&format!(r#"<fieldset class="fieldset" aria-describedby="{key}-hint {key}-error">"#)),
            "{key}'s fieldset is described by its hint and its error: {page}"
        );
        assert!(page.contains(&format!(r#"<div class="hint" id="{key}-hint">"#)));
        assert!(page.contains(&format!(r#"<p class="error-message" id="{key}-error">"#)));
        assert!(page.contains(&format!(r##"href="#{key}""##)), "the summary links to {key}");
    }
    assert!(page.contains(r#"id="watched-error""#), "{page}");
    let watched = &page[page.find(r#"id="watched" name="watched""#).expect("the watched box")..];
    assert!(
        watched[..watched.find('>').unwrap()].contains(r#"aria-describedby="watched-error""#),
        "the box is described by its error: {}",
        &watched[..watched.find('>').unwrap()]
    );

    let typed = "   ";
    let conflict = app.submit(&format!("/panel/bids/{bid}/conflict"), &[("note", typed)]).await;
    assert_eq!(conflict.status, 422);
    let page = conflict.text();
    assert!(page.contains(r##"href="#note""##));
    assert!(page.contains("<details class=\"details\" open>"), "the conflict form is shown open: {page}");
    assert!(page.contains(&format!(r#"aria-describedby="note-error">{typed}</textarea>"#)), "the note is kept");
    assert_eq!(app.get(&format!("/panel/bids/{bid}")).await.status, 200, "no conflict was recorded");
}

/// After an award, the bids still to decide come first, their running totals and funding line
/// against the money left; the decided bids follow with the money committed, and the running
/// total never goes down the table. The spreadsheet agrees.
/// Bids with fewer reviews than the panel size are flagged on the round's page and in the
/// ranking, and the funding line says how many above it are not fully reviewed.
async fn bids_short_of_reviews_are_flagged_before_deciding(app: TestApp) {
    let round = app.round_with_sent_bids("Short Fund", 3).await;
    let [top, middle, last] = round.bids[..] else { unreachable!() };
    app.to_the_panel(&round).await;
    let round_id = round.scheme.round_id;
    app.switch_to(&format!("panel0-{round_id}@example.org")).await;
    for (bid, mark) in [(top, "5"), (middle, "4"), (last, "3")] {
        assert_eq!(score(&app, bid, scores(mark, mark, "fund")).await.status, 303);
    }
    app.switch_to(&format!("panel1-{round_id}@example.org")).await;
    assert_eq!(score(&app, top, scores("5", "5", "fund")).await.status, 303);

    app.switch_to(&round.lead_email).await;
    let round_page = app.get(&format!("/manage/rounds/{round_id}")).await.text();
    assert!(round_page.contains("2 bids with the panel have fewer than 2 reviews."), "{round_page}");
    let page = app.get(&format!("/manage/rounds/{round_id}/ranking")).await.text();
    assert!(
        page.contains("2 bids above the funding line have fewer than 2 reviews: their scores may still move."),
        "{page}"
    );
    let rows = ranking_table(&page);
    let reviews: Vec<&str> = rows.iter().map(|r| r.cells[r.cells.len() - 4].as_str()).collect();
    assert_eq!(reviews, ["2 of 2", "1 of 2 Short of reviews", "1 of 2 Short of reviews"], "{rows:?}");
}

async fn the_funding_line_runs_over_the_bids_still_to_decide(app: TestApp) {
    let round = app.round_with_sent_bids("Line Fund", 3).await;
    let scheme = round.scheme;
    let [top, middle, last] = round.bids[..] else { unreachable!() };
    app.panel_member(&scheme, "Lena", "lena@example.org", true).await;
    app.panel_member(&scheme, "Pat", "pat@example.org", false).await;
    app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await;
    let started = app.submit(&format!("/manage/rounds/{}/start-reviews", scheme.round_id), &[]).await;
    assert_eq!(
        flash_after(&app, &started).await,
        "3 bids passed to the panel. Bids without a full panel stay here.",
        "counted in plain English"
    );
    for member in ["lena@example.org", "pat@example.org"] {
        app.switch_to(member).await;
        for (bid, mark) in [(top, "5"), (middle, "4"), (last, "3")] {
            assert_eq!(score(&app, bid, scores(mark, mark, "fund")).await.status, 303);
        }
    }
    let mut reference = std::collections::HashMap::new();
    for bid in [top, middle, last] {
        reference.insert(bid, app.bid(bid).await.reference.unwrap());
    }
    let key = |row: &RankingRow| *reference.iter().find(|(_, r)| row.cells[1].contains(r.as_str())).unwrap().0;
    let ranking_path = format!("/manage/rounds/{}/ranking", scheme.round_id);

    // Each asks for £2,500; the top bid is offered £2,000 and the budget cut to £6,000, so £4,000
    // is left: enough for the middle bid, not for the last as well.
    app.switch_to(&round.lead_email).await;
    let before = ranking_table(&app.get(&ranking_path).await.text());
    assert_eq!(before.iter().map(|r| r.running_total()).collect::<Vec<_>>(), ["£2,500", "£5,000", "£7,500"]);
    assert_eq!(before.iter().map(|r| r.funding_line).collect::<Vec<_>>(), [false, false, true]);
    let award = app.submit(&format!("/manage/bids/{top}/award"), &[("amount", "2000")]).await;
    assert_eq!(award.status, 303, "{}", award.text());
    set_budget(&app, &scheme, "Line Fund round", "6000").await;

    let page = app.get(&ranking_path).await.text();
    assert!(page.contains("£4,000</strong> of the round's budget is not yet committed"), "{page}");
    let rows = ranking_table(&page);
    assert_eq!(rows.iter().map(key).collect::<Vec<_>>(), [middle, last, top], "still to decide first, then decided");
    assert_eq!(rows.iter().map(|r| r.decided).collect::<Vec<_>>(), [false, false, true]);
    assert_eq!(
        rows.iter().map(|r| r.running_total()).collect::<Vec<_>>(),
        ["£2,500", "£5,000 (over the money left)", "£7,000"],
        "over the bids still to decide, then carrying on with the £2,000 committed (not the £2,500 asked)"
    );
    assert_eq!(
        rows.iter().map(|r| r.funding_line).collect::<Vec<_>>(),
        [true, false, false],
        "the line is under the last bid the £4,000 reaches, not under the decided bid at the bottom"
    );
    let totals: Vec<i64> = rows
        .iter()
        .map(|r| r.running_total().split(' ').next().unwrap().replace(['£', ','], "").parse().unwrap())
        .collect();
    assert!(totals.windows(2).all(|w| w[0] <= w[1]), "the running total never goes down the table: {totals:?}");
    let decided = &rows[2];
    assert!(decided.cells[0].contains("Decided") && decided.cells[1].ends_with("Offered"), "{decided:?}");
    assert!(decided.cells[2].contains("£2,000 committed"), "the committed amount: {decided:?}");
    assert!(!page.contains(&format!(r#"name="bid_ids" value="{top}""#)), "a decided bid cannot be selected");

    let by_amount = app.get(&format!("{ranking_path}?sort=amount")).await.text();
    assert!(!by_amount.contains("funding-line"), "the funding line is drawn only in score order");
    assert_eq!(ranking_table(&by_amount).iter().filter(|r| r.decided).count(), 1);

    let csv = app.get(&format!("{ranking_path}.csv")).await.text();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(lines[0].ends_with(",Running total (£),Within budget"));
    let of = |bid: i64| *lines.iter().find(|l| l.starts_with(reference[&bid].as_str())).unwrap();
    assert!(of(middle).ends_with(",2500,yes"), "{}", of(middle));
    assert!(of(last).ends_with(",5000,no"), "{}", of(last));
    assert!(of(top).contains(",awarded,") && of(top).ends_with(",,"), "decided: no running total: {}", of(top));
    assert!(lines[3].starts_with(reference[&top].as_str()), "the decided bid comes last: {csv}");
}

/// A large programme (`seed-demo --scale`): the lead's ranking ranks the whole round but shows
/// it a hundred bids at a time, with one funding line across the pages; the panel member's
/// queue shows fifty at a time, the bids still to score first.
async fn large_rounds_and_queues_are_shown_a_page_at_a_time(app: TestApp) {
    let now = smallgrants::time::now();
    app.db(move |conn| {
        smallgrants::demo::seed(conn, &smallgrants::notifications::emails::Links::new("http://localhost:8080"), now)
            .unwrap();
        smallgrants::demo::scale::seed_scale(conn, 600, now).unwrap()
    })
    .await;
    let round =
        app.db(|conn| smallgrants::rounds::queries::find_by_slug(conn, "metropolitan-summer").unwrap().unwrap()).await;
    let ranked = app
        .db(move |conn| {
            use diesel::prelude::*;
            use smallgrants::db::schema::bids;
            bids::table
                .filter(bids::round_id.eq(round.id))
                .filter(bids::state.eq_any(["in_review", "waitlisted"]))
                .count()
                .get_result::<i64>(conn)
                .unwrap()
        })
        .await as usize;
    assert!(ranked > 150, "enough bids for two pages: {ranked}");
    app.switch_to_demo("lead@demo.example", "demo-lead-words").await;
    let pages = ranked.div_ceil(100);
    let mut references = std::collections::BTreeSet::new();
    let mut funding_lines = 0;
    for page in 1..=pages {
        let html = app.get(&format!("/manage/rounds/{}/ranking?page={page}", round.id)).await.text();
        assert!(html.contains(&format!("Page {page} of {pages}")), "page {page}");
        let rows: Vec<&str> = html.split("class=\"ranking__reference\"").skip(1).collect();
        assert!(rows.len() <= 100 && (page < pages || !rows.is_empty()), "page {page} has {} rows", rows.len());
        if page < pages {
            assert_eq!(rows.len(), 100);
        }
        for row in rows {
            references.insert(row.split('>').nth(1).unwrap().split('<').next().unwrap().to_string());
        }
        funding_lines += html.matches("class=\"funding-line\"").count();
    }
    assert_eq!(references.len(), ranked, "every bid still to decide appears once across the pages");
    assert!(funding_lines <= 1, "one funding line across all pages");

    app.switch_to_demo("panel@demo.example", "demo-panel-words").await;
    let queue = app.get("/panel").await.text();
    assert!(queue.contains("Page 1 of"), "the queue is paged");
    assert_eq!(queue.matches("href=\"/panel/bids/").count(), 50);
    let first_submitted = queue.find("Submitted").unwrap_or(usize::MAX);
    let last_not_started = queue.rfind("Not started").unwrap_or(0);
    assert!(last_not_started < first_submitted, "bids still to score come first");
    assert_eq!(app.get("/panel?page=999").await.status, 404);
}

on_both_databases!(
    bids_short_of_reviews_are_flagged_before_deciding,
    a_lead_and_a_panel_member_find_their_work_on_the_dashboard,
    large_rounds_and_queues_are_shown_a_page_at_a_time,
    a_round_runs_from_screening_through_the_panel_to_decisions,
    bad_reviews_and_other_peoples_bids_are_refused,
    illegal_transitions_are_clear_409s_and_bulk_overspend_commits_nothing,
    reviews_cannot_change_once_the_panel_closes,
    scoring_and_conflict_errors_point_at_their_fields,
    the_funding_line_runs_over_the_bids_still_to_decide,
);

/// Thirty awards fired at once, from thirty threads, for a round that can afford exactly ten:
/// exactly ten commit and the ledger balances.
fn thirty_awards_for_ten_places(backend: Backend) {
    use smallgrants::bids::actions::{self as bids, Editor};
    use smallgrants::bids::rules::{CaseAnswers, MoneyAnswers};
    let database = TestDatabase::new(backend);
    let folder = tempfile::tempdir().unwrap();
    let config = crate::common::test_config(&database, folder.path(), &[("SMALLGRANTS_DATABASE_POOL_SIZE", "32")]);
    let db = smallgrants::db::Db::new(&config.database);
    let mut conn = db.get().unwrap();
    let start = smallgrants::time::now();
    let lead = match smallgrants::accounts::actions::create_admin(&mut conn, "Lead", "lead@example.org", "x", start)
        .unwrap()
    {
        smallgrants::accounts::actions::AdminCreated::New(p)
        | smallgrants::accounts::actions::AdminCreated::Promoted(p) => p,
    };
    let input = smallgrants::programmes::rules::check_programme(&smallgrants::programmes::rules::ProgrammeForm {
        name: "Race Fund".into(),
        funder_name: "ICB".into(),
        identifier_prefix: "360G-race".into(),
        ..Default::default()
    })
    .unwrap();
    let programme = smallgrants::programmes::actions::create(&mut conn, lead.id, &input, start).unwrap();
    let pot = smallgrants::funds::actions::create_pot(
        &mut conn,
        lead.id,
        &smallgrants::funds::actions::NewPot {
            programme_id: programme.id,
            year: smallgrants::funds::FinancialYear::containing(start),
            name: "Pot",
            allocation: Pence::from_pounds(100_000),
            transformation_total: None,
            ring_fence_basis_points: None,
        },
        start,
    )
    .unwrap();
    let form = smallgrants::rounds::rules::RoundForm {
        name: "Race round".into(),
        pot_id: pot.id.to_string(),
        budget: "10000".into(),
        opens_date: "2020-01-01".into(),
        opens_time: "09:00".into(),
        closes_date: "2099-01-01".into(),
        closes_time: "17:00".into(),
        min_award: "100".into(),
        max_award: "1000".into(),
        decision_date: "2099-02-01".into(),
        ..Default::default()
    };
    let round_input = smallgrants::rounds::rules::check_round(&form, start, None).unwrap();
    let round = smallgrants::rounds::actions::create_round(
        &mut conn,
        smallgrants::i18n::Tr::source(),
        lead.id,
        programme.id,
        &round_input,
        start,
    )
    .unwrap();
    let links = smallgrants::notifications::emails::Links::new("http://localhost");
    let mut bid_ids = Vec::new();
    for n in 0..30 {
        let group_input = smallgrants::groups::rules::check_group(&smallgrants::groups::rules::GroupForm {
            name: format!("Group {n}"),
            kind: "other".into(),
            ..Default::default()
        })
        .unwrap();
        let group = smallgrants::groups::actions::create(&mut conn, &lead, &group_input, false, &links, start).unwrap();
        let editor = Editor { person_id: lead.id, as_connector: false };
        let bid = bids::start(&mut conn, editor, group.id, round.id, "en", start).unwrap();
        bids::save_money(
            &mut conn,
            editor,
            bid.id,
            None,
            &MoneyAnswers {
                title: format!("Bid {n}"),
                summary: "s".into(),
                amount: Some(Pence::from_pounds(1_000)),
                purpose: "p".into(),
                places: None,
            },
            start,
        )
        .unwrap();
        bids::save_case(
            &mut conn,
            editor,
            bid.id,
            None,
            &CaseAnswers {
                language: None,
                video_url: "https://youtu.be/dQw4w9WgXcQ".into(),
                need: String::new(),
                reach: String::new(),
                impact: String::new(),
                recording_covers: None,
            },
            start,
        )
        .unwrap();
        bids::submit(&mut conn, &lead, editor, bid.id, None, &links, start).unwrap();
        {
            use diesel::prelude::*;
            use smallgrants::db::schema::bids as table;
            diesel::update(table::table.find(bid.id)).set(table::state.eq("in_review")).execute(&mut conn).unwrap();
        }
        bid_ids.push(bid.id);
    }
    drop(conn);
    let round = Arc::new(round);
    let barrier = Arc::new(Barrier::new(bid_ids.len()));
    let threads: Vec<_> = bid_ids
        .iter()
        .map(|bid_id| {
            let (db, round, barrier, links, bid_id, lead_id) =
                (db.clone(), round.clone(), barrier.clone(), links.clone(), *bid_id, lead.id);
            std::thread::spawn(move || {
                let mut conn = db.get().expect("a connection for each thread");
                barrier.wait();
                let decision = decisions::plain_award(
                    smallgrants::i18n::Tr::source(),
                    Pence::from_pounds(1_000),
                    smallgrants::time::now(),
                );
                // Bids below the funding line need a reason: the race is about the money.
                let made = decisions::LeadDecision {
                    decision,
                    order_reason: "Funded in the order the lead reached them".into(),
                };
                decisions::decide(&mut conn, lead_id, bid_id, &round, &made, &links, smallgrants::time::now())
            })
        })
        .collect();
    let outcomes: Vec<Result<(), DecisionError>> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let committed = outcomes.iter().filter(|o| o.is_ok()).count();
    assert_eq!(
        committed,
        10,
        "{backend:?}: {:?}",
        outcomes.iter().filter_map(|o| o.as_ref().err()).map(|e| e.to_string()).collect::<Vec<_>>()
    );
    assert!(outcomes.iter().filter_map(|o| o.as_ref().err()).all(|e| matches!(e, DecisionError::Overspend { .. })));
    let mut conn = db.get().unwrap();
    let round_balance = smallgrants::funds::queries::round_balances(&mut conn, round.id).unwrap();
    assert_eq!(round_balance.committed, Pence::from_pounds(10_000));
    let pot_balance = smallgrants::funds::queries::pot_balances(&mut conn, pot.id).unwrap();
    assert_eq!(pot_balance.committed, Pence::from_pounds(10_000));
    assert!(pot_balance.is_consistent());
    let awarded = {
        use diesel::prelude::*;
        use smallgrants::db::schema::{awards, bids};
        (
            awards::table.count().get_result::<i64>(&mut conn).unwrap(),
            bids::table.filter(bids::state.eq("awarded")).count().get_result::<i64>(&mut conn).unwrap(),
        )
    };
    assert_eq!(awarded, (10, 10), "award rows and states agree with the ledger");
}

#[test]
fn thirty_concurrent_awards_commit_exactly_ten_on_sqlite() {
    thirty_awards_for_ten_places(Backend::Sqlite);
}

#[test]
fn thirty_concurrent_awards_commit_exactly_ten_on_postgres() {
    thirty_awards_for_ten_places(Backend::Postgres);
}
