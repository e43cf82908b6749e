//! Programmes, pots, the ledger and rounds: a lead sets up the money and the call, the public
//! sees it, and nobody else's programme can be touched.

use std::sync::{Arc, Barrier};

use smallgrants::funds::{self, FinancialYear, actions as funds_actions};
use smallgrants::money::Pence;
use smallgrants::rounds::actions as round_actions;

use crate::common::{Backend, TestApp, TestDatabase};
use crate::on_both_databases;

async fn balances(app: &TestApp, pot_id: i64) -> funds::Balances {
    app.db(move |conn| funds::queries::pot_balances(conn, pot_id).unwrap()).await
}

async fn a_lead_sets_up_a_programme_pot_and_round_that_the_public_sees(app: TestApp) {
    let (programme_id, _) = app.programme_with_lead("Riverside Small Grants", "lead@example.org").await;
    let year = FinancialYear::containing(app.now());
    let pot = app
        .submit(
            &format!("/manage/programmes/{programme_id}/pots"),
            &[
                ("financial_year", &year.0.to_string()),
                ("name", "VCSE ring-fence"),
                ("transformation_total", "£2,400,000"),
                ("ring_fence_percent", "25"),
                ("allocation", ""),
            ],
        )
        .await;
    assert_eq!(pot.status, 303, "{}", pot.text());
    let pot_id = TestApp::id_from_location(&pot.location().unwrap());
    let dashboard = app.get(&format!("/manage/pots/{pot_id}")).await.text();
    assert!(dashboard.contains("25% of £2,400,000 ring-fenced for VCSE: £600,000"), "{dashboard}");
    assert!(dashboard.contains("<svg class=\"chart\""), "a chart");
    assert!(dashboard.contains("The same figures as a table"), "with a table alternative");

    let round_id = app.add_round(programme_id, pot_id, "Spring community grants", "£60,000").await;
    assert_eq!(balances(&app, pot_id).await.assigned, Pence::from_pounds(60_000));
    let managed = app.get(&format!("/manage/rounds/{round_id}")).await.text();
    assert!(managed.contains("Need (weight 1)") && managed.contains("Reach (weight 1)"), "default criteria");

    app.clear_cookies();
    let home = app.get("/").await.text();
    assert!(home.contains("Spring community grants"));
    assert!(home.contains("£500 to £5,000"));
    assert!(home.contains("£60,000"));
    assert!(home.contains("Closes in 28 days"), "time left is shown");
    let page = app.get("/rounds/spring-community-grants").await.text();
    assert!(page.contains("Video, recorded and written bids are treated the same"));
    assert!(page.contains("spelling, grammar and how well a bid is written are not scored"));
    assert!(page.contains("Little or no evidence of need."), "descriptors are public");
    assert!(page.contains("<li>Room hire</li>"), "markdown rendered");
    assert!(page.contains("class=\"tracker\""));
    assert!(page.contains("Start a bid"));
    assert_eq!(app.get("/rounds/no-such-round").await.status, 404);
}

/// `/manage` is the lead's list of programmes (it was a 404); nobody else's.
async fn manage_lists_a_lead_s_programmes(app: TestApp) {
    app.programme_with_lead("Riverside Small Grants", "lead@example.org").await;
    let page = app.get("/manage").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Riverside Small Grants"));
    app.clear_cookies();
    assert_eq!(app.get("/manage").await.location().as_deref(), Some("/login?next=%2Fmanage"));
    app.signed_in_person("Amina", "amina@example.org").await;
    assert_eq!(app.get("/manage").await.status, 403);
}

async fn ledger_totals_follow_corrections_and_carry_forward_happens_once(app: TestApp) {
    let scheme = app.programme_with_round("Ledger Fund", "lead@example.org").await;
    let pot = scheme.pot_id;
    let adjust = |direction: &'static str, amount: &'static str, reason: &'static str| {
        let app = &app;
        async move {
            app.submit(
                &format!("/manage/pots/{pot}/adjust"),
                &[("direction", direction), ("amount", amount), ("reason", reason)],
            )
            .await
        }
    };
    assert_eq!(adjust("increase", "10,000", "In-year uplift").await.status, 303);
    assert_eq!(adjust("decrease", "5000", "Correction").await.status, 303);
    let b = balances(&app, pot).await;
    assert_eq!(b.allocated, Pence::from_pounds(605_000));
    assert_eq!(b.unassigned(), Pence::from_pounds(545_000));

    let too_far = adjust("decrease", "600000", "Too much").await;
    assert_eq!(too_far.status, 422);
    assert!(too_far.text().contains("cannot go below £60,000"), "{}", too_far.text());
    let missing_reason = adjust("increase", "5", "").await;
    assert_eq!(missing_reason.status, 422);
    assert!(missing_reason.text().contains("Enter the reason for the correction"));

    let early = app.submit(&format!("/manage/pots/{pot}/carry-forward"), &[]).await;
    assert_eq!(early.status, 409, "not before the year ends");
    assert!(early.text().contains("once the financial year has ended"));

    let year_end = FinancialYear::containing(app.now()).ends_at();
    app.advance(year_end - app.now() + chrono::Duration::days(40));
    app.sign_in("lead@example.org", crate::common::people::PASSWORD).await;
    let before = app.footprint().await;
    let carried = app.submit(&format!("/manage/pots/{pot}/carry-forward"), &[]).await;
    assert_eq!(carried.status, 303, "{}", carried.text());
    let next_pot = TestApp::id_from_location(&carried.location().unwrap());
    let old = balances(&app, pot).await;
    let new = balances(&app, next_pot).await;
    assert_eq!(old.carried_out, Pence::from_pounds(605_000), "nothing was awarded, so everything moves");
    assert_eq!(old.allocated, Pence::ZERO);
    assert_eq!(new.carried_in, Pence::from_pounds(605_000));
    assert!(old.is_consistent() && new.is_consistent());
    let round_budget = app.db(move |conn| funds::queries::round_balances(conn, scheme.round_id).unwrap()).await;
    assert_eq!(round_budget.assigned, Pence::ZERO, "the closed round's unawarded budget went back first");
    assert!(app.get(&format!("/manage/pots/{pot}")).await.text().contains("Carried forward to next year"));
    assert!(app.get(&format!("/manage/pots/{next_pot}")).await.text().contains("Carried forward from last year"));

    let after_first = app.footprint().await;
    assert_eq!(
        after_first.changed_tables(&before),
        ["audit_events", "ledger_entries", "pots"],
        "carrying forward makes next year's pot, moves the money in the ledger and records it"
    );
    let twice = app.submit(&format!("/manage/pots/{pot}/carry-forward"), &[]).await;
    assert_eq!(twice.status, 409);
    assert!(twice.text().contains("already been carried forward"));
    app.footprint().await.assert_unchanged_since(&after_first, "the second attempt changed nothing");
}

async fn bad_money_and_dates_are_refused_at_their_fields(app: TestApp) {
    let scheme = app.programme_with_round("Checks Fund", "lead@example.org").await;
    let action = format!("/manage/programmes/{}/rounds", scheme.programme_id);
    let before = app.footprint().await;
    let good = || app.round_fields(scheme.pot_id, "Another round", "10000");

    let response =
        app.submit_round(&action, good(), &[("budget", "£1e9"), ("min_award", "12.345"), ("max_award", "-50")]).await;
    assert_eq!(response.status, 422);
    let page = response.text();
    assert!(page.contains("Enter an amount in pounds, like 2500 or £2,500.50"));
    assert!(page.contains("no more than 2 numbers after the decimal point"));
    assert!(page.contains("Enter an amount that is not negative"));
    assert!(page.contains("value=\"1e9\""), "input kept (the £ is shown beside the box)");

    let over = app.submit_round(&action, good(), &[("budget", "600000")]).await;
    assert_eq!(over.status, 422);
    assert!(over.text().contains("cannot be more than £540,000"), "the figure available: {}", over.text());

    // Both in the future (whatever the time of day), the close a day before the opening.
    let (opens_date, opens_time) = crate::common::setup::london_fields(app.now(), chrono::Duration::days(2));
    let (closes_date, closes_time) = crate::common::setup::london_fields(app.now(), chrono::Duration::days(1));
    let reversed = app
        .submit_round(
            &action,
            good(),
            &[
                ("opens_date", &opens_date),
                ("opens_time", &opens_time),
                ("closes_date", &closes_date),
                ("closes_time", &closes_time),
            ],
        )
        .await;
    assert_eq!(reversed.status, 422);
    assert!(reversed.text().contains("The closing date must be after the opening date"));

    let (past, _) = crate::common::setup::london_fields(app.now(), chrono::Duration::days(-10));
    let (earlier, _) = crate::common::setup::london_fields(app.now(), chrono::Duration::days(-20));
    let in_past = app.submit_round(&action, good(), &[("opens_date", &earlier), ("closes_date", &past)]).await;
    assert_eq!(in_past.status, 422);
    assert!(in_past.text().contains("The closing date must be in the future"));

    let clash = app.submit_round(&action, good(), &[("slug", "checks-fund-round")]).await;
    assert_eq!(clash.status, 422);
    assert!(clash.text().contains("Another round already uses this web address name"));

    let year = FinancialYear::containing(app.now());
    let pot_form = app
        .submit(
            &format!("/manage/programmes/{}/pots", scheme.programme_id),
            &[("financial_year", &year.next().0.to_string()), ("name", "Next"), ("allocation", "abc")],
        )
        .await;
    assert_eq!(pot_form.status, 422);
    assert!(pot_form.text().contains("Enter an amount in pounds"));
    let duplicate = app
        .submit(
            &format!("/manage/programmes/{}/pots", scheme.programme_id),
            &[("financial_year", &year.0.to_string()), ("name", "Again"), ("allocation", "5")],
        )
        .await;
    assert_eq!(duplicate.status, 422);
    assert!(duplicate.text().contains("already has a pot for"));
    app.footprint().await.assert_unchanged_since(&before, "nothing saved half-way");
}

async fn a_lead_of_one_programme_cannot_touch_another(app: TestApp) {
    let other = app.programme_with_round("Other Programme", "other-lead@example.org").await;
    let criterion =
        app.db(move |conn| smallgrants::rounds::queries::criteria_of(conn, other.round_id).unwrap()[0].id).await;
    app.clear_cookies();
    let mine = app.programme_with_round("My Programme", "my-lead@example.org").await;
    assert_ne!(mine.programme_id, other.programme_id);
    let before = app.footprint().await;
    let (p, pot, round) = (other.programme_id, other.pot_id, other.round_id);
    for path in [
        format!("/manage/programmes/{p}"),
        format!("/manage/programmes/{p}/edit"),
        format!("/manage/programmes/{p}/pots/new"),
        format!("/manage/programmes/{p}/rounds/new"),
        format!("/manage/pots/{pot}"),
        format!("/manage/rounds/{round}"),
        format!("/manage/rounds/{round}/edit"),
    ] {
        assert_eq!(app.get(&path).await.status, 403, "GET {path}");
    }
    let round_fields = app.round_fields(pot, "Sneaky", "1000");
    for (path, fields) in [
        (
            format!("/manage/programmes/{p}/edit"),
            vec![("name", "Hijacked"), ("funder_name", "x"), ("identifier_prefix", "360G-x")],
        ),
        (format!("/manage/programmes/{p}/leads"), vec![("email", "my-lead@example.org")]),
        (format!("/manage/programmes/{p}/pots"), vec![("financial_year", "2030"), ("name", "x"), ("allocation", "1")]),
        (format!("/manage/pots/{pot}/adjust"), vec![("direction", "decrease"), ("amount", "1"), ("reason", "x")]),
        (format!("/manage/pots/{pot}/carry-forward"), vec![]),
        (format!("/manage/rounds/{round}/criteria"), vec![("title", "x")]),
        (format!("/manage/rounds/{round}/criteria/{criterion}"), vec![("title", "x")]),
        (format!("/manage/rounds/{round}/criteria/{criterion}/delete"), vec![]),
    ] {
        assert_eq!(app.submit(&path, &fields).await.status, 403, "POST {path}");
    }
    let borrowed: Vec<(&str, &str)> = round_fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(app.submit(&format!("/manage/programmes/{p}/rounds"), &borrowed).await.status, 403);
    assert_eq!(app.submit(&format!("/manage/rounds/{round}/edit"), &borrowed).await.status, 403);
    // My own round cannot draw on their pot either.
    let mine_with_their_pot = app
        .submit_round(
            &format!("/manage/programmes/{}/rounds", mine.programme_id),
            app.round_fields(pot, "Cross", "10000"),
            &[],
        )
        .await;
    assert_eq!(mine_with_their_pot.status, 422, "{}", mine_with_their_pot.text());
    assert!(mine_with_their_pot.text().contains("Choose one of this programme"), "{}", mine_with_their_pot.text());
    assert_eq!(app.get("/manage/pots/99999").await.status, 404);
    app.footprint().await.assert_unchanged_since(&before, "nothing changed");
    let list = app.get("/manage/programmes").await.text();
    assert!(list.contains("My Programme") && !list.contains("Other Programme"), "leads see only their own programmes");
}

async fn criteria_can_be_added_and_changed_until_the_first_bid(app: TestApp) {
    let scheme = app.programme_with_round("Criteria Fund", "lead@example.org").await;
    let round = scheme.round_id;
    let descriptors = [
        ("descriptor_1", "None"),
        ("descriptor_2", "A little"),
        ("descriptor_3", "Some"),
        ("descriptor_4", "Good"),
        ("descriptor_5", "Excellent"),
    ];
    let mut fields = vec![("title", "How you will know it worked"), ("weight", "2")];
    fields.extend_from_slice(&descriptors);
    assert_eq!(app.submit(&format!("/manage/rounds/{round}/criteria"), &fields).await.status, 303);
    let missing =
        app.submit(&format!("/manage/rounds/{round}/criteria"), &[("title", "Fit with local priorities")]).await;
    assert_eq!(missing.status, 422);
    assert!(missing.text().contains("Enter what a score of 1 means"));

    let criteria = app.db(move |conn| smallgrants::rounds::queries::criteria_of(conn, round).unwrap()).await;
    assert_eq!(
        criteria.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(),
        ["need", "reach", "how_you_will_know_it_worked"]
    );
    let need = criteria[0].id;
    let mut change = vec![("title", "Need"), ("weight", "3")];
    change.extend_from_slice(&descriptors);
    assert_eq!(app.submit(&format!("/manage/rounds/{round}/criteria/{need}"), &change).await.status, 303);
    let public = app.get("/rounds/criteria-fund-round").await.text();
    assert!(public.contains("How you will know it worked") && public.contains("Excellent"));

    app.db(move |conn| {
        use diesel::prelude::*;
        use smallgrants::db::schema::rounds;
        diesel::update(rounds::table.find(round))
            .set(rounds::criteria_frozen_at.eq(Some(smallgrants::time::now())))
            .execute(conn)
            .unwrap();
    })
    .await;
    let frozen = app.submit(&format!("/manage/rounds/{round}/criteria/{need}"), &change).await;
    assert_eq!(frozen.status, 409);
    assert!(frozen.text().contains("cannot change once the first bid has been sent"));
    assert_eq!(app.submit(&format!("/manage/rounds/{round}/criteria/{need}/delete"), &[]).await.status, 409);
}

async fn guidance_is_rendered_safely(app: TestApp) {
    let scheme = app.programme_with_round("Safe Fund", "lead@example.org").await;
    let fields = app.round_fields(scheme.pot_id, "Safe Fund round", "60000");
    let response = app
        .submit_round(
            &format!("/manage/rounds/{}/edit", scheme.round_id),
            fields,
            &[
                ("eligibility", "**Groups** <script>alert('x')</script> [x](javascript:alert(1))"),
                ("name", "<b>Bold name</b>"),
                ("slug", "safe-fund-round"),
            ],
        )
        .await;
    assert_eq!(response.status, 303, "{}", response.text());
    let page = app.get("/rounds/safe-fund-round").await.text();
    assert!(page.contains("<strong>Groups</strong>"));
    assert!(!page.contains("<script>alert"), "no script from markdown");
    assert!(!page.contains("javascript:"));
    assert!(page.contains("&lt;b&gt;Bold name&lt;/b&gt;"), "names are escaped");
}

on_both_databases!(
    a_lead_sets_up_a_programme_pot_and_round_that_the_public_sees,
    manage_lists_a_lead_s_programmes,
    ledger_totals_follow_corrections_and_carry_forward_happens_once,
    bad_money_and_dates_are_refused_at_their_fields,
    a_lead_of_one_programme_cannot_touch_another,
    criteria_can_be_added_and_changed_until_the_first_bid,
    guidance_is_rendered_safely,
);

/// Two leads give the last of a pot's money to two rounds at the same moment: exactly one
/// succeeds and the pot is never over-assigned. Run in real parallel threads, several times.
fn racing_for_the_last_money(backend: Backend) {
    let database = TestDatabase::new(backend);
    let config = crate::common::test_config(&database, std::path::Path::new("/tmp"), &[]);
    let db = smallgrants::db::Db::new(&config.database);
    let now = smallgrants::time::now();
    let mut conn = db.get().unwrap();
    let lead = smallgrants::accounts::actions::create_admin(&mut conn, "Lead", "lead@example.org", "x", now).unwrap();
    let lead_id = match lead {
        smallgrants::accounts::actions::AdminCreated::New(p)
        | smallgrants::accounts::actions::AdminCreated::Promoted(p) => p.id,
    };
    let input = smallgrants::programmes::rules::check_programme(&smallgrants::programmes::rules::ProgrammeForm {
        name: "Race Fund".into(),
        funder_name: "ICB".into(),
        identifier_prefix: "360G-race".into(),
        ..Default::default()
    })
    .unwrap();
    let programme = smallgrants::programmes::actions::create(&mut conn, lead_id, &input, now).unwrap();
    drop(conn);

    for attempt in 0..5 {
        let mut conn = db.get().unwrap();
        let year = FinancialYear::containing(now).0 + attempt;
        let new_pot = funds_actions::NewPot {
            programme_id: programme.id,
            year: FinancialYear(year),
            name: "Pot",
            allocation: Pence::from_pounds(10_000),
            transformation_total: None,
            ring_fence_basis_points: None,
        };
        let pot = funds_actions::create_pot(&mut conn, lead_id, &new_pot, now).unwrap();
        drop(conn);
        let barrier = Arc::new(Barrier::new(2));
        let threads: Vec<_> = (0..2)
            .map(|n| {
                let (db, barrier) = (db.clone(), barrier.clone());
                let form = smallgrants::rounds::rules::RoundForm {
                    name: format!("Round {attempt}-{n}"),
                    pot_id: pot.id.to_string(),
                    budget: "10000".into(),
                    opens_date: "2026-01-01".into(),
                    opens_time: "09:00".into(),
                    closes_date: "2099-01-01".into(),
                    closes_time: "17:00".into(),
                    min_award: "100".into(),
                    max_award: "1000".into(),
                    decision_date: "2099-02-01".into(),
                    ..Default::default()
                };
                std::thread::spawn(move || {
                    let input = smallgrants::rounds::rules::check_round(&form, now, None).unwrap();
                    let mut conn = db.get().unwrap();
                    barrier.wait();
                    round_actions::create_round(
                        &mut conn,
                        smallgrants::i18n::Tr::source(),
                        lead_id,
                        programme.id,
                        &input,
                        now,
                    )
                })
            })
            .collect();
        let outcomes: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
        let succeeded = outcomes.iter().filter(|o| o.is_ok()).count();
        assert_eq!(succeeded, 1, "attempt {attempt} on {backend:?}: {outcomes:?}");
        let refused = outcomes.iter().find_map(|o| o.as_ref().err()).unwrap();
        assert!(
            matches!(refused, round_actions::RoundError::Invalid(errors) if errors.english("budget").is_some_and(|m| m.contains("£0"))),
            "{refused:?}"
        );
        let mut conn = db.get().unwrap();
        let balances = funds::queries::pot_balances(&mut conn, pot.id).unwrap();
        assert_eq!(balances.assigned, Pence::from_pounds(10_000));
        assert!(balances.is_consistent());
    }
}

#[test]
fn two_leads_racing_for_the_last_money_on_sqlite() {
    racing_for_the_last_money(Backend::Sqlite);
}

#[test]
fn two_leads_racing_for_the_last_money_on_postgres() {
    racing_for_the_last_money(Backend::Postgres);
}
