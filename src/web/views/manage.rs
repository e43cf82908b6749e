//! Programme leads' pages for programmes, pots and rounds. The words are in
//! `locales/…/staff/manage.ftl`, except a round's status and time left, which the public reads
//! too (`rounds.ftl`).

use crate::i18n::Tr;
use maud::{Markup, html};

use super::charts::{Segment, stacked_bar};
use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, post_form, radios, select, summary_list, tag,
    textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::accounts::Person;
use crate::forms::FieldErrors;
use crate::funds::queries::{LedgerEntry, Pot};
use crate::funds::rules::{AdjustForm, PotForm};
use crate::funds::{Balances, EntryKind, FinancialYear};
use crate::i18n::Message;
use crate::money::Pence;
use crate::programmes::Programme;
use crate::programmes::rules::ProgrammeForm;
use crate::rounds::eligibility::{Answer, MAX_QUESTIONS, QuestionForm};
use crate::rounds::rules::{CriterionForm, RoundForm};
use crate::rounds::{Criterion, EligibilityQuestion, Round, RoundStatus};

/// Marks where an argument goes in a message translated whole, so it can be found afterwards.
const ARGUMENT_MARK: &str = "\u{e000}";

/// A message with one more argument, `name`, shown as `inner` (a link, words in bold): the
/// sentence is translated whole (its word order is the translator's), then the argument's place
/// in it is found and filled.
pub(super) fn with_inline(tr: Tr, message: Message, name: &'static str, inner: Markup) -> Markup {
    let text = tr.message(&message.arg(name, ARGUMENT_MARK));
    match text.split_once(ARGUMENT_MARK) {
        Some((before, after)) => html! { (before) (inner) (after) },
        None => html! { (text) },
    }
}

/// A message with one more argument, `name`, in bold (see [`with_inline`]).
pub(super) fn with_strong(tr: Tr, message: Message, name: &'static str, value: &str) -> Markup {
    with_inline(tr, message, name, html! { strong { (value) } })
}

pub fn round_status_tag(tr: Tr, round: &Round, now: chrono::NaiveDateTime) -> Markup {
    // A tag beside the round's name: the short form of `RoundStatus::label_key`.
    match round.status(now) {
        RoundStatus::Upcoming => tag(&tr.t("rounds-tag-upcoming"), "blue"),
        RoundStatus::Open => tag(&tr.t("rounds-tag-open"), "green"),
        RoundStatus::Closed => tag(&tr.t("rounds-tag-closed"), "grey"),
    }
}

pub fn programmes_list(ctx: &PageCtx, programmes: &[Programme], may_create: bool) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &tr.t("manage-programmes-title"),
        html! {
            h1 class="heading-l" { (tr.t("manage-programmes-title")) }
            @if may_create {
                a class="button" href="/manage/programmes/new" { (tr.t("manage-programmes-create")) }
                p class="body" { a href="/manage/notices" { (tr.t("notices-link")) } }
                p class="body" { a href="/manage/payment-file-layout" { (tr.t("payment-layout-link")) } }
            }
            @if programmes.is_empty() {
                p class="body" { (tr.t("manage-programmes-none")) }
            } @else {
                ul class="card-list" {
                    @for programme in programmes {
                        li class="card" {
                            h2 class="heading-m card__title" { a href={ "/manage/programmes/" (programme.id) } { (programme.name) } }
                            p class="body secondary-text" { (crate::t!(tr, "manage-programmes-funded-by", funder = programme.funder_name.as_str())) }
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
    let field = |name: &str| tr.t(name);
    let hint = |name: &str| tr.attr(name, "hint");
    page(
        ctx,
        &title_with_errors(tr, heading, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (heading) }
            (post_form(action, &ctx.csrf_token, html! {
                (Input::new("name", &field("manage-programme-name"), &form.name).hint(&hint("manage-programme-name")).render(tr, errors))
                (Input::new("slug", &field("manage-programme-slug"), &form.slug).width("input--width-30")
                    .hint(&hint("manage-programme-slug")).render(tr, errors))
                (textarea(tr, "description", &field("manage-programme-description"), &form.description, Some(&hint("manage-programme-description")), 5, errors))
                (Input::new("funder_name", &field("manage-programme-funder"), &form.funder_name).hint(&hint("manage-programme-funder")).render(tr, errors))
                (Input::new("funder_org_id", &field("manage-programme-funder-org-id"), &form.funder_org_id).width("input--width-20")
                    .hint(&hint("manage-programme-funder-org-id")).render(tr, errors))
                (Input::new("identifier_prefix", &field("manage-programme-prefix"), &form.identifier_prefix).width("input--width-20")
                    .hint(&hint("manage-programme-prefix")).render(tr, errors))
                (button(&tr.t("manage-programme-save"), ButtonStyle::Primary))
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
            span class="caption-l" { (tr.t("manage-programme-caption")) }
            h1 class="heading-l" { (programme.name) }
            (summary_list(&[
                (&tr.t("manage-programme-funder"), html! { (programme.funder_name) @if !programme.funder_org_id.is_empty() { " (" (programme.funder_org_id) ")" } }),
                (&tr.t("manage-programme-summary-prefix"), html! { (programme.identifier_prefix) }),
                (&tr.t("manage-programme-summary-description"), html! { @if programme.description.is_empty() { (tr.t("manage-programme-no-description")) } @else { (crate::web::views::markdown::render(&programme.description)) } }),
            ]))
            p class="body" { a href={ (base) "/edit" } { (tr.t("manage-programme-change-link")) } }
            p class="body" { a href={ (base) "/contact" } { (tr.t("manage-contact-link")) } }
            p class="body" { a href={ (base) "/equity" } { (tr.t("manage-programme-equity-link")) } }
            p class="body" { a href={ (base) "/payment-runs" } { (tr.t("manage-programme-payment-runs-link")) } }
            p class="body" { a href={ (base) "/involvement" } { (tr.t("manage-programme-involvement-link")) } }
            p class="body" { a href={ (base) "/missing" } { (tr.t("manage-programme-missing-link")) } }
            p class="body" { a href={ (base) "/areas" } { (tr.t("manage-programme-areas-link")) } }
            p class="body" { a href={ (base) "/tracker" } { (tr.t("manage-programme-tracker-link")) } }
            p class="body" { a href={ (base) "/measures" } { (tr.t("manage-programme-measures-link")) } }
            p class="body" { a href={ (base) "/measures-report" } { (tr.t("manage-programme-measures-report-link")) } }

            h2 class="heading-m" { (tr.t("manage-pots-heading")) }
            @if view.pots.is_empty() {
                p class="body" { (tr.t("manage-pots-none")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("manage-pots-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("manage-pots-year")) } th scope="col" { (tr.t("manage-pots-pot")) }
                            th scope="col" class="numeric" { (tr.t("manage-money-allocated")) } th scope="col" class="numeric" { (tr.t("manage-money-committed")) }
                            th scope="col" class="numeric" { (tr.t("manage-money-paid")) } th scope="col" class="numeric" { (tr.t("manage-money-not-set-aside")) }
                        } }
                        tbody {
                            @for (pot, balances) in view.pots {
                                tr {
                                    td { (pot.year().label()) }
                                    td { a href={ "/manage/pots/" (pot.id) } { (pot.name) } }
                                    td class="numeric" { (tr.money(balances.allocated)) }
                                    td class="numeric" { (tr.money(balances.committed)) }
                                    td class="numeric" { (tr.money(balances.paid)) }
                                    td class="numeric" { (tr.money(balances.unassigned())) }
                                }
                            }
                        }
                    }
                }
            }
            a class="button button--secondary" href={ (base) "/pots/new" } { (tr.t("manage-pot-add")) }

            h2 class="heading-m" { (tr.t("manage-rounds-heading")) }
            @if view.rounds.is_empty() {
                p class="body" { (tr.t("manage-rounds-none")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("manage-rounds-heading")) }
                        thead { tr { th scope="col" { (tr.t("manage-rounds-round")) } th scope="col" { (tr.t("manage-rounds-status")) } th scope="col" { (tr.t("manage-rounds-closes")) } } }
                        tbody {
                            @for round in view.rounds {
                                tr {
                                    td { a href={ "/manage/rounds/" (round.id) } { (round.name) } }
                                    td { (round_status_tag(tr, round, view.now)) }
                                    td { (tr.london_datetime(round.closes_at)) }
                                }
                            }
                        }
                    }
                }
            }
            @if !view.pots.is_empty() {
                a class="button button--secondary" href={ (base) "/rounds/new" } { (tr.t("manage-round-create-title")) }
            }

            h2 class="heading-m" { (tr.t("manage-leads-heading")) }
            @if view.leads.is_empty() {
                p class="body" { (tr.t("manage-leads-none")) }
            } @else {
                ul class="list" { @for (lead, _) in view.leads { li { (lead.name) " (" (lead.email) ")" } } }
            }
            @if view.may_appoint_leads {
                (post_form(&format!("{base}/leads"), &ctx.csrf_token, html! {
                    (Input::new("email", &tr.t("manage-leads-email"), view.lead_email).kind(InputKind::Email)
                        .hint(&tr.attr("manage-leads-email", "hint")).render(tr, view.errors))
                    (button(&tr.t("manage-leads-appoint"), ButtonStyle::Secondary))
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
    let heading = tr.t("manage-pot-add");
    page(
        ctx,
        &title_with_errors(tr, &heading, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (programme.name) }
            h1 class="heading-l" { (heading) }
            (post_form(&format!("/manage/programmes/{}/pots", programme.id), &ctx.csrf_token, html! {
                (radios(tr, "financial_year", &tr.t("manage-pot-year"), &year_options, &form.financial_year, Some(&tr.attr("manage-pot-year", "hint")), errors))
                (Input::new("name", &tr.t("manage-pot-name"), &form.name).hint(&tr.attr("manage-pot-name", "hint")).render(tr, errors))
                (Input::new("transformation_total", &tr.t("manage-pot-transformation-total"), &form.transformation_total)
                    .kind(InputKind::Money).width("input--width-10").hint(&tr.attr("manage-pot-transformation-total", "hint")).render(tr, errors))
                (Input::new("ring_fence_percent", &tr.t("manage-pot-ring-fence-percent"), &form.ring_fence_percent)
                    .kind(InputKind::Number).width("input--width-10").hint(&tr.attr("manage-pot-ring-fence-percent", "hint")).render(tr, errors))
                (Input::new("allocation", &tr.t("manage-pot-allocation"), &form.allocation).kind(InputKind::Money).width("input--width-10")
                    .hint(&tr.attr("manage-pot-allocation", "hint")).render(tr, errors))
                (button(&tr.t("manage-pot-add-button"), ButtonStyle::Primary))
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
    /// Why money cannot be carried forward yet, or `Ok` when it can.
    pub may_carry_forward: Result<(), Message>,
    pub adjust: &'a AdjustForm,
    pub errors: &'a FieldErrors,
}

pub fn pot_dashboard(ctx: &PageCtx, view: &PotDashboard<'_>) -> Markup {
    let tr = ctx.tr;
    let pot = view.pot;
    let b = view.balances;
    let base = format!("/manage/pots/{}", pot.id);
    let set_aside_not_awarded = b.assigned - b.committed;
    let labels = [
        tr.t("manage-money-paid"),
        tr.t("manage-pot-part-awarded-not-paid"),
        tr.t("manage-pot-part-in-rounds"),
        tr.t("manage-pot-part-not-set-aside"),
    ];
    let segments = [
        Segment { label: &labels[0], amount: b.paid, colour: "#005a30" },
        Segment { label: &labels[1], amount: b.committed_unpaid(), colour: "#85994b" },
        Segment { label: &labels[2], amount: set_aside_not_awarded, colour: "#1d70b8" },
        Segment { label: &labels[3], amount: b.unassigned(), colour: "#ffffff" },
    ];
    let direction_options =
        [("increase".to_string(), tr.t("manage-pot-increase")), ("decrease".to_string(), tr.t("manage-pot-reduce"))];
    page(
        ctx,
        &title_with_errors(tr, &pot.name, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { a href={ "/manage/programmes/" (view.programme.id) } { (view.programme.name) } " · " (pot.year().label()) }
            h1 class="heading-l" { (pot.name) }
            @if let Some(sentence) = pot.ring_fence_sentence() {
                p class="body-l" { (tr.message(&sentence)) }
            }
            p class="body" { a href={ (base) "/report" } { (tr.t("manage-pot-report-link")) } }
            dl class="key-figures" {
                div { dt { (tr.t("manage-money-allocated")) } dd { (tr.money(b.allocated)) } }
                div { dt { (tr.t("manage-money-set-aside")) } dd { (tr.money(b.assigned)) } }
                div { dt { (tr.t("manage-money-committed")) } dd { (tr.money(b.committed)) } }
                div { dt { (tr.t("manage-money-paid")) } dd { (tr.money(b.paid)) } }
                div { dt { (tr.t("manage-money-not-set-aside")) } dd { (tr.money(b.unassigned())) } }
                @if !b.carried_in.is_zero() { div { dt { (tr.t("manage-money-carried-in")) } dd { (tr.money(b.carried_in)) } } }
                @if !b.carried_out.is_zero() { div { dt { (tr.t("manage-money-carried-out")) } dd { (tr.money(b.carried_out)) } } }
            }
            h2 class="heading-m" { (tr.t("manage-pot-use-heading")) }
            (stacked_bar(tr, "pot-chart", &crate::t!(tr, "manage-pot-chart-title", pot = pot.name.as_str()), b.allocated, &segments))
            div class="table-wrapper" {
                table class="table" {
                    caption { (tr.t("manage-pot-table-caption")) }
                    thead { tr { th scope="col" { (tr.t("manage-pot-table-part")) } th scope="col" class="numeric" { (tr.t("manage-pot-table-amount")) } } }
                    tbody {
                        @for segment in &segments {
                            tr { td { (segment.label) } td class="numeric" { (tr.money(segment.amount)) } }
                        }
                        tr { th scope="row" { (tr.t("manage-pot-table-total")) } td class="numeric" { strong { (tr.money(b.allocated)) } } }
                    }
                }
            }

            h2 class="heading-m" { (tr.t("manage-pot-rounds-heading")) }
            @if view.rounds.is_empty() {
                p class="body" { (tr.t("manage-pot-rounds-none")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("manage-rounds-heading")) }
                        thead { tr { th scope="col" { (tr.t("manage-rounds-round")) } th scope="col" class="numeric" { (tr.t("manage-round-budget")) } th scope="col" class="numeric" { (tr.t("manage-money-committed")) } th scope="col" class="numeric" { (tr.t("manage-money-paid")) } } }
                        tbody {
                            @for (round, rb) in view.rounds {
                                tr {
                                    td { a href={ "/manage/rounds/" (round.id) } { (round.name) } }
                                    td class="numeric" { (tr.money(rb.assigned)) }
                                    td class="numeric" { (tr.money(rb.committed)) }
                                    td class="numeric" { (tr.money(rb.paid)) }
                                }
                            }
                        }
                    }
                }
            }

            h2 class="heading-m" { (tr.t("manage-pot-correct-heading")) }
            p class="body" { (tr.t("manage-pot-correct-intro")) }
            (post_form(&format!("{base}/adjust"), &ctx.csrf_token, html! {
                (radios(tr, "direction", &tr.t("manage-pot-direction"), &direction_options, &view.adjust.direction, None, view.errors))
                (Input::new("amount", &tr.t("manage-pot-correction-amount"), &view.adjust.amount).kind(InputKind::Money).width("input--width-10").render(tr, view.errors))
                (Input::new("reason", &tr.t("manage-pot-correction-reason"), &view.adjust.reason).hint(&tr.attr("manage-pot-correction-reason", "hint")).render(tr, view.errors))
                (button(&tr.t("manage-pot-correction-save"), ButtonStyle::Secondary))
            }))

            h2 class="heading-m" { (tr.t("manage-carry-forward-heading")) }
            @match &view.may_carry_forward {
                Ok(()) => {
                    p class="body" { (with_strong(tr, Message::new("manage-carry-forward-move"), "amount", &tr.money(b.uncommitted()))) }
                    (button_form(&format!("{base}/carry-forward"), &ctx.csrf_token, &tr.t("manage-carry-forward-button"), ButtonStyle::Warning))
                }
                Err(reason) => { p class="body" { (tr.message(reason)) } }
            }

            h2 class="heading-m" { (tr.t("manage-ledger-heading")) }
            p class="body" { (tr.t("manage-ledger-intro")) " "
                a href={ (base) "/ledger.csv" } download { (tr.t("manage-ledger-download")) } }
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("manage-ledger-caption")) }
                    thead { tr { th scope="col" { (tr.t("manage-ledger-when")) } th scope="col" { (tr.t("manage-ledger-what")) } th scope="col" class="numeric" { (tr.t("manage-pot-table-amount")) } th scope="col" { (tr.t("manage-ledger-reason")) } } }
                    tbody {
                        @for entry in view.entries {
                            tr {
                                td { (tr.london_datetime(entry.created_at)) }
                                td { (EntryKind::parse(&entry.kind).map_or_else(|| entry.kind.clone(), |kind| tr.t(kind.label_key()))) }
                                td class="numeric" { (tr.money(Pence(entry.amount_pence))) }
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
    let pot_options: Vec<(String, String)> = std::iter::once((String::new(), tr.t("manage-round-choose-pot")))
        .chain(pots.iter().map(|(pot, b)| {
            (
                pot.id.to_string(),
                crate::t!(tr, "manage-round-pot-option", pot = pot.name.as_str(), available = b.unassigned()),
            )
        }))
        .collect();
    let date = tr.t("manage-round-date");
    let time = tr.t("manage-round-time");
    page(
        ctx,
        &title_with_errors(tr, heading, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (caption) }
            h1 class="heading-l" { (heading) }
            (post_form(action, &ctx.csrf_token, html! {
                (Input::new("name", &tr.t("manage-round-name"), &form.name).hint(&tr.attr("manage-round-name", "hint")).render(tr, errors))
                (Input::new("slug", &tr.t("manage-round-slug"), &form.slug).width("input--width-30")
                    .hint(&tr.attr("manage-round-slug", "hint")).render(tr, errors))
                (Input::new("summary", &tr.t("manage-round-summary"), &form.summary).render(tr, errors))
                (select(tr, "pot_id", &tr.t("manage-round-pot"), &pot_options, &form.pot_id, Some(&tr.attr("manage-round-pot", "hint")), errors))
                (Input::new("budget", &tr.t("manage-round-budget"), &form.budget).kind(InputKind::Money).width("input--width-10").render(tr, errors))
                (Input::new("min_award", &tr.t("manage-round-smallest-award"), &form.min_award).kind(InputKind::Money).width("input--width-10").render(tr, errors))
                (Input::new("max_award", &tr.t("manage-round-largest-award"), &form.max_award).kind(InputKind::Money).width("input--width-10").render(tr, errors))
                fieldset class="fieldset form-group" {
                    legend class="fieldset__legend fieldset__legend--m" { (tr.t("manage-round-opens")) }
                    div class="hint" { (tr.attr("manage-round-opens", "hint")) }
                    (Input::new("opens_date", &date, &form.opens_date).kind(InputKind::Date).width("input--width-10").render(tr, errors))
                    (Input::new("opens_time", &time, &form.opens_time).kind(InputKind::Time).width("input--width-10").render(tr, errors))
                }
                fieldset class="fieldset form-group" {
                    legend class="fieldset__legend fieldset__legend--m" { (tr.t("manage-round-closes")) }
                    div class="hint" { (tr.attr("manage-round-closes", "hint")) }
                    (Input::new("closes_date", &date, &form.closes_date).kind(InputKind::Date).width("input--width-10").render(tr, errors))
                    (Input::new("closes_time", &time, &form.closes_time).kind(InputKind::Time).width("input--width-10").render(tr, errors))
                }
                (Input::new("decision_date", &tr.t("manage-round-decisions-by"), &form.decision_date).kind(InputKind::Date).width("input--width-10")
                    .hint(&tr.attr("manage-round-decisions-by", "hint")).render(tr, errors))
                (Input::new("panel_due_date", &tr.t("manage-round-panel-due"), &form.panel_due_date).kind(InputKind::Date).width("input--width-10")
                    .hint(&tr.attr("manage-round-panel-due", "hint")).render(tr, errors))
                (Input::new("panel_size", &tr.t("manage-round-panel-size"), &form.panel_size).kind(InputKind::Number).width("input--width-10")
                    .hint(&tr.attr("manage-round-panel-size", "hint")).render(tr, errors))
                (textarea(tr, "eligibility", &tr.t("manage-round-eligibility"), &form.eligibility, Some(&tr.attr("manage-round-eligibility", "hint")), 6, errors))
                (textarea(tr, "uses", &tr.t("manage-round-uses"), &form.uses, Some(&tr.attr("manage-round-uses", "hint")), 6, errors))
                (button(&tr.t("manage-round-save"), ButtonStyle::Primary))
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
    pub questions: &'a [EligibilityQuestion],
    pub new_question: &'a QuestionForm,
    pub criteria_item: Option<&'a crate::tracker::Item>,
    pub criteria_history: &'a [crate::tracker::queries::CriteriaChange],
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
            h1 class="heading-l" { (round.name) " " (round_status_tag(tr, round, view.now)) }
            (summary_list(&[
                (&tr.t("manage-round-public-page"), html! { a href={ "/rounds/" (round.slug) } { "/rounds/" (round.slug) } }),
                (&tr.t("manage-round-budget"), html! { (crate::t!(tr, "manage-round-budget-committed", budget = view.budget.assigned, committed = view.budget.committed)) }),
                (&tr.t("manage-round-awards"), html! { (crate::t!(tr, "manage-round-award-range", smallest = round.min_award(), largest = round.max_award())) }),
                (&tr.t("manage-round-opens"), html! { (tr.london_datetime(round.opens_at)) }),
                (&tr.t("manage-round-closes"), html! { (tr.london_datetime(round.closes_at)) }),
                (&tr.t("manage-round-panel-due-summary"), html! {
                    @if let Some(due) = round.panel_due_on { (super::panel::due_by(tr, due, view.now)) }
                    @else { span class="secondary-text" { (tr.t("manage-round-panel-due-none")) } }
                }),
                (&tr.t("manage-round-decisions-by-summary"), html! { (tr.date(round.decision_target_on)) }),
                (&tr.t("manage-round-panel-size"), html! { (round.panel_size) }),
            ]))
            p class="body" { a href={ (base) "/edit" } { (tr.t("manage-round-change-link")) } }
            (view.extra)
            (questions_section(ctx, &base, view))
            h2 class="heading-m" { (tr.t("manage-criteria-heading")) }
            (super::tracker::criteria_views_link(tr, round, view.criteria_item, view.now))
            (super::tracker::criteria_history(tr, view.criteria_history))
            @if round.criteria_frozen() {
                p class="body" { (tr.t("manage-criteria-frozen")) }
            }
            @for criterion in view.criteria {
                (criterion_section(ctx, &base, criterion, round.criteria_frozen(), view.criteria.len() > 1))
            }
            @if !round.criteria_frozen() {
                details class="details" open[!view.errors.is_empty() && !question_problem(view.errors)] {
                    summary { (tr.t("manage-criterion-add-summary")) }
                    div class="details__text" {
                        (criterion_fields(ctx, &format!("{base}/criteria"), view.new_criterion, view.errors, &tr.t("manage-criterion-add")))
                    }
                }
            }
        },
    )
}

/// Whether the page's problems are the new question's (its form is then open).
fn question_problem(errors: &FieldErrors) -> bool {
    ["question", "rules_out", "reason"].iter().any(|field| errors.get(field).is_some())
}

/// The round's eligibility questions: asked before any account, changed like the criteria
/// until the first bid is sent.
fn questions_section(ctx: &PageCtx, base: &str, view: &RoundManagement<'_>) -> Markup {
    let tr = ctx.tr;
    let frozen = view.round.criteria_frozen();
    html! {
        h2 class="heading-m" id="eligibility-questions" { (tr.t("manage-questions-heading")) }
        p class="body" { (tr.t("manage-questions-intro")) }
        @if frozen {
            p class="body" { (tr.t("manage-questions-frozen")) }
        }
        @if view.questions.is_empty() {
            p class="body" { (tr.t("manage-questions-none")) }
        }
        @for (index, question) in view.questions.iter().enumerate() {
            (question_section(ctx, base, index + 1, question, frozen))
        }
        @if !frozen {
            @if view.questions.len() < MAX_QUESTIONS {
                details class="details" open[question_problem(view.errors)] {
                    summary { (tr.t("manage-question-add-summary")) }
                    div class="details__text" {
                        (question_fields(ctx, &format!("{base}/eligibility"), view.new_question, view.errors, &tr.t("manage-question-add"), ""))
                    }
                }
            } @else {
                p class="body" { (crate::t!(tr, "manage-questions-full", max = MAX_QUESTIONS as i64)) }
            }
        }
    }
}

fn question_section(ctx: &PageCtx, base: &str, number: usize, question: &EligibilityQuestion, frozen: bool) -> Markup {
    let tr = ctx.tr;
    let action = format!("{base}/eligibility/{}", question.id);
    let heading = crate::t!(tr, "manage-question-heading", number = number as i64);
    html! {
        section class="card" aria-labelledby={ "question-" (question.id) } {
            h3 class="heading-s" id={ "question-" (question.id) } { (heading) }
            (summary_list(&[
                (&tr.t("manage-question-question"), html! { (question.question) }),
                (&tr.t("manage-question-rules-out"), html! { (tr.t(question.ruling_out().label_key())) }),
                (&tr.t("manage-question-reason"), html! { (question.reason) }),
            ]))
            @if !frozen {
                details class="details" {
                    summary { (crate::t!(tr, "manage-question-change", number = number as i64)) }
                    div class="details__text" {
                        (question_fields(ctx, &action, &QuestionForm::from(question), &FieldErrors::new(), &tr.t("manage-question-save"), &format!("q{}-", question.id)))
                    }
                }
                (button_form(&format!("{action}/delete"), &ctx.csrf_token, &crate::t!(tr, "manage-question-remove", number = number as i64), ButtonStyle::Secondary))
            }
        }
    }
}

/// The question form. Several appear on one page, so each field's id gets `prefix` while the
/// names stay the same.
fn question_fields(
    ctx: &PageCtx,
    action: &str,
    form: &QuestionForm,
    errors: &FieldErrors,
    label: &str,
    prefix: &str,
) -> Markup {
    let tr = ctx.tr;
    let field = |name: &str| format!("{prefix}{name}");
    let rules_out_error = errors.text("rules_out", tr);
    html! {
        form method="post" action=(action) novalidate {
            (super::components::csrf_field(&ctx.csrf_token))
            (labelled_input(tr, &field("question"), "question", &tr.t("manage-question-question"), &form.question, errors))
            div class={ "form-group" @if rules_out_error.is_some() { " form-group--error" } } {
                fieldset class="fieldset" aria-describedby=[rules_out_error.as_ref().map(|_| field("rules_out-error"))] {
                    legend class="fieldset__legend" { (tr.t("manage-question-rules-out")) }
                    @if let Some(error) = &rules_out_error { p class="error-message" id=(field("rules_out-error")) { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) } }
                    div class="radios radios--inline" {
                        @for (index, answer) in [Answer::Yes, Answer::No].into_iter().enumerate() {
                            @let id = if index == 0 { field("rules_out") } else { field(&format!("rules_out-{index}")) };
                            div class="radios__item" {
                                input class="radios__input" type="radio" id=(id) name="rules_out" value=(answer.as_str()) checked[form.rules_out == answer.as_str()];
                                label class="radios__label" for=(id) { (tr.t(answer.label_key())) }
                            }
                        }
                    }
                }
            }
            (labelled_textarea(tr, &field("reason"), "reason", &tr.t("manage-question-reason"), &form.reason, errors))
            (button(label, ButtonStyle::Secondary))
        }
    }
}

fn criterion_section(ctx: &PageCtx, base: &str, criterion: &Criterion, frozen: bool, removable: bool) -> Markup {
    let tr = ctx.tr;
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
            h3 class="heading-s" id={ "criterion-" (criterion.id) } { (crate::t!(tr, "manage-criterion-heading", criterion = criterion.title.as_str(), weight = criterion.weight)) }
            @if !criterion.description.is_empty() { p class="body" { (criterion.description) } }
            ul class="list list--plain" {
                @for (score, text) in criterion.descriptors().iter().enumerate() {
                    li { strong { (crate::t!(tr, "manage-criterion-score", score = score + 1)) } (text) }
                }
            }
            @if !frozen {
                details class="details" {
                    summary { (crate::t!(tr, "manage-criterion-change", criterion = criterion.title.as_str())) }
                    div class="details__text" {
                        (criterion_fields_with_prefix(ctx, &action, &form, &FieldErrors::new(), &tr.t("manage-criterion-save"), &format!("c{}-", criterion.id)))
                    }
                }
                @if removable {
                    (button_form(&format!("{action}/delete"), &ctx.csrf_token, &crate::t!(tr, "manage-criterion-remove", criterion = criterion.title.as_str()), ButtonStyle::Secondary))
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
            (labelled_input(tr, &field("title"), "title", &tr.t("manage-criterion-name"), &form.title, errors))
            (labelled_textarea(tr, &field("description"), "description", &tr.t("manage-criterion-description"), &form.description, errors))
            (labelled_input(tr, &field("weight"), "weight", &tr.t("manage-criterion-weight"), &form.weight, errors))
            @for (index, value) in descriptor_values.iter().enumerate() {
                (labelled_textarea(tr, &field(&format!("descriptor_{}", index + 1)), &format!("descriptor_{}", index + 1),
                    &crate::t!(tr, "manage-criterion-descriptor", score = index + 1), value, errors))
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
            @if let Some(error) = &error { p class="error-message" id={ (id) "-error" } { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) } }
            input class="input" id=(id) name=(name) type="text" value=(value) aria-describedby=[error.as_ref().map(|_| format!("{id}-error"))];
        }
    }
}

fn labelled_textarea(tr: Tr, id: &str, name: &str, label: &str, value: &str, errors: &FieldErrors) -> Markup {
    let error = errors.text(name, tr);
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            label class="label" for=(id) { (label) }
            @if let Some(error) = &error { p class="error-message" id={ (id) "-error" } { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) } }
            textarea class="textarea" id=(id) name=(name) rows="2" aria-describedby=[error.as_ref().map(|_| format!("{id}-error"))] { (value) }
        }
    }
}

/// "Opens on 10 January 2027" / "Closes in 12 days" / "Closes today at 5:00pm".
pub fn time_left(tr: Tr, round: &Round, now: chrono::NaiveDateTime) -> String {
    match round.status(now) {
        RoundStatus::Upcoming => crate::t!(tr, "rounds-opens-on", datetime = tr.london_datetime(round.opens_at)),
        RoundStatus::Closed => crate::t!(tr, "rounds-closed-on", date = tr.london_date(round.closes_at)),
        RoundStatus::Open => {
            // Whole calendar days in London, as people count them ("closes in 3 days").
            let days = (crate::time::in_london(round.closes_at).date_naive()
                - crate::time::in_london(now).date_naive())
            .num_days();
            let at = tr.london_time(round.closes_at);
            match days {
                0 => crate::t!(tr, "rounds-closes-today", time = at),
                1 => crate::t!(tr, "rounds-closes-tomorrow", time = at),
                _ => {
                    crate::t!(tr, "rounds-closes-in-days", days = days, datetime = tr.london_datetime(round.closes_at))
                }
            }
        }
    }
}
