//! The lead's end-of-grant measures: the list with its add form, the form to change one, and
//! the measures report (sums by round, pot and financial year, national measures first).

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, button, csrf_field, error_summary, post_form, radios, select, tag, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::measures::queries::WordsAnswer;
use crate::measures::rules::{MAX_ACTIVE, MeasureForm};
use crate::measures::summary::{Group, Summary, Total};
use crate::measures::{Measure, MeasureKind, NationalMeasure};
use crate::programmes::Programme;
use crate::reports::spreadsheets::national_name;

pub struct MeasuresPage<'a> {
    pub programme: &'a Programme,
    /// Those asked, in order, then those retired.
    pub measures: &'a [Measure],
    /// The add form, as typed.
    pub form: &'a MeasureForm,
    pub errors: &'a FieldErrors,
}

/// The fields of a measure, for adding or changing one.
fn measure_fields(tr: Tr, form: &MeasureForm, errors: &FieldErrors) -> Markup {
    let kinds: Vec<(String, String)> =
        MeasureKind::ALL.iter().map(|kind| (kind.key().to_string(), tr.t(kind.label_key()))).collect();
    let kind = if form.kind.is_empty() { MeasureKind::Number.key() } else { form.kind.as_str() };
    let nationals: Vec<(String, String)> = std::iter::once((String::new(), tr.t("measures-national-none")))
        .chain(NationalMeasure::ALL.iter().map(|n| (n.key().to_string(), tr.t(n.label_key()))))
        .collect();
    html! {
        (Input::new("wording", &tr.t("measures-wording"), &form.wording).hint(&tr.attr("measures-wording", "hint")).render(tr, errors))
        (radios(tr, "kind", &tr.t("measures-kind"), &kinds, kind, None, errors))
        (select(tr, "national", &tr.t("measures-national"), &nationals, &form.national, Some(&tr.attr("measures-national", "hint")), errors))
        (Input::new("national_other", &tr.t("measures-national-other-name"), &form.national_other).hint(&tr.attr("measures-national-other-name", "hint")).render(tr, errors))
    }
}

fn national_tag(tr: Tr, national: &str, other: &str) -> Markup {
    match NationalMeasure::parse(national) {
        Some(n) => tag(&national_name(tr, Some(n), other), "blue"),
        None => html! { "—" },
    }
}

pub fn measures(ctx: &PageCtx, view: &MeasuresPage<'_>) -> Markup {
    let tr = ctx.tr;
    let programme = view.programme;
    let base = format!("/manage/programmes/{}/measures", programme.id);
    let title = tr.t("measures-title");
    let (asked, retired): (Vec<&Measure>, Vec<&Measure>) = view.measures.iter().partition(|m| !m.is_retired());
    page(
        ctx,
        &title_with_errors(tr, &title, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { a href={ "/manage/programmes/" (programme.id) } { (programme.name) } }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("measures-intro")) }
            p class="body" { a href={ "/manage/programmes/" (programme.id) "/measures-report" } { (tr.t("measures-report-link")) } }
            h2 class="heading-m" { (crate::t!(tr, "measures-asked-heading", count = asked.len() as i64, most = MAX_ACTIVE as i64)) }
            @if asked.is_empty() {
                p class="body" { (tr.t("measures-none")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("measures-caption")) }
                        thead { tr {
                            th scope="col" class="numeric" { (tr.t("measures-place")) }
                            th scope="col" { (tr.t("measures-wording")) }
                            th scope="col" { (tr.t("measures-kind")) }
                            th scope="col" { (tr.t("measures-national")) }
                            th scope="col" { span class="visually-hidden" { (tr.t("measures-actions")) } }
                        } }
                        tbody {
                            @for (index, measure) in asked.iter().enumerate() {
                                tr {
                                    td class="numeric" { (index + 1) }
                                    th scope="row" dir="auto" { (measure.wording) }
                                    td { (tr.t(MeasureKind::stored(&measure.kind).label_key())) }
                                    td { (national_tag(tr, &measure.national, &measure.national_other)) }
                                    td {
                                        a href={ (base) "/" (measure.id) } { (crate::t!(tr, "measures-change", wording = measure.wording.as_str())) }
                                        @for (direction, key, shown) in [("up", "measures-move-up", index > 0), ("down", "measures-move-down", index + 1 < asked.len())] {
                                            @if shown {
                                                " "
                                                form method="post" action={ (base) "/" (measure.id) "/move" } class="inline-form" {
                                                    (csrf_field(&ctx.csrf_token))
                                                    input type="hidden" name="direction" value=(direction);
                                                    button type="submit" class="button button--secondary" { (crate::t!(tr, key, wording = measure.wording.as_str())) }
                                                }
                                            }
                                        }
                                        " "
                                        form method="post" action={ (base) "/" (measure.id) "/retire" } class="inline-form" {
                                            (csrf_field(&ctx.csrf_token))
                                            button type="submit" class="button button--warning" { (crate::t!(tr, "measures-retire", wording = measure.wording.as_str())) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 class="heading-m" { (tr.t("measures-add-heading")) }
            @if asked.len() >= MAX_ACTIVE {
                div class="inset-text" { p class="body" { (crate::t!(tr, "measures-full", most = MAX_ACTIVE as i64)) } }
            }
            (post_form(&base, &ctx.csrf_token, html! {
                (measure_fields(tr, view.form, view.errors))
                (button(&tr.t("measures-add"), ButtonStyle::Primary))
            }))
            @if !retired.is_empty() {
                h2 class="heading-m" { (tr.t("measures-retired-heading")) }
                p class="body" { (tr.t("measures-retired-intro")) }
                ul class="list list--bullet" {
                    @for measure in &retired { li dir="auto" { (measure.wording) } }
                }
            }
            p class="body" { a href={ "/manage/programmes/" (programme.id) } { (tr.t("measures-back")) } }
        },
    )
}

/// The form to reword a measure or change its kind or national mark.
pub fn measure_form(
    ctx: &PageCtx,
    programme: &Programme,
    measure: &Measure,
    form: &MeasureForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    let base = format!("/manage/programmes/{}/measures", programme.id);
    let title = crate::t!(tr, "measures-change-title", wording = measure.wording.as_str());
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (programme.name) }
            h1 class="heading-l" dir="auto" { (title) }
            p class="body" { (tr.t("measures-change-intro")) }
            (post_form(&format!("{base}/{}", measure.id), &ctx.csrf_token, html! {
                (measure_fields(tr, form, errors))
                (button(&tr.t("measures-save"), ButtonStyle::Primary))
            }))
            p class="body" { a href=(base) { (tr.t("measures-back-to-list")) } }
        },
    )
}

pub struct MeasuresReport<'a> {
    pub programme: &'a Programme,
    pub summary: &'a Summary,
    pub words: &'a [WordsAnswer],
}

/// A total's figure: the numbers added up, or the yes answers out of those answering.
fn figure(tr: Tr, total: &Total) -> String {
    match total.asked.kind {
        MeasureKind::Number => tr.number(total.sum),
        _ => crate::t!(tr, "measures-report-yes-of", yes = total.yes, answered = total.reports),
    }
}

/// One group's table (a round, a pot or a year).
fn group_table(tr: Tr, heading_key: &'static str, group: &Group, national_only: bool) -> Markup {
    let totals: Vec<&Total> = group.totals.iter().filter(|t| !national_only || t.asked.national.is_some()).collect();
    html! {
        @if !totals.is_empty() {
            div class="table-wrapper" {
                table class="table" {
                    caption class="table__caption" { (crate::t!(tr, heading_key, group = group.label.as_str())) }
                    thead { tr {
                        th scope="col" { (tr.t("measures-report-measure")) }
                        th scope="col" { (tr.t("measures-national")) }
                        th scope="col" class="numeric" { (tr.t("measures-report-reports")) }
                        th scope="col" class="numeric" { (tr.t("measures-report-total")) }
                    } }
                    tbody {
                        @for total in totals {
                            tr {
                                th scope="row" dir="auto" { (total.asked.wording) }
                                td { @if total.asked.national.is_some() { (tag(&national_name(tr, total.asked.national, &total.asked.national_other), "blue")) } @else { "—" } }
                                td class="numeric" { (tr.number(total.reports)) }
                                td class="numeric" { (figure(tr, total)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn report(ctx: &PageCtx, view: &MeasuresReport<'_>) -> Markup {
    let tr = ctx.tr;
    let programme = view.programme;
    let base = format!("/manage/programmes/{}", programme.id);
    let summary = view.summary;
    let has_national = summary.by_year.iter().any(|g| g.totals.iter().any(|t| t.asked.national.is_some()));
    page(
        ctx,
        &crate::t!(tr, "measures-report-title", programme = programme.name.as_str()),
        html! {
            span class="caption-l" { a href=(base) { (programme.name) } }
            h1 class="heading-l" { (tr.t("measures-report-heading")) }
            p class="body" { (tr.t("measures-report-intro")) }
            ul class="list" {
                li { a href={ (base) "/measures.csv" } download { (tr.t("measures-report-csv")) } }
                li { a href={ (base) "/measures" } { (tr.t("measures-report-change-link")) } }
            }
            @if summary.is_empty() {
                p class="body" { (tr.t("measures-report-none")) }
            } @else {
                h2 class="heading-m" id="national" { (tr.t("measures-report-national-heading")) }
                @if has_national {
                    p class="body" { (tr.t("measures-report-national-intro")) }
                    @for group in &summary.by_year { (group_table(tr, "measures-report-year-caption", group, true)) }
                } @else {
                    p class="body" { (tr.t("measures-report-no-national")) }
                }
                h2 class="heading-m" id="by-year" { (tr.t("measures-report-by-year")) }
                @for group in &summary.by_year { (group_table(tr, "measures-report-year-caption", group, false)) }
                h2 class="heading-m" id="by-pot" { (tr.t("measures-report-by-pot")) }
                @for group in &summary.by_pot { (group_table(tr, "measures-report-pot-caption", group, false)) }
                h2 class="heading-m" id="by-round" { (tr.t("measures-report-by-round")) }
                @for group in &summary.by_round { (group_table(tr, "measures-report-round-caption", group, false)) }
            }
            h2 class="heading-m" id="words" { (tr.t("measures-report-words-heading")) }
            @if view.words.is_empty() {
                p class="body" { (tr.t("measures-report-words-none")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("measures-report-words-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("measures-report-grant")) }
                            th scope="col" { (tr.t("measures-report-round")) }
                            th scope="col" { (tr.t("measures-report-measure")) }
                            th scope="col" { (tr.t("measures-report-answer")) }
                        } }
                        tbody {
                            @for answer in view.words {
                                tr {
                                    th scope="row" {
                                        a href={ "/manage/bids/" (answer.bid_id) } { (answer.reference.as_deref().unwrap_or("")) }
                                        " " span dir="auto" { (answer.group_name) }
                                    }
                                    td dir="auto" { (answer.round_name) }
                                    td dir="auto" { (answer.wording) }
                                    td dir="auto" { (answer.answer) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}
