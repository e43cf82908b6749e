//! Programme leads' pages for programmes, pots and rounds.

use crate::i18n::Tr;
use maud::{Markup, html};

use super::charts::{Segment, stacked_bar};
use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, london_date, london_datetime, post_form, radios,
    select, summary_list, tag, textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::accounts::Person;
use crate::forms::FieldErrors;
use crate::funds::queries::{LedgerEntry, Pot};
use crate::funds::rules::{AdjustForm, PotForm};
use crate::funds::{Balances, EntryKind, FinancialYear};
use crate::money::Pence;
use crate::programmes::Programme;
use crate::programmes::rules::ProgrammeForm;
use crate::rounds::rules::{CriterionForm, RoundForm};
use crate::rounds::{Criterion, Round, RoundStatus};

pub fn round_status_tag(round: &Round, now: chrono::NaiveDateTime) -> Markup {
    // A tag beside the round's name: the short form of `RoundStatus::label`.
    match round.status(now) {
        RoundStatus::Upcoming => tag("Opens soon", "blue"),
        RoundStatus::Open => tag("Open", "green"),
        RoundStatus::Closed => tag("Closed", "grey"),
    }
}

pub fn programmes_list(ctx: &PageCtx, programmes: &[Programme], may_create: bool) -> Markup {
    page(
        ctx,
        "Programmes",
        html! {
            h1 class="heading-l" { "Programmes" }
            @if may_create {
                a class="button" href="/manage/programmes/new" { "Create a programme" }
            }
            @if programmes.is_empty() {
                p class="body" { "You do not manage any programmes yet." }
            } @else {
                ul class="card-list" {
                    @for programme in programmes {
                        li class="card" {
                            h2 class="heading-m card__title" { a href={ "/manage/programmes/" (programme.id) } { (programme.name) } }
                            p class="body secondary-text" { "Funded by " (programme.funder_name) }
                        }
                    }
                }
            }
        },
    )
}

pub fn programme_form(
    ctx: &PageCtx,
    action: &str,
    heading: &str,
    form: &ProgrammeForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, heading, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (heading) }
            (post_form(action, &ctx.csrf_token, html! {
                (Input::new("name", "Programme name", &form.name).hint("For example, Riverside Community Mental Health Small Grants").render(tr, errors))
                (Input::new("slug", "Short name (optional)", &form.slug).width("input--width-30")
                    .hint("Lower-case letters, numbers and hyphens. Left empty, it is made from the name.").render(tr, errors))
                (textarea(tr, "description", "Description (optional)", &form.description, Some("What the programme is for. You can use simple formatting such as **bold** and lists."), 5, errors))
                (Input::new("funder_name", "Funder", &form.funder_name).hint("The organisation whose money this is, for example an integrated care board.").render(tr, errors))
                (Input::new("funder_org_id", "Funder's organisation identifier (optional)", &form.funder_org_id).width("input--width-20")
                    .hint("As used in open data, for example GB-NHS-QWU for an NHS body or GB-CHC-1234567 for a charity.").render(tr, errors))
                (Input::new("identifier_prefix", "360Giving identifier prefix", &form.identifier_prefix).width("input--width-20")
                    .hint("The prefix 360Giving gave the funder, for example 360G-riversideicb. Every published grant's id starts with it.").render(tr, errors))
                (button("Save programme", ButtonStyle::Primary))
            }))
        },
    )
}

/// What a programme overview shows.
pub struct ProgrammeOverview<'a> {
    pub programme: &'a Programme,
    pub pots: &'a [(Pot, Balances)],
    pub rounds: &'a [Round],
    pub leads: &'a [(Person, bool)],
    pub may_appoint_leads: bool,
    pub lead_email: &'a str,
    pub errors: &'a FieldErrors,
    pub now: chrono::NaiveDateTime,
}

pub fn programme_overview(ctx: &PageCtx, view: &ProgrammeOverview<'_>) -> Markup {
    let tr = ctx.tr;
    let programme = view.programme;
    let base = format!("/manage/programmes/{}", programme.id);
    page(
        ctx,
        &title_with_errors(tr, &programme.name, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { "Programme" }
            h1 class="heading-l" { (programme.name) }
            (summary_list(&[
                ("Funder", html! { (programme.funder_name) @if !programme.funder_org_id.is_empty() { " (" (programme.funder_org_id) ")" } }),
                ("360Giving prefix", html! { (programme.identifier_prefix) }),
                ("Public description", html! { @if programme.description.is_empty() { "None yet" } @else { (crate::web::views::markdown::render(&programme.description)) } }),
            ]))
            p class="body" { a href={ (base) "/edit" } { "Change the programme's details" } }
            p class="body" { a href={ (base) "/equity" } { "Who the money reaches: the equity report" } }

            h2 class="heading-m" { "Pots" }
            @if view.pots.is_empty() {
                p class="body" { "No pots yet. A pot holds one financial year's ring-fenced money." }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { "Pots by financial year" }
                        thead { tr {
                            th scope="col" { "Year" } th scope="col" { "Pot" }
                            th scope="col" class="numeric" { "Allocated" } th scope="col" class="numeric" { "Committed" }
                            th scope="col" class="numeric" { "Paid" } th scope="col" class="numeric" { "Not yet set aside" }
                        } }
                        tbody {
                            @for (pot, balances) in view.pots {
                                tr {
                                    td { (pot.year().label()) }
                                    td { a href={ "/manage/pots/" (pot.id) } { (pot.name) } }
                                    td class="numeric" { (balances.allocated) }
                                    td class="numeric" { (balances.committed) }
                                    td class="numeric" { (balances.paid) }
                                    td class="numeric" { (balances.unassigned()) }
                                }
                            }
                        }
                    }
                }
            }
            a class="button button--secondary" href={ (base) "/pots/new" } { "Add a pot" }

            h2 class="heading-m" { "Rounds" }
            @if view.rounds.is_empty() {
                p class="body" { "No rounds yet." }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { "Rounds" }
                        thead { tr { th scope="col" { "Round" } th scope="col" { "Status" } th scope="col" { "Closes" } } }
                        tbody {
                            @for round in view.rounds {
                                tr {
                                    td { a href={ "/manage/rounds/" (round.id) } { (round.name) } }
                                    td { (round_status_tag(round, view.now)) }
                                    td { (london_datetime(round.closes_at)) }
                                }
                            }
                        }
                    }
                }
            }
            @if !view.pots.is_empty() {
                a class="button button--secondary" href={ (base) "/rounds/new" } { "Set up a round" }
            }

            h2 class="heading-m" { "Programme leads" }
            @if view.leads.is_empty() {
                p class="body" { "No leads yet." }
            } @else {
                ul class="list" { @for (lead, _) in view.leads { li { (lead.name) " (" (lead.email) ")" } } }
            }
            @if view.may_appoint_leads {
                (post_form(&format!("{base}/leads"), &ctx.csrf_token, html! {
                    (Input::new("email", "Appoint a lead by email address", view.lead_email).kind(InputKind::Email)
                        .hint("They need an account first.").render(tr, view.errors))
                    (button("Appoint lead", ButtonStyle::Secondary))
                }))
            }
        },
    )
}

pub fn pot_form(
    ctx: &PageCtx,
    programme: &Programme,
    years: &[FinancialYear],
    form: &PotForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    let year_options: Vec<(String, String)> = years.iter().map(|y| (y.0.to_string(), y.label())).collect();
    page(
        ctx,
        &title_with_errors(tr, "Add a pot", errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (programme.name) }
            h1 class="heading-l" { "Add a pot" }
            (post_form(&format!("/manage/programmes/{}/pots", programme.id), &ctx.csrf_token, html! {
                (radios(tr, "financial_year", "Financial year", &year_options, &form.financial_year, Some("1 April to 31 March."), errors))
                (Input::new("name", "Name", &form.name).hint("For example, VCSE ring-fence 2026/27").render(tr, errors))
                (Input::new("transformation_total", "Transformation funding total (optional)", &form.transformation_total)
                    .kind(InputKind::Money).width("input--width-10").hint("The whole community mental health transformation allocation the ring-fence comes from.").render(tr, errors))
                (Input::new("ring_fence_percent", "Ring-fenced percentage (optional)", &form.ring_fence_percent)
                    .kind(InputKind::Number).width("input--width-10").hint("For example 25. With the total above, the allocation can be left empty and is worked out for you.").render(tr, errors))
                (Input::new("allocation", "Allocation", &form.allocation).kind(InputKind::Money).width("input--width-10")
                    .hint("The money ring-fenced for the voluntary and community sector this year.").render(tr, errors))
                (button("Add pot", ButtonStyle::Primary))
            }))
        },
    )
}

/// What the pot dashboard shows.
pub struct PotDashboard<'a> {
    pub programme: &'a Programme,
    pub pot: &'a Pot,
    pub balances: &'a Balances,
    pub entries: &'a [LedgerEntry],
    pub rounds: &'a [(Round, Balances)],
    pub may_carry_forward: Result<(), String>,
    pub adjust: &'a AdjustForm,
    pub errors: &'a FieldErrors,
}

pub fn pot_dashboard(ctx: &PageCtx, view: &PotDashboard<'_>) -> Markup {
    let tr = ctx.tr;
    let pot = view.pot;
    let b = view.balances;
    let base = format!("/manage/pots/{}", pot.id);
    let set_aside_not_awarded = b.assigned - b.committed;
    let segments = [
        Segment { label: "Paid", amount: b.paid, colour: "#005a30" },
        Segment { label: "Awarded, not yet paid", amount: b.committed_unpaid(), colour: "#85994b" },
        Segment { label: "In round budgets, not yet awarded", amount: set_aside_not_awarded, colour: "#1d70b8" },
        Segment { label: "Not yet set aside for a round", amount: b.unassigned(), colour: "#ffffff" },
    ];
    page(
        ctx,
        &title_with_errors(tr, &pot.name, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { a href={ "/manage/programmes/" (view.programme.id) } { (view.programme.name) } " · " (pot.year().label()) }
            h1 class="heading-l" { (pot.name) }
            @if let Some(sentence) = pot.ring_fence_sentence() {
                p class="body-l" { (sentence) }
            }
            p class="body" { a href={ (base) "/report" } { "The pot report: month by month, forecast underspend and spreadsheets" } }
            dl class="key-figures" {
                div { dt { "Allocated" } dd { (b.allocated) } }
                div { dt { "Set aside for rounds" } dd { (b.assigned) } }
                div { dt { "Committed" } dd { (b.committed) } }
                div { dt { "Paid" } dd { (b.paid) } }
                div { dt { "Not yet set aside" } dd { (b.unassigned()) } }
                @if !b.carried_in.is_zero() { div { dt { "Carried in" } dd { (b.carried_in) } } }
                @if !b.carried_out.is_zero() { div { dt { "Carried forward" } dd { (b.carried_out) } } }
            }
            h2 class="heading-m" { "How the money is used" }
            (stacked_bar("pot-chart", &format!("How {} is used", pot.name), b.allocated, &segments))
            div class="table-wrapper" {
                table class="table" {
                    caption { "The same figures as a table" }
                    thead { tr { th scope="col" { "Part of the pot" } th scope="col" class="numeric" { "Amount" } } }
                    tbody {
                        @for segment in &segments {
                            tr { td { (segment.label) } td class="numeric" { (segment.amount) } }
                        }
                        tr { th scope="row" { "Allocated in all" } td class="numeric" { strong { (b.allocated) } } }
                    }
                }
            }

            h2 class="heading-m" { "Rounds drawing on this pot" }
            @if view.rounds.is_empty() {
                p class="body" { "None yet." }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { "Rounds" }
                        thead { tr { th scope="col" { "Round" } th scope="col" class="numeric" { "Budget" } th scope="col" class="numeric" { "Committed" } th scope="col" class="numeric" { "Paid" } } }
                        tbody {
                            @for (round, rb) in view.rounds {
                                tr {
                                    td { a href={ "/manage/rounds/" (round.id) } { (round.name) } }
                                    td class="numeric" { (rb.assigned) }
                                    td class="numeric" { (rb.committed) }
                                    td class="numeric" { (rb.paid) }
                                }
                            }
                        }
                    }
                }
            }

            h2 class="heading-m" { "Correct the allocation" }
            p class="body" { "Corrections are added to the ledger with your reason; nothing is ever overwritten." }
            (post_form(&format!("{base}/adjust"), &ctx.csrf_token, html! {
                (radios(tr, "direction", "Increase or reduce?", &[("increase".into(), "Increase".into()), ("decrease".into(), "Reduce".into())], &view.adjust.direction, None, view.errors))
                (Input::new("amount", "Amount", &view.adjust.amount).kind(InputKind::Money).width("input--width-10").render(tr, view.errors))
                (Input::new("reason", "Reason", &view.adjust.reason).hint("For example, in-year allocation uplift from the ICB.").render(tr, view.errors))
                (button("Save correction", ButtonStyle::Secondary))
            }))

            h2 class="heading-m" { "Carry forward" }
            @match &view.may_carry_forward {
                Ok(()) => {
                    p class="body" { "Move the " strong { (b.uncommitted()) } " not awarded from this pot into next year's pot. Round budgets shrink to what they awarded. This can be done once." }
                    (button_form(&format!("{base}/carry-forward"), &ctx.csrf_token, "Carry forward to next year", ButtonStyle::Warning))
                }
                Err(reason) => { p class="body" { (reason) } }
            }

            h2 class="heading-m" { "Ledger" }
            p class="body" { "The latest movements of money, newest first. "
                a href={ (base) "/ledger.csv" } download { "Download the whole ledger (CSV)" } }
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { "The latest movements of money, newest first" }
                    thead { tr { th scope="col" { "When" } th scope="col" { "What" } th scope="col" class="numeric" { "Amount" } th scope="col" { "Reason" } } }
                    tbody {
                        @for entry in view.entries {
                            tr {
                                td { (london_datetime(entry.created_at)) }
                                td { (EntryKind::parse(&entry.kind).map(EntryKind::label).unwrap_or(entry.kind.as_str())) }
                                td class="numeric" { (Pence(entry.amount_pence)) }
                                td { (entry.reason.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        },
    )
}

pub fn round_form(
    ctx: &PageCtx,
    heading: &str,
    caption: &str,
    action: &str,
    pots: &[(Pot, Balances)],
    form: &RoundForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    let pot_options: Vec<(String, String)> = std::iter::once((String::new(), "Choose a pot".to_string()))
        .chain(
            pots.iter()
                .map(|(pot, b)| (pot.id.to_string(), format!("{} ({} not yet set aside)", pot.name, b.unassigned()))),
        )
        .collect();
    page(
        ctx,
        &title_with_errors(tr, heading, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (caption) }
            h1 class="heading-l" { (heading) }
            (post_form(action, &ctx.csrf_token, html! {
                (Input::new("name", "Round name", &form.name).hint("For example, Spring 2027 community small grants").render(tr, errors))
                (Input::new("slug", "Web address name (optional)", &form.slug).width("input--width-30")
                    .hint("The round's public page will be /rounds/ followed by this. Left empty, it is made from the name.").render(tr, errors))
                (Input::new("summary", "One-line summary (optional)", &form.summary).render(tr, errors))
                (select(tr, "pot_id", "Pot", &pot_options, &form.pot_id, Some("The round's budget is set aside from this pot."), errors))
                (Input::new("budget", "Budget", &form.budget).kind(InputKind::Money).width("input--width-10").render(tr, errors))
                (Input::new("min_award", "Smallest award", &form.min_award).kind(InputKind::Money).width("input--width-10").render(tr, errors))
                (Input::new("max_award", "Largest award", &form.max_award).kind(InputKind::Money).width("input--width-10").render(tr, errors))
                fieldset class="fieldset form-group" {
                    legend class="fieldset__legend fieldset__legend--m" { "Opens" }
                    div class="hint" { "UK time." }
                    (Input::new("opens_date", "Date", &form.opens_date).kind(InputKind::Date).width("input--width-10").render(tr, errors))
                    (Input::new("opens_time", "Time", &form.opens_time).kind(InputKind::Time).width("input--width-10").render(tr, errors))
                }
                fieldset class="fieldset form-group" {
                    legend class="fieldset__legend fieldset__legend--m" { "Closes" }
                    div class="hint" { "UK time. Bids sent after this are refused." }
                    (Input::new("closes_date", "Date", &form.closes_date).kind(InputKind::Date).width("input--width-10").render(tr, errors))
                    (Input::new("closes_time", "Time", &form.closes_time).kind(InputKind::Time).width("input--width-10").render(tr, errors))
                }
                (Input::new("decision_date", "Decisions made by", &form.decision_date).kind(InputKind::Date).width("input--width-10")
                    .hint("Shown to groups on the round's page.").render(tr, errors))
                (Input::new("panel_size", "Panel members per bid", &form.panel_size).kind(InputKind::Number).width("input--width-10")
                    .hint("How many panel members score each bid. Usually 2.").render(tr, errors))
                (textarea(tr, "eligibility", "Who can apply", &form.eligibility, Some("Plain words. You can use **bold** and lists (start lines with -)."), 6, errors))
                (textarea(tr, "uses", "What the money can be used for", &form.uses, Some("For example: a part-time peer support worker, equipment, room hire."), 6, errors))
                (button("Save round", ButtonStyle::Primary))
            }))
        },
    )
}

/// A round's setting-up page for its lead.
pub struct RoundManagement<'a> {
    pub programme: &'a Programme,
    pub round: &'a Round,
    pub budget: &'a Balances,
    pub criteria: &'a [Criterion],
    pub new_criterion: &'a CriterionForm,
    pub errors: &'a FieldErrors,
    pub now: chrono::NaiveDateTime,
    /// Extra sections from later stages (screening, ranking).
    pub extra: Markup,
}

pub fn round_management(ctx: &PageCtx, view: &RoundManagement<'_>) -> Markup {
    let tr = ctx.tr;
    let round = view.round;
    let base = format!("/manage/rounds/{}", round.id);
    page(
        ctx,
        &title_with_errors(tr, &round.name, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { a href={ "/manage/programmes/" (view.programme.id) } { (view.programme.name) } }
            h1 class="heading-l" { (round.name) " " (round_status_tag(round, view.now)) }
            (summary_list(&[
                ("Public page", html! { a href={ "/rounds/" (round.slug) } { "/rounds/" (round.slug) } }),
                ("Budget", html! { (view.budget.assigned) " (" (view.budget.committed) " committed)" }),
                ("Awards", html! { (round.min_award()) " to " (round.max_award()) }),
                ("Opens", html! { (london_datetime(round.opens_at)) }),
                ("Closes", html! { (london_datetime(round.closes_at)) }),
                ("Decisions by", html! { (round.decision_target_on.format("%-d %B %Y").to_string()) }),
                ("Panel members per bid", html! { (round.panel_size) }),
            ]))
            p class="body" { a href={ (base) "/edit" } { "Change the round's details or budget" } }
            (view.extra)
            h2 class="heading-m" { "How bids are scored" }
            @if round.criteria_frozen() {
                p class="body" { "The first bid has been sent, so the criteria can no longer change." }
            }
            @for criterion in view.criteria {
                (criterion_section(ctx, &base, criterion, round.criteria_frozen(), view.criteria.len() > 1))
            }
            @if !round.criteria_frozen() {
                details class="details" open[!view.errors.is_empty()] {
                    summary { "Add a criterion" }
                    div class="details__text" {
                        (criterion_fields(ctx, &format!("{base}/criteria"), view.new_criterion, view.errors, "Add criterion"))
                    }
                }
            }
        },
    )
}

fn criterion_section(ctx: &PageCtx, base: &str, criterion: &Criterion, frozen: bool, removable: bool) -> Markup {
    let form = CriterionForm {
        title: criterion.title.clone(),
        description: criterion.description.clone(),
        weight: criterion.weight.to_string(),
        descriptor_1: criterion.descriptor_1.clone(),
        descriptor_2: criterion.descriptor_2.clone(),
        descriptor_3: criterion.descriptor_3.clone(),
        descriptor_4: criterion.descriptor_4.clone(),
        descriptor_5: criterion.descriptor_5.clone(),
    };
    let action = format!("{base}/criteria/{}", criterion.id);
    html! {
        section class="card" aria-labelledby={ "criterion-" (criterion.id) } {
            h3 class="heading-s" id={ "criterion-" (criterion.id) } { (criterion.title) " (weight " (criterion.weight) ")" }
            @if !criterion.description.is_empty() { p class="body" { (criterion.description) } }
            ul class="list list--plain" {
                @for (score, text) in criterion.descriptors().iter().enumerate() {
                    li { strong { (score + 1) ": " } (text) }
                }
            }
            @if !frozen {
                details class="details" {
                    summary { "Change " (criterion.title) }
                    div class="details__text" {
                        (criterion_fields_with_prefix(ctx, &action, &form, &FieldErrors::new(), "Save changes", &format!("c{}-", criterion.id)))
                    }
                }
                @if removable {
                    (button_form(&format!("{action}/delete"), &ctx.csrf_token, &format!("Remove {}", criterion.title), ButtonStyle::Secondary))
                }
            }
        }
    }
}

fn criterion_fields(ctx: &PageCtx, action: &str, form: &CriterionForm, errors: &FieldErrors, label: &str) -> Markup {
    criterion_fields_with_prefix(ctx, action, form, errors, label, "")
}

/// The criterion form. Several appear on one page, so each field's id gets `prefix` while the
/// names stay the same.
fn criterion_fields_with_prefix(
    ctx: &PageCtx,
    action: &str,
    form: &CriterionForm,
    errors: &FieldErrors,
    label: &str,
    prefix: &str,
) -> Markup {
    let tr = ctx.tr;
    let field = |name: &str| format!("{prefix}{name}");
    let descriptor_values =
        [&form.descriptor_1, &form.descriptor_2, &form.descriptor_3, &form.descriptor_4, &form.descriptor_5];
    html! {
        form method="post" action=(action) novalidate {
            (super::components::csrf_field(&ctx.csrf_token))
            (labelled_input(tr, &field("title"), "title", "Name", &form.title, errors))
            (labelled_textarea(tr, &field("description"), "description", "What panel members look for", &form.description, errors))
            (labelled_input(tr, &field("weight"), "weight", "Weight (1 to 10)", &form.weight, errors))
            @for (index, value) in descriptor_values.iter().enumerate() {
                (labelled_textarea(tr, &field(&format!("descriptor_{}", index + 1)), &format!("descriptor_{}", index + 1),
                    &format!("What a score of {} means", index + 1), value, errors))
            }
            (button(label, ButtonStyle::Secondary))
        }
    }
}

fn labelled_input(tr: Tr, id: &str, name: &str, label: &str, value: &str, errors: &FieldErrors) -> Markup {
    let error = errors.text(name, tr);
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            label class="label" for=(id) { (label) }
            @if let Some(error) = &error { p class="error-message" id={ (id) "-error" } { span class="visually-hidden" { "Error: " } (error) } }
            input class="input" id=(id) name=(name) type="text" value=(value) aria-describedby=[error.as_ref().map(|_| format!("{id}-error"))];
        }
    }
}

fn labelled_textarea(tr: Tr, id: &str, name: &str, label: &str, value: &str, errors: &FieldErrors) -> Markup {
    let error = errors.text(name, tr);
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            label class="label" for=(id) { (label) }
            @if let Some(error) = &error { p class="error-message" id={ (id) "-error" } { span class="visually-hidden" { "Error: " } (error) } }
            textarea class="textarea" id=(id) name=(name) rows="2" aria-describedby=[error.as_ref().map(|_| format!("{id}-error"))] { (value) }
        }
    }
}

/// "Opens on 10 January 2027" / "Closes in 12 days" / "Closes today at 5:00pm".
pub fn time_left(round: &Round, now: chrono::NaiveDateTime) -> String {
    match round.status(now) {
        RoundStatus::Upcoming => format!("Opens on {}", london_datetime(round.opens_at)),
        RoundStatus::Closed => format!("Closed on {}", london_date(round.closes_at)),
        RoundStatus::Open => {
            // Whole calendar days in London, as people count them ("closes in 3 days").
            let days = (crate::time::in_london(round.closes_at).date_naive()
                - crate::time::in_london(now).date_naive())
            .num_days();
            let at = crate::time::in_london(round.closes_at).format("%-I:%M%P");
            match days {
                0 => format!("Closes today at {at}"),
                1 => format!("Closes tomorrow at {at}"),
                _ => format!("Closes in {days} days, on {}", london_datetime(round.closes_at)),
            }
        }
    }
}
