//! The lead's pages for screening, panels, ranking and decisions. The words are in
//! `locales/…/staff/decisions.ftl`.

use maud::{Markup, html};

use super::bids::{BidView, answers_with_files_at, history_section, lead_status_tag, multiline};
use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, checkbox, error_summary, page_window, pagination, post_form,
    summary_list, tag, textarea, title_with_errors,
};
use super::grants::{self, AwardView};
use super::layout::{PageCtx, page};
use super::manage::with_strong;
use crate::accounts::Person;
use crate::audit::Event;
use crate::bids::BidState;
use crate::decisions::Award;
use crate::forms::FieldErrors;
use crate::grants::rules::{AcceptForm, PaymentForm};
use crate::grants::{GrantReport, Payment};
use crate::i18n::{Message, Tr};
use crate::money::Pence;
use crate::review::Review;
use crate::review::model::{Assignment, Score};
use crate::review::ranking::{Money, Ranking, Row, SortBy};
use crate::rounds::{Criterion, Round};

/// What the lead's bid page shows.
pub struct ManageBid<'a> {
    pub view: BidView<'a>,
    pub criteria: &'a [Criterion],
    pub panel: &'a [(Assignment, Person)],
    pub panel_pool: &'a [(Person, bool)],
    pub reviews: &'a [(Review, String, Vec<Score>)],
    pub award: Option<&'a Award>,
    /// Payments made on the award, and the group's report if it has sent one.
    pub payments: &'a [Payment],
    /// The group's bank details, once it has an award.
    pub bank: Option<&'a crate::bank_details::queries::OnFile>,
    /// The award's instalments, once accepted.
    pub instalments: &'a [crate::grants::instalments::Instalment],
    /// Other groups that look like this one (while the bid is screened).
    pub lookalikes: &'a [crate::groups::lookalikes::Lookalike],
    pub report: Option<&'a GrantReport>,
    pub history: &'a [(Event, Option<String>)],
    /// The group's answers to the round's eligibility questions when the bid started.
    pub eligibility: &'a [crate::bids::model::EligibilityAnswer],
    pub money_left: Pence,
    /// Where the ranking has the bid while it is still to decide: above the funding line
    /// (`Some(true)`) or below it; `None` once decided. A decision against it asks for a reason.
    pub above_line: Option<bool>,
    pub errors: &'a FieldErrors,
    /// Values typed into a decision form that had a problem, kept.
    pub typed: &'a DecisionForm,
    /// When the lead invited the group to this round, if they did (`outreach`).
    pub invited_at: Option<chrono::NaiveDateTime>,
}

pub use crate::decisions::rules::DecisionForm;

/// A mean score with the reader's decimal separator: "3.50".
fn decimal(tr: Tr, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match text.split_once('.') {
        Some((whole, fraction)) => format!("{whole}{}{fraction}", tr.t("format-decimal-separator")),
        None => text,
    }
}

/// Other groups that look like this one, and why: for the lead to check, never a refusal.
fn lookalike_section(tr: Tr, lookalikes: &[crate::groups::lookalikes::Lookalike]) -> Markup {
    html! {
        @if !lookalikes.is_empty() {
            div class="warning-text" {
                h2 class="heading-s" { (tr.t("lookalike-heading")) }
                ul class="list" {
                    @for other in lookalikes {
                        @let why = other.why.iter().map(|likeness| tr.t(likeness.key())).collect::<Vec<_>>().join(", ");
                        li dir="auto" { (crate::t!(tr, "lookalike-line", group = other.name.as_str(), why = why.as_str())) }
                    }
                }
                p class="body" { (tr.t("lookalike-hint")) }
            }
        }
    }
}

pub fn manage_bid(ctx: &PageCtx, v: &ManageBid<'_>) -> Markup {
    let tr = ctx.tr;
    let bid = v.view.bid;
    let base = format!("/manage/bids/{}", bid.id);
    let state = bid.state;
    let draft = tr.t("decisions-bid-draft");
    page(
        ctx,
        &title_with_errors(tr, &bid.display_title(tr), v.errors),
        html! {
            (error_summary(tr, v.errors))
            span class="caption-l" { a href={ "/manage/rounds/" (v.view.round.id) } { (v.view.round.name) } " · " (bid.reference.as_deref().unwrap_or(&draft)) }
            h1 class="heading-l" { (bid.display_title(tr)) " " (lead_status_tag(tr, bid)) }
            (summary_list(&[
                (&tr.t("decisions-bid-group"), html! {
                    (crate::t!(tr, "decisions-bid-group-kind", group = v.view.group.name.as_str(), kind = Message::new(v.view.group.kind_label_key())))
                    @if let Some(at) = v.invited_at { br; span class="secondary-text" { (crate::t!(tr, "outreach-bid-invited", date = tr.london_date(at))) } }
                }),
                (&tr.t("decisions-bid-asks-for"), html! { @match bid.amount() { Some(a) => (tr.money(a)), None => (tr.t("decisions-bid-not-given")) } }),
                (&tr.t("decisions-bid-helped-by"), html! { @match v.view.assisted_by {
                    Some(name) => {
                        @if bid.confirmed_by_group_at.is_some() {
                            (crate::t!(tr, "decisions-bid-connector-confirmed", name = name))
                        } @else {
                            (crate::t!(tr, "decisions-bid-connector", name = name))
                        }
                    },
                    None => (tr.t("decisions-bid-no-one")),
                } }),
                (&tr.t("decisions-bid-money-left"), html! { (tr.money(v.money_left)) }),
            ]))
            (lookalike_section(tr, v.lookalikes))
            (eligibility_section(tr, v.eligibility))
            (decision_section(ctx, v, &base, state))
            @if let Some(award) = v.award {
                div class="inset-text" { p class="body" {
                    (with_strong(tr, Message::new("decisions-bid-awarded").arg("date", tr.london_date(award.decided_at)), "amount", &tr.money(award.amount())))
                } }
                @let payment = PaymentForm {
                    amount: v.typed.amount.clone(), paid_on: v.typed.paid_on.clone(), reference: v.typed.reference.clone(),
                };
                @let accepted = AcceptForm {
                    accepted_name: v.typed.accepted_name.clone(), agree: v.typed.agree.clone(), public: v.typed.public.clone(), share_equality: None,
                };
                @let typed = grants::LeadTyped { payment: &payment, cancel_reason: &v.typed.reason, phone: (&accepted, &v.typed.spoke_with) };
                @let award_view = AwardView { bid, award, payments: v.payments, instalments: v.instalments, report: v.report };
                (grants::lead_section(ctx, &award_view, &typed, v.errors))
                (grants::instalments_form(ctx, &award_view, &v.typed.instalments, v.errors))
                (super::bank_details::lead_panel(ctx, bid.id, v.bank, v.typed, v.errors))
            }
            (panel_section(ctx, v, &base, state))
            (reviews_section(tr, v))
            (history_section(tr, v.history))
            (answers_with_files_at(tr, &v.view, &base, false))
        },
    )
}

/// What the group answered to the eligibility questions, as the questions read then.
fn eligibility_section(tr: Tr, answers: &[crate::bids::model::EligibilityAnswer]) -> Markup {
    let rows: Vec<(&str, Markup)> = answers
        .iter()
        .map(|a| {
            let answer = a.answer().map_or_else(|| a.answer.clone(), |answer| tr.t(answer.label_key()));
            (a.question_text.as_str(), html! { (answer) })
        })
        .collect();
    html! {
        @if !answers.is_empty() {
            h2 class="heading-m" { (tr.t("decisions-eligibility-heading")) }
            (summary_list(&rows))
        }
    }
}

fn decision_section(ctx: &PageCtx, v: &ManageBid<'_>, base: &str, state: BidState) -> Markup {
    let tr = ctx.tr;
    let typed = v.typed;
    html! {
        @match state {
            BidState::Submitted => {
                h2 class="heading-m" { (tr.t("decisions-screening-heading")) }
                p class="body" { (tr.t("decisions-screening-intro")) }
                (button_form(&format!("{base}/start-review"), &ctx.csrf_token, &tr.t("decisions-start-review"), ButtonStyle::Primary))
                details class="details" open[v.errors.text("note", tr).is_some()] {
                    summary { (tr.t("decisions-return-summary")) }
                    div class="details__text" {
                        (post_form(&format!("{base}/return"), &ctx.csrf_token, html! {
                            (textarea(tr, "note", &tr.t("decisions-return-question"), &typed.note, Some(&tr.attr("decisions-return-question", "hint")), 4, v.errors))
                            (button(&tr.t("decisions-return-button"), ButtonStyle::Secondary))
                        }))
                    }
                }
                details class="details" open[v.errors.text("reason", tr).is_some()] {
                    summary { (tr.t("decisions-ineligible-summary")) }
                    div class="details__text" {
                        (post_form(&format!("{base}/ineligible"), &ctx.csrf_token, html! {
                            (textarea(tr, "reason", &tr.t("decisions-ineligible-reason"), &typed.reason, Some(&tr.attr("decisions-ineligible-reason", "hint")), 4, v.errors))
                            (button(&tr.t("decisions-ineligible-button"), ButtonStyle::Warning))
                        }))
                    }
                }
            }
            BidState::InReview | BidState::Waitlisted => {
                h2 class="heading-m" { (tr.t("decisions-decision-heading")) }
                (post_form(&format!("{base}/award"), &ctx.csrf_token, html! {
                    (Input::new("amount", &tr.t("decisions-award-amount"), if typed.amount.is_empty() { v.view.bid.amount().map(Pence::to_input).unwrap_or_default() } else { typed.amount.clone() }.as_str())
                        .kind(InputKind::Money).width("input--width-10").hint(&tr.attr("decisions-award-amount", "hint")).render(tr, v.errors))
                    (textarea(tr, "conditions", &tr.t("decisions-award-conditions"), &typed.conditions, Some(&tr.attr("decisions-award-conditions", "hint")), 3, v.errors))
                    (textarea(tr, "message", &tr.t("decisions-award-message"), &typed.message, None, 3, v.errors))
                    (textarea(tr, "payment_plan", &tr.t("decisions-award-payment-plan"), &typed.payment_plan,
                        Some(&tr.attr("decisions-award-payment-plan", "hint")), 2, v.errors))
                    (Input::new("report_due", &tr.t("decisions-award-report-due"), &typed.report_due).kind(InputKind::Date).width("input--width-10")
                        .hint(&tr.attr("decisions-award-report-due", "hint")).render(tr, v.errors))
                    (Input::new("accept_by", &tr.t("decisions-award-accept-by"), &typed.accept_by).kind(InputKind::Date).width("input--width-10")
                        .hint(&tr.attr("decisions-award-accept-by", "hint")).render(tr, v.errors))
                    @if v.above_line == Some(false) {
                        (textarea(tr, "order_reason", &tr.t("decisions-order-reason-award"), &typed.order_reason, Some(&tr.t("decisions-order-reason-hint")), 3, v.errors))
                    }
                    (button(&tr.t("decisions-award-button"), ButtonStyle::Primary))
                }))
                @let above = v.above_line == Some(true);
                details class="details" open[v.errors.text("feedback", tr).is_some() || (above && v.errors.text("order_reason", tr).is_some())] {
                    summary { (tr.t("decisions-decline-summary")) }
                    div class="details__text" {
                        (post_form(&format!("{base}/decline"), &ctx.csrf_token, html! {
                            (textarea(tr, "feedback", &tr.t("decisions-decline-feedback"), &typed.feedback,
                                Some(&tr.attr("decisions-decline-feedback", "hint")), 5, v.errors))
                            @if above {
                                (textarea(tr, "order_reason", &tr.t("decisions-order-reason-turn-down"), &typed.order_reason, Some(&tr.t("decisions-order-reason-hint")), 3, v.errors))
                            }
                            (button(&tr.t("decisions-decline-button"), ButtonStyle::Warning))
                        }))
                    }
                }
                @if state == BidState::InReview && above {
                    details class="details" open[v.errors.text("waitlist_reason", tr).is_some()] {
                        summary { (tr.t("decisions-waitlist-button")) }
                        div class="details__text" {
                            (post_form(&format!("{base}/waitlist"), &ctx.csrf_token, html! {
                                (textarea(tr, "waitlist_reason", &tr.t("decisions-order-reason-turn-down"), &typed.waitlist_reason, Some(&tr.t("decisions-order-reason-hint")), 3, v.errors))
                                (button(&tr.t("decisions-waitlist-button"), ButtonStyle::Secondary))
                            }))
                        }
                    }
                } @else if state == BidState::InReview {
                    (button_form(&format!("{base}/waitlist"), &ctx.csrf_token, &tr.t("decisions-waitlist-button"), ButtonStyle::Secondary))
                }
            }
            _ => {}
        }
    }
}

fn panel_section(ctx: &PageCtx, v: &ManageBid<'_>, base: &str, state: BidState) -> Markup {
    let tr = ctx.tr;
    let assigned: Vec<i64> = v.panel.iter().map(|(a, _)| a.panel_member_id).collect();
    let available: Vec<&(Person, bool)> = v.panel_pool.iter().filter(|(p, _)| !assigned.contains(&p.id)).collect();
    let working = v.panel.iter().filter(|(a, _)| !a.has_conflict()).count();
    let missing = (v.view.round.panel_size.max(0) as usize).saturating_sub(working);
    html! {
        h2 class="heading-m" id="panel" { (tr.t("decisions-panel-heading")) }
        @if v.panel.is_empty() {
            p class="body" { (crate::t!(tr, "decisions-panel-none", size = v.view.round.panel_size)) }
        } @else {
            ul class="list list--plain" {
                @for (assignment, person) in v.panel {
                    li {
                        (person.name) " "
                        @if assignment.has_conflict() {
                            (tag(&tr.t("decisions-panel-conflict"), "red"))
                            @if !assignment.conflict_note.is_empty() { " — " (assignment.conflict_note) }
                        } @else if v.reviews.iter().any(|(r, ..)| r.reviewer_id == person.id) {
                            (tag(&tr.t("decisions-panel-reviewed"), "green"))
                        } @else {
                            (tag(&tr.t("decisions-panel-waiting"), "grey"))
                        }
                    }
                }
            }
            @if missing > 0 { p class="body" { strong { (crate::t!(tr, "decisions-panel-missing", count = missing)) } } }
        }
        @if matches!(state, BidState::Submitted | BidState::InReview) && !available.is_empty() {
            (post_form(&format!("{base}/assign"), &ctx.csrf_token, html! {
                fieldset class="fieldset form-group" {
                    legend class="fieldset__legend" { (tr.t("decisions-panel-give-to")) }
                    @for (person, lived) in &available {
                        @let name = if *lived { crate::t!(tr, "decisions-panel-lived-experience", name = person.name.as_str()) } else { person.name.clone() };
                        (checkbox(tr, &format!("member_{}", person.id), &name, false, None, None))
                    }
                }
                (button(&tr.t("decisions-panel-assign"), ButtonStyle::Secondary))
            }))
        }
    }
}

fn reviews_section(tr: Tr, v: &ManageBid<'_>) -> Markup {
    html! {
        h2 class="heading-m" { (tr.t("decisions-reviews-heading")) }
        @if v.reviews.is_empty() {
            p class="body" { (tr.t("decisions-reviews-none")) }
        } @else {
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("decisions-reviews-caption")) }
                    thead { tr {
                        th scope="col" { (tr.t("decisions-reviews-member")) }
                        @for c in v.criteria { th scope="col" class="numeric" { (c.title) } }
                        th scope="col" { (tr.t("decisions-reviews-recommends")) } th scope="col" { (tr.t("decisions-reviews-comment")) }
                    } }
                    tbody {
                        @for (review, name, scores) in v.reviews {
                            tr {
                                td { (name) }
                                @for c in v.criteria {
                                    td class="numeric" { @match scores.iter().find(|s| s.criterion_id == c.id) { Some(s) => (s.score), None => "–" } }
                                }
                                td { @if let Some(r) = review.recommendation() { (tr.t(r.label_key())) } }
                                td { (multiline(&review.comment)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The round's bids by state, and what the lead can do with them all.
pub struct RoundWork<'a> {
    pub round: &'a Round,
    pub bids: &'a [crate::decisions::queries::SentBidLine],
    /// (assigned without conflict, submitted reviews) per bid.
    pub progress: &'a std::collections::HashMap<i64, (i64, i64)>,
    pub needs_reassigning: &'a std::collections::HashSet<i64>,
}

pub fn round_work(ctx: &PageCtx, w: &RoundWork<'_>) -> Markup {
    let tr = ctx.tr;
    let base = format!("/manage/rounds/{}", w.round.id);
    let in_state = |state: BidState| w.bids.iter().filter(move |b| b.state == state);
    let sections = [
        (BidState::Submitted, "decisions-work-submitted"),
        (BidState::Returned, "decisions-work-returned"),
        (BidState::InReview, "decisions-work-in-review"),
        (BidState::Waitlisted, "decisions-work-waitlisted"),
        (BidState::Awarded, "decisions-work-awarded"),
        (BidState::Active, "decisions-work-active"),
        (BidState::Declined, "decisions-work-declined"),
        (BidState::Ineligible, "decisions-work-ineligible"),
        (BidState::Withdrawn, "decisions-work-withdrawn"),
    ];
    html! {
        h2 class="heading-m" { (tr.t("decisions-work-heading")) }
        @if w.bids.is_empty() {
            p class="body" { (tr.t("decisions-work-none")) }
        } @else {
            div class="button-group" {
                (button_form(&format!("{base}/assign-panels"), &ctx.csrf_token, &tr.t("decisions-work-assign-panels"), ButtonStyle::Secondary))
                (button_form(&format!("{base}/start-reviews"), &ctx.csrf_token, &tr.t("decisions-work-start-reviews"), ButtonStyle::Secondary))
                a class="button" href={ (base) "/ranking" } { (tr.t("decisions-work-see-ranking")) }
            }
            @let short = w.bids.iter().filter(|b| b.state == BidState::InReview)
                .filter(|b| w.progress.get(&b.id).map_or(0, |p| p.1) < i64::from(w.round.panel_size)).count();
            @if short > 0 {
                div class="warning-text" {
                    p class="body" { strong { (crate::t!(tr, "decisions-work-short-of-reviews", count = short, size = w.round.panel_size)) } }
                }
            }
            @if !w.needs_reassigning.is_empty() {
                @let count = w.needs_reassigning.len();
                div class="inset-text" {
                    p class="body" { (with_strong(tr, Message::new("decisions-work-needs-reassigning"), "bids", &crate::t!(tr, "decisions-work-needs-reassigning-count", count = count))) }
                    ul class="list" {
                        @for bid in w.bids.iter().filter(|b| w.needs_reassigning.contains(&b.id)) {
                            li { a href={ "/manage/bids/" (bid.id) "#panel" } { (bid.reference.as_deref().unwrap_or("")) " " (bid.display_title(tr)) } " — " (bid.group_name) }
                        }
                    }
                }
            }
            @for (state, heading) in sections {
                @let list: Vec<&crate::decisions::queries::SentBidLine> = in_state(state).collect();
                @if !list.is_empty() {
                    h3 class="heading-s" { (crate::t!(tr, "decisions-work-section", heading = Message::new(heading), count = list.len())) }
                    ul class="list list--plain" {
                        @for bid in list.iter().take(100) {
                            li {
                                a href={ "/manage/bids/" (bid.id) } { (bid.reference.as_deref().unwrap_or("")) " " (bid.display_title(tr)) } " — " (bid.group_name)
                                @if let Some((assigned, reviewed)) = w.progress.get(&bid.id) { span class="secondary-text" { " · " (crate::t!(tr, "decisions-work-progress", panel = *assigned, reviews = *reviewed)) } }
                            }
                        }
                    }
                    @if list.len() > 100 { p class="body" { (crate::t!(tr, "decisions-work-more", count = list.len() - 100)) " " a href={ (base) "/ranking" } { (tr.t("decisions-work-more-link")) } } }
                }
            }
            @if w.round.panel_closed_at.is_none() {
                p class="body" { a class="button button--secondary" href={ (base) "/close-panel" } { (tr.t("decisions-work-close-panel")) } }
            } @else {
                p class="body" { (crate::t!(tr, "decisions-work-panel-closed", datetime = tr.london_datetime(w.round.panel_closed_at.unwrap_or_default()))) }
            }
        }
    }
}

/// The ranking page: the bids still to decide with their funding line, the bids already decided
/// after them, sorting, selection for decisions in bulk.
pub struct RankingPage<'a> {
    pub round: &'a Round,
    pub criteria: &'a [Criterion],
    pub ranking: &'a Ranking,
    /// Who is above and below the funding line (`reports::line_profile`), shown under the table.
    pub profile: &'a [crate::reports::line_profile::LineTable],
    pub sort: SortBy,
    pub money: &'a Money,
    pub errors: &'a FieldErrors,
    pub feedback: &'a str,
    /// Which page of the ranking (from 1): the whole round is ranked, a page is shown.
    pub page: usize,
}

/// Bids shown per page of the ranking: a large round (thousands of bids) is ranked in full but
/// shown a page at a time, so the page stays quick to send and to read.
pub const RANKING_PAGE_SIZE: usize = 100;

pub fn ranking(ctx: &PageCtx, p: &RankingPage<'_>) -> Markup {
    let tr = ctx.tr;
    let base = format!("/manage/rounds/{}", p.round.id);
    let sort_link = |key: &str, label: &str, current: bool| -> Markup {
        html! { @if current { (crate::t!(tr, "decisions-ranking-sorted", column = label)) } @else { a href={ (base) "/ranking?sort=" (key) } { (label) } } }
    };
    let to_decide = &p.ranking.to_decide;
    let decided = &p.ranking.decided;
    // The funding line is drawn under the last bid still to decide that the money left for
    // everyone reaches (bids a reservation holds may sit below it), and only in score order,
    // where it means something.
    let last_funded =
        to_decide.iter().rposition(|r| r.within_budget && r.reserved_for.is_none()).filter(|_| p.sort == SortBy::Score);
    let (page_number, last_page, start, end) = page_window(to_decide.len() + decided.len(), p.page, RANKING_PAGE_SIZE);
    let shown_to_decide = start.min(to_decide.len())..end.min(to_decide.len());
    let shown_decided = start.max(to_decide.len()) - to_decide.len()..end.max(to_decide.len()) - to_decide.len();
    let sort_key = p.sort.key();
    let decisions = [
        ("award".to_string(), tr.t("decisions-bulk-award")),
        ("decline".to_string(), tr.t("decisions-bulk-decline")),
        ("waitlist".to_string(), tr.t("decisions-waitlist-button")),
    ];
    page(
        ctx,
        &title_with_errors(tr, &crate::t!(tr, "decisions-ranking-title", round = p.round.name.as_str()), p.errors),
        html! {
            (error_summary(tr, p.errors))
            span class="caption-l" { a href=(base) { (p.round.name) } }
            h1 class="heading-l" { (tr.t("decisions-ranking-heading")) }
            p class="body" { (with_strong(tr, Message::new("decisions-ranking-intro"), "money_left", &tr.money(p.money.left))) }
            @for (code, share) in &p.money.reserved {
                p class="body" {
                    (crate::t!(tr, "decisions-ranking-reserved", share = *share,
                        community = tr.t(&crate::rounds::reservations::community_key(code))))
                }
            }
            @if !to_decide.is_empty() && to_decide.iter().all(|r| !r.within_budget) {
                p class="body" { strong { (tr.t("decisions-ranking-money-short")) } }
            }
            @if last_funded.is_some() {
                @let short = crate::review::ranking::short_above_line(to_decide, p.round.panel_size);
                @if short > 0 {
                    div class="warning-text" {
                        p class="body" { strong { (crate::t!(tr, "decisions-ranking-short-above-line", count = short, size = p.round.panel_size)) } }
                    }
                }
            }
            @if !decided.is_empty() {
                p class="body" { (tr.t("decisions-ranking-decided-follow")) }
            }
            p class="body" { a href={ (base) "/ranking.csv" } download { (tr.t("decisions-ranking-download")) } }
            @if to_decide.is_empty() && decided.is_empty() {
                p class="body" { (tr.t("decisions-ranking-empty")) }
            } @else {
                form method="post" action={ (base) "/decisions" } novalidate {
                    (super::components::csrf_field(&ctx.csrf_token))
                    div class="table-wrapper" {
                        table class="table table--ranking" {
                            caption class="visually-hidden" { (tr.t("decisions-ranking-caption")) }
                            thead { tr {
                                th scope="col" { span class="visually-hidden" { (tr.t("decisions-ranking-select")) } }
                                th scope="col" { (sort_link("reference", &tr.t("decisions-ranking-bid"), p.sort == SortBy::Reference)) }
                                th scope="col" class="numeric" { (sort_link("amount", &tr.t("decisions-ranking-asks-for"), p.sort == SortBy::Amount)) }
                                @for c in p.criteria { th scope="col" class="numeric" { (crate::t!(tr, "decisions-ranking-criterion", criterion = c.title.as_str())) } }
                                th scope="col" class="numeric" { (sort_link("score", &tr.t("decisions-ranking-weighted-mean"), p.sort == SortBy::Score)) }
                                th scope="col" { (tr.t("decisions-ranking-reviews")) }
                                th scope="col" { (tr.t("decisions-ranking-differ")) }
                                th scope="col" { (sort_link("spread", &tr.t("decisions-ranking-recommendations"), p.sort == SortBy::Spread)) }
                                th scope="col" class="numeric" { (tr.t("decisions-ranking-running-total")) }
                            } }
                            @if !shown_to_decide.is_empty() {
                                tbody {
                                    @for index in shown_to_decide.clone() {
                                        (ranking_row(tr, &to_decide[index], Some(index) == last_funded, p.round.panel_size))
                                    }
                                }
                            }
                            @if !shown_decided.is_empty() {
                                tbody class="ranking__decided" {
                                    @for row in &decided[shown_decided.clone()] { (ranking_row(tr, row, false, p.round.panel_size)) }
                                }
                            }
                        }
                    }
                    @if last_page > 1 {
                        p class="body" { (crate::t!(tr, "decisions-ranking-showing", first = start + 1, last = end, total = to_decide.len() + decided.len())) }
                    }
                    (pagination(tr, &tr.t("decisions-ranking-pages"), page_number, last_page, |n| format!("{base}/ranking?sort={sort_key}&page={n}")))
                    @if !to_decide.is_empty() || !p.errors.is_empty() {
                        h2 class="heading-m" { (tr.t("decisions-bulk-heading")) }
                        p class="body" { (tr.t("decisions-bulk-intro")) }
                        (super::components::radios(tr, "decision", &tr.t("decisions-decision-heading"), &decisions, "", None, p.errors))
                        (textarea(tr, "feedback", &tr.t("decisions-bulk-feedback"), p.feedback, Some(&tr.attr("decisions-bulk-feedback", "hint")), 4, p.errors))
                        (button(&tr.t("decisions-bulk-button"), ButtonStyle::Primary))
                    } @else {
                        p class="body" { (tr.t("decisions-bulk-all-decided")) }
                    }
                }
            }
            (super::reports::line_profile(tr, p.profile))
        },
    )
}

/// One bid in the ranking. A bid still to decide can be selected; a decided one says so and shows
/// the money committed to it.
/// One bid's row. Its reviews say how many of the panel's `panel_size` have been sent, flagged
/// while short; reviewers who differ by 2 or more have their own column, apart from the
/// recommendations.
fn ranking_row(tr: Tr, row: &Row, funding_line: bool, panel_size: i32) -> Markup {
    let state = BidState::parse(&row.bid.state);
    html! {
        tr class=[funding_line.then_some("funding-line")] {
            td {
                @if row.committed.is_none() {
                    input class="checkboxes__input" type="checkbox" id={ "select-" (row.bid.bid_id) } name="bid_ids" value=(row.bid.bid_id)
                        aria-label=(crate::t!(tr, "decisions-ranking-select-bid", reference = row.bid.reference.as_str()));
                } @else {
                    span class="secondary-text" { (tr.t("decisions-ranking-decided")) }
                }
            }
            td {
                a class="ranking__reference" href={ "/manage/bids/" (row.bid.bid_id) } { (row.bid.reference) } br;
                (row.bid.title) br; span class="secondary-text" { (row.bid.group_name) }
                @if state != Some(BidState::InReview) { br; (tag(&state.map_or(String::new(), |s| tr.t(s.lead_label_key())), "grey")) }
                @if let Some(code) = &row.reserved_for {
                    br; (tag(&crate::t!(tr, "decisions-ranking-held-by-reservation", community = tr.t(&crate::rounds::reservations::community_key(code))), "green"))
                }
            }
            td class="numeric" {
                (tr.money(row.bid.requested))
                @if let Some(committed) = row.committed.filter(|c| !c.is_zero()) {
                    br; span class="secondary-text ranking__committed" { (crate::t!(tr, "decisions-ranking-committed", amount = committed)) }
                }
            }
            @for (_, result) in &row.criteria {
                td class="numeric" { @match result { Some(r) => { (decimal(tr, r.mean, 1)) " (" (r.spread) ")" }, None => "–" } }
            }
            td class="numeric" { @match row.weighted_mean { Some(m) => strong { (decimal(tr, m, 2)) }, None => (tr.t("decisions-ranking-not-scored")) } }
            td {
                (crate::t!(tr, "decisions-ranking-reviews-of", count = row.reviews, size = panel_size))
                @if row.short_of_reviews(panel_size) { br; (tag(&tr.t("decisions-ranking-short"), "yellow")) }
            }
            td { @if row.discuss { (tag(&tr.t("decisions-ranking-discuss"), "orange")) } }
            td { (crate::t!(tr, "decisions-ranking-votes", fund = row.recommendations[0], not_fund = row.recommendations[1], discuss = row.recommendations[2])) }
            td class="numeric" { (tr.money(row.running_total)) @if !row.within_budget { span class="visually-hidden" { " " (tr.t("decisions-ranking-over")) } } }
        }
    }
}

/// What a decision on several bids at once will do, for the page that asks before it is made.
pub struct BulkSummary<'a> {
    pub round: &'a Round,
    /// The selected bids, in the ranking's order.
    pub bids: Vec<&'a crate::review::ranking::RankedBid>,
    /// `award`, `decline` or `waitlist`.
    pub decision: &'a str,
    pub feedback: &'a str,
    pub money_left: Pence,
    /// People who will be emailed the decision.
    pub people_emailed: i64,
    /// The selected bids this decision takes out of rank order (see `decisions::rules::Departure`),
    /// and the lead's reason as typed.
    pub departures: Vec<&'a crate::review::ranking::RankedBid>,
    pub order_reason: &'a str,
    pub errors: &'a FieldErrors,
}

/// Asks before a decision on several bids at once: the bids, the money and the emails.
pub fn confirm_bulk(ctx: &PageCtx, summary: &BulkSummary<'_>) -> Markup {
    let tr = ctx.tr;
    let base = format!("/manage/rounds/{}", summary.round.id);
    let total = summary.bids.iter().map(|bid| bid.requested).fold(Pence(0), |sum, amount| sum + amount);
    let count = i64::try_from(summary.bids.len()).unwrap_or(i64::MAX);
    let heading = crate::t!(tr, "decisions-bulk-confirm-title", count = count, decision = summary.decision);
    let mut fields: Vec<(&str, String)> = summary.bids.iter().map(|bid| ("bid_ids", bid.bid_id.to_string())).collect();
    fields.push(("decision", summary.decision.to_string()));
    fields.push(("feedback", summary.feedback.to_string()));
    fields.push(("confirmed", "yes".to_string()));
    let above = summary.decision != "award";
    let departures: Vec<String> = summary.departures.iter().map(|bid| bid.reference.clone()).collect();
    let inputs = html! {
        @if !summary.departures.is_empty() {
            (textarea(
                tr,
                "order_reason",
                &crate::t!(tr, "decisions-order-reason-bulk", count = departures.len(), above = if above { "yes" } else { "no" }, references = departures.join(", ")),
                summary.order_reason,
                Some(&tr.t("decisions-order-reason-hint")),
                3,
                summary.errors,
            ))
        }
    };
    page(
        ctx,
        &title_with_errors(tr, &heading, summary.errors),
        html! {
            (error_summary(tr, summary.errors))
            span class="caption-l" { (summary.round.name) }
            (super::components::confirmation(&ctx.csrf_token, &super::components::Confirmation {
                heading: &heading,
                consequences: html! {
                    ul class="list list--bullet" {
                        @if summary.decision == "award" {
                            li { (crate::t!(tr, "decisions-bulk-confirm-money", total = total, left = summary.money_left)) }
                        }
                        li { (crate::t!(tr, "decisions-bulk-confirm-emails", people = summary.people_emailed)) }
                        li { (tr.t("decisions-bulk-confirm-final")) }
                    }
                    @if summary.decision == "decline" {
                        h2 class="heading-s" { (tr.t("decisions-bulk-confirm-feedback")) }
                        p class="body preserve-lines inset-text" { (summary.feedback) }
                    }
                    div class="table-wrapper" {
                        table class="table" {
                            caption { (tr.t("decisions-bulk-confirm-caption")) }
                            thead { tr {
                                                                th scope="col" { (tr.t("decisions-ranking-bid")) }
                                th scope="col" class="numeric" { (tr.t("decisions-ranking-asks-for")) }
                            } }
                            tbody {
                                @for bid in &summary.bids {
                                    tr {
                                                                                td { strong { (bid.reference) } " " (bid.title) br; span class="secondary-text" { (bid.group_name) } }
                                        td class="numeric" { (tr.money(bid.requested)) }
                                    }
                                }
                            }
                        }
                    }
                },
                action: &format!("{base}/decisions"),
                fields: &fields,
                inputs,
                confirm_label: &heading,
                back_href: &format!("{base}/ranking"),
                back_label: &tr.t("decisions-bulk-confirm-back"),
            }))
        },
    )
}

/// Asks before the panel's scoring is closed for a round.
pub fn confirm_close_panel(ctx: &PageCtx, round: &Round, unfinished_reviews: i64) -> Markup {
    let tr = ctx.tr;
    let base = format!("/manage/rounds/{}", round.id);
    let heading = crate::t!(tr, "decisions-close-panel-confirm-title", round = round.name.as_str());
    page(
        ctx,
        &heading,
        html! {
            (super::components::confirmation(&ctx.csrf_token, &super::components::Confirmation {
                heading: &heading,
                consequences: html! {
                    ul class="list list--bullet" {
                        li { (tr.t("decisions-close-panel-confirm-final")) }
                        li { (crate::t!(tr, "decisions-close-panel-confirm-unfinished", count = unfinished_reviews)) }
                        li { (tr.t("decisions-close-panel-confirm-ranking")) }
                    }
                },
                action: &format!("{base}/close-panel"),
                fields: &[],
                inputs: html! {},
                confirm_label: &tr.t("decisions-work-close-panel"),
                back_href: &base,
                back_label: &tr.t("decisions-close-panel-confirm-back"),
            }))
        },
    )
}
