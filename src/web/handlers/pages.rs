//! Pages no route claims.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use crate::web::views::errors::error_page;

/// Anything no route matches.
pub async fn not_found() -> HttpResponse {
    error_page(StatusCode::NOT_FOUND, None)
}
