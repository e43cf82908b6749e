//! Who is missing, and inviting them to apply: the groups on the portal that have never sent a
//! programme a bid, counted by area and by self-description (counts only), and the lead's
//! invitation to an open round: once per group per round, in the group's language, throttled,
//! and only by the programme's own leads.

use diesel::prelude::*;
use smallgrants::db::schema::{audit_events, community_groups, people, programme_areas, round_invitations};

use crate::common::TestApp;
use crate::on_both_databases;

/// One of the programme's areas, as the lead's page for areas would make it.
async fn area_in_database(app: &TestApp, programme: i64, name: &str, postcodes: &str) {
    let (name, postcodes) = (name.to_string(), postcodes.to_string());
    app.db(move |conn| {
        diesel::insert_into(programme_areas::table)
            .values((
                programme_areas::programme_id.eq(programme),
                programme_areas::name.eq(name),
                programme_areas::kind.eq("ward"),
                programme_areas::postcodes.eq(postcodes),
                programme_areas::created_at.eq(smallgrants::time::now()),
            ))
            .execute(conn)
            .unwrap();
    })
    .await;
}

/// A registered group with no members, only a contact address; answers its id.
async fn group_in_database(app: &TestApp, name: &str, area: &str, postcode: &str, created_by: i64) -> i64 {
    let (name, area, postcode) = (name.to_string(), area.to_string(), postcode.to_string());
    app.db(move |conn| {
        let now = smallgrants::time::now();
        let contact = format!("{}@groups.example.org", name.to_lowercase().replace(' ', "-"));
        diesel::insert_into(community_groups::table)
            .values((
                community_groups::name.eq(&name),
                community_groups::kind.eq("unregistered"),
                community_groups::charity_number.eq(""),
                community_groups::company_number.eq(""),
                community_groups::area.eq(area),
                community_groups::postcode.eq(postcode),
                community_groups::website.eq(""),
                community_groups::contact_name.eq("Sam"),
                community_groups::contact_email.eq(contact),
                community_groups::contact_phone.eq(""),
                community_groups::created_by.eq(created_by),
                community_groups::created_at.eq(now),
                community_groups::updated_at.eq(now),
            ))
            .returning(community_groups::id)
            .get_result(conn)
            .unwrap()
    })
    .await
}

async fn invitations(app: &TestApp) -> i64 {
    app.db(|conn| round_invitations::table.count().get_result(conn).unwrap()).await
}

async fn invite(app: &TestApp, round: i64, group: i64) -> crate::common::TestResponse {
    app.submit(&format!("/manage/rounds/{round}/invitations"), &[("group_id", &group.to_string())]).await
}

/// A group with only an unsent draft is missing; a group that sent a bid is not; a bid to
/// another programme does not count. Counted by the programme's areas (from the postcode), by
/// what groups typed, and by self-description, which is only ever a count.
async fn the_lead_sees_who_has_never_applied(app: TestApp) {
    let other = app.programme_with_round("Hillside Fund", "hill-lead@example.org").await;
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let programme = scheme.programme_id;
    area_in_database(&app, programme, "Sparkbrook Ward", "B11").await;

    let (_, sent_bid) = app.applicant_with_draft(&scheme, "sent@example.org").await;
    assert_eq!(app.submit(&format!("/bids/{sent_bid}/submit"), &[]).await.status, 303);
    app.applicant_with_draft(&scheme, "draft@example.org").await;
    let (elsewhere_group, elsewhere_bid) = app.applicant_with_draft(&other, "elsewhere@example.org").await;
    assert_eq!(app.submit(&format!("/bids/{elsewhere_bid}/submit"), &[]).await.status, 303);
    let answered = app
        .submit(
            &format!("/groups/{elsewhere_group}/equality"),
            &[
                ("leadership_status", "answered"),
                ("leadership_codes", "DEI010110"),
                ("beneficiaries_status", "general"),
            ],
        )
        .await;
    assert_eq!(answered.status, 303);
    let lead = scheme.lead_id;
    group_in_database(&app, "Northfield Elders", "northfield", "", lead).await;
    let quiet_voices = group_in_database(&app, "Quiet Voices", "", "", lead).await;

    app.switch_to("lead@example.org").await;
    let page = app.get(&format!("/manage/programmes/{programme}/missing")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("4 groups registered on the portal have never sent this programme a bid"), "{text}");
    assert!(!text.contains("Group of sent@example.org"), "a group that sent a bid has applied");
    for name in ["Group of draft@example.org", "Group of elsewhere@example.org", "Northfield Elders", "Quiet Voices"] {
        assert!(text.contains(name), "{name} is missing: {text}");
    }
    // By area: two groups' postcodes lie in Sparkbrook Ward; one typed its area; one gave none.
    assert!(text.contains(">Sparkbrook Ward</a></td><td class=\"numeric\">2</td>"), "{text}");
    assert!(text.contains(">Northfield</a></td><td class=\"numeric\">1</td>"));
    assert!(text.contains(">Area not given</a></td><td class=\"numeric\">1</td>"));
    // By self-description: one group is African-led, counted under its category, and hidden;
    // three have not answered (hidden too: fewer than 5). No group's answer is beside its name.
    assert!(
        text.contains("Black / African / Caribbean / Black British</a></td><td class=\"numeric\"><span class=\"secondary-text\">hidden"),
        "{text}"
    );
    assert!(text.contains("Not answered"));
    assert!(!text.contains("African</td>"), "no group's answer in the list");

    // Filtered by area: only that area's groups are listed.
    let sparkbrook = app.get(&format!("/manage/programmes/{programme}/missing?area=Sparkbrook+Ward")).await.text();
    assert!(sparkbrook.contains("2 groups in Sparkbrook Ward"), "{sparkbrook}");
    assert!(sparkbrook.contains("Group of draft@example.org") && !sparkbrook.contains("Northfield Elders"));
    let not_given = app.get(&format!("/manage/programmes/{programme}/missing?area=-")).await.text();
    assert!(not_given.contains("Quiet Voices") && !not_given.contains("Northfield Elders"));
    // A self-description counts by area; it never narrows the list of names.
    let described = app.get(&format!("/manage/programmes/{programme}/missing?described=DEI010100")).await.text();
    assert!(described.contains("Of these, &quot;Black / African / Caribbean / Black British&quot;"), "{described}");
    assert!(described.contains("Northfield Elders") && described.contains("Quiet Voices"));

    // Linked from the programme's page and the lead's dashboard.
    let overview = app.get(&format!("/manage/programmes/{programme}")).await.text();
    assert!(overview.contains(&format!("href=\"/manage/programmes/{programme}/missing\"")));
    let dashboard = app.get("/dashboard").await.text();
    assert!(dashboard.contains("4 groups on the portal have never applied"), "{dashboard}");

    // Quiet Voices lists a choir in the community directory, in Sparkbrook: a fundable
    // initiative, named under the group and counted in the area where it meets.
    let now = app.now();
    let choir = app
        .db(move |conn| {
            use smallgrants::directory::{actions, model, queries, rules};
            let categories = queries::categories(conn).unwrap();
            let input = rules::ListingInput {
                name: "Quiet choir".into(),
                description: "Singing for people who feel low.".into(),
                category_ids: vec![categories[0].id],
                schedule: model::Schedule::Weekly,
                weekday: Some(3),
                starts_at: "18:00".into(),
                ends_at: String::new(),
                schedule_note: String::new(),
                venue_name: "Sparkbrook hall".into(),
                address: String::new(),
                postcode: "B11 3AA".into(),
                online: false,
                by_phone: false,
                ages: String::new(),
                communities: String::new(),
                languages: String::new(),
                free: true,
                cost_note: String::new(),
                how_to_join: model::HowToJoin::DropIn,
                accessibility: String::new(),
                contact_name: String::new(),
                contact_email: "choir@example.org".into(),
                contact_phone: String::new(),
                website: String::new(),
                language: "en".into(),
            };
            let id = actions::add(conn, lead, quiet_voices, &input, now).unwrap();
            actions::set_status(conn, lead, id, model::ListingStatus::Approved, None, now).unwrap();
            id
        })
        .await;
    let listed = app.get(&format!("/manage/programmes/{programme}/missing")).await.text();
    assert!(listed.contains("1 of them lists what it runs in the community directory"), "{listed}");
    assert!(listed.contains(&format!(r#"<a href="/directory/{choir}">Quiet choir</a>"#)), "{listed}");
    assert!(listed.contains(">Sparkbrook Ward</a></td><td class=\"numeric\">3</td>"), "{listed}");
}

/// The invitation: a row, an audit event and an email to each member and to the group's
/// contact, in the group's language, with the round's link and who to contact; once only.
async fn a_group_is_invited_once_in_its_language(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let (group, _) = app.applicant_with_draft(&scheme, "draft@example.org").await;
    app.db(|conn| {
        diesel::update(people::table.filter(people::email.eq("draft@example.org")))
            .set(people::language.eq("pl"))
            .execute(conn)
            .unwrap();
    })
    .await;
    app.switch_to("lead@example.org").await;
    app.deliver_emails().await;
    let slug = app.round_slug(scheme.round_id).await;

    let page = app.get(&format!("/manage/programmes/{}/missing", scheme.programme_id)).await.text();
    assert!(page.contains(&format!("action=\"/manage/rounds/{}/invitations\"", scheme.round_id)));
    assert!(page.contains("Invite to apply"));

    let sent = invite(&app, scheme.round_id, group).await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let emails = app.deliver_emails().await;
    let invitations_sent: Vec<_> = emails.iter().filter(|e| e.kind == "round_invitation").collect();
    assert_eq!(invitations_sent.len(), 2, "the member and the group's contact: {emails:?}");
    let member = invitations_sent.iter().find(|e| e.to.contains("draft@example.org")).expect("to the member");
    assert!(member.subject.contains("Zapraszamy do złożenia wniosku"), "in Polish: {}", member.subject);
    assert!(member.text.contains(&format!("/rounds/{slug}")), "{}", member.text);
    assert!(member.text.contains("Riverside Fund round") && member.text.contains("osoby do kontaktu"));
    assert!(invitations_sent.iter().any(|e| e.to.contains("amina@example.org")), "the contact, who is not a member");
    assert_eq!(invitations(&app).await, 1);
    let events: i64 = app
        .db(|conn| {
            audit_events::table.filter(audit_events::action.eq("invited_to_round")).count().get_result(conn).unwrap()
        })
        .await;
    assert_eq!(events, 1);

    let after = app.get(&format!("/manage/programmes/{}/missing", scheme.programme_id)).await.text();
    let today = smallgrants::time::in_london(app.now()).format("%-d %B").to_string();
    assert!(after.contains(&format!("Invited on {today}")), "{after}");
    assert!(after.contains("has been invited"));

    // Again: nothing more is written or sent.
    let again = invite(&app, scheme.round_id, group).await;
    assert_eq!(again.status, 303);
    assert!(app.get("/dashboard").await.text().contains("was already invited to this round"));
    assert!(app.deliver_emails().await.iter().all(|e| e.kind != "round_invitation"));
    assert_eq!(invitations(&app).await, 1);
}

/// A lead sends at most 30 invitations an hour; the next is refused with a clear message and
/// nothing written, and allowed again an hour later.
async fn invitations_are_limited_each_hour(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let limit = smallgrants::outreach::rules::INVITATIONS_PER_LEAD_PER_HOUR;
    let mut groups = Vec::new();
    for n in 0..=limit {
        groups.push(group_in_database(&app, &format!("Group {n}"), "Riverside", "", scheme.lead_id).await);
    }
    for group in &groups[..limit] {
        assert_eq!(invite(&app, scheme.round_id, *group).await.status, 303);
    }
    let refused = invite(&app, scheme.round_id, groups[limit]).await;
    assert_eq!(refused.status, 429);
    assert!(refused.text().contains("You have sent 30 invitations in the last hour"), "{}", refused.text());
    assert_eq!(invitations(&app).await, limit as i64);

    app.advance(chrono::Duration::minutes(61));
    assert_eq!(invite(&app, scheme.round_id, groups[limit]).await.status, 303);
    assert_eq!(invitations(&app).await, limit as i64 + 1);
}

/// Another programme's lead sees nothing of this programme's groups and cannot invite to its
/// round; an applicant cannot either; a closed round takes no invitations.
async fn only_the_programmes_leads_may_invite(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let (group, _) = app.applicant_with_draft(&scheme, "draft@example.org").await;
    let applicant = app.get(&format!("/manage/programmes/{}/missing", scheme.programme_id)).await;
    assert!(matches!(applicant.status.as_u16(), 403 | 404), "{}", applicant.status);
    assert!(matches!(invite(&app, scheme.round_id, group).await.status.as_u16(), 403 | 404));

    let other = app.programme_with_round("Hillside Fund", "hill-lead@example.org").await;
    let page = app.get(&format!("/manage/programmes/{}/missing", scheme.programme_id)).await;
    assert!(matches!(page.status.as_u16(), 403 | 404), "{}", page.status);
    assert!(!page.text().contains("Group of draft@example.org"));
    assert!(matches!(invite(&app, scheme.round_id, group).await.status.as_u16(), 403 | 404));
    assert_eq!(invitations(&app).await, 0);
    // Its own round is fine for the group: the lead's own programme.
    assert_eq!(invite(&app, other.round_id, group).await.status, 303);
    assert_eq!(invitations(&app).await, 1);

    // Once the round has closed, no invitation.
    app.advance(chrono::Duration::days(29));
    app.switch_to("lead@example.org").await;
    assert_eq!(invite(&app, scheme.round_id, group).await.status, 409);
    assert_eq!(invitations(&app).await, 1);
}

on_both_databases!(
    the_lead_sees_who_has_never_applied,
    a_group_is_invited_once_in_its_language,
    invitations_are_limited_each_hour,
    only_the_programmes_leads_may_invite,
);
