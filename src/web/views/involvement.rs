//! Involvement payments: the lead's involvement budget page (figures, allocation, recording a
//! payment, the report by kind and month, the ledger) and a panel member's own payments and
//! choice. Staff words, in `locales/en-GB/staff/involvement.ftl`.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, checkbox, error_summary, post_form, radios, select, textarea,
    title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::forms::FieldErrors;
use crate::funds::{Balances, FinancialYear};
use crate::i18n::Tr;
use crate::involvement::BudgetBalances;
use crate::involvement::model::{Budget, Entry};
use crate::involvement::model::{EntryKind, Payment};
use crate::involvement::rules::{AllocationForm, PaymentForm, by_kind, by_month, people_paid};
use crate::involvement::{Choice, HelpCost, HowPaid, PaymentKind, Source};
use crate::money::Pence;
use crate::programmes::{Programme, Team};

/// What the lead's page shows for one programme and year.
pub struct InvolvementData {
    pub year: FinancialYear,
    /// Years the page offers: last, this and next, and any with a budget.
    pub years: Vec<FinancialYear>,
    pub budget: Option<Budget>,
    pub balances: BudgetBalances,
    pub entries: Vec<Entry>,
    pub payments: Vec<Payment>,
    /// The programme's panel members, with the lived-experience flag and their choice.
    pub panel: Vec<(crate::accounts::Person, bool, Option<Choice>)>,
    pub rounds: Vec<crate::rounds::Round>,
    /// The VCSE pot of the year and its balances, if there is one.
    pub pot: Option<(crate::funds::queries::Pot, Balances)>,
}

/// What the lead's page shows, with the two forms as typed and the errors of the one sent.
pub struct InvolvementView<'a> {
    pub programme: &'a Programme,
    pub data: &'a InvolvementData,
    pub allocation: &'a AllocationForm,
    pub allocation_errors: &'a FieldErrors,
    pub payment: &'a PaymentForm,
    pub payment_errors: &'a FieldErrors,
}

fn options<T: Copy>(
    tr: Tr,
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter().map(|item| (value(*item).to_string(), tr.t(label(*item)))).collect()
}

fn choice_label(tr: Tr, choice: Option<Choice>) -> String {
    choice.map_or_else(|| tr.t("involvement-choice-not-said"), |c| tr.t(c.label_key()))
}

pub fn involvement_page(ctx: &PageCtx, view: &InvolvementView<'_>) -> Markup {
    let tr = ctx.tr;
    let data = view.data;
    let year = data.year;
    let base = format!("/manage/programmes/{}/involvement", view.programme.id);
    let title = crate::t!(tr, "involvement-title", year = year.label());
    let mut all_errors = FieldErrors::new();
    all_errors.extend(view.allocation_errors.clone());
    all_errors.extend(view.payment_errors.clone());
    page(
        ctx,
        &title_with_errors(tr, &title, &all_errors),
        html! {
            (error_summary(tr, &all_errors))
            span class="caption-l" { a href={ "/manage/programmes/" (view.programme.id) } { (view.programme.name) } }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("involvement-intro")) }
            form method="get" action=(base) class="filter-form" {
                @let years: Vec<(String, String)> = data.years.iter().map(|y| (y.0.to_string(), y.label())).collect();
                (select(tr, "year", &tr.t("involvement-year"), &years, &year.0.to_string(), None, &FieldErrors::new()))
                button type="submit" class="button button--secondary" { (tr.t("involvement-show-year")) }
            }
            dl class="key-figures" {
                div { dt { (tr.t("involvement-allocated")) } dd { (tr.money(data.balances.allocated)) } }
                div { dt { (tr.t("involvement-paid")) } dd { (tr.money(data.balances.paid)) } }
                div { dt { (tr.t("involvement-left")) } dd { (tr.money(data.balances.left())) } }
            }
            @if data.budget.is_none() {
                p class="body" { (crate::t!(tr, "involvement-no-budget", year = year.label())) }
            }
            (allocation_form(ctx, view, &base))
            (payment_form(ctx, view, &base))
            (panel_choices(tr, data))
            (report(tr, data, &base))
        },
    )
}

fn allocation_form(ctx: &PageCtx, view: &InvolvementView<'_>, base: &str) -> Markup {
    let tr = ctx.tr;
    let first = view.data.budget.is_none();
    let errors = view.allocation_errors;
    let directions = [
        ("increase".to_string(), tr.t("involvement-increase")),
        ("decrease".to_string(), tr.t("involvement-decrease")),
    ];
    html! {
        h2 class="heading-m" { (tr.t(if first { "involvement-set-heading" } else { "involvement-change-heading" })) }
        (post_form(&format!("{base}/allocation"), &ctx.csrf_token, html! {
            input type="hidden" name="year" value=(view.data.year.0);
            @if !first {
                (radios(tr, "direction", &tr.t("involvement-direction"), &directions, &view.allocation.direction, None, errors))
            }
            (Input::new("allocation_amount", &tr.t("involvement-allocation-amount"), &view.allocation.allocation_amount).kind(InputKind::Money).width("input--width-10").render(tr, errors))
            (Input::new("reason", &tr.t(if first { "involvement-reason-optional" } else { "involvement-reason" }), &view.allocation.reason).render(tr, errors))
            (button(&tr.t("involvement-allocation-save"), ButtonStyle::Secondary))
        }))
    }
}

fn payment_form(ctx: &PageCtx, view: &InvolvementView<'_>, base: &str) -> Markup {
    let tr = ctx.tr;
    let data = view.data;
    let form = view.payment;
    let errors = view.payment_errors;
    let kinds = options(tr, PaymentKind::ALL, PaymentKind::as_str, PaymentKind::label_key);
    let how = options(tr, HowPaid::ALL, HowPaid::as_str, HowPaid::label_key);
    let sources = options(tr, Source::ALL, Source::as_str, Source::label_key);
    let mut costs = vec![(String::new(), tr.t("involvement-choose"))];
    costs.extend(options(tr, HelpCost::ALL, HelpCost::as_str, HelpCost::label_key));
    let mut people = vec![(String::new(), tr.t("involvement-choose"))];
    people.extend(data.panel.iter().map(|(person, lived, choice)| {
        let lived = if *lived { format!(" ({})", tr.t("involvement-lived-experience")) } else { String::new() };
        (person.id.to_string(), format!("{}{lived} — {}", person.name, choice_label(tr, *choice)))
    }));
    let mut rounds = vec![(String::new(), tr.t("involvement-choose"))];
    rounds.extend(data.rounds.iter().map(|round| (round.id.to_string(), round.name.clone())));
    let changed_mind_error = errors.text("changed_mind", tr);
    let left = crate::t!(tr, "involvement-left-in-year", left = data.balances.left(), year = data.year.label());
    html! {
        h2 class="heading-m" id="record" { (tr.t("involvement-record-heading")) }
        p class="body" { (left) }
        div class="warning-text" { p class="body" { strong { (tr.t("involvement-no-bank-details")) } } }
        (post_form(&format!("{base}/payments"), &ctx.csrf_token, html! {
            input type="hidden" name="year" value=(data.year.0);
            (radios(tr, "kind", &tr.t("involvement-kind"), &kinds, &form.kind, None, errors))
            (select(tr, "person_id", &tr.t("involvement-person"), &people, &form.person_id, Some(&tr.attr("involvement-person", "hint")), errors))
            (Input::new("email", &tr.t("involvement-email"), &form.email).kind(InputKind::Email).hint(&tr.attr("involvement-email", "hint")).render(tr, errors))
            (select(tr, "round_id", &tr.t("involvement-round"), &rounds, &form.round_id, Some(&tr.attr("involvement-round", "hint")), errors))
            (Input::new("group_name", &tr.t("involvement-group"), &form.group_name).hint(&tr.attr("involvement-group", "hint")).render(tr, errors))
            (select(tr, "help_cost", &tr.t("involvement-help-cost"), &costs, &form.help_cost, Some(&tr.attr("involvement-help-cost", "hint")), errors))
            (radios(tr, "source", &tr.t("involvement-source"), &sources, &form.source, Some(&tr.attr("involvement-source", "hint")), errors))
            (Input::new("what_for", &tr.t("involvement-what-for"), &form.what_for).render(tr, errors))
            (Input::new("amount", &tr.t("involvement-amount"), &form.amount).kind(InputKind::Money).width("input--width-10").render(tr, errors))
            (Input::new("paid_on", &tr.t("involvement-paid-on"), &form.paid_on).kind(InputKind::Date).width("input--width-10").render(tr, errors))
            (radios(tr, "how_paid", &tr.t("involvement-how-paid"), &how, &form.how_paid, None, errors))
            (textarea(tr, "note", &tr.t("involvement-note"), &form.note, Some(&tr.attr("involvement-note", "hint")), 3, errors))
            div class={ "form-group checkboxes" @if changed_mind_error.is_some() { " form-group--error" } } {
                (checkbox(tr, "changed_mind", &tr.t("involvement-changed-mind"), form.changed_mind == "yes", Some(&tr.attr("involvement-changed-mind", "hint")), changed_mind_error.as_deref()))
            }
            (button(&tr.t("involvement-record"), ButtonStyle::Primary))
        }))
    }
}

fn panel_choices(tr: Tr, data: &InvolvementData) -> Markup {
    html! {
        h2 class="heading-m" { (tr.t("involvement-choices-heading")) }
        @if data.panel.is_empty() {
            p class="body" { (tr.t("involvement-choices-none")) }
        } @else {
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("involvement-choices-heading")) }
                    thead { tr {
                        th scope="col" { (tr.t("involvement-person")) }
                        th scope="col" { (tr.t("involvement-lived-experience")) }
                        th scope="col" { (tr.t("involvement-their-choice")) }
                    } }
                    tbody {
                        @for (person, lived, choice) in &data.panel {
                            tr {
                                td { (person.name) }
                                td { (tr.t(if *lived { "involvement-yes" } else { "involvement-no" })) }
                                td { (choice_label(tr, *choice)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn report(tr: Tr, data: &InvolvementData, base: &str) -> Markup {
    let payments = &data.payments;
    let months = by_month(data.year, payments);
    html! {
        h2 class="heading-m" { (tr.t("involvement-report-heading")) }
        p class="body" {
            (crate::t!(tr, "involvement-report-people", people = people_paid(payments) as i64)) " "
            a href={ (base) ".csv?year=" (data.year.0) } download { (tr.t("involvement-csv")) }
        }
        div class="table-wrapper" {
            table class="table" {
                caption { (tr.t("involvement-by-kind")) }
                thead { tr {
                    th scope="col" { (tr.t("involvement-kind")) }
                    th scope="col" class="numeric" { (tr.t("involvement-payments")) }
                    th scope="col" class="numeric" { (tr.t("involvement-amount")) }
                } }
                tbody {
                    @for (kind, total, count) in by_kind(payments) {
                        tr { td { (tr.t(kind.label_key())) } td class="numeric" { (tr.number(count as i64)) } td class="numeric" { (tr.money(total)) } }
                    }
                }
            }
        }
        div class="table-wrapper" {
            table class="table" {
                caption { (tr.t("involvement-by-month")) }
                thead { tr { th scope="col" { (tr.t("involvement-month")) } th scope="col" class="numeric" { (tr.t("involvement-amount")) } } }
                tbody {
                    @for ((calendar_year, month), total) in months {
                        tr { td { (tr.t(&format!("reports-month-{month}"))) " " (calendar_year) } td class="numeric" { (tr.money(total)) } }
                    }
                }
            }
        }
        (payments_table(tr, payments))
        h2 class="heading-m" { (tr.t("involvement-ledger-heading")) }
        @if data.entries.is_empty() {
            p class="body" { (tr.t("involvement-ledger-none")) }
        } @else {
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("involvement-ledger-heading")) }
                    thead { tr {
                        th scope="col" { (tr.t("involvement-when")) }
                        th scope="col" { (tr.t("involvement-what")) }
                        th scope="col" class="numeric" { (tr.t("involvement-amount")) }
                        th scope="col" { (tr.t("involvement-reason")) }
                    } }
                    tbody {
                        @for entry in &data.entries {
                            tr {
                                td { (tr.london_datetime(entry.created_at)) }
                                td { (EntryKind::parse(&entry.kind).map_or_else(|| entry.kind.clone(), |k| tr.t(k.label_key()))) }
                                td class="numeric" { (tr.money(Pence(entry.amount_pence))) }
                                td { (entry.reason.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn payments_table(tr: Tr, payments: &[Payment]) -> Markup {
    html! {
        h2 class="heading-m" { (tr.t("involvement-payments-heading")) }
        @if payments.is_empty() {
            p class="body" { (tr.t("involvement-payments-none")) }
        } @else {
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("involvement-payments-heading")) }
                    thead { tr {
                        th scope="col" { (tr.t("involvement-paid-on")) }
                        th scope="col" { (tr.t("involvement-payee")) }
                        th scope="col" { (tr.t("involvement-kind")) }
                        th scope="col" { (tr.t("involvement-what-for")) }
                        th scope="col" { (tr.t("involvement-how-paid")) }
                        th scope="col" { (tr.t("involvement-source")) }
                        th scope="col" class="numeric" { (tr.t("involvement-amount")) }
                    } }
                    tbody {
                        @for p in payments {
                            tr {
                                td { (tr.date(p.paid_on)) }
                                td { (p.payee) }
                                td { (tr.t(p.kind.label_key())) @if let Some(cost) = p.help_cost { " (" (tr.t(cost.label_key())) ")" } }
                                td { (p.what_for) }
                                td { (tr.t(p.how_paid.label_key())) }
                                td { (tr.t(p.source.label_key())) }
                                td class="numeric" { (tr.money(p.amount)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A programme the panel member sits on, with their choice and the team to ask.
pub struct PanelSeat {
    pub programme: Programme,
    pub team: Team,
    pub choice: Option<Choice>,
}

pub struct PanelPaymentsView<'a> {
    pub payments: &'a [Payment],
    pub programme_names: &'a std::collections::HashMap<i64, String>,
    pub seats: &'a [PanelSeat],
    pub errors: &'a FieldErrors,
}

/// A panel member's own page: what they have been paid, and how they want to be paid.
pub fn panel_payments(ctx: &PageCtx, view: &PanelPaymentsView<'_>) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("involvement-panel-title");
    let choices = options(tr, Choice::ALL, Choice::as_str, Choice::label_key);
    page(
        ctx,
        &title_with_errors(tr, &title, view.errors),
        html! {
            (error_summary(tr, view.errors))
            h1 class="heading-l" { (title) }
            div class="inset-text" { p class="body" { (tr.t("involvement-benefits")) } }
            h2 class="heading-m" { (tr.t("involvement-panel-paid-heading")) }
            @if view.payments.is_empty() {
                p class="body" { (tr.t("involvement-panel-none")) }
            } @else {
                // One short list per payment, the amount first: five columns do not fit a phone.
                @for p in view.payments {
                    div class="card" {
                        h3 class="heading-s" { (tr.money(p.amount)) }
                        (super::components::summary_list(&[
                            (&tr.t("involvement-paid-on"), html! { (tr.date(p.paid_on)) }),
                            (&tr.t("involvement-programme"), html! { (view.programme_names.get(&p.programme_id).map(String::as_str).unwrap_or("")) }),
                            (&tr.t("involvement-what-for"), html! { span dir="auto" { (p.what_for) } }),
                            (&tr.t("involvement-how-paid"), html! { (tr.t(p.how_paid.label_key())) }),
                        ]))
                    }
                }
            }
            @for seat in view.seats {
                @let field = format!("choice-{}", seat.programme.id);
                h2 class="heading-m" { (crate::t!(tr, "involvement-panel-choice-heading", programme = seat.programme.name.as_str())) }
                p class="body" { (crate::t!(tr, "involvement-panel-current", choice = choice_label(tr, seat.choice))) }
                @if !seat.team.email.is_empty() {
                    p class="body" {
                        (crate::t!(tr, "involvement-panel-ask", team = seat.team.name.as_str())) " "
                        a href={ "mailto:" (seat.team.email) } { (seat.team.email) }
                        @if !seat.team.phone.is_empty() { " · " (seat.team.phone) }
                    }
                }
                (post_form("/panel/payments/choice", &ctx.csrf_token, html! {
                    input type="hidden" name="programme_id" value=(seat.programme.id);
                    (radios_named(tr, &field, "choice", &tr.t("involvement-panel-choice"), &choices, seat.choice.map(Choice::as_str).unwrap_or(""), view.errors))
                    (button(&tr.t("involvement-panel-save"), ButtonStyle::Secondary))
                }))
            }
        },
    )
}

/// Radios sent as `name` but with ids and errors under `id` (one form per programme, each with
/// a `choice`, on one page).
fn radios_named(
    tr: Tr,
    id: &str,
    name: &str,
    legend: &str,
    options: &[(String, String)],
    selected: &str,
    errors: &FieldErrors,
) -> Markup {
    let error = errors.text(id, tr);
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            fieldset class="fieldset" aria-describedby=[error.as_ref().map(|_| format!("{id}-error"))] {
                legend class="fieldset__legend" { (legend) }
                @if let Some(error) = &error {
                    p class="error-message" id={ (id) "-error" } { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) }
                }
                div class="radios" {
                    @for (index, (value, text)) in options.iter().enumerate() {
                        @let input_id = if index == 0 { id.to_string() } else { format!("{id}-{index}") };
                        div class="radios__item" {
                            input class="radios__input" type="radio" id=(input_id) name=(name) value=(value) checked[value == selected];
                            label class="radios__label" for=(input_id) { (text) }
                        }
                    }
                }
            }
        }
    }
}
