//! The lead's pages for screening, panels, ranking and decisions.

use maud::{Markup, html};

use super::bids::{BidView, answers_with_files_at, history_section, lead_status_tag, multiline};
use super::components::{
    ButtonStyle, Input, InputKind, agrees, button, button_form, checkbox, error_summary, page_window, pagination,
    plural, post_form, summary_list, tag, textarea, title_with_errors,
};
use super::grants::{self, AwardView};
use super::layout::{PageCtx, page};
use crate::accounts::Person;
use crate::audit::Event;
use crate::bids::{Bid, BidState};
use crate::decisions::Award;
use crate::forms::FieldErrors;
use crate::grants::rules::PaymentForm;
use crate::grants::{GrantReport, Payment};
use crate::money::Pence;
use crate::review::Review;
use crate::review::model::{Assignment, Score};
use crate::review::ranking::{Ranking, Row, SortBy};
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
    pub report: Option<&'a GrantReport>,
    pub history: &'a [(Event, Option<String>)],
    pub money_left: Pence,
    pub errors: &'a FieldErrors,
    /// Values typed into a decision form that had a problem, kept.
    pub typed: &'a DecisionForm,
}

pub use crate::decisions::rules::DecisionForm;

pub fn manage_bid(ctx: &PageCtx, v: &ManageBid<'_>) -> Markup {
    let tr = ctx.tr;
    let bid = v.view.bid;
    let base = format!("/manage/bids/{}", bid.id);
    let state = bid.state;
    page(
        ctx,
        &title_with_errors(tr, bid.display_title(), v.errors),
        html! {
            (error_summary(tr, v.errors))
            span class="caption-l" { a href={ "/manage/rounds/" (v.view.round.id) } { (v.view.round.name) } " · " (bid.reference.as_deref().unwrap_or("draft")) }
            h1 class="heading-l" { (bid.display_title()) " " (lead_status_tag(bid)) }
            (summary_list(&[
                ("Group", html! { (v.view.group.name) " (" (v.view.group.kind_label()) ")" }),
                ("Asks for", html! { @match bid.amount() { Some(a) => (a), None => "Not given" } }),
                ("Helped by", html! { @match v.view.assisted_by { Some(name) => { (name) " (community connector)" @if bid.confirmed_by_group_at.is_some() { ", confirmed by the group" } }, None => "No one" } }),
                ("Round money left", html! { (v.money_left) }),
            ]))
            (decision_section(ctx, v, &base, state))
            @if let Some(award) = v.award {
                div class="inset-text" { p class="body" { "Awarded " strong { (award.amount()) } " on " (super::components::london_date(award.decided_at)) "." } }
                (grants::lead_section(ctx, &AwardView { bid, award, payments: v.payments, report: v.report }, &PaymentForm {
                    amount: v.typed.amount.clone(), paid_on: v.typed.paid_on.clone(), reference: v.typed.reference.clone(),
                }, v.errors, &v.typed.reason))
            }
            (panel_section(ctx, v, &base, state))
            (reviews_section(v))
            (history_section(v.history))
            (answers_with_files_at(&v.view, &base, false))
        },
    )
}

fn decision_section(ctx: &PageCtx, v: &ManageBid<'_>, base: &str, state: BidState) -> Markup {
    let tr = ctx.tr;
    let typed = v.typed;
    html! {
        @match state {
            BidState::Submitted => {
                h2 class="heading-m" { "Screening" }
                p class="body" { "Check the bid fits the round. Pass it to the panel, ask the group a question, or mark it not eligible." }
                (button_form(&format!("{base}/start-review"), &ctx.csrf_token, "Pass to the panel", ButtonStyle::Primary))
                details class="details" open[v.errors.text("note", tr).is_some()] {
                    summary { "Return to the group with a question" }
                    div class="details__text" {
                        (post_form(&format!("{base}/return"), &ctx.csrf_token, html! {
                            (textarea(tr, "note", "Your question", &typed.note, Some("For example: \"We need to know who will run the sessions.\" The group can change its answers and send the bid again within 14 days."), 4, v.errors))
                            (button("Return the bid", ButtonStyle::Secondary))
                        }))
                    }
                }
                details class="details" open[v.errors.text("reason", tr).is_some()] {
                    summary { "Mark as not eligible" }
                    div class="details__text" {
                        (post_form(&format!("{base}/ineligible"), &ctx.csrf_token, html! {
                            (textarea(tr, "reason", "Why it is not eligible", &typed.reason, Some("Sent to the group. Be clear and kind."), 4, v.errors))
                            (button("Mark not eligible", ButtonStyle::Warning))
                        }))
                    }
                }
            }
            BidState::InReview | BidState::Waitlisted => {
                h2 class="heading-m" { "Decision" }
                (post_form(&format!("{base}/award"), &ctx.csrf_token, html! {
                    (Input::new("amount", "Award", if typed.amount.is_empty() { v.view.bid.amount().map(Pence::to_input).unwrap_or_default() } else { typed.amount.clone() }.as_str())
                        .kind(InputKind::Money).width("input--width-10").hint("The amount asked for, or less.").render(tr, v.errors))
                    (textarea(tr, "conditions", "Conditions (optional)", &typed.conditions, Some("For example: a short report after six months."), 3, v.errors))
                    (textarea(tr, "message", "Message to the group (optional)", &typed.message, None, 3, v.errors))
                    (textarea(tr, "payment_plan", "How it will be paid (optional)", &typed.payment_plan,
                        Some("Left empty: one payment, made once the group accepts. For instalments, say when each is paid."), 2, v.errors))
                    (Input::new("report_due", "End-of-grant report due (optional)", &typed.report_due).kind(InputKind::Date).width("input--width-10")
                        .hint("Left empty: a year from today. The group is reminded before and after.").render(tr, v.errors))
                    (button("Award", ButtonStyle::Primary))
                }))
                details class="details" open[v.errors.text("feedback", tr).is_some()] {
                    summary { "Decline with feedback" }
                    div class="details__text" {
                        (post_form(&format!("{base}/decline"), &ctx.csrf_token, html! {
                            (textarea(tr, "feedback", "Feedback for the group", &typed.feedback,
                                Some("Kind and specific, drawn from the panel's comments below: what was strong, and what would make a future bid stronger."), 5, v.errors))
                            (button("Decline", ButtonStyle::Warning))
                        }))
                    }
                }
                @if state == BidState::InReview {
                    (button_form(&format!("{base}/waitlist"), &ctx.csrf_token, "Put on the waiting list", ButtonStyle::Secondary))
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
        h2 class="heading-m" id="panel" { "Panel" }
        @if v.panel.is_empty() {
            p class="body" { "No panel members yet. The round needs " (v.view.round.panel_size) " per bid." }
        } @else {
            ul class="list list--plain" {
                @for (assignment, person) in v.panel {
                    li {
                        (person.name) " "
                        @if assignment.has_conflict() {
                            (tag("Conflict declared: reassign", "red"))
                            @if !assignment.conflict_note.is_empty() { " — " (assignment.conflict_note) }
                        } @else if v.reviews.iter().any(|(r, ..)| r.reviewer_id == person.id) {
                            (tag("Reviewed", "green"))
                        } @else {
                            (tag("Waiting", "grey"))
                        }
                    }
                }
            }
            @if missing > 0 { p class="body" { strong { "This bid needs " (plural(missing, "more panel member", "more panel members")) "." } } }
        }
        @if matches!(state, BidState::Submitted | BidState::InReview) && !available.is_empty() {
            (post_form(&format!("{base}/assign"), &ctx.csrf_token, html! {
                fieldset class="fieldset form-group" {
                    legend class="fieldset__legend" { "Give this bid to" }
                    @for (person, lived) in &available {
                        (checkbox(tr, &format!("member_{}", person.id), &format!("{}{}", person.name, if *lived { " (lived experience)" } else { "" }), false, None, None))
                    }
                }
                (button("Assign", ButtonStyle::Secondary))
            }))
        }
    }
}

fn reviews_section(v: &ManageBid<'_>) -> Markup {
    html! {
        h2 class="heading-m" { "Reviews" }
        @if v.reviews.is_empty() {
            p class="body" { "No reviews submitted yet." }
        } @else {
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { "Submitted reviews" }
                    thead { tr {
                        th scope="col" { "Panel member" }
                        @for c in v.criteria { th scope="col" class="numeric" { (c.title) } }
                        th scope="col" { "Recommends" } th scope="col" { "Comment" }
                    } }
                    tbody {
                        @for (review, name, scores) in v.reviews {
                            tr {
                                td { (name) }
                                @for c in v.criteria {
                                    td class="numeric" { @match scores.iter().find(|s| s.criterion_id == c.id) { Some(s) => (s.score), None => "–" } }
                                }
                                td { @if let Some(r) = review.recommendation() { (r.label()) } }
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
    pub bids: &'a [(Bid, String)],
    /// (assigned without conflict, submitted reviews) per bid.
    pub progress: &'a std::collections::HashMap<i64, (i64, i64)>,
    pub needs_reassigning: &'a [i64],
}

pub fn round_work(ctx: &PageCtx, w: &RoundWork<'_>) -> Markup {
    let base = format!("/manage/rounds/{}", w.round.id);
    let in_state = |state: BidState| w.bids.iter().filter(move |(b, _)| b.state == state);
    let sections = [
        (BidState::Submitted, "Sent, waiting to be screened"),
        (BidState::Returned, "Returned to the group"),
        (BidState::InReview, "With the panel"),
        (BidState::Waitlisted, "On the waiting list"),
        (BidState::Awarded, "Offered"),
        (BidState::Active, "Funded"),
        (BidState::Declined, "Not funded"),
        (BidState::Ineligible, "Not eligible"),
        (BidState::Withdrawn, "Withdrawn"),
    ];
    html! {
        h2 class="heading-m" { "Bids" }
        @if w.bids.is_empty() {
            p class="body" { "No bids have been sent yet." }
        } @else {
            div class="button-group" {
                (button_form(&format!("{base}/assign-panels"), &ctx.csrf_token, "Assign panels automatically", ButtonStyle::Secondary))
                (button_form(&format!("{base}/start-reviews"), &ctx.csrf_token, "Pass every fully assigned bid to the panel", ButtonStyle::Secondary))
                a class="button" href={ (base) "/ranking" } { "See the ranking" }
            }
            @if !w.needs_reassigning.is_empty() {
                @let count = w.needs_reassigning.len();
                div class="inset-text" {
                    p class="body" { strong { (plural(count, "bid", "bids")) " " (agrees(count, "needs", "need")) " another panel member" } " because someone declared a conflict. Assign panels again, or choose someone on the bid's page:" }
                    ul class="list" {
                        @for (bid, group) in w.bids.iter().filter(|(b, _)| w.needs_reassigning.contains(&b.id)) {
                            li { a href={ "/manage/bids/" (bid.id) "#panel" } { (bid.reference.as_deref().unwrap_or("")) " " (bid.display_title()) } " — " (group) }
                        }
                    }
                }
            }
            @for (state, heading) in sections {
                @let list: Vec<&(Bid, String)> = in_state(state).collect();
                @if !list.is_empty() {
                    h3 class="heading-s" { (heading) " (" (list.len()) ")" }
                    ul class="list list--plain" {
                        @for (bid, group) in list.iter().take(100) {
                            li {
                                a href={ "/manage/bids/" (bid.id) } { (bid.reference.as_deref().unwrap_or("")) " " (bid.display_title()) } " — " (group)
                                @if let Some((assigned, reviewed)) = w.progress.get(&bid.id) { span class="secondary-text" { " · panel " (assigned) ", reviews " (reviewed) } }
                            }
                        }
                    }
                    @if list.len() > 100 { p class="body" { "And " (list.len() - 100) " more: " a href={ (base) "/ranking" } { "see the ranking" } } }
                }
            }
            @if w.round.panel_closed_at.is_none() {
                (button_form(&format!("{base}/close-panel"), &ctx.csrf_token, "Close panel scoring", ButtonStyle::Secondary))
            } @else {
                p class="body" { "Panel scoring closed on " (super::components::london_datetime(w.round.panel_closed_at.unwrap_or_default())) "." }
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
    pub sort: SortBy,
    pub money_left: Pence,
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
        html! { @if current { (label) " (sorted)" } @else { a href={ (base) "/ranking?sort=" (key) } { (label) } } }
    };
    let to_decide = &p.ranking.to_decide;
    let decided = &p.ranking.decided;
    // The funding line is drawn under the last bid still to decide that the money left reaches,
    // and only in score order, where it means something.
    let last_funded = to_decide.iter().rposition(|r| r.within_budget).filter(|_| p.sort == SortBy::Score);
    let (page_number, last_page, start, end) = page_window(to_decide.len() + decided.len(), p.page, RANKING_PAGE_SIZE);
    let shown_to_decide = start.min(to_decide.len())..end.min(to_decide.len());
    let shown_decided = start.max(to_decide.len()) - to_decide.len()..end.max(to_decide.len()) - to_decide.len();
    let sort_key = p.sort.key();
    page(
        ctx,
        &title_with_errors(tr, &format!("Ranking: {}", p.round.name), p.errors),
        html! {
            (error_summary(tr, p.errors))
            span class="caption-l" { a href=(base) { (p.round.name) } }
            h1 class="heading-l" { "Ranking" }
            p class="body" { "Weighted mean of submitted reviews. " strong { (p.money_left) } " of the round's budget is not yet committed. "
                "The red line shows where the requested amounts of the bids still to decide, taken from the top, run past it." }
            @if !to_decide.is_empty() && to_decide.iter().all(|r| !r.within_budget) {
                p class="body" { strong { "The money left does not reach even the top bid still to decide." } }
            }
            @if !decided.is_empty() {
                p class="body" { "The bids already decided follow, marked \"Decided\", with the money committed to each award. "
                    "Their running total carries on from the bids still to decide, adding that committed money." }
            }
            p class="body" { a href={ (base) "/ranking.csv" } download { "Download as a spreadsheet (CSV)" } }
            @if to_decide.is_empty() && decided.is_empty() {
                p class="body" { "No bids are with the panel yet, so there is nothing to rank." }
            } @else {
                form method="post" action={ (base) "/decisions" } novalidate {
                    (super::components::csrf_field(&ctx.csrf_token))
                    div class="table-wrapper" {
                        table class="table table--ranking" {
                            caption class="visually-hidden" { "Bids ranked by score" }
                            thead { tr {
                                th scope="col" { span class="visually-hidden" { "Select" } }
                                th scope="col" { (sort_link("reference", "Bid", p.sort == SortBy::Reference)) }
                                th scope="col" class="numeric" { (sort_link("amount", "Asks for", p.sort == SortBy::Amount)) }
                                @for c in p.criteria { th scope="col" class="numeric" { (c.title) " (spread)" } }
                                th scope="col" class="numeric" { (sort_link("score", "Weighted mean", p.sort == SortBy::Score)) }
                                th scope="col" { "Reviews" }
                                th scope="col" { (sort_link("spread", "Recommendations", p.sort == SortBy::Spread)) }
                                th scope="col" class="numeric" { "Running total" }
                            } }
                            @if !shown_to_decide.is_empty() {
                                tbody {
                                    @for index in shown_to_decide.clone() {
                                        (ranking_row(&to_decide[index], Some(index) == last_funded))
                                    }
                                }
                            }
                            @if !shown_decided.is_empty() {
                                tbody class="ranking__decided" {
                                    @for row in &decided[shown_decided.clone()] { (ranking_row(row, false)) }
                                }
                            }
                        }
                    }
                    @if last_page > 1 {
                        p class="body" { "Bids " (start + 1) " to " (end) " of " (to_decide.len() + decided.len()) "." }
                    }
                    (pagination(tr, "Pages of the ranking", page_number, last_page, |n| format!("{base}/ranking?sort={sort_key}&page={n}")))
                    @if !to_decide.is_empty() || !p.errors.is_empty() {
                        h2 class="heading-m" { "Decide the selected bids" }
                        p class="body" { "All selected bids get the same decision, together: if any cannot be decided, none are. Awards are for the amount each asked for." }
                        (super::components::radios(tr, "decision", "Decision", &[
                            ("award".to_string(), "Award what each asked for".to_string()),
                            ("decline".to_string(), "Decline".to_string()),
                            ("waitlist".to_string(), "Put on the waiting list".to_string()),
                        ], "", None, p.errors))
                        (textarea(tr, "feedback", "Feedback (for declines)", p.feedback, Some("Sent to every declined group."), 4, p.errors))
                        (button("Decide selected bids", ButtonStyle::Primary))
                    } @else {
                        p class="body" { "Every bid in the ranking has been decided." }
                    }
                }
            }
        },
    )
}

/// One bid in the ranking. A bid still to decide can be selected; a decided one says so and shows
/// the money committed to it.
fn ranking_row(row: &Row, funding_line: bool) -> Markup {
    let state = BidState::parse(&row.bid.state);
    html! {
        tr class=[funding_line.then_some("funding-line")] {
            td {
                @if row.committed.is_none() {
                    input class="checkboxes__input" type="checkbox" id={ "select-" (row.bid.bid_id) } name="bid_ids" value=(row.bid.bid_id)
                        aria-label={ "Select " (row.bid.reference) };
                } @else {
                    span class="secondary-text" { "Decided" }
                }
            }
            td {
                a class="ranking__reference" href={ "/manage/bids/" (row.bid.bid_id) } { (row.bid.reference) } br;
                (row.bid.title) br; span class="secondary-text" { (row.bid.group_name) }
                @if state != Some(BidState::InReview) { br; (tag(state.map_or("", BidState::lead_label), "grey")) }
            }
            td class="numeric" {
                (row.bid.requested)
                @if let Some(committed) = row.committed.filter(|c| !c.is_zero()) {
                    br; span class="secondary-text ranking__committed" { (committed) " committed" }
                }
            }
            @for (_, result) in &row.criteria {
                td class="numeric" { @match result { Some(r) => { (format!("{:.1}", r.mean)) " (" (r.spread) ")" }, None => "–" } }
            }
            td class="numeric" { @match row.weighted_mean { Some(m) => strong { (format!("{m:.2}")) }, None => "Not scored" } }
            td { (row.reviews) @if row.discuss { " " (tag("Discuss", "orange")) } }
            td { "Fund " (row.recommendations[0]) ", not " (row.recommendations[1]) ", discuss " (row.recommendations[2]) }
            td class="numeric" { (row.running_total) @if !row.within_budget { span class="visually-hidden" { " (over the money left)" } } }
        }
    }
}
