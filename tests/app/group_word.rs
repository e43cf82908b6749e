//! The group's own word where a community connector helps it: a connector prepares everything,
//! but the bid is sent, and the offer accepted, only on the group's word: through a link
//! emailed to the group's contact, or on the phone, recorded with who spoke to whom and when.

use diesel::prelude::*;
use smallgrants::bids::BidState;
use smallgrants::db::schema::{audit_events, group_members, group_words};

use crate::common::TestApp;
use crate::common::people::{PASSWORD, link_in};
use crate::common::reviewing::SentRound;
use crate::common::setup::Scheme;
use crate::on_both_databases;

/// A connector (signed in at the end) with a group they set up for "Dev" (dev@example.org),
/// and a complete draft in the scheme's round: the connector, the group and the bid.
async fn connector_with_ready_draft(app: &TestApp, scheme: &Scheme) -> (smallgrants::accounts::Person, i64, i64) {
    let connector = app.person_in_database("Grace Connector", "grace@example.org", false).await;
    app.make_connector(scheme.programme_id, connector.id).await;
    app.clear_cookies();
    app.sign_in("grace@example.org", PASSWORD).await;
    let created = app
        .submit(
            "/groups/new",
            &[
                ("name", "Barbershop Talks"),
                ("kind", "unregistered"),
                ("contact_name", "Dev"),
                ("contact_email", "dev@example.org"),
                ("as_connector", "yes"),
            ],
        )
        .await;
    let group = TestApp::id_from_location(&created.location().unwrap());
    app.deliver_emails().await;
    let slug = app.round_slug(scheme.round_id).await;
    let bid = app.start_bid(&slug, group).await;
    app.complete_bid(bid, "Talking chairs", "1500").await;
    (connector, group, bid)
}

/// The group's words recorded for a bid: (purpose, channel, contact name, who asked or
/// recorded, given).
async fn words_of(app: &TestApp, bid: i64) -> Vec<(String, String, String, i64, bool)> {
    app.db(move |conn| {
        group_words::table
            .filter(group_words::bid_id.eq(bid))
            .order(group_words::id)
            .select((
                group_words::purpose,
                group_words::channel,
                group_words::contact_name,
                group_words::asked_by,
                group_words::given_at.is_not_null(),
            ))
            .load(conn)
            .unwrap()
    })
    .await
}

async fn audit_count(app: &TestApp, bid: i64, action: &'static str) -> i64 {
    app.db(move |conn| {
        audit_events::table
            .filter(audit_events::subject_id.eq(bid))
            .filter(audit_events::action.eq(action))
            .count()
            .get_result(conn)
            .unwrap()
    })
    .await
}

async fn a_connector_cannot_send_alone_and_the_contact_sends_by_the_emailed_link(app: TestApp) {
    let scheme = app.programme_with_round("Word Fund", "lead@example.org").await;
    let (connector, _, bid) = connector_with_ready_draft(&app, &scheme).await;

    // The check page asks for the group's word instead of offering to send.
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(check.contains("The group sends the bid") && check.contains("Email the link to send it"), "{check}");
    assert!(!check.contains(&format!("action=\"/bids/{bid}/submit\"")), "no way to send alone");
    let alone = app.submit(&format!("/bids/{bid}/submit"), &[]).await;
    assert_eq!(alone.status, 409);
    assert!(alone.text().contains("Only the group can send its bid"));
    assert_eq!(app.bid(bid).await.state, BidState::Draft);

    // Asked by email: the contact gets a link; the check page says it is out.
    let asked = app.submit(&format!("/bids/{bid}/word"), &[("purpose", "send"), ("how", "email")]).await;
    assert_eq!(asked.location().as_deref(), Some(format!("/bids/{bid}/check").as_str()));
    let emails = app.deliver_emails().await;
    let email = emails.iter().find(|e| e.kind == "group_word_send").expect("the contact is emailed");
    assert_eq!(email.to, "dev@example.org");
    assert!(email.text.contains("Grace Connector") && email.text.contains("Talking chairs"));
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(check.contains("A link was emailed to <strong>dev@example.org</strong>"), "{check}");
    assert_eq!(app.bid(bid).await.state, BidState::Draft, "asking sends nothing");

    // Someone else cannot ask about this bid.
    app.clear_cookies();
    app.signed_in_person("Mallory", "mallory@example.org").await;
    let other = app.submit(&format!("/bids/{bid}/word"), &[("purpose", "send"), ("how", "email")]).await;
    assert_eq!(other.status, 404);

    // The contact, with no account, reads the bid and sends it.
    app.clear_cookies();
    let link = link_in(&email.text, "http://localhost:8080/word/");
    let page = app.get(&link).await;
    assert_eq!(page.status, 200);
    let page = page.text();
    assert!(
        page.contains("Read your bid and send it") && page.contains("Talking chairs") && page.contains("Send our bid")
    );
    assert_eq!(app.get("/word/not-a-token").await.status, 404);
    assert_eq!(app.submit(&link, &[]).await.location().as_deref(), Some(link.as_str()));
    let sent = app.bid(bid).await;
    assert_eq!(sent.state, BidState::Submitted);
    assert_eq!(sent.assisted_by, Some(connector.id));
    let page = app.get(&link).await.text();
    assert!(page.contains(&format!("Your bid is sent. Its reference is {}", sent.reference.clone().unwrap())));
    assert_eq!(words_of(&app, bid).await, vec![("send".into(), "email".into(), "Dev".into(), connector.id, true)]);
    assert_eq!(audit_count(&app, bid, "group_word_given").await, 1);

    // Used again: nothing more happens, one receipt.
    assert_eq!(app.submit(&link, &[]).await.status, 303);
    let receipts = app.deliver_emails().await.into_iter().filter(|e| e.kind == "bid_received").count();
    assert_eq!(receipts, 1);
    assert_eq!(audit_count(&app, bid, "submitted").await, 1);
}

async fn a_phone_yes_is_recorded_with_who_and_when_and_the_contact_gets_a_copy(app: TestApp) {
    let scheme = app.programme_with_round("Phone Word Fund", "lead@example.org").await;
    let (connector, _, bid) = connector_with_ready_draft(&app, &scheme).await;
    let word = format!("/bids/{bid}/word");

    let nameless = app.submit(&word, &[("purpose", "send"), ("how", "phone"), ("spoke_with", "  ")]).await;
    assert_eq!(nameless.status, 422);
    let page = nameless.text();
    assert!(
        page.contains("There is a problem") && page.contains("Enter the name of the person who said yes"),
        "{page}"
    );
    assert_eq!(app.bid(bid).await.state, BidState::Draft, "nothing sent");
    assert!(words_of(&app, bid).await.is_empty(), "nothing recorded");

    let before = app.now();
    let sent = app.submit(&word, &[("purpose", "send"), ("how", "phone"), ("spoke_with", "Dev Patel")]).await;
    assert_eq!(sent.location().as_deref(), Some(format!("/bids/{bid}/sent").as_str()));
    assert_eq!(app.bid(bid).await.state, BidState::Submitted);
    assert_eq!(
        words_of(&app, bid).await,
        vec![("send".into(), "phone".into(), "Dev Patel".into(), connector.id, true)],
        "who the connector spoke to, recorded by the connector"
    );
    let when = app
        .db(move |conn| {
            group_words::table
                .filter(group_words::bid_id.eq(bid))
                .select(group_words::given_at)
                .first::<Option<chrono::NaiveDateTime>>(conn)
                .unwrap()
        })
        .await
        .unwrap();
    // PostgreSQL keeps microseconds.
    assert!(
        (when - before).abs() < chrono::Duration::milliseconds(1),
        "when: the moment it was recorded, by the portal's clock"
    );
    let emails = app.deliver_emails().await;
    let copy = emails.iter().find(|e| e.kind == "confirm_assisted_bid").expect("the contact gets the bid to check");
    assert_eq!(copy.to, "dev@example.org");
}

/// An awarded bid whose group a connector now helps: the connector (signed in at the end), the
/// bid, and the group's contact's address.
async fn connector_on_awarded_bids(
    app: &TestApp,
    count: usize,
) -> (smallgrants::accounts::Person, Vec<i64>, SentRound) {
    let round = app.round_with_awards("Word Offer Fund", count, "2000").await;
    let connector = app.person_in_database("Grace Connector", "grace@example.org", false).await;
    app.make_connector(round.scheme.programme_id, connector.id).await;
    for bid in round.bids.clone() {
        let group = app.bid(bid).await.group_id;
        let person = connector.id;
        app.db(move |conn| {
            diesel::insert_into(group_members::table)
                .values((
                    group_members::group_id.eq(group),
                    group_members::person_id.eq(person),
                    group_members::is_connector.eq(true),
                    group_members::added_at.eq(smallgrants::time::now()),
                ))
                .execute(conn)
                .unwrap()
        })
        .await;
    }
    app.switch_to("grace@example.org").await;
    let bids = round.bids.clone();
    (connector, bids, round)
}

async fn the_contact_accepts_an_offer_by_the_emailed_link(app: TestApp) {
    let (connector, bids, round) = connector_on_awarded_bids(&app, 1).await;
    let bid = bids[0];
    let member = TestApp::applicant_email(&round, 0);

    let page = app.get(&format!("/bids/{bid}")).await.text();
    assert!(page.contains("The group accepts the offer") && page.contains("Email the link to accept it"), "{page}");
    assert!(!page.contains(&format!("action=\"/bids/{bid}/accept\"")), "the connector has no form to accept alone");
    let alone =
        app.submit(&format!("/bids/{bid}/accept"), &[("accepted_name", "G"), ("agree", "yes"), ("public", "no")]).await;
    assert_eq!(alone.status, 409, "a connector cannot accept alone");

    let asked = app.submit(&format!("/bids/{bid}/word"), &[("purpose", "accept"), ("how", "email")]).await;
    assert_eq!(asked.location().as_deref(), Some(format!("/bids/{bid}").as_str()));
    let emails = app.deliver_emails().await;
    let email = emails.iter().find(|e| e.kind == "group_word_accept").expect("the contact is emailed");
    let group = app.bid(bid).await.group_id;
    let group = app.db(move |conn| smallgrants::groups::queries::find(conn, group).unwrap().unwrap()).await;
    assert_eq!(email.to, group.contact_email, "to the group's contact");

    // A member who is not a connector acts for themselves, not through this.
    app.switch_to(&member).await;
    let by_member = app.submit(&format!("/bids/{bid}/word"), &[("purpose", "accept"), ("how", "email")]).await;
    assert_eq!(by_member.status, 403);

    app.clear_cookies();
    let link = link_in(&email.text, "http://localhost:8080/word/");
    let page = app.get(&link).await.text();
    assert!(page.contains("Your grant offer") && page.contains("You have been offered £2,000"), "{page}");
    let incomplete = app.submit(&link, &[("accepted_name", "Amina Rahman")]).await;
    assert_eq!(incomplete.status, 422);
    let incomplete = incomplete.text();
    assert!(incomplete.contains("Confirm the group agrees") && incomplete.contains(r#"value="Amina Rahman""#));
    assert_eq!(app.bid(bid).await.state, BidState::Awarded, "nothing saved");

    let accepted = app.submit(&link, &[("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")]).await;
    assert_eq!(accepted.location().as_deref(), Some(link.as_str()));
    assert_eq!(app.bid(bid).await.state, BidState::Active);
    let award = app.db(move |conn| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap()).await;
    assert_eq!(award.accepted_name, "Amina Rahman");
    assert!(award.public_consent);
    assert!(app.get(&link).await.text().contains("Your group has accepted the offer"));
    let words = words_of(&app, bid).await;
    assert_eq!(words.len(), 1);
    assert_eq!(
        (words[0].0.as_str(), words[0].1.as_str(), words[0].3, words[0].4),
        ("accept", "email", connector.id, true)
    );
    assert_eq!(app.submit(&link, &[("accepted_name", "X"), ("agree", "yes"), ("public", "no")]).await.status, 303);
    let told = app.deliver_emails().await.into_iter().filter(|e| e.kind == "offer_accepted").count();
    assert_eq!(told, 1, "accepted once");
}

async fn a_connector_records_an_offer_accepted_on_the_phone(app: TestApp) {
    let (connector, bids, _) = connector_on_awarded_bids(&app, 1).await;
    let bid = bids[0];
    let word = format!("/bids/{bid}/word");
    let missing =
        app.submit(&word, &[("purpose", "accept"), ("how", "phone"), ("accepted_name", "Amina Rahman")]).await;
    assert_eq!(missing.status, 422);
    let page = missing.text();
    assert!(page.contains("Enter the name of the person who said yes") && page.contains("Confirm the group agrees"));
    assert!(page.contains(r#"value="Amina Rahman""#), "what was typed is kept");
    assert_eq!(app.bid(bid).await.state, BidState::Awarded);

    let accepted = app
        .submit(
            &word,
            &[
                ("purpose", "accept"),
                ("how", "phone"),
                ("spoke_with", "Amina Rahman"),
                ("accepted_name", "Amina Rahman"),
                ("agree", "yes"),
                ("public", "no"),
            ],
        )
        .await;
    assert_eq!(accepted.location().as_deref(), Some(format!("/bids/{bid}").as_str()));
    assert_eq!(app.bid(bid).await.state, BidState::Active);
    assert_eq!(
        words_of(&app, bid).await,
        vec![("accept".into(), "phone".into(), "Amina Rahman".into(), connector.id, true)]
    );
    assert_eq!(audit_count(&app, bid, "offer_accepted").await, 1);
}

/// A group with no one online accepts on the phone to the lead: recorded as the group's word,
/// with who the lead spoke to; another programme's lead cannot.
async fn a_lead_records_an_offer_accepted_on_the_phone(app: TestApp) {
    let round = app.round_with_awards("Lead Phone Fund", 1, "2000").await;
    let bid = round.bids[0];
    let lead = app.cookie_jar();
    let page = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(page.contains("The group accepted on the phone") && page.contains("accept-by-phone"), "{page}");
    let path = format!("/manage/bids/{bid}/accept-by-phone");
    let missing = app.submit(&path, &[("accepted_name", "Amina Rahman"), ("public", "no")]).await;
    assert_eq!(missing.status, 422);
    let text = missing.text();
    assert!(text.contains("Enter the name of the person who said yes") && text.contains("Confirm the group agrees"));
    assert!(
        text.contains(r#"value="Amina Rahman""#) && text.contains("<details class=\"details\" open"),
        "kept, and open"
    );
    assert_eq!(app.bid(bid).await.state, BidState::Awarded);

    app.clear_cookies();
    app.programme_with_round("Other Lead Fund", "other-lead@example.org").await;
    let full = [("spoke_with", "Amina Rahman"), ("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "no")];
    assert_eq!(app.submit(&path, &full).await.status, 403, "another programme's lead");
    assert_eq!(app.bid(bid).await.state, BidState::Awarded);

    app.set_cookie_jar(lead);
    let accepted = app.submit(&path, &full).await;
    assert_eq!(accepted.location().as_deref(), Some(format!("/manage/bids/{bid}").as_str()));
    assert_eq!(app.bid(bid).await.state, BidState::Active);
    let words = words_of(&app, bid).await;
    assert_eq!(words.len(), 1);
    assert_eq!(
        (words[0].0.as_str(), words[0].1.as_str(), words[0].2.as_str(), words[0].4),
        ("accept", "phone", "Amina Rahman", true)
    );
    let award = app.db(move |conn| smallgrants::grants::queries::award_of(conn, bid).unwrap().unwrap()).await;
    assert_eq!(award.accepted_name, "Amina Rahman");
    assert!(!award.public_consent);
}

async fn asking_by_email_is_limited_like_every_email(app: TestApp) {
    let scheme = app.programme_with_round("Limited Word Fund", "lead@example.org").await;
    let (_, _, bid) = connector_with_ready_draft(&app, &scheme).await;
    for _ in 0..6 {
        app.submit(&format!("/bids/{bid}/word"), &[("purpose", "send"), ("how", "email")]).await;
    }
    let sent = app.deliver_emails().await.into_iter().filter(|e| e.kind == "group_word_send").count();
    assert_eq!(sent, smallgrants::accounts::throttle::EMAILS_PER_ADDRESS_PER_HOUR);
    let page = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(
        page.contains("We have sent several emails to this address in the last hour"),
        "why nothing was sent: {page}"
    );
}

on_both_databases!(
    a_connector_cannot_send_alone_and_the_contact_sends_by_the_emailed_link,
    a_phone_yes_is_recorded_with_who_and_when_and_the_contact_gets_a_copy,
    the_contact_accepts_an_offer_by_the_emailed_link,
    a_connector_records_an_offer_accepted_on_the_phone,
    a_lead_records_an_offer_accepted_on_the_phone,
    asking_by_email_is_limited_like_every_email,
);
