//! The signed-in person's home: their groups, their bids and what needs doing next.

use chrono::NaiveDateTime;
use maud::{Markup, html};

use super::accounts::verify_reminder;
use super::bids::status_tag;
use super::components::sentence;
use super::layout::{PageCtx, page};
use crate::accounts::Person;
use crate::bids::{Bid, BidState};
use crate::groups::{Group, Member};
use crate::i18n::{Message, Tr};
use crate::rounds::{Round, RoundStatus};

pub struct Dashboard<'a> {
    pub person: &'a Person,
    pub groups: &'a [(Group, Member)],
    pub bids: &'a [(Bid, Round, Group)],
    pub open_rounds: &'a [Round],
    pub is_connector: bool,
    pub now: NaiveDateTime,
}

/// What the group should do next with a bid, in a few words (nothing for a bid that is over).
pub fn next_step(tr: Tr, bid: &Bid, round: &Round, now: NaiveDateTime) -> String {
    match bid.state {
        BidState::Draft if round.status(now) == RoundStatus::Open => {
            crate::t!(tr, "dashboard-next-finish", closes = tr.london_datetime(round.closes_at))
        }
        BidState::Draft => tr.t("dashboard-next-closed"),
        BidState::Returned => tr.t("dashboard-next-answer"),
        BidState::Submitted | BidState::InReview => {
            crate::t!(tr, "dashboard-next-wait", date = round.decision_target_on)
        }
        BidState::Waitlisted => tr.t("dashboard-next-waitlisted"),
        BidState::Awarded => tr.t("dashboard-next-accept"),
        BidState::Active => tr.t("dashboard-next-report"),
        _ => String::new(),
    }
}

pub fn dashboard(ctx: &PageCtx, view: &Dashboard<'_>) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("dashboard-title");
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-l" { (title) }
            @if !view.person.is_verified() { (verify_reminder(ctx)) }
            h2 class="heading-m" { (tr.t("dashboard-your-bids")) }
            @if view.bids.is_empty() {
                p class="body" { (tr.t("dashboard-no-bids")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("dashboard-your-bids")) }
                        thead {
                            tr {
                                th scope="col" { (tr.t("dashboard-bid")) }
                                th scope="col" { (tr.t("dashboard-status")) }
                                th scope="col" { (tr.t("dashboard-next")) }
                            }
                        }
                        tbody {
                            @for (bid, round, group) in view.bids {
                                tr {
                                    td { a href={ "/bids/" (bid.id) } { (bid.display_title(tr)) } br; span class="secondary-text" { (group.name) " · " (round.name) } }
                                    td { (status_tag(tr, bid)) }
                                    td { (next_step(tr, bid, round, view.now)) }
                                }
                            }
                        }
                    }
                }
            }
            @if !view.open_rounds.is_empty() {
                h2 class="heading-m" { (tr.t("dashboard-open-rounds")) }
                ul class="list list--plain" {
                    @for round in view.open_rounds {
                        li {
                            (sentence(tr, Message::new("dashboard-open-round").arg("closes", tr.london_datetime(round.closes_at)), &[
                                ("round", html! { a href={ "/rounds/" (round.slug) } { (round.name) } }),
                            ]))
                        }
                    }
                }
            }
            h2 class="heading-m" { (tr.t("dashboard-your-groups")) }
            @if view.groups.is_empty() {
                p class="body" { (tr.t("dashboard-no-groups")) }
            } @else {
                ul class="list list--plain" {
                    @for (group, member) in view.groups {
                        li {
                            a href={ "/groups/" (group.id) } { (group.name) }
                            @if member.is_connector { " " (tr.t("dashboard-connector")) }
                        }
                    }
                }
            }
            a class="button button--secondary" href="/groups/new" {
                @if view.is_connector { (tr.t("dashboard-add-helped-group")) } @else { (tr.t("dashboard-add-group")) }
            }
        },
    )
}
