//! The lead's reports: the pot report following awards through payment and completion, the
//! spreadsheets (formula-safe), and the equity report with small numbers hidden when shared.

use smallgrants::money::Pence;

use crate::common::TestApp;
use crate::common::reviewing::SentRound;
use crate::on_both_databases;

const ACCEPTANCE: [(&str, &str); 3] = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];

fn today(app: &TestApp) -> String {
    smallgrants::time::in_london(app.now()).date_naive().format("%Y-%m-%d").to_string()
}

async fn accept(app: &TestApp, round: &SentRound, n: usize) {
    app.switch_to(&TestApp::applicant_email(round, n)).await;
    assert_eq!(app.submit(&format!("/bids/{}/accept", round.bids[n]), &ACCEPTANCE).await.status, 303);
}

fn rows_of(csv_text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv_text.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

async fn the_pot_report_follows_awards_through_payment_and_completion(app: TestApp) {
    let round = app.round_with_awards("Report Fund", 2, "2000").await;
    let pot = round.scheme.pot_id;
    let [paid_bid, _waiting] = round.bids[..] else { unreachable!() };
    accept(&app, &round, 0).await;
    app.switch_to(&round.lead_email).await;

    let before = app.get(&format!("/manage/pots/{pot}/report")).await;
    assert_eq!(before.status, 200);
    let page = before.text();
    assert!(page.contains("1 offer worth £2,000</strong> is waiting for groups to accept"), "{page}");
    assert!(page.contains("<dt>Committed</dt><dd>£4,000</dd>"));
    // £600,000 pot, £60,000 set aside: £540,000 not set aside; the open round may award £56,000 more.
    assert!(page.contains(
        "If nothing changes, <strong>£540,000</strong> will not be spent this year, and up to <strong>£598,000</strong>"
    ));
    assert!(page.contains("Committed and paid against the allocation"), "the chart");
    assert!(page.contains("(so far)"), "the current month is marked");

    let paid = app
        .submit(
            &format!("/manage/bids/{paid_bid}/payments"),
            &[("amount", "1500"), ("paid_on", &today(&app)), ("reference", "BACS 7")],
        )
        .await;
    assert_eq!(paid.status, 303);
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let counts = app.measure_answers(round.scheme.programme_id, &["30", "10"]).await;
    let report = app
        .upload_form(
            &format!("/bids/{paid_bid}/report"),
            &crate::common::people::fields(&counts, &[("story", "It went well."), ("spent_as_planned", "yes")]),
            None,
        )
        .await;
    assert_eq!(report.status, 303, "{}", report.text());
    app.switch_to(&round.lead_email).await;
    assert_eq!(app.submit(&format!("/manage/bids/{paid_bid}/complete"), &[]).await.status, 303);

    let after = app.get(&format!("/manage/pots/{pot}/report")).await.text();
    assert!(after.contains("<dt>Committed</dt><dd>£3,500</dd>") && after.contains("<dt>Paid</dt><dd>£1,500</dd>"));
    assert!(after.contains("<dt>Released back</dt><dd>£500</dd>"), "the underspend came back");
    assert!(after.contains("£3,500</strong> is committed") || after.contains("£3,500 is committed"));

    // The spreadsheets agree.
    let awards = app.get(&format!("/manage/pots/{pot}/awards.csv")).await;
    assert!(awards.header("content-type").unwrap().starts_with("text/csv"));
    assert!(awards.header("content-disposition").unwrap().contains("attachment"));
    let text = awards.text();
    assert!(text.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let rows = rows_of(text.trim_start_matches('\u{feff}'));
    assert_eq!(rows[0][0], "Reference");
    assert_eq!(rows.len(), 3, "a header and two awards");
    let completed = rows.iter().find(|r| r[7] == "Completed").expect("the completed grant");
    assert_eq!((completed[5].as_str(), completed[11].as_str(), completed[12].as_str()), ("2000", "1500", "500"));
    assert_eq!(completed[14], "yes", "report received");
    let payments =
        rows_of(app.get(&format!("/manage/pots/{pot}/payments.csv")).await.text().trim_start_matches('\u{feff}'));
    assert_eq!(payments.len(), 2);
    assert_eq!((payments[1][1].as_str(), payments[1][2].as_str()), ("1500", "BACS 7"));
    let ledger =
        rows_of(app.get(&format!("/manage/pots/{pot}/ledger.csv")).await.text().trim_start_matches('\u{feff}'));
    let kinds: Vec<&str> = ledger.iter().skip(1).map(|r| r[2].as_str()).collect();
    assert_eq!(
        kinds,
        [
            "Allocation",
            "Set aside for a round",
            "Awarded (committed)",
            "Awarded (committed)",
            "Paid",
            "Released back to the pot"
        ]
    );

    // Another programme's lead sees none of it.
    app.clear_cookies();
    app.programme_with_lead("Elsewhere", "elsewhere-lead@example.org").await;
    for path in ["report", "awards.csv", "payments.csv", "ledger.csv"] {
        assert_eq!(app.get(&format!("/manage/pots/{pot}/{path}")).await.status, 403, "{path}");
    }
    let programme = round.scheme.programme_id;
    assert_eq!(app.get(&format!("/manage/programmes/{programme}/equity")).await.status, 403);
}

async fn a_group_name_that_looks_like_a_formula_is_neutralised_in_spreadsheets(app: TestApp) {
    let round = app.round_with_awards("Formula Fund", 1, "900").await;
    let bid = app.bid(round.bids[0]).await;
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let renamed = app
        .submit(
            &format!("/groups/{}/edit", bid.group_id),
            &[
                ("name", "=HYPERLINK(\"http://evil.example\",\"x\")"),
                ("kind", "faith"),
                ("area", "Sparkbrook"),
                ("postcode", "b11 1aa"),
                ("contact_name", "Amina"),
                ("contact_email", "amina@example.org"),
            ],
        )
        .await;
    assert_eq!(renamed.status, 303, "{}", renamed.text());
    app.switch_to(&round.lead_email).await;
    let rows = rows_of(
        app.get(&format!("/manage/pots/{}/awards.csv", round.scheme.pot_id))
            .await
            .text()
            .trim_start_matches('\u{feff}'),
    );
    assert_eq!(rows[1][1], "'=HYPERLINK(\"http://evil.example\",\"x\")");
    let ranking = app.get(&format!("/manage/rounds/{}/ranking.csv", round.scheme.round_id)).await.text();
    assert!(ranking.contains("'=HYPERLINK") && !ranking.contains(",=HYPERLINK"));
}

async fn the_equity_report_shows_who_the_money_reaches(app: TestApp) {
    let round = app.round_with_awards("Equity Fund", 2, "1000").await;
    // A third bid that is not funded, from a group that answered the equality questions.
    let third = app.applicant_with_draft(&round.scheme, "third@example.org").await;
    let answered = app
        .submit(
            &format!("/groups/{}/equality", third.0),
            &[
                ("leadership_status", "answered"),
                ("leadership_codes", "DEI020000"),
                ("beneficiaries_status", "prefer_not_to_say"),
            ],
        )
        .await;
    assert_eq!(answered.status, 303);
    assert_eq!(app.submit(&format!("/bids/{}/submit", third.1), &[]).await.status, 303);
    app.switch_to(&round.lead_email).await;
    let programme = round.scheme.programme_id;

    let page = app.get(&format!("/manage/programmes/{programme}/equity")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    // All bids: 3 applied (£7,500 asked), 2 reached the panel, 2 offered (£2,000), none paid.
    assert!(text.contains("All sent bids"));
    assert!(text.contains(r#"<td class="numeric">3<br><span class="secondary-text">£7,500</span></td>"#), "{text}");
    assert!(text.contains(r#"<td class="numeric">2<br><span class="secondary-text">£2,000</span></td>"#));
    assert!(text.contains("Disabled people") && text.contains("Prefer not to say"));
    assert!(text.contains("Not answered (not asked, or skipped)"));
    assert!(text.contains("First-time applicant"));

    let shared = app.get(&format!("/manage/programmes/{programme}/equity?shareable=yes")).await.text();
    assert!(shared.contains("fewer than 5") && !shared.contains("£7,500"), "small numbers and their money are hidden");

    let one_round = app.get(&format!("/manage/programmes/{programme}/equity?round={}", round.scheme.round_id)).await;
    assert_eq!(one_round.status, 200);
    let money: Pence = Pence::from_pounds(7_500);
    assert!(one_round.text().contains(&money.to_string()));
}

/// The signed-in member answers the group's equality questions: leadership `codes`, the
/// beneficiaries "prefer not to say".
async fn answer_equality(app: &TestApp, group: i64, codes: &str) {
    let fields =
        [("leadership_status", "answered"), ("leadership_codes", codes), ("beneficiaries_status", "prefer_not_to_say")];
    assert_eq!(app.submit(&format!("/groups/{group}/equality"), &fields).await.status, 303);
}

/// The equity report's facts for the programme, as the lead's page reads them.
async fn equity_facts(app: &TestApp, programme: i64) -> Vec<smallgrants::reports::equity::BidFacts> {
    app.db(move |conn| smallgrants::reports::queries::equity_facts(conn, programme, None).unwrap()).await
}

/// Only sent bids count, and as the group was when it sent them: a draft withdrawn unsent never
/// applied; a group's later edits change nothing; its first answers, given after sending, count;
/// answers it removes are removed. The figures are rebuilt here from the bids themselves.
async fn the_equity_report_counts_sent_bids_as_they_were_when_sent(app: TestApp) {
    use smallgrants::reports::equity::Answer;
    let scheme = app.programme_with_round("Snapshot Fund", "lead@example.org").await;
    let programme = scheme.programme_id;
    let codes = |list: &[&str]| Answer::Codes(list.iter().map(|c| c.to_string()).collect());

    // A answers, then sends; B withdraws its draft unsent; C sends, then answers on "Bid sent".
    let (a_group, a_bid) = app.applicant_with_draft(&scheme, "a@example.org").await;
    answer_equality(&app, a_group, "DEI020000").await;
    assert_eq!(app.submit(&format!("/bids/{a_bid}/submit"), &[]).await.status, 303);
    let (_, b_bid) = app.applicant_with_draft(&scheme, "b@example.org").await;
    assert_eq!(app.submit(&format!("/bids/{b_bid}/withdraw"), &[]).await.status, 303);
    assert_eq!(app.bid(b_bid).await.state, smallgrants::bids::BidState::Withdrawn);
    let (c_group, c_bid) = app.applicant_with_draft(&scheme, "c@example.org").await;
    assert_eq!(app.submit(&format!("/bids/{c_bid}/submit"), &[]).await.status, 303);
    answer_equality(&app, c_group, "DEI010100").await;

    let seen = equity_facts(&app, programme).await;
    assert_eq!(seen.len(), 2, "the withdrawn draft never applied");
    let leadership: Vec<Answer> = seen.iter().map(|f| f.leadership.clone()).collect();
    assert!(
        leadership.contains(&codes(&["DEI020000"])) && leadership.contains(&codes(&["DEI010100"])),
        "{leadership:?}"
    );
    // Rebuilt from the bids: the sent ones, and what they asked for.
    let (sent, asked) = app
        .db(move |conn| {
            use diesel::prelude::*;
            use smallgrants::db::schema::{bids, rounds};
            let rows: Vec<Option<i64>> = bids::table
                .inner_join(rounds::table)
                .filter(rounds::programme_id.eq(programme))
                .filter(bids::submitted_at.is_not_null())
                .select(bids::amount_requested_pence)
                .load(conn)
                .unwrap();
            (rows.len(), rows.into_iter().map(|p| p.unwrap_or(0)).sum::<i64>())
        })
        .await;
    assert_eq!(seen.len(), sent);
    assert_eq!(seen.iter().map(|f| f.requested.0).sum::<i64>(), asked);

    // A changes its answers and its area afterwards: its bid keeps what A was when it sent it.
    let area_before = seen.iter().find(|f| f.leadership == codes(&["DEI020000"])).unwrap().areas.clone();
    app.switch_to("a@example.org").await;
    answer_equality(&app, a_group, "DEI010120").await;
    app.db(move |conn| {
        use diesel::prelude::*;
        use smallgrants::db::schema::community_groups;
        diesel::update(community_groups::table.find(a_group))
            .set(community_groups::area.eq("Elsewhere"))
            .execute(conn)
            .unwrap();
    })
    .await;
    let after = equity_facts(&app, programme).await;
    let a = after.iter().find(|f| f.leadership == codes(&["DEI020000"])).expect("A's bid keeps its answers");
    assert_eq!(a.areas, area_before);
    assert!(!after.iter().any(|f| f.leadership == codes(&["DEI010120"])));

    // C takes its answers back: they go from its bid too.
    app.switch_to("c@example.org").await;
    assert_eq!(app.submit(&format!("/groups/{c_group}/equality/clear"), &[]).await.status, 303);
    let cleared = equity_facts(&app, programme).await;
    assert!(cleared.iter().any(|f| f.leadership == Answer::NotAnswered));
    assert!(!cleared.iter().any(|f| f.leadership == codes(&["DEI010100"])));

    // The lead's page: two applied, £5,000 asked.
    app.switch_to("lead@example.org").await;
    let page = app.get(&format!("/manage/programmes/{programme}/equity")).await.text();
    assert!(page.contains(r#"<td class="numeric">2<br><span class="secondary-text">£5,000</span></td>"#), "{page}");
}

/// The pot's chart as served: money moves in steps (paths of horizontal and vertical moves
/// only, with at least one rise), each panel's axis labelled in round amounts, the months
/// along the bottom.
async fn the_pot_chart_draws_steps_and_labelled_ticks(app: TestApp) {
    let round = app.round_with_awards("Chart Fund", 2, "2000").await;
    let page = app.get(&format!("/manage/pots/{}/report", round.scheme.pot_id)).await.text();
    let start = page.find(r#"<svg class="chart chart--steps" id="months-chart""#).expect("the chart");
    let svg = &page[start..start + page[start..].find("</svg>").unwrap()];
    assert!(svg.contains("<title") && svg.contains("<desc"), "named for screen readers");
    let paths: Vec<&str> =
        svg.split(r#"class="chart__step" d=""#).skip(1).map(|rest| &rest[..rest.find('"').unwrap()]).collect();
    assert_eq!(paths.len(), 5, "allocation, committed and paid; then committed and paid on their own scale");
    for path in &paths {
        assert!(path.starts_with('M'), "{path}");
        let moves: Vec<char> = path.chars().filter(char::is_ascii_alphabetic).collect();
        assert!(moves[1..].iter().all(|c| *c == 'H' || *c == 'V'), "steps only, no slopes: {path}");
    }
    assert!(paths[3].contains('V'), "the £4,000 committed today is a step up: {}", paths[3]);
    for tick in ["£0", "£200,000", "£400,000", "£600,000", "£1,000", "£4,000"] {
        assert!(svg.contains(&format!(">{tick}</text>")), "tick {tick}: {svg}");
    }
    for month in ["Apr", "Mar"] {
        assert!(svg.contains(&format!(">{month}</text>")), "{month}");
    }
    assert!(svg.contains(">Today</text>"), "the rest of the year is still to come");
}

on_both_databases!(
    the_pot_chart_draws_steps_and_labelled_ticks,
    the_pot_report_follows_awards_through_payment_and_completion,
    a_group_name_that_looks_like_a_formula_is_neutralised_in_spreadsheets,
    the_equity_report_shows_who_the_money_reaches,
    the_equity_report_counts_sent_bids_as_they_were_when_sent,
);
