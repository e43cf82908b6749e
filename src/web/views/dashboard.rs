//! The signed-in person's home: their groups, their bids and what needs doing next.

use chrono::NaiveDateTime;
use maud::{Markup, html};

use super::accounts::verify_reminder;
use super::bids::status_tag;
use super::components::london_datetime;
use super::layout::{PageCtx, page};
use crate::accounts::Person;
use crate::bids::{Bid, BidState};
use crate::groups::{Group, Member};
use crate::rounds::{Round, RoundStatus};

pub struct Dashboard<'a> {
    pub person: &'a Person,
    pub groups: &'a [(Group, Member)],
    pub bids: &'a [(Bid, Round, Group)],
    pub open_rounds: &'a [Round],
    pub is_connector: bool,
    pub now: NaiveDateTime,
}

/// What the group should do next with a bid, in a few words.
pub fn next_step(bid: &Bid, round: &Round, now: NaiveDateTime) -> String {
    match bid.state {
        BidState::Draft if round.status(now) == RoundStatus::Open => {
            format!("Finish and send by {}", london_datetime(round.closes_at))
        }
        BidState::Draft => "The round has closed; this draft can no longer be sent".into(),
        BidState::Returned => "Answer the programme team's question and send it again".into(),
        BidState::Submitted | BidState::InReview => {
            format!("Nothing to do: decisions by {}", round.decision_target_on.format("%-d %B %Y"))
        }
        BidState::Waitlisted => "Nothing to do: we will tell you if money becomes available".into(),
        BidState::Awarded => "Read your offer and accept it".into(),
        BidState::Active => "Send a short report when your project ends".into(),
        _ => String::new(),
    }
}

pub fn dashboard(ctx: &PageCtx, view: &Dashboard<'_>) -> Markup {
    page(
        ctx,
        "Your groups and bids",
        html! {
            h1 class="heading-l" { "Your groups and bids" }
            @if !view.person.is_verified() { (verify_reminder(ctx)) }
            h2 class="heading-m" { "Your bids" }
            @if view.bids.is_empty() {
                p class="body" { "You have no bids yet." }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { "Your bids" }
                        thead { tr { th scope="col" { "Bid" } th scope="col" { "Status" } th scope="col" { "What to do next" } } }
                        tbody {
                            @for (bid, round, group) in view.bids {
                                tr {
                                    td { a href={ "/bids/" (bid.id) } { (bid.display_title()) } br; span class="secondary-text" { (group.name) " · " (round.name) } }
                                    td { (status_tag(bid)) }
                                    td { (next_step(bid, round, view.now)) }
                                }
                            }
                        }
                    }
                }
            }
            @if !view.open_rounds.is_empty() {
                h2 class="heading-m" { "Rounds open now" }
                ul class="list list--plain" {
                    @for round in view.open_rounds {
                        li { a href={ "/rounds/" (round.slug) } { (round.name) } " — closes " (london_datetime(round.closes_at)) }
                    }
                }
            }
            h2 class="heading-m" { "Your groups" }
            @if view.groups.is_empty() {
                p class="body" { "Tell us about your group once, and use it for every bid." }
            } @else {
                ul class="list list--plain" {
                    @for (group, member) in view.groups {
                        li { a href={ "/groups/" (group.id) } { (group.name) } @if member.is_connector { " (you help as a community connector)" } }
                    }
                }
            }
            a class="button button--secondary" href="/groups/new" {
                @if view.is_connector { "Set up a group you are helping" } @else { "Add a group" }
            }
        },
    )
}
