//! The lead's reports: the pot report (figures, month by month, forecast underspend) and the
//! equity report. Every chart has the same figures in a table.

use maud::{Markup, html};

use super::charts::{Series, monthly_lines};
use super::components::{agrees, plural};
use super::layout::{PageCtx, page};
use crate::funds::queries::Pot;
use crate::money::Pence;
use crate::programmes::Programme;
use crate::reports::equity::{EquityReport, Figure, Funnel, SMALLEST_SHOWN, Stage};
use crate::reports::queries::PotReport;
use crate::rounds::Round;

/// "40%" of `part` in `whole` ("less than 1%" rather than a misleading "0%" for a little).
fn percent(part: Pence, whole: Pence) -> String {
    if whole.0 <= 0 {
        return "—".to_string();
    }
    let share = part.0 as f64 * 100.0 / whole.0 as f64;
    if part.0 > 0 && share < 0.5 { "less than 1%".to_string() } else { format!("{share:.0}%") }
}

pub fn pot_report(ctx: &PageCtx, programme: &Programme, pot: &Pot, report: &PotReport) -> Markup {
    let b = &report.balances;
    let (awaiting_count, awaiting) = report.awaiting_acceptance();
    let base = format!("/manage/pots/{}", pot.id);
    page(
        ctx,
        &format!("{} report", pot.name),
        html! {
            span class="caption-l" { a href={ "/manage/programmes/" (programme.id) } { (programme.name) } " · " (pot.year().label()) }
            h1 class="heading-l" { (pot.name) ": report" }
            p class="body" { a href=(base) { "Back to the pot" } }
            dl class="key-figures" {
                div { dt { "Allocated" } dd { (b.allocated) } }
                div { dt { "Committed" } dd { (b.committed) } }
                div { dt { "Paid" } dd { (b.paid) } }
                div { dt { "Released back" } dd { (b.released) } }
                div { dt { "Available to award" } dd { (b.uncommitted()) } }
                @if !b.carried_in.is_zero() { div { dt { "Carried in" } dd { (b.carried_in) } } }
                @if !b.carried_out.is_zero() { div { dt { "Carried forward" } dd { (b.carried_out) } } }
            }
            h2 class="heading-m" { "The ring-fence" }
            @if let Some(sentence) = pot.ring_fence_sentence() { p class="body" { (sentence) "." } }
            p class="body" {
                (b.committed) " is committed to groups (" (percent(b.committed, b.allocated)) " of the allocation) and "
                (b.paid) " has been paid (" (percent(b.paid, b.allocated)) ")."
            }
            @if awaiting_count > 0 {
                p class="body" { strong { (plural(awaiting_count, "offer", "offers")) " worth " (awaiting) } " " (agrees(awaiting_count, "is", "are")) " waiting for groups to accept." }
            } @else {
                p class="body" { "No offers are waiting for groups to accept." }
            }
            (forecast_section(report))
            (months_section(pot, report))
            (rounds_section(report))
            h2 class="heading-m" { "Spreadsheets" }
            p class="body" { "UTF-8 CSV files that open in Excel, LibreOffice or Google Sheets." }
            ul class="list" {
                li { a href={ (base) "/awards.csv" } download { "Awards from this pot" } }
                li { a href={ (base) "/payments.csv" } download { "Payments from this pot" } }
                li { a href={ (base) "/ledger.csv" } download { "The pot's ledger (every movement of money)" } }
                @for line in &report.rounds {
                    li { a href={ "/manage/rounds/" (line.round.id) "/ranking.csv" } download { "Bids with scores: " (line.round.name) } }
                }
            }
        },
    )
}

fn forecast_section(report: &PotReport) -> Markup {
    let f = &report.forecast;
    html! {
        h2 class="heading-m" { "Forecast underspend" }
        p class="body" { "If nothing changes, " strong { (f.likely()) } " will not be spent this year, and up to " strong { (f.at_most()) } " could be." }
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { "Where the underspend could come from" }
                thead { tr { th scope="col" { "Where" } th scope="col" class="numeric" { "Amount" } th scope="col" { "Counts as" } } }
                tbody {
                    tr { td { "Not set aside for any round" } td class="numeric" { (f.not_set_aside) } td { "Likely" } }
                    tr { td { "Left in rounds that have decided every bid" } td class="numeric" { (f.left_in_decided_rounds) } td { "Likely" } }
                    tr { td { "Left in rounds still open or deciding" } td class="numeric" { (f.left_in_deciding_rounds) } td { "Possible" } }
                    tr { td { "Offers not yet accepted" } td class="numeric" { (f.awaiting_acceptance) } td { "Possible" } }
                }
            }
        }
    }
}

fn months_section(pot: &Pot, report: &PotReport) -> Markup {
    let labels: Vec<String> = report.months.iter().map(|m| m.label.clone()).collect();
    let so_far = report.months.iter().filter(|m| !m.in_future).count();
    let upto = (so_far + 1).min(report.months.len());
    let series = [
        Series {
            label: "Allocation",
            colour: "#0b0c0c",
            dashed: true,
            values: report.months.iter().map(|m| m.allocated).collect(),
        },
        Series {
            label: "Committed",
            colour: "#1d70b8",
            dashed: false,
            values: report.months[..upto].iter().map(|m| m.committed).collect(),
        },
        Series {
            label: "Paid",
            colour: "#00703c",
            dashed: false,
            values: report.months[..upto].iter().map(|m| m.paid).collect(),
        },
    ];
    html! {
        h2 class="heading-m" { "Month by month, " (pot.year().label()) }
        (monthly_lines("months-chart", &format!("Committed and paid against the allocation, {}", pot.year().label()), &labels, &series))
        div class="table-wrapper" {
            table class="table" {
                caption { "The same figures as a table (running totals at the end of each month)" }
                thead { tr { th scope="col" { "Month" } th scope="col" class="numeric" { "Allocation" } th scope="col" class="numeric" { "Committed" } th scope="col" class="numeric" { "Paid" } } }
                tbody {
                    @for (index, month) in report.months.iter().enumerate() {
                        tr {
                            th scope="row" { (month.label) " " (month.year) @if month.in_future && index < upto { " (so far)" } }
                            td class="numeric" { (month.allocated) }
                            @if index < upto {
                                td class="numeric" { (month.committed) }
                                td class="numeric" { (month.paid) }
                            } @else {
                                td class="numeric" { span class="secondary-text" { "Not yet" } }
                                td class="numeric" { span class="secondary-text" { "Not yet" } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn rounds_section(report: &PotReport) -> Markup {
    html! {
        h2 class="heading-m" { "Rounds" }
        @if report.rounds.is_empty() {
            p class="body" { "No rounds draw on this pot yet." }
        } @else {
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { "Each round's money" }
                    thead {
                        tr {
                            th scope="col" { "Round" } th scope="col" class="numeric" { "Budget" } th scope="col" class="numeric" { "Committed" }
                            th scope="col" class="numeric" { "Paid" } th scope="col" class="numeric" { "Released" } th scope="col" class="numeric" { "Left to award" }
                            th scope="col" class="numeric" { "Waiting on acceptance" } th scope="col" { "Status" }
                        }
                    }
                    tbody {
                        @for line in &report.rounds {
                            @let rb = &line.balances;
                            tr {
                                td { a href={ "/manage/rounds/" (line.round.id) } { (line.round.name) } }
                                td class="numeric" { (rb.assigned) }
                                td class="numeric" { (rb.committed) }
                                td class="numeric" { (rb.paid) }
                                td class="numeric" { (rb.released) }
                                td class="numeric" { ((rb.assigned - rb.committed).max(Pence(0))) }
                                td class="numeric" { (line.awaiting) }
                                td { @if line.undecided > 0 { (plural(line.undecided, "bid", "bids")) " to decide" } @else if line.deciding { "Open" } @else { "Decided" } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What the equity page shows.
pub struct EquityPage<'a> {
    pub programme: &'a Programme,
    pub rounds: &'a [Round],
    pub round: Option<&'a Round>,
    pub shareable: bool,
    pub report: &'a EquityReport,
}

pub fn equity(ctx: &PageCtx, view: &EquityPage<'_>) -> Markup {
    let tr = ctx.tr;
    let scope = view.round.map_or_else(|| "all rounds".to_string(), |r| r.name.clone());
    let round_options: Vec<(String, String)> = std::iter::once((String::new(), "All rounds".to_string()))
        .chain(view.rounds.iter().map(|r| (r.id.to_string(), r.name.clone())))
        .collect();
    let selected = view.round.map(|r| r.id.to_string()).unwrap_or_default();
    page(
        ctx,
        &format!("Who the money reaches: {}", view.programme.name),
        html! {
            span class="caption-l" { a href={ "/manage/programmes/" (view.programme.id) } { (view.programme.name) } }
            h1 class="heading-l" { "Who the money reaches" }
            p class="body" { "How far bids got — applied, reached the panel, offered funding, paid — for " (scope)
                ", by kind of group, area, the groups' own description of who leads them and whom they serve, and first-time against returning applicants." }
            form method="get" action={ "/manage/programmes/" (view.programme.id) "/equity" } class="filter-form" {
                (super::components::select(tr, "round", "Round", &round_options, &selected, None, &crate::forms::FieldErrors::new()))
                div class="checkboxes form-group" {
                    (super::components::checkbox(tr, "shareable", "Version to share beyond the programme team (numbers under 5 hidden)", view.shareable, None, None))
                }
                button type="submit" class="button button--secondary" { "Show" }
            }
            @if view.shareable {
                div class="inset-text" { p class="body" { "Numbers from 1 to " (SMALLEST_SHOWN - 1) " are hidden, with their money, so that no group can be recognised. Where one hidden number could be worked out from the total, another is hidden too." } }
            } @else {
                div class="warning-text" { p class="body" { strong { "This version shows small numbers. Share the version with numbers under 5 hidden beyond the programme team." } } }
            }
            h2 class="heading-m" { "All bids" }
            (funnel_table("All bids", &[("All sent bids".to_string(), view.report.total.clone())]))
            @for breakdown in &view.report.breakdowns {
                h2 class="heading-m" { (breakdown.title) }
                @if !breakdown.partitions {
                    p class="body" { "Groups describe themselves; a group naming several groups of people is counted under each, so rows can add up to more than all bids." }
                }
                (funnel_table(breakdown.title, &breakdown.rows))
            }
            h2 class="heading-m" { "How to read this" }
            ul class="list" {
                li { "Money at \"Applied\" and \"Reached the panel\" is what groups asked for; then what was offered; then what has been paid." }
                li { "Equality answers are the groups' current ones. \"Not answered\" means the group was not asked or skipped the questions." }
                li { "A returning applicant sent an earlier bid to this programme. Withdrawn bids count as applied only." }
            }
        },
    )
}

fn figure(value: Figure) -> Markup {
    html! {
        @if value.hidden { span class="secondary-text" { "fewer than " (SMALLEST_SHOWN) } }
        @else { (value.count) br; span class="secondary-text" { (value.money) } }
    }
}

fn funnel_table(caption: &str, rows: &[(String, Funnel)]) -> Markup {
    html! {
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { (caption) ": bids and money at each stage" }
                thead {
                    tr {
                        th scope="col" { "Group" }
                        @for stage in Stage::ALL { th scope="col" class="numeric" { (stage.label()) } }
                        th scope="col" class="numeric" { "Offered, of applied" }
                    }
                }
                tbody {
                    @for (label, funnel) in rows {
                        @let (applied, offered) = (funnel.at(Stage::Applied), funnel.at(Stage::Awarded));
                        tr {
                            th scope="row" { (label) }
                            @for stage in Stage::ALL { td class="numeric" { (figure(funnel.at(stage))) } }
                            td class="numeric" {
                                @if applied.hidden || offered.hidden || applied.count == 0 { "—" }
                                @else { (format!("{:.0}%", offered.count as f64 * 100.0 / applied.count as f64)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
