//! The programme's tracker as the public sees it (`/programmes/{slug}/tracker` and each item),
//! and the lead's pages to keep it current, read the views and answer each person.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use maud::{Markup, html};

use super::components::{
    ButtonStyle, Confirmation, Input, InputKind, button, confirmation, error_summary, post_form, select, summary_list,
    tag, textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use super::manage::round_status_tag;
use super::public::{StageCounts, tracker as round_stages};
use super::team;
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::programmes::Programme;
use crate::rounds::{Criterion, Round};
use crate::tracker::queries::CriteriaChange;
use crate::tracker::rules::{DecisionForm, ItemForm};
use crate::tracker::{Item, ItemStatus, View, ViewWithPerson};

/// The status of an item as a tag.
pub fn status_tag(tr: Tr, status: ItemStatus) -> Markup {
    let colour = match status {
        ItemStatus::Open => "green",
        ItemStatus::InProgress => "blue",
        ItemStatus::Planned => "grey",
        ItemStatus::Decided => "purple",
    };
    tag(&tr.t(status.message_key()), colour)
}

fn heading_key(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Open => "tracker-heading-open",
        ItemStatus::InProgress => "tracker-heading-in-progress",
        ItemStatus::Planned => "tracker-heading-planned",
        ItemStatus::Decided => "tracker-heading-decided",
    }
}

/// The programme's words, kept in their own direction and paragraphs.
fn words(text: &str) -> Markup {
    html! { @for paragraph in text.split("\n\n") { p class="body" dir="auto" { (paragraph) } } }
}

/// What an item is about: the facts every reader needs, in one list. On the tracker's list
/// (`in_full` false) what is fixed and how to take part wait for the item's own page, so a
/// phone's screen holds more than one item.
fn item_facts(tr: Tr, item: &Item, in_full: bool) -> Markup {
    let mut rows: Vec<(String, Markup)> = vec![(tr.t("tracker-aim"), words(&item.aim))];
    rows.push((tr.t("tracker-can-influence"), words(&item.can_influence)));
    if in_full && !item.cannot_influence.is_empty() {
        rows.push((tr.t("tracker-cannot-influence"), words(&item.cannot_influence)));
    }
    if let Some(day) = item.starts_on {
        rows.push((tr.t("tracker-starts-on"), html! { (tr.date(day)) }));
    }
    if let Some(day) = item.decide_by {
        rows.push((tr.t("tracker-decide-by"), html! { (tr.date(day)) }));
    }
    if in_full && !item.how_to_take_part.is_empty() {
        rows.push((tr.t("tracker-how-to-take-part"), words(&item.how_to_take_part)));
    }
    facts_list(&rows)
}

/// Rows of facts whose keys are words made for this page.
fn facts_list(rows: &[(String, Markup)]) -> Markup {
    let rows: Vec<(&str, Markup)> = rows.iter().map(|(key, value)| (key.as_str(), value.clone())).collect();
    summary_list(&rows)
}

/// What was decided, what changed because of people's views, and what was heard.
fn decided_facts(tr: Tr, item: &Item) -> Markup {
    let mut rows: Vec<(String, Markup)> = vec![(tr.t("tracker-decision"), words(&item.decision))];
    rows.push((tr.t("tracker-you-said-we-did"), words(&item.you_said_we_did)));
    if !item.views_summary.is_empty() {
        rows.push((tr.t("tracker-what-we-heard"), words(&item.views_summary)));
    }
    if let Some(day) = item.decided_on {
        rows.push((tr.t("tracker-decided-on"), html! { (tr.date(day)) }));
    }
    facts_list(&rows)
}

/// A round on the tracker, with its stages and dates.
pub struct TrackedRound {
    pub round: Round,
    pub counts: StageCounts,
    pub first_paid: Option<NaiveDate>,
}

pub struct TrackerPage<'a> {
    pub programme: &'a Programme,
    pub items: &'a [Item],
    pub rounds: &'a [TrackedRound],
    pub now: NaiveDateTime,
    /// Whether the viewer leads the programme (a link to keep the tracker current).
    pub may_manage: bool,
}

fn item_path(programme: &Programme, item: &Item) -> String {
    format!("/programmes/{}/tracker/{}", programme.slug, item.id)
}

/// `GET /programmes/{slug}/tracker`.
pub fn tracker_page(ctx: &PageCtx, view: &TrackerPage<'_>) -> Markup {
    let tr = ctx.tr;
    let programme = view.programme;
    let title = tr.t("tracker-title");
    let team_name = ctx.team.as_ref().map(|team| team.name.clone()).unwrap_or_else(|| programme.funder_name.clone());
    let mut ctx = ctx.clone();
    ctx.description =
        Some(crate::t!(tr, "tracker-description", programme = programme.name.as_str(), team = team_name.as_str()));
    page(
        &ctx,
        &crate::t!(tr, "tracker-page-title", programme = programme.name.as_str()),
        html! {
            span class="caption-l" dir="auto" { (programme.name) }
            h1 class="heading-xl" { (title) }
            p class="body-l" { (crate::t!(tr, "tracker-intro", team = team_name.as_str())) }
            @if view.may_manage {
                p class="body" { a href={ "/manage/programmes/" (programme.id) "/tracker" } { (tr.t("tracker-manage-link")) } }
            }
            @if let Some(team) = ctx.team.as_ref() { (team::panel(tr, team)) }
            @if view.items.is_empty() {
                p class="body" { (tr.t("tracker-no-items")) }
            }
            @for status in ItemStatus::ALL {
                @let items: Vec<&Item> = view.items.iter().filter(|item| item.status() == status).collect();
                @if !items.is_empty() {
                    section class="tracker-section" aria-labelledby={ "items-" (status.key()) } {
                        h2 class="heading-l" id={ "items-" (status.key()) } { (tr.t(heading_key(status))) }
                        @for item in items {
                            article class="card" {
                                h3 class="heading-m" {
                                    a href=(item_path(programme, item)) dir="auto" { (item.title) }
                                    " " (status_tag(tr, status))
                                }
                                @if status == ItemStatus::Decided { (decided_facts(tr, item)) } @else { (item_facts(tr, item, false)) }
                                @if status == ItemStatus::Open {
                                    p class="body" { a href=(item_path(programme, item)) { (crate::t!(tr, "tracker-give-view-link", item = item.title.as_str())) } }
                                }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="rounds" {
                h2 class="heading-l" id="rounds" { (tr.t("tracker-rounds-heading")) }
                @if view.rounds.is_empty() { p class="body" { (tr.t("tracker-no-rounds")) } }
                @for tracked in view.rounds {
                    article class="card" {
                        h3 class="heading-m" {
                            a href={ "/rounds/" (tracked.round.slug) } dir="auto" { (tracked.round.name) }
                            " " (round_status_tag(tr, &tracked.round, view.now))
                        }
                        (round_stages(tr, &tracked.round, &tracked.counts, view.now, tracked.first_paid))
                    }
                }
            }
        },
    )
}

pub struct ItemPage<'a> {
    pub programme: &'a Programme,
    pub item: &'a Item,
    /// The round whose draft criteria the item asks about, with its criteria.
    pub round: Option<(&'a Round, &'a [Criterion])>,
    pub signed_in: bool,
    /// The viewer's own views on the item, with the lead's answers.
    pub own_views: &'a [View],
    /// The view being written, and its problems.
    pub typed: &'a str,
    pub errors: &'a FieldErrors,
    pub may_manage: bool,
}

/// `GET /programmes/{slug}/tracker/{id}`.
pub fn item_page(ctx: &PageCtx, view: &ItemPage<'_>) -> Markup {
    let tr = ctx.tr;
    let (programme, item) = (view.programme, view.item);
    let status = item.status();
    let path = item_path(programme, item);
    page(
        ctx,
        &title_with_errors(tr, &item.title, view.errors),
        html! {
            (error_summary(tr, view.errors))
            a class="back-link" href={ "/programmes/" (programme.slug) "/tracker" } { (tr.t("tracker-back")) }
            span class="caption-l" dir="auto" { (programme.name) }
            h1 class="heading-xl" { bdi { (item.title) } " " (status_tag(tr, status)) }
            @if view.may_manage {
                p class="body" { a href={ "/manage/tracker/" (item.id) } { (tr.t("tracker-manage-item-link")) } }
            }
            @if status == ItemStatus::Decided {
                h2 class="heading-l" { (tr.t("tracker-heading-decided")) }
                (decided_facts(tr, item))
                h2 class="heading-m" { (tr.t("tracker-what-it-was")) }
            }
            (item_facts(tr, item, true))
            @if let Some((round, criteria)) = view.round {
                h2 class="heading-l" { (crate::t!(tr, "tracker-draft-criteria", round = round.name.as_str())) }
                p class="body" { (tr.t("tracker-draft-criteria-intro")) }
                @for criterion in criteria {
                    h3 class="heading-m" dir="auto" { (criterion.title) }
                    @if !criterion.description.is_empty() { p class="body" dir="auto" { (criterion.description) } }
                    div class="table-wrapper" {
                        table class="table" {
                            caption class="visually-hidden" { (crate::t!(tr, "public-score-caption", criterion = &criterion.title)) }
                            thead { tr { th scope="col" { (tr.t("public-score")) } th scope="col" { (tr.t("public-score-meaning")) } } }
                            tbody {
                                @for (score, text) in criterion.descriptors().iter().enumerate() {
                                    tr { td { (tr.number(score as i64 + 1)) } td dir="auto" { (text) } }
                                }
                            }
                        }
                    }
                }
            }
            @if !view.own_views.is_empty() {
                h2 class="heading-l" { (tr.t("tracker-your-views")) }
                @for own in view.own_views {
                    div class="inset-text" {
                        p class="body-s" { (crate::t!(tr, "tracker-you-wrote-on", when = tr.london_datetime(own.created_at))) }
                        (words(&own.body))
                        @if own.answer.is_empty() {
                            p class="body-s" { (tr.t("tracker-no-answer-yet")) }
                        } @else {
                            h3 class="heading-s" { (tr.t("tracker-our-answer")) }
                            (words(&own.answer))
                        }
                    }
                }
            }
            @if status == ItemStatus::Open {
                h2 class="heading-l" id="give-view" { (tr.t("tracker-give-view")) }
                @if view.signed_in {
                    (post_form(&format!("{path}/views"), &ctx.csrf_token, html! {
                        (textarea(tr, "view", &tr.t("tracker-your-view"), view.typed, Some(&tr.attr("tracker-your-view", "hint")), 6, view.errors))
                        (button(&tr.t("tracker-send-view"), ButtonStyle::Primary))
                    }))
                } @else {
                    p class="body" {
                        a href={ "/login?next=" (urlencoding(&path)) } { (tr.t("tracker-sign-in-to-give")) }
                        " " (tr.t("tracker-or")) " "
                        a href="/register" { (tr.t("tracker-register-to-give")) }
                    }
                }
            } @else if status != ItemStatus::Decided {
                p class="body" { (tr.t("tracker-not-open")) }
            }
            @if let Some(team) = ctx.team.as_ref() { (team::panel(tr, team)) }
        },
    )
}

fn urlencoding(path: &str) -> String {
    url::form_urlencoded::byte_serialize(path.as_bytes()).collect()
}

/// The history of a round's criteria, oldest first: who changed what, when.
pub fn criteria_history(tr: Tr, changes: &[CriteriaChange]) -> Markup {
    html! {
        @if !changes.is_empty() {
            details class="details" {
                summary class="details__summary" { (crate::t!(tr, "tracker-criteria-history", count = changes.len() as i64)) }
                ol class="list" {
                    @for change in changes { li { (describe_change(tr, change)) } }
                }
            }
        }
    }
}

fn describe_change(tr: Tr, change: &CriteriaChange) -> String {
    let detail = |name: &str| change.details.as_ref().and_then(|d| d.get(name)).cloned();
    let text = |name: &str| detail(name).and_then(|v| v.as_str().map(str::to_string));
    let title = text("title").or_else(|| text("key")).unwrap_or_default();
    let who = change.who.clone().unwrap_or_else(|| tr.t("tracker-criteria-someone"));
    let when = tr.london_datetime(change.at);
    match change.action.as_str() {
        "criterion_added" => crate::t!(tr, "tracker-criteria-added", when = when, who = who, title = title),
        "criterion_removed" => crate::t!(tr, "tracker-criteria-removed", when = when, who = who, title = title),
        _ => {
            let parts: Vec<String> = detail("changed")
                .and_then(|v| v.as_array().cloned())
                .unwrap_or_default()
                .iter()
                .filter_map(|part| part.as_str())
                .map(|part| match part.strip_prefix("score_") {
                    Some(score) => {
                        crate::t!(tr, "tracker-criteria-part-score", score = score.parse::<i64>().unwrap_or(0))
                    }
                    None if part == "weight" => crate::t!(
                        tr,
                        "tracker-criteria-part-weight",
                        from = detail("weight_from").and_then(|v| v.as_i64()).unwrap_or(0),
                        to = detail("weight_to").and_then(|v| v.as_i64()).unwrap_or(0)
                    ),
                    None if part == "title" => {
                        crate::t!(tr, "tracker-criteria-part-title", new = text("new_title").unwrap_or_default())
                    }
                    None => tr.t("tracker-criteria-part-description"),
                })
                .collect();
            let parts = if parts.is_empty() { tr.t("tracker-criteria-part-unknown") } else { parts.join("; ") };
            crate::t!(tr, "tracker-criteria-changed", when = when, who = who, title = title, parts = parts)
        }
    }
}

// ---- The lead's pages ----

pub struct ManageList<'a> {
    pub programme: &'a Programme,
    pub items: &'a [Item],
    /// Views on each item, and how many still wait for an answer.
    pub counts: &'a HashMap<i64, (i64, i64)>,
}

/// `GET /manage/programmes/{id}/tracker`.
pub fn manage_list(ctx: &PageCtx, view: &ManageList<'_>) -> Markup {
    let tr = ctx.tr;
    let programme = view.programme;
    let title = tr.t("tracker-manage-title");
    page(
        ctx,
        &title,
        html! {
            span class="caption-l" { a href={ "/manage/programmes/" (programme.id) } { (programme.name) } }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("tracker-manage-intro")) }
            p class="body" {
                a class="button" href={ "/manage/programmes/" (programme.id) "/tracker/new" } { (tr.t("tracker-add-item")) }
                " "
                a href={ "/programmes/" (programme.slug) "/tracker" } { (tr.t("tracker-see-public")) }
            }
            @if view.items.is_empty() {
                p class="body" { (tr.t("tracker-manage-none")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("tracker-manage-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("tracker-item")) }
                            th scope="col" { (tr.t("tracker-status")) }
                            th scope="col" { (tr.t("tracker-decide-by")) }
                            th scope="col" class="numeric" { (tr.t("tracker-views")) }
                            th scope="col" class="numeric" { (tr.t("tracker-unanswered")) }
                        } }
                        tbody {
                            @for item in view.items {
                                @let (views, unanswered) = view.counts.get(&item.id).copied().unwrap_or((0, 0));
                                tr {
                                    th scope="row" { a href={ "/manage/tracker/" (item.id) } dir="auto" { (item.title) } }
                                    td { (status_tag(tr, item.status())) }
                                    td { @if let Some(day) = item.decide_by { (tr.date(day)) } @else { "—" } }
                                    td class="numeric" { (tr.number(views)) }
                                    td class="numeric" { @if unanswered > 0 { strong { (tr.number(unanswered)) } } @else { (tr.number(0)) } }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

fn status_options(tr: Tr) -> Vec<(String, String)> {
    ItemStatus::CHOSEN_ON_FORM.iter().map(|status| (status.key().to_string(), tr.t(status.message_key()))).collect()
}

/// The fields of an item, for adding or changing one.
fn item_fields(tr: Tr, form: &ItemForm, decided: bool, errors: &FieldErrors) -> Markup {
    let hint = |key: &str| tr.attr(key, "hint");
    let status = if form.status.is_empty() { ItemStatus::Planned.key() } else { form.status.as_str() };
    html! {
        (Input::new("title", &tr.t("tracker-field-title"), &form.title).hint(&hint("tracker-field-title")).render(tr, errors))
        (textarea(tr, "aim", &tr.t("tracker-field-aim"), &form.aim, Some(&hint("tracker-field-aim")), 3, errors))
        (textarea(tr, "can_influence", &tr.t("tracker-field-can"), &form.can_influence, Some(&hint("tracker-field-can")), 3, errors))
        (textarea(tr, "cannot_influence", &tr.t("tracker-field-cannot"), &form.cannot_influence, Some(&hint("tracker-field-cannot")), 3, errors))
        @if !decided {
            (select(tr, "status", &tr.t("tracker-status"), &status_options(tr), status, Some(&hint("tracker-field-status")), errors))
        }
        (Input::new("starts_on", &tr.t("tracker-field-starts-on"), &form.starts_on).kind(InputKind::Date).width("input--width-10").render(tr, errors))
        (Input::new("decide_by", &tr.t("tracker-field-decide-by"), &form.decide_by).kind(InputKind::Date).width("input--width-10").render(tr, errors))
        (textarea(tr, "how_to_take_part", &tr.t("tracker-field-how"), &form.how_to_take_part, Some(&hint("tracker-field-how")), 3, errors))
        @if !form.round_id.is_empty() { input type="hidden" name="round_id" value=(form.round_id); }
    }
}

pub struct ItemFormPage<'a> {
    pub programme: &'a Programme,
    pub form: &'a ItemForm,
    pub errors: &'a FieldErrors,
    /// The round whose criteria the new item asks about, if any.
    pub round_name: Option<&'a str>,
}

/// `GET /manage/programmes/{id}/tracker/new`.
pub fn new_item(ctx: &PageCtx, view: &ItemFormPage<'_>) -> Markup {
    let tr = ctx.tr;
    let programme = view.programme;
    let title = tr.t("tracker-add-item");
    page(
        ctx,
        &title_with_errors(tr, &title, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { a href={ "/manage/programmes/" (programme.id) "/tracker" } { (programme.name) } }
            h1 class="heading-l" { (title) }
            @if let Some(round) = view.round_name { p class="body" { (crate::t!(tr, "tracker-new-for-criteria", round = round)) } }
            (post_form(&format!("/manage/programmes/{}/tracker/new", programme.id), &ctx.csrf_token, html! {
                (item_fields(tr, view.form, false, view.errors))
                (button(&tr.t("tracker-save-item"), ButtonStyle::Primary))
            }))
        },
    )
}

pub struct ManageItem<'a> {
    pub programme: &'a Programme,
    pub item: &'a Item,
    pub views: &'a [ViewWithPerson],
    pub form: &'a ItemForm,
    pub decision: &'a DecisionForm,
    pub errors: &'a FieldErrors,
    /// The view whose answer was sent with problems, with what was typed.
    pub answering: Option<(i64, &'a str)>,
}

/// `GET /manage/tracker/{id}`: the item's details, its views with an answer to each, and the
/// decision.
pub fn manage_item(ctx: &PageCtx, view: &ManageItem<'_>) -> Markup {
    let tr = ctx.tr;
    let (programme, item) = (view.programme, view.item);
    let base = format!("/manage/tracker/{}", item.id);
    let decided = item.status() == ItemStatus::Decided;
    let no_errors = FieldErrors::new();
    page(
        ctx,
        &title_with_errors(tr, &item.title, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { a href={ "/manage/programmes/" (programme.id) "/tracker" } { (programme.name) } }
            h1 class="heading-l" { bdi { (item.title) } " " (status_tag(tr, item.status())) }
            p class="body" { a href=(item_path(programme, item)) { (tr.t("tracker-see-public-item")) } }
            h2 class="heading-l" id="views" { (crate::t!(tr, "tracker-views-heading", count = view.views.len() as i64)) }
            p class="body" { (tr.t("tracker-views-private")) }
            @if programme.safeguarding_email.is_empty() {
                p class="body" { strong { (tr.t("tracker-no-safeguarding-contact")) } " "
                    a href={ "/manage/programmes/" (programme.id) "/contact" } { (tr.t("tracker-name-safeguarding-contact")) } }
            }
            @for given in view.views {
                @let v = &given.view;
                @let typed = view.answering.filter(|(id, _)| *id == v.id);
                div class="card" id={ "view-" (v.id) } {
                    h3 class="heading-s" {
                        (given.name) " (" (given.email) ")"
                        @if given.lived_experience { " " (tag(&tr.t("tracker-lived-experience"), "blue")) }
                    }
                    p class="body-s" { (tr.london_datetime(v.created_at)) }
                    (words(&v.body))
                    p class="body" { a href=(pay_for_views_link(tr, programme, item, &given.email)) { (tr.t("tracker-pay-for-views")) } }
                    @if let Some(at) = v.safeguarding_flagged_at {
                        p class="body" { strong { (crate::t!(tr, "tracker-passed-to-safeguarding", when = tr.london_datetime(at))) } }
                    } @else if !programme.safeguarding_email.is_empty() {
                        p class="body" { a href={ (base) "/views/" (v.id) "/safeguarding" } { (tr.t("tracker-pass-to-safeguarding")) } }
                    }
                    @let field = format!("answer-{}", v.id);
                    @let form = post_form(&format!("{base}/views/{}/answer", v.id), &ctx.csrf_token, html! {
                        (answer_field(tr, &field, typed.map_or(v.answer.as_str(), |(_, text)| text), if typed.is_some() { view.errors } else { &no_errors }))
                        (button(&tr.t(if v.answer.is_empty() { "tracker-send-answer" } else { "tracker-change-answer" }), ButtonStyle::Secondary))
                    });
                    @if v.answer.is_empty() {
                        (form)
                    } @else {
                        h4 class="heading-s" { (tr.t("tracker-your-answer")) }
                        (words(&v.answer))
                        details class="details" open[typed.is_some()] {
                            summary class="details__summary" { (tr.t("tracker-change-answer")) }
                            (form)
                        }
                    }
                }
            }
            @if !decided {
                h2 class="heading-l" id="decide" { (tr.t("tracker-decide-heading")) }
                p class="body" { (tr.t("tracker-decide-intro")) }
                (post_form(&format!("{base}/decide"), &ctx.csrf_token, html! {
                    (textarea(tr, "decision", &tr.t("tracker-field-decision"), &view.decision.decision, None, 4, view.errors))
                    (textarea(tr, "you_said_we_did", &tr.t("tracker-field-we-did"), &view.decision.you_said_we_did, Some(&tr.attr("tracker-field-we-did", "hint")), 4, view.errors))
                    (textarea(tr, "views_summary", &tr.t("tracker-field-summary"), &view.decision.views_summary, Some(&tr.attr("tracker-field-summary", "hint")), 4, view.errors))
                    (Input::new("decided_on", &tr.t("tracker-field-decided-on"), &view.decision.decided_on).kind(InputKind::Date).width("input--width-10").hint(&tr.attr("tracker-field-decided-on", "hint")).render(tr, view.errors))
                    (button(&tr.t("tracker-publish-decision"), ButtonStyle::Primary))
                }))
            } @else {
                h2 class="heading-l" { (tr.t("tracker-heading-decided")) }
                (decided_facts(tr, item))
            }
            h2 class="heading-l" id="change" { (tr.t("tracker-change-heading")) }
            (post_form(&format!("{base}/edit"), &ctx.csrf_token, html! {
                (item_fields(tr, view.form, decided, view.errors))
                (button(&tr.t("tracker-save-item"), ButtonStyle::Secondary))
            }))
        },
    )
}

/// The involvement budget's payment form, started for a person who gave a view on `item`.
fn pay_for_views_link(tr: Tr, programme: &Programme, item: &Item, email: &str) -> String {
    let what_for = crate::t!(tr, "tracker-paid-for-views", item = item.title.as_str());
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("kind", "giving_views")
        .append_pair("email", email)
        .append_pair("what_for", &what_for)
        .finish();
    format!("/manage/programmes/{}/involvement?{query}#record", programme.id)
}

/// The answer box of one view: its field is named after the view (`answer-{id}`, as the
/// handler names its problem), so the error summary's link lands on the right box.
fn answer_field(tr: Tr, field: &str, value: &str, errors: &FieldErrors) -> Markup {
    html! {
        div class="answer-field" {
            (textarea(tr, field, &tr.t("tracker-answer"), value, Some(&tr.attr("tracker-answer", "hint")), 3, errors))
        }
    }
}

/// `GET /manage/tracker/{id}/views/{view_id}/safeguarding`: asks before passing the view on.
pub fn confirm_safeguarding(ctx: &PageCtx, programme: &Programme, item: &Item, given: &ViewWithPerson) -> Markup {
    let tr = ctx.tr;
    let back = format!("/manage/tracker/{}#view-{}", item.id, given.view.id);
    let heading = tr.t("tracker-safeguarding-title");
    let consequences = html! {
        p class="body" { (crate::t!(tr, "tracker-safeguarding-will", contact = programme.safeguarding_name.as_str(), email = programme.safeguarding_email.as_str())) }
        div class="inset-text" { (words(&given.view.body)) }
        p class="body" { (tr.t("tracker-safeguarding-cannot-undo")) }
    };
    let action = format!("/manage/tracker/{}/views/{}/safeguarding", item.id, given.view.id);
    page(
        ctx,
        &heading,
        confirmation(
            &ctx.csrf_token,
            &Confirmation {
                heading: &heading,
                consequences,
                action: &action,
                fields: &[],
                inputs: html! {},
                confirm_label: &tr.t("tracker-safeguarding-confirm"),
                back_href: &back,
                back_label: &tr.t("tracker-safeguarding-back"),
            },
        ),
    )
}

/// A link for the lead's round page: ask for views on the draft criteria, or see the item that
/// does.
pub fn criteria_views_link(tr: Tr, round: &Round, item: Option<&Item>, now: NaiveDateTime) -> Markup {
    html! {
        @if let Some(item) = item {
            p class="body" { a href={ "/manage/tracker/" (item.id) } { (crate::t!(tr, "tracker-criteria-item-link", item = item.title.as_str())) } }
        } @else if !round.criteria_frozen() && round.opens_at > now {
            p class="body" { a href={ "/manage/programmes/" (round.programme_id) "/tracker/new?round=" (round.id) } { (tr.t("tracker-ask-views-on-criteria")) } }
        }
    }
}
