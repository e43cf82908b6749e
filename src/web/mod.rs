//! The web layer: routes, middleware, handlers and views. Handlers are thin: extract,
//! authorise, call the domain, render.

pub mod access;
pub mod assets;
pub mod bid_start;
pub mod compression;
pub mod csrf;
pub mod error;
pub mod extractors;
pub mod files;
pub mod form_lists;
pub mod handlers;
pub mod headers;
pub mod kept_pages;
pub mod language;
pub mod memo;
pub mod middleware;
pub mod navigation;
pub mod pending_forms;
pub mod return_path;
pub mod routes;
pub mod sent_bid;
pub mod session;
pub mod session_pages;
pub mod state;
pub mod uploads;
pub mod views;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::from_fn;
use actix_web::{App, web};

pub use routes::configure;
pub use state::AppState;

/// Largest urlencoded form body accepted; bids' written answers fit easily.
pub const FORM_LIMIT_BYTES: usize = 256 * 1024;

/// The whole application, as `main` serves it and as the tests drive it.
pub fn app(
    state: AppState,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let session = session::middleware(&state);
    App::new()
        .app_data(web::Data::new(state))
        .app_data(web::FormConfig::default().limit(FORM_LIMIT_BYTES))
        .app_data(web::PayloadConfig::default().limit(FORM_LIMIT_BYTES))
        .configure(configure)
        .default_service(web::to(handlers::pages::not_found))
        .wrap(from_fn(session_pages::answer_kept_pages))
        .wrap(from_fn(middleware::catch_panics))
        .wrap(from_fn(middleware::friendly_error_pages))
        .wrap(from_fn(csrf::verify))
        .wrap(session)
        .wrap(middleware::security_headers())
        // Pages, stylesheets, scripts, CSV and JSON go compressed (brotli or gzip, as the
        // browser asks): phones on weak mobile data pay for every byte. Images and video are
        // left as they are by the middleware, and recordings and byte ranges say `identity`
        // (see `files::stream_object`).
        .wrap(actix_web::middleware::Compress::default())
        .wrap(from_fn(middleware::log_request))
}
