//! Accounts: register, confirm, sign in and out, recover, change password, throttling,
//! sessions, CSRF, download my data.

use smallgrants::accounts::{password, queries};

use crate::common::TestApp;
use crate::common::people::{PASSWORD, link_in};
use crate::on_both_databases;

/// The whole journey: sign up, confirm by the emailed link, sign out, reset the password by
/// the emailed link, sign in with the new one.
async fn a_person_signs_up_confirms_resets_and_signs_in(app: TestApp) {
    let registered = app.register("Amina Khan", "Amina@Example.org ").await;
    assert_eq!(registered.status, 303);
    assert_eq!(registered.location().as_deref(), Some("/dashboard"));
    let dashboard = app.get("/dashboard").await.text();
    assert!(dashboard.contains("Signed in as <strong>Amina Khan</strong>"));
    assert!(dashboard.contains("We have sent a link to amina@example.org"));
    assert!(dashboard.contains("Confirm your email address"), "unverified people are reminded");

    let emails = app.deliver_emails().await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].to, "amina@example.org");
    assert_eq!(emails[0].subject, "Confirm your email address");
    let verify = link_in(&emails[0].text, "http://localhost:8080/verify-email/");
    let confirmed = app.get(&verify).await;
    assert_eq!(confirmed.status, 200);
    assert!(confirmed.text().contains("Email address confirmed"));
    assert!(app.get("/account").await.text().contains("Confirmed"));

    assert_eq!(app.sign_out().await.location().as_deref(), Some("/"));
    assert_eq!(app.get("/account").await.status, 303, "signed out");

    let sent = app.submit("/password/forgot", &[("email", "AMINA@example.org")]).await;
    assert!(sent.text().contains("Check your email"));
    let emails = app.deliver_emails().await;
    assert_eq!(emails[0].subject, "Reset your password");
    let reset = link_in(&emails[0].text, "http://localhost:8080/password/reset/");
    assert!(app.get(&reset).await.text().contains("Choose a new password"));
    let changed = app.submit(&reset, &[("password", "a brand new passphrase")]).await;
    assert_eq!(changed.location().as_deref(), Some("/account"));
    assert!(app.get("/account").await.text().contains("Your password has been changed"));
    let notice = app.deliver_emails().await;
    assert_eq!(notice[0].subject, "Your password has been changed");

    app.sign_out().await;
    assert_eq!(app.sign_in("amina@example.org", PASSWORD).await.status, 401, "the old password no longer works");
    let signed_in = app.sign_in("amina@example.org", "a brand new passphrase").await;
    assert_eq!(signed_in.status, 303);
    assert_eq!(signed_in.location().as_deref(), Some("/dashboard"));
}

async fn a_duplicate_email_gets_a_clear_message_and_no_second_account(app: TestApp) {
    app.register("Amina Khan", "amina@example.org").await;
    app.sign_out().await;
    let before = app.footprint().await;
    let again = app.register("Someone Else", "  AMINA@Example.ORG ").await;
    assert_eq!(again.status, 422);
    let page = again.text();
    assert!(page.contains("An account already exists for this email address"));
    assert!(page.contains("value=\"Someone Else\""), "input kept");
    assert!(page.contains("<title>Error: Create an account"));
    assert_eq!(app.footprint().await, before, "nothing saved");
}

async fn bad_registration_input_is_shown_at_each_field_and_kept(app: TestApp) {
    let before = app.footprint().await;
    let long_name = "x".repeat(101);
    let response =
        app.submit("/register", &[("name", &long_name), ("email", "not-an-email"), ("password", "short")]).await;
    assert_eq!(response.status, 422);
    let page = response.text();
    assert!(page.contains("Your name must be 100 characters or fewer"));
    assert!(page.contains("Enter an email address in the correct format"));
    assert!(page.contains("Password must be 10 characters or more"));
    assert!(page.contains("href=\"#name\"") && page.contains("href=\"#email\"") && page.contains("href=\"#password\""));
    assert!(page.contains(&format!("value=\"{long_name}\"")));
    assert!(page.contains("value=\"not-an-email\""));
    assert!(!page.contains("value=\"short\""), "passwords are never sent back");

    let empty = app.submit("/register", &[("name", " "), ("email", ""), ("password", "")]).await.text();
    assert!(
        empty.contains("Enter your name")
            && empty.contains("Enter your email address")
            && empty.contains("Enter a password")
    );
    let common =
        app.submit("/register", &[("name", "A"), ("email", "a@example.org"), ("password", "password123")]).await.text();
    assert!(common.contains("This password is too common"));
    assert_eq!(app.footprint().await, before);
}

async fn reset_links_work_once_and_for_one_hour(app: TestApp) {
    app.signed_in_person("Ben", "ben@example.org").await;
    app.sign_out().await;
    app.deliver_emails().await;

    app.submit("/password/forgot", &[("email", "ben@example.org")]).await;
    let first = link_in(&app.deliver_emails().await[0].text, "http://localhost:8080/password/reset/");
    assert_eq!(app.submit(&first, &[("password", "first new password")]).await.status, 303);
    app.sign_out().await;
    let reused = app.submit(&first, &[("password", "second new password")]).await;
    assert_eq!(reused.status, 410);
    assert!(reused.text().contains("This link has already been used"));
    assert_eq!(app.get(&first).await.status, 410);
    assert_eq!(
        app.sign_in("ben@example.org", "first new password").await.status,
        303,
        "no change from the reused link"
    );
    app.sign_out().await;
    app.deliver_emails().await;

    app.submit("/password/forgot", &[("email", "ben@example.org")]).await;
    let expiring = link_in(&app.deliver_emails().await[0].text, "http://localhost:8080/password/reset/");
    app.advance(chrono::Duration::minutes(61));
    let expired = app.submit(&expiring, &[("password", "too late password")]).await;
    assert_eq!(expired.status, 410);
    assert!(expired.text().contains("This link has expired"));
    assert_eq!(app.sign_in("ben@example.org", "first new password").await.status, 303);

    assert_eq!(app.get("/password/reset/not-a-real-token").await.status, 404);
}

async fn forgotten_password_answers_the_same_whether_or_not_the_account_exists(app: TestApp) {
    app.signed_in_person("Chen", "chen@example.org").await;
    app.sign_out().await;
    app.deliver_emails().await;
    let known = app.submit("/password/forgot", &[("email", "chen@example.org")]).await;
    let unknown = app.submit("/password/forgot", &[("email", "nobody@example.org")]).await;
    assert_eq!(known.status, unknown.status);
    let normalise = |page: String, email: &str| page.replace(email, "EMAIL");
    let strip_token = |page: String| {
        let marker = "name=\"csrf_token\" value=\"";
        page.split(marker)
            .map(|part| part.split_once('"').map_or(part.to_string(), |(_, rest)| rest.to_string()))
            .collect::<String>()
    };
    assert_eq!(
        strip_token(normalise(known.text(), "chen@example.org")),
        strip_token(normalise(unknown.text(), "nobody@example.org")),
        "the pages must not reveal which address has an account"
    );
    let sent = app.deliver_emails().await;
    assert_eq!(sent.len(), 1, "only the real account gets an email");
    assert_eq!(sent[0].to, "chen@example.org");
}

/// Ten wrong passwords: further attempts wait (even with the right password), then the right
/// password works once the delay has passed. Unknown emails are throttled the same way.
async fn repeated_wrong_passwords_are_throttled_then_the_right_one_works(app: TestApp) {
    app.signed_in_person("Dee", "dee@example.org").await;
    app.sign_out().await;
    let mut statuses = Vec::new();
    for _ in 0..10 {
        let response = app.sign_in("dee@example.org", "wrong password guess").await;
        statuses.push(response.status.as_u16());
        app.advance(chrono::Duration::seconds(1));
    }
    assert_eq!(&statuses[..5], [401; 5], "the first five fail normally");
    assert!(statuses[5..].contains(&429), "then attempts are held back: {statuses:?}");
    let held = app.sign_in("dee@example.org", PASSWORD).await;
    assert_eq!(held.status, 429);
    assert!(held.text().contains("Too many attempts to sign in"));

    app.advance(chrono::Duration::minutes(16));
    let signed_in = app.sign_in("dee@example.org", PASSWORD).await;
    assert_eq!(signed_in.status, 303, "the right password works once the delay passes");
    app.sign_out().await;
    assert_eq!(app.sign_in("dee@example.org", "wrong again").await.status, 401, "success cleared the count");

    let mut unknown = Vec::new();
    for _ in 0..7 {
        let response = app.sign_in("nobody@example.org", "wrong password guess").await;
        unknown.push(response.status.as_u16());
        if response.status == 401 {
            assert!(response.text().contains("Enter a correct email address and password"));
        }
    }
    assert_eq!(&unknown[..5], [401; 5]);
    assert_eq!(unknown[5], 429, "unknown emails are throttled alike: {unknown:?}");
}

async fn session_cookies_are_private_http_only_and_renewed_at_sign_in(app: TestApp) {
    let login_page = app.get("/login").await;
    let before = login_page.csrf_token().unwrap();
    let cookie = login_page.header("set-cookie").expect("a session cookie");
    assert!(cookie.starts_with("sg_session="));
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "plain http on localhost is the one exception");
    app.person_in_database("Eve", "eve@example.org", false).await;
    app.sign_in("eve@example.org", PASSWORD).await;
    let after = app.csrf_token().await;
    assert_ne!(before, after, "signing in starts a new session with a new form token");
}

async fn secure_cookies_outside_local_http() {
    let app =
        TestApp::with_env(crate::common::Backend::Sqlite, &[("SMALLGRANTS_BASE_URL", "https://grants.example.org")])
            .await;
    let cookie = app.get("/login").await.header("set-cookie").unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[actix_web::test]
async fn cookies_are_secure_when_the_portal_is_served_over_https() {
    secure_cookies_outside_local_http().await;
}

async fn changing_the_password_ends_other_sessions_but_not_this_one(app: TestApp) {
    app.signed_in_person("Fay", "fay@example.org").await;
    let laptop = app.cookie_jar();
    app.clear_cookies();
    app.sign_in("fay@example.org", PASSWORD).await;
    let phone = app.cookie_jar();

    let changed =
        app.submit("/account/password", &[("current_password", PASSWORD), ("password", "new phone passphrase")]).await;
    assert_eq!(changed.status, 303);
    assert_eq!(app.get("/account").await.status, 200, "the phone stays signed in");
    app.set_cookie_jar(laptop);
    assert_eq!(app.get("/account").await.status, 303, "the laptop is signed out");
    app.set_cookie_jar(phone);

    let wrong = app
        .submit("/account/password", &[("current_password", "not it at all"), ("password", "another passphrase")])
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.text().contains("Your current password is not right"));
}

async fn sign_out_everywhere_ends_every_session(app: TestApp) {
    app.signed_in_person("Gus", "gus@example.org").await;
    let first = app.cookie_jar();
    app.clear_cookies();
    app.sign_in("gus@example.org", PASSWORD).await;
    let response = app.submit("/account/sign-out-everywhere", &[]).await;
    assert_eq!(response.location().as_deref(), Some("/login"));
    assert_eq!(app.get("/account").await.status, 303);
    app.set_cookie_jar(first);
    assert_eq!(app.get("/account").await.status, 303, "the other browser is signed out too");
}

async fn signing_out_ends_the_session_even_if_the_cookie_is_kept(app: TestApp) {
    app.signed_in_person("Hal", "hal@example.org").await;
    let copied = app.cookie_jar();
    app.sign_out().await;
    app.set_cookie_jar(copied);
    assert_eq!(app.get("/account").await.status, 303, "a copy of the old cookie no longer works");
}

async fn idle_and_absolute_timeouts_end_sessions(app: TestApp) {
    app.signed_in_person("Ida", "ida@example.org").await;
    app.advance(chrono::Duration::minutes(119));
    assert_eq!(app.get("/account").await.status, 200);
    app.advance(chrono::Duration::minutes(121));
    let idle = app.get("/account").await;
    assert_eq!(idle.status, 303);
    assert_eq!(idle.location().as_deref(), Some("/login?next=%2Faccount"));

    app.sign_in("ida@example.org", PASSWORD).await;
    for _ in 0..13 {
        app.advance(chrono::Duration::minutes(59));
        app.get("/dashboard").await;
    }
    assert_eq!(app.get("/account").await.status, 303, "no session outlives 12 hours, however busy");
}

async fn old_password_hashes_are_upgraded_at_sign_in(app: TestApp) {
    let person = app.person_in_database("Jo", "jo@example.org", false).await;
    let weak = {
        use argon2::password_hash::PasswordHasher;
        let params = argon2::Params::new(8 * 1024, 1, 1, None).unwrap();
        argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
            .hash_password(PASSWORD.as_bytes())
            .unwrap()
            .to_string()
    };
    let id = person.id;
    app.db(move |conn| queries::set_password_hash(conn, id, &weak, smallgrants::time::now()).unwrap()).await;
    assert_eq!(app.sign_in("jo@example.org", PASSWORD).await.status, 303);
    let stored = app.db(move |conn| queries::find_person(conn, id).unwrap().unwrap().password_hash).await;
    assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
    assert_eq!(password::verify(PASSWORD, &stored), password::Verification::Correct { needs_rehash: false });
}

async fn download_my_data_has_everything_but_secrets(app: TestApp) {
    app.signed_in_person("Kit", "kit@example.org").await;
    let response = app.get("/account/data.json").await;
    assert_eq!(response.status, 200);
    assert!(response.header("content-disposition").unwrap().contains("attachment"));
    let data: serde_json::Value = serde_json::from_slice(&response.body).unwrap();
    assert_eq!(data["person"]["email"], "kit@example.org");
    assert!(data["events_about_you"].as_array().unwrap().iter().any(|e| e["action"] == "registered"));
    assert!(!data["sessions"].as_array().unwrap().is_empty());
    let text = response.text();
    assert!(!text.contains("argon2"), "no password hash");
    assert!(!text.contains("token_hash"));
}

async fn verification_links_can_be_sent_again_and_only_the_newest_works(app: TestApp) {
    app.register("Lee", "lee@example.org").await;
    let first = link_in(&app.deliver_emails().await[0].text, "http://localhost:8080/verify-email/");
    let resent = app.submit("/account/verify-email", &[]).await;
    assert_eq!(resent.status, 303);
    let second = link_in(&app.deliver_emails().await[0].text, "http://localhost:8080/verify-email/");
    assert_eq!(app.get(&first).await.status, 410, "the older link was retired");
    assert_eq!(app.get(&second).await.status, 200);
    assert_eq!(app.get(&second).await.status, 410, "and works once");
}

async fn pages_that_need_an_account_send_people_to_sign_in_and_back(app: TestApp) {
    let response = app.get("/account/password").await;
    assert_eq!(response.location().as_deref(), Some("/login?next=%2Faccount%2Fpassword"));
    app.person_in_database("Mo", "mo@example.org", false).await;
    let login_page = app.get("/login?next=%2Faccount%2Fpassword").await.text();
    assert!(login_page.contains("name=\"next\" value=\"/account/password\""));
    let signed_in = app
        .submit("/login", &[("email", "mo@example.org"), ("password", PASSWORD), ("next", "/account/password")])
        .await;
    assert_eq!(signed_in.location().as_deref(), Some("/account/password"));
    app.sign_out().await;
    let elsewhere = app
        .submit("/login", &[("email", "mo@example.org"), ("password", PASSWORD), ("next", "https://evil.example/x")])
        .await;
    assert_eq!(elsewhere.location().as_deref(), Some("/dashboard"), "never redirected off the site");
}

on_both_databases!(
    a_person_signs_up_confirms_resets_and_signs_in,
    a_duplicate_email_gets_a_clear_message_and_no_second_account,
    bad_registration_input_is_shown_at_each_field_and_kept,
    reset_links_work_once_and_for_one_hour,
    forgotten_password_answers_the_same_whether_or_not_the_account_exists,
    repeated_wrong_passwords_are_throttled_then_the_right_one_works,
    session_cookies_are_private_http_only_and_renewed_at_sign_in,
    changing_the_password_ends_other_sessions_but_not_this_one,
    sign_out_everywhere_ends_every_session,
    signing_out_ends_the_session_even_if_the_cookie_is_kept,
    idle_and_absolute_timeouts_end_sessions,
    old_password_hashes_are_upgraded_at_sign_in,
    download_my_data_has_everything_but_secrets,
    verification_links_can_be_sent_again_and_only_the_newest_works,
    pages_that_need_an_account_send_people_to_sign_in_and_back,
);
