//! `/manage/users`: only site admins, every change audited, other people's ids refused.

use smallgrants::audit;

use crate::common::TestApp;
use crate::common::people::PASSWORD;
use crate::on_both_databases;

/// Every admin route, for a person `id` and a role grant `grant`.
fn admin_posts(id: i64, grant: i64) -> Vec<(String, Vec<(&'static str, String)>)> {
    vec![
        (format!("/manage/users/{id}/roles"), vec![("programme_id", "1".into()), ("role", "lead".into())]),
        (format!("/manage/users/{id}/roles/{grant}/revoke"), vec![]),
        (format!("/manage/users/{id}/disable"), vec![]),
        (format!("/manage/users/{id}/enable"), vec![]),
        (format!("/manage/users/{id}/site-admin/grant"), vec![]),
        (format!("/manage/users/{id}/site-admin/revoke"), vec![]),
    ]
}

async fn people_without_the_site_admin_role_get_403_and_change_nothing(app: TestApp) {
    let programme = app.programme_in_database("North Fund").await;
    let target = app.person_in_database("Target Person", "target@example.org", false).await;
    let admin = app.person_in_database("Admin", "admin@example.org", true).await;
    let target_id = target.id;
    app.db(move |conn| {
        smallgrants::accounts::actions::grant_role(
            conn,
            admin.id,
            target_id,
            programme,
            smallgrants::accounts::ProgrammeRole::Panel,
            false,
            smallgrants::time::now(),
        )
        .unwrap()
    })
    .await;
    let target_copy = target.clone();
    let grant =
        app.db(move |conn| smallgrants::accounts::queries::roles_of(conn, &target_copy).unwrap().grants[0].id).await;

    app.signed_in_person("A Lead", "lead@example.org").await;
    let before = app.footprint().await;
    for path in ["/manage/users".to_string(), format!("/manage/users/{}", target.id)] {
        assert_eq!(app.get(&path).await.status, 403, "{path}");
    }
    for (path, fields) in admin_posts(target.id, grant) {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(app.submit(&path, &fields).await.status, 403, "{path}");
    }
    app.footprint().await.assert_unchanged_since(&before, "nothing changed");

    app.sign_out().await;
    let signed_out = app.footprint().await;
    for (path, _) in admin_posts(target.id, grant) {
        let response = app.submit(&path, &[]).await;
        assert_eq!(response.status, 303, "{path}");
        assert!(response.location().unwrap().starts_with("/login"), "{path}");
    }
    app.footprint()
        .await
        .assert_unchanged_since(&signed_out, "anonymous attempts change nothing, not even the audit trail");
}

async fn admins_grant_and_revoke_roles_with_an_audit_trail(app: TestApp) {
    let programme = app.programme_in_database("Coventry Fund").await;
    let panel = app.person_in_database("Pat Panel", "pat@example.org", false).await;
    let admin = app.signed_in_admin("admin@example.org").await;

    let page = app.get(&format!("/manage/users/{}", panel.id)).await.text();
    assert!(page.contains("Coventry Fund") && page.contains("Give a role"));
    let programme_text = programme.to_string();
    let granted = app
        .submit(
            &format!("/manage/users/{}/roles", panel.id),
            &[("programme_id", &programme_text), ("role", "panel"), ("lived_experience", "yes")],
        )
        .await;
    assert_eq!(granted.status, 303);
    let page = app.get(&format!("/manage/users/{}", panel.id)).await.text();
    assert!(page.contains("Panel member (lived experience)"));

    let again = app
        .submit(&format!("/manage/users/{}/roles", panel.id), &[("programme_id", &programme_text), ("role", "panel")])
        .await;
    assert_eq!(again.status, 422);
    assert!(again.text().contains("already have this role"));
    let missing =
        app.submit(&format!("/manage/users/{}/roles", panel.id), &[("programme_id", ""), ("role", "boss")]).await;
    assert_eq!(missing.status, 422);
    assert!(missing.text().contains("Choose a programme") && missing.text().contains("Choose a role"));

    let pid = panel.id;
    let events = app.db(move |conn| audit::for_subject(conn, "person", pid).unwrap()).await;
    let grant_event = events.iter().find(|e| e.action == "role_granted").expect("audited");
    assert_eq!(grant_event.actor_id, Some(admin.id), "the event names the admin");
    assert_eq!(grant_event.to_state.as_deref(), Some("panel"));

    // The panel member now sees the panel link.
    let admin_cookies = app.cookie_jar();
    app.clear_cookies();
    app.sign_in("pat@example.org", PASSWORD).await;
    assert!(app.get("/account").await.text().contains("href=\"/panel\""));
    app.set_cookie_jar(admin_cookies);

    let grant = app.db(move |conn| smallgrants::accounts::queries::roles_of(conn, &panel).unwrap().grants[0].id).await;
    let other = app.person_in_database("Other", "other@example.org", false).await;
    assert_eq!(
        app.submit(&format!("/manage/users/{}/roles/{grant}/revoke", other.id), &[]).await.status,
        404,
        "a grant of someone else"
    );
    assert_eq!(app.submit(&format!("/manage/users/{pid}/roles/{grant}/revoke"), &[]).await.status, 303);
    let events = app.db(move |conn| audit::for_subject(conn, "person", pid).unwrap()).await;
    assert!(events.iter().any(|e| e.action == "role_revoked" && e.actor_id == Some(admin.id)));
    assert_eq!(app.get("/manage/users/999999").await.status, 404);
    assert_eq!(app.submit("/manage/users/999999/disable", &[]).await.status, 404);
}

async fn a_disabled_person_is_signed_out_at_once_and_cannot_sign_in(app: TestApp) {
    let person = app.person_in_database("Sam", "sam@example.org", false).await;
    app.sign_in("sam@example.org", PASSWORD).await;
    let sams_browser = app.cookie_jar();
    app.clear_cookies();
    let admin = app.signed_in_admin("admin@example.org").await;
    assert_eq!(
        app.submit(&format!("/manage/users/{}/disable", person.id), &[("reason", "left the programme")]).await.status,
        303
    );
    let admin_browser = app.cookie_jar();

    app.set_cookie_jar(sams_browser);
    assert_eq!(app.get("/account").await.status, 303, "signed out at once");
    let refused = app.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(refused.status, 401, "the same answer as a wrong password, so the password is not confirmed");
    assert!(refused.text().contains("Enter a correct email address and password"));

    app.set_cookie_jar(admin_browser);
    assert_eq!(app.submit(&format!("/manage/users/{}/enable", person.id), &[]).await.status, 303);
    assert_eq!(
        app.submit(&format!("/manage/users/{}/disable", admin.id), &[]).await.status,
        409,
        "admins cannot lock themselves out"
    );
    app.clear_cookies();
    assert_eq!(app.sign_in("sam@example.org", PASSWORD).await.status, 303, "enabled again");
    let pid = person.id;
    let events = app.db(move |conn| audit::for_subject(conn, "person", pid).unwrap()).await;
    let disabled = events.iter().find(|e| e.action == "account_disabled").unwrap();
    assert_eq!(disabled.reason.as_deref(), Some("left the programme"));
    assert_eq!(disabled.actor_id, Some(admin.id));
}

async fn admins_find_people_by_name_or_email(app: TestApp) {
    app.person_in_database("Nadia Osei", "nadia@example.org", false).await;
    app.person_in_database("Tom Baker", "tb@sample.net", false).await;
    app.signed_in_admin("admin@example.org").await;
    let by_name = app.get("/manage/users?q=osei").await.text();
    assert!(by_name.contains("Nadia Osei") && !by_name.contains("Tom Baker"));
    let by_email = app.get("/manage/users?q=SAMPLE.net").await.text();
    assert!(by_email.contains("Tom Baker") && !by_email.contains("Nadia Osei"));
    let wildcard = app.get("/manage/users?q=%25").await.text();
    assert!(wildcard.contains("0 people found"), "a % is a character, not a wildcard");
}

on_both_databases!(
    people_without_the_site_admin_role_get_403_and_change_nothing,
    admins_grant_and_revoke_roles_with_an_audit_trail,
    a_disabled_person_is_signed_out_at_once_and_cannot_sign_in,
    admins_find_people_by_name_or_email,
);
