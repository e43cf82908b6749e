//! The home page and pages with fixed content.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};

use super::html;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::errors::error_page;
use crate::web::views::{PageCtx, pages};

/// The page's frame in the reader's language. These pages need no database, so when the
/// session cannot be read (the database is down) they are still shown, signed out and in the
/// source language.
fn ctx_for(request: &HttpRequest, viewer: Result<Viewer, AppError>) -> PageCtx {
    match viewer {
        Ok(viewer) => viewer.ctx(),
        Err(_) => PageCtx { current_path: request.path().to_string(), ..PageCtx::anonymous() },
    }
}

pub async fn accessibility(request: HttpRequest, viewer: Result<Viewer, AppError>) -> HttpResponse {
    html(pages::accessibility(&ctx_for(&request, viewer)))
}

pub async fn privacy(request: HttpRequest, viewer: Result<Viewer, AppError>) -> HttpResponse {
    html(pages::privacy(&ctx_for(&request, viewer)))
}

/// Anything no route matches.
pub async fn not_found() -> HttpResponse {
    error_page(StatusCode::NOT_FOUND, None)
}
