//! The home page and pages with fixed content.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};

use crate::web::views::errors::error_page;
use crate::web::views::{PageCtx, pages};

fn ctx_for(request: &HttpRequest) -> PageCtx {
    PageCtx { current_path: request.path().to_string(), ..PageCtx::anonymous() }
}

fn html_response(markup: maud::Markup) -> HttpResponse {
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(markup.into_string())
}

pub async fn accessibility(request: HttpRequest) -> HttpResponse {
    html_response(pages::accessibility(&ctx_for(&request)))
}

pub async fn privacy(request: HttpRequest) -> HttpResponse {
    html_response(pages::privacy(&ctx_for(&request)))
}

/// Anything no route matches.
pub async fn not_found() -> HttpResponse {
    error_page(StatusCode::NOT_FOUND, None)
}
