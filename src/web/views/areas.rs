//! The lead's list of the places a programme serves, the form to change one, and the
//! free-text areas from before the list, to map.

use std::collections::HashMap;

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, button, csrf_field, error_summary, post_form, select, textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::programmes::Programme;
use crate::programmes::areas::{AreaForm, AreaKind, ProgrammeArea};
use crate::programmes::queries::FreeTextArea;

pub struct AreasPage<'a> {
    pub programme: &'a Programme,
    pub areas: &'a [ProgrammeArea],
    /// Bids that say they serve each area, by area id.
    pub bids: &'a HashMap<i64, i64>,
    pub unmapped: &'a [FreeTextArea],
    /// The add form, as typed.
    pub form: &'a AreaForm,
    pub errors: &'a FieldErrors,
}

fn kind_options(tr: Tr) -> Vec<(String, String)> {
    AreaKind::ALL.iter().map(|kind| (kind.key().to_string(), tr.t(kind.label_key()))).collect()
}

/// The fields of an area, for adding or changing one.
fn area_fields(tr: Tr, form: &AreaForm, errors: &FieldErrors) -> Markup {
    let kind = if form.kind.is_empty() { AreaKind::Ward.key() } else { form.kind.as_str() };
    html! {
        (Input::new("name", &tr.t("areas-name"), &form.name).hint(&tr.attr("areas-name", "hint")).render(tr, errors))
        (select(tr, "kind", &tr.t("areas-kind"), &kind_options(tr), kind, None, errors))
        (textarea(tr, "postcodes", &tr.t("areas-postcodes"), &form.postcodes, Some(&tr.attr("areas-postcodes", "hint")), 2, errors))
    }
}

pub fn areas(ctx: &PageCtx, view: &AreasPage<'_>) -> Markup {
    let tr = ctx.tr;
    let programme = view.programme;
    let base = format!("/manage/programmes/{}/areas", programme.id);
    let title = tr.t("areas-title");
    let area_options: Vec<(String, String)> =
        view.areas.iter().map(|area| (area.id.to_string(), area.name.clone())).collect();
    page(
        ctx,
        &title_with_errors(tr, &title, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { a href={ "/manage/programmes/" (programme.id) } { (programme.name) } }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("areas-intro")) }
            @if view.areas.is_empty() {
                p class="body" { (tr.t("areas-none")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("areas-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("areas-name")) }
                            th scope="col" { (tr.t("areas-kind")) }
                            th scope="col" { (tr.t("areas-postcodes")) }
                            th scope="col" class="numeric" { (tr.t("areas-bids")) }
                            th scope="col" { span class="visually-hidden" { (tr.t("areas-actions")) } }
                        } }
                        tbody {
                            @for area in view.areas {
                                tr {
                                    th scope="row" dir="auto" { (area.name) }
                                    td { (tr.t(area.kind().label_key())) }
                                    td { @if area.postcodes.is_empty() { "—" } @else { (area.postcodes) } }
                                    td class="numeric" { (tr.number(view.bids.get(&area.id).copied().unwrap_or(0))) }
                                    td {
                                        a href={ (base) "/" (area.id) } { (crate::t!(tr, "areas-change", name = area.name.as_str())) }
                                        " "
                                        form method="post" action={ (base) "/" (area.id) "/remove" } class="inline-form" {
                                            (csrf_field(&ctx.csrf_token))
                                            button type="submit" id={ "remove-" (area.id) } class="button button--warning" {
                                                (crate::t!(tr, "areas-remove", name = area.name.as_str()))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 class="heading-m" { (tr.t("areas-add-heading")) }
            (post_form(&base, &ctx.csrf_token, html! {
                (area_fields(tr, view.form, view.errors))
                (button(&tr.t("areas-add"), ButtonStyle::Primary))
            }))
            h2 class="heading-m" { (tr.t("areas-map-heading")) }
            p class="body" { (tr.t("areas-map-intro")) }
            @if view.unmapped.is_empty() {
                p class="body" { (tr.t("areas-map-none")) }
            } @else if view.areas.is_empty() {
                p class="body" { (tr.t("areas-map-add-first")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("areas-map-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("areas-map-typed")) }
                            th scope="col" class="numeric" { (tr.t("areas-bids")) }
                            th scope="col" { (tr.t("areas-map-to")) }
                        } }
                        tbody {
                            @for (index, typed) in view.unmapped.iter().enumerate() {
                                @let field = format!("map-area-{}", index + 1);
                                tr {
                                    th scope="row" dir="auto" { (typed.typed) }
                                    td class="numeric" { (tr.number(typed.bids)) }
                                    td {
                                        form method="post" action={ (base) "/map" } class="inline-form" {
                                            (csrf_field(&ctx.csrf_token))
                                            input type="hidden" name="free_text" value=(typed.typed);
                                            label class="visually-hidden" for=(field) { (crate::t!(tr, "areas-map-label", typed = typed.typed.as_str())) }
                                            select class="select" id=(field) name="area" {
                                                @for (value, text) in &area_options { option value=(value) { (text) } }
                                            }
                                            " "
                                            (button(&tr.t("areas-map-button"), ButtonStyle::Secondary))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p class="body" { a href={ "/manage/programmes/" (programme.id) } { (tr.t("areas-back")) } }
        },
    )
}

/// The form to rename an area or change its kind or postcodes.
pub fn area_form(
    ctx: &PageCtx,
    programme: &Programme,
    area: &ProgrammeArea,
    form: &AreaForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    let base = format!("/manage/programmes/{}/areas", programme.id);
    let title = crate::t!(tr, "areas-change-title", name = area.name.as_str());
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (programme.name) }
            h1 class="heading-l" dir="auto" { (title) }
            p class="body" { (tr.t("areas-change-intro")) }
            (post_form(&format!("{base}/{}", area.id), &ctx.csrf_token, html! {
                (area_fields(tr, form, errors))
                (button(&tr.t("areas-save"), ButtonStyle::Primary))
            }))
            p class="body" { a href=(base) { (tr.t("areas-back-to-list")) } }
        },
    )
}
