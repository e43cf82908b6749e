//! The page about the portal's languages.

use actix_web::HttpResponse;

use crate::web::extractors::Viewer;
use crate::web::views::languages;

pub async fn languages(viewer: Viewer) -> HttpResponse {
    super::html(languages::languages(&viewer.ctx()))
}
