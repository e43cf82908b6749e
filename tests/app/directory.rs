//! The community directory: a group lists what it runs, an editor approves it, anyone finds it
//! by words and filters (in each database's own full-text search), and listings that are not
//! public are seen only by their group and the editors.

use diesel::prelude::*;
use smallgrants::db::schema::{audit_events, directory_listings, people};

use crate::common::TestApp;
use crate::on_both_databases;

const EDITOR: &str = "dir-editor@example.org";

/// A listing's form as a group fills it in; `extra` replaces or adds fields.
fn listing_fields<'a>(name: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("name", name),
        ("description", "A warm room, tea and people to talk to about how the week has been."),
        ("category", "peer-support"),
        ("category", "mental-health"),
        ("schedule", "weekly"),
        ("weekday", "2"),
        ("starts_at", "10:30"),
        ("ends_at", "12:00"),
        ("venue_name", "St Mark's hall"),
        ("postcode", "b19 1aa"),
        ("cost", "free"),
        ("how_to_join", "drop_in"),
        ("languages", "English, Urdu"),
        ("accessibility", "step_free"),
        ("contact_phone", "0121 496 0001"),
    ];
    fields.retain(|(field, _)| !extra.iter().any(|(name, _)| name == field));
    fields.extend_from_slice(extra);
    fields
}

/// Adds a listing as the signed-in member of `group`; answers its id.
async fn add_listing(app: &TestApp, group: i64, fields: &[(&str, &str)]) -> i64 {
    let added = app.submit(&format!("/groups/{group}/listings/new"), fields).await;
    assert_eq!(added.status, 303, "{}", added.text());
    added.location().unwrap().trim_start_matches("/directory/").parse().unwrap()
}

/// A directory editor, made so by a site admin on the person's page, and signed in.
async fn editor(app: &TestApp) {
    let person = app.person_in_database("Dee Editor", EDITOR, false).await;
    app.clear_cookies();
    app.signed_in_admin(&format!("admin-{}@example.org", person.id)).await;
    let granted = app.submit(&format!("/manage/users/{}/directory-editor/grant", person.id), &[]).await;
    assert_eq!(granted.status, 303, "{}", granted.text());
    let page = app.get(&format!("/manage/users/{}", person.id)).await.text();
    assert!(page.contains("They can now check, change and hide the community directory"), "{page}");
    let is_editor = app
        .db(move |conn| people::table.find(person.id).select(people::is_directory_editor).first::<bool>(conn).unwrap())
        .await;
    assert!(is_editor);
    app.switch_to(EDITOR).await;
    assert!(app.get("/dashboard").await.text().contains(r#"href="/directory/review""#), "in the editor's navigation");
}

fn results(page: &str) -> Vec<String> {
    page.split(r#"<li class="directory-result">"#)
        .skip(1)
        .filter_map(|item| {
            let link = item.find(r#"<a href="/directory/"#)?;
            let start = link + item[link..].find('>')? + 1;
            Some(item[start..start + item[start..].find('<')?].replace("&#39;", "'"))
        })
        .collect()
}

async fn search(app: &TestApp, query: &str) -> Vec<String> {
    let page = app.get(&format!("/directory?{query}")).await;
    assert_eq!(page.status, 200, "{query}: {}", page.text());
    results(&page.text())
}

async fn a_group_lists_what_it_runs_and_an_editor_approves_it(app: TestApp) {
    app.signed_in_person("Amina Member", "dir-member@example.org").await;
    let group = app.create_group("Tea Circle").await;

    // Bad input: told at each field, what was typed kept, nothing saved.
    let bad = listing_fields(
        "Tea and talk",
        &[("starts_at", "25:00"), ("postcode", "not a postcode"), ("website", "javascript:alert(1)")],
    );
    let refused = app.submit(&format!("/groups/{group}/listings/new"), &bad).await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(text.contains("There is a problem") && text.contains("Enter a time like 10:30"), "{text}");
    assert!(text.contains(r#"value="25:00""#) && text.contains(r#"value="not a postcode""#), "typed input kept");
    assert!(text.contains(r#"value="mental-health" checked"#), "ticked boxes kept");
    let saved: i64 = app.db(|conn| directory_listings::table.count().get_result(conn).unwrap()).await;
    assert_eq!(saved, 0);

    // Saved: waiting for an editor, seen by the group, not by anyone else or in search.
    let id = add_listing(&app, group, &listing_fields("Tea and talk", &[])).await;
    let own = app.get(&format!("/directory/{id}")).await.text();
    assert!(own.contains("waiting for a directory editor"), "{own}");
    assert!(app.get(&format!("/groups/{group}")).await.text().contains("Waiting to be checked"));
    app.clear_cookies();
    assert_eq!(app.get(&format!("/directory/{id}")).await.status, 404, "a visitor");
    assert!(search(&app, "text=tea").await.is_empty());

    // Another group's member may not see, change or approve it.
    app.signed_in_person("Other Member", "dir-other@example.org").await;
    assert_eq!(app.get(&format!("/directory/{id}")).await.status, 404);
    assert_eq!(app.get(&format!("/directory/{id}/edit")).await.status, 404);
    assert_eq!(app.submit(&format!("/directory/{id}/edit"), &listing_fields("Mine now", &[])).await.status, 404);
    assert_eq!(app.submit(&format!("/directory/{id}/approve"), &[]).await.status, 403);
    assert_eq!(app.get("/directory/review").await.status, 403);
    assert_eq!(app.submit(&format!("/groups/{group}/listings/new"), &listing_fields("Spam", &[])).await.status, 404);

    // The editor's queue, and approval: public, found, audited.
    editor(&app).await;
    let queue = app.get("/directory/review").await.text();
    assert!(queue.contains("1 listing waiting") && queue.contains("Tea and talk"), "{queue}");
    assert_eq!(app.submit(&format!("/directory/{id}/approve"), &[]).await.status, 303);
    app.clear_cookies();
    let public = app.get(&format!("/directory/{id}")).await.text();
    assert!(public.contains("Every Tuesday, 10:30 to 12:00") && public.contains("B19 1AA"), "{public}");
    assert!(public.contains("Step-free access") && public.contains("tel:01214960001"));
    assert!(!public.contains("amina@example.org"), "the group's private email is never shown");
    assert_eq!(search(&app, "text=tea").await, ["Tea and talk"]);

    // The group changes it: still public, the change audited.
    app.switch_to("dir-member@example.org").await;
    let changed = listing_fields("Tea and talk", &[("weekday", "4"), ("language", "pl")]);
    assert_eq!(app.submit(&format!("/directory/{id}/edit"), &changed).await.status, 303);
    app.clear_cookies();
    let public = app.get(&format!("/directory/{id}")).await.text();
    assert!(public.contains("Every Thursday"), "{public}");
    assert!(public.contains(r#"lang="pl">Tea and talk</h1>"#), "read out in the language it is written in: {public}");

    // The editor hides it: gone from the public.
    app.switch_to(EDITOR).await;
    assert_eq!(app.submit(&format!("/directory/{id}/hide"), &[]).await.status, 303);
    app.clear_cookies();
    assert_eq!(app.get(&format!("/directory/{id}")).await.status, 404);
    assert!(search(&app, "text=tea").await.is_empty());
    let actions: Vec<String> = app
        .db(move |conn| {
            audit_events::table
                .filter(audit_events::subject_type.eq("listing").and(audit_events::subject_id.eq(id)))
                .order(audit_events::id.asc())
                .select(audit_events::action)
                .load(conn)
                .unwrap()
        })
        .await;
    assert_eq!(actions, ["listing_added", "listing_status_changed", "listing_changed", "listing_status_changed"]);
}

async fn anyone_searches_the_directory_by_words_and_filters(app: TestApp) {
    app.signed_in_person("Amina Member", "dir-search@example.org").await;
    let group = app.create_group("Search Circle").await;
    let ids = [
        add_listing(&app, group, &listing_fields("Tuesday peer support", &[])).await,
        add_listing(
            &app,
            group,
            &listing_fields(
                "Saturday walks",
                &[
                    ("description", "Walking in the park for everyone."),
                    ("category", "physical-activity"),
                    ("weekday", "6"),
                    ("postcode", "B31 2AA"),
                    ("cost", "paid"),
                    ("cost_note", "£2 a walk"),
                    ("languages", "Polish"),
                ],
            ),
        )
        .await,
        add_listing(
            &app,
            group,
            &listing_fields(
                "Evening call",
                &[("online", "yes"), ("venue_name", ""), ("postcode", ""), ("weekday", "1")],
            ),
        )
        .await,
    ];
    editor(&app).await;
    for id in ids {
        assert_eq!(app.submit(&format!("/directory/{id}/approve"), &[]).await.status, 303);
    }
    app.clear_cookies();

    // Words, stemmed and found in the categories' names too.
    assert_eq!(search(&app, "text=mental+health").await, ["Evening call", "Tuesday peer support"]);
    assert_eq!(search(&app, "text=peer+support").await, ["Evening call", "Tuesday peer support"]);
    assert_eq!(search(&app, "text=walking").await, ["Saturday walks"], "walks and walking are one word");
    assert_eq!(search(&app, "").await.len(), 3);

    // Filters.
    assert_eq!(search(&app, "category=physical-activity").await, ["Saturday walks"]);
    assert_eq!(search(&app, "day=6").await, ["Saturday walks"]);
    assert_eq!(search(&app, "area=b31").await, ["Saturday walks"]);
    assert_eq!(search(&app, "free=yes").await, ["Evening call", "Tuesday peer support"]);
    assert_eq!(search(&app, "online=yes").await, ["Evening call"]);
    assert_eq!(search(&app, "language=polish").await, ["Saturday walks"]);

    // Any text gives results or none, never an error; unknown filters are said and ignored.
    for text in [
        "%22mental%22+OR+health*",
        "NEAR(mental+health)",
        "%27%3B+DROP+TABLE+directory_listings%3B+--",
        "%F0%9F%98%80",
        "%25_%5C",
        "zdrowie+psychiczne+%D8%B0%DB%81%D9%86%DB%8C",
        &"a".repeat(5_000),
    ] {
        search(&app, &format!("text={text}")).await;
    }
    let unknown = app.get("/directory?category=made-up&day=9&area=not+a+place").await.text();
    assert!(unknown.contains("We do not know the kind of activity &quot;made-up&quot;"), "{unknown}");
    assert!(unknown.contains("We do not know the day &quot;9&quot;") && unknown.contains("3 activities found"));

    // A listing not confirmed for 7 months says so; at 13 months it leaves the directory.
    let walks = ids[1];
    let seven_months_ago = app.now() - chrono::Duration::days(214);
    app.db(move |conn| {
        diesel::update(directory_listings::table.find(walks))
            .set(directory_listings::confirmed_at.eq(seven_months_ago))
            .execute(conn)
            .unwrap()
    })
    .await;
    assert!(
        app.get(&format!("/directory/{walks}"))
            .await
            .text()
            .contains("not been checked by its group for more than 6 months")
    );
    app.advance(chrono::Duration::days(160));
    assert_eq!(app.get(&format!("/directory/{walks}")).await.status, 404);
    assert!(!search(&app, "").await.contains(&"Saturday walks".to_string()));
    // The group says it is still right: back in the directory.
    app.switch_to("dir-search@example.org").await;
    let lapsed = app.get(&format!("/directory/{walks}")).await.text();
    assert!(lapsed.contains("not shown in the directory"), "{lapsed}");
    assert_eq!(app.submit(&format!("/directory/{walks}/confirm"), &[]).await.status, 303);
    app.clear_cookies();
    assert_eq!(app.get(&format!("/directory/{walks}")).await.status, 200);
}

/// The site admin keeps the list of categories: adds one (refused when empty or taken), renames
/// one (listings move with it, the filter's address stays); nobody else may.
async fn the_site_admin_keeps_the_categories(app: TestApp) {
    app.signed_in_person("Amina Member", "dir-cats@example.org").await;
    let group = app.create_group("Cats Circle").await;
    let id = add_listing(&app, group, &listing_fields("Tea and talk", &[])).await;
    assert_eq!(app.get("/directory/categories").await.status, 403);
    assert_eq!(app.submit("/directory/categories", &[("name", "Dance")]).await.status, 403);
    editor(&app).await;
    assert_eq!(app.get("/directory/categories").await.status, 403, "an editor is not the site admin");
    assert_eq!(app.submit(&format!("/directory/{id}/approve"), &[]).await.status, 303);

    app.clear_cookies();
    app.signed_in_admin("cats-admin@example.org").await;
    let page = app.get("/directory/categories").await.text();
    assert!(page.contains("Peer support") && page.contains("Nature and gardening"), "{page}");
    let taken = app.submit("/directory/categories", &[("name", "peer support")]).await;
    assert_eq!(taken.status, 422);
    assert!(taken.text().contains("There is already a category called peer support"));
    assert_eq!(app.submit("/directory/categories", &[("name", " ")]).await.status, 422);
    assert_eq!(app.submit("/directory/categories", &[("name", "Dance and movement")]).await.status, 303);
    assert!(
        app.get("/directory")
            .await
            .text()
            .contains(r#"<option value="dance-and-movement">Dance and movement</option>"#)
    );

    let peer = app
        .db(|conn| {
            use smallgrants::db::schema::directory_categories;
            directory_categories::table
                .filter(directory_categories::slug.eq("peer-support"))
                .select(directory_categories::id)
                .first::<i64>(conn)
                .unwrap()
        })
        .await;
    let renamed = app.submit(&format!("/directory/categories/{peer}"), &[("name", "Peer support groups")]).await;
    assert_eq!(renamed.status, 303);
    app.clear_cookies();
    let listing = app.get(&format!("/directory/{id}")).await.text();
    assert!(listing.contains("Peer support groups"), "the listing's category, renamed: {listing}");
    assert_eq!(search(&app, "category=peer-support").await, ["Tea and talk"], "the filter's address stays");
    assert_eq!(search(&app, "text=groups").await, ["Tea and talk"], "found by the category's new name");
}

on_both_databases!(
    the_site_admin_keeps_the_categories,
    a_group_lists_what_it_runs_and_an_editor_approves_it,
    anyone_searches_the_directory_by_words_and_filters,
);
