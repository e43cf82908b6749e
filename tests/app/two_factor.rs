//! Two-step sign-in: leads and site admins use their powers only after a code from an
//! authenticator app; a code works once; wrong codes are held back; recovery codes; the way past
//! the password lockout; a site admin's reset; applicants who choose it.

use smallgrants::accounts::{second_factor, totp};
use smallgrants::audit;

use crate::common::TestApp;
use crate::common::people::PASSWORD;
use crate::on_both_databases;

/// The key a set-up page shows for typing into an app, spaces removed.
fn key_on(page: &str) -> String {
    let start = page.find(r#"secret-key"><code>"#).expect("the key on the page") + r#"secret-key"><code>"#.len();
    let end = start + page[start..].find("</code>").unwrap();
    page[start..end].replace(' ', "")
}

/// The recovery codes a page shows.
fn recovery_codes_on(page: &str) -> Vec<String> {
    let list = &page[page.find(r#"class="recovery-codes""#).expect("the codes")..];
    let list = &list[..list.find("</ol>").unwrap()];
    list.split("<code>").skip(1).map(|part| part[..part.find("</code>").unwrap()].to_string()).collect()
}

/// A six-digit code that is not `right`.
fn wrong_code(right: &str) -> String {
    format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000)
}

/// An admin makes a programme and appoints `lead`, who has no app yet; nobody is signed in after.
async fn programme_and_new_lead(app: &TestApp) -> (i64, i64) {
    let lead = app.person_in_database("Lee Lead", "lead@example.org", false).await;
    app.signed_in_admin("admin@example.org").await;
    let created = app
        .submit(
            "/manage/programmes/new",
            &[
                ("name", "Riverside Fund"),
                ("funder_name", "Riverside ICB"),
                ("funder_org_id", "GB-NHS-QWU"),
                ("identifier_prefix", "360G-riverside"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.text());
    let programme_id = TestApp::id_from_location(&created.location().unwrap());
    let appointed =
        app.submit(&format!("/manage/programmes/{programme_id}/leads"), &[("email", "lead@example.org")]).await;
    assert_eq!(appointed.status, 303, "{}", appointed.text());
    app.clear_cookies();
    (programme_id, lead.id)
}

async fn a_new_lead_sets_up_an_app_at_first_sign_in_and_only_then_leads(app: TestApp) {
    let (programme_id, lead_id) = programme_and_new_lead(&app).await;
    let programme_page = format!("/manage/programmes/{programme_id}");

    let signed_in = app.sign_in("lead@example.org", PASSWORD).await;
    assert_eq!(signed_in.location().as_deref(), Some("/account/two-factor"), "asked to set up an app at once");
    let refused = app.get(&programme_page).await;
    assert_eq!(
        refused.location(),
        Some(format!("/account/two-factor?next=%2Fmanage%2Fprogrammes%2F{programme_id}")),
        "the lead's pages wait for the app"
    );
    let posted = app.submit(&format!("{programme_page}/pots"), &[("name", "A pot")]).await;
    assert_eq!(posted.location().as_deref(), Some("/account/two-factor"), "no way back to a POST-only path");
    let edited = app.submit(&format!("{programme_page}/edit"), &[("name", "Renamed")]).await;
    assert_eq!(
        edited.location(),
        Some(format!("/account/two-factor?next=%2Fmanage%2Fprogrammes%2F{programme_id}%2Fedit")),
        "back to a form's page afterwards"
    );
    let dashboard = app.get("/dashboard").await.text();
    assert!(dashboard.contains("Set up two-step sign-in to use your programme lead or site admin tools"));
    assert!(!dashboard.contains(r#"href="/manage/programmes""#), "no lead navigation yet");

    let set_up = app.get("/account/two-factor").await;
    assert_eq!(set_up.status, 200);
    let page = set_up.text();
    assert!(page.contains(r#"<svg class="qr-code""#), "a QR code drawn on the page");
    assert!(page.contains(r#"href="otpauth://totp/"#), "and a link for a phone that has the app");
    assert!(page.contains("You lead a programme or look after this site"));
    let key = key_on(&page);
    assert!(app.get("/account/two-factor").await.text().contains(&totp::grouped_secret(&key)), "same key on reload");

    let right = totp::code_at(&key, app.now()).unwrap();
    let wrong = app.submit("/account/two-factor", &[("code", &wrong_code(&right))]).await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.text().contains("That code does not match"));
    assert!(!app.db(move |conn| second_factor::has_app(conn, lead_id).unwrap()).await, "nothing saved");

    let on = app.submit("/account/two-factor", &[("code", &right), ("next", &programme_page)]).await;
    assert_eq!(on.status, 200, "{}", on.text());
    let codes = recovery_codes_on(&on.text());
    assert_eq!(codes.len(), 10);
    assert!(on.text().contains(&format!(r#"href="{programme_page}""#)), "carries on where the lead was going");
    let emails = app.deliver_emails().await;
    assert!(emails.iter().any(|e| e.kind == "second_factor_changed" && e.to == "lead@example.org"));
    let events = app.db(move |conn| audit::for_subject(conn, "person", lead_id).unwrap()).await;
    assert!(events.iter().any(|e| e.action == "second_factor_turned_on"));
    assert_eq!(app.get(&programme_page).await.status, 200, "this session passed the step");

    // Next time: password, then code; the same code does not work twice.
    app.sign_out().await;
    let first = app.submit("/login", &[("email", "lead@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(first.location().as_deref(), Some("/login/two-factor"));
    assert_eq!(app.get("/dashboard").await.status, 303, "not signed in between the steps");
    assert!(app.get("/login/two-factor").await.text().contains("Enter the code from your authenticator app"));
    let replayed = app.submit("/login/two-factor", &[("code", &right)]).await;
    assert_eq!(replayed.status, 422, "a code works once");
    assert!(replayed.text().contains("That code is not right"));
    let code = app.app_code(lead_id).await;
    let second = app.submit("/login/two-factor", &[("code", &code)]).await;
    assert_eq!(second.location().as_deref(), Some("/dashboard"));
    assert_eq!(app.get(&programme_page).await.status, 200);
}

async fn an_emailed_link_never_skips_the_code(app: TestApp) {
    let person = app.person_in_database("Sam Admin", "sam@example.org", true).await;
    app.give_app(person.id).await;
    assert_eq!(app.submit("/login/link", &[("email", "sam@example.org")]).await.status, 200);
    let link = app.queued_sign_in_link("sam@example.org").await;
    let followed = app.follow_sign_in_link(&link).await;
    assert_eq!(followed.location().as_deref(), Some("/login/two-factor"));
    assert_eq!(app.get("/manage/users").await.status, 303);
    assert_eq!(app.get("/manage/users").await.location().as_deref(), Some("/login?next=%2Fmanage%2Fusers"));
    let code = app.app_code(person.id).await;
    assert_eq!(app.submit("/login/two-factor", &[("code", &code)]).await.status, 303);
    assert_eq!(app.get("/manage/users").await.status, 200);
}

async fn wrong_codes_are_held_back_and_recovery_codes_work_once(app: TestApp) {
    let admin = app.signed_in_admin("admin@example.org").await;
    let renewed = app.submit("/account/two-factor/recovery-codes", &[]).await;
    assert_eq!(renewed.status, 200);
    let codes = recovery_codes_on(&renewed.text());
    assert_eq!(codes.len(), 10);
    app.sign_out().await;

    app.submit("/login", &[("email", "admin@example.org"), ("password", PASSWORD)]).await;
    let right = app.app_code(admin.id).await;
    for _ in 0..5 {
        assert_eq!(app.submit("/login/two-factor", &[("code", &wrong_code(&right))]).await.status, 422);
    }
    let held = app.submit("/login/two-factor", &[("code", &right)]).await;
    assert_eq!(held.status, 429, "even the right code waits after five wrong ones");
    assert!(held.text().contains("Too many wrong codes"));
    app.advance(chrono::Duration::seconds(31));
    let code = app.app_code(admin.id).await;
    assert_eq!(app.submit("/login/two-factor", &[("code", &code)]).await.status, 303);
    app.sign_out().await;

    // A recovery code instead of the app, typed in capitals with a space.
    app.submit("/login", &[("email", "admin@example.org"), ("password", PASSWORD)]).await;
    let typed = codes[0].to_uppercase().replace('-', " ");
    let recovered = app.submit("/login/two-factor", &[("code", &typed)]).await;
    assert_eq!(recovered.location().as_deref(), Some("/dashboard"));
    assert!(app.get("/dashboard").await.text().contains("You used a recovery code. You have 9 left"));
    app.sign_out().await;
    app.submit("/login", &[("email", "admin@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(app.submit("/login/two-factor", &[("code", &codes[0])]).await.status, 422, "once only");
    assert_eq!(app.submit("/login/two-factor", &[("code", "abc")]).await.status, 422);
    assert!(app.get("/login/two-factor").await.status == 200);
}

async fn a_correct_code_gets_past_the_password_lockout(app: TestApp) {
    let lead = app.person_in_database("Lee Lead", "lead@example.org", false).await;
    app.give_app(lead.id).await;
    let plain = app.person_in_database("Pat Plain", "pat@example.org", false).await;
    for email in ["lead@example.org", "pat@example.org"] {
        for _ in 0..6 {
            app.sign_in(email, "someone guessing").await;
        }
        assert_eq!(app.sign_in(email, PASSWORD).await.status, 429, "the password alone is held back");
    }
    let held = app.sign_in("lead@example.org", PASSWORD).await;
    assert!(held.text().contains(r#"name="code""#), "the held-back page offers the code field");

    let code = app.app_code(lead.id).await;
    let wrong = app
        .submit("/login", &[("email", "lead@example.org"), ("password", PASSWORD), ("code", &wrong_code(&code))])
        .await;
    assert_eq!(wrong.status, 429, "a wrong code does not get past");
    let guessed =
        app.submit("/login", &[("email", "lead@example.org"), ("password", "someone guessing"), ("code", &code)]).await;
    assert_eq!(guessed.status, 429, "nor a right code with a wrong password");
    assert_eq!(app.get("/account").await.status, 303);
    let through = app.submit("/login", &[("email", "lead@example.org"), ("password", PASSWORD), ("code", &code)]).await;
    assert_eq!(through.location().as_deref(), Some("/dashboard"), "{}", through.text());
    assert_eq!(app.get("/account").await.status, 200);

    // Without an app, a code proves nothing: still held back.
    app.clear_cookies();
    let plain_try =
        app.submit("/login", &[("email", "pat@example.org"), ("password", PASSWORD), ("code", "123456")]).await;
    assert_eq!(plain_try.status, 429);
    assert!(!app.db(move |conn| second_factor::has_app(conn, plain.id).unwrap()).await);
}

async fn a_site_admin_resets_a_lost_app(app: TestApp) {
    // Another site admin, who lost their phone.
    let lead = app.person_in_database("Ola Admin", "ola@example.org", true).await;
    app.give_app(lead.id).await;
    assert_eq!(app.sign_in("ola@example.org", PASSWORD).await.status, 303);
    let lead_browser = app.cookie_jar();
    app.clear_cookies();

    // Someone without the site admin role cannot reset anyone's app.
    app.person_in_database("Pat Plain", "pat@example.org", false).await;
    app.sign_in("pat@example.org", PASSWORD).await;
    let before = app.footprint().await;
    assert_eq!(app.get(&format!("/manage/users/{}/two-factor/reset", lead.id)).await.status, 403);
    assert_eq!(app.submit(&format!("/manage/users/{}/two-factor/reset", lead.id), &[]).await.status, 403);
    app.footprint().await.assert_unchanged_since(&before, "someone without the role resets nothing");
    app.clear_cookies();

    let admin = app.signed_in_admin("admin@example.org").await;
    let person_page = app.get(&format!("/manage/users/{}", lead.id)).await.text();
    assert!(person_page.contains("Reset two-step sign-in"));
    let confirm = app.get(&format!("/manage/users/{}/two-factor/reset", lead.id)).await;
    assert_eq!(confirm.status, 200);
    assert!(confirm.text().contains("This cannot be undone"));
    let reset = app.submit(&format!("/manage/users/{}/two-factor/reset", lead.id), &[]).await;
    assert_eq!(reset.location(), Some(format!("/manage/users/{}", lead.id)));
    let own = app.submit(&format!("/manage/users/{}/two-factor/reset", admin.id), &[]).await;
    assert_eq!(own.status, 409, "not one's own");

    let emails = app.deliver_emails().await;
    let told = emails.iter().find(|e| e.kind == "second_factor_changed" && e.to == "ola@example.org").unwrap();
    assert!(told.text.contains("A site admin removed the authenticator app"));
    let lead_id = lead.id;
    let events = app.db(move |conn| audit::for_subject(conn, "person", lead_id).unwrap()).await;
    let event = events.iter().find(|e| e.action == "second_factor_reset").expect("audited");
    assert_eq!(event.actor_id, Some(admin.id));

    app.set_cookie_jar(lead_browser);
    assert_eq!(app.get("/dashboard").await.status, 303, "the lead was signed out");
    let again = app.sign_in("ola@example.org", PASSWORD).await;
    assert_eq!(again.location().as_deref(), Some("/account/two-factor"), "and sets up an app again");
}

async fn applicants_may_turn_it_on_and_off_but_leads_keep_it(app: TestApp) {
    let person = app.signed_in_person("Amina Khan", "amina@example.org").await;
    let page = app.get("/account/two-factor").await.text();
    assert!(page.contains("someone who finds out your password still cannot sign in"));
    let key = key_on(&page);
    let on = app.submit("/account/two-factor", &[("code", &totp::code_at(&key, app.now()).unwrap())]).await;
    assert_eq!(on.status, 200);
    app.sign_out().await;
    let first = app.submit("/login/link", &[("email", "amina@example.org")]).await;
    assert_eq!(first.status, 200);
    let link = app.queued_sign_in_link("amina@example.org").await;
    assert_eq!(app.follow_sign_in_link(&link).await.location().as_deref(), Some("/login/two-factor"));
    let code = app.app_code(person.id).await;
    assert_eq!(app.submit("/login/two-factor", &[("code", &code)]).await.status, 303);

    let wrong = app.submit("/account/two-factor/off", &[("code", "000000")]).await;
    assert_eq!(wrong.status, 422, "turning it off needs a code");
    let code = app.app_code(person.id).await;
    let off = app.submit("/account/two-factor/off", &[("code", &code)]).await;
    assert_eq!(off.location().as_deref(), Some("/account"));
    assert!(!app.db(move |conn| second_factor::has_app(conn, person.id).unwrap()).await);

    // A lead cannot turn it off.
    let lead = app.person_in_database("Lee Lead", "lead@example.org", true).await;
    app.give_app(lead.id).await;
    app.clear_cookies();
    app.sign_in("lead@example.org", PASSWORD).await;
    let settings = app.get("/account/two-factor").await.text();
    assert!(settings.contains("two-step sign-in stays on"));
    let code = app.app_code(lead.id).await;
    assert_eq!(app.submit("/account/two-factor/off", &[("code", &code)]).await.status, 409);
    assert!(app.db(move |conn| second_factor::has_app(conn, lead.id).unwrap()).await);
}

on_both_databases!(
    a_new_lead_sets_up_an_app_at_first_sign_in_and_only_then_leads,
    an_emailed_link_never_skips_the_code,
    wrong_codes_are_held_back_and_recovery_codes_work_once,
    a_correct_code_gets_past_the_password_lockout,
    a_site_admin_resets_a_lost_app,
    applicants_may_turn_it_on_and_off_but_leads_keep_it,
);
