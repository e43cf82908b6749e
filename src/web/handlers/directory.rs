//! The community directory's pages. Anyone searches (`GET /directory`) and reads an approved,
//! current listing; a group's members add and change its listings and say they are still
//! current; directory editors (and site admins) approve, hide and show them again. A listing
//! not yet public is seen only by its group's members and the editors: to anyone else it is not
//! found, whatever the id.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::groups::member_group;
use super::{html, html_with_status, redirect};
use crate::accounts::Action;
use crate::directory::actions::{self, ListingError};
use crate::directory::freshness::{Freshness, freshness};
use crate::directory::queries::{self, PAGE_SIZE, Search};
use crate::directory::rules::{ListingForm, check_category, check_listing};
use crate::directory::{Category, Listing, ListingStatus};
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::programmes::areas::is_postcode_prefix;
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::form_lists::from_pairs;
use crate::web::memo::DirectoryPage;
use crate::web::views::directory::{self as views, ListingPage, SearchForm, SearchPage};
use crate::web::{AppState, kept_pages};

type Pairs = web::Form<Vec<(String, String)>>;

/// The filters of a search as understood, and a message for each value that was not (it is
/// ignored, never an error: a link with an old category still gives results).
fn understand(form: &SearchForm, categories: &[Category]) -> (Search, Vec<Message>) {
    let mut ignored = Vec::new();
    let mut search = Search { text: form.text.chars().take(200).collect(), ..Search::default() };
    if !form.category.is_empty() {
        match categories.iter().find(|category| category.slug == form.category) {
            Some(category) => search.category_id = Some(category.id),
            None => ignored.push(Message::new("directory-ignored-category").arg("value", form.category.as_str())),
        }
    }
    let district = form.area.trim().to_uppercase();
    if !district.is_empty() {
        if is_postcode_prefix(&district) && !district.contains(' ') {
            search.district = Some(district);
        } else {
            ignored.push(Message::new("directory-ignored-area").arg("value", form.area.trim()));
        }
    }
    if !form.day.is_empty() {
        match form.day.parse::<i32>().ok().filter(|day| (1..=7).contains(day)) {
            Some(day) => search.weekday = Some(day),
            None => ignored.push(Message::new("directory-ignored-day").arg("value", form.day.as_str())),
        }
    }
    let language: String = form.language.trim().chars().take(40).collect();
    search.language = (!language.is_empty()).then_some(language);
    search.free_only = form.free == "yes";
    search.online_only = form.online == "yes";
    search.page = form.page.parse::<i64>().ok().filter(|page| (1..=10_000).contains(page)).unwrap_or(1) - 1;
    (search, ignored)
}

/// `GET /directory`: search, for anyone. Most visitors ask the same few searches, so a page of
/// results is kept until anything in the database changes, and at most until the hour turns (a
/// listing leaves the directory when its 12 months without a confirmation end: within the hour,
/// with no change in the database to say so). A kept page costs one round trip: the change
/// marker. The first page of each search is also kept as rendered for visitors (see
/// `web::kept_pages`), until the same moments.
pub async fn search(
    state: web::Data<AppState>,
    viewer: Viewer,
    pairs: web::Query<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form: SearchForm = from_pairs(&pairs, &[]).unwrap_or_default();
    let first_page = matches!(form.page.trim(), "" | "1");
    let lookup = if first_page { kept_pages::look_up(&state, &viewer).await? } else { kept_pages::Lookup::NotKept };
    if let Some(kept) = lookup.answer() {
        return Ok(kept);
    }
    let now = state.now();
    let memos = state.memos.clone();
    let key = format!("{form:?}@{}", hour_of(now));
    let typed = form.clone();
    let found = state
        .db
        .run(move |conn| {
            let marker = crate::db::changes::change_marker(conn)?;
            memos.directory_pages.get_or_make(key, marker, || {
                let categories = queries::categories(conn)?;
                let (search, ignored) = understand(&typed, &categories);
                let (results, total) = queries::search(conn, &search, now)?;
                let group_ids: Vec<i64> = results.iter().map(|found| found.listing.group_id).collect();
                let funded = queries::funded_by(conn, &group_ids)?;
                Ok::<_, AppError>(DirectoryPage { categories, search, ignored, results, total, funded })
            })
        })
        .await?;
    let view = SearchPage {
        form: &form,
        categories: &found.categories,
        ignored: &found.ignored,
        results: &found.results,
        funded: &found.funded,
        total: found.total,
        page: (found.search.page + 1) as usize,
        last_page: ((found.total.max(1) + PAGE_SIZE - 1) / PAGE_SIZE) as usize,
        signed_in: viewer.signed_in.is_some(),
        filtered: [&form.category, &form.area, &form.day, &form.free, &form.online, &form.language]
            .iter()
            .any(|value| !value.is_empty()),
    };
    Ok(lookup.keep(&state, views::search(&viewer.ctx(), &view), next_hour(now)))
}

/// The hour `now` is in, as a key: kept pages of results are made again when it turns.
pub(super) fn hour_of(now: chrono::NaiveDateTime) -> String {
    now.format("%Y-%m-%dT%H").to_string()
}

/// When the hour `now` is in turns.
fn next_hour(now: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    use chrono::Timelike;
    now.date().and_hms_opt(now.hour(), 0, 0).unwrap_or(now) + chrono::Duration::hours(1)
}

/// A listing with what its page needs, if the viewer may see it: anyone when it is public and
/// current; otherwise only its group's members and the editors.
struct Seen {
    listing: Listing,
    group_name: String,
    categories: Vec<Category>,
    funded: Vec<String>,
    is_member: bool,
    is_editor: bool,
}

async fn seen_listing(state: &AppState, viewer: &Viewer, listing_id: i64) -> Result<Seen, AppError> {
    let person_id = viewer.signed_in.as_ref().map(|signed_in| signed_in.person.id);
    let is_editor = viewer.signed_in.as_ref().is_some_and(|signed_in| signed_in.roles.may(Action::EditDirectory));
    let loaded = state
        .db
        .run(move |conn| {
            let Some((listing, group_name)) = queries::find(conn, listing_id)? else { return Ok::<_, AppError>(None) };
            let is_member = match person_id {
                Some(person_id) => crate::groups::queries::membership(conn, listing.group_id, person_id)?.is_some(),
                None => false,
            };
            let categories = queries::categories_of(conn, listing.id)?;
            let funded = queries::funded_by(conn, &[listing.group_id])?.remove(&listing.group_id).unwrap_or_default();
            Ok(Some(Seen { listing, group_name, categories, funded, is_member, is_editor }))
        })
        .await?;
    let seen = loaded.ok_or(AppError::NotFound)?;
    let public = seen.listing.status() == ListingStatus::Approved
        && freshness(seen.listing.confirmed_at, state.now()) != Freshness::Lapsed;
    if public || seen.is_member || seen.is_editor { Ok(seen) } else { Err(AppError::NotFound) }
}

/// `GET /directory/{id}`
pub async fn listing(state: web::Data<AppState>, viewer: Viewer, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    let seen = seen_listing(&state, &viewer, id.into_inner()).await?;
    let view = ListingPage {
        listing: &seen.listing,
        group_name: &seen.group_name,
        categories: &seen.categories,
        funded: &seen.funded,
        freshness: freshness(seen.listing.confirmed_at, state.now()),
        is_member: seen.is_member,
        is_editor: seen.is_editor,
    };
    Ok(html(views::listing(&viewer.ctx(), &view)))
}

/// The listing form again with its problems, what was typed kept.
fn form_with_errors(
    viewer: &Viewer,
    heading: &str,
    action: &str,
    form: &ListingForm,
    categories: &[Category],
    errors: &FieldErrors,
) -> HttpResponse {
    html_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        views::listing_form(&viewer.ctx(), heading, action, form, categories, errors),
    )
}

fn read_form(pairs: &Pairs) -> Result<ListingForm, AppError> {
    from_pairs(pairs, &["category", "accessibility"])
        .map_err(|error| AppError::BadRequest(format!("the form could not be read: {error}")))
}

async fn all_categories(state: &AppState) -> Result<Vec<Category>, AppError> {
    state.query(queries::categories).await
}

/// `GET /groups/{id}/listings/new`: a member adds what the group runs.
pub async fn new_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let categories = all_categories(&state).await?;
    let heading = viewer.tr.t("directory-form-new-title");
    let action = format!("/groups/{}/listings/new", group.id);
    Ok(html(views::listing_form(
        &viewer.ctx(),
        &heading,
        &action,
        &ListingForm::default(),
        &categories,
        &FieldErrors::new(),
    )))
}

/// `POST /groups/{id}/listings/new`: saved, waiting for an editor.
pub async fn add(
    state: web::Data<AppState>,
    viewer: Viewer,
    group_id: web::Path<i64>,
    pairs: Pairs,
) -> Result<HttpResponse, AppError> {
    let (signed_in, group, _) = member_group(&state, &viewer, group_id.into_inner()).await?;
    let form = read_form(&pairs)?;
    let categories = all_categories(&state).await?;
    let input = match check_listing(&form, &categories) {
        Ok(input) => input,
        Err(errors) => {
            let heading = viewer.tr.t("directory-form-new-title");
            return Ok(form_with_errors(
                &viewer,
                &heading,
                &format!("/groups/{}/listings/new", group.id),
                &form,
                &categories,
                &errors,
            ));
        }
    };
    let (person_id, group_id, now) = (signed_in.person.id, group.id, state.now());
    let id = state
        .db
        .call(move |conn| actions::add(conn, person_id, group_id, &input, now))
        .await?
        .map_err(listing_error)?;
    viewer.flash("directory-added");
    Ok(redirect(&format!("/directory/{id}")))
}

/// A listing the viewer may change: a member of its group, or an editor.
async fn changeable(state: &AppState, viewer: &Viewer, listing_id: i64) -> Result<(i64, Seen), AppError> {
    let person_id = viewer.require_signed_in()?.person.id;
    let seen = seen_listing(state, viewer, listing_id).await?;
    if seen.is_member || seen.is_editor { Ok((person_id, seen)) } else { Err(AppError::NotFound) }
}

/// `GET /directory/{id}/edit`
pub async fn edit_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, seen) = changeable(&state, &viewer, id.into_inner()).await?;
    let categories = all_categories(&state).await?;
    let form = ListingForm::from_listing(&seen.listing, &seen.categories);
    let action = format!("/directory/{}/edit", seen.listing.id);
    Ok(html(views::listing_form(&viewer.ctx(), &seen.listing.name, &action, &form, &categories, &FieldErrors::new())))
}

/// `POST /directory/{id}/edit`
pub async fn update(
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<i64>,
    pairs: Pairs,
) -> Result<HttpResponse, AppError> {
    let (person_id, seen) = changeable(&state, &viewer, id.into_inner()).await?;
    let form = read_form(&pairs)?;
    let categories = all_categories(&state).await?;
    let listing_id = seen.listing.id;
    let input = match check_listing(&form, &categories) {
        Ok(input) => input,
        Err(errors) => {
            let action = format!("/directory/{listing_id}/edit");
            return Ok(form_with_errors(&viewer, &seen.listing.name, &action, &form, &categories, &errors));
        }
    };
    let now = state.now();
    state
        .db
        .call(move |conn| actions::change(conn, person_id, listing_id, &input, now))
        .await?
        .map_err(listing_error)?;
    viewer.flash("directory-changed");
    Ok(redirect(&format!("/directory/{listing_id}")))
}

/// `POST /directory/{id}/confirm`: the group says it is still current.
pub async fn confirm(state: web::Data<AppState>, viewer: Viewer, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    let (person_id, seen) = changeable(&state, &viewer, id.into_inner()).await?;
    let (listing_id, now) = (seen.listing.id, state.now());
    state.db.call(move |conn| actions::confirm(conn, person_id, listing_id, now)).await?.map_err(listing_error)?;
    viewer.flash("directory-confirmed");
    Ok(redirect(&format!("/directory/{listing_id}")))
}

/// `GET /directory/review`: the editors' queue.
pub async fn queue(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    let site_admin = viewer.authorize(Action::EditDirectory)?.roles.may(Action::EditDirectoryCategories);
    let (waiting, hidden) = state
        .query(|conn| {
            Ok::<_, diesel::result::Error>((
                queries::with_status(conn, ListingStatus::Pending)?,
                queries::with_status(conn, ListingStatus::Hidden)?,
            ))
        })
        .await?;
    Ok(html(views::editor_queue(&viewer.ctx(), &waiting, &hidden, site_admin)))
}

/// `POST /directory/{id}/approve`: an editor makes a listing public (or public again).
pub async fn approve(state: web::Data<AppState>, viewer: Viewer, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    set_status(&state, &viewer, id.into_inner(), ListingStatus::Approved, "directory-approved").await
}

/// `POST /directory/{id}/hide`: an editor takes a listing out of the public directory.
pub async fn hide(state: web::Data<AppState>, viewer: Viewer, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    set_status(&state, &viewer, id.into_inner(), ListingStatus::Hidden, "directory-hidden").await
}

async fn set_status(
    state: &AppState,
    viewer: &Viewer,
    listing_id: i64,
    to: ListingStatus,
    done: &'static str,
) -> Result<HttpResponse, AppError> {
    let editor_id = viewer.authorize(Action::EditDirectory)?.person.id;
    let now = state.now();
    let changed = state.db.call(move |conn| actions::set_status(conn, editor_id, listing_id, to, None, now)).await?;
    match changed {
        Ok(()) | Err(ListingError::AlreadyThere(_)) => {
            viewer.flash(done);
            Ok(redirect(&format!("/directory/{listing_id}")))
        }
        Err(other) => Err(listing_error(other)),
    }
}

fn listing_error(error: ListingError) -> AppError {
    match error {
        ListingError::NotFound => AppError::NotFound,
        ListingError::Database(error) => error.into(),
        ListingError::AlreadyThere(status) => AppError::Conflict(format!("the listing is already {status}")),
    }
}

/// The category form: a name.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CategoryForm {
    pub name: String,
}

async fn categories_with_counts(state: &AppState) -> Result<Vec<(Category, i64)>, AppError> {
    state.query(queries::categories_with_counts).await
}

/// `GET /directory/categories`: the site admin's list.
pub async fn categories(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    viewer.authorize(Action::EditDirectoryCategories)?;
    let categories = categories_with_counts(&state).await?;
    Ok(html(views::categories_page(&viewer.ctx(), &categories, "", &FieldErrors::new())))
}

/// `POST /directory/categories`: adds one.
pub async fn add_category(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Form<CategoryForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.authorize(Action::EditDirectoryCategories)?.person.id;
    let categories = categories_with_counts(&state).await?;
    let existing: Vec<Category> = categories.iter().map(|(category, _)| category.clone()).collect();
    let (name, slug) = match check_category(&form.name, &existing) {
        Ok(checked) => checked,
        Err(errors) => {
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::categories_page(&viewer.ctx(), &categories, &form.name, &errors),
            ));
        }
    };
    let now = state.now();
    state.query(move |conn| actions::add_category(conn, admin, &name, &slug, now)).await?;
    viewer.flash("directory-category-added");
    Ok(redirect("/directory/categories"))
}

/// `POST /directory/categories/{id}`: renames one (its slug stays, so links keep working).
pub async fn rename_category(
    state: web::Data<AppState>,
    viewer: Viewer,
    id: web::Path<i64>,
    form: web::Form<CategoryForm>,
) -> Result<HttpResponse, AppError> {
    let admin = viewer.authorize(Action::EditDirectoryCategories)?.person.id;
    let id = id.into_inner();
    let categories = categories_with_counts(&state).await?;
    if !categories.iter().any(|(category, _)| category.id == id) {
        return Err(AppError::NotFound);
    }
    let others: Vec<Category> = categories.iter().filter(|(c, _)| c.id != id).map(|(c, _)| c.clone()).collect();
    let name = match check_category(&form.name, &others) {
        Ok((name, _)) => name,
        Err(errors) => {
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::categories_page(&viewer.ctx(), &categories, "", &errors),
            ));
        }
    };
    let now = state.now();
    state.db.call(move |conn| actions::rename_category(conn, admin, id, &name, now)).await?.map_err(listing_error)?;
    viewer.flash("directory-category-renamed");
    Ok(redirect("/directory/categories"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_page_of_results_is_good_until_the_hour_turns() {
        let at = |h, m, s| chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap().and_hms_opt(h, m, s).unwrap();
        assert_eq!(next_hour(at(9, 0, 0)), at(10, 0, 0));
        assert_eq!(next_hour(at(9, 59, 59)), at(10, 0, 0));
        let new_year = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap().and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(next_hour(at(23, 30, 0)), new_year);
    }
}
