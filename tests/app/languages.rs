//! Languages: the first visit follows the browser, the switcher sets the language for the visit
//! and the account, right-to-left pages, only offered languages, the draft note, and the
//! applicant's whole journey in Polish and Urdu without one English sentence.

use actix_web::test;

use crate::common::{TestApp, TestResponse};
use crate::on_both_databases;
use smallgrants::i18n::{SOURCE, Tr, catalog};

async fn get_with_language(app: &TestApp, path: &str, accept_language: &str) -> TestResponse {
    app.send(test::TestRequest::get().uri(path).insert_header(("Accept-Language", accept_language))).await
}

/// The `<html …>` tag's attributes.
fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("an html tag");
    &page[start..start + page[start..].find('>').expect("tag ends")]
}

async fn the_first_visit_follows_the_browser_and_urdu_runs_right_to_left(app: TestApp) {
    let urdu = get_with_language(&app, "/", "ur-PK,ur;q=0.9,en;q=0.8").await;
    assert_eq!(urdu.status, 200);
    assert_eq!(html_tag(&urdu.text()), r#"<html lang="ur" dir="rtl""#);
    assert!(urdu.text().contains("سائن اِن کریں"), "the header's links in Urdu");
    app.clear_cookies();
    let polish = get_with_language(&app, "/", "pl-PL,pl;q=0.9").await;
    assert_eq!(html_tag(&polish.text()), r#"<html lang="pl" dir="ltr""#);
    assert!(polish.text().contains("Zaloguj się"));
    app.clear_cookies();
    let other = get_with_language(&app, "/", "so,ar;q=0.8").await;
    assert_eq!(html_tag(&other.text()), r#"<html lang="en-GB" dir="ltr""#, "none offered: English");
}

async fn the_switcher_keeps_the_choice_for_the_visit_and_on_the_account(app: TestApp) {
    let chosen = app.get("/?lang=pl").await;
    assert!(html_tag(&chosen.text()).contains(r#"lang="pl""#));
    let page = app.get("/register").await.text();
    assert!(html_tag(&page).contains(r#"lang="pl""#), "kept for the visit");
    assert!(
        page.contains(r#"href="/register?lang=ur" lang="ur" hreflang="ur">اردو</a>"#),
        "each language named in itself, linking to this page: {page}"
    );
    // Against the browser's own preference, the choice wins.
    let against = get_with_language(&app, "/", "ur").await;
    assert!(html_tag(&against.text()).contains(r#"lang="pl""#));
    // Signed in, the choice is saved on the account, where emails read it.
    let person = app.signed_in_person("Ola Nowak", "ola@example.org").await;
    app.get("/account?lang=ur").await;
    let saved = app
        .db(move |conn| smallgrants::accounts::queries::find_person(conn, person.id).unwrap().unwrap().language)
        .await;
    assert_eq!(saved.as_deref(), Some("ur"));
    // A code that is not offered changes nothing.
    let unknown = app.get("/account?lang=xx").await;
    assert!(html_tag(&unknown.text()).contains(r#"lang="ur""#));
}

async fn a_draft_translation_says_so_and_where_to_write(app: TestApp) {
    let polish = app.get("/?lang=pl").await.text();
    assert!(polish.contains("To jest wstępne tłumaczenie."), "the draft note");
    assert!(polish.contains(r#"href="mailto:words@example.org""#), "with the contact address");
    let english = app.get("/?lang=en-GB").await.text();
    assert!(!english.contains("draft translation"), "the source is not a draft");
    let languages = app.get("/languages?lang=ur").await;
    assert_eq!(languages.status, 200);
    let text = languages.text();
    assert!(text.contains("Polski") && text.contains("(Polish)") && text.contains("اردو"), "{text}");
}

on_both_databases!(
    the_first_visit_follows_the_browser_and_urdu_runs_right_to_left,
    the_switcher_keeps_the_choice_for_the_visit_and_on_the_account,
);

#[actix_web::test]
async fn a_draft_translation_says_so_and_where_to_write_sqlite() {
    let app =
        TestApp::with_env(crate::common::Backend::Sqlite, &[("SMALLGRANTS_CONTACT_EMAIL", "words@example.org")]).await;
    a_draft_translation_says_so_and_where_to_write(app).await;
}

#[actix_web::test]
async fn only_the_offered_languages_are_ever_chosen() {
    let app = TestApp::with_env(crate::common::Backend::Sqlite, &[("SMALLGRANTS_LANGUAGES", "en-GB, pl")]).await;
    let urdu = get_with_language(&app, "/?lang=ur", "ur").await.text();
    assert!(html_tag(&urdu).contains(r#"lang="en-GB""#), "Urdu is not offered here");
    assert!(urdu.contains(r#"hreflang="pl""#) && !urdu.contains(r#"hreflang="ur""#), "the switcher offers Polish only");
    let single = TestApp::with_env(crate::common::Backend::Sqlite, &[("SMALLGRANTS_LANGUAGES", "en-GB")]).await;
    assert!(!single.get("/").await.text().contains("language-switcher"), "one language: no switcher");
}

/// The source's sentences a group can meet: each message outside `staff/`, cut at its
/// placeables, in pieces of two words or more. A piece the other language writes the same way
/// (a name, "smallgrants") is not a sign of English.
pub fn english_sentences_not_in(code: &str) -> Vec<(String, String)> {
    let source = catalog().source();
    let other = Tr::for_code(code).expect("built");
    let english = Tr::source();
    let mut sentences = Vec::new();
    for (file, keys) in &source.keys_by_file {
        if file.starts_with("staff/") {
            continue;
        }
        for key in keys.iter().filter(|key| !key.starts_with("format-")) {
            let translated = other.t(key);
            for piece in english.t(key).split(['{', '}', '\n']) {
                let piece = piece.trim().trim_end_matches(['.', ':', ',']);
                if piece.split_whitespace().count() >= 2 && piece.len() >= 10 && !translated.contains(piece) {
                    sentences.push((key.clone(), piece.to_string()));
                }
            }
        }
    }
    assert!(sentences.len() > 100, "the source has the journey's sentences ({})", sentences.len());
    sentences
}

/// A page's words as a reader sees them: no tags, entities decoded.
fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every English sentence found on the page.
fn english_on(page: &str, sentences: &[(String, String)]) -> Vec<String> {
    let text = visible_text(page);
    sentences.iter().filter(|(_, s)| text.contains(s.as_str())).map(|(key, s)| format!("{key}: {s}")).collect()
}

/// Applies as a new group in `code`, checking every page on the way for English.
async fn the_journey_has_no_english(app: TestApp, code: &str) {
    assert_ne!(code, SOURCE);
    let sentences = english_sentences_not_in(code);
    let scheme = app.programme_with_round("Wellbeing Fund", "lead@example.org").await;
    let slug = app.round_slug(scheme.round_id).await;
    app.clear_cookies();
    // The browser asks for the language on the first page; the switcher's choice (the same
    // language) then holds for the visit, whatever later requests say.
    let mut pages: Vec<(String, TestResponse)> = vec![("/ (browser)".into(), get_with_language(&app, "/", code).await)];
    app.get(&format!("/?lang={code}")).await;
    for path in ["/".to_string(), format!("/rounds/{slug}"), "/register".into(), "/login".into(), "/languages".into()] {
        pages.push((path.clone(), get_with_language(&app, &path, code).await));
    }
    pages.push(("register, empty".into(), app.submit("/register", &[("name", ""), ("email", "")]).await));
    app.register_and_follow_link("Ola Nowak", &format!("ola-{code}@example.org"), "/dashboard").await;
    for path in ["/dashboard", "/account", "/groups/new"] {
        pages.push((path.into(), app.get(path).await));
    }
    pages.push(("new group, empty".into(), app.submit("/groups/new", &[("name", "")]).await));
    let group = app.create_group("Koło Matek").await;
    pages.push((format!("/groups/{group}"), app.get(&format!("/groups/{group}")).await));
    pages.push((format!("/rounds/{slug}/bids/new"), app.get(&format!("/rounds/{slug}/bids/new")).await));
    let bid = app.start_bid(&slug, group).await;
    for part in ["", "/money", "/case", "/recording", "/files", "/check"] {
        let path = format!("/bids/{bid}{part}");
        pages.push((path.clone(), app.get(&path).await));
    }
    pages.push((
        "money, wrong".into(),
        app.save_bid_part(bid, "money", &[("title", ""), ("amount_requested", "abc")]).await,
    ));
    app.complete_bid(bid, "Spacery i rozmowy", "2500").await;
    pages.push(("check, complete".into(), app.get(&format!("/bids/{bid}/check")).await));
    let sent = app.submit(&format!("/bids/{bid}/submit"), &[]).await;
    let sent_page = sent.location().map(|l| l.to_string()).unwrap_or_else(|| format!("/bids/{bid}/sent"));
    pages.push((sent_page.clone(), app.get(&sent_page).await));
    pages.push((format!("/bids/{bid}"), app.get(&format!("/bids/{bid}")).await));
    pages.push(("/dashboard, after".into(), app.get("/dashboard").await));
    let mut found = Vec::new();
    for (path, page) in &pages {
        assert!(page.status.as_u16() < 500, "{path}: {}", page.status);
        let body = page.text();
        assert!(html_tag(&body).contains(&format!(r#"lang="{code}""#)), "{path} is in {code}: {}", html_tag(&body));
        found.extend(english_on(&body, &sentences).into_iter().map(|s| format!("{path} → {s}")));
    }
    assert!(found.is_empty(), "English on the {code} journey ({} pages):\n{}", pages.len(), found.join("\n"));
    assert_eq!(app.bid(bid).await.state.as_str(), "submitted", "the bid was sent");
}

async fn the_polish_journey_has_no_english(app: TestApp) {
    the_journey_has_no_english(app, "pl").await;
}

async fn the_urdu_journey_has_no_english(app: TestApp) {
    the_journey_has_no_english(app, "ur").await;
}

on_both_databases!(the_polish_journey_has_no_english, the_urdu_journey_has_no_english);

#[::core::prelude::v1::test]
fn the_scan_finds_english_when_it_is_there() {
    let sentences = english_sentences_not_in("pl");
    let (_, sentence) = sentences.iter().find(|(key, _)| key == "layout-skip-link").expect("a sentence to find");
    let page = format!("<p>Przejdź dalej</p><a href=\"#x\">{sentence}</a>");
    assert_eq!(english_on(&page, &sentences).len(), 1);
    assert!(english_on("<p>Przejdź do treści strony</p>", &sentences).is_empty());
}

/// A group bids in Polish; the lead adds an English translation, which the panel reads beside
/// the group's own words. Nobody else can add one, and a blank one is refused at the field.
async fn a_polish_bid_is_read_by_the_panel_with_its_english_translation(app: TestApp) {
    let scheme = app.programme_with_round("Fundusz", "lead@example.org").await;
    let applicant_email = "ola@example.org";
    let (_, bid) = app.applicant_with_draft(&scheme, applicant_email).await;
    let polish = [
        ("language", "pl"),
        ("video_url", "https://youtu.be/dQw4w9WgXcQ"),
        ("need", "Mamy w okolicy wiele samotnych matek."),
        ("then", "later"),
    ];
    assert_eq!(app.save_bid_part(bid, "case", &polish).await.status, 303);
    assert_eq!(app.bid(bid).await.language, "pl");
    let unnamed = app.save_bid_part(bid, "case", &[("language", "other"), ("language_other", "")]).await;
    assert_eq!(unnamed.status, 422);
    assert!(unnamed.text().contains("Enter the name of the language"), "at the field");
    assert_eq!(app.bid(bid).await.language, "pl", "nothing saved");
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(
        check.contains("<dt class=\"summary-list__key\">Language</dt>") && check.contains("Polish"),
        "on the answers"
    );
    assert!(check.contains(r#"<span lang="pl">Mamy w okolicy"#), "the group's words marked as Polish");
    // A member of the group who is not a connector does not translate.
    assert_eq!(app.get(&format!("/bids/{bid}/translation")).await.status, 404);
    assert_eq!(app.submit(&format!("/bids/{bid}/translation"), &[("translation", "x")]).await.status, 404);
    assert_eq!(app.submit(&format!("/bids/{bid}/submit"), &[]).await.status, 303);

    // Another programme's lead cannot see or translate it.
    app.clear_cookies();
    app.programme_with_lead("Other Fund", "other-lead@example.org").await;
    assert_eq!(app.get(&format!("/manage/bids/{bid}/translation")).await.status, 403, "as on the lead's bid page");
    assert_eq!(app.submit(&format!("/manage/bids/{bid}/translation"), &[("translation", "x")]).await.status, 403);

    app.switch_to("lead@example.org").await;
    let lead_page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(lead_page.contains("There is no English translation yet."), "{lead_page}");
    assert!(lead_page.contains(&format!(r#"href="/manage/bids/{bid}/translation""#)));
    let before = app.footprint().await;
    let blank = app.submit(&format!("/manage/bids/{bid}/translation"), &[("translation", "  ")]).await;
    assert_eq!(blank.status, 422);
    assert!(blank.text().contains("Enter the English translation"));
    app.footprint().await.assert_unchanged_since(&before, "a blank translation");
    let english = "There are many lonely mothers in our area.";
    let saved = app.submit(&format!("/manage/bids/{bid}/translation"), &[("translation", english)]).await;
    assert_eq!(saved.status, 303);
    assert_eq!(saved.location().as_deref(), Some(format!("/manage/bids/{bid}").as_str()));
    let audited = app
        .db(move |conn| {
            use diesel::prelude::*;
            use smallgrants::db::schema::audit_events;
            audit_events::table
                .filter(audit_events::subject_id.eq(bid))
                .filter(audit_events::action.eq("translation_added"))
                .count()
                .get_result::<i64>(conn)
                .unwrap()
        })
        .await;
    assert_eq!(audited, 1, "the translation is an audited event");

    // The panel reads both, the translation marked as one and by whom.
    app.panel_member(&scheme, "Lena", "lena@example.org", true).await;
    app.panel_member(&scheme, "Sam", "sam@example.org", false).await;
    assert_eq!(app.submit(&format!("/manage/rounds/{}/assign-panels", scheme.round_id), &[]).await.status, 303);
    assert_eq!(app.submit(&format!("/manage/rounds/{}/start-reviews", scheme.round_id), &[]).await.status, 303);
    app.switch_to("lena@example.org").await;
    let panel = app.get(&format!("/panel/bids/{bid}")).await.text();
    assert!(panel.contains(r#"<span lang="pl">Mamy w okolicy wiele samotnych matek.</span>"#), "the group's words");
    let translation = panel.split(r#"class="translation""#).nth(1).expect("a translation block");
    assert!(translation.contains("English translation by Lee Lead, "), "{translation}");
    assert!(translation.contains(english));
    assert!(!panel.contains(&format!("/manage/bids/{bid}/translation")), "the panel does not translate");
}

on_both_databases!(a_polish_bid_is_read_by_the_panel_with_its_english_translation);
