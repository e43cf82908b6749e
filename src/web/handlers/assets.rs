//! `GET /assets/{name}`: the stylesheet, script and icon, under names that carry their hash.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use actix_web::{HttpResponse, web};

use crate::web::assets;
use crate::web::error::AppError;

/// The asset whose hashed name matches, cached for a year (a new build has new names).
pub async fn serve(name: web::Path<String>) -> Result<HttpResponse, AppError> {
    let (content_type, body) = assets::find(&name).ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, content_type))
        .insert_header((CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(body))
}
