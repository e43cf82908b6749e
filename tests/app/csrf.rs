//! Every POST route refuses a form without the session's token, with the wrong token, or sent
//! from another site — with a friendly 403 and no change. The routes come from the one list the
//! router is built from (`web::routes::ROUTES`), so a new POST route is covered without editing
//! this test.

use crate::common::TestApp;
use crate::on_both_databases;

/// The path of every route that accepts POST, from the list the router is built from, with
/// `{…}` filled in.
fn post_routes() -> Vec<String> {
    let routes: Vec<String> = smallgrants::web::routes::post_paths()
        .map(|path| {
            path.split('/')
                .map(|segment| if segment.starts_with('{') { "1" } else { segment })
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    assert!(routes.len() >= 10, "expected the POST routes, found {routes:?}");
    routes
}

async fn every_post_route_refuses_forms_without_the_right_token(app: TestApp) {
    let programme = app.programme_in_database("Any Fund").await;
    assert_eq!(programme, 1);
    app.signed_in_admin("admin@example.org").await;
    let good_token = app.csrf_token().await;
    let before = app.footprint().await;
    for route in post_routes() {
        let fields = [
            ("name", "x"),
            ("email", "x@example.org"),
            ("password", "long enough password"),
            ("role", "lead"),
            ("programme_id", "1"),
        ];
        let missing = app.post_form(&route, &fields).await;
        assert_eq!(missing.status, 403, "{route} without a token");
        assert!(missing.text().contains("This form has expired"), "{route}: friendly page");

        let mut wrong = vec![("csrf_token", "not-the-token")];
        wrong.extend_from_slice(&fields);
        assert_eq!(app.post_form(&route, &wrong).await.status, 403, "{route} with a wrong token");

        let mut right = vec![("csrf_token", good_token.as_str())];
        right.extend_from_slice(&fields);
        let request = actix_web::test::TestRequest::post()
            .uri(&route)
            .insert_header(("Origin", "https://evil.example"))
            .set_form(right.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>());
        assert_eq!(app.send(request).await.status, 403, "{route} from another site");
    }
    app.footprint().await.assert_unchanged_since(&before, "no refused form changed anything");
    assert_eq!(app.get("/account").await.status, 200, "still signed in: refused forms did not sign out");
}

/// An upload carries its token as the form's first field, never in the address (where it would
/// land in history and logs): a token in the query alone, a wrong one, or one after the file is
/// refused, and nothing is stored.
async fn uploads_are_checked_by_the_token_in_their_body(app: TestApp) {
    let scheme = app.programme_with_round("Upload Fund", "lead@example.org").await;
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let token = app.csrf_token().await;
    let boundary = "----csrfTestBoundary";
    let file = "Content-Disposition: form-data; name=\"attachment\"; filename=\"plan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n%x\n";
    let token_part =
        |value: &str| format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{value}\r\n");
    let bodies = [
        (
            "query only",
            format!("--{boundary}\r\n{file}\r\n--{boundary}--\r\n"),
            format!("/bids/{bid}/files?csrf_token={token}"),
        ),
        (
            "wrong token",
            format!("{}--{boundary}\r\n{file}\r\n--{boundary}--\r\n", token_part("nope")),
            format!("/bids/{bid}/files"),
        ),
        (
            "token after the file",
            format!("--{boundary}\r\n{file}\r\n{}--{boundary}--\r\n", token_part(&token)),
            format!("/bids/{bid}/files"),
        ),
    ];
    let before = app.footprint().await;
    for (what, body, path) in bodies {
        let request = actix_web::test::TestRequest::post()
            .uri(&path)
            .insert_header(("Origin", "http://localhost:8080"))
            .insert_header(("Content-Type", format!("multipart/form-data; boundary={boundary}")))
            .set_payload(body);
        assert_eq!(app.send(request).await.status, 403, "{what}");
    }
    app.footprint().await.assert_unchanged_since(&before, "nothing stored");
    let good = format!("{}--{boundary}\r\n{file}\r\n--{boundary}--\r\n", token_part(&token));
    let request = actix_web::test::TestRequest::post()
        .uri(&format!("/bids/{bid}/files"))
        .insert_header(("Origin", "http://localhost:8080"))
        .insert_header(("Content-Type", format!("multipart/form-data; boundary={boundary}")))
        .set_payload(good);
    assert_eq!(app.send(request).await.status, 303, "the token in the body is accepted");
    let files = app.db(move |conn| smallgrants::bids::queries::files_of(conn, bid).unwrap()).await;
    assert_eq!(files.len(), 1, "and the whole file arrived after it");
}

on_both_databases!(
    every_post_route_refuses_forms_without_the_right_token,
    uploads_are_checked_by_the_token_in_their_body
);
