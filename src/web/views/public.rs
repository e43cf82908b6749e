//! Public pages: open and upcoming rounds, and each round's page with its activity tracker.

use chrono::NaiveDateTime;
use maud::{Markup, html};

use super::components::{london_datetime, summary_list};
use super::layout::{PageCtx, page};
use super::manage::{round_status_tag, time_left};
use crate::money::Pence;
use crate::rounds::{Criterion, Round, RoundStatus};

/// A round on the home page, with its programme's name and budget.
pub struct RoundCard {
    pub round: Round,
    pub programme_name: String,
    pub budget: Pence,
}

pub fn home(ctx: &PageCtx, open: &[RoundCard], closed: &[RoundCard], now: NaiveDateTime) -> Markup {
    let (open_now, upcoming): (Vec<&RoundCard>, Vec<&RoundCard>) =
        open.iter().partition(|card| card.round.status(now) == RoundStatus::Open);
    page(
        ctx,
        "Funding for community groups",
        html! {
            h1 class="heading-xl" { "Funding for community groups" }
            p class="body-l" {
                "Small grants for community, faith and voluntary groups that support people's mental health. "
                "Apply with a short video, a voice recording or a few written words: how well a bid is written is never scored."
            }
            h2 class="heading-l" { (RoundStatus::Open.label()) }
            @if open_now.is_empty() {
                p class="body" { "No rounds are open right now." }
            }
            ul class="card-list" { @for card in &open_now { (round_card(card, now)) } }
            @if !upcoming.is_empty() {
                h2 class="heading-l" { (RoundStatus::Upcoming.label()) }
                ul class="card-list" { @for card in &upcoming { (round_card(card, now)) } }
            }
            h2 class="heading-m" { "How to apply" }
            ol class="list" {
                li { "Create an account and tell us about your group. You only do this once." }
                li { "Start a bid: say what the money is for, and tell us about the need and the people you reach, by video, recording or a few words." }
                li { "Send it before the round closes. A panel that includes people with lived experience scores every bid on need and reach." }
            }
            p class="body" { "A community connector can help you apply, or apply with you. Ask the programme team." }
            @if !closed.is_empty() {
                h2 class="heading-m" { "Recent rounds" }
                ul class="list" {
                    @for card in closed {
                        li { a href={ "/rounds/" (card.round.slug) } { (card.round.name) } " — " (time_left(&card.round, now)) }
                    }
                }
            }
        },
    )
}

fn round_card(card: &RoundCard, now: NaiveDateTime) -> Markup {
    let round = &card.round;
    html! {
        li class="card" {
            h3 class="heading-m card__title" { a href={ "/rounds/" (round.slug) } { (round.name) } }
            p class="body secondary-text" { (card.programme_name) }
            @if !round.summary.is_empty() { p class="body" { (round.summary) } }
            dl class="key-figures" {
                div { dt { "Grants of" } dd { (round.min_award()) " to " (round.max_award()) } }
                div { dt { "Total available" } dd { (card.budget) } }
                div { dt { "Closing date" } dd { (london_datetime(round.closes_at)) } }
            }
            p class="body" { strong { (time_left(round, now)) } }
        }
    }
}

/// Live counts of bids by stage, for the tracker (empty until bids exist).
pub type StageCounts = Vec<(&'static str, i64)>;

pub struct RoundPage<'a> {
    pub round: &'a Round,
    pub programme_name: &'a str,
    pub budget: Pence,
    pub criteria: &'a [Criterion],
    pub counts: StageCounts,
    pub now: NaiveDateTime,
}

pub fn round_page(ctx: &PageCtx, view: &RoundPage<'_>) -> Markup {
    let round = view.round;
    let status = round.status(view.now);
    page(
        ctx,
        &round.name,
        html! {
            span class="caption-l" { (view.programme_name) }
            h1 class="heading-xl" { (round.name) " " (round_status_tag(round, view.now)) }
            @if !round.summary.is_empty() { p class="body-l" { (round.summary) } }
            (summary_list(&[
                ("Grants of", html! { (round.min_award()) " to " (round.max_award()) }),
                ("Total available", html! { (view.budget) }),
                ("Opens", html! { (london_datetime(round.opens_at)) }),
                ("Closes", html! { (london_datetime(round.closes_at)) }),
                ("Decisions by", html! { (round.decision_target_on.format("%-d %B %Y").to_string()) }),
            ]))
            p class="body" { strong { (time_left(round, view.now)) } }
            @if status == RoundStatus::Open {
                a class="button button--start" href={ "/rounds/" (round.slug) "/bids/new" } draggable="false" { "Start a bid" }
            }
            h2 class="heading-l" { "Where this round is up to" }
            (tracker(round, &view.counts, view.now))
            @if !round.uses.is_empty() {
                h2 class="heading-l" { "What the money can be used for" }
                div class="prose" { (crate::web::views::markdown::render(&round.uses)) }
            }
            @if !round.eligibility.is_empty() {
                h2 class="heading-l" { "Who can apply" }
                div class="prose" { (crate::web::views::markdown::render(&round.eligibility)) }
            }
            h2 class="heading-l" { "How bids are scored" }
            p class="body" {
                "A panel, including people with lived experience, scores each bid. "
                strong { "Video, recorded and written bids are treated the same, and spelling, grammar and how well a bid is written are not scored." }
            }
            @for criterion in view.criteria {
                h3 class="heading-m" { (criterion.title) }
                @if !criterion.description.is_empty() { p class="body" { (criterion.description) } }
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { "What each score for " (criterion.title) " means" }
                        thead { tr { th scope="col" { "Score" } th scope="col" { "What it means" } } }
                        tbody {
                            @for (score, text) in criterion.descriptors().iter().enumerate() {
                                tr { td { (score + 1) } td { (text) } }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The round's stages with their dates, marking those passed and the current one, and how many
/// bids are at each stage once there are any.
pub fn tracker(round: &Round, counts: &StageCounts, now: NaiveDateTime) -> Markup {
    let decided_by = round.decision_target_on.and_hms_opt(23, 59, 59).unwrap_or(round.closes_at);
    let stages: [(&str, String, bool, bool); 4] = [
        ("Open for bids", london_datetime(round.opens_at), now >= round.opens_at, now < round.opens_at),
        (
            "Closes",
            london_datetime(round.closes_at),
            now >= round.closes_at,
            now >= round.opens_at && now < round.closes_at,
        ),
        (
            "Panel scores the bids",
            "After the round closes".to_string(),
            now >= decided_by,
            now >= round.closes_at && now < decided_by,
        ),
        ("Decisions made", format!("By {}", round.decision_target_on.format("%-d %B %Y")), now >= decided_by, false),
    ];
    html! {
        ol class="tracker" {
            @for (title, date, done, current) in stages {
                li class={ "tracker__stage" @if done { " tracker__stage--done" } @else if current { " tracker__stage--current" } }
                    aria-current=[current.then_some("step")] {
                    p class="tracker__title" { (title) @if done { span class="visually-hidden" { " (done)" } } @if current { span class="visually-hidden" { " (now)" } } }
                    p class="tracker__date" { (date) }
                }
            }
        }
        @if counts.iter().any(|(_, n)| *n > 0) {
            h3 class="heading-s" { "Bids so far" }
            dl class="key-figures" {
                @for (label, count) in counts {
                    div { dt { (label) } dd { (count) } }
                }
            }
        }
    }
}
