//! The community directory's Open Referral UK read API under `/openreferral`: anyone may read
//! it, with no sign-in, from anywhere (a link worker's tool in a browser too). It serves only
//! listings public at the time of the request, mapped by `directory::openreferral`.
//!
//! Filters of `/services`: `text` (or the specification's own name for it, `search`), matched
//! as the directory's search box matches; `taxonomy_term_id` and `taxonomy_id`; `day` (weekly
//! activities on that day); `modified_after`; `page` and `per_page`. Paging never refuses (see
//! `openreferral::Paging::read`); a term or taxonomy id that is not ours matches nothing (an
//! empty page, as for any filter that matches nothing); a `modified_after` that is not a date,
//! or a `day` that is not a day, is a 400 with a JSON explanation. Every answer, errors too, is
//! JSON.

use actix_web::http::StatusCode;
use actix_web::http::header::{ACCESS_CONTROL_ALLOW_ORIGIN, CACHE_CONTROL};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde_json::{Value, json};

use crate::directory::openreferral::{self as oruk, Ids, Paging, Site};
use crate::directory::queries::{self, Search};
use crate::web::AppState;
use crate::web::error::AppError;

/// Caches may keep an answer for a minute: a listing an editor hides leaves the feed soon
/// after, and a busy aggregator does not query the database on every request.
const FEED_CACHE: &str = "public, max-age=60";

/// `GET /openreferral/`: which version of HSDS and which profile the API follows.
pub async fn metadata() -> HttpResponse {
    json_response(StatusCode::OK, &oruk::api_metadata())
}

/// `GET /openreferral/services`: a page of public listings as services with their
/// organizations, by name.
///
/// Each page is kept as sent, by its query and the hour, until anything in the database changes:
/// aggregators and link workers' tools ask the same pages again and again. A listing whose
/// 12 months without a confirmation end leaves the feed within the hour, as it leaves the
/// directory's kept pages (`handlers::directory::search`).
pub async fn services(state: web::Data<AppState>, request: HttpRequest) -> Result<HttpResponse, ApiError> {
    let key = services_key(&state, &request);
    let marker = state.db.change_marker().await.map_err(|error| ApiError::from_db(error.into()))?;
    if let Some(kept) = state.memos.open_referral.get(&key, &marker) {
        return Ok(json_bytes(StatusCode::OK, kept.as_ref().clone()));
    }
    let body = actix_web::web::Bytes::from(services_page(&state, &request).await?.to_string());
    state.memos.open_referral.put(key, marker, std::sync::Arc::new(body.clone()));
    Ok(json_bytes(StatusCode::OK, body))
}

/// The path of [`services`], whose kept pages `web::session_pages` answers before routing.
pub const SERVICES_PATH: &str = "/openreferral/services";

/// The kept page of `/services` for this request, when there is one and nothing has changed
/// since it was made: asked before the request is routed, so an aggregator's repeated page
/// costs the change marker alone. `None` (the handler then answers as usual) also when the
/// marker cannot be read.
pub async fn kept_services_page(state: &AppState, request: &HttpRequest) -> Option<HttpResponse> {
    let marker = state.db.change_marker().await.ok()?;
    let kept = state.memos.open_referral.get(&services_key(state, request), &marker)?;
    Some(json_bytes(StatusCode::OK, kept.as_ref().clone()))
}

/// Under what a page of `/services` is kept: its query and the hour.
fn services_key(state: &AppState, request: &HttpRequest) -> String {
    format!("{}@{}", request.query_string(), super::directory::hour_of(state.now()))
}

/// A page of `/services` made afresh.
async fn services_page(state: &AppState, request: &HttpRequest) -> Result<Value, ApiError> {
    let query = QueryParams::of(request);
    let paging = Paging::read(query.get("page"), query.get("per_page"));
    let changed_since = modified_after(&query)?;
    let weekday = day(&query)?;
    let text = [query.get("text"), query.get("search")].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let (term, taxonomy) =
        (query.get("taxonomy_term_id").map(str::to_string), query.get("taxonomy_id").map(str::to_string));
    let site = site(state);
    let (now, ids) = (state.now(), site.ids.clone());
    let (rows, total) = state
        .db
        .run(move |conn| {
            let mut search = Search { text, weekday, ..Search::default() };
            if let Some(term) = term {
                let category_ids: Vec<i64> = queries::categories(conn)?.iter().map(|category| category.id).collect();
                match ids.find(&term, &category_ids, Ids::term) {
                    Some(category_id) => search.category_id = Some(category_id),
                    None => return Ok((Vec::new(), 0)),
                }
            }
            // Every listing is filed under at least one term of the one taxonomy.
            if taxonomy.is_some_and(|taxonomy| !same_id(&taxonomy, &ids.taxonomy())) {
                return Ok((Vec::new(), 0));
            }
            Ok::<_, AppError>(queries::public_page(
                conn,
                &search,
                changed_since,
                (paging.offset(), paging.per_page),
                now,
            )?)
        })
        .await
        .map_err(ApiError::from_db)?;
    let contents = rows.iter().map(|(listing, provider)| oruk::service_summary(listing, provider, &site)).collect();
    Ok(oruk::page(contents, total, paging))
}

/// `GET /openreferral/services/{id}`: one public listing with everything about it; 404 for an
/// id that is not a public listing's (pending, hidden, lapsed or unknown alike).
pub async fn service(state: web::Data<AppState>, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let site = site(&state);
    let (now, ids) = (state.now(), site.ids.clone());
    let found = state
        .db
        .run(move |conn| {
            let public = queries::public_listing_ids(conn, now)?;
            let Some(listing_id) = ids.find(&id, &public, Ids::service) else { return Ok(None) };
            let Some((listing, provider)) = queries::public_listing(conn, listing_id, now)? else { return Ok(None) };
            let categories = queries::categories_of(conn, listing_id)?;
            Ok::<_, AppError>(Some((listing, provider, categories)))
        })
        .await
        .map_err(ApiError::from_db)?;
    let (listing, provider, categories) = found.ok_or(ApiError::NotFound)?;
    Ok(json_response(StatusCode::OK, &oruk::service(&listing, &provider, &categories, &site)))
}

/// `GET /openreferral/taxonomies`: the directory's one taxonomy, as a page.
pub async fn taxonomies(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let query = QueryParams::of(&request);
    let paging = Paging::read(query.get("page"), query.get("per_page"));
    let all = [oruk::taxonomy(&site(&state))];
    let contents = all.iter().skip(paging.offset() as usize).take(paging.per_page as usize).cloned().collect();
    json_response(StatusCode::OK, &oruk::page(contents, all.len() as i64, paging))
}

/// `GET /openreferral/taxonomies/{id}`.
pub async fn taxonomy(state: web::Data<AppState>, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let site = site(&state);
    if !same_id(&id, &site.ids.taxonomy()) {
        return Err(ApiError::NotFound);
    }
    Ok(json_response(StatusCode::OK, &oruk::taxonomy(&site)))
}

/// `GET /openreferral/taxonomy_terms`: the directory's categories in their list's order.
pub async fn taxonomy_terms(state: web::Data<AppState>, request: HttpRequest) -> Result<HttpResponse, ApiError> {
    let query = QueryParams::of(&request);
    let paging = Paging::read(query.get("page"), query.get("per_page"));
    let categories =
        state.db.run(|conn| queries::categories(conn).map_err(Into::into)).await.map_err(ApiError::from_db)?;
    let site = site(&state);
    let contents = categories
        .iter()
        .skip(paging.offset() as usize)
        .take(paging.per_page as usize)
        .map(|category| oruk::taxonomy_term(category, &site))
        .collect();
    Ok(json_response(StatusCode::OK, &oruk::page(contents, categories.len() as i64, paging)))
}

/// `GET /openreferral/taxonomy_terms/{id}`.
pub async fn taxonomy_term(state: web::Data<AppState>, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let categories =
        state.db.run(|conn| queries::categories(conn).map_err(Into::into)).await.map_err(ApiError::from_db)?;
    let site = site(&state);
    let category_ids: Vec<i64> = categories.iter().map(|category| category.id).collect();
    let wanted = site.ids.find(&id, &category_ids, Ids::term).ok_or(ApiError::NotFound)?;
    let category = categories.iter().find(|category| category.id == wanted).ok_or(ApiError::NotFound)?;
    Ok(json_response(StatusCode::OK, &oruk::taxonomy_term(category, &site)))
}

/// The `modified_after` filter, if given; a value that is not a date is refused.
fn modified_after(query: &QueryParams) -> Result<Option<chrono::NaiveDateTime>, ApiError> {
    let Some(text) = query.get("modified_after") else { return Ok(None) };
    let refused = ApiError::BadParameter {
        name: "modified_after",
        message: "a date-time such as 2026-12-01T09:00:00Z, or a date such as 2026-12-01",
    };
    oruk::parse_modified_after(text).map(Some).ok_or(refused)
}

/// The `day` filter, if given: weekly activities on that day. A day not understood is refused,
/// like a bad date, rather than dropped.
fn day(query: &QueryParams) -> Result<Option<i32>, ApiError> {
    let Some(text) = query.get("day") else { return Ok(None) };
    let refused = ApiError::BadParameter { name: "day", message: "a day of the week, such as TU or Tuesday" };
    oruk::parse_day(text).map(Some).ok_or(refused)
}

fn site(state: &AppState) -> Site {
    Site::new(&state.config.base_url)
}

/// Whether two texts are the same UUID, however written.
fn same_id(given: &str, ours: &str) -> bool {
    uuid::Uuid::parse_str(given.trim()).is_ok_and(|given| given.to_string() == ours)
}

/// The request's query parameters, the first of each name kept. Read by hand rather than
/// through a typed extractor, so that no value, however odd, is refused before the rules
/// above decide what it means.
struct QueryParams(Vec<(String, String)>);

impl QueryParams {
    fn of(request: &HttpRequest) -> QueryParams {
        QueryParams(url::form_urlencoded::parse(request.query_string().as_bytes()).into_owned().collect())
    }

    /// The value of `name`; an empty one counts as not given.
    fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(key, _)| key == name).map(|(_, value)| value.trim()).filter(|value| !value.is_empty())
    }
}

fn json_response(status: StatusCode, body: &Value) -> HttpResponse {
    json_bytes(status, actix_web::web::Bytes::from(body.to_string()))
}

/// An answer of JSON already written out.
fn json_bytes(status: StatusCode, body: actix_web::web::Bytes) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("application/json")
        .insert_header((CACHE_CONTROL, if status.is_success() { FEED_CACHE } else { "no-store" }))
        .insert_header((ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .body(body)
}

/// What goes wrong in the API, answered as JSON (a client of a JSON API should never have to
/// read an HTML page).
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound,
    #[error("bad {name}: {message}")]
    BadParameter { name: &'static str, message: &'static str },
    /// The database failed or is busy: 500 or 503 as for the pages.
    #[error(transparent)]
    App(AppError),
}

impl ApiError {
    fn from_db(error: AppError) -> ApiError {
        match error {
            AppError::NotFound => ApiError::NotFound,
            other => ApiError::App(other),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::BadParameter { .. } => StatusCode::BAD_REQUEST,
            ApiError::App(error) => error.status_code(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let body = match self {
            ApiError::NotFound => json!({ "error": "not_found" }),
            ApiError::BadParameter { name, message } => {
                json!({ "error": "bad_parameter", "parameter": name, "message": format!("{name} must be {message}") })
            }
            ApiError::App(error) => {
                match error {
                    AppError::Unavailable(detail) => tracing::warn!(%detail, "service unavailable"),
                    other => tracing::error!(detail = %other, "internal error"),
                }
                json!({ "error": if self.status_code() == StatusCode::SERVICE_UNAVAILABLE { "unavailable" } else { "internal" } })
            }
        };
        json_response(self.status_code(), &body)
    }
}
