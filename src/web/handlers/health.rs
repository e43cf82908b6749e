//! `GET /healthz` for load balancers and monitors.

use std::time::Duration;

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, web};
use serde_json::json;

use crate::web::AppState;

/// How long the check waits for a database connection before answering 503; short, because a
/// load balancer polls often and wants a quick answer.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// 200 `{"status":"ok","database":"ok","storage":"ok"}` when the database answers and the file
/// store takes a write; 503 naming what is wrong otherwise. Recovers by itself: every call tries
/// both afresh.
pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let (database, storage) = futures_util::join!(state.db.is_reachable(CHECK_TIMEOUT), storage_writable(&state));
    let word = |ok: bool| if ok { "ok" } else { "unreachable" };
    let mut response = if database && storage { HttpResponse::Ok() } else { HttpResponse::ServiceUnavailable() };
    let status = if database && storage { "ok" } else { "unavailable" };
    let body = json!({"status": status, "database": word(database), "storage": word(storage)});
    response.insert_header((CACHE_CONTROL, "no-store")).json(body)
}

async fn storage_writable(state: &AppState) -> bool {
    match tokio::time::timeout(CHECK_TIMEOUT, state.storage.check_writable()).await {
        Ok(Ok(())) => true,
        Ok(Err(error)) => {
            tracing::warn!(%error, "the file store refused the health check");
            false
        }
        Err(_) => {
            tracing::warn!("the file store did not answer the health check in time");
            false
        }
    }
}
