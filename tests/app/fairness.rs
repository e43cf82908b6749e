//! Equity before the decision: a share of a round's money kept for groups led by a community,
//! honoured by the funding line and said in public; decisions out of rank order need the
//! lead's reason, which the round's panel reads with the outcomes.

use crate::common::TestApp;
use crate::on_both_databases;
use crate::review::{ranking_table, score, scores, set_budget, text_of};

const BLACK_LED: &str = "DEI010100";
const COMMUNITY: &str = "Black / African / Caribbean / Black British";

/// A round of £5,000 with three bids of £2,500 scored 5, 4 and 3 by a panel of two (Lena, with
/// lived experience, and Pat); the third group describes itself as led by Black African people.
/// Answers the scheme and the bids, top first; the lead is signed in at the end.
async fn scored_round(app: &TestApp, name: &str) -> (crate::common::setup::Scheme, [i64; 3], String) {
    let lead_email = format!("lead-{}@example.org", name.to_lowercase().replace(' ', "-"));
    let scheme = app.programme_with_round(name, &lead_email).await;
    let mut bids = Vec::new();
    for n in 0..3 {
        let (group, bid) =
            app.applicant_with_draft(&scheme, &format!("applicant{n}-{}@example.org", scheme.round_id)).await;
        if n == 2 {
            let fields = [
                ("leadership_status", "answered"),
                ("leadership_codes", "DEI010110"),
                ("beneficiaries_status", "prefer_not_to_say"),
            ];
            assert_eq!(app.submit(&format!("/groups/{group}/equality"), &fields).await.status, 303);
        }
        assert_eq!(app.submit(&format!("/bids/{bid}/submit"), &[]).await.status, 303);
        bids.push(bid);
    }
    app.switch_to(&lead_email).await;
    set_budget(app, &scheme, &format!("{name} round"), "5000").await;
    app.panel_member(&scheme, "Lena", &format!("lena-{}@example.org", scheme.round_id), true).await;
    app.panel_member(&scheme, "Pat", &format!("pat-{}@example.org", scheme.round_id), false).await;
    assert_eq!(app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await.status, 303);
    assert_eq!(app.submit(&format!("/manage/rounds/{}/start-reviews", scheme.round_id), &[]).await.status, 303);
    for member in ["lena", "pat"] {
        app.switch_to(&format!("{member}-{}@example.org", scheme.round_id)).await;
        for (bid, mark) in bids.iter().zip(["5", "4", "3"]) {
            assert_eq!(score(app, *bid, scores(mark, mark, "fund")).await.status, 303);
        }
    }
    app.switch_to(&lead_email).await;
    (scheme, [bids[0], bids[1], bids[2]], lead_email)
}

async fn reference(app: &TestApp, bid: i64) -> String {
    app.bid(bid).await.reference.unwrap()
}

/// Half of a £5,000 round is kept for Black-led groups: the third-ranked bid, from a Black-led
/// group, is held within budget by it while the second is over the line; the round's public
/// page says the share exists; the reservation cannot change after the first award; awarding
/// the second bid (below the line) needs a reason, which the panel then reads; the pot report
/// shows what went to the community.
async fn money_kept_for_a_community_holds_the_line_and_is_said_in_public(app: TestApp) {
    let (scheme, [top, middle, last], _) = scored_round(&app, "Kept Fund").await;
    let round_id = scheme.round_id;
    let kept_path = format!("/manage/rounds/{round_id}/reservations");

    let bad = app.submit(&kept_path, &[("dei_code", BLACK_LED), ("how", "percent"), ("percent", "half")]).await;
    assert_eq!(bad.status, 422);
    let page = bad.text();
    assert!(page.contains("Enter a whole number from 1 to 100"), "{page}");
    assert!(page.contains(r#"value="half""#), "what was typed is kept");
    let nothing = app.db(move |conn| smallgrants::rounds::reservations::of_round(conn, round_id).unwrap()).await;
    assert!(nothing.is_empty(), "nothing saved");

    let kept = app.submit(&kept_path, &[("dei_code", BLACK_LED), ("how", "percent"), ("percent", "50")]).await;
    assert_eq!(kept.status, 303, "{}", kept.text());
    let round_page = text_of(&app.get(&format!("/manage/rounds/{round_id}")).await.text());
    assert!(round_page.contains(&format!("Kept for groups led by {COMMUNITY}")), "{round_page}");
    assert!(round_page.contains("£2,500: 50% of the round's budget."), "{round_page}");

    let slug = app.round_slug(round_id).await;
    app.clear_cookies();
    let public = text_of(&app.get(&format!("/rounds/{slug}")).await.text());
    assert!(
        public.contains(&format!(
            "£2,500 of this money is kept for groups whose leaders describe themselves as: {COMMUNITY}"
        )),
        "{public}"
    );

    // Another programme's lead cannot touch this round's reservations.
    app.programme_with_round("Other Fund", "other-lead@example.org").await;
    let theirs = app.submit(&kept_path, &[("dei_code", "DEI020000"), ("how", "percent"), ("percent", "10")]).await;
    assert!(matches!(theirs.status.as_u16(), 403 | 404), "{}", theirs.status);

    app.switch_to("lead-kept-fund@example.org").await;
    let ranking = app.get(&format!("/manage/rounds/{round_id}/ranking")).await.text();
    let rows = ranking_table(&ranking);
    let (top_ref, middle_ref, last_ref) =
        (reference(&app, top).await, reference(&app, middle).await, reference(&app, last).await);
    let order: Vec<&str> = rows
        .iter()
        .map(|row| {
            [&top_ref, &middle_ref, &last_ref].into_iter().find(|r| row.cells[1].contains(r.as_str())).unwrap().as_str()
        })
        .collect();
    assert_eq!(order, [top_ref.as_str(), middle_ref.as_str(), last_ref.as_str()], "ranked by score");
    assert_eq!(
        rows.iter().map(|r| r.funding_line).collect::<Vec<_>>(),
        [true, false, false],
        "£2,500 for everyone else"
    );
    assert!(rows[2].cells[1].contains(&format!("Within the share kept for {COMMUNITY}")), "{:?}", rows[2]);
    assert!(!rows[1].cells[1].contains("Within the share"), "{:?}", rows[1]);

    // The Black-led bid is within the money kept: awarding it needs no reason.
    assert_eq!(app.submit(&format!("/manage/bids/{last}/award"), &[("amount", "2500")]).await.status, 303);
    let fixed = app.submit(&kept_path, &[("dei_code", "DEI020000"), ("how", "percent"), ("percent", "10")]).await;
    assert_eq!(fixed.status, 409, "the reservations are fixed after the first award");

    // The second bid is below the line: awarding it asks why, and changes nothing until told.
    let unexplained = app.submit(&format!("/manage/bids/{middle}/award"), &[("amount", "2500")]).await;
    assert_eq!(unexplained.status, 422);
    assert!(unexplained.text().contains("This bid is below the funding line. Say why you are funding it"));
    assert_eq!(app.bid(middle).await.state, smallgrants::bids::BidState::InReview);
    let reason = "The only peer group for young carers in Eastfield";
    let explained =
        app.submit(&format!("/manage/bids/{middle}/award"), &[("amount", "2500"), ("order_reason", reason)]).await;
    assert_eq!(explained.status, 303, "{}", explained.text());
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "bid", middle).unwrap()).await;
    assert!(events.iter().any(|e| e.action == "decided_out_of_rank_order" && e.reason.as_deref() == Some(reason)));

    // The panel reads the outcome of every bid it scored, and the lead's reason.
    app.switch_to(&format!("lena-{round_id}@example.org")).await;
    let panel = text_of(&app.get("/panel").await.text());
    assert!(panel.contains("Funded: £2,500 offered"), "{panel}");
    assert!(panel.contains("Decided out of rank order: the lead's reason"), "{panel}");
    assert!(panel.contains("Funded from below the funding line"), "{panel}");
    assert!(panel.contains("Decisions that differ from the panel's ranking"), "{panel}");
    assert!(panel.contains(&format!("The lead's reason: {reason}")), "{panel}");

    app.switch_to("lead-kept-fund@example.org").await;
    let pot = text_of(&app.get(&format!("/manage/pots/{}/report", scheme.pot_id)).await.text());
    assert!(pot.contains(&format!("Kept Fund round {COMMUNITY} £2,500 £2,500 (100%) 1")), "{pot}");
}

/// Declining or waiting-listing bids above the line asks why: for several at once, one reason for
/// all of them, and nothing is decided until it is given.
async fn turning_down_bids_above_the_line_asks_why(app: TestApp) {
    let (scheme, [top, middle, _], _) = scored_round(&app, "Reason Fund").await;
    let round_id = scheme.round_id;

    let waitlisted = app.submit(&format!("/manage/bids/{top}/waitlist"), &[]).await;
    assert_eq!(waitlisted.status, 422);
    assert!(waitlisted.text().contains("This bid is above the funding line. Say why you are not funding it now"));

    let decisions = format!("/manage/rounds/{round_id}/decisions");
    let selected = [("bid_ids", top.to_string()), ("bid_ids", middle.to_string())];
    let mut fields: Vec<(&str, &str)> = selected.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fields.extend([("decision", "decline"), ("feedback", "The panel scored other bids higher this time")]);
    let ask = app.submit(&decisions, &fields).await;
    assert_eq!(ask.status, 200);
    let asked = text_of(&ask.text());
    let (top_ref, middle_ref) = (reference(&app, top).await, reference(&app, middle).await);
    assert!(
        asked.contains(&format!(
            "Bids {top_ref}, {middle_ref} are above the funding line. Say why you are not funding them now"
        )),
        "the £5,000 reaches both: {asked}"
    );

    fields.push(("confirmed", "yes"));
    let unexplained = app.submit(&decisions, &fields).await;
    assert_eq!(unexplained.status, 422, "{}", unexplained.text());
    assert_eq!(app.bid(top).await.state, smallgrants::bids::BidState::InReview, "nothing decided");

    let reason = "Funded by the council's own scheme this year";
    fields.push(("order_reason", reason));
    assert_eq!(app.submit(&decisions, &fields).await.status, 303);
    let kept = app
        .db(move |conn| {
            use diesel::prelude::*;
            use smallgrants::db::schema::decision_reasons;
            decision_reasons::table
                .select((decision_reasons::bid_id, decision_reasons::position, decision_reasons::reason))
                .load::<(i64, String, String)>(conn)
                .unwrap()
        })
        .await;
    let why = |bid: i64| (bid, "above_line".to_string(), reason.to_string());
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(kept.contains(&why(top)) && kept.contains(&why(middle)), "one reason for each bid decided out of order");
}

on_both_databases!(
    money_kept_for_a_community_holds_the_line_and_is_said_in_public,
    turning_down_bids_above_the_line_asks_why,
);
