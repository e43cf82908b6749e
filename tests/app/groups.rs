//! Groups: the profile made once, members who join by invitation, and the voluntary equality
//! answers.

use crate::common::TestApp;
use crate::common::people::link_in;
use crate::on_both_databases;

async fn a_group_profile_is_checked_and_kept(app: TestApp) {
    app.signed_in_person("Amina", "amina@example.org").await;
    let before = app.footprint().await;
    let response = app
        .submit(
            "/groups/new",
            &[
                ("name", ""),
                ("kind", ""),
                ("charity_number", "12"),
                ("postcode", "nowhere"),
                ("website", "not a site"),
                ("contact_email", "bad"),
            ],
        )
        .await;
    assert_eq!(response.status, 422);
    let page = response.text();
    for message in [
        "Enter your group&#39;s name",
        "Choose what kind of group you are",
        "Enter a charity number like",
        "Enter a full UK postcode",
        "Enter a website address",
        "Enter an email address in the correct format",
    ] {
        assert!(page.contains(message) || page.contains(&message.replace("&#39;", "'")), "{message}");
    }
    assert!(page.contains("value=\"nowhere\""), "input kept");
    app.footprint().await.assert_unchanged_since(&before, "an invalid profile saves nothing");

    let group = app
        .submit(
            "/groups/new",
            &[
                ("name", "Hope Circle"),
                ("kind", "charity"),
                ("charity_number", "1234567"),
                ("postcode", "b11 1aa"),
                ("website", "hope.org.uk"),
            ],
        )
        .await;
    let id = TestApp::id_from_location(&group.location().unwrap());
    let page = app.get(&format!("/groups/{id}")).await.text();
    assert!(page.contains("Hope Circle") && page.contains("Registered charity") && page.contains("B11 1AA"));
    let stored = app.db(move |conn| smallgrants::groups::queries::find(conn, id).unwrap().unwrap()).await;
    assert_eq!(smallgrants::groups::rules::org_id(&stored, "360G-x"), "GB-CHC-1234567");
}

async fn members_join_by_invitation_and_the_last_member_stays(app: TestApp) {
    app.signed_in_person("Amina", "amina@example.org").await;
    let group = app.create_group("Hope Circle").await;
    let invited = app.submit(&format!("/groups/{group}/invite"), &[("email", "Bilal@Example.org")]).await;
    assert_eq!(invited.status, 303);
    let email = app.deliver_emails().await.into_iter().find(|e| e.kind == "group_invitation").unwrap();
    assert_eq!(email.to, "bilal@example.org");
    let link = link_in(&email.text, "http://localhost:8080/invitations/");
    let amina = app.cookie_jar();

    app.clear_cookies();
    // Someone else who got hold of the link cannot use it.
    app.signed_in_person("Mallory", "mallory@example.org").await;
    let before = app.footprint().await;
    let refused = app.submit(&link, &[]).await;
    assert_eq!(refused.status, 403);
    assert!(refused.text().contains("This invitation is for someone else"));
    app.footprint().await.assert_unchanged_since(&before, "nothing changed");
    assert_eq!(app.get(&format!("/groups/{group}")).await.status, 404, "and they cannot see the group");
    app.sign_out().await;
    app.clear_cookies();
    let page = app.get(&link).await.text();
    assert!(page.contains("Join Hope Circle") && page.contains("create an account"));
    let registered = app.register_and_follow_link("Bilal", "bilal@example.org", &link).await;
    assert_eq!(registered.location().as_deref(), Some(link.as_str()), "back to the invitation after registering");
    assert_eq!(app.submit(&link, &[]).await.location().as_deref(), Some(format!("/groups/{group}").as_str()));
    assert!(app.get(&format!("/groups/{group}")).await.text().contains("Bilal (you)"));
    assert_eq!(app.submit(&link, &[]).await.status, 404, "an invitation works once");

    assert_eq!(app.submit(&format!("/groups/{group}/leave"), &[]).await.status, 303);
    assert_eq!(app.get(&format!("/groups/{group}")).await.status, 404, "after leaving, the group is not visible");
    app.set_cookie_jar(amina);
    let last = app.submit(&format!("/groups/{group}/leave"), &[]).await;
    assert_eq!(last.status, 409);
    assert!(last.text().contains("A group always needs at least one member"));
}

async fn equality_answers_are_voluntary_and_honest(app: TestApp) {
    app.signed_in_person("Amina", "amina@example.org").await;
    let group = app.create_group("Hope Circle").await;
    let form = app.get(&format!("/groups/{group}/equality")).await.text();
    assert!(form.contains("Black / African / Caribbean / Black British") && form.contains("Prefer not to say"));
    assert!(form.contains("never shown to the panel"));
    let missing = app
        .submit(
            &format!("/groups/{group}/equality"),
            &[("leadership_status", "answered"), ("beneficiaries_status", "general")],
        )
        .await;
    assert_eq!(missing.status, 422);
    let saved = app
        .submit(
            &format!("/groups/{group}/equality"),
            &[
                ("leadership_status", "answered"),
                ("leadership_codes", "DEI010100"),
                ("leadership_codes", "DEI030700"),
                ("beneficiaries_status", "prefer_not_to_say"),
                ("beneficiaries_codes", "DEI020200"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let answers = app.db(move |conn| smallgrants::groups::queries::equality_of(conn, group).unwrap().unwrap()).await;
    assert_eq!(answers.leadership_codes(), ["DEI010100", "DEI030700"]);
    assert_eq!(answers.beneficiaries_status, "prefer_not_to_say");
    assert!(answers.beneficiaries_codes().is_empty(), "nothing kept behind 'prefer not to say'");
    assert_eq!(app.submit(&format!("/groups/{group}/equality/clear"), &[]).await.status, 303);
    assert!(app.db(move |conn| smallgrants::groups::queries::equality_of(conn, group).unwrap()).await.is_none());
}

/// After creating a group, a return path goes on only to a page of this site.
async fn creating_a_group_never_returns_off_the_site(app: TestApp) {
    app.signed_in_person("Amina", "amina@example.org").await;
    let fields = [
        ("name", "Tab Group"),
        ("kind", "faith"),
        ("area", "Sparkbrook"),
        ("contact_name", "Amina"),
        ("contact_email", "amina@example.org"),
    ];
    let form = app.get("/groups/new?next=%2F%09%2Fevil.example%2Fsecond").await;
    assert_eq!(form.status, 200);
    assert!(!form.text().contains("evil.example"), "a foreign return path is not carried in the form");
    for next in ["%2F%09%2Fevil.example%2Fsecond", "%2F%0A%2Fevil.example", "%2F%5Cevil.example"] {
        let response = app.submit(&format!("/groups/new?next={next}"), &fields).await;
        assert_eq!(response.status, 303, "{}", response.text());
        let location = response.location().unwrap();
        assert!(location.starts_with("/groups/") && !location.contains("evil"), "{next} led to {location}");
    }
    let local = app.submit("/groups/new?next=%2Frounds%2Fspring%2Fbids%2Fnew", &fields).await;
    assert_eq!(local.location().as_deref(), Some("/rounds/spring/bids/new"));
}

on_both_databases!(
    creating_a_group_never_returns_off_the_site,
    a_group_profile_is_checked_and_kept,
    members_join_by_invitation_and_the_last_member_stays,
    equality_answers_are_voluntary_and_honest
);
