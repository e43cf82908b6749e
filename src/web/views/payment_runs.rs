//! Payment runs, for a programme's leads: what is due to pay (and what is held, and why), the
//! runs made, one run with its files and "mark as paid", the question asked before marking it,
//! and the site admin's layout of the finance system's file. Account numbers appear only in
//! the downloaded files; these pages show the last four digits.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Confirmation, Input, InputKind, button, button_form, checkbox_choice, confirmation, error_summary,
    post_form, select, summary_list, tag, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::bank_details::rules::masked_ending;
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::money::Pence;
use crate::payment_runs::files::Field;
use crate::payment_runs::layout::{LayoutForm, MOST_COLUMNS};
use crate::payment_runs::model::{Due, Refusal, RunWithItems};
use crate::payment_runs::{PaymentRun, RunStanding};
use crate::programmes::Programme;

/// What the programme's payments page shows.
pub struct PaymentsView<'a> {
    pub programme: &'a Programme,
    pub due: &'a [Due],
    /// Runs made, newest first, each with how many payments and their total.
    pub runs: &'a [(PaymentRun, i64, Pence)],
    /// Why the last attempt to make a run was refused, naming the groups.
    pub refusal: Option<&'a Refusal>,
}

fn standing_tag(tr: Tr, run: &PaymentRun) -> Markup {
    match run.standing() {
        RunStanding::Open => tag(&tr.t("payment-run-open"), "blue"),
        RunStanding::Paid => tag(&tr.t("payment-run-paid"), "green"),
        RunStanding::Cancelled => tag(&tr.t("payment-run-cancelled"), "grey"),
    }
}

/// A refusal as the page's error summary: what happened, then each group and why.
fn refusal_summary(tr: Tr, refusal: &Refusal) -> Markup {
    html! {
        div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
            h2 class="error-summary__title" id="error-summary-title" { (tr.t("error-summary-title")) }
            p class="body" { (tr.message(&refusal.message)) }
            @if !refusal.groups.is_empty() {
                ul class="list list--bullet" {
                    @for (group, why) in &refusal.groups {
                        li { strong { (group) } ": " (tr.message(why)) }
                    }
                }
            }
        }
    }
}

pub fn payments_page(ctx: &PageCtx, view: &PaymentsView<'_>) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("payment-runs-title");
    let (ready, held): (Vec<&Due>, Vec<&Due>) = view.due.iter().partition(|due| due.payable.is_ok());
    let full_title = match view.refusal {
        Some(_) => format!("{}: {title}", tr.t("error-prefix")),
        None => title.clone(),
    };
    page(
        ctx,
        &full_title,
        html! {
            @if let Some(refusal) = view.refusal { (refusal_summary(tr, refusal)) }
            span class="caption-l" { a href={ "/manage/programmes/" (view.programme.id) } { (view.programme.name) } }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("payment-runs-intro")) }
            h2 class="heading-m" { (tr.t("payment-runs-ready-heading")) }
            @if ready.is_empty() {
                p class="body" { (tr.t("payment-runs-none-ready")) }
            } @else {
                (post_form(&format!("/manage/programmes/{}/payment-runs", view.programme.id), &ctx.csrf_token, html! {
                    fieldset class="fieldset" {
                        legend class="fieldset__legend" { (tr.t("payment-runs-choose")) }
                        div class="checkboxes" {
                            @for due in &ready {
                                (checkbox_choice(&format!("award-{}", due.award_id), "award", &due.award_id.to_string(),
                                    &crate::t!(tr, "payment-runs-choice", group = due.group_name.as_str(),
                                        reference = due.bid_reference.as_str(), amount = due.amount), true))
                            }
                        }
                    }
                    p class="body" { (crate::t!(tr, "payment-runs-ready-total", count = ready.len() as i64,
                        total = ready.iter().map(|due| due.amount).sum::<Pence>())) }
                    (button(&tr.t("payment-runs-make"), ButtonStyle::Primary))
                }))
            }
            @if !held.is_empty() {
                h2 class="heading-m" { (tr.t("payment-runs-held-heading")) }
                p class="body" { (tr.t("payment-runs-held-intro")) }
                ul class="list list--bullet" {
                    @for due in &held {
                        li {
                            a href={ "/manage/bids/" (due.bid_id) "#bank-details" } { (due.group_name) }
                            " (" (due.bid_reference) ", " (due.amount) "): "
                            @if let Err(why) = &due.payable { (tr.message(why)) }
                        }
                    }
                }
            }
            h2 class="heading-m" { (tr.t("payment-runs-made-heading")) }
            @if view.runs.is_empty() {
                p class="body" { (tr.t("payment-runs-none-made")) }
            } @else {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("payment-runs-made-heading")) }
                    thead { tr {
                        th scope="col" { (tr.t("payment-run-column-run")) }
                        th scope="col" { (tr.t("payment-run-column-made")) }
                        th scope="col" class="numeric" { (tr.t("payment-run-column-payments")) }
                        th scope="col" class="numeric" { (tr.t("payment-run-column-total")) }
                        th scope="col" { (tr.t("payment-run-column-standing")) }
                    } }
                    tbody {
                        @for (run, count, total) in view.runs {
                            tr {
                                td { a href={ "/manage/payment-runs/" (run.id) } { (crate::t!(tr, "payment-run-name", number = run.id)) } }
                                td { (tr.london_date(run.created_at)) }
                                td class="numeric" { (count) }
                                td class="numeric" { (tr.money(*total)) }
                                td { (standing_tag(tr, run)) }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// One run: its payments, its files, and marking it paid or cancelling it.
pub fn run_page(ctx: &PageCtx, programme: &Programme, run: &RunWithItems, finance_layout: bool) -> Markup {
    let tr = ctx.tr;
    let id = run.run.id;
    let title = crate::t!(tr, "payment-run-name", number = id);
    let base = format!("/manage/payment-runs/{id}");
    page(
        ctx,
        &title,
        html! {
            span class="caption-l" { a href={ "/manage/programmes/" (programme.id) "/payment-runs" } { (programme.name) ": " (tr.t("payment-runs-title")) } }
            h1 class="heading-l" { (title) " " (standing_tag(tr, &run.run)) }
            (summary_list(&[
                (&tr.t("payment-run-made-by"), html! { (crate::t!(tr, "payment-run-made-by-on", name = run.made_by.as_str(), date = tr.london_datetime(run.run.created_at))) }),
                (&tr.t("payment-run-column-total"), html! { (tr.money(run.total())) }),
            ]))
            @if let (Some(paid_on), Some(paid_by)) = (run.run.paid_on, &run.paid_by) {
                p class="body" { (crate::t!(tr, "payment-run-paid-sentence", date = tr.date(paid_on), name = paid_by.as_str())) }
            }
            table class="table" {
                caption class="visually-hidden" { (tr.t("payment-run-items")) }
                thead { tr {
                    th scope="col" { (tr.t("payment-run-column-group")) }
                    th scope="col" { (tr.t("payment-run-column-reference")) }
                    th scope="col" { (tr.t("payment-run-column-account")) }
                    th scope="col" class="numeric" { (tr.t("payment-run-column-amount")) }
                } }
                tbody {
                    @for item in &run.items {
                        tr {
                            td { a href={ "/manage/bids/" (item.bid_id) } { (item.group_name) } }
                            td { (item.bid_reference) }
                            td { (masked_ending(&item.account_ending)) }
                            td class="numeric" { (tr.money(item.amount())) }
                        }
                    }
                }
            }
            @if run.run.standing() != RunStanding::Cancelled {
                h2 class="heading-m" { (tr.t("payment-run-files-heading")) }
                p class="body" { (tr.t("payment-run-files-intro")) }
                div class="button-group" {
                    (button_form(&format!("{base}/bacs.csv"), &ctx.csrf_token, &tr.t("payment-run-download-bacs"), ButtonStyle::Secondary))
                    @if finance_layout {
                        (button_form(&format!("{base}/finance.csv"), &ctx.csrf_token, &tr.t("payment-run-download-finance"), ButtonStyle::Secondary))
                    }
                }
                @if !finance_layout {
                    p class="body" { (tr.t("payment-run-no-finance-layout")) }
                }
            }
            @if run.run.standing() == RunStanding::Open {
                h2 class="heading-m" { (tr.t("payment-run-paid-heading")) }
                p class="body" { (tr.t("payment-run-paid-intro")) }
                a class="button" href={ (base) "/mark-paid" } { (tr.t("payment-run-mark-paid")) }
                h2 class="heading-m" { (tr.t("payment-run-cancel-heading")) }
                p class="body" { (tr.t("payment-run-cancel-intro")) }
                (button_form(&format!("{base}/cancel"), &ctx.csrf_token, &tr.t("payment-run-cancel"), ButtonStyle::Secondary))
            }
        },
    )
}

/// Asked before a run is marked paid: what it records, and the day the money went.
pub fn confirm_paid_page(ctx: &PageCtx, run: &RunWithItems, paid_on: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let id = run.run.id;
    let heading = crate::t!(tr, "payment-run-confirm-heading", number = id);
    let action = format!("/manage/payment-runs/{id}/mark-paid");
    let back = format!("/manage/payment-runs/{id}");
    let (confirm_label, back_label) = (tr.t("payment-run-confirm-button"), tr.t("payment-run-confirm-back"));
    page(
        ctx,
        &title_with_errors(tr, &heading, errors),
        html! {
            (error_summary(tr, errors))
            (confirmation(&ctx.csrf_token, &Confirmation {
                heading: &heading,
                consequences: html! {
                    p class="body" { (crate::t!(tr, "payment-run-confirm-records", count = run.items.len() as i64, total = run.total())) }
                    ul class="list list--bullet" {
                        @for item in &run.items { li { (item.group_name) ": " (tr.money(item.amount())) } }
                    }
                    div class="warning-text" { p class="body" { strong { (tr.t("payment-run-confirm-final")) } } }
                },
                action: &action,
                fields: &[],
                inputs: Input::new("paid_on", &tr.t("payment-run-paid-on"), paid_on)
                    .kind(InputKind::Date)
                    .width("input--width-10")
                    .render(tr, errors),
                confirm_label: &confirm_label,
                back_href: &back,
                back_label: &back_label,
            }))
        },
    )
}

/// The site admin's layout of the finance system's file: a heading and a field per column.
pub fn layout_page(ctx: &PageCtx, form: &LayoutForm, errors: &FieldErrors, saved: bool) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("payment-layout-title");
    let mut fields = vec![(String::new(), tr.t("payment-layout-no-column"))];
    fields.extend(Field::ALL.iter().map(|field| (field.as_str().to_string(), tr.t(field.label_key()))));
    let rows = form.rows();
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("payment-layout-intro")) }
            @if !saved { p class="body" { (tr.t("payment-layout-not-set")) } }
            (post_form("/manage/payment-file-layout", &ctx.csrf_token, html! {
                @for n in 1..=MOST_COLUMNS {
                    @let (heading, field) = &rows[n - 1];
                    fieldset class="fieldset" {
                        legend class="fieldset__legend" { (crate::t!(tr, "payment-layout-column", number = n as i64)) }
                        (Input::new(&format!("heading_{n}"), &tr.t("payment-layout-heading"), heading).width("input--width-20").render(tr, errors))
                        (select(tr, &format!("field_{n}"), &tr.t("payment-layout-field"), &fields, field, None, errors))
                    }
                }
                (button(&tr.t("payment-layout-save"), ButtonStyle::Primary))
            }))
        },
    )
}

/// A refusal not about one field, in words.
pub fn refusal_text(tr: Tr, refusal: &Refusal) -> String {
    let mut text = tr.message(&refusal.message);
    for (group, why) in &refusal.groups {
        text.push_str(&format!(" {group}: {}", tr.message(why)));
    }
    text
}
