//! Accounts: register, confirm, sign in and out, recover, change password, throttling,
//! sessions, CSRF, download my data.

use smallgrants::accounts::{password, queries};

use crate::common::TestApp;
use crate::common::people::{PASSWORD, link_in};
use crate::on_both_databases;

/// The whole journey: sign up, follow the emailed link (which confirms the address and signs
/// in), sign out, reset the password by the emailed link, sign in with the new one.
async fn a_person_signs_up_confirms_resets_and_signs_in(app: TestApp) {
    let registered = app.register("Amina Khan", "Amina@Example.org ").await;
    assert_eq!(registered.status, 200);
    assert!(registered.text().contains("Check your email"));
    assert_eq!(app.get("/account").await.status, 303, "nobody is signed in until the link is followed");
    assert_eq!(app.sign_in("amina@example.org", PASSWORD).await.status, 401, "no account before the link");

    let emails = app.deliver_emails().await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].to, "amina@example.org");
    assert_eq!(emails[0].subject, "Finish creating your account");
    let link = link_in(&emails[0].text, "http://localhost:8080/login/link/");
    let opened = app.get(&link).await;
    assert_eq!(opened.status, 200);
    assert!(opened.text().contains("amina@example.org"), "the page says whose account it is");
    let followed = app.submit(&link, &[]).await;
    assert_eq!(followed.location().as_deref(), Some("/dashboard"));
    let dashboard = app.get("/dashboard").await.text();
    assert!(dashboard.contains("Signed in as <strong><bdi>Amina Khan</bdi></strong>"));
    assert!(dashboard.contains("Your account is ready"));
    assert!(!dashboard.contains("Confirm your email address"), "following the link confirmed it");
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

/// An account made without a password signs in by emailed links, and can choose a password later
/// without being asked for a current one; a wrong password never works for it meanwhile.
async fn an_account_without_a_password_can_choose_one(app: TestApp) {
    let registered = app.submit("/register", &[("name", "Uma"), ("email", "uma@example.org"), ("password", "")]).await;
    assert_eq!(registered.status, 200);
    let link = app.queued_sign_in_link("uma@example.org").await;
    assert_eq!(app.follow_sign_in_link(&link).await.status, 303);
    assert!(app.get("/account").await.text().contains("you sign in with emailed links"));
    let form = app.get("/account/password").await.text();
    assert!(form.contains("Choose a password") && !form.contains("name=\"current_password\""), "{form}");
    let chosen = app.submit("/account/password", &[("password", "river stones at dawn")]).await;
    assert_eq!(chosen.status, 303, "{}", chosen.text());
    app.sign_out().await;
    assert_eq!(app.sign_in("uma@example.org", "river stones at dawn").await.status, 303);
    let form = app.get("/account/password").await.text();
    assert!(form.contains("name=\"current_password\""), "now the current password is asked for");
}

/// The page text with the address and the form token taken out, to compare two answers.
fn comparable(page: String, email: &str) -> String {
    let page = if email.is_empty() { page } else { page.replace(email, "EMAIL") };
    let marker = "name=\"csrf_token\" value=\"";
    page.split(marker)
        .map(|part| part.split_once('"').map_or(part.to_string(), |(_, rest)| rest.to_string()))
        .collect::<String>()
}

/// Registering with an address that has an account answers exactly as for a new address; the
/// owner is emailed a link to sign in, and no second account or session appears.
async fn registering_an_existing_address_reveals_nothing_and_emails_the_owner_a_sign_in_link(app: TestApp) {
    app.signed_in_person("Amina Khan", "amina@example.org").await;
    app.sign_out().await;
    app.deliver_emails().await;
    // Registering queues an email (and counts towards the address's email limit); the people and
    // their sessions must stay as they were.
    let people_before = app.footprint().await.only(&["people", "sessions"]);

    let existing = app.register("Someone Else", "  AMINA@Example.ORG ").await;
    let fresh = app.register("Someone Else", "newcomer@example.org").await;
    assert_eq!(existing.status, 200);
    assert_eq!(existing.status, fresh.status);
    assert_eq!(
        comparable(existing.text(), "amina@example.org"),
        comparable(fresh.text(), "newcomer@example.org"),
        "the pages must not reveal which address has an account"
    );
    assert!(!existing.text().contains("already exists"));
    assert_eq!(app.get("/account").await.status, 303, "no session from registering");
    app.footprint()
        .await
        .only(&["people", "sessions"])
        .assert_unchanged_since(&people_before, "no account (or session) is created until a link is followed");

    let emails = app.deliver_emails().await;
    let to_owner = emails.iter().find(|e| e.to == "amina@example.org").expect("the owner is told");
    assert_eq!(to_owner.subject, "You already have an account");
    assert!(!to_owner.text.contains("Someone Else"), "the owner's own name, not the one typed");
    let link = link_in(&to_owner.text, "http://localhost:8080/login/link/");
    assert_eq!(app.follow_sign_in_link(&link).await.location().as_deref(), Some("/dashboard"));
    assert!(app.get("/dashboard").await.text().contains("Signed in as <strong><bdi>Amina Khan</bdi></strong>"));
}

async fn registration_is_throttled_alike_for_known_and_unknown_addresses(app: TestApp) {
    app.person_in_database("Known", "known@example.org", false).await;
    for email in ["known@example.org", "unknown@example.org"] {
        let mut statuses = Vec::new();
        for _ in 0..6 {
            statuses.push(app.register("Someone", email).await.status.as_u16());
        }
        assert_eq!(statuses, [200, 200, 200, 200, 200, 429], "{email}: five emails an hour, then held back");
    }
    let held = app.register("Someone", "known@example.org").await.text();
    assert!(held.contains("Wait 60 minutes and try again"), "{held}");
    assert!(held.contains("value=\"Someone\""), "input kept");
    app.advance(chrono::Duration::minutes(61));
    assert_eq!(app.register("Someone", "known@example.org").await.status, 200, "allowed again after an hour");
}

async fn password_resets_are_throttled_per_address_with_the_same_answer(app: TestApp) {
    app.person_in_database("Ola", "ola@example.org", false).await;
    let mut statuses = Vec::new();
    for email in ["ola@example.org", "nobody@example.org"] {
        for _ in 0..6 {
            statuses.push(app.submit("/password/forgot", &[("email", email)]).await.status.as_u16());
        }
    }
    assert_eq!(statuses, [200, 200, 200, 200, 200, 429, 200, 200, 200, 200, 200, 429]);
    let sent = app.deliver_emails().await;
    assert_eq!(sent.len(), 5, "at most five reset emails an hour to one address");
}

/// "Email me a link": the same answer for any address; the link works once, for 15 minutes,
/// and gets past the sign-in throttle that wrong passwords set off.
async fn an_emailed_sign_in_link_works_once_for_fifteen_minutes(app: TestApp) {
    app.person_in_database("Pat", "pat@example.org", false).await;
    let known = app.submit("/login/link", &[("email", "pat@example.org"), ("next", "/account")]).await;
    let unknown = app.submit("/login/link", &[("email", "nobody@example.org"), ("next", "/account")]).await;
    assert_eq!((known.status.as_u16(), unknown.status.as_u16()), (200, 200));
    assert_eq!(comparable(known.text(), "pat@example.org"), comparable(unknown.text(), "nobody@example.org"));
    let emails = app.deliver_emails().await;
    assert_eq!(emails.len(), 1, "only the real account gets an email");
    let link = link_in(&emails[0].text, "http://localhost:8080/login/link/");

    for _ in 0..8 {
        app.sign_in("pat@example.org", "someone guessing").await;
    }
    assert_eq!(app.sign_in("pat@example.org", PASSWORD).await.status, 429, "the password is held back");
    let followed = app.follow_sign_in_link(&link).await;
    assert_eq!(followed.location().as_deref(), Some("/account"), "the link still works, and keeps the place");
    assert_eq!(app.get("/account").await.status, 200);
    app.sign_out().await;

    let reused = app.get(&link).await;
    assert_eq!(reused.status, 410);
    assert!(reused.text().contains("already been used"));
    assert_eq!(app.submit(&link, &[]).await.status, 410);
    assert_eq!(app.get("/account").await.status, 303, "no session from a used link");

    app.submit("/login/link", &[("email", "pat@example.org")]).await;
    let late = link_in(&app.deliver_emails().await[0].text, "http://localhost:8080/login/link/");
    app.advance(chrono::Duration::minutes(16));
    let expired = app.submit(&late, &[]).await;
    assert_eq!(expired.status, 410);
    assert!(expired.text().contains("expired"));
    assert_eq!(app.get("/login/link/not-a-real-token").await.status, 404);
    assert_eq!(app.get("/account").await.status, 303);
}

async fn a_disabled_account_gets_no_link_and_the_same_answer_as_a_wrong_password(app: TestApp) {
    let admin = app.person_in_database("Admin", "admin@example.org", true).await;
    let person = app.person_in_database("Quin", "quin@example.org", false).await;
    app.submit("/login/link", &[("email", "quin@example.org")]).await;
    let link = link_in(&app.deliver_emails().await[0].text, "http://localhost:8080/login/link/");
    let (admin_id, person_id) = (admin.id, person.id);
    app.db(move |conn| {
        smallgrants::accounts::actions::set_disabled(conn, admin_id, person_id, true, None, smallgrants::time::now())
            .unwrap()
    })
    .await;
    let right = app.sign_in("quin@example.org", PASSWORD).await;
    let wrong = app.sign_in("quin@example.org", "not the password").await;
    assert_eq!(right.status, wrong.status);
    assert_eq!(comparable(right.text(), ""), comparable(wrong.text(), ""), "a correct password is not confirmed");
    assert_eq!(app.submit(&link, &[]).await.status, 404, "a disabled account's link does not sign in");
    assert_eq!(app.get("/account").await.status, 303);
    app.submit("/login/link", &[("email", "quin@example.org")]).await;
    assert!(app.deliver_emails().await.is_empty(), "no new link for a disabled account");
}

/// The disguised return paths an attack tried: tabs, newlines, vertical tabs, backslashes,
/// protocol-relative and doubly encoded slashes.
const DISGUISED_NEXT: [&str; 8] = [
    "%2F%09%2Fevil.example%2Fsecond",
    "%2F%0A%2Fevil.example",
    "%2F%0D%2Fevil.example",
    "%2F%0B%2Fevil.example",
    "%2F%5Cevil.example",
    "%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example",
    "%2F%252F%2Fevil.example",
];

/// A return path is followed only when it is a path on this site, however it is disguised;
/// control characters never cause an error page.
async fn return_paths_never_lead_off_the_site_or_to_an_error(app: TestApp) {
    for next in DISGUISED_NEXT {
        assert_eq!(app.get(&format!("/register?next={next}")).await.status, 200, "/register?next={next}");
        assert_eq!(app.get(&format!("/login?next={next}")).await.status, 200, "/login?next={next}");
    }
    app.person_in_database("Rae", "rae@example.org", false).await;
    let signed_in =
        app.submit("/login", &[("email", "rae@example.org"), ("password", PASSWORD), ("next", "/a\nb")]).await;
    assert_eq!(signed_in.status, 303);
    assert_eq!(signed_in.location().as_deref(), Some("/dashboard"));
    for next in DISGUISED_NEXT {
        for page in ["/login", "/register"] {
            let response = app.get(&format!("{page}?next={next}")).await;
            assert_eq!(response.status, 303, "{page}?next={next} while signed in");
            assert_eq!(response.location().as_deref(), Some("/dashboard"), "{page}?next={next}");
        }
    }
    assert_eq!(app.get("/login?next=%2Fbids%2F3").await.location().as_deref(), Some("/bids/3"), "a local path is kept");
}

/// Following a registration link goes on to the page the person started from, only if local.
async fn the_registration_link_keeps_a_local_place_and_drops_a_foreign_one(app: TestApp) {
    let kept = app.register_and_follow_link("Sam", "sam@example.org", "/rounds/spring/eligibility").await;
    assert_eq!(kept.location().as_deref(), Some("/rounds/spring/eligibility"));
    app.sign_out().await;
    let dropped = app.register_and_follow_link("Tam", "tam@example.org", "/\t/evil.example/second").await;
    assert_eq!(dropped.location().as_deref(), Some("/dashboard"));
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
    assert!(empty.contains("Enter your name") && empty.contains("Enter your email address"));
    assert!(!empty.contains("Enter a password"), "a password is optional");
    let common =
        app.submit("/register", &[("name", "A"), ("email", "a@example.org"), ("password", "password123")]).await.text();
    assert!(common.contains("This password is too common"));
    app.footprint().await.assert_unchanged_since(&before, "bad registration input saves nothing");
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
    assert_eq!(
        comparable(known.text(), "chen@example.org"),
        comparable(unknown.text(), "nobody@example.org"),
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
    app.unconfirmed_person_in_database("Lee", "lee@example.org").await;
    app.sign_in("lee@example.org", PASSWORD).await;
    app.submit("/account/verify-email", &[]).await;
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
    registering_an_existing_address_reveals_nothing_and_emails_the_owner_a_sign_in_link,
    registration_is_throttled_alike_for_known_and_unknown_addresses,
    password_resets_are_throttled_per_address_with_the_same_answer,
    an_emailed_sign_in_link_works_once_for_fifteen_minutes,
    a_disabled_account_gets_no_link_and_the_same_answer_as_a_wrong_password,
    return_paths_never_lead_off_the_site_or_to_an_error,
    the_registration_link_keeps_a_local_place_and_drops_a_foreign_one,
    an_account_without_a_password_can_choose_one,
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
