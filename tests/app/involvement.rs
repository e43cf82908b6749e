//! Involvement payments (issue #18): the lead's involvement budget, payments to people that never
//! touch the VCSE pot, help-to-apply costs from the pot as their own line, a panel member's own
//! payments and choice, the equity report's line, and concurrent payments that never overspend.

use std::sync::{Arc, Barrier};

use smallgrants::funds::{self, FinancialYear};
use smallgrants::involvement::actions::{self as involvement_actions, InvolvementError};
use smallgrants::involvement::rules::{AllocationChange, Payee, PaymentInput};
use smallgrants::involvement::{Choice, HowPaid, PaymentKind, Source, queries};
use smallgrants::money::Pence;

use crate::common::setup::Scheme;
use crate::common::{Backend, TestApp, TestDatabase};
use crate::on_both_databases;

fn today(app: &TestApp) -> String {
    smallgrants::time::in_london(app.now()).date_naive().format("%Y-%m-%d").to_string()
}

fn year(app: &TestApp) -> FinancialYear {
    FinancialYear::containing(app.now())
}

fn page_of(scheme: &Scheme) -> String {
    format!("/manage/programmes/{}/involvement", scheme.programme_id)
}

async fn set_allocation(app: &TestApp, scheme: &Scheme, amount: &str) {
    let year = year(app).0.to_string();
    let response =
        app.submit(&format!("{}/allocation", page_of(scheme)), &[("year", &year), ("allocation_amount", amount)]).await;
    assert_eq!(response.status, 303, "{}", response.text());
}

/// The payment form's fields for scoring a round, with `changes` applied.
fn scoring(
    app: &TestApp,
    scheme: &Scheme,
    person: i64,
    changes: &[(&'static str, &str)],
) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("year", year(app).0.to_string()),
        ("kind", "panel_scoring".into()),
        ("person_id", person.to_string()),
        ("round_id", scheme.round_id.to_string()),
        ("what_for", "Scoring the spring round".into()),
        ("amount", "150".into()),
        ("paid_on", today(app)),
        ("how_paid", "finance_process".into()),
    ];
    for (key, value) in changes {
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some(field) => field.1 = value.to_string(),
            None => fields.push((key, value.to_string())),
        }
    }
    fields
}

async fn pay(app: &TestApp, scheme: &Scheme, fields: &[(&'static str, String)]) -> crate::common::TestResponse {
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.submit(&format!("{}/payments", page_of(scheme)), &borrowed).await
}

async fn pot_balances(app: &TestApp, pot_id: i64) -> funds::Balances {
    app.db(move |conn| funds::queries::pot_balances(conn, pot_id).unwrap()).await
}

async fn count_payments(app: &TestApp, programme_id: i64) -> usize {
    app.db(move |conn| queries::payments_of_programme(conn, programme_id).unwrap().len()).await
}

async fn a_payment_to_a_panel_member_is_in_the_involvement_ledger_and_not_the_pot(app: TestApp) {
    let scheme = app.programme_with_round("Involve Fund", "lead@example.org").await;
    let pat = app.panel_member(&scheme, "Pat Panel", "pat@example.org", true).await;
    let label = year(&app).label();

    let first = app.get(&page_of(&scheme)).await;
    assert_eq!(first.status, 200);
    assert!(first.text().contains(&format!("There is no involvement budget for {label} yet")));
    assert!(
        first.text().contains("Never write anyone&#39;s bank details here")
            || first.text().contains("Never write anyone's bank details here")
    );
    let overview = app.get(&format!("/manage/programmes/{}", scheme.programme_id)).await.text();
    assert!(overview.contains(&page_of(&scheme)), "the programme page links to it");

    set_allocation(&app, &scheme, "2000").await;
    let pot_before = pot_balances(&app, scheme.pot_id).await;
    let response = pay(&app, &scheme, &scoring(&app, &scheme, pat, &[])).await;
    assert_eq!(response.status, 303, "{}", response.text());

    let page = app.get(&page_of(&scheme)).await.text();
    assert!(page.contains("<dt>Allocated</dt><dd>£2,000</dd>"), "{page}");
    assert!(page.contains("<dt>Paid</dt><dd>£150</dd>"));
    assert!(page.contains("<dt>Left</dt><dd>£1,850</dd>"));
    assert!(page.contains("Payment to a person") && page.contains("Scoring the spring round"));
    assert!(page.contains("Pat Panel"));
    assert!(page.contains("1 person paid this year."));

    // The VCSE pot is untouched: its balances, its report and its ledger.
    assert_eq!(pot_balances(&app, scheme.pot_id).await, pot_before);
    let report = app.get(&format!("/manage/pots/{}/report", scheme.pot_id)).await.text();
    assert!(!report.contains("Scoring the spring round") && !report.contains("Help to apply paid from the pot"));
    let ledger = app.get(&format!("/manage/pots/{}/ledger.csv", scheme.pot_id)).await.text();
    assert!(!ledger.contains("Scoring the spring round") && !ledger.contains("150.00"));

    let csv = app.get(&format!("{}.csv?year={}", page_of(&scheme), year(&app).0)).await;
    assert_eq!(csv.status, 200);
    assert!(csv.text().contains("Pat Panel") && csv.text().contains("Scoring the spring round"));

    // A later change needs a reason, and never goes below what has been paid.
    let y = year(&app).0.to_string();
    let no_reason = app
        .submit(
            &format!("{}/allocation", page_of(&scheme)),
            &[("year", &y), ("direction", "increase"), ("allocation_amount", "500")],
        )
        .await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.text().contains("Enter why it changes"), "{}", no_reason.text());
    let too_low = app
        .submit(
            &format!("{}/allocation", page_of(&scheme)),
            &[("year", &y), ("direction", "decrease"), ("allocation_amount", "1900"), ("reason", "Fewer workshops")],
        )
        .await;
    assert_eq!(too_low.status, 422);
    assert!(too_low.text().contains("cannot go below what has been paid: £150"));
    let raised = app
        .submit(
            &format!("{}/allocation", page_of(&scheme)),
            &[("year", &y), ("direction", "increase"), ("allocation_amount", "500"), ("reason", "Two more workshops")],
        )
        .await;
    assert_eq!(raised.status, 303);
    let page = app.get(&page_of(&scheme)).await.text();
    assert!(page.contains("<dt>Left</dt><dd>£2,350</dd>") && page.contains("Two more workshops"));
}

async fn a_payment_over_what_is_left_is_refused_at_the_field(app: TestApp) {
    let scheme = app.programme_with_round("Small Involve Fund", "lead@example.org").await;
    let pat = app.panel_member(&scheme, "Pat Panel", "pat@example.org", true).await;
    let label = year(&app).label();

    let no_budget = pay(&app, &scheme, &scoring(&app, &scheme, pat, &[])).await;
    assert_eq!(no_budget.status, 422);
    assert!(
        no_budget.text().contains(&format!("There is no involvement budget for {label}: set its allocation first"))
    );

    set_allocation(&app, &scheme, "120").await;
    let over = pay(&app, &scheme, &scoring(&app, &scheme, pat, &[("amount", "120.01")])).await;
    assert_eq!(over.status, 422);
    let page = over.text();
    assert!(page.contains(&format!("£120 left in the {label} involvement budget")), "{page}");
    assert!(page.contains("id=\"amount-error\""), "at the field");
    assert!(page.contains("value=\"120.01\"") && page.contains("value=\"Scoring the spring round\""), "input kept");
    assert_eq!(count_payments(&app, scheme.programme_id).await, 0, "nothing saved");
    let balances = app
        .db({
            let programme = scheme.programme_id;
            let year = year(&app);
            move |conn| {
                let budget = queries::budget_for_year(conn, programme, year).unwrap().unwrap();
                queries::balances(conn, budget.id).unwrap()
            }
        })
        .await;
    assert_eq!(balances.paid, Pence(0));

    // Bad input is refused at its fields, never a 500.
    let bad = pay(
        &app,
        &scheme,
        &scoring(
            &app,
            &scheme,
            pat,
            &[("kind", ""), ("amount", "lots"), ("paid_on", "2001-01-01"), ("how_paid", "bank")],
        ),
    )
    .await;
    assert_eq!(bad.status, 422);
    let text = bad.text();
    assert!(text.contains("Choose what the payment is for") && text.contains("Choose how it was paid"));
    assert!(text.contains(&format!("The date must be in {label}")));
    let someone_else = pay(&app, &scheme, &scoring(&app, &scheme, 999_999, &[])).await;
    assert_eq!(someone_else.status, 422);
    assert!(someone_else.text().contains("Choose a panel member from the list"));
    let unknown = pay(
        &app,
        &scheme,
        &scoring(&app, &scheme, pat, &[("kind", "giving_views"), ("person_id", ""), ("email", "nobody@example.org")]),
    )
    .await;
    assert_eq!(unknown.status, 422);
    assert!(unknown.text().contains("No one has an account with that email address"));
    let odd_year = pay(&app, &scheme, &scoring(&app, &scheme, pat, &[("year", "1999")])).await;
    assert_eq!(odd_year.status, 404);
    assert_eq!(count_payments(&app, scheme.programme_id).await, 0);

    // The whole of what is left can be paid.
    let exact = pay(&app, &scheme, &scoring(&app, &scheme, pat, &[("amount", "120")])).await;
    assert_eq!(exact.status, 303);
}

async fn help_to_apply_from_the_vcse_pot_is_its_own_line_in_the_pot_report(app: TestApp) {
    let scheme = app.programme_with_round("Help Fund", "lead@example.org").await;
    let before = pot_balances(&app, scheme.pot_id).await;
    let fields: Vec<(&'static str, String)> = vec![
        ("year", year(&app).0.to_string()),
        ("kind", "help_to_apply".into()),
        ("group_name", "Hillside Elders".into()),
        ("help_cost", "interpreter".into()),
        ("source", "vcse_pot".into()),
        ("what_for", "Urdu interpreter at the hub".into()),
        ("amount", "90".into()),
        ("paid_on", today(&app)),
        ("how_paid", "finance_process".into()),
    ];
    let response = pay(&app, &scheme, &fields).await;
    assert_eq!(response.status, 303, "{}", response.text());

    let after = pot_balances(&app, scheme.pot_id).await;
    assert_eq!(after.help_to_apply, Pence::from_pounds(90));
    assert_eq!(after.unassigned(), before.unassigned() - Pence::from_pounds(90), "the pot holds less");
    assert_eq!(after.paid, before.paid + Pence::from_pounds(90));
    assert_eq!(after.uncommitted(), before.uncommitted() - Pence::from_pounds(90));
    assert!(after.is_consistent());

    let report = app.get(&format!("/manage/pots/{}/report", scheme.pot_id)).await.text();
    assert!(report.contains("Help to apply paid from the pot"), "{report}");
    assert!(report.contains("Help to apply: Urdu interpreter at the hub") && report.contains("£90"));
    let ledger = app.get(&format!("/manage/pots/{}/ledger.csv", scheme.pot_id)).await.text();
    assert!(ledger.contains("Help to apply"));
    let page = app.get(&page_of(&scheme)).await.text();
    assert!(page.contains("Hillside Elders") && page.contains("The VCSE pot"));
    assert!(page.contains("There is no involvement budget"), "the involvement budget was not touched");

    // More than the pot has not set aside is refused at the field.
    let mut too_much = fields.clone();
    too_much.iter_mut().find(|(k, _)| *k == "amount").unwrap().1 = "540000".into();
    let refused = pay(&app, &scheme, &too_much).await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("Only £539,910 of the VCSE pot is not yet set aside"), "{}", refused.text());
    assert_eq!(count_payments(&app, scheme.programme_id).await, 1);
}

/// The lead's four requests, as someone else: the page, the spreadsheet, a payment and the
/// allocation; answers their statuses.
async fn attempts(app: &TestApp, scheme: &Scheme, fields: &[(&'static str, String)], year: &str) -> [u16; 4] {
    [
        app.get(&page_of(scheme)).await.status.as_u16(),
        app.get(&format!("{}.csv?year={year}", page_of(scheme))).await.status.as_u16(),
        pay(app, scheme, fields).await.status.as_u16(),
        app.submit(&format!("{}/allocation", page_of(scheme)), &[("year", year), ("allocation_amount", "5")])
            .await
            .status
            .as_u16(),
    ]
}

async fn only_the_programme_s_leads_see_or_record_payments(app: TestApp) {
    let scheme = app.programme_with_round("Guarded Fund", "lead@example.org").await;
    let pat = app.panel_member(&scheme, "Pat Panel", "pat@example.org", true).await;
    set_allocation(&app, &scheme, "1000").await;
    let fields = scoring(&app, &scheme, pat, &[]);
    let y = year(&app).0.to_string();

    let tries = || attempts(&app, &scheme, &fields, &y);
    app.programme_with_lead("Other Fund", "other@example.org").await;
    assert_eq!(tries().await, [403; 4], "another programme's lead");
    app.switch_to("pat@example.org").await;
    assert_eq!(tries().await, [403; 4], "a panel member");
    app.clear_cookies();
    app.signed_in_person("Amina Applicant", "amina@example.org").await;
    assert_eq!(tries().await, [403; 4], "an applicant");
    app.switch_to("lead@example.org").await;
    assert_eq!(app.get("/manage/programmes/999999/involvement").await.status, 404);
    assert_eq!(count_payments(&app, scheme.programme_id).await, 0, "nothing was recorded");
}

async fn a_panel_member_sees_their_payments_and_chooses_how_to_be_paid(app: TestApp) {
    let scheme = app.programme_with_round("Choice Fund", "lead@example.org").await;
    let pat = app.panel_member(&scheme, "Pat Panel", "pat@example.org", true).await;
    let other = app.programme_with_round("Elsewhere Fund", "lead2@example.org").await;
    app.switch_to("lead@example.org").await;
    set_allocation(&app, &scheme, "1000").await;
    assert_eq!(pay(&app, &scheme, &scoring(&app, &scheme, pat, &[])).await.status, 303);

    app.switch_to("pat@example.org").await;
    let page = app.get("/panel/payments").await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains("What you have been paid") && text.contains("Scoring the spring round") && text.contains("£150")
    );
    assert!(text.contains("Universal Credit or ESA") && text.contains("ask us before you decide"));
    assert!(text.contains("Your choice now: Not said yet."));

    let declined = app
        .submit("/panel/payments/choice", &[("programme_id", &scheme.programme_id.to_string()), ("choice", "declined")])
        .await;
    assert_eq!(declined.status, 303);
    assert!(app.get("/panel/payments").await.text().contains("Your choice now: No payment, thank you."));
    // Not their programme: nobody changes a choice they have no seat for.
    let elsewhere = app
        .submit("/panel/payments/choice", &[("programme_id", &other.programme_id.to_string()), ("choice", "vouchers")])
        .await;
    assert_eq!(elsewhere.status, 404);
    let nonsense = app
        .submit("/panel/payments/choice", &[("programme_id", &scheme.programme_id.to_string()), ("choice", "cash")])
        .await;
    assert_eq!(nonsense.status, 422);
    assert!(nonsense.text().contains("Choose how you want to be paid"));
    let stored = app.db(move |conn| queries::choices_of(conn, pat).unwrap()).await;
    assert_eq!(stored.get(&scheme.programme_id), Some(&Choice::Declined));
    assert_eq!(stored.get(&other.programme_id), None);

    // The lead sees the choice, and a payment is refused unless they confirm a change of mind.
    app.switch_to("lead@example.org").await;
    assert!(app.get(&page_of(&scheme)).await.text().contains("Pat Panel (lived experience) — No payment, thank you"));
    let refused = pay(&app, &scheme, &scoring(&app, &scheme, pat, &[("how_paid", "vouchers")])).await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("This person said no to payment"));
    assert_eq!(count_payments(&app, scheme.programme_id).await, 1);
    let confirmed =
        pay(&app, &scheme, &scoring(&app, &scheme, pat, &[("how_paid", "vouchers"), ("changed_mind", "yes")])).await;
    assert_eq!(confirmed.status, 303);
    let stored = app.db(move |conn| queries::choices_of(conn, pat).unwrap()).await;
    assert_eq!(stored.get(&scheme.programme_id), Some(&Choice::Vouchers));

    // Someone who sits on no panel has no such page.
    app.clear_cookies();
    app.signed_in_person("Amina Applicant", "amina@example.org").await;
    assert!(!app.get("/account").await.text().contains("/panel/payments"), "no link for someone never paid");
    assert_eq!(app.get("/panel/payments").await.status, 403);
}

async fn the_equity_report_shows_money_spent_on_involvement(app: TestApp) {
    let scheme = app.programme_with_round("Equity Involve Fund", "lead@example.org").await;
    let pat = app.panel_member(&scheme, "Pat Panel", "pat@example.org", true).await;
    app.person_in_database("Sam Views", "sam@example.org", false).await;
    set_allocation(&app, &scheme, "1000").await;
    assert_eq!(pay(&app, &scheme, &scoring(&app, &scheme, pat, &[])).await.status, 303);
    let views = scoring(
        &app,
        &scheme,
        pat,
        &[
            ("kind", "giving_views"),
            ("person_id", ""),
            ("email", "sam@example.org"),
            ("amount", "25"),
            ("what_for", "Views on the tracker"),
        ],
    );
    assert_eq!(pay(&app, &scheme, &views).await.status, 303);

    let page = app.get(&format!("/manage/programmes/{}/equity", scheme.programme_id)).await.text();
    let label = year(&app).label();
    // Sam sits on no panel but was paid for their views: they see it, and have no choice to make.
    app.clear_cookies();
    assert_eq!(app.sign_in("sam@example.org", crate::common::people::PASSWORD).await.status, 303);
    let account = app.get("/account").await.text();
    assert!(account.contains("href=\"/panel/payments\""), "Sam finds the payments from the account page: {account}");
    let sams = app.get("/panel/payments").await;
    assert_eq!(sams.status, 200);
    assert!(sams.text().contains("Views on the tracker") && !sams.text().contains("How do you want to be paid?"));
    app.switch_to("lead@example.org").await;
    assert!(page.contains(&format!("Money spent on involvement in {label}")), "{page}");
    assert!(
        page.contains("£175 paid for people&#39;s time and costs, to 2 people")
            || page.contains("£175 paid for people's time and costs, to 2 people"),
        "{page}"
    );
    assert!(!page.contains("Pat Panel") && !page.contains("Sam Views"), "no names");
    let shared = app.get(&format!("/manage/programmes/{}/equity?shareable=yes", scheme.programme_id)).await.text();
    assert!(shared.contains("to fewer than 5 people"), "small numbers hidden when shared: {shared}");
}

/// The demo (`serve --demo`) has an involvement budget with payments to try the pages with.
async fn the_demo_has_an_involvement_budget_with_payments(app: TestApp) {
    let now = app.now();
    let demo = app
        .db(move |conn| {
            smallgrants::demo::seed(conn, &smallgrants::notifications::emails::Links::new("http://localhost:8080"), now)
                .unwrap()
        })
        .await;
    app.switch_to_demo("lead@demo.example", "demo-lead-words").await;
    let page = app.get(&format!("/manage/programmes/{}/involvement", demo.programme_id)).await.text();
    assert!(
        page.contains("<dt>Allocated</dt><dd>£3,000</dd>") && page.contains("<dt>Paid</dt><dd>£190</dd>"),
        "{page}"
    );
    assert!(
        page.contains("Vouchers") && page.contains("Hillside Urdu Women&#39;s Circle")
            || page.contains("Hillside Urdu Women's Circle")
    );
    let report = app.get(&format!("/manage/pots/{}/report", demo.pot_id)).await.text();
    assert!(report.contains("Help to apply: Urdu interpreter for the application session at the hub"));
    assert!(!report.contains("Scoring the summer round"));
    let balances = pot_balances(&app, demo.pot_id).await;
    assert_eq!(balances.help_to_apply, Pence::from_pounds(85));
    assert!(balances.is_consistent());
    app.switch_to_demo("panel@demo.example", "demo-panel-words").await;
    let mine = app.get("/panel/payments").await.text();
    assert!(mine.contains("Scoring the summer round") && mine.contains("£150"));
}

on_both_databases!(
    the_demo_has_an_involvement_budget_with_payments,
    a_payment_to_a_panel_member_is_in_the_involvement_ledger_and_not_the_pot,
    a_payment_over_what_is_left_is_refused_at_the_field,
    help_to_apply_from_the_vcse_pot_is_its_own_line_in_the_pot_report,
    only_the_programme_s_leads_see_or_record_payments,
    a_panel_member_sees_their_payments_and_chooses_how_to_be_paid,
    the_equity_report_shows_money_spent_on_involvement,
);

/// Four payments of £200 at once at a £500 involvement budget, in real parallel threads (one
/// connection each from the pool of four): exactly two are made, the others are refused with what is left, and the budget never
/// overspends. Several times, on both databases.
fn racing_for_the_last_of_the_involvement_budget(backend: Backend) {
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
        name: "Race Involvement Fund".into(),
        funder_name: "ICB".into(),
        identifier_prefix: "360G-race-involve".into(),
        ..Default::default()
    })
    .unwrap();
    let programme = smallgrants::programmes::actions::create(&mut conn, lead_id, &input, now).unwrap();
    drop(conn);

    for attempt in 0..4 {
        let year = FinancialYear(FinancialYear::containing(now).0 + attempt);
        let mut conn = db.get().unwrap();
        let first = AllocationChange { increase: true, amount: Pence::from_pounds(500), reason: String::new() };
        involvement_actions::change_allocation(&mut conn, lead_id, programme.id, year, &first, now).unwrap();
        drop(conn);
        let barrier = Arc::new(Barrier::new(4));
        let threads: Vec<_> = (0..4)
            .map(|n| {
                let (db, barrier) = (db.clone(), barrier.clone());
                let payment = PaymentInput {
                    kind: PaymentKind::GivingViews,
                    payee: Payee::Person(lead_id),
                    round_id: None,
                    help_cost: None,
                    source: Source::InvolvementBudget,
                    what_for: format!("Workshop {attempt}-{n}"),
                    amount: Pence::from_pounds(200),
                    paid_on: chrono::NaiveDate::from_ymd_opt(year.0, 6, 1).unwrap(),
                    how_paid: HowPaid::Vouchers,
                    note: String::new(),
                    changed_mind: false,
                };
                std::thread::spawn(move || {
                    let mut conn = db.get().unwrap();
                    barrier.wait();
                    involvement_actions::record_payment(&mut conn, lead_id, programme.id, year, &payment, now)
                })
            })
            .collect();
        let outcomes: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
        let made = outcomes.iter().filter(|o| o.is_ok()).count();
        assert_eq!(made, 2, "attempt {attempt} on {backend:?}: {outcomes:?}");
        for refused in outcomes.iter().filter_map(|o| o.as_ref().err()) {
            assert!(
                matches!(refused, InvolvementError::NotEnough { left, .. } if *left == Pence::from_pounds(100)),
                "{refused:?}"
            );
        }
        let mut conn = db.get().unwrap();
        let budget = queries::budget_for_year(&mut conn, programme.id, year).unwrap().unwrap();
        let balances = queries::balances(&mut conn, budget.id).unwrap();
        assert_eq!(balances.paid, Pence::from_pounds(400));
        assert!(balances.is_consistent());
        assert_eq!(queries::payments_of(&mut conn, programme.id, year).unwrap().len(), 2);
    }
}

#[test]
fn payments_racing_for_the_last_of_the_involvement_budget_on_sqlite() {
    racing_for_the_last_of_the_involvement_budget(Backend::Sqlite);
}

#[test]
fn payments_racing_for_the_last_of_the_involvement_budget_on_postgres() {
    racing_for_the_last_of_the_involvement_budget(Backend::Postgres);
}
