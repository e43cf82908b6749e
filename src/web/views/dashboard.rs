//! The signed-in person's home: their groups, their bids and what needs doing next.

use chrono::NaiveDateTime;
use maud::{Markup, html};

use super::accounts::verify_reminder;
use super::bids::status_tag;
use super::components::sentence;
use super::layout::{PageCtx, page};
use crate::accounts::Person;
use crate::bids::{Bid, BidState};
use crate::decisions::work::ProgrammeWork;
use crate::groups::{Group, Member};
use crate::i18n::{Message, Tr};
use crate::rounds::{Round, RoundStatus};

pub struct Dashboard<'a> {
    pub person: &'a Person,
    pub groups: &'a [(Group, Member)],
    pub bids: &'a [(Bid, Round, Group)],
    pub open_rounds: &'a [Round],
    pub is_connector: bool,
    /// What waits in each programme the person leads (none if they lead none).
    pub lead_work: &'a [ProgrammeWork],
    /// How many bids they have still to score, if they sit on a panel.
    pub to_score: Option<i64>,
    /// The panel's deadlines in rounds where they still have reviews to send.
    pub panel_deadlines: &'a [crate::review::deadline::PanelDeadline],
    pub now: NaiveDateTime,
}

impl Dashboard<'_> {
    /// Staff with no group of their own see only their work, not an applicant's empty page.
    fn shows_applicant_part(&self) -> bool {
        (self.lead_work.is_empty() && self.to_score.is_none()) || !self.groups.is_empty() || !self.bids.is_empty()
    }
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
    let staff = !view.lead_work.is_empty() || view.to_score.is_some();
    let title = tr.t(if staff { "dashboard-staff-title" } else { "dashboard-title" });
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-l" { (title) }
            @if !view.person.is_verified() { (verify_reminder(ctx)) }
            @for work in view.lead_work { (programme_work(tr, work)) }
            @if let Some(count) = view.to_score { (panel_work(tr, count, view.panel_deadlines, view.now)) }
            @if view.shows_applicant_part() { (applicant_part(ctx, view)) }
        },
    )
}

/// What waits in one programme the person leads: each count links to where it is done.
fn programme_work(tr: Tr, work: &ProgrammeWork) -> Markup {
    let programme = format!("/manage/programmes/{}", work.programme_id);
    let lines: [(i64, &str); 7] = [
        (work.to_screen, "dashboard-lead-to-screen"),
        (work.short_of_reviews, "dashboard-lead-short-of-reviews"),
        (work.to_decide, "dashboard-lead-to-decide"),
        (work.offers_waiting, "dashboard-lead-offers-waiting"),
        (work.reports_late, "dashboard-lead-reports-late"),
        (work.reports_due, "dashboard-lead-reports-due"),
        (work.instalments_due, "dashboard-lead-instalments-due"),
    ];
    html! {
        section class="work-panel" aria-labelledby={ "work-" (work.programme_id) } {
            h2 class="heading-m" id={ "work-" (work.programme_id) } dir="auto" { (work.programme_name) }
            @if work.is_empty() {
                p class="body" { (tr.t("dashboard-lead-nothing-waiting")) }
            } @else {
                ul class="list" {
                    @for (count, key) in lines.iter().filter(|(count, _)| *count > 0) {
                        @let href = if *key == "dashboard-lead-instalments-due" { format!("{programme}/payment-runs") } else { programme.clone() };
                        li { a href=(href) { (crate::t!(tr, key, count = *count)) } }
                    }
                }
            }
            @if !work.bank_details_to_check.is_empty() {
                div class="warning-text" {
                    ul class="list" {
                        @for held in &work.bank_details_to_check {
                            li {
                                a href={ "/manage/bids/" (held.bid_id) "#bank-details" } dir="auto" {
                                    (crate::t!(tr, if held.disputed { "dashboard-lead-bank-disputed" } else { "dashboard-lead-bank-to-check" },
                                        group = held.group_name.as_str(), date = tr.date(held.entered_at.date())))
                                }
                            }
                        }
                    }
                }
            }
            @if let Some((slug, name, closes_at)) = &work.next_closing {
                p class="body" {
                    (sentence(tr, Message::new("dashboard-lead-next-closing").arg("closes", tr.london_datetime(*closes_at)), &[
                        ("round", html! { a href={ "/rounds/" (slug) } dir="auto" { (name) } }),
                    ]))
                }
            }
            @if work.views_to_answer > 0 {
                p class="body" { a href={ (programme) "/tracker" } { (crate::t!(tr, "dashboard-lead-views-to-answer", count = work.views_to_answer)) } }
            }
            @if work.never_applied > 0 {
                p class="body" { a href={ (programme) "/missing" } { (crate::t!(tr, "dashboard-lead-never-applied", count = work.never_applied)) } }
            }
            p class="body" { a href=(programme) { (tr.t("dashboard-lead-open-programme")) } }
        }
    }
}

/// The bids a panel member has still to score.
fn panel_work(tr: Tr, count: i64, deadlines: &[crate::review::deadline::PanelDeadline], now: NaiveDateTime) -> Markup {
    html! {
        section class="work-panel" aria-labelledby="work-panel-heading" {
            h2 class="heading-m" id="work-panel-heading" { (tr.t("dashboard-panel-heading")) }
            p class="body" {
                @if count == 0 { (tr.t("dashboard-panel-nothing")) }
                @else { a href="/panel" { (crate::t!(tr, "dashboard-panel-to-score", count = count)) } }
            }
            (super::panel::deadlines(tr, deadlines, now))
        }
    }
}

/// A group's part: its bids with what to do next, open rounds, and its groups.
fn applicant_part(ctx: &PageCtx, view: &Dashboard<'_>) -> Markup {
    let tr = ctx.tr;
    html! {
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
    }
}
