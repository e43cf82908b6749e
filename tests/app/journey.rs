//! The applicant's journey, screen by screen: the way in from the home page and the round, a
//! group made on the way going straight into its bid, saving a part as far as it goes, the case
//! page's recording button keeping what was typed, and what "Bid sent" offers.

use smallgrants::bids::BidState;

use crate::common::TestApp;
use crate::on_both_databases;

/// The text of the one-off message shown at the top of a page.
fn notice(page: &str) -> String {
    let Some((_, after)) = page.split_once("class=\"notification-banner\"") else { return String::new() };
    after.split("</p>").next().unwrap_or_default().to_string()
}

async fn a_new_group_goes_from_the_round_into_its_bid_with_nothing_to_choose(app: TestApp) {
    let scheme = app.programme_with_round("Journey Fund", "lead@example.org").await;
    let slug = app.round_slug(scheme.round_id).await;
    app.clear_cookies();
    // Signed out: the home page's card and the round page (top and foot) offer a way in.
    let home = app.get("/").await.text();
    assert!(home.contains(&format!("href=\"/rounds/{slug}/bids/new\"")), "the card has a start button");
    let round = app.get(&format!("/rounds/{slug}")).await.text();
    assert_eq!(round.matches(&format!("href=\"/rounds/{slug}/bids/new\"")).count(), 2, "top and foot");
    // The sign-in page it leads to lets a new person begin with a name and an email address.
    let sign_in = app.get(&format!("/login?next=%2Frounds%2F{slug}%2Fbids%2Fnew")).await.text();
    assert!(sign_in.contains("New here?") && sign_in.contains("action=\"/register\""), "{sign_in}");
    assert!(sign_in.contains(&format!("name=\"next\" value=\"/rounds/{slug}/bids/new\"")));

    app.signed_in_person("Amina", "amina@example.org").await;
    let made = app
        .submit(
            &format!("/groups/new?next=%2Frounds%2F{slug}%2Fbids%2Fnew"),
            &[
                ("name", "Sparkbrook Sisters"),
                ("kind", "faith"),
                ("area", "Sparkbrook"),
                ("postcode", "b11 1aa"),
                ("contact_name", "Amina"),
                ("contact_email", "amina@example.org"),
            ],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.text());
    let location = made.location().unwrap();
    assert!(location.starts_with("/bids/") && location.ends_with("/money"), "straight into the bid: {location}");
    let bid_id: i64 = location.trim_start_matches("/bids/").trim_end_matches("/money").parse().unwrap();
    assert_eq!(app.bid(bid_id).await.state, BidState::Draft);

    // With one group, "Start a bid" is a button that opens the draft at once.
    let round = app.get(&format!("/rounds/{slug}")).await.text();
    assert!(round.contains("name=\"group_id\""), "a form for the one group");
    let again = app.submit(&format!("/rounds/{slug}/bids/new"), &[("group_id", &bid_group(&app, bid_id).await)]).await;
    assert_eq!(again.location(), Some(format!("/bids/{bid_id}")), "the same draft, at its task list");
}
on_both_databases!(a_new_group_goes_from_the_round_into_its_bid_with_nothing_to_choose);

/// The link that finishes registering on the way to a bid opens the group form: saving the
/// group uses the link (making the account), and the bid starts. A form with problems leaves
/// the link unused; an address that already has an account gets the plain sign-in page.
async fn the_emailed_link_opens_the_group_form_and_saving_it_starts_the_bid(app: TestApp) {
    let scheme = app.programme_with_round("Link Fund", "lead@example.org").await;
    let slug = app.round_slug(scheme.round_id).await;
    app.clear_cookies();
    let next = format!("/rounds/{slug}/bids/new");
    let asked =
        app.submit("/register", &[("name", "Amina Rahman"), ("email", "amina@example.org"), ("next", &next)]).await;
    assert_eq!(asked.status, 200);
    let link = app.queued_sign_in_link("amina@example.org").await;
    let page = app.get(&link).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Welcome. Now tell us about your group"), "{text}");
    assert!(text.contains(&format!("action=\"{link}/group\"")));
    assert!(
        text.contains("value=\"Amina Rahman\"") && text.contains("value=\"amina@example.org\""),
        "the contact is filled in"
    );
    assert_eq!(app.get("/dashboard").await.status, 303, "opening the link signs nobody in");

    let bad = app.submit(&format!("{link}/group"), &[("kind", "faith"), ("area", "Sparkbrook")]).await;
    assert_eq!(bad.status, 422);
    let text = bad.text();
    assert!(text.contains("There is a problem") && text.contains("value=\"Sparkbrook\""), "what was typed is kept");
    assert_eq!(app.get(&link).await.status, 200, "the link still works");

    let made = app
        .submit(
            &format!("{link}/group"),
            &[
                ("name", "Sparkbrook Sisters"),
                ("kind", "faith"),
                ("area", "Sparkbrook"),
                ("contact_name", "Amina Rahman"),
                ("contact_email", "amina@example.org"),
            ],
        )
        .await;
    let location = made.location().unwrap();
    assert!(location.starts_with("/bids/") && location.ends_with("/money"), "into the bid: {location}");
    let bid = TestApp::id_from_location(location.trim_end_matches("/money"));
    assert_eq!(app.bid(bid).await.state, BidState::Draft);
    let money = app.get(&location).await.text();
    assert!(
        notice(&money).contains("Welcome, Amina Rahman. Your account is ready and Sparkbrook Sisters has been added.")
    );
    assert_eq!(app.get(&link).await.status, 410, "the link is used");
    assert_eq!(
        app.submit(&format!("{link}/group"), &[("name", "Again"), ("kind", "faith"), ("area", "X")]).await.status,
        410
    );

    // An address with an account: the same "check your email", and a link to sign in.
    app.clear_cookies();
    app.submit("/register", &[("name", "Someone"), ("email", "amina@example.org"), ("next", &next)]).await;
    let sign_in = app.queued_sign_in_link("amina@example.org").await;
    let text = app.get(&sign_in).await.text();
    assert!(!text.contains("tell us about your group") && text.contains(&format!("action=\"{sign_in}\"")), "{text}");
}
on_both_databases!(the_emailed_link_opens_the_group_form_and_saving_it_starts_the_bid);

/// Forms opened while the round was open and sent after it closed: starting a bid says the
/// round has closed (409, no bid), a part saved keeps what was typed, and nothing fails.
async fn a_stale_form_after_the_round_closed_is_answered_clearly(app: TestApp) {
    let scheme = app.programme_with_round("Stale Fund", "lead@example.org").await;
    let slug = app.round_slug(scheme.round_id).await;
    let (group, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    app.advance(chrono::Duration::days(29));
    app.sign_in("amina@example.org", crate::common::people::PASSWORD).await;
    let before = app.footprint().await;
    let start = app.submit(&format!("/rounds/{slug}/bids/new"), &[("group_id", &group.to_string())]).await;
    assert_eq!(start.status, 409);
    assert!(start.text().contains("closed on"), "{}", start.text());
    app.footprint().await.assert_unchanged_since(&before, "no bid started after the close");
    let fields = [("title", "Walk and talk later"), ("summary", "S"), ("amount_requested", "1000"), ("purpose", "P")];
    let saved = app.save_bid_part(bid, "money", &fields).await;
    // What was typed is kept (the group may want its words), and the page says it can no
    // longer be sent.
    assert_eq!(saved.status, 303, "{}", saved.text());
    let kept = app.bid(bid).await;
    assert_eq!((kept.state, kept.title.as_str()), (BidState::Draft, "Walk and talk later"));
    assert!(app.get(&format!("/bids/{bid}")).await.text().contains("closed on"));
    let send = app.submit(&format!("/bids/{bid}/submit"), &[]).await;
    assert_eq!(send.status, 422);
    assert!(send.text().contains("This round closed on"));
}
on_both_databases!(a_stale_form_after_the_round_closed_is_answered_clearly);

async fn bid_group(app: &TestApp, bid_id: i64) -> String {
    app.bid(bid_id).await.group_id.to_string()
}

async fn saving_for_later_keeps_every_good_answer_and_says_what_is_missing(app: TestApp) {
    let scheme = app.programme_with_round("Later Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let saved = app
        .save_bid_part(
            bid,
            "money",
            &[("title", "Tea and talk"), ("summary", ""), ("amount_requested", ""), ("purpose", ""), ("then", "later")],
        )
        .await;
    assert_eq!(saved.location(), Some(format!("/bids/{bid}")));
    let stored = app.bid(bid).await;
    assert_eq!(
        (stored.title.as_str(), stored.amount_requested_pence),
        ("Tea and talk", None),
        "kept as far as it goes"
    );
    let tasks = app.get(&format!("/bids/{bid}")).await.text();
    assert!(
        notice(&tasks).contains(
            "Saved. Before you send the bid, add: a one-line summary, how much you are asking for, what the money will pay for."
        ),
        "{}",
        notice(&tasks)
    );

    let before = app.footprint().await.only(&["bids"]);
    let wrong =
        app.save_bid_part(bid, "money", &[("title", "Tea"), ("amount_requested", "lots"), ("then", "later")]).await;
    assert_eq!(wrong.status, 422, "an answer that is there but wrong is said at its field");
    assert!(wrong.text().contains("value=\"lots\""), "and kept as typed");
    app.footprint().await.only(&["bids"]).assert_unchanged_since(&before, "nothing saved half-way");

    let empty = app
        .save_bid_part(
            bid,
            "case",
            &[("video_url", ""), ("need", ""), ("reach", ""), ("impact", ""), ("then", "continue")],
        )
        .await;
    assert_eq!(empty.location(), Some(format!("/bids/{bid}/check")), "on to checking the answers");
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(notice(&check).contains("Nothing was entered on that page, so nothing was saved."), "{}", notice(&check));

    // "Upload or record" on the case page saves what was typed before going.
    let to_recording = app.save_bid_part(bid, "case", &[("need", "Isolated older women"), ("then", "recording")]).await;
    assert_eq!(to_recording.location(), Some(format!("/bids/{bid}/recording")));
    assert_eq!(app.bid(bid).await.need, "Isolated older women", "typed words survive the trip to the recording");
}
on_both_databases!(saving_for_later_keeps_every_good_answer_and_says_what_is_missing);

async fn bid_sent_offers_the_equality_questions_once(app: TestApp) {
    let scheme = app.programme_with_round("Sent Fund", "lead@example.org").await;
    let (group, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    assert_eq!(app.submit(&format!("/bids/{bid}/submit"), &[]).await.status, 303);
    let sent = app.get(&format!("/bids/{bid}/sent")).await.text();
    assert!(sent.contains(&format!("href=\"/groups/{group}/equality\"")), "offered, optional");
    assert!(sent.contains("never shown to the panel"), "with why we ask");
    let answered = app
        .submit(
            &format!("/groups/{group}/equality"),
            &[("leadership_status", "prefer_not_to_say"), ("beneficiaries_status", "prefer_not_to_say")],
        )
        .await;
    assert_eq!(answered.status, 303, "{}", answered.text());
    let sent = app.get(&format!("/bids/{bid}/sent")).await.text();
    assert!(!sent.contains(&format!("href=\"/groups/{group}/equality\"")), "asked once: not again once answered");
}
on_both_databases!(bid_sent_offers_the_equality_questions_once);

async fn a_video_tells_the_parts_the_group_says_it_does(app: TestApp) {
    let scheme = app.programme_with_round("Video Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    // applicant_with_draft told the case by a YouTube link and nothing else.
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert_eq!(check.matches("Told in the video").count(), 3, "need, reach and impact");
    assert!(!check.contains("Not answered"), "no row looks forgotten");
    assert!(!check.contains(">Recording<"), "no empty recording row beside the video");

    let saved = app
        .save_bid_part(
            bid,
            "case",
            &[
                ("video_url", "https://youtu.be/dQw4w9WgXcQ"),
                ("covers_asked", "yes"),
                ("covers_need", "yes"),
                ("covers_reach", "yes"),
                ("then", "continue"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert_eq!(check.matches("Told in the video").count(), 2);
    assert!(check.contains("Not answered"), "impact is now for the group to write");
    assert!(
        notice(&check).contains(
            "Before you send the bid, add: a video, a recording or a few words for each of need, reach and impact"
        ),
        "{}",
        notice(&check)
    );
    let refused = app.submit(&format!("/bids/{bid}/submit"), &[]).await;
    assert_ne!(refused.status, 303, "the case is not yet told");

    for (link, expected) in [
        ("https://www.facebook.com/watch/?v=123", "The panel will watch your video on Facebook"),
        ("https://example.com/not-a-video", "We do not recognise this website as a video site"),
    ] {
        let saved = app.save_bid_part(bid, "case", &[("video_url", link), ("then", "later")]).await;
        assert_eq!(saved.status, 303, "any https link is kept");
        let check = app.get(&format!("/bids/{bid}/check")).await.text();
        assert!(check.contains(expected), "{link}: told before sending");
        assert!(!check.contains("<iframe"), "{link}: not embedded");
    }
    // A Google Drive file plays on the page, in Drive's own preview, and the group is asked to
    // check it is shared with anyone who has the link.
    let drive = "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view?usp=sharing";
    assert_eq!(app.save_bid_part(bid, "case", &[("video_url", drive), ("then", "later")]).await.status, 303);
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(
        check.contains("src=\"https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/preview\""),
        "{check}"
    );
    assert!(check.contains("Check it is shared with"));
}
on_both_databases!(a_video_tells_the_parts_the_group_says_it_does);
