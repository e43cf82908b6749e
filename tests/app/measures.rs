//! Co-produced end-of-grant measures: the lead chooses what the report asks (at most six, with
//! a national mark), the group's report asks exactly those, each sent report keeps the
//! questions it was asked, and the lead's measures report adds the answers up by round, pot and
//! financial year, on the page and as a spreadsheet. Other people's ids are refused.

use chrono::Duration;
use smallgrants::measures::Measure;

use crate::common::TestApp;
use crate::common::people::fields;
use crate::common::reviewing::SentRound;
use crate::common::setup::Scheme;
use crate::on_both_databases;

const ACCEPTANCE: [(&str, &str); 3] = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];
const STORY: [(&str, &str); 2] = [("story", "We met every week."), ("spent_as_planned", "yes")];

async fn measures_of(app: &TestApp, programme: i64) -> Vec<Measure> {
    app.db(move |conn| smallgrants::measures::queries::active_of(conn, programme).unwrap()).await
}

async fn all_measures_of(app: &TestApp, programme: i64) -> Vec<Measure> {
    app.db(move |conn| smallgrants::measures::queries::all_of(conn, programme).unwrap()).await
}

/// The signed-in lead adds a measure; answers the response.
async fn add_measure(
    app: &TestApp,
    programme: i64,
    wording: &str,
    kind: &str,
    national: &str,
) -> crate::common::TestResponse {
    app.submit(
        &format!("/manage/programmes/{programme}/measures"),
        &[("wording", wording), ("kind", kind), ("national", national), ("national_other", "")],
    )
    .await
}

async fn audit_actions(app: &TestApp, programme: i64) -> Vec<String> {
    app.db(move |conn| smallgrants::audit::for_subject(conn, "programme", programme).unwrap())
        .await
        .into_iter()
        .map(|event| event.action)
        .collect()
}

async fn a_lead_defines_the_measures_and_a_seventh_is_refused(app: TestApp) {
    let round = app.round_with_sent_bids("Measure Fund", 0).await;
    let programme = round.scheme.programme_id;
    let base = format!("/manage/programmes/{programme}/measures");
    let programme_page = app.get(&format!("/manage/programmes/{programme}")).await.text();
    assert!(programme_page.contains(&format!(r#"href="{base}""#)), "linked from the programme page");

    // A new programme starts with the two numbers every report asked before.
    let page = app.get(&base).await.text();
    assert!(page.contains("People reached") && page.contains("Activities or sessions held"));
    assert!(page.contains("Asked now (2 of 6)"));

    // Bad input is refused at its fields, with what was typed kept and nothing saved.
    let bad =
        app.submit(&base, &[("wording", "  "), ("kind", "essay"), ("national", "other"), ("national_other", "")]).await;
    assert_eq!(bad.status, 422);
    let text = bad.text();
    assert!(text.contains("There is a problem") && text.contains("Enter the question"));
    assert!(text.contains("Choose the kind of answer") && text.contains("Enter the name of the national measure"));
    let words_national = add_measure(&app, programme, "What changed for you?", "words", "new_to_support").await;
    assert_eq!(words_national.status, 422);
    assert!(words_national.text().contains("Only a number can count toward a national measure"));
    assert!(words_national.text().contains(r#"value="What changed for you?""#), "the wording is kept");
    assert_eq!(measures_of(&app, programme).await.len(), 2, "nothing saved");

    // Four more make six; a seventh is refused with the wording kept.
    for (wording, kind, national) in [
        ("People new to any support", "number", "new_to_support"),
        ("People who came twice or more", "number", "two_contacts"),
        ("Did you reach people you hadn't before?", "yes_no", ""),
        ("In a few words, what changed?", "words", ""),
    ] {
        let added = add_measure(&app, programme, wording, kind, national).await;
        assert_eq!(added.status, 303, "{wording}: {}", added.text());
    }
    let seventh = add_measure(&app, programme, "Volunteers who helped", "number", "").await;
    assert_eq!(seventh.status, 422);
    assert!(
        seventh.text().contains("already asks 6 measures")
            && seventh.text().contains(r#"value="Volunteers who helped""#)
    );
    let measures = measures_of(&app, programme).await;
    assert_eq!(measures.len(), 6);
    let new_to_support = &measures[2];
    assert_eq!(
        (new_to_support.wording.as_str(), new_to_support.national.as_str()),
        ("People new to any support", "new_to_support")
    );
    let page = app.get(&base).await.text();
    assert!(
        page.contains("People new to support") && page.contains("People receiving two or more contacts"),
        "marked national"
    );

    // Reworded, moved and retired; then there is room for another.
    let reached = measures[0].id;
    let reworded = app
        .submit(&format!("{base}/{reached}"), &[("wording", "People we reached"), ("kind", "number"), ("national", "")])
        .await;
    assert_eq!(reworded.status, 303, "{}", reworded.text());
    let bad_change = app.submit(&format!("{base}/{reached}"), &[("wording", ""), ("kind", "number")]).await;
    assert_eq!(bad_change.status, 422);
    assert_eq!(app.submit(&format!("{base}/{reached}/move"), &[("direction", "down")]).await.status, 303);
    let order: Vec<String> = measures_of(&app, programme).await.into_iter().map(|m| m.wording).collect();
    assert_eq!(order[..2], ["Activities or sessions held".to_string(), "People we reached".to_string()]);
    assert_eq!(app.submit(&format!("{base}/{}/retire", measures[1].id), &[]).await.status, 303);
    assert_eq!(measures_of(&app, programme).await.len(), 5);
    assert_eq!(add_measure(&app, programme, "Volunteers who helped", "number", "").await.status, 303);
    let page = app.get(&base).await.text();
    assert!(page.contains("Retired measures") && page.contains("Activities or sessions held"));

    let actions = audit_actions(&app, programme).await;
    for action in ["measure_added", "measure_changed", "measure_moved", "measure_retired"] {
        assert!(actions.iter().any(|a| a == action), "audit has {action}: {actions:?}");
    }
    assert_eq!(actions.iter().filter(|a| *a == "measure_added").count(), 5);
}

/// Every measures page and change of `programme`, tried by whoever is signed in: the statuses.
async fn attempts(app: &TestApp, programme: i64, measure: i64) -> Vec<u16> {
    let base = format!("/manage/programmes/{programme}/measures");
    vec![
        app.get(&base).await.status.as_u16(),
        app.submit(&base, &[("wording", "Sneaky"), ("kind", "number")]).await.status.as_u16(),
        app.get(&format!("{base}/{measure}")).await.status.as_u16(),
        app.submit(&format!("{base}/{measure}"), &[("wording", "Sneaky"), ("kind", "number")]).await.status.as_u16(),
        app.submit(&format!("{base}/{measure}/retire"), &[]).await.status.as_u16(),
        app.submit(&format!("{base}/{measure}/move"), &[("direction", "down")]).await.status.as_u16(),
        app.get(&format!("/manage/programmes/{programme}/measures-report")).await.status.as_u16(),
        app.get(&format!("/manage/programmes/{programme}/measures.csv")).await.status.as_u16(),
    ]
}

async fn only_the_programmes_leads_change_its_measures(app: TestApp) {
    let round = app.round_with_awards("Guarded Fund", 1, "2000").await;
    let programme = round.scheme.programme_id;
    let measure = measures_of(&app, programme).await[0].id;

    // A panel member of the programme and the group's applicant.
    for email in [format!("panel0-{}@example.org", round.scheme.round_id), TestApp::applicant_email(&round, 0)] {
        app.switch_to(&email).await;
        assert!(attempts(&app, programme, measure).await.iter().all(|s| *s == 403), "{email}");
    }

    // Another programme's lead: refused here, and this programme's measure is not theirs.
    app.clear_cookies();
    let (elsewhere, _) = app.programme_with_lead("Elsewhere", "other-lead@example.org").await;
    assert!(attempts(&app, programme, measure).await.iter().all(|s| *s == 403));
    let theirs = format!("/manage/programmes/{elsewhere}/measures/{measure}");
    assert_eq!(app.get(&theirs).await.status, 404);
    assert_eq!(app.submit(&theirs, &[("wording", "Sneaky"), ("kind", "number")]).await.status, 404);
    assert_eq!(app.submit(&format!("{theirs}/retire"), &[]).await.status, 404);

    let unchanged = all_measures_of(&app, programme).await;
    assert!(unchanged.iter().all(|m| m.wording != "Sneaky" && m.retired_at.is_none()));
    assert_eq!(unchanged.len(), 2);
}

/// The measures the lead of `round` sets for the tests below: the first starting measure kept,
/// the second retired, and three added. Answers them in order.
async fn community_measures(app: &TestApp, programme: i64) -> Vec<Measure> {
    let starting = measures_of(app, programme).await;
    assert_eq!(
        app.submit(&format!("/manage/programmes/{programme}/measures/{}/retire", starting[1].id), &[]).await.status,
        303
    );
    assert_eq!(add_measure(app, programme, "People new to any support", "number", "new_to_support").await.status, 303);
    assert_eq!(add_measure(app, programme, "Did you reach people you hadn't before?", "yes_no", "").await.status, 303);
    assert_eq!(add_measure(app, programme, "In a few words, what changed?", "words", "").await.status, 303);
    measures_of(app, programme).await
}

async fn the_report_asks_the_measures_and_keeps_them_when_they_change(app: TestApp) {
    let round = app.round_with_awards("Kept Fund", 2, "2000").await;
    let (programme, bid, other_bid) = (round.scheme.programme_id, round.bids[0], round.bids[1]);
    let measures = community_measures(&app, programme).await;
    assert_eq!(measures.len(), 4);
    let field = |n: usize| format!("measure-{}", measures[n].id);

    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
    let form = app.get(&format!("/bids/{bid}/report")).await.text();
    for measure in &measures {
        assert!(form.contains(&format!(r#"name="measure-{}""#, measure.id)), "{} is asked", measure.wording);
    }
    assert!(form.contains("Did you reach people you hadn't before?"));
    assert_eq!(form.matches(r#"name="measure-"#).count(), 3 + 2, "three inputs and two radio buttons");
    assert!(!form.contains("Activities or sessions held"), "a retired measure is not asked");

    // Text where a number is asked, and no yes or no: field errors, input kept, nothing saved.
    let typed =
        [(field(0), "about twenty".to_string()), (field(1), "-2".to_string()), (field(3), "Less alone".to_string())];
    let refused = app.upload_form(&format!("/bids/{bid}/report"), &fields(&typed, &STORY), None).await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(text.contains("Enter “People reached” as a whole number, like 12"), "{text}");
    assert!(text.contains("“People new to any support” cannot be less than 0"));
    assert!(text.contains("Choose yes or no for “Did you reach people you hadn"));
    assert!(text.contains(r#"value="about twenty""#) && text.contains(r#"value="Less alone""#), "input kept");
    assert!(app.db(move |conn| smallgrants::grants::queries::report_of(conn, bid).unwrap()).await.is_none());
    let huge = [(field(0), "20000000".to_string()), (field(1), "3".to_string()), (field(2), "yes".to_string())];
    let too_big = app.upload_form(&format!("/bids/{bid}/report"), &fields(&huge, &STORY), None).await;
    assert_eq!(too_big.status, 422);
    assert!(too_big.text().contains("must be 1,000,000 or less"));

    // Another group's member cannot send this group's report.
    let answers = [
        (field(0), "25".to_string()),
        (field(1), "6".to_string()),
        (field(2), "yes".to_string()),
        (field(3), "People found friends".to_string()),
    ];
    app.switch_to(&TestApp::applicant_email(&round, 1)).await;
    let intruder = app.upload_form(&format!("/bids/{bid}/report"), &fields(&answers, &STORY), None).await;
    assert_eq!(intruder.status, 404);
    assert!(app.db(move |conn| smallgrants::grants::queries::report_of(conn, bid).unwrap()).await.is_none());

    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let sent = app.upload_form(&format!("/bids/{bid}/report"), &fields(&answers, &STORY), None).await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let mine = app.get(&format!("/bids/{bid}")).await.text();
    assert!(mine.contains("People new to any support") && mine.contains("People found friends"));

    // The lead rewords the first measure and retires the national one.
    app.switch_to(&round.lead_email).await;
    let base = format!("/manage/programmes/{programme}/measures");
    let reworded = app
        .submit(&format!("{base}/{}", measures[0].id), &[("wording", "People we reached"), ("kind", "number")])
        .await;
    assert_eq!(reworded.status, 303);
    assert_eq!(app.submit(&format!("{base}/{}/retire", measures[1].id), &[]).await.status, 303);

    // The sent report still shows the questions as asked, to the lead and to the group.
    let lead_view = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(lead_view.contains("People reached") && !lead_view.contains("People we reached"));
    assert!(lead_view.contains("People new to any support") && lead_view.contains("People found friends"));
    let kept = app.db(move |conn| smallgrants::grants::queries::report_of(conn, bid).unwrap().unwrap()).await;
    let wordings: Vec<&str> = kept.answers.iter().map(|a| a.wording.as_str()).collect();
    assert_eq!(
        wordings,
        [
            "People reached",
            "People new to any support",
            "Did you reach people you hadn't before?",
            "In a few words, what changed?"
        ]
    );
    assert_eq!(kept.answers[0].number_answer, Some(25));

    // A correction asks the questions the report was first asked.
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let correction = app.get(&format!("/bids/{bid}/report")).await.text();
    assert!(correction.contains("People new to any support") && correction.contains(r#"value="25""#));

    // The other grant's report asks the measures as they are now.
    app.switch_to(&TestApp::applicant_email(&round, 1)).await;
    assert_eq!(app.submit(&format!("/bids/{other_bid}/accept"), &ACCEPTANCE).await.status, 303);
    let now_asked = app.get(&format!("/bids/{other_bid}/report")).await.text();
    assert!(now_asked.contains("People we reached") && !now_asked.contains("People new to any support"));
    let later = [(field(0), "9".to_string()), (field(2), "no".to_string())];
    let sent = app.upload_form(&format!("/bids/{other_bid}/report"), &fields(&later, &STORY), None).await;
    assert_eq!(sent.status, 303, "{}", sent.text());

    // The sums keep the old wording apart from the new.
    app.switch_to(&round.lead_email).await;
    let report = app.get(&format!("/manage/programmes/{programme}/measures-report")).await.text();
    let row = |wording: &str| {
        let start = report.find(&format!(">{wording}</th>")).unwrap_or_else(|| panic!("{wording} in {report}"));
        report[start..].split("</tr>").next().unwrap().to_string()
    };
    assert!(row("People reached").contains(">25<"), "{}", row("People reached"));
    assert!(row("People we reached").contains(">9<"));
    assert!(row("People new to any support").contains(">6<"));
    assert!(row("Did you reach people you hadn't before?").contains("1 yes of 2"));
    assert!(report.contains("People found friends"), "few words listed per grant");
}

async fn the_measures_report_sums_by_round_pot_and_year(app: TestApp) {
    let round = app.round_with_awards("Sum Fund", 2, "2000").await;
    let scheme = round.scheme;
    let programme = scheme.programme_id;
    assert_eq!(add_measure(&app, programme, "People new to any support", "number", "new_to_support").await.status, 303);
    assert_eq!(add_measure(&app, programme, "Did you reach people you hadn't before?", "yes_no", "").await.status, 303);
    let measures = measures_of(&app, programme).await;

    // A second round from the same pot, with one award.
    let round_b = app.add_round(programme, scheme.pot_id, "Second Sum round", "20000").await;
    let scheme_b = Scheme { round_id: round_b, ..scheme };
    let email_b = "applicant-b@example.org";
    let (_, bid_b) = app.applicant_with_draft(&scheme_b, email_b).await;
    assert_eq!(app.submit(&format!("/bids/{bid_b}/submit"), &[]).await.status, 303);
    app.switch_to(&round.lead_email).await;
    let sent_b = SentRound { scheme: scheme_b, bids: vec![bid_b], lead_email: round.lead_email.clone() };
    app.to_the_panel(&sent_b).await;
    let awarded = app
        .submit(
            &format!("/manage/bids/{bid_b}/award"),
            &[("amount", "1000"), ("conditions", "None"), ("payment_plan", "One payment")],
        )
        .await;
    assert_eq!(awarded.status, 303, "{}", awarded.text());
    app.deliver_emails().await;

    // Every group accepts; the first reports this financial year, the others the next.
    let groups = [TestApp::applicant_email(&round, 0), TestApp::applicant_email(&round, 1), email_b.to_string()];
    let bids = [round.bids[0], round.bids[1], bid_b];
    for (email, bid) in groups.iter().zip(bids) {
        app.switch_to(email).await;
        assert_eq!(app.submit(&format!("/bids/{bid}/accept"), &ACCEPTANCE).await.status, 303);
    }
    // (people reached, activities, new to support, reached new people)
    let given = [(10, 3, 4, "yes"), (20, 5, 6, "no"), (7, 1, 2, "yes")];
    let first_year = smallgrants::funds::FinancialYear::containing(app.now());
    for (n, (email, bid)) in groups.iter().zip(bids).enumerate() {
        if n == 1 {
            app.advance(Duration::days(366));
        }
        app.switch_to(email).await;
        let (reached, activities, new, yes) = given[n];
        let answers: Vec<(String, String)> = measures
            .iter()
            .map(|m| format!("measure-{}", m.id))
            .zip([reached.to_string(), activities.to_string(), new.to_string(), yes.to_string()])
            .collect();
        let sent = app.upload_form(&format!("/bids/{bid}/report"), &fields(&answers, &STORY), None).await;
        assert_eq!(sent.status, 303, "{}", sent.text());
    }
    let (this_year, next_year) = (first_year.label(), first_year.next().label());

    // The figures, worked out by hand from `given`.
    app.switch_to(&round.lead_email).await;
    let csv = app.get(&format!("/manage/programmes/{programme}/measures.csv")).await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(csv.header("content-disposition").unwrap().contains("attachment"));
    let text = csv.text();
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    assert_eq!(
        rows[0],
        [
            "Grouped by",
            "Round, pot or financial year",
            "Measure as asked",
            "Kind of answer",
            "National measure",
            "Reports answering",
            "Total",
            "Yes answers",
            "No answers"
        ]
    );
    let line = |grouping: &str, group: &str, measure: &str| -> Vec<String> {
        rows.iter()
            .find(|r| r[0] == grouping && r[1] == group && r[2] == measure)
            .unwrap_or_else(|| panic!("{grouping} {group} {measure} in {rows:?}"))[5..]
            .to_vec()
    };
    let pot = format!("VCSE ring-fence {this_year}");
    let expected = [
        // By round: the first round had the first two grants, the second round the third.
        ("Round", "Sum Fund round", "People reached", ["2", "30", "", ""]),
        ("Round", "Sum Fund round", "Activities or sessions held", ["2", "8", "", ""]),
        ("Round", "Sum Fund round", "People new to any support", ["2", "10", "", ""]),
        ("Round", "Sum Fund round", "Did you reach people you hadn't before?", ["2", "", "1", "1"]),
        ("Round", "Second Sum round", "People reached", ["1", "7", "", ""]),
        ("Round", "Second Sum round", "Did you reach people you hadn't before?", ["1", "", "1", "0"]),
        // By pot: both rounds.
        ("Pot", pot.as_str(), "People reached", ["3", "37", "", ""]),
        ("Pot", pot.as_str(), "People new to any support", ["3", "12", "", ""]),
        ("Pot", pot.as_str(), "Did you reach people you hadn't before?", ["3", "", "2", "1"]),
        // By year: the first report this year, the other two the next.
        ("Financial year", this_year.as_str(), "People reached", ["1", "10", "", ""]),
        ("Financial year", next_year.as_str(), "People reached", ["2", "27", "", ""]),
        ("Financial year", next_year.as_str(), "Activities or sessions held", ["2", "6", "", ""]),
        ("Financial year", next_year.as_str(), "People new to any support", ["2", "8", "", ""]),
    ];
    for (grouping, group, measure, figures) in expected {
        assert_eq!(line(grouping, group, measure), figures, "{grouping} {group} {measure}");
    }
    let national = rows.iter().find(|r| r[2] == "People new to any support").unwrap();
    assert_eq!(national[4], "People new to support", "the national mark");
    assert_eq!(rows.len(), 1 + 4 * 2 + 4 + 4 * 2, "a line per grouping, group and measure");

    // The page shows the same figures, national measures grouped for a return.
    let page = app.get(&format!("/manage/programmes/{programme}/measures-report")).await.text();
    assert!(page.contains("For national returns") && page.contains(&format!("Financial year {next_year}")));
    assert!(page.contains(">37<") && page.contains(">27<") && page.contains("2 yes of 3"));
    let pot_page = app.get(&format!("/manage/pots/{}/report", scheme.pot_id)).await.text();
    assert!(
        pot_page.contains(&format!("/manage/programmes/{programme}/measures-report")),
        "linked from the pot report"
    );
}

/// The demo programme asks measures made with its community, and last year's grants reported on
/// them, so the demo lead's measures report has sums to show (and national measures marked).
async fn the_demo_reports_on_its_community_measures(app: TestApp) {
    let links = smallgrants::notifications::emails::Links::new("http://localhost:8080");
    let demo = app.db(move |conn| smallgrants::demo::seed(conn, &links, smallgrants::time::now()).unwrap()).await;
    let programme = demo.programme_id;
    let asked: Vec<String> = measures_of(&app, programme).await.into_iter().map(|m| m.wording).collect();
    assert_eq!(
        asked,
        [
            "People who told us they feel less alone",
            "People new to any support",
            "People who came twice or more",
            "Did you reach people you hadn't before?",
            "In a few words, what changed?",
        ]
    );
    let rows = app.db(move |conn| smallgrants::measures::queries::answer_rows(conn, programme).unwrap()).await;
    let less_alone: i64 = rows
        .iter()
        .filter(|r| r.question.wording == "People who told us they feel less alone")
        .filter_map(|r| r.number)
        .sum();
    assert!(less_alone > 0, "last year's reports answered the measures");
    app.switch_to_demo("lead@demo.example", "demo-lead-words").await;
    let page = app.get(&format!("/manage/programmes/{programme}/measures-report")).await.text();
    assert!(page.contains("For national returns") && page.contains("People receiving two or more contacts"));
    assert!(page.contains(&format!(">{}<", smallgrants::i18n::Tr::source().number(less_alone))), "the sum is shown");
}

on_both_databases!(
    the_demo_reports_on_its_community_measures,
    a_lead_defines_the_measures_and_a_seventh_is_refused,
    only_the_programmes_leads_change_its_measures,
    the_report_asks_the_measures_and_keeps_them_when_they_change,
    the_measures_report_sums_by_round_pot_and_year,
);
