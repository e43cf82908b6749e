//! The programme's tracker: public pages for everyone, a form for a signed-in person's view on
//! an item open for views, and the lead's pages to keep it current, answer each view, pass a
//! worrying one to the safeguarding contact and publish what was decided. Views are seen only
//! by the person who gave them and the programme's leads: an item of another programme, or a
//! view on another item, is not found.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use super::{html, html_with_status, redirect};
use crate::accounts::Action;
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::programmes::Programme;
use crate::programmes::queries as programmes;
use crate::rounds::queries as rounds;
use crate::tracker::actions::{self, TrackerError};
use crate::tracker::queries;
use crate::tracker::rules::{
    DecisionForm, ItemForm, check_answer, check_decision, check_item, check_view, too_many_views,
};
use crate::tracker::{Item, ItemStatus};
use crate::web::access::managed_programme;
use crate::web::error::AppError;
use crate::web::extractors::{SignedIn, Viewer};
use crate::web::views::tracker::{
    self as views, ItemFormPage, ItemPage, ManageItem, ManageList, TrackedRound, TrackerPage,
};
use crate::web::{AppState, kept_pages};

fn may_manage(viewer: &Viewer, programme: &Programme) -> bool {
    viewer.signed_in.as_ref().is_some_and(|signed_in| signed_in.roles.may(Action::ManageProgramme(programme.id)))
}

fn refused(viewer: &Viewer, error: TrackerError) -> AppError {
    match error {
        TrackerError::Database(error) => error.into(),
        TrackerError::NotFound => AppError::NotFound,
        TrackerError::NotOpen => AppError::Conflict(viewer.tr.t("tracker-error-not-open")),
        TrackerError::AlreadyDecided => AppError::Conflict(viewer.tr.t("tracker-error-already-decided")),
        TrackerError::RoundNotDraft => AppError::Conflict(viewer.tr.t("tracker-error-round-not-draft")),
        TrackerError::NoSafeguardingContact => AppError::Conflict(viewer.tr.t("tracker-error-no-safeguarding")),
        TrackerError::TooMany(at) => AppError::Conflict(viewer.tr.message(&too_many_views(at))),
    }
}

/// `GET /programmes/{slug}/tracker`: the items, then each round with its stages; kept for
/// visitors until a round's next moment or midnight in London.
pub async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let lookup = kept_pages::look_up(&state, &viewer).await?;
    if let Some(kept) = lookup.answer() {
        return Ok(kept);
    }
    let slug = slug.into_inner();
    let found = state
        .db
        .run(move |conn| {
            let Some(programme) = programmes::find_by_slug(conn, &slug)? else { return Ok::<_, AppError>(None) };
            let items = queries::items_of(conn, programme.id)?;
            let mut first_paid = queries::first_payments(conn, programme.id)?;
            let tracked: Vec<TrackedRound> = rounds::of_programme(conn, programme.id)?
                .into_iter()
                .map(|round| TrackedRound { first_paid: first_paid.remove(&round.id), round, counts: Vec::new() })
                .collect();
            Ok(Some((programme, items, tracked)))
        })
        .await?;
    let (programme, items, tracked) = found.ok_or(AppError::NotFound)?;
    let view = TrackerPage {
        programme: &programme,
        items: &items,
        rounds: &tracked,
        now: state.now(),
        may_manage: may_manage(&viewer, &programme),
    };
    let good_until = kept_pages::good_until(view.now, tracked.iter().flat_map(|tracked| tracked.round.moments()));
    Ok(lookup.keep(&state, views::tracker_page(&viewer.ctx_in(&programme), &view), good_until))
}

/// What an item's public page needs.
struct Public {
    programme: Programme,
    item: Item,
    round: Option<(crate::rounds::Round, Vec<crate::rounds::Criterion>)>,
    own_views: Vec<crate::tracker::View>,
}

async fn public_item(state: &AppState, viewer: &Viewer, slug: String, item_id: i64) -> Result<Public, AppError> {
    let person_id = viewer.signed_in.as_ref().map(|signed_in| signed_in.person.id);
    let found = state
        .db
        .run(move |conn| {
            let Some(programme) = programmes::find_by_slug(conn, &slug)? else { return Ok::<_, AppError>(None) };
            let Some(item) = queries::find_item(conn, item_id)?.filter(|item| item.programme_id == programme.id) else {
                return Ok(None);
            };
            let round = match item.round_id {
                Some(round_id) => match rounds::find(conn, round_id)? {
                    Some(round) => {
                        let criteria = rounds::criteria_of(conn, round.id)?;
                        Some((round, criteria))
                    }
                    None => None,
                },
                None => None,
            };
            let own_views = match person_id {
                Some(person_id) => queries::views_by(conn, item.id, person_id)?,
                None => Vec::new(),
            };
            Ok(Some(Public { programme, item, round, own_views }))
        })
        .await?;
    found.ok_or(AppError::NotFound)
}

fn render_item(viewer: &Viewer, found: &Public, typed: &str, errors: &FieldErrors) -> maud::Markup {
    let view = ItemPage {
        programme: &found.programme,
        item: &found.item,
        round: found.round.as_ref().map(|(round, criteria)| (round, criteria.as_slice())),
        signed_in: viewer.signed_in.is_some(),
        own_views: &found.own_views,
        typed,
        errors,
        may_manage: may_manage(viewer, &found.programme),
    };
    views::item_page(&viewer.ctx_in(&found.programme), &view)
}

/// `GET /programmes/{slug}/tracker/{id}`.
pub async fn item(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, AppError> {
    let (slug, item_id) = path.into_inner();
    let found = public_item(&state, &viewer, slug, item_id).await?;
    Ok(html(render_item(&viewer, &found, "", &FieldErrors::new())))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ViewForm {
    pub view: String,
}

/// `POST /programmes/{slug}/tracker/{id}/views` (`view`): a signed-in person's view.
pub async fn give_view(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, i64)>,
    form: web::Form<ViewForm>,
) -> Result<HttpResponse, AppError> {
    let (slug, item_id) = path.into_inner();
    let person_id = viewer.require_signed_in()?.person.id;
    let found = public_item(&state, &viewer, slug, item_id).await?;
    let typed = form.into_inner().view;
    let text = match check_view(&typed) {
        Ok(text) => text,
        Err(errors) => {
            return Ok(html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                render_item(&viewer, &found, &typed, &errors),
            ));
        }
    };
    let now = state.now();
    match state.db.call(move |conn| actions::give_view(conn, person_id, item_id, &text, now)).await? {
        Ok(_) => {
            viewer.flash(Message::new("tracker-view-sent"));
            Ok(redirect(&format!("/programmes/{}/tracker/{}", found.programme.slug, item_id)))
        }
        Err(TrackerError::TooMany(at)) => {
            let errors = FieldErrors::single("view", too_many_views(at));
            Ok(html_with_status(StatusCode::TOO_MANY_REQUESTS, render_item(&viewer, &found, &typed, &errors)))
        }
        Err(other) => Err(refused(&viewer, other)),
    }
}

// ---- The lead's pages ----

/// `GET /manage/programmes/{id}/tracker`.
pub async fn manage_list(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let id = programme.id;
    let (items, counts) = state
        .db
        .run(move |conn| Ok::<_, AppError>((queries::items_of(conn, id)?, queries::view_counts(conn, id)?)))
        .await?;
    let view = ManageList { programme: &programme, items: &items, counts: &counts };
    Ok(html(views::manage_list(&viewer.ctx(), &view)))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct NewQuery {
    /// A round whose draft criteria the new item asks views on.
    pub round: String,
}

/// `GET /manage/programmes/{id}/tracker/new` (`?round=` to ask views on a round's criteria).
pub async fn new_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    query: web::Query<NewQuery>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let mut form = ItemForm { status: ItemStatus::Planned.key().into(), ..ItemForm::default() };
    let mut round_name = None;
    if let Ok(round_id) = query.round.parse::<i64>() {
        let round = state.query(move |conn| rounds::find(conn, round_id)).await?;
        if let Some(round) = round.filter(|round| round.programme_id == programme.id) {
            let tr = viewer.tr;
            form = ItemForm {
                title: crate::t!(tr, "tracker-criteria-item-title", round = round.name.as_str()),
                aim: tr.t("tracker-criteria-item-aim"),
                can_influence: tr.t("tracker-criteria-item-can"),
                cannot_influence: tr.t("tracker-criteria-item-cannot"),
                status: ItemStatus::Open.key().into(),
                round_id: round.id.to_string(),
                ..form
            };
            round_name = Some(round.name);
        }
    }
    let view = ItemFormPage {
        programme: &programme,
        form: &form,
        errors: &FieldErrors::new(),
        round_name: round_name.as_deref(),
    };
    Ok(html(views::new_item(&viewer.ctx(), &view)))
}

/// `POST /manage/programmes/{id}/tracker/new`.
pub async fn add(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    form: web::Form<ItemForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let form = form.into_inner();
    let input = match check_item(&form, false) {
        Ok(input) => input,
        Err(errors) => {
            let view = ItemFormPage { programme: &programme, form: &form, errors: &errors, round_name: None };
            return Ok(html_with_status(StatusCode::UNPROCESSABLE_ENTITY, views::new_item(&viewer.ctx(), &view)));
        }
    };
    let (actor, id, now) = (signed_in.person.id, programme.id, state.now());
    let item_id = state
        .db
        .call(move |conn| actions::add_item(conn, actor, id, &input, now))
        .await?
        .map_err(|e| refused(&viewer, e))?;
    viewer.flash(Message::new("tracker-item-added"));
    Ok(redirect(&format!("/manage/tracker/{item_id}")))
}

/// The item in the path with its programme, if the viewer leads the programme.
async fn managed_item(
    state: &AppState,
    viewer: &Viewer,
    item_id: i64,
) -> Result<(SignedIn, Programme, Item), AppError> {
    viewer.require_signed_in()?;
    let item = state.query(move |conn| queries::find_item(conn, item_id)).await?.ok_or(AppError::NotFound)?;
    let (signed_in, programme) = managed_programme(state, viewer, item.programme_id).await?;
    Ok((signed_in, programme, item))
}

/// What the lead's item page shows besides the item, as typed when a form came back.
#[derive(Default)]
struct Typed {
    form: Option<ItemForm>,
    decision: DecisionForm,
    answering: Option<(i64, String)>,
    errors: FieldErrors,
}

async fn manage_page(
    state: &AppState,
    viewer: &Viewer,
    programme: &Programme,
    item: &Item,
    typed: Typed,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let for_query = item.clone();
    let given = state.db.run(move |conn| queries::views_on(conn, &for_query).map_err(AppError::from)).await?;
    let form = typed.form.unwrap_or_else(|| ItemForm::from_item(item));
    let view = ManageItem {
        programme,
        item,
        views: &given,
        form: &form,
        decision: &typed.decision,
        errors: &typed.errors,
        answering: typed.answering.as_ref().map(|(id, text)| (*id, text.as_str())),
    };
    Ok(html_with_status(status, views::manage_item(&viewer.ctx(), &view)))
}

/// `GET /manage/tracker/{id}`.
pub async fn manage_item(
    state: web::Data<AppState>,
    viewer: Viewer,
    item_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (_, programme, item) = managed_item(&state, &viewer, item_id.into_inner()).await?;
    manage_page(&state, &viewer, &programme, &item, Typed::default(), StatusCode::OK).await
}

/// `POST /manage/tracker/{id}/edit`.
pub async fn change(
    state: web::Data<AppState>,
    viewer: Viewer,
    item_id: web::Path<i64>,
    form: web::Form<ItemForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme, item) = managed_item(&state, &viewer, item_id.into_inner()).await?;
    let form = form.into_inner();
    let input = match check_item(&form, item.status() == ItemStatus::Decided) {
        Ok(input) => input,
        Err(errors) => {
            let typed = Typed { form: Some(form), errors, ..Typed::default() };
            return manage_page(&state, &viewer, &programme, &item, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let (actor, id, now) = (signed_in.person.id, item.id, state.now());
    state
        .db
        .call(move |conn| actions::change_item(conn, actor, id, &input, now))
        .await?
        .map_err(|e| refused(&viewer, e))?;
    viewer.flash(Message::new("tracker-item-saved"));
    Ok(redirect(&format!("/manage/tracker/{id}")))
}

/// `POST /manage/tracker/{id}/decide` (`decision`, `you_said_we_did`, `views_summary`,
/// `decided_on`).
pub async fn decide(
    state: web::Data<AppState>,
    viewer: Viewer,
    item_id: web::Path<i64>,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let (signed_in, programme, item) = managed_item(&state, &viewer, item_id.into_inner()).await?;
    let form = form.into_inner();
    let id = item.id;
    let views_given = state.query(move |conn| queries::view_count(conn, id)).await?;
    let today = crate::time::in_london(state.now()).date_naive();
    let input = match check_decision(&form, usize::try_from(views_given).unwrap_or(usize::MAX), today) {
        Ok(input) => input,
        Err(errors) => {
            let typed = Typed { decision: form, errors, ..Typed::default() };
            return manage_page(&state, &viewer, &programme, &item, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let (actor, id, now) = (signed_in.person.id, item.id, state.now());
    state.db.call(move |conn| actions::decide(conn, actor, id, &input, now)).await?.map_err(|e| refused(&viewer, e))?;
    viewer.flash(Message::new("tracker-decision-published"));
    Ok(redirect(&format!("/manage/tracker/{id}")))
}

/// `POST /manage/tracker/{id}/views/{view_id}/answer` (`answer-{view_id}`: each view's box on
/// the page has its own name, so an error links to the right one): emailed to the person.
pub async fn answer(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (item_id, view_id) = path.into_inner();
    let (signed_in, programme, item) = managed_item(&state, &viewer, item_id).await?;
    let field = format!("answer-{view_id}");
    let typed =
        form.into_inner().into_iter().find(|(name, _)| *name == field).map(|(_, value)| value).unwrap_or_default();
    let text = match check_answer(&typed) {
        Ok(text) => text,
        Err(errors) => {
            let errors = renamed(errors, view_id);
            let typed = Typed { answering: Some((view_id, typed)), errors, ..Typed::default() };
            return manage_page(&state, &viewer, &programme, &item, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let (actor, now, links, answered) = (signed_in.person.id, state.now(), state.links(), item.clone());
    state
        .db
        .call(move |conn| actions::answer_view(conn, actor, &answered, view_id, &text, &links, now))
        .await?
        .map_err(|e| refused(&viewer, e))?;
    viewer.flash(Message::new("tracker-answer-sent"));
    Ok(redirect(&format!("/manage/tracker/{item_id}#view-{view_id}")))
}

/// An answer's problem, at the answer box of its view (each view's box has its own name).
fn renamed(errors: FieldErrors, view_id: i64) -> FieldErrors {
    let mut at_box = FieldErrors::new();
    for error in errors.iter() {
        at_box.add(&format!("{}-{view_id}", error.field), error.message.clone());
    }
    at_box
}

async fn managed_view(
    state: &AppState,
    viewer: &Viewer,
    item_id: i64,
    view_id: i64,
) -> Result<(SignedIn, Programme, Item, crate::tracker::ViewWithPerson), AppError> {
    let (signed_in, programme, item) = managed_item(state, viewer, item_id).await?;
    let for_query = item.clone();
    let given = state.db.run(move |conn| queries::views_on(conn, &for_query).map_err(AppError::from)).await?;
    let found = given.into_iter().find(|given| given.view.id == view_id).ok_or(AppError::NotFound)?;
    Ok((signed_in, programme, item, found))
}

/// `GET /manage/tracker/{id}/views/{view_id}/safeguarding`: asks before passing the view on.
pub async fn confirm_safeguarding(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (item_id, view_id) = path.into_inner();
    let (_, programme, item, given) = managed_view(&state, &viewer, item_id, view_id).await?;
    if programme.safeguarding_email.is_empty() {
        return Err(refused(&viewer, TrackerError::NoSafeguardingContact));
    }
    Ok(html(views::confirm_safeguarding(&viewer.ctx(), &programme, &item, &given)))
}

/// `POST /manage/tracker/{id}/views/{view_id}/safeguarding`: emails the view to the
/// programme's safeguarding contact, once.
pub async fn pass_to_safeguarding(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (item_id, view_id) = path.into_inner();
    let (signed_in, _, item, _) = managed_view(&state, &viewer, item_id, view_id).await?;
    let (actor, now, links) = (signed_in.person.id, state.now(), state.links());
    let passed = state
        .db
        .call(move |conn| actions::flag_for_safeguarding(conn, actor, &item, view_id, &links, now))
        .await?
        .map_err(|e| refused(&viewer, e))?;
    viewer.flash(Message::new(if passed { "tracker-passed" } else { "tracker-already-passed" }));
    Ok(redirect(&format!("/manage/tracker/{item_id}#view-{view_id}")))
}
