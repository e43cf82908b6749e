//! The frame every response shares: `/healthz`, security headers, friendly error pages, assets.

use actix_service::Service;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpResponse, test, web};
use smallgrants::web::middleware::{catch_panics, friendly_error_pages, security_headers};

use crate::common::database::postgres_url_for;
use crate::common::tcp_proxy::TcpProxy;
use crate::common::{Backend, TestApp, TestDatabase};
use crate::on_both_databases;

async fn healthz_reports_the_database(app: TestApp) {
    let response = app.get("/healthz").await;
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type").as_deref(), Some("application/json"));
    let body: serde_json::Value = serde_json::from_slice(&response.body).unwrap();
    assert_eq!(body, serde_json::json!({"status": "ok", "database": "ok", "storage": "ok"}));
}

async fn every_response_carries_the_security_headers(app: TestApp) {
    let stylesheet = smallgrants::web::assets::stylesheet_url();
    for path in ["/", "/healthz", "/no-such-page", "/accessibility", stylesheet.as_str()] {
        let response = app.get(path).await;
        let csp = response.header("content-security-policy").unwrap_or_else(|| panic!("no CSP on {path}"));
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com"), "{path}");
        assert_eq!(response.header("x-content-type-options").as_deref(), Some("nosniff"), "{path}");
        assert_eq!(response.header("x-frame-options").as_deref(), Some("DENY"), "{path}");
        assert!(response.header("referrer-policy").is_some(), "{path}");
    }
}

async fn unknown_pages_get_a_friendly_404_in_the_layout(app: TestApp) {
    let response = app.get("/rounds/../../etc/passwd").await;
    assert_eq!(response.status, 404);
    assert!(response.header("content-type").unwrap().starts_with("text/html"));
    let page = response.text();
    assert!(page.contains("<h1 class=\"heading-l\">Page not found</h1>"));
    assert!(page.contains("Skip to main content"), "error pages use the site layout");
    assert!(page.contains("<main id=\"main-content\""));
    assert!(page.contains("href=\"/accessibility\""), "footer links to the accessibility statement");
}

async fn a_wrong_method_gets_a_friendly_405_that_says_what_is_allowed(app: TestApp) {
    let response = app.submit("/healthz", &[]).await;
    assert_eq!(response.status, 405);
    assert_eq!(response.header("allow").as_deref(), Some("GET"));
    assert!(response.text().contains("That is not something this page can do"));
}

async fn assets_are_served_with_long_lived_cache_headers(app: TestApp) {
    let home = app.get("/").await.text();
    let stylesheet = smallgrants::web::assets::stylesheet_url();
    assert!(home.contains(&stylesheet), "pages link the hashed stylesheet");
    let response = app.get(&stylesheet).await;
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type").as_deref(), Some("text/css; charset=utf-8"));
    assert_eq!(response.header("cache-control").as_deref(), Some("public, max-age=31536000, immutable"));
    assert!(response.text().contains(".error-summary"));
    assert_eq!(app.get("/assets/app.css").await.status, 404, "only hashed names are served");
}

/// Pages and the stylesheet go compressed when the browser asks (brotli, or gzip), and read back
/// the same; without asking, they come plain.
async fn pages_and_assets_are_compressed_when_the_browser_asks(app: TestApp) {
    use std::io::Read;
    let with = |path: &str, encodings: &str| {
        actix_web::test::TestRequest::get().uri(path).insert_header(("Accept-Encoding", encodings.to_string()))
    };
    let plain = app.get("/").await;
    assert_eq!(plain.header("content-encoding"), None);
    let brotli = app.send(with("/", "gzip, deflate, br")).await;
    assert_eq!(brotli.header("content-encoding").as_deref(), Some("br"));
    assert!(brotli.header("vary").unwrap_or_default().to_lowercase().contains("accept-encoding"));
    assert!(brotli.body.len() * 2 < plain.body.len(), "{} bytes for {}", brotli.body.len(), plain.body.len());
    // The home page is kept for visitors, and kept compressed too: asked again, the same.
    for _ in 0..2 {
        let again = app.send(with("/", "gzip, deflate, br")).await;
        assert_eq!(again.header("content-encoding").as_deref(), Some("br"));
        let mut page = Vec::new();
        brotli::BrotliDecompress(&mut &again.body[..], &mut page).unwrap();
        assert_eq!(page, plain.body, "the same page");
    }
    let stylesheet = smallgrants::web::assets::stylesheet_url();
    let css = app.get(&stylesheet).await;
    let gzip = app.send(with(&stylesheet, "gzip")).await;
    assert_eq!(gzip.header("content-encoding").as_deref(), Some("gzip"));
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&gzip.body[..]).read_to_end(&mut unzipped).unwrap();
    assert_eq!(unzipped, css.body, "the same stylesheet");
    assert!(gzip.body.len() * 2 < css.body.len(), "{} bytes for {}", gzip.body.len(), css.body.len());

    // The stylesheet was compressed once, at brotli's strongest setting: smaller than the quick
    // setting a response compressed as it is sent gets.
    let brotli_css = app.send(with(&stylesheet, "gzip, deflate, br")).await;
    assert_eq!(brotli_css.header("content-encoding").as_deref(), Some("br"));
    assert!(brotli_css.header("vary").unwrap_or_default().to_lowercase().contains("accept-encoding"));
    let mut unpacked = Vec::new();
    brotli::BrotliDecompress(&mut &brotli_css.body[..], &mut unpacked).unwrap();
    assert_eq!(unpacked, css.body, "the same stylesheet");
    let quick = {
        let settings = brotli::enc::BrotliEncoderParams { quality: 3, ..Default::default() };
        let mut quick = Vec::new();
        brotli::BrotliCompress(&mut &css.body[..], &mut quick, &settings).unwrap();
        quick
    };
    assert!(
        brotli_css.body.len() < quick.len(),
        "{} bytes, {} at the quick setting",
        brotli_css.body.len(),
        quick.len()
    );
    let refused = app.send(with(&stylesheet, "br;q=0, gzip;q=0")).await;
    assert_eq!(refused.body, css.body, "plain when the browser takes neither");
}

async fn the_home_page_has_one_main_landmark_and_a_skip_link(app: TestApp) {
    let page = app.get("/").await.text();
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"en-GB\" dir=\"ltr\">"));
    assert_eq!(page.matches("<main").count(), 1);
    assert!(page.contains("<a class=\"skip-link\" href=\"#main-content\">"));
    assert!(page.contains("<nav class=\"site-nav\" aria-label=\"Main\">"));
}

/// The session cookie is sent when what it holds changes (a first visit, a message to show once,
/// signing in), not with every page: each new cookie is another 200 bytes on a phone's link.
async fn the_session_cookie_is_sent_again_only_when_it_changes(app: TestApp) {
    let scheme = app.programme_with_round("Riverside Fund", "lead@example.org").await;
    let round_page = format!("/rounds/{}", app.round_slug(scheme.round_id).await);
    app.clear_cookies();
    assert!(app.get("/").await.header("set-cookie").is_some(), "a first visit gets its cookie");
    for path in ["/", "/awards", &round_page] {
        let page = app.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        assert_eq!(page.header("set-cookie"), None, "{path} came with no new cookie");
    }
    let (_, bid) = app.applicant_with_draft(&scheme, "amina@example.org").await;
    let path = format!("/bids/{bid}");
    let with_message = app.get(&path).await;
    assert!(with_message.text().contains("Saved."));
    assert!(with_message.header("set-cookie").is_some(), "the message shown once is taken out of the cookie");
    let after = app.get(&path).await;
    assert_eq!(after.status, 200);
    assert_eq!(after.header("set-cookie"), None, "then the bid's page comes with no new cookie");
}

on_both_databases!(
    the_session_cookie_is_sent_again_only_when_it_changes,
    pages_and_assets_are_compressed_when_the_browser_asks,
    healthz_reports_the_database,
    every_response_carries_the_security_headers,
    unknown_pages_get_a_friendly_404_in_the_layout,
    a_wrong_method_gets_a_friendly_405_that_says_what_is_allowed,
    assets_are_served_with_long_lived_cache_headers,
    the_home_page_has_one_main_landmark_and_a_skip_link,
);

/// The database goes away (its port closes) and comes back: `/healthz` says 503 meanwhile and
/// 200 again afterwards, with no restart.
#[actix_web::test]
async fn healthz_turns_503_while_postgres_is_unreachable_and_recovers_by_itself() {
    let database = tokio::task::spawn_blocking(|| TestDatabase::new(Backend::Postgres)).await.unwrap();
    let name = match &database.url {
        smallgrants::config::DatabaseUrl::Postgres(url) => url.rsplit('/').next().unwrap().to_string(),
        _ => unreachable!(),
    };
    let target = {
        let url = url::Url::parse(&postgres_url_for(&name)).unwrap();
        format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432))
    };
    let mut proxy = tokio::task::spawn_blocking(move || TcpProxy::start(&target)).await.unwrap();
    let mut proxied = url::Url::parse(&postgres_url_for(&name)).unwrap();
    proxied.set_host(Some("127.0.0.1")).unwrap();
    proxied.set_port(Some(proxy.port)).unwrap();
    let app = TestApp::on_database(
        database,
        &[
            ("SMALLGRANTS_DATABASE_URL", proxied.as_str()),
            ("SMALLGRANTS_DATABASE_TIMEOUT_SECONDS", "1"),
            // As installed: a connection that answered within the second is not checked again.
            ("SMALLGRANTS_DATABASE_CHECK_AFTER_IDLE_MS", "1000"),
        ],
    )
    .await;

    assert_eq!(app.get("/healthz").await.status, 200);

    proxy = tokio::task::spawn_blocking(move || {
        proxy.cut();
        proxy
    })
    .await
    .unwrap();
    let down = app.get("/healthz").await;
    assert_eq!(down.status, 503);
    let body: serde_json::Value = serde_json::from_slice(&down.body).unwrap();
    assert_eq!(body["database"], "unreachable");
    let page = app.get("/").await;
    assert_eq!(page.status, 503, "pages that need the database say so");
    assert!(page.text().contains("Sorry, the service is unavailable"), "with the friendly page");
    assert_eq!(app.get("/accessibility").await.status, 200, "pages that need no database still work");

    let _proxy = tokio::task::spawn_blocking(move || {
        proxy.restore();
        proxy
    })
    .await
    .unwrap();
    // The proxy listens again once `restore` returns; the pool drops its dead connections and
    // opens new ones by itself. Ask until it answers, up to a deadline.
    let back = std::time::Instant::now();
    loop {
        let status = app.get("/healthz").await.status;
        if status == 200 {
            break;
        }
        assert!(
            back.elapsed() < std::time::Duration::from_secs(10),
            "the server reconnects without a restart: /healthz still {status} {:?} after the database came back",
            back.elapsed()
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(app.get("/").await.status, 200);
}

#[actix_web::test]
async fn a_panicking_handler_gets_the_friendly_500_page_without_details() {
    let app = test::init_service(
        App::new()
            .route("/boom", web::get().to(|| async { panic!("secret internal detail") as HttpResponse }))
            .wrap(from_fn(catch_panics))
            .wrap(from_fn(friendly_error_pages))
            .wrap(security_headers()),
    )
    .await;
    let error = match app.call(test::TestRequest::get().uri("/boom").to_request()).await {
        Ok(response) => panic!("expected an error, got {}", response.status()),
        Err(error) => error,
    };
    let response = error.error_response();
    assert_eq!(response.status(), 500);
    assert!(response.headers().get("content-security-policy").is_some());
    let body = actix_web::body::to_bytes(response.into_body()).await.unwrap();
    let body = String::from_utf8_lossy(&body);
    assert!(body.contains("Sorry, there is a problem with the service"));
    assert!(!body.contains("secret internal detail"));
}

#[actix_web::test]
async fn a_body_over_the_limit_gets_the_friendly_413_page() {
    #[derive(serde::Deserialize)]
    struct Form {
        #[allow(dead_code)]
        text: String,
    }
    let app = test::init_service(
        App::new()
            .app_data(web::FormConfig::default().limit(1024))
            .route("/form", web::post().to(|_: web::Form<Form>| async { HttpResponse::Ok().finish() }))
            .wrap(from_fn(catch_panics))
            .wrap(from_fn(friendly_error_pages)),
    )
    .await;
    let request = test::TestRequest::post().uri("/form").set_form([("text", "x".repeat(5000))]).to_request();
    let response = test::call_service(&app, request).await;
    assert_eq!(response.status(), 413);
    let body = test::read_body(response).await;
    assert!(String::from_utf8_lossy(&body).contains("The file or form is too large"));
}

async fn an_oversized_form_gets_the_friendly_413_page_and_changes_nothing(app: TestApp) {
    let before = app.footprint().await;
    let huge = "x".repeat(300 * 1024);
    let response = app
        .submit(
            "/register",
            &[("name", huge.as_str()), ("email", "big@example.org"), ("password", "long enough password")],
        )
        .await;
    assert_eq!(response.status, 413);
    assert!(response.text().contains("The file or form is too large"));
    app.footprint().await.assert_unchanged_since(&before, "an oversized form changes nothing");
}

on_both_databases!(an_oversized_form_gets_the_friendly_413_page_and_changes_nothing);
