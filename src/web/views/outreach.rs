//! `/manage/programmes/{id}/missing`: the groups known to the portal that have never applied
//! to the programme, counted by area and by how they describe who leads them, with the list
//! of them and a button to invite each to an open round. How groups describe themselves is
//! only ever a count here, never beside a name (see `outreach::rules`).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use maud::{Markup, html};

use super::components::{csrf_field, pagination};
use super::layout::{PageCtx, page};
use crate::i18n::Tr;
use crate::outreach::rules::{self, AreaLabel, Described, KnownGroup, Shown};
use crate::programmes::Programme;
use crate::rounds::Round;

/// Groups listed on one page.
pub const GROUPS_PER_PAGE: usize = 50;

pub struct MissingPage<'a> {
    pub programme: &'a Programme,
    /// Every group that has never applied.
    pub groups: &'a [KnownGroup],
    /// The area chosen: narrows the list and the counts by self-description.
    pub area: Option<&'a AreaLabel>,
    /// The self-description chosen: adds its count to each area; never narrows the list.
    pub described: Option<&'a Described>,
    pub page: usize,
    /// The programme's rounds open now, to invite groups to.
    pub open_rounds: &'a [Round],
    /// `(group, round) → when` for the open rounds.
    pub invitations: &'a HashMap<(i64, i64), NaiveDateTime>,
    /// A refusal to show at the top (the hourly limit reached, the round closed).
    pub problem: Option<String>,
}

impl MissingPage<'_> {
    fn href(&self, area: Option<&AreaLabel>, described: Option<&Described>, page: usize) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if let Some(area) = area {
            query.append_pair("area", &area.param());
        }
        if let Some(described) = described {
            query.append_pair("described", &described.param());
        }
        if page > 1 {
            query.append_pair("page", &page.to_string());
        }
        let query = query.finish();
        let base = format!("/manage/programmes/{}/missing", self.programme.id);
        if query.is_empty() { base } else { format!("{base}?{query}") }
    }

    fn in_area(&self) -> impl Iterator<Item = &KnownGroup> + Clone {
        self.groups.iter().filter(move |group| self.area.is_none_or(|area| group.areas.contains(area)))
    }
}

fn area_text(tr: Tr, area: &AreaLabel) -> String {
    match area {
        AreaLabel::Named(name) => name.clone(),
        AreaLabel::NotGiven => tr.t("outreach-area-not-given"),
    }
}

fn shown(tr: Tr, value: Shown) -> Markup {
    html! {
        @match value {
            Shown::Count(count) => (tr.number(count as i64)),
            Shown::Hidden => span class="secondary-text" { (tr.t("outreach-hidden")) },
        }
    }
}

pub fn missing(ctx: &PageCtx, view: &MissingPage<'_>) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &crate::t!(tr, "outreach-title", programme = &view.programme.name),
        html! {
            @if let Some(problem) = &view.problem {
                div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                    h2 class="error-summary__title" id="error-summary-title" { (tr.t("error-summary-title")) }
                    p class="body" { (problem) }
                }
            }
            span class="caption-l" { a href={ "/manage/programmes/" (view.programme.id) } dir="auto" { (view.programme.name) } }
            h1 class="heading-l" { (tr.t("outreach-heading")) }
            p class="body" { (crate::t!(tr, "outreach-intro", count = view.groups.len() as i64)) }
            p class="body" {
                (crate::t!(tr, "outreach-directory-count", count = view.groups.iter().filter(|g| !g.listings.is_empty()).count() as i64))
                " " a href="/directory" { (tr.t("outreach-directory-link")) }
            }
            div class="inset-text" {
                p class="body" { (crate::t!(tr, "outreach-privacy", smallest = crate::reports::equity::SMALLEST_SHOWN)) }
            }
            (by_area(tr, view))
            (by_description(tr, view))
            (group_list(ctx, view))
        },
    )
}

fn by_area(tr: Tr, view: &MissingPage<'_>) -> Markup {
    let rows = rules::by_area(view.groups);
    let described_name = view.described.map(|d| tr.t(&d.label_key()));
    html! {
        h2 class="heading-m" { (tr.t("outreach-by-area")) }
        @if let Some(name) = &described_name {
            p class="body" {
                (crate::t!(tr, "outreach-by-area-described", described = name.as_str())) " "
                a class="link" href=(view.href(view.area, None, 1)) { (tr.t("outreach-clear-described")) }
            }
        }
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { (tr.t("outreach-by-area")) }
                thead { tr {
                    th scope="col" { (tr.t("outreach-column-area")) }
                    th scope="col" class="numeric" { (tr.t("outreach-column-groups")) }
                    @if let Some(name) = &described_name {
                        th scope="col" class="numeric" { (crate::t!(tr, "outreach-column-described-count", described = name.as_str())) }
                    }
                } }
                tbody {
                    @for (area, count) in &rows {
                        tr {
                            td dir="auto" { a class="link" href=(view.href(Some(area), view.described, 1)) { (area_text(tr, area)) } }
                            td class="numeric" { (tr.number(*count as i64)) }
                            @if let Some(described) = view.described {
                                @let with = view.groups.iter().filter(|g| g.areas.contains(area) && g.described.contains(described)).count();
                                td class="numeric" { (shown(tr, rules::shown(with, *count))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn by_description(tr: Tr, view: &MissingPage<'_>) -> Markup {
    let listed: Vec<&KnownGroup> = view.in_area().collect();
    let rows = rules::by_description(listed.iter().copied());
    html! {
        h2 class="heading-m" {
            @match view.area {
                Some(area) => (crate::t!(tr, "outreach-by-description-in", area = area_text(tr, area))),
                None => (tr.t("outreach-by-description")),
            }
        }
        p class="body" { (tr.t("outreach-by-description-hint")) }
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { (tr.t("outreach-by-description")) }
                thead { tr {
                    th scope="col" { (tr.t("outreach-column-described")) }
                    th scope="col" class="numeric" { (tr.t("outreach-column-groups")) }
                } }
                tbody {
                    @for (described, count) in &rows {
                        tr {
                            td { a class="link" href=(view.href(view.area, Some(described), 1)) { (tr.t(&described.label_key())) } }
                            td class="numeric" { (shown(tr, rules::shown(*count, listed.len()))) }
                        }
                    }
                }
            }
        }
    }
}

fn group_list(ctx: &PageCtx, view: &MissingPage<'_>) -> Markup {
    let tr = ctx.tr;
    let listed: Vec<&KnownGroup> = view.in_area().collect();
    let (page, last_page, start, end) = super::components::page_window(listed.len(), view.page, GROUPS_PER_PAGE);
    html! {
        h2 class="heading-m" id="groups" {
            @match view.area {
                Some(area) => (crate::t!(tr, "outreach-groups-in", area = area_text(tr, area), count = listed.len() as i64)),
                None => (crate::t!(tr, "outreach-groups", count = listed.len() as i64)),
            }
        }
        @if view.area.is_some() {
            p class="body" { a class="link" href=(view.href(None, view.described, 1)) { (tr.t("outreach-every-area")) } }
        }
        @if view.open_rounds.is_empty() {
            p class="body" { (tr.t("outreach-no-open-round")) }
        } @else {
            p class="body" { (tr.t("outreach-invite-explained")) }
        }
        @if !listed.is_empty() {
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("outreach-groups-caption")) }
                    thead { tr {
                        th scope="col" { (tr.t("outreach-column-name")) }
                        th scope="col" { (tr.t("outreach-column-kind")) }
                        th scope="col" { (tr.t("outreach-column-area")) }
                        @if !view.open_rounds.is_empty() { th scope="col" { (tr.t("outreach-column-invite")) } }
                    } }
                    tbody {
                        @for group in &listed[start..end] {
                            tr {
                                td dir="auto" {
                                    (group.name)
                                    @if !group.listings.is_empty() {
                                        br;
                                        span class="secondary-text" { (tr.t("outreach-in-directory")) " " }
                                        @for (index, (listing_id, name)) in group.listings.iter().enumerate() {
                                            @if index > 0 { ", " }
                                            a href={ "/directory/" (listing_id) } { (name) }
                                        }
                                    }
                                }
                                td { (tr.t(group.kind_key)) }
                                td dir="auto" { (group.areas.iter().map(|a| area_text(tr, a)).collect::<Vec<_>>().join(", ")) }
                                @if !view.open_rounds.is_empty() {
                                    td { @for round in view.open_rounds { (invite_cell(ctx, view, group, round)) } }
                                }
                            }
                        }
                    }
                }
            }
        }
        (pagination(tr, &tr.t("outreach-groups-caption"), page, last_page, |p| format!("{}#groups", view.href(view.area, view.described, p))))
    }
}

/// The button that invites the group to the round, or when it was invited.
fn invite_cell(ctx: &PageCtx, view: &MissingPage<'_>, group: &KnownGroup, round: &Round) -> Markup {
    let tr = ctx.tr;
    let several = view.open_rounds.len() > 1;
    html! {
        @match view.invitations.get(&(group.group_id, round.id)) {
            Some(at) => p class="body" {
                @if several { (crate::t!(tr, "outreach-invited-to", round = &round.name, date = tr.london_date(*at))) }
                @else { (crate::t!(tr, "outreach-invited", date = tr.london_date(*at))) }
            },
            None => form method="post" action={ "/manage/rounds/" (round.id) "/invitations" } class="inline-form" {
                (csrf_field(&ctx.csrf_token))
                input type="hidden" name="group_id" value=(group.group_id);
                input type="hidden" name="back" value=(view.href(view.area, view.described, view.page));
                @let label = if several { crate::t!(tr, "outreach-invite-to", round = &round.name) } else { tr.t("outreach-invite") };
                button type="submit" class="button button--secondary" data-module="button" {
                    (label) span class="visually-hidden" { ": " (group.name) }
                }
            },
        }
    }
}
