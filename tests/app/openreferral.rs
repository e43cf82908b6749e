//! The community directory's Open Referral UK API: every answer validates against the profile's
//! schemas (read from the standard's files, copied under `fixtures/openreferral-uk`, with
//! formats checked: ids must be UUIDs), the filters narrow the services, only listings public
//! now are ever served, and no group's private contact details appear anywhere.

use chrono::{Duration, NaiveDateTime};
use serde_json::{Value, json};
use smallgrants::accounts::model::NewPerson;
use smallgrants::directory::ListingStatus;
use smallgrants::directory::model::{Category, HowToJoin, Schedule};
use smallgrants::directory::openreferral::Site;
use smallgrants::directory::rules::ListingInput;
use smallgrants::directory::{actions, queries};
use smallgrants::groups::model::GroupKind;
use smallgrants::groups::rules::GroupInput;
use smallgrants::notifications::emails::Links;

use crate::common::{TestApp, TestResponse};
use crate::on_both_databases;

/// The groups' own contact details: private, never in the feed.
const PRIVATE: [&str; 4] = ["secret.hope@example.org", "secret.walkers@example.org", "0121 000 1111", "Private Person"];

/// Where the profile's `$ref`s expect its files (the API definition names this address).
const SCHEMA_BASE: &str = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";

fn standard_file(path: &str) -> Value {
    let full = format!("{}/tests/app/fixtures/openreferral-uk/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("the Open Referral UK profile at {full}: {e}"));
    serde_json::from_str(&text).unwrap()
}

/// The profile's schemas, compiled once per test.
struct Schemas {
    service: jsonschema::Validator,
    service_list: jsonschema::Validator,
    page: jsonschema::Validator,
    taxonomy: jsonschema::Validator,
    taxonomy_term: jsonschema::Validator,
}

impl Schemas {
    /// The compiled service schemas are self-contained; `taxonomy.json` refers to
    /// `taxonomy_term.json` by a relative `$ref`, resolved against the profile's address with
    /// the file registered locally (nothing is fetched). `Page` is in the API definition.
    fn load() -> Schemas {
        let compile = |schema: &Value| {
            jsonschema::options().should_validate_formats(true).offline().build(schema).expect("the schema compiles")
        };
        let term = standard_file("taxonomy_term.json");
        let registry = jsonschema::Registry::new()
            .add(format!("{SCHEMA_BASE}taxonomy_term.json"), jsonschema::Resource::from_contents(term.clone()))
            .unwrap()
            .prepare()
            .unwrap();
        let taxonomy = jsonschema::options()
            .with_registry(&registry)
            .with_base_uri(format!("{SCHEMA_BASE}taxonomy.json"))
            .should_validate_formats(true)
            .offline()
            .build(&standard_file("taxonomy.json"))
            .expect("the taxonomy schema compiles");
        let mut page = standard_file("openapi.json")["components"]["schemas"]["Page"].clone();
        page["required"] =
            json!(["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"]);
        Schemas {
            service: compile(&standard_file("compiled/service.json")),
            service_list: compile(&standard_file("compiled/service_list.json")),
            page: compile(&page),
            taxonomy,
            taxonomy_term: compile(&term),
        }
    }
}

fn errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator.iter_errors(value).map(|e| format!("{e} at {}", e.instance_path())).collect()
}

/// Asserts a page follows `Page` and each item follows `item`; answers the items.
fn valid_page(schemas: &Schemas, item: &jsonschema::Validator, page: &Value) -> Vec<Value> {
    let found = errors(&schemas.page, page);
    assert!(found.is_empty(), "the page follows Page: {found:#?}\n{page:#}");
    let contents = page["contents"].as_array().expect("contents").clone();
    for value in &contents {
        let found = errors(item, value);
        assert!(found.is_empty(), "an item follows the profile: {found:#?}\n{value:#}");
    }
    assert_eq!(page["size"].as_u64(), Some(contents.len() as u64));
    contents
}

/// A JSON answer, with nothing private in it.
fn json_of(response: &TestResponse) -> Value {
    assert!(
        response.header("content-type").is_some_and(|t| t.starts_with("application/json")),
        "JSON: {:?}",
        response.headers
    );
    assert_eq!(response.header("access-control-allow-origin").as_deref(), Some("*"), "readable from any site");
    assert!(response.header("set-cookie").is_none(), "no session: answers may be cached publicly");
    let text = response.text();
    for private in PRIVATE {
        assert!(!text.contains(private), "{private} must never be published: {text}");
    }
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Listings of every kind the API must tell apart.
struct Directory {
    tea: i64,
    art: i64,
    pending: i64,
    hidden: i64,
    lapsed: i64,
    editor: i64,
    peer_support: Category,
    arts: Category,
}

fn group(name: &str, kind: GroupKind, charity_number: &str, secret_email: &str) -> GroupInput {
    GroupInput {
        name: name.into(),
        kind,
        charity_number: charity_number.into(),
        company_number: String::new(),
        area: "Sparkbrook".into(),
        postcode: "B11 1AA".into(),
        website: "https://hope.example.org/".into(),
        contact_name: "Private Person".into(),
        contact_email: secret_email.into(),
        contact_phone: "0121 000 1111".into(),
    }
}

/// A weekly drop-in at a hall, free, with a public phone number.
fn weekly(name: &str, category: &Category) -> ListingInput {
    ListingInput {
        name: name.into(),
        description: format!("{name}: a warm room and people to talk to."),
        category_ids: vec![category.id],
        schedule: Schedule::Weekly,
        weekday: Some(2),
        starts_at: "10:30".into(),
        ends_at: "12:00".into(),
        schedule_note: String::new(),
        venue_name: "St Mark's hall".into(),
        address: "12 High Street\nBirmingham".into(),
        postcode: "B11 4AA".into(),
        online: false,
        by_phone: false,
        ages: "18+".into(),
        communities: String::new(),
        languages: "English, Urdu".into(),
        free: true,
        cost_note: String::new(),
        how_to_join: HowToJoin::DropIn,
        accessibility: "step_free,hearing_loop".into(),
        contact_name: "Bilal".into(),
        contact_email: "tea@hope.example.org".into(),
        contact_phone: "0121 496 0001".into(),
        website: String::new(),
        language: "en".into(),
    }
}

/// Adds the listing at `at` and moves it to each status in turn, at the same time.
fn listing(
    conn: &mut smallgrants::db::DbConn,
    (person, group): (i64, i64),
    input: &ListingInput,
    statuses: &[ListingStatus],
    at: NaiveDateTime,
) -> i64 {
    let id = actions::add(conn, person, group, input, at).unwrap();
    for status in statuses {
        actions::set_status(conn, person, id, *status, None, at).unwrap();
    }
    id
}

/// Two groups; a listing approved a month ago ("Tea and talk"), an online paid one approved
/// yesterday ("Online art club"), and a pending, a hidden and a lapsed one.
async fn directory(app: &TestApp) -> Directory {
    let now = app.now();
    app.db(move |conn| {
        let person = smallgrants::accounts::queries::insert_person(
            conn,
            &NewPerson {
                name: "Editor",
                email: "editor@example.org",
                password_hash: "not used",
                email_verified_at: Some(now),
                is_site_admin: false,
                created_at: now,
                updated_at: now,
            },
        )
        .unwrap();
        let links = Links::new("http://localhost:8080");
        let long_ago = now - Duration::days(500);
        let hope = group("Hope Circle", GroupKind::Charity, "1234567", PRIVATE[0]);
        let hope = smallgrants::groups::actions::create(conn, &person, &hope, false, &links, long_ago).unwrap().id;
        let walkers = group("Walkers", GroupKind::Unregistered, "", PRIVATE[1]);
        let walkers =
            smallgrants::groups::actions::create(conn, &person, &walkers, false, &links, long_ago).unwrap().id;
        let categories = queries::categories(conn).unwrap();
        let category = |slug: &str| categories.iter().find(|c| c.slug == slug).unwrap().clone();
        let (peer_support, arts, walking) =
            (category("peer-support"), category("arts-and-creativity"), category("physical-activity"));
        let approved = [ListingStatus::Approved];
        let tea = weekly("Tea and talk", &peer_support);
        let tea = listing(conn, (person.id, hope), &tea, &approved, now - Duration::days(30));
        let art = ListingInput {
            venue_name: String::new(),
            address: String::new(),
            postcode: String::new(),
            online: true,
            free: false,
            cost_note: "£3 a session".into(),
            schedule: Schedule::Monthly,
            weekday: None,
            schedule_note: "First Thursday of the month".into(),
            contact_email: String::new(),
            ..weekly("Online art club", &arts)
        };
        let art = listing(conn, (person.id, walkers), &art, &approved, now - Duration::days(1));
        let walk = |name: &str| weekly(name, &walking);
        let pending = listing(conn, (person.id, walkers), &walk("Pending walk"), &[], now);
        let hidden_statuses = [ListingStatus::Approved, ListingStatus::Hidden];
        let hidden = listing(conn, (person.id, walkers), &walk("Hidden walk"), &hidden_statuses, now);
        let lapsed = walk("Lapsed walk");
        let lapsed = listing(conn, (person.id, walkers), &lapsed, &approved, now - Duration::days(400));
        Directory { tea, art, pending, hidden, lapsed, editor: person.id, peer_support, arts }
    })
    .await
}

fn site() -> Site {
    Site::new(&url::Url::parse("http://localhost:8080").unwrap())
}

fn names(page: &Value) -> Vec<String> {
    page["contents"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap().to_string()).collect()
}

async fn services(app: &TestApp, query: &str) -> Value {
    let response = app.get(&format!("/openreferral/services{query}")).await;
    assert_eq!(response.status, 200, "{query}: {}", response.text());
    json_of(&response)
}

async fn every_answer_follows_the_profile(app: TestApp) {
    let directory = directory(&app).await;
    let schemas = Schemas::load();
    let ids = site().ids;

    let meta = json_of(&app.get("/openreferral/").await);
    assert_eq!(meta["version"], "3.0");
    assert_eq!(json_of(&app.get("/openreferral").await), meta);
    assert!(meta["openapi_url"].as_str().unwrap().ends_with("/openapi.json"));

    let list = services(&app, "").await;
    let items = valid_page(&schemas, &schemas.service_list, &list);
    assert_eq!(names(&list), ["Online art club", "Tea and talk"], "public listings only, by name");
    assert_eq!(items[1]["id"], ids.service(directory.tea));
    assert_eq!(items[1]["organization"]["name"], "Hope Circle");

    for listing_id in [directory.tea, directory.art] {
        let response = app.get(&format!("/openreferral/services/{}", ids.service(listing_id))).await;
        assert_eq!(response.status, 200);
        let service = json_of(&response);
        let found = errors(&schemas.service, &service);
        assert!(found.is_empty(), "the service follows the profile: {found:#?}\n{service:#}");
    }
    let tea = json_of(&app.get(&format!("/openreferral/services/{}", ids.service(directory.tea))).await);
    assert_eq!(tea["schedules"][0]["byday"], "TU");
    assert_eq!(tea["organization"]["organization_identifiers"][0]["identifier"], "1234567");
    assert_eq!(tea["attributes"][0]["taxonomy_term_id"], ids.term(directory.peer_support.id));
    let location = &tea["service_at_locations"][0]["location"];
    assert_eq!(
        (&location["location_type"], &location["addresses"][0]["postal_code"]),
        (&json!("physical"), &json!("B11 4AA"))
    );
    let art = json_of(&app.get(&format!("/openreferral/services/{}", ids.service(directory.art))).await);
    assert_eq!(art["service_at_locations"][0]["location"]["location_type"], "virtual");
    assert_eq!((&art["cost_options"][0]["amount"], &art["schedules"][0]["freq"]), (&json!(3.0), &json!("MONTHLY")));

    let taxonomies = json_of(&app.get("/openreferral/taxonomies").await);
    let taxonomy = valid_page(&schemas, &schemas.taxonomy, &taxonomies);
    assert_eq!(taxonomy.len(), 1);
    let one = json_of(&app.get(&format!("/openreferral/taxonomies/{}", ids.taxonomy())).await);
    assert!(errors(&schemas.taxonomy, &one).is_empty());
    let terms = json_of(&app.get("/openreferral/taxonomy_terms?per_page=100").await);
    let terms = valid_page(&schemas, &schemas.taxonomy_term, &terms);
    assert_eq!(terms.len(), 14, "every category");
    assert!(terms.iter().all(|term| term["taxonomy_id"] == ids.taxonomy()));
    let arts = json_of(&app.get(&format!("/openreferral/taxonomy_terms/{}", ids.term(directory.arts.id))).await);
    assert!(errors(&schemas.taxonomy_term, &arts).is_empty());
    assert_eq!(arts["name"], directory.arts.name);

    // The check has teeth: ids must be UUIDs, and a service must say its status.
    let mut broken = tea.clone();
    broken["id"] = "42".into();
    broken.as_object_mut().unwrap().remove("status");
    let found = errors(&schemas.service, &broken).join("\n");
    assert!(found.contains("uuid") && found.contains("status"), "{found}");
}

async fn filters_narrow_the_services(app: TestApp) {
    let directory = directory(&app).await;
    let ids = site().ids;
    assert_eq!(names(&services(&app, "?text=tea").await), ["Tea and talk"]);
    assert_eq!(names(&services(&app, "?search=art").await), ["Online art club"], "the specification's name");
    assert!(names(&services(&app, "?text=walk").await).is_empty(), "matching but not public");
    let by_term = services(&app, &format!("?taxonomy_term_id={}", ids.term(directory.arts.id))).await;
    assert_eq!(names(&by_term), ["Online art club"]);
    for not_ours in ["00000000-0000-0000-0000-000000000000", "peer-support", "%27%3B--"] {
        let none = services(&app, &format!("?taxonomy_term_id={not_ours}")).await;
        assert_eq!((&none["total_items"], &none["empty"]), (&json!(0), &json!(true)), "{not_ours}");
    }
    assert_eq!(services(&app, &format!("?taxonomy_id={}", ids.taxonomy())).await["total_items"], 2);
    assert_eq!(services(&app, "?taxonomy_id=00000000-0000-0000-0000-000000000000").await["total_items"], 0);

    let week_ago = (app.now() - Duration::days(7)).format("%Y-%m-%dT%H:%M:%SZ");
    assert_eq!(names(&services(&app, &format!("?modified_after={week_ago}")).await), ["Online art club"]);
    let day = (app.now() - Duration::days(60)).format("%Y-%m-%d");
    assert_eq!(services(&app, &format!("?modified_after={day}")).await["total_items"], 2);
    for garbage in ["garbage", "2026-13-45", "yesterday"] {
        let response = app.get(&format!("/openreferral/services?modified_after={garbage}")).await;
        assert_eq!(response.status, 400, "{garbage}");
        assert_eq!(json_of(&response)["parameter"], "modified_after");
    }

    assert_eq!(names(&services(&app, "?day=TU").await), ["Tea and talk"], "weekly on Tuesdays");
    assert!(names(&services(&app, "?day=monday").await).is_empty());
    let response = app.get("/openreferral/services?day=someday").await;
    assert_eq!((response.status.as_u16(), &json_of(&response)["parameter"]), (400, &json!("day")));

    let first = services(&app, "?per_page=1").await;
    assert_eq!(
        (&first["total_items"], &first["total_pages"], &first["page_number"]),
        (&json!(2), &json!(2), &json!(1))
    );
    assert_eq!((&first["first_page"], &first["last_page"]), (&json!(true), &json!(false)));
    let second = services(&app, "?per_page=1&page=2").await;
    assert_eq!(names(&second), ["Tea and talk"]);
    assert_eq!(second["last_page"], true);
    let beyond = services(&app, "?per_page=1&page=3").await;
    assert_eq!((&beyond["empty"], &beyond["total_items"]), (&json!(true), &json!(2)));
    for (query, page, per_page) in
        [("?page=abc", 1, 50), ("?per_page=0", 1, 1), ("?per_page=10000", 1, 100), ("?page=-1&per_page=x", 1, 50)]
    {
        let answer = services(&app, query).await;
        assert_eq!(answer["page_number"], page, "{query}");
        assert_eq!(answer["size"].as_i64().unwrap(), 2.min(per_page), "{query}");
    }
}

async fn only_public_listings_are_served(app: TestApp) {
    let directory = directory(&app).await;
    let ids = site().ids;
    for hidden in [directory.pending, directory.hidden, directory.lapsed] {
        let response = app.get(&format!("/openreferral/services/{}", ids.service(hidden))).await;
        assert_eq!(response.status, 404, "listing {hidden}");
        assert_eq!(json_of(&response)["error"], "not_found");
    }
    for nonsense in ["42", "not-a-uuid", "00000000-0000-0000-0000-000000000000"] {
        assert_eq!(app.get(&format!("/openreferral/services/{nonsense}")).await.status, 404, "{nonsense}");
    }
    assert_eq!(app.get("/openreferral/taxonomy_terms/42").await.status, 404);
    assert_eq!(app.get("/openreferral/taxonomies/42").await.status, 404);

    // The group confirms the lapsed listing: it is public again, and new to a syncing client.
    let (lapsed, editor, now) = (directory.lapsed, directory.editor, app.now());
    app.db(move |conn| actions::confirm(conn, editor, lapsed, now).unwrap()).await;
    let since = (now - Duration::hours(1)).format("%Y-%m-%dT%H:%M:%SZ");
    assert_eq!(names(&services(&app, &format!("?modified_after={since}")).await), ["Lapsed walk"]);
    assert_eq!(app.get(&format!("/openreferral/services/{}", ids.service(lapsed))).await.status, 200);
    // Pages of the feed are kept as sent: asked again, one costs the change marker alone.
    let before = services(&app, "").await;
    assert!(names(&before).contains(&"Tea and talk".to_string()));
    let trips = app.state.db.round_trips();
    assert_eq!(services(&app, "").await, before);
    let marker_trips = match app.backend {
        crate::common::Backend::Sqlite => 1,
        crate::common::Backend::Postgres => 2,
    };
    assert_eq!(app.state.db.round_trips() - trips, marker_trips, "a kept page of the feed");
    let kept = app.get("/openreferral/services").await;
    assert_eq!(kept.header("access-control-allow-origin").as_deref(), Some("*"), "readable from any site, kept or not");
    assert_eq!(kept.header("cache-control").as_deref(), Some("public, max-age=60"));
    // An editor hides the tea: it goes at once, kept page or not.
    let tea = directory.tea;
    app.db(move |conn| actions::set_status(conn, editor, tea, ListingStatus::Hidden, Some("closed"), now).unwrap())
        .await;
    assert_eq!(app.get(&format!("/openreferral/services/{}", ids.service(tea))).await.status, 404);
    assert_eq!(names(&services(&app, "").await), ["Lapsed walk", "Online art club"]);
}

on_both_databases!(every_answer_follows_the_profile, filters_narrow_the_services, only_public_listings_are_served);
