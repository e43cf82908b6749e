//! The programme's own voice: who runs it and how to reach a person, on every page a group
//! sees within it; the privacy notices and the accessibility statement; and each public page's
//! description.

use crate::common::setup::Scheme;
use crate::common::{Backend, TestApp};
use crate::on_both_databases;

/// The lead fills in the team's contact for the scheme's programme.
async fn name_the_team(app: &TestApp, scheme: &Scheme) {
    let saved = app
        .submit(
            &format!("/manage/programmes/{}/contact", scheme.programme_id),
            &[
                ("team_name", "Riverside Community Grants Team"),
                ("contact_email", "Grants@Riverside.example"),
                ("contact_phone", "0121 496 0000"),
                ("contact_hours", "Monday to Friday, 9am to 5pm"),
                ("privacy_dpo", "dpo@riverside.example"),
                ("records_retention", "7 years after the grant ends"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "save contact: {}", saved.text());
}

fn assert_team_shown(page: &str, what: &str) {
    for expected in [
        "Riverside Community Grants Team",
        "href=\"mailto:grants@riverside.example\"",
        "href=\"tel:01214960000\"",
        "Monday to Friday, 9am to 5pm",
    ] {
        assert!(page.contains(expected), "{what} should show {expected}");
    }
}

/// The part of a page after the footer starts.
fn footer(page: &str) -> &str {
    page.split_once("<footer").map_or("", |(_, footer)| footer)
}

async fn groups_see_who_runs_a_programme_and_how_to_reach_a_person(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    name_the_team(&app, &scheme).await;
    let slug = app.round_slug(scheme.round_id).await;
    let (_, bid_id) = app.applicant_with_draft(&scheme, "amina@example.org").await;

    let bid_page = app.get(&format!("/bids/{bid_id}")).await.text();
    assert_team_shown(&bid_page, "the group's bid page");
    assert_team_shown(footer(&bid_page), "the footer of the bid page");
    let check = app.get(&format!("/bids/{bid_id}/check")).await.text();
    assert!(check.contains("Questions? Talk to a person"), "check-your-answers names a person to ask");

    app.clear_cookies();
    let round_page = app.get(&format!("/rounds/{slug}")).await.text();
    assert_team_shown(&round_page, "the round page");
    assert!(round_page.contains("Run by Riverside Community Grants Team for Riverside ICB"), "the funder is named");
    let round_footer = footer(&round_page);
    assert_team_shown(round_footer, "the round page's footer");
    let privacy_link = "/programmes/riverside-fund/privacy";
    assert!(round_footer.contains(privacy_link), "the footer links the programme's privacy notice");
    let home = app.get("/").await.text();
    assert!(
        home.contains("Run by Riverside Community Grants Team for Riverside ICB"),
        "the round's card names the team"
    );
    assert!(home.contains("href=\"mailto:grants@riverside.example\""), "the card gives the team's address");
}
on_both_databases!(groups_see_who_runs_a_programme_and_how_to_reach_a_person);

async fn the_contact_form_says_what_is_wrong_and_keeps_what_was_typed(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let before = app.footprint().await;
    let refused = app
        .submit(
            &format!("/manage/programmes/{}/contact", scheme.programme_id),
            &[
                ("team_name", "Riverside Team"),
                ("contact_email", ""),
                ("contact_phone", "ring the office"),
                ("privacy_notes", "**Kept** as typed"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    let page = refused.text();
    assert!(page.contains("Enter the email address groups can write to"), "{page}");
    assert!(page.contains("Enter a phone number a person can dial"), "{page}");
    assert!(page.contains("value=\"ring the office\"") && page.contains("**Kept** as typed"), "input kept");
    app.footprint().await.assert_unchanged_since(&before, "a refused contact form");
}
on_both_databases!(the_contact_form_says_what_is_wrong_and_keeps_what_was_typed);

async fn only_the_programme_s_own_leads_change_its_contact_or_logo(app: TestApp) {
    let theirs = app.programme_with_round("Northfield Fund", "north@example.org").await;
    app.clear_cookies();
    app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let watched = ["programmes", "site_notices"];
    let before = app.footprint().await.only(&watched);
    let base = format!("/manage/programmes/{}", theirs.programme_id);
    assert_eq!(app.get(&format!("{base}/contact")).await.status, 403);
    let post = app.submit(&format!("{base}/contact"), &[("contact_email", "mine@example.org")]).await;
    assert_eq!(post.status, 403);
    let upload = app.upload(&format!("{base}/logo"), "logo", "logo.png", "image/png", &png()).await;
    assert_eq!(upload.status, 403);
    assert_eq!(app.submit(&format!("{base}/logo/remove"), &[]).await.status, 403);
    app.clear_cookies();
    app.signed_in_person("Amina", "amina@example.org").await;
    assert_eq!(app.get(&format!("{base}/contact")).await.status, 403, "an applicant");
    assert_eq!(app.get("/manage/notices").await.status, 403, "only a site admin writes the portal's notices");
    app.footprint().await.only(&watched).assert_unchanged_since(&before, "refused changes to another programme");
}
on_both_databases!(only_the_programme_s_own_leads_change_its_contact_or_logo);

/// A 1×1 PNG.
fn png() -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89".to_vec();
    bytes.extend_from_slice(b"\0\0\0\rIDATx\x9cc\xf8\x0f\0\0\x01\x01\0\x05\x18\xd8N\0\0\0\0IEND\xaeB`\x82");
    bytes
}

async fn a_logo_is_a_picture_checked_by_its_content(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    name_the_team(&app, &scheme).await;
    let base = format!("/manage/programmes/{}", scheme.programme_id);
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    let refused = app.upload(&format!("{base}/logo"), "logo", "logo.png", "image/png", svg).await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("The logo must be a PNG, JPEG, GIF or WebP picture"));
    let too_big = vec![0u8; 600 * 1024];
    let mut large_png = png();
    large_png.extend_from_slice(&too_big);
    let refused = app.upload(&format!("{base}/logo"), "logo", "big.png", "image/png", &large_png).await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("The logo must be 512 KB or smaller"), "{}", refused.text());

    let saved = app.upload(&format!("{base}/logo"), "logo", "anything.txt", "text/plain", &png()).await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    app.clear_cookies();
    let logo = app.get("/programmes/riverside-fund/logo").await;
    assert_eq!(logo.status, 200);
    assert_eq!(logo.header("content-type").as_deref(), Some("image/png"), "the type found, not the one claimed");
    assert_eq!(logo.body, png());
    let slug = app.round_slug(scheme.round_id).await;
    assert!(app.get(&format!("/rounds/{slug}")).await.text().contains("src=\"/programmes/riverside-fund/logo\""));

    app.sign_in("lead@example.org", crate::common::people::PASSWORD).await;
    assert_eq!(app.submit(&format!("{base}/logo/remove"), &[]).await.status, 303);
    assert_eq!(app.get("/programmes/riverside-fund/logo").await.status, 404);
    let stored =
        app.db(|conn| smallgrants::programmes::queries::find_by_slug(conn, "riverside-fund").unwrap().unwrap()).await;
    assert_eq!(stored.logo_key, None);
}
on_both_databases!(a_logo_is_a_picture_checked_by_its_content);

async fn with_the_portal_configured(backend: Backend) -> TestApp {
    TestApp::with_env(
        backend,
        &[
            ("SMALLGRANTS_OPERATOR_NAME", "Riverside Health and Care Partnership"),
            ("SMALLGRANTS_CONTACT_EMAIL", "help@riverside.example"),
            ("SMALLGRANTS_RECORDING_RETENTION_MONTHS", "18"),
        ],
    )
    .await
}

async fn privacy_notices_name_the_controller_the_law_the_months_and_the_ico(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    name_the_team(&app, &scheme).await;
    app.clear_cookies();
    let portal = app.get("/privacy").await.text();
    for expected in [
        "Riverside Health and Care Partnership",
        "mailto:help@riverside.example",
        "Information Commissioner",
        "ico.org.uk/make-a-complaint",
        "Article 6(1)(e)",
        "/programmes/riverside-fund/privacy",
    ] {
        assert!(portal.contains(expected), "the portal's notice should say {expected}");
    }
    let programme = app.get("/programmes/riverside-fund/privacy").await.text();
    for expected in [
        // The controller defaults to the funder; the DPO and retention are the lead's.
        "Riverside ICB",
        "mailto:dpo@riverside.example",
        "18 months after the last decision on the bid",
        "7 years after the grant ends",
        "special category",
        "Article 9(2)(g)",
        "Information Commissioner",
    ] {
        assert!(programme.contains(expected), "the programme's notice should say {expected}");
    }
    assert_eq!(app.get("/programmes/nobody/privacy").await.status, 404);
}

mod privacy_notices {
    use super::*;

    #[actix_web::test]
    async fn sqlite() {
        privacy_notices_name_the_controller_the_law_the_months_and_the_ico(
            with_the_portal_configured(Backend::Sqlite).await,
        )
        .await
    }

    #[actix_web::test]
    async fn postgres() {
        privacy_notices_name_the_controller_the_law_the_months_and_the_ico(
            with_the_portal_configured(Backend::Postgres).await,
        )
        .await
    }
}

async fn the_accessibility_statement_tells_the_truth_and_an_admin_keeps_it_current(app: TestApp) {
    let statement = app.get("/accessibility").await.text();
    for expected in [
        "partially compliant",
        "no captions",
        "This statement was prepared on 3 December 2026",
        "Equality and Human Rights Commission",
        "help@riverside.example",
        "Riverside Health and Care Partnership",
    ] {
        assert!(statement.contains(expected), "the default statement should say {expected}");
    }
    let admin = app.signed_in_admin("admin@example.org").await;
    let form = app.get("/manage/notices").await.text();
    assert!(form.contains("Riverside Health and Care Partnership"), "the form starts from the configuration");
    let today = smallgrants::time::in_london(app.now()).date_naive().to_string();
    let refused = app
        .submit(
            "/manage/notices",
            &[
                ("operator_name", "Riverside ICB"),
                ("operator_contact", "privacy@riverside.example"),
                ("accessibility_status", "partial"),
                ("accessibility_gaps", ""),
                ("accessibility_contact", "access@riverside.example"),
                ("prepared_on", "2026-12-03"),
                ("reviewed_on", "someday"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("Say what is not accessible"));
    assert!(refused.text().contains("value=\"someday\""), "input kept");
    let saved = app
        .submit(
            "/manage/notices",
            &[
                ("operator_name", "Riverside ICB"),
                ("operator_contact", "privacy@riverside.example"),
                ("dpo_contact", "dpo@riverside.example"),
                ("accessibility_status", "full"),
                ("accessibility_gaps", ""),
                ("accessibility_contact", "access@riverside.example"),
                ("prepared_on", "2026-12-03"),
                ("reviewed_on", &today),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    app.clear_cookies();
    let statement = app.get("/accessibility").await.text();
    assert!(statement.contains("fully compliant"), "the admin's status shows");
    assert!(statement.contains("mailto:access@riverside.example"), "the admin's contact shows");
    assert!(!statement.contains("partially compliant"));
    let privacy = app.get("/privacy").await.text();
    assert!(privacy.contains("Riverside ICB") && privacy.contains("mailto:dpo@riverside.example"));
    let audited = app
        .db(move |conn| smallgrants::audit::for_subject(conn, "site", 1).unwrap())
        .await
        .iter()
        .any(|event| event.action == "site_notices_updated" && event.actor_id == Some(admin.id));
    assert!(audited, "the change is audited with the admin's id");
}

mod accessibility_statement {
    use super::*;

    #[actix_web::test]
    async fn sqlite() {
        the_accessibility_statement_tells_the_truth_and_an_admin_keeps_it_current(
            with_the_portal_configured(Backend::Sqlite).await,
        )
        .await
    }

    #[actix_web::test]
    async fn postgres() {
        the_accessibility_statement_tells_the_truth_and_an_admin_keeps_it_current(
            with_the_portal_configured(Backend::Postgres).await,
        )
        .await
    }
}

/// The `content` of the page's description, if it has one.
fn description(page: &str) -> Option<String> {
    let start = page.find("<meta name=\"description\" content=\"")? + "<meta name=\"description\" content=\"".len();
    page[start..].split('"').next().map(str::to_string)
}

async fn every_public_page_says_what_it_is_and_who_runs_it(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    name_the_team(&app, &scheme).await;
    let slug = app.round_slug(scheme.round_id).await;
    app.clear_cookies();
    let home = description(&app.get("/").await.text()).expect("the home page's description");
    assert!(home.contains("Riverside ICB"), "{home}");
    let round = description(&app.get(&format!("/rounds/{slug}")).await.text()).expect("the round's description");
    assert!(round.contains("Riverside Fund round") && round.contains("Riverside Community Grants Team"), "{round}");
    for path in ["/awards", "/privacy", "/accessibility", "/languages", "/login", "/register", "/password/forgot"] {
        let page = app.get(path).await.text();
        let said = description(&page).unwrap_or_else(|| panic!("{path} has no description"));
        assert!(said.contains("Riverside Health and Care Partnership"), "{path}: {said}");
    }
    let notice = description(&app.get("/programmes/riverside-fund/privacy").await.text()).unwrap();
    assert!(notice.contains("Riverside Community Grants Team"), "{notice}");
}

mod descriptions {
    use super::*;

    #[actix_web::test]
    async fn sqlite() {
        every_public_page_says_what_it_is_and_who_runs_it(with_the_portal_configured(Backend::Sqlite).await).await
    }
}
