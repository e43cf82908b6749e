//! `GET /assets/{name}`: the stylesheet, script and icon, under names that carry their hash.

use actix_web::http::header::{self, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, VARY};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::web::assets;
use crate::web::compression::Coding;
use crate::web::error::AppError;

/// The asset whose hashed name matches, cached for a year (a new build has new names), in the
/// compression the browser prefers among those made at start-up (brotli, gzip, none).
pub async fn serve(request: HttpRequest, name: web::Path<String>) -> Result<HttpResponse, AppError> {
    let asset = assets::find(&name).ok_or(AppError::NotFound)?;
    let coding = Coding::asked_by(&request);
    let body = match coding {
        Coding::Brotli => asset.brotli.clone(),
        Coding::Gzip => asset.gzip.clone(),
        // Plain also when nothing offered is acceptable: better than no stylesheet.
        Coding::Identity => asset.plain.clone(),
    };
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, asset.content_type))
        .insert_header((CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .insert_header((VARY, header::ACCEPT_ENCODING.as_str()))
        // Set here, so the compression of responses as they are sent leaves these alone.
        .insert_header((CONTENT_ENCODING, coding.header_value()))
        .body(body))
}
