//! Light-touch bids: a group applies by video, recording or a few words; bad input, double
//! clicks, late sending, other people's ids and ended sessions are all handled.

use smallgrants::bids::BidState;

use crate::common::TestApp;
use crate::common::applying::mp4_bytes;
use crate::common::people::{PASSWORD, link_in};
use crate::on_both_databases;

async fn a_new_group_applies_by_video_link_and_gets_a_reference_and_receipt(app: TestApp) {
    let scheme = app.programme_with_round("Video Fund", "lead@example.org").await;
    app.clear_cookies();
    app.signed_in_person("Amina Khan", "amina@example.org").await;
    app.deliver_emails().await;

    let slug = app.round_slug(scheme.round_id).await;
    let start = app.get(&format!("/rounds/{slug}/bids/new")).await.text();
    assert!(start.contains("First, tell us about your group"));
    let group = app.create_group("Hope Circle").await;
    let bid = app.start_bid(&slug, group).await;
    let tasks = app.get(&format!("/bids/{bid}")).await.text();
    assert!(tasks.contains("About the money") && tasks.contains("Not started"));
    assert!(tasks.contains("Cannot start yet"), "sending waits until the parts are done");

    let money = app
        .save_bid_part(
            bid,
            "money",
            &[
                ("title", "Walk and talk"),
                ("summary", "Weekly walks for men"),
                ("amount_requested", "£2,500"),
                ("purpose", "A walk leader"),
                ("then", "continue"),
            ],
        )
        .await;
    assert_eq!(
        money.location().as_deref(),
        Some(format!("/bids/{bid}/case").as_str()),
        "save and continue goes to the next part"
    );
    let case =
        app.save_bid_part(bid, "case", &[("video_url", "https://youtu.be/dQw4w9WgXcQ"), ("then", "later")]).await;
    assert_eq!(
        case.location().as_deref(),
        Some(format!("/bids/{bid}").as_str()),
        "save and come back later goes to the task list"
    );

    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(check.contains("Check your answers before sending your bid"));
    assert!(
        check.contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        "the video is shown as the panel will see it"
    );
    assert!(check.contains("£2,500"));
    let sent = app.submit(&format!("/bids/{bid}/submit"), &[]).await;
    assert_eq!(sent.location().as_deref(), Some(format!("/bids/{bid}/sent").as_str()));
    let confirmation = app.get(&format!("/bids/{bid}/sent")).await.text();
    let year = smallgrants::time::in_london(app.now()).format("%Y").to_string();
    assert!(confirmation.contains(&format!("SG-{year}-0001")), "{confirmation}");
    let receipt = app.deliver_emails().await;
    assert_eq!(receipt.len(), 1);
    assert_eq!(receipt[0].subject, format!("We have your bid SG-{year}-0001"));
    assert!(receipt[0].text.contains("Hope Circle"));

    let summary = app.get(&format!("/bids/{bid}")).await.text();
    assert!(summary.contains("Sent") && summary.contains("Amina Khan sent the bid."), "history in plain words");
    let stored = app.bid(bid).await;
    assert_eq!(stored.state, BidState::Submitted);
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "bid", bid).unwrap()).await;
    assert!(events.iter().any(|e| e.action == "submitted"
        && e.from_state.as_deref() == Some("draft")
        && e.to_state.as_deref() == Some("submitted")));
    let round = app.db(move |conn| smallgrants::rounds::queries::find(conn, scheme.round_id).unwrap().unwrap()).await;
    assert!(round.criteria_frozen(), "the round's criteria froze with the first bid");
    assert!(app.get(&format!("/rounds/{slug}")).await.text().contains("Bids so far"), "the tracker counts it");

    let before = app.footprint().await;
    let edit = app
        .save_bid_part(
            bid,
            "money",
            &[("title", "Changed"), ("summary", "x"), ("amount_requested", "1000"), ("purpose", "x")],
        )
        .await;
    assert_eq!(edit.status, 409, "a sent bid cannot be edited");
    assert!(edit.text().contains("cannot be changed"));
    assert_eq!(app.get(&format!("/bids/{bid}/money")).await.status, 409);
    app.footprint().await.assert_unchanged_since(&before, "a refused edit of a sent bid saves nothing");
    assert_eq!(app.bid(bid).await.title, "Walk and talk");
}

/// A form without a usable `version` (missing, not a number) is an edit conflict, never a
/// save that skips the check.
async fn a_missing_or_garbled_version_is_an_edit_conflict(app: TestApp) {
    let scheme = app.programme_with_round("Version Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let stored = app.bid(bid).await;
    let fields = [("title", "Overwritten"), ("summary", "S"), ("amount_requested", "1000"), ("purpose", "P")];
    for version in [None, Some(""), Some("abc"), Some("1e9")] {
        let mut sent = fields.to_vec();
        if let Some(version) = version {
            sent.push(("version", version));
        }
        let response = app.submit(&format!("/bids/{bid}/money"), &sent).await;
        assert_eq!(response.status, 409, "version {version:?}");
        assert!(response.text().contains("Someone else saved this part"), "version {version:?}");
        assert!(response.text().contains("value=\"Overwritten\""), "what was typed is kept");
    }
    let after = app.bid(bid).await;
    assert_eq!((after.title, after.version), (stored.title, stored.version), "nothing was saved");
}

/// One-line fields refuse control characters at the field; text areas keep line breaks.
async fn control_characters_are_refused_at_the_field(app: TestApp) {
    let scheme = app.programme_with_round("Control Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let before = app.footprint().await;
    for title in ["Null\u{0}byte", "Two\r\nlines", "Tab\there"] {
        let response = app
            .save_bid_part(
                bid,
                "money",
                &[("title", title), ("summary", "S"), ("amount_requested", "1000"), ("purpose", "P")],
            )
            .await;
        assert_eq!(response.status, 422, "{title:?}");
        assert!(response.text().contains("must be on one line"), "{title:?}");
    }
    let response = app
        .save_bid_part(
            bid,
            "money",
            &[("title", "T"), ("summary", "S"), ("amount_requested", "1000"), ("purpose", "a null \u{0} here")],
        )
        .await;
    assert_eq!(response.status, 422);
    assert!(response.text().contains("hidden control character"));
    app.footprint().await.assert_unchanged_since(&before, "nothing saved");
    let saved = app
        .save_bid_part(
            bid,
            "money",
            &[("title", "T"), ("summary", "S"), ("amount_requested", "1000"), ("purpose", "one\r\ntwo")],
        )
        .await;
    assert_eq!(saved.status, 303);
    assert_eq!(app.bid(bid).await.purpose, "one\ntwo", "line endings normalised");
}

async fn bad_amounts_and_video_links_are_refused_at_their_fields(app: TestApp) {
    let scheme = app.programme_with_round("Checks Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let version = app.bid(bid).await.version;
    for (amount, message) in [
        ("£50", "Ask for between £500 and £5,000"),
        ("9000", "Ask for between £500 and £5,000"),
        ("two thousand", "Enter an amount in pounds"),
        ("12.345", "no more than 2 numbers after the decimal point"),
    ] {
        let response = app
            .save_bid_part(
                bid,
                "money",
                &[("title", "T"), ("summary", "S"), ("amount_requested", amount), ("purpose", "P")],
            )
            .await;
        assert_eq!(response.status, 422, "{amount}");
        let page = response.text();
        assert!(page.contains(message), "{amount}: {page}");
        assert!(page.contains(&format!("value=\"{}\"", amount.trim_start_matches('£'))), "input kept");
    }
    for (link, message) in [
        ("javascript:alert(1)", "Enter a web address for your video"),
        ("http://youtu.be/dQw4w9WgXcQ", "must start with https://"),
        ("my video", "Enter a web address for your video"),
    ] {
        let response = app.save_bid_part(bid, "case", &[("video_url", link), ("need", "kept words")]).await;
        assert_eq!(response.status, 422, "{link}");
        assert!(response.text().contains(message), "{link}");
        assert!(response.text().contains("kept words"), "the other answers are kept");
    }
    assert_eq!(app.bid(bid).await.version, version, "nothing was saved");
}

async fn a_group_can_apply_with_an_uploaded_recording_that_streams_back(app: TestApp) {
    let scheme = app.programme_with_round("Recording Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    app.save_bid_part(bid, "case", &[("video_url", ""), ("then", "later")]).await;
    assert!(
        app.get(&format!("/bids/{bid}")).await.text().contains("Not started"),
        "no video, no words: the case is not told"
    );

    let form = app.get(&format!("/bids/{bid}/recording")).await.text();
    assert!(form.contains("accept=\"video/*,audio/*\"") && form.contains("capture=\"user\""), "phones open the camera");
    let recording = mp4_bytes(300_000);
    let uploaded =
        app.upload(&format!("/bids/{bid}/recording"), "recording", "our story.mp4", "video/mp4", &recording).await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.text());
    let files = app.db(move |conn| smallgrants::bids::queries::files_of(conn, bid).unwrap()).await;
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].content_type, "video/mp4");
    assert_eq!(files[0].filename, "our story.mp4");
    assert!(
        files[0].storage_key.starts_with("recordings/") && !files[0].storage_key.contains("story"),
        "random keys, not names"
    );

    let path = format!("/bids/{bid}/files/{}", files[0].id);
    let whole = app.get(&path).await;
    assert_eq!(whole.status, 200);
    assert_eq!(whole.body.len(), 300_000);
    let range = app
        .send(
            actix_web::test::TestRequest::get()
                .uri(&path)
                .insert_header(("Range", "bytes=0-99"))
                .insert_header(("Accept-Encoding", "gzip, br")),
        )
        .await;
    assert_eq!(range.status, 206);
    assert_eq!(range.body, recording[..100], "a range of the file itself, never compressed");
    assert_eq!(range.header("content-encoding").as_deref(), Some("identity"));

    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(
        check.contains(&format!("<video class=\"recording\" controls preload=\"metadata\" playsinline src=\"{path}\""))
    );
    assert_eq!(app.submit(&format!("/bids/{bid}/submit"), &[]).await.status, 303, "a recording tells the case");

    let replaced =
        app.upload(&format!("/bids/{bid}/recording"), "recording", "again.mp4", "video/mp4", &recording).await;
    assert_eq!(replaced.status, 409, "a sent bid takes no new files");
}

async fn uploads_that_are_too_big_or_not_what_they_claim_are_refused(app: TestApp) {
    let scheme = app.programme_with_round("Upload Checks", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let before = app.footprint().await;
    let fake_pdf = app
        .upload(
            &format!("/bids/{bid}/files"),
            "attachment",
            "plan.pdf",
            "application/pdf",
            b"<html><script>alert(1)</script></html>",
        )
        .await;
    assert_eq!(fake_pdf.status, 422);
    assert!(fake_pdf.text().contains("its contents must match"));
    let text_recording =
        app.upload(&format!("/bids/{bid}/recording"), "recording", "video.mp4", "video/mp4", &vec![b'a'; 5000]).await;
    assert_eq!(text_recording.status, 422);
    assert!(text_recording.text().contains("must be a video or audio recording"));
    let empty = app.upload(&format!("/bids/{bid}/files"), "attachment", "", "application/octet-stream", b"").await;
    assert_eq!(empty.status, 422);
    assert!(empty.text().contains("Choose a file to add"));
    app.footprint().await.assert_unchanged_since(&before, "refused uploads store nothing");
    let real_pdf = app
        .upload(
            &format!("/bids/{bid}/files"),
            "attachment",
            "../docs/plan.pdf",
            "application/pdf",
            b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
        )
        .await;
    assert_eq!(real_pdf.status, 303);
    let files = app.db(move |conn| smallgrants::bids::queries::files_of(conn, bid).unwrap()).await;
    assert_eq!(files[0].filename, "plan.pdf");
    let download = app.get(&format!("/bids/{bid}/files/{}", files[0].id)).await;
    assert!(download.header("content-disposition").unwrap().starts_with("attachment"));
    assert_eq!(download.header("x-content-type-options").as_deref(), Some("nosniff"));
    // A PDF named like a web page, with a right-to-left override and a Polish letter: saved
    // with the ending of what it really is, the override gone, the name sent as RFC 5987 UTF-8.
    let disguised = app
        .upload(
            &format!("/bids/{bid}/files"),
            "attachment",
            "Sprawozdanie \u{202E}lmth.html",
            "text/html",
            b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
        )
        .await;
    assert_eq!(disguised.status, 303);
    let files = app.db(move |conn| smallgrants::bids::queries::files_of(conn, bid).unwrap()).await;
    let stored = files.iter().find(|f| f.filename.starts_with("Sprawozdanie")).unwrap();
    assert_eq!(stored.filename, "Sprawozdanie lmth.pdf");
    let download = app.get(&format!("/bids/{bid}/files/{}", stored.id)).await;
    let disposition = download.header("content-disposition").unwrap();
    assert!(disposition.contains("filename=\"Sprawozdanie lmth.pdf\""), "{disposition}");
    let polish = app
        .upload(&format!("/bids/{bid}/files"), "attachment", "Plan działań.pdf", "application/pdf", b"%PDF-1.7\n%x\n")
        .await;
    assert_eq!(polish.status, 303);
    let files = app.db(move |conn| smallgrants::bids::queries::files_of(conn, bid).unwrap()).await;
    let stored = files.iter().find(|f| f.filename.starts_with("Plan")).unwrap();
    let disposition = app.get(&format!("/bids/{bid}/files/{}", stored.id)).await.header("content-disposition").unwrap();
    assert!(disposition.contains("filename=\"Plan dzia_a_.pdf\""), "an ASCII fallback: {disposition}");
    assert!(disposition.contains("filename*=UTF-8''Plan%20dzia%C5%82a%C5%84.pdf"), "and the real name: {disposition}");
}

async fn a_recording_over_the_limit_is_refused_with_a_clear_message() {
    let app = TestApp::with_env(crate::common::Backend::Sqlite, &[("SMALLGRANTS_MAX_RECORDING_MB", "1")]).await;
    let scheme = app.programme_with_round("Limit Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let response = app
        .upload(&format!("/bids/{bid}/recording"), "recording", "long.mp4", "video/mp4", &mp4_bytes(1_600_000))
        .await;
    assert_eq!(response.status, 422);
    assert!(response.text().contains("The recording must be smaller than 1 MB"));
    let files = app.db(move |conn| smallgrants::bids::queries::files_of(conn, bid).unwrap()).await;
    assert!(files.is_empty());
}

#[actix_web::test]
async fn recordings_over_the_configured_limit_are_refused() {
    a_recording_over_the_limit_is_refused_with_a_clear_message().await;
}

async fn a_double_clicked_send_makes_one_submission_and_one_email(app: TestApp) {
    let scheme = app.programme_with_round("Double Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    app.deliver_emails().await;
    let path = format!("/bids/{bid}/submit");
    let (first, second) = futures_util::join!(app.submit(&path, &[]), app.submit(&path, &[]));
    assert_eq!((first.status.as_u16(), second.status.as_u16()), (303, 303), "both clicks land on the confirmation");
    let third = app.submit(&path, &[]).await;
    assert_eq!(third.location().as_deref(), Some(format!("/bids/{bid}/sent").as_str()));
    let events = app.db(move |conn| smallgrants::audit::for_subject(conn, "bid", bid).unwrap()).await;
    assert_eq!(events.iter().filter(|e| e.action == "submitted").count(), 1);
    assert_eq!(app.deliver_emails().await.len(), 1, "one receipt");
}

async fn sending_after_the_close_is_refused_and_the_draft_kept(app: TestApp) {
    let scheme = app.programme_with_round("Late Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    app.advance(chrono::Duration::days(29));
    app.sign_in("amina@example.org", PASSWORD).await;
    let late = app.submit(&format!("/bids/{bid}/submit"), &[]).await;
    assert_eq!(late.status, 422);
    assert!(late.text().contains("This round closed on"), "{}", late.text());
    let kept = app.bid(bid).await;
    assert_eq!(kept.state, BidState::Draft);
    assert_eq!(kept.title, "Walk and talk", "the draft is kept");
    assert!(app.get("/dashboard").await.text().contains("this draft can no longer be sent"));
}

async fn an_unconfirmed_email_address_cannot_send(app: TestApp) {
    let scheme = app.programme_with_round("Verify Fund", "lead@example.org").await;
    app.clear_cookies();
    // Everyone who registers through the emailed link is confirmed; an older account may not be.
    app.unconfirmed_person_in_database("New Person", "new@example.org").await;
    assert_eq!(app.sign_in("new@example.org", PASSWORD).await.status, 303);
    let group = app.create_group("New Group").await;
    let slug = app.round_slug(scheme.round_id).await;
    let bid = app.start_bid(&slug, group).await;
    app.complete_bid(bid, "Tea", "1000").await;
    let response = app.submit(&format!("/bids/{bid}/submit"), &[]).await;
    assert_eq!(response.status, 422);
    assert!(response.text().contains("Confirm your email address before sending a bid"));
    assert_eq!(app.bid(bid).await.state, BidState::Draft);
}

async fn other_groups_bids_and_files_are_invisible(app: TestApp) {
    let scheme = app.programme_with_round("Privacy Fund", "lead@example.org").await;
    let (their_group, their_bid) = app.applicant_with_draft(&scheme, "them@example.org").await;
    app.upload(
        &format!("/bids/{their_bid}/files"),
        "attachment",
        "secret.pdf",
        "application/pdf",
        b"%PDF-1.7\n%secret\n",
    )
    .await;
    let file = app.db(move |conn| smallgrants::bids::queries::files_of(conn, their_bid).unwrap()[0].id).await;
    let (_, my_bid) = app.applicant_with_draft(&scheme, "me@example.org").await;
    let before = app.footprint().await;
    for path in [
        format!("/bids/{their_bid}"),
        format!("/bids/{their_bid}/money"),
        format!("/bids/{their_bid}/case"),
        format!("/bids/{their_bid}/recording"),
        format!("/bids/{their_bid}/files"),
        format!("/bids/{their_bid}/files/{file}"),
        format!("/bids/{my_bid}/files/{file}"),
        format!("/bids/{their_bid}/check"),
        format!("/bids/{their_bid}/sent"),
        format!("/bids/{their_bid}/withdraw"),
        format!("/groups/{their_group}"),
        format!("/groups/{their_group}/edit"),
        format!("/groups/{their_group}/equality"),
    ] {
        assert_eq!(app.get(&path).await.status, 404, "GET {path}");
    }
    for path in [
        format!("/bids/{their_bid}/money"),
        format!("/bids/{their_bid}/case"),
        format!("/bids/{their_bid}/submit"),
        format!("/bids/{their_bid}/withdraw"),
        format!("/bids/{their_bid}/files/{file}/remove"),
        format!("/bids/{my_bid}/files/{file}/remove"),
        format!("/groups/{their_group}/edit"),
        format!("/groups/{their_group}/invite"),
        format!("/groups/{their_group}/leave"),
        format!("/groups/{their_group}/equality"),
    ] {
        let response = app.submit(&path, &[("title", "x"), ("name", "x"), ("email", "x@example.org")]).await;
        assert_eq!(response.status, 404, "POST {path}");
    }
    let upload =
        app.upload(&format!("/bids/{their_bid}/recording"), "recording", "x.mp4", "video/mp4", &mp4_bytes(1000)).await;
    assert_eq!(upload.status, 404);
    app.footprint().await.assert_unchanged_since(&before, "nothing changed");
    app.clear_cookies();
    assert_eq!(app.get(&format!("/bids/{their_bid}")).await.status, 303, "signed out: sign in first");
}

async fn answers_typed_after_the_session_ended_are_kept(app: TestApp) {
    let scheme = app.programme_with_round("Session Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let token = app.csrf_token().await;
    app.advance(chrono::Duration::hours(3));
    let response = app
        .post_form(
            &format!("/bids/{bid}/case"),
            &[
                ("csrf_token", &token),
                ("need", "Men in our street do not talk to anyone"),
                ("reach", "We meet at the barber's"),
                ("impact", "They will"),
            ],
        )
        .await;
    assert_eq!(response.status, 303);
    assert_eq!(response.location().as_deref(), Some(format!("/login?next=%2Fbids%2F{bid}%2Fcase").as_str()));
    assert_eq!(app.bid(bid).await.need, "", "nothing saved without a session");
    app.sign_in("amina@example.org", PASSWORD).await;
    let form = app.get(&format!("/bids/{bid}/case")).await.text();
    assert!(form.contains("We kept what you typed"));
    assert!(form.contains("Men in our street do not talk to anyone"));
    assert!(!app.get(&format!("/bids/{bid}/case")).await.text().contains("We kept what you typed"), "given back once");
}

async fn a_connector_applies_with_a_group_and_its_contact_confirms(app: TestApp) {
    let scheme = app.programme_with_round("Connector Fund", "lead@example.org").await;
    let connector = app.person_in_database("Grace Connector", "grace@example.org", false).await;
    let programme = scheme.programme_id;
    app.make_connector(programme, connector.id).await;
    app.clear_cookies();
    app.sign_in("grace@example.org", PASSWORD).await;
    assert!(app.get("/groups/new").await.text().contains("I am a community connector setting this group up with them"));
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
    let invitation = app.deliver_emails().await;
    assert_eq!(invitation[0].to, "dev@example.org", "the group's contact is invited to join");
    let slug = app.round_slug(scheme.round_id).await;
    let bid = app.start_bid(&slug, group).await;
    app.complete_bid(bid, "Talking chairs", "1500").await;
    assert!(
        app.get(&format!("/bids/{bid}")).await.text().contains("Assisted by Grace Connector (community connector)")
    );
    // Sent on the group's word, given on the phone (see group_word.rs for the rest).
    let word = [("purpose", "send"), ("how", "phone"), ("spoke_with", "Dev")];
    assert_eq!(app.submit(&format!("/bids/{bid}/word"), &word).await.status, 303);
    let emails = app.deliver_emails().await;
    let confirm = emails.iter().find(|e| e.kind == "confirm_assisted_bid").expect("the contact is asked to confirm");
    assert_eq!(confirm.to, "dev@example.org");
    let link = link_in(&confirm.text, "http://localhost:8080/confirm-bid/");
    app.clear_cookies();
    let page = app.get(&link).await.text();
    assert!(page.contains("Talking chairs") && page.contains("Grace Connector, a community connector"));
    assert_eq!(app.submit(&link, &[]).await.status, 303);
    assert!(app.bid(bid).await.confirmed_by_group_at.is_some());
    let signed_out = app.submit(&format!("/bids/{bid}/withdraw"), &[]).await;
    assert_eq!(signed_out.status, 303, "signed out: no change possible");
    assert_eq!(
        signed_out.location(),
        Some(format!("/login?next=%2Fbids%2F{bid}%2Fwithdraw")),
        "to sign in, then back to the page that asks before withdrawing"
    );
    assert_eq!(app.bid(bid).await.state, BidState::Submitted);
}

async fn a_connector_without_the_role_in_that_programme_cannot_act(app: TestApp) {
    let scheme = app.programme_with_round("Other Connector Fund", "lead@example.org").await;
    let connector = app.person_in_database("Greta", "greta@example.org", false).await;
    let elsewhere = app.programme_in_database("Elsewhere").await;
    app.make_connector(elsewhere, connector.id).await;
    app.clear_cookies();
    app.sign_in("greta@example.org", PASSWORD).await;
    let created =
        app.submit("/groups/new", &[("name", "Helped Group"), ("kind", "other"), ("as_connector", "yes")]).await;
    let group = TestApp::id_from_location(&created.location().unwrap());
    let slug = app.round_slug(scheme.round_id).await;
    let response = app.submit(&format!("/rounds/{slug}/bids/new"), &[("group_id", &group.to_string())]).await;
    assert_eq!(response.status, 403);
}

async fn a_group_withdraws_its_sent_bid(app: TestApp) {
    let scheme = app.programme_with_round("Withdraw Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    app.submit(&format!("/bids/{bid}/submit"), &[]).await;
    // The bid's page asks first: a link to a page that says what withdrawing means.
    let summary = app.get(&format!("/bids/{bid}")).await.text();
    assert!(summary.contains(&format!("href=\"/bids/{bid}/withdraw\"")), "a link, not a one-tap button");
    let asking = app.get(&format!("/bids/{bid}/withdraw")).await;
    assert_eq!(asking.status, 200);
    let asking = asking.text();
    assert!(asking.contains("Withdrawing cannot be undone"), "{asking}");
    assert!(asking.contains("You can start a new bid while the round is open"));
    assert!(asking.contains(&format!("action=\"/bids/{bid}/withdraw\"")) && asking.contains("Yes, withdraw the bid"));
    assert_eq!(app.bid(bid).await.state, BidState::Submitted, "looking at the question changes nothing");
    assert_eq!(app.submit(&format!("/bids/{bid}/withdraw"), &[]).await.status, 303);
    assert_eq!(app.bid(bid).await.state, BidState::Withdrawn);
    let asked_again = app.get(&format!("/bids/{bid}/withdraw")).await;
    assert_eq!(asked_again.location().as_deref(), Some(format!("/bids/{bid}").as_str()), "nothing left to ask");
    let page = app.get(&format!("/bids/{bid}")).await.text();
    assert!(page.contains("withdrew the bid"));
    let again = app.submit(&format!("/bids/{bid}/withdraw"), &[]).await;
    assert_eq!(again.status, 409, "an illegal transition is a clear 409");
    assert!(again.text().contains("This bid is withdrawn, so it cannot be withdrawn now."));
}

on_both_databases!(
    a_missing_or_garbled_version_is_an_edit_conflict,
    control_characters_are_refused_at_the_field,
    a_new_group_applies_by_video_link_and_gets_a_reference_and_receipt,
    bad_amounts_and_video_links_are_refused_at_their_fields,
    a_group_can_apply_with_an_uploaded_recording_that_streams_back,
    uploads_that_are_too_big_or_not_what_they_claim_are_refused,
    a_double_clicked_send_makes_one_submission_and_one_email,
    sending_after_the_close_is_refused_and_the_draft_kept,
    an_unconfirmed_email_address_cannot_send,
    other_groups_bids_and_files_are_invisible,
    answers_typed_after_the_session_ended_are_kept,
    a_connector_applies_with_a_group_and_its_contact_confirms,
    a_connector_without_the_role_in_that_programme_cannot_act,
    a_group_withdraws_its_sent_bid,
);

/// Someone whose address is not confirmed learns it when the bid starts, not at "Confirm and
/// send", and can have the link sent again from there, within the hourly limit.
async fn an_unconfirmed_address_is_said_when_the_bid_starts(app: TestApp) {
    let scheme = app.programme_with_round("Confirm Fund", "lead@example.org").await;
    app.clear_cookies();
    app.unconfirmed_person_in_database("Lee", "lee@example.org").await;
    app.sign_in("lee@example.org", crate::common::people::PASSWORD).await;
    let group = app.create_group("Lee's group").await;
    let slug = app.round_slug(scheme.round_id).await;
    let bid = app.start_bid(&slug, group).await;
    let tasks = app.get(&format!("/bids/{bid}")).await.text();
    assert!(tasks.contains("Confirm your email address."), "said on the task list");
    assert!(tasks.contains(&format!("name=\"next\" value=\"/bids/{bid}\"")), "the button comes back here");
    app.deliver_emails().await;
    let resent = app.submit("/account/verify-email", &[("next", &format!("/bids/{bid}"))]).await;
    assert_eq!(resent.location().as_deref(), Some(format!("/bids/{bid}").as_str()));
    assert_eq!(app.deliver_emails().await.len(), 1, "a new link");
    for _ in 0..5 {
        app.submit("/account/verify-email", &[("next", &format!("/bids/{bid}"))]).await;
    }
    let held = app.get(&format!("/bids/{bid}")).await.text();
    assert!(held.contains("We have sent several emails to this address in the last hour"), "the limit is said: {held}");
    assert_eq!(app.deliver_emails().await.len(), 4, "five an hour to one address, then none");
    let away = app.submit("/account/verify-email", &[("next", "https://evil.example/")]).await;
    assert_eq!(away.location().as_deref(), Some("/account"), "only a local path is followed");
}
on_both_databases!(an_unconfirmed_address_is_said_when_the_bid_starts);
