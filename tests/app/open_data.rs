//! The public list of awards and the 360Giving open data: only accepted awards of groups that
//! agreed to be named are listed (the others are counted), the JSON package validates against
//! the standard's schemas (copied under `fixtures/360giving`), the spreadsheet is safe to open,
//! and a file longer than one page of the database lists every award once.

use std::collections::BTreeSet;

use diesel::prelude::*;
use serde_json::Value;
use smallgrants::db::schema::{awards, bids};
use smallgrants::db::write_transaction;
use smallgrants::web::handlers::open_data::OPEN_DATA_PAGE_SIZE;

use crate::common::reviewing::SentRound;
use crate::common::{TestApp, TestResponse};
use crate::on_both_databases;

const PACKAGE_SCHEMA: &str = include_str!("fixtures/360giving/360-giving-package-schema.json");
const GRANT_SCHEMA: &str = include_str!("fixtures/360giving/360-giving-schema.json");
const DEI_SCHEMA: &str = include_str!("fixtures/360giving/360-giving-schema.dei-extension.json");
const COLUMN_TITLES: &str = include_str!("../../src/opendata/grants-sheet-column-titles.csv");

/// Where the package schema's `$ref` expects the grant schema.
const GRANT_SCHEMA_URI: &str =
    "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

const EVIL_NAME: &str = r#"=HYPERLINK("http://evil.example","x")"#;

/// The applicant of the round's `n`th bid accepts the offer, agreeing to be named or not.
async fn accept(app: &TestApp, round: &SentRound, n: usize, public: bool) {
    app.switch_to(&TestApp::applicant_email(round, n)).await;
    let bid = round.bids[n];
    let fields = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", if public { "yes" } else { "no" })];
    let accepted = app.submit(&format!("/bids/{bid}/accept"), &fields).await;
    assert_eq!(accepted.status, 303, "accept: {}", accepted.text());
    app.deliver_emails().await;
}

async fn group_of(app: &TestApp, bid: i64) -> smallgrants::groups::Group {
    let group_id = app.bid(bid).await.group_id;
    app.db(move |conn| smallgrants::groups::queries::find(conn, group_id).unwrap().unwrap()).await
}

/// Three awards of £2,000: the first accepted and named, the second accepted without a name,
/// the third offered but not yet accepted. Nobody is signed in at the end.
async fn three_awards(app: &TestApp, name: &str) -> SentRound {
    let round = app.round_with_awards(name, 3, "2000").await;
    accept(app, &round, 0, true).await;
    accept(app, &round, 1, false).await;
    app.clear_cookies();
    round
}

async fn json_of(response: &TestResponse) -> Value {
    serde_json::from_slice(&response.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", response.text()))
}

/// Validates a package against the saved 360Giving package schema, with the grant schema it
/// refers to registered locally (nothing is fetched) and formats checked: the standard's dates
/// are `oneOf` a date-time or a YYYY-MM-DD pattern, which only works with format checking on.
fn schema_errors(package: &Value) -> Vec<String> {
    let grant_schema: Value = serde_json::from_str(GRANT_SCHEMA).unwrap();
    let registry = jsonschema::Registry::new()
        .add(GRANT_SCHEMA_URI, jsonschema::Resource::from_contents(grant_schema))
        .unwrap()
        .prepare()
        .unwrap();
    let package_schema: Value = serde_json::from_str(PACKAGE_SCHEMA).unwrap();
    let validator = jsonschema::options()
        .with_registry(&registry)
        .should_validate_formats(true)
        .offline()
        .build(&package_schema)
        .expect("the package schema compiles");
    let mut errors: Vec<String> =
        validator.iter_errors(package).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    // The DEI extension is a patch onto the grant schema; its own schema checks each grant's
    // `deiDetails`.
    let dei_schema: Value = serde_json::from_str(DEI_SCHEMA).unwrap();
    let dei = jsonschema::options().should_validate_formats(true).offline().build(&dei_schema).unwrap();
    for grant in package["grants"].as_array().into_iter().flatten() {
        errors.extend(dei.iter_errors(grant).map(|e| format!("DEI: {} at {}", e, e.instance_path())));
    }
    errors
}

fn grant_ids(package: &Value) -> Vec<String> {
    package["grants"].as_array().unwrap().iter().map(|g| g["id"].as_str().unwrap().to_string()).collect()
}

/// The sheet's rows (header first). The open-data sheet is for the standard's tools, which read
/// a byte order mark as part of the first title, so it must not start with one.
fn csv_records(response: &TestResponse) -> Vec<Vec<String>> {
    assert!(!response.body.starts_with("\u{feff}".as_bytes()), "no byte order mark in the open-data sheet");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&response.body[..]);
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

fn column_titles() -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(COLUMN_TITLES.as_bytes());
    reader.records().next().unwrap().unwrap().iter().map(str::to_string).collect()
}

async fn the_awards_page_names_only_groups_that_agreed(app: TestApp) {
    let round = app.round_with_awards("Named Fund", 3, "2000").await;
    app.clear_cookies();
    let empty = app.get("/awards").await;
    assert_eq!(empty.status, 200);
    assert!(empty.text().contains("No awards have been made yet"), "offers not yet accepted are not awards made");

    accept(&app, &round, 0, true).await;
    accept(&app, &round, 1, false).await;
    app.clear_cookies();
    let (named, unnamed, offered) =
        (group_of(&app, round.bids[0]).await, group_of(&app, round.bids[1]).await, group_of(&app, round.bids[2]).await);
    let page = app.get("/awards").await;
    assert_eq!(page.status, 200, "public, no sign-in");
    let text = page.text();
    assert!(text.contains("<h1 class=\"heading-xl\">Awards made</h1>"));
    assert!(text.contains(&named.name), "the named group is listed");
    assert!(text.contains("Walk and talk") && text.contains("Weekly sessions") && text.contains("£2,000"));
    assert!(text.contains("Named Fund round") && text.contains("/rounds/"));
    assert!(!text.contains(&unnamed.name), "a group that chose not to be named is not listed");
    assert!(!text.contains(&offered.name), "an offer not accepted is not listed");
    assert!(
        text.contains("£4,000 awarded to community groups in 2 grants. 1 of the groups chose not to be named"),
        "totals count every accepted award: {text}"
    );
    assert!(text.contains("href=\"/open-data/360giving.json\"") && text.contains("href=\"/open-data/360giving.csv\""));
    assert_eq!(app.get("/awards?page=2").await.status, 404, "no second page of one award");
}

async fn the_360giving_file_validates_against_the_standard(app: TestApp) {
    let round = three_awards(&app, "Open Fund").await;
    let (named, unnamed) = (round.bids[0], round.bids[1]);
    let group = group_of(&app, named).await;
    // The named group answers the equality questions, an hour after the award was decided.
    app.advance(chrono::Duration::hours(1));
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let answered = app
        .submit(
            &format!("/groups/{}/equality", group.id),
            &[
                ("leadership_status", "answered"),
                ("leadership_codes", "DEI010100"),
                ("beneficiaries_status", "general"),
            ],
        )
        .await;
    assert_eq!(answered.status, 303, "equality: {}", answered.text());
    // The third group answered before accepting, and chooses to publish its answers.
    let sharing = group_of(&app, round.bids[2]).await;
    app.switch_to(&TestApp::applicant_email(&round, 2)).await;
    let shared_answers = app
        .submit(
            &format!("/groups/{}/equality", sharing.id),
            &[
                ("leadership_status", "answered"),
                ("leadership_codes", "DEI020000"),
                ("leadership_note", "Two of us use wheelchairs"),
                ("beneficiaries_status", "prefer_not_to_say"),
            ],
        )
        .await;
    assert_eq!(shared_answers.status, 303);
    let offer = app.get(&format!("/bids/{}", round.bids[2])).await.text();
    assert!(offer.contains("Also publish our answers to the equality questions"), "offered to groups that answered");
    let fields = [("accepted_name", "Joy Adeyemi"), ("agree", "yes"), ("public", "yes"), ("share_equality", "yes")];
    assert_eq!(app.submit(&format!("/bids/{}/accept", round.bids[2]), &fields).await.status, 303);
    app.clear_cookies();

    let response = app.get("/open-data/360giving.json").await;
    assert_eq!(response.status, 200, "{}", response.text());
    assert_eq!(response.header("content-type").as_deref(), Some("application/json"));
    assert!(response.header("content-disposition").is_some_and(|d| d.contains("360giving.json")));
    assert!(response.header("cache-control").is_some_and(|c| c.contains("max-age")));
    let package = json_of(&response).await;
    let errors = schema_errors(&package);
    assert!(errors.is_empty(), "the package follows the 360Giving schemas: {errors:#?}");
    // The check has teeth: the grant schema behind the `$ref`, the date formats and the DEI
    // extension are all applied.
    let mut broken = package.clone();
    broken["grants"][0]["currency"] = "pounds".into();
    broken["grants"][0]["awardDate"] = "1 July 2027".into();
    broken["grants"][0]["deiDetails"]["leadership"] = serde_json::json!({ "replyStatus": "RS200" });
    let found = schema_errors(&broken).join("\n");
    for path in ["/grants/0/currency", "/grants/0/awardDate", "DEI: "] {
        assert!(found.contains(path), "{path} should be refused: {found}");
    }
    assert_eq!((package["version"].as_str(), package["extensions"].clone()), (Some("1.4"), serde_json::json!(["dei"])));

    let programme_id = round.scheme.programme_id;
    let prefix = app
        .db(move |conn| smallgrants::programmes::queries::find(conn, programme_id).unwrap().unwrap().identifier_prefix)
        .await;
    let reference = |bid: smallgrants::bids::Bid| bid.reference.expect("a sent bid has a reference");
    let named_id = format!("{prefix}-{}", reference(app.bid(named).await));
    let unnamed_id = format!("{prefix}-{}", reference(app.bid(unnamed).await));
    let sharing_id = format!("{prefix}-{}", reference(app.bid(round.bids[2]).await));
    assert_eq!(
        grant_ids(&package),
        [named_id.clone(), sharing_id.clone()],
        "only named, accepted awards; not {unnamed_id}"
    );
    let shared = &package["grants"][1]["deiDetails"];
    assert_eq!(shared["leadership"]["replyStatus"], "RS200", "published with the group's consent");
    assert_eq!(shared["leadership"]["response"]["taxonomyCodes"], serde_json::json!(["DEI020000"]));
    assert_eq!(shared["mission"]["replyStatus"], "RS202", "prefer not to say");
    assert!(!response.text().contains("wheelchairs"), "the group's own notes are never published");
    let grant = &package["grants"][0];
    assert_eq!(grant["recipientOrganization"][0]["id"], format!("{prefix}-org-{}", group.id));
    assert_eq!(grant["recipientOrganization"][0]["name"], group.name);
    assert_eq!(grant["recipientOrganization"][0]["postalCode"], "B11", "only the outward code");
    assert_eq!(grant["fundingOrganization"][0]["id"], "GB-NHS-QWU");
    assert_eq!(grant["fromOpenCall"], "Yes");
    assert_eq!(grant["amountAwarded"].as_f64(), Some(2000.0));
    assert_eq!(grant["currency"], "GBP");
    let dei = &grant["deiDetails"];
    assert_eq!(dei["leadership"]["askedStatus"], "AS201", "answered after the award was decided");
    assert_eq!(dei["leadership"]["replyStatus"], "RS203", "a reply, not permitted to be shared");
    assert_eq!(dei["mission"]["replyStatus"], "RS203");
    assert_eq!(dei["project"]["askedStatus"], "AS100");
    assert!(!response.text().contains("DEI010100"), "the group's answers stay out of open data");
    assert!(!response.text().contains("amina@example.org") && !response.text().contains("B11 1AA"));
}

async fn no_public_awards_is_a_json_404(app: TestApp) {
    let nothing = app.get("/open-data/360giving.json").await;
    assert_eq!(nothing.status, 404);
    assert_eq!(nothing.header("content-type").as_deref(), Some("application/json"));
    let explanation = json_of(&nothing).await;
    assert_eq!(explanation["error"], "no_public_awards");
    assert!(explanation["message"].as_str().unwrap().contains("at least one grant"));

    // An accepted award whose group chose not to be named is still nothing to publish.
    let round = app.round_with_awards("Quiet Fund", 1, "2000").await;
    accept(&app, &round, 0, false).await;
    app.clear_cookies();
    let still = app.get("/open-data/360giving.json").await;
    assert_eq!(still.status, 404, "{}", still.text());
    assert_eq!(json_of(&still).await["error"], "no_public_awards");
    let sheet = app.get("/open-data/360giving.csv").await;
    assert_eq!(sheet.status, 200, "an empty sheet is still a sheet");
    assert_eq!(csv_records(&sheet), [column_titles()]);
    let page = app.get("/awards").await.text();
    assert!(page.contains("None of the groups funded so far chose to be named"));
    assert!(!page.contains("/open-data/360giving.json"), "no link to a file that is not there");
}

async fn the_csv_sheet_is_safe_to_open(app: TestApp) {
    let round = app.round_with_awards("Sheet Fund", 1, "2000.50").await;
    let group = group_of(&app, round.bids[0]).await;
    app.switch_to(&TestApp::applicant_email(&round, 0)).await;
    let renamed = app
        .submit(
            &format!("/groups/{}/edit", group.id),
            &[("name", EVIL_NAME), ("kind", "faith"), ("area", "Sparkbrook"), ("postcode", "b11 1aa")],
        )
        .await;
    assert_eq!(renamed.status, 303, "rename: {}", renamed.text());
    accept(&app, &round, 0, true).await;
    app.clear_cookies();

    let response = app.get("/open-data/360giving.csv").await;
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type").as_deref(), Some("text/csv; charset=utf-8"));
    assert!(response.header("content-disposition").is_some_and(|d| d.starts_with("attachment") && d.contains(".csv")));
    let records = csv_records(&response);
    let titles = column_titles();
    assert_eq!(records[0], titles, "the header is the standard's template");
    assert_eq!(records.len(), 2, "one row per public grant");
    let row = &records[1];
    assert_eq!(row.len(), titles.len());
    let at = |title: &str| row[titles.iter().position(|t| t == title).unwrap()].as_str();
    assert_eq!(at("Recipient Org:Name"), format!("'{EVIL_NAME}"), "the formula is neutralised");
    assert_eq!(at("Amount Awarded"), "2000.50");
    assert_eq!(at("Currency"), "GBP");
    assert_eq!(at("Recipient Org:Postal Code"), "B11");
    assert_eq!(at("From An Open Call?"), "Yes");
    assert!(at("Identifier").starts_with("360G-sheet-fund-SG-"));
}

/// Copies of the real, named award, written straight to the database (as many as three pages
/// of the export need, without sending a thousand bids through the pages).
async fn copies_of_award(app: &TestApp, bid_id: i64, count: usize) -> Vec<i64> {
    let bid = app.bid(bid_id).await;
    let award = app.db(move |conn| smallgrants::grants::queries::award_of(conn, bid_id).unwrap().unwrap()).await;
    app.db(move |conn| {
        write_transaction(conn, |conn| {
            let mut ids = Vec::new();
            for n in 0..count {
                let copy: i64 = diesel::insert_into(bids::table)
                    .values((
                        bids::round_id.eq(bid.round_id),
                        bids::group_id.eq(bid.group_id),
                        bids::reference.eq(format!("COPY-{n:05}")),
                        bids::state.eq("active"),
                        bids::title.eq(format!("Copy {n}")),
                        bids::summary.eq(&bid.summary),
                        bids::amount_requested_pence.eq(bid.amount_requested_pence),
                        bids::created_by.eq(bid.created_by),
                        bids::created_at.eq(bid.created_at),
                        bids::updated_at.eq(bid.updated_at),
                    ))
                    .returning(bids::id)
                    .get_result(conn)?;
                diesel::insert_into(awards::table)
                    .values((
                        awards::bid_id.eq(copy),
                        awards::amount_pence.eq(award.amount_pence),
                        awards::decided_by.eq(award.decided_by),
                        awards::decided_at.eq(award.decided_at),
                        awards::accepted_at.eq(award.accepted_at),
                        awards::accepted_by.eq(award.accepted_by),
                        awards::accepted_name.eq(&award.accepted_name),
                        awards::public_consent.eq(true),
                    ))
                    .execute(conn)?;
                ids.push(copy);
            }
            Ok::<_, diesel::result::Error>(ids)
        })
        .unwrap()
    })
    .await
}

async fn a_file_longer_than_a_page_lists_every_award_once(app: TestApp) {
    let round = app.round_with_awards("Long Fund", 1, "2000").await;
    accept(&app, &round, 0, true).await;
    app.clear_cookies();
    let copies = 2 * OPEN_DATA_PAGE_SIZE as usize + 100;
    copies_of_award(&app, round.bids[0], copies).await;
    let prefix = "360G-long-fund";
    let mut expected: BTreeSet<String> = (0..copies).map(|n| format!("{prefix}-COPY-{n:05}")).collect();
    expected.insert(format!("{prefix}-{}", app.bid(round.bids[0]).await.reference.unwrap()));

    let response = app.get("/open-data/360giving.json").await;
    assert_eq!(response.status, 200);
    let ids = grant_ids(&json_of(&response).await);
    assert_eq!(ids.len(), copies + 1, "every award, none twice");
    assert_eq!(ids.iter().cloned().collect::<BTreeSet<_>>(), expected);

    let sheet = csv_records(&app.get("/open-data/360giving.csv").await);
    assert_eq!(sheet.len(), copies + 2, "header and one row per award");
    let sheet_ids: BTreeSet<String> = sheet[1..].iter().map(|row| row[0].clone()).collect();
    assert_eq!(sheet_ids, expected);

    let totals = app.get("/awards").await.text();
    assert!(totals.contains(&format!("in {} grants.", copies + 1)), "the page counts them all");
    assert!(totals.contains("Page 1 of 23"), "fifty a page");
    assert_eq!(app.get("/awards?page=23").await.status, 200);
}

/// The files are kept between requests, and made again as soon as an award changes.
async fn a_kept_file_is_made_again_when_an_award_changes(app: TestApp) {
    let round = app.round_with_awards("Kept Fund", 2, "1500").await;
    accept(&app, &round, 0, true).await;
    app.clear_cookies();
    let first = json_of(&app.get("/open-data/360giving.json").await).await;
    assert_eq!(grant_ids(&first).len(), 1);
    let again = app.get("/open-data/360giving.json").await;
    assert_eq!(json_of(&again).await, first, "the same file while nothing changed");
    let cache = app.data_dir().join("cache");
    let kept = |suffix: &str| {
        std::fs::read_dir(&cache)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with(suffix))
            .count()
    };
    assert_eq!(kept("360giving.json."), 1, "one file kept");

    accept(&app, &round, 1, true).await;
    app.clear_cookies();
    let after = json_of(&app.get("/open-data/360giving.json").await).await;
    assert_eq!(grant_ids(&after).len(), 2, "the new award is in at once");
    assert_eq!(kept("360giving.json."), 1, "the old file was removed");
    let sheet = csv_records(&app.get("/open-data/360giving.csv").await);
    assert_eq!(sheet.len(), 3, "the header and both awards");
}

/// The 360Giving community's own converter (flatten-tool, installed by
/// `scripts/ensure-python-tools`), run with its defaults, turns the sheet back into a package
/// that validates against the standard's schema, with every grant's identifier kept.
async fn flatten_tool_converts_the_sheet_into_a_valid_package(app: TestApp) {
    three_awards(&app, "Flatten Fund").await;
    let sheet = app.get("/open-data/360giving.csv").await;
    assert_eq!(sheet.status, 200);
    let folder = tempfile::tempdir().unwrap();
    let input = folder.path().join("sheet");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("grants.csv"), &sheet.body).unwrap();
    let output = folder.path().join("package.json");
    let ran = std::process::Command::new(crate::common::python_tool("flatten-tool"))
        .args(["unflatten", "-f", "csv", "--root-list-path", "grants", "--root-id", "", "--convert-titles"])
        .arg("--schema")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/app/fixtures/360giving/360-giving-schema.json"))
        .arg("-o")
        .arg(&output)
        .arg(&input)
        .output()
        .expect("flatten-tool runs (scripts/ensure-python-tools installs it)");
    assert!(ran.status.success(), "flatten-tool failed: {}", String::from_utf8_lossy(&ran.stderr));
    let package: Value = serde_json::from_slice(&std::fs::read(&output).unwrap()).unwrap();
    let errors = schema_errors(&package);
    assert!(errors.is_empty(), "the converted package is not valid 360Giving:\n{}", errors.join("\n"));
    let json = json_of(&app.get("/open-data/360giving.json").await).await;
    assert_eq!(grant_ids(&package), grant_ids(&json), "every grant keeps its identifier");
}

on_both_databases!(
    flatten_tool_converts_the_sheet_into_a_valid_package,
    a_kept_file_is_made_again_when_an_award_changes,
    the_awards_page_names_only_groups_that_agreed,
    the_360giving_file_validates_against_the_standard,
    no_public_awards_is_a_json_404,
    the_csv_sheet_is_safe_to_open,
    a_file_longer_than_a_page_lists_every_award_once
);
