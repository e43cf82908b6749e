//! `GET /healthz` for load balancers and monitors.

use std::time::Duration;

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, web};
use serde_json::json;

use crate::web::AppState;

/// How long the check waits for a database connection before answering 503; short, because a
/// load balancer polls often and wants a quick answer.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// 200 `{"status":"ok","database":"ok"}` when the database answers; 503 otherwise. Recovers by
/// itself: every call tries the database afresh.
pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let reachable = state.db.is_reachable(CHECK_TIMEOUT).await;
    let mut response = if reachable { HttpResponse::Ok() } else { HttpResponse::ServiceUnavailable() };
    let body = if reachable {
        json!({"status": "ok", "database": "ok"})
    } else {
        json!({"status": "unavailable", "database": "unreachable"})
    };
    response.insert_header((CACHE_CONTROL, "no-store")).json(body)
}
