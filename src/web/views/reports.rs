//! The lead's reports: the pot report (figures, month by month, forecast underspend) and the
//! equity report. Every chart has the same figures in a table.

use maud::{Markup, html};

use super::charts::{StepChart, StepPanel, StepSeries, Stroke, step_chart};
use super::components::sentence;
use super::layout::{PageCtx, page};
use crate::funds::queries::Pot;
use crate::i18n::{Message, Tr};
use crate::money::Pence;
use crate::programmes::Programme;
use crate::reports::equity::{EquityReport, Figure, Funnel, RowLabel, SMALLEST_SHOWN, Stage};
use crate::reports::line_profile::LineTable;
use crate::reports::pot::DayFigures;
use crate::reports::queries::{PotReport, RoundLine};
use crate::rounds::Round;
use crate::rounds::reservations::Standing;

/// "40%" of `part` in `whole` ("less than 1%" rather than a misleading "0%" for a little).
fn percent(tr: Tr, part: Pence, whole: Pence) -> String {
    if whole.0 <= 0 {
        return "—".to_string();
    }
    let share = part.0 as f64 * 100.0 / whole.0 as f64;
    if part.0 > 0 && share < 0.5 {
        tr.t("reports-percent-less-than-one")
    } else {
        crate::t!(tr, "reports-percent", percent = format!("{share:.0}"))
    }
}

pub fn pot_report(ctx: &PageCtx, programme: &Programme, pot: &Pot, report: &PotReport) -> Markup {
    let tr = ctx.tr;
    let b = &report.balances;
    let (awaiting_count, awaiting) = report.awaiting_acceptance();
    let base = format!("/manage/pots/{}", pot.id);
    page(
        ctx,
        &crate::t!(tr, "reports-pot-title", pot = &pot.name),
        html! {
            span class="caption-l" { a href={ "/manage/programmes/" (programme.id) } { (programme.name) } " · " (pot.year().label()) }
            h1 class="heading-l" { (crate::t!(tr, "reports-pot-heading", pot = &pot.name)) }
            p class="body" { a href=(base) { (tr.t("reports-back-to-pot")) } }
            dl class="key-figures" {
                div { dt { (tr.t("reports-allocated")) } dd { (tr.money(b.allocated)) } }
                div { dt { (tr.t("reports-committed")) } dd { (tr.money(b.committed)) } }
                div { dt { (tr.t("reports-paid")) } dd { (tr.money(b.paid)) } }
                div { dt { (tr.t("reports-released-back")) } dd { (tr.money(b.released)) } }
                div { dt { (tr.t("reports-available")) } dd { (tr.money(b.uncommitted())) } }
                @if !b.carried_in.is_zero() { div { dt { (tr.t("reports-carried-in")) } dd { (tr.money(b.carried_in)) } } }
                @if !b.carried_out.is_zero() { div { dt { (tr.t("reports-carried-forward")) } dd { (tr.money(b.carried_out)) } } }
            }
            h2 class="heading-m" { (tr.t("reports-ring-fence")) }
            @if let Some(sentence) = pot.ring_fence_sentence() { p class="body" { (tr.message(&sentence)) "." } }
            p class="body" {
                (crate::t!(tr, "reports-committed-and-paid",
                    committed = b.committed, committed_share = percent(tr, b.committed, b.allocated),
                    paid = b.paid, paid_share = percent(tr, b.paid, b.allocated)))
            }
            @if awaiting_count > 0 {
                p class="body" {
                    (sentence(tr, Message::new("reports-awaiting").arg("count", awaiting_count), &[
                        ("offers", html! { strong { (crate::t!(tr, "reports-awaiting-offers", count = awaiting_count, money = awaiting)) } }),
                    ]))
                }
            } @else {
                p class="body" { (tr.t("reports-no-offers-waiting")) }
            }
            (forecast_section(tr, report))
            (months_section(tr, pot, report))
            (rounds_section(tr, report))
            (help_to_apply_section(tr, report))
            p class="body" { a href={ "/manage/programmes/" (programme.id) "/involvement?year=" (pot.year().0) } { (tr.t("reports-involvement-link")) } }
            p class="body" { a href={ "/manage/programmes/" (programme.id) "/measures-report" } { (tr.t("reports-measures-link")) } }
            h2 class="heading-m" { (tr.t("reports-spreadsheets")) }
            p class="body" { (tr.t("reports-spreadsheets-intro")) }
            ul class="list" {
                li { a href={ (base) "/awards.csv" } download { (tr.t("reports-awards-csv")) } }
                li { a href={ (base) "/payments.csv" } download { (tr.t("reports-payments-csv")) } }
                li { a href={ (base) "/ledger.csv" } download { (tr.t("reports-ledger-csv")) } }
                @for line in &report.rounds {
                    li { a href={ "/manage/rounds/" (line.round.id) "/ranking.csv" } download { (crate::t!(tr, "reports-ranking-csv", round = &line.round.name)) } }
                }
            }
        },
    )
}

fn forecast_section(tr: Tr, report: &PotReport) -> Markup {
    let f = &report.forecast;
    let likely = tr.t("reports-forecast-likely");
    let possible = tr.t("reports-forecast-possible");
    html! {
        h2 class="heading-m" { (tr.t("reports-forecast")) }
        p class="body" {
            (sentence(tr, Message::new("reports-forecast-sentence"), &[
                ("likely", html! { strong { (tr.money(f.likely())) } }),
                ("at_most", html! { strong { (tr.money(f.at_most())) } }),
            ]))
        }
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { (tr.t("reports-forecast-caption")) }
                thead {
                    tr {
                        th scope="col" { (tr.t("reports-forecast-where")) }
                        th scope="col" class="numeric" { (tr.t("reports-amount")) }
                        th scope="col" { (tr.t("reports-forecast-counts-as")) }
                    }
                }
                tbody {
                    tr { td { (tr.t("reports-forecast-not-set-aside")) } td class="numeric" { (tr.money(f.not_set_aside)) } td { (likely) } }
                    tr { td { (tr.t("reports-forecast-decided-rounds")) } td class="numeric" { (tr.money(f.left_in_decided_rounds)) } td { (likely) } }
                    tr { td { (tr.t("reports-forecast-deciding-rounds")) } td class="numeric" { (tr.money(f.left_in_deciding_rounds)) } td { (possible) } }
                    tr { td { (tr.t("reports-forecast-awaiting")) } td class="numeric" { (tr.money(f.awaiting_acceptance)) } td { (possible) } }
                }
            }
        }
    }
}

fn months_section(tr: Tr, pot: &Pot, report: &PotReport) -> Markup {
    let so_far = report.months.iter().filter(|m| !m.in_future).count();
    let upto = (so_far + 1).min(report.months.len());
    let (allocation, committed, paid) = (tr.t("reports-allocation"), tr.t("reports-committed"), tr.t("reports-paid"));
    let year = pot.year().label();
    let chart = pot_chart(tr, pot, report, (&allocation, &committed, &paid));
    let end = report.steps.last().copied();
    let description: Vec<String> =
        [(&allocation, end.map(|e| e.allocated)), (&committed, end.map(|e| e.committed)), (&paid, end.map(|e| e.paid))]
            .into_iter()
            .map(|(label, amount)| {
                let amount = amount.unwrap_or_default();
                if report.today.is_some() {
                    crate::t!(tr, "charts-so-far", label = label.as_str(), amount = amount)
                } else {
                    crate::t!(tr, "charts-year-end", label = label.as_str(), amount = amount)
                }
            })
            .collect();
    html! {
        h2 class="heading-m" { (crate::t!(tr, "reports-months-heading", year = &year)) }
        p class="body" { (tr.t("reports-months-chart-intro")) }
        (step_chart(tr, "months-chart", &crate::t!(tr, "reports-months-chart", year = &year), &description.join(&tr.t("charts-separator")), &chart))
        div class="table-wrapper" {
            table class="table" {
                caption { (tr.t("reports-months-caption")) }
                thead {
                    tr {
                        th scope="col" { (tr.t("reports-month")) }
                        th scope="col" class="numeric" { (allocation) }
                        th scope="col" class="numeric" { (committed) }
                        th scope="col" class="numeric" { (paid) }
                    }
                }
                tbody {
                    @for (index, month) in report.months.iter().enumerate() {
                        tr {
                            th scope="row" {
                                (crate::t!(tr, "reports-month-of-year", month = tr.t(month.label_key()), year = month.year.to_string()))
                                @if month.in_future && index < upto { " " (tr.t("reports-so-far")) }
                            }
                            td class="numeric" { (tr.money(month.allocated)) }
                            @if index < upto {
                                td class="numeric" { (tr.money(month.committed)) }
                                td class="numeric" { (tr.money(month.paid)) }
                            } @else {
                                td class="numeric" { span class="secondary-text" { (tr.t("reports-not-yet")) } }
                                td class="numeric" { span class="secondary-text" { (tr.t("reports-not-yet")) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The pot's year as steps: the allocation with what is committed and paid against it, then
/// committed and paid on their own scale, so £13,600 of £550,000 is still plain to read.
fn pot_chart<'a>(tr: Tr, pot: &Pot, report: &PotReport, labels: (&'a str, &'a str, &'a str)) -> StepChart<'a> {
    let (allocation, committed, paid) = labels;
    let series = |label: &'a str, colour: &'a str, stroke: Stroke, value: fn(&DayFigures) -> Pence| StepSeries {
        label,
        colour,
        stroke,
        steps: report.steps.iter().map(|day| (day.day, value(day))).collect(),
    };
    let year = pot.year();
    StepChart {
        days: crate::reports::pot::days_in(year),
        months: crate::reports::pot::month_starts(year)
            .into_iter()
            .zip(&report.months)
            .map(|(day, month)| (day, tr.t(month.label_key())))
            .collect(),
        today: report.today,
        panels: vec![
            StepPanel {
                title: tr.t("reports-chart-allocation-panel"),
                series: vec![
                    series(allocation, "#0b0c0c", Stroke::Dashed, |d| d.allocated),
                    series(committed, "#1d70b8", Stroke::Solid, |d| d.committed),
                    series(paid, "#00703c", Stroke::Dotted, |d| d.paid),
                ],
            },
            StepPanel {
                title: tr.t("reports-chart-spending-panel"),
                series: vec![
                    series(committed, "#1d70b8", Stroke::Solid, |d| d.committed),
                    series(paid, "#00703c", Stroke::Dotted, |d| d.paid),
                ],
            },
        ],
    }
}

fn rounds_section(tr: Tr, report: &PotReport) -> Markup {
    html! {
        h2 class="heading-m" { (tr.t("reports-rounds")) }
        @if report.rounds.is_empty() {
            p class="body" { (tr.t("reports-no-rounds")) }
        } @else {
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("reports-rounds-caption")) }
                    thead {
                        tr {
                            th scope="col" { (tr.t("reports-round")) }
                            th scope="col" class="numeric" { (tr.t("reports-budget")) }
                            th scope="col" class="numeric" { (tr.t("reports-committed")) }
                            th scope="col" class="numeric" { (tr.t("reports-paid")) }
                            th scope="col" class="numeric" { (tr.t("reports-released")) }
                            th scope="col" class="numeric" { (tr.t("reports-left-to-award")) }
                            th scope="col" class="numeric" { (tr.t("reports-waiting-on-acceptance")) }
                            th scope="col" { (tr.t("reports-status")) }
                        }
                    }
                    tbody {
                        @for line in &report.rounds {
                            @let rb = &line.balances;
                            tr {
                                td { a href={ "/manage/rounds/" (line.round.id) } { (line.round.name) } }
                                td class="numeric" { (tr.money(rb.assigned)) }
                                td class="numeric" { (tr.money(rb.committed)) }
                                td class="numeric" { (tr.money(rb.paid)) }
                                td class="numeric" { (tr.money(rb.released)) }
                                td class="numeric" { (tr.money((rb.assigned - rb.committed).max(Pence(0)))) }
                                td class="numeric" { (tr.money(line.awaiting)) }
                                td {
                                    @if line.undecided > 0 { (crate::t!(tr, "reports-bids-to-decide", count = line.undecided)) }
                                    @else if line.deciding { (tr.t("reports-round-open")) }
                                    @else { (tr.t("reports-round-decided")) }
                                }
                            }
                        }
                    }
                }
            }
            (kept_section(tr, report))
        }
    }
}

/// How much of each share kept for a community was awarded to groups led by it.
/// Help-to-apply costs paid from the pot: their own lines, counted in committed and paid.
fn help_to_apply_section(tr: Tr, report: &PotReport) -> Markup {
    if report.help_to_apply.is_empty() {
        return html! {};
    }
    let total = report.help_to_apply.iter().fold(Pence(0), |sum, entry| sum + Pence(entry.amount_pence));
    html! {
        h2 class="heading-m" { (tr.t("reports-help-to-apply-heading")) }
        p class="body" { (crate::t!(tr, "reports-help-to-apply-intro", total = total)) }
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { (tr.t("reports-help-to-apply-heading")) }
                thead { tr {
                    th scope="col" { (tr.t("manage-ledger-when")) }
                    th scope="col" { (tr.t("reports-help-to-apply-what")) }
                    th scope="col" class="numeric" { (tr.t("manage-pot-table-amount")) }
                } }
                tbody {
                    @for entry in &report.help_to_apply {
                        tr {
                            td { (tr.london_datetime(entry.created_at)) }
                            td { (tr.t("manage-ledger-help-to-apply")) ": " (entry.reason.as_deref().unwrap_or("")) }
                            td class="numeric" { (tr.money(Pence(entry.amount_pence))) }
                        }
                    }
                }
            }
        }
    }
}

fn kept_section(tr: Tr, report: &PotReport) -> Markup {
    let kept: Vec<(&RoundLine, &Standing)> =
        report.rounds.iter().flat_map(|line| line.kept.iter().map(move |standing| (line, standing))).collect();
    html! {
        @if !kept.is_empty() {
            h3 class="heading-s" { (tr.t("reports-kept-heading")) }
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("reports-kept-heading")) }
                    thead { tr {
                        th scope="col" { (tr.t("reports-round")) }
                        th scope="col" { (tr.t("reports-kept-for")) }
                        th scope="col" class="numeric" { (tr.t("reports-kept-share")) }
                        th scope="col" class="numeric" { (tr.t("reports-kept-awarded")) }
                        th scope="col" class="numeric" { (tr.t("reports-kept-bids")) }
                    } }
                    tbody {
                        @for (line, standing) in &kept {
                            tr {
                                td { (line.round.name) }
                                td { (tr.t(&standing.reservation.community_key())) }
                                td class="numeric" { (tr.money(standing.share)) }
                                td class="numeric" { (tr.money(standing.awarded)) " (" (percent(tr, standing.awarded, standing.share)) ")" }
                                td class="numeric" { (standing.awarded_bids) }
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
    /// Money spent on involvement in the current financial year (no names).
    pub involvement: (crate::funds::FinancialYear, &'a crate::involvement::rules::InvolvementSpend),
}

pub fn equity(ctx: &PageCtx, view: &EquityPage<'_>) -> Markup {
    let tr = ctx.tr;
    let scope = view.round.map_or_else(|| tr.t("reports-equity-scope-all-rounds"), |r| r.name.clone());
    let round_options: Vec<(String, String)> = std::iter::once((String::new(), tr.t("reports-equity-all-rounds")))
        .chain(view.rounds.iter().map(|r| (r.id.to_string(), r.name.clone())))
        .collect();
    let selected = view.round.map(|r| r.id.to_string()).unwrap_or_default();
    let all_bids = tr.t("reports-equity-all-bids");
    page(
        ctx,
        &crate::t!(tr, "reports-equity-title", programme = &view.programme.name),
        html! {
            span class="caption-l" { a href={ "/manage/programmes/" (view.programme.id) } { (view.programme.name) } }
            h1 class="heading-l" { (tr.t("reports-equity-heading")) }
            p class="body" { (crate::t!(tr, "reports-equity-intro", scope = scope)) }
            form method="get" action={ "/manage/programmes/" (view.programme.id) "/equity" } class="filter-form" {
                (super::components::select(tr, "round", &tr.t("reports-equity-round"), &round_options, &selected, None, &crate::forms::FieldErrors::new()))
                div class="checkboxes form-group" {
                    (super::components::checkbox(tr, "shareable", &tr.t("reports-equity-shareable"), view.shareable, None, None))
                }
                button type="submit" class="button button--secondary" { (tr.t("reports-equity-show")) }
            }
            @if view.shareable {
                div class="inset-text" { p class="body" { (crate::t!(tr, "reports-equity-hidden", largest_hidden = SMALLEST_SHOWN - 1)) } }
            } @else {
                div class="warning-text" { p class="body" { strong { (tr.t("reports-equity-small-numbers")) } } }
            }
            h2 class="heading-m" { (all_bids) }
            (funnel_table(tr, &all_bids, &[(RowLabel::Key("reports-equity-all-sent-bids"), view.report.total.clone())]))
            @for breakdown in &view.report.breakdowns {
                @let title = tr.t(breakdown.title);
                h2 class="heading-m" { (title) }
                @if !breakdown.partitions {
                    p class="body" { (tr.t(breakdown.overlap)) }
                }
                (funnel_table(tr, &title, &breakdown.rows))
            }
            (involvement_spend(tr, view.programme.id, view.involvement, view.shareable))
            h2 class="heading-m" { (tr.t("reports-equity-how-to-read")) }
            ul class="list" {
                li { (tr.t("reports-equity-read-money")) }
                li { (tr.t("reports-equity-read-answers")) }
                li { (tr.t("reports-equity-read-returning")) }
            }
        },
    )
}

/// "Money spent on involvement": the year's total, by kind, and how many people were paid.
fn involvement_spend(
    tr: Tr,
    programme_id: i64,
    (year, spend): (crate::funds::FinancialYear, &crate::involvement::rules::InvolvementSpend),
    shareable: bool,
) -> Markup {
    // Shared beyond the lead, a handful of people paid could be told apart: say "fewer than".
    let hide_people = shareable && (1..SMALLEST_SHOWN).contains(&(spend.people_paid as i64));
    let caption = crate::t!(tr, "reports-involvement-heading", year = year.label());
    html! {
        h2 class="heading-m" { (caption) }
        p class="body" {
            @if hide_people {
                (crate::t!(tr, "reports-involvement-summary-few", total = spend.total, smallest = SMALLEST_SHOWN))
            } @else {
                (crate::t!(tr, "reports-involvement-summary", total = spend.total, people = spend.people_paid as i64))
            }
            @if !spend.from_pot.is_zero() { " " (crate::t!(tr, "reports-involvement-from-pot", amount = spend.from_pot)) }
        }
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { (caption) }
                thead { tr {
                    th scope="col" { (tr.t("reports-involvement-kind")) }
                    th scope="col" class="numeric" { (tr.t("reports-involvement-payments")) }
                    th scope="col" class="numeric" { (tr.t("manage-pot-table-amount")) }
                } }
                tbody {
                    @for (kind, total, count) in &spend.by_kind {
                        tr {
                            td { (tr.t(kind.label_key())) }
                            td class="numeric" { (tr.number(*count as i64)) }
                            td class="numeric" { (tr.money(*total)) }
                        }
                    }
                }
            }
        }
        p class="body" { a href={ "/manage/programmes/" (programme_id) "/involvement?year=" (year.0) } { (tr.t("reports-involvement-link")) } }
    }
}

fn figure(tr: Tr, value: Figure) -> Markup {
    html! {
        @if value.hidden { span class="secondary-text" { (crate::t!(tr, "reports-equity-fewer-than", smallest = SMALLEST_SHOWN)) } }
        @else { (tr.number(value.count)) br; span class="secondary-text" { (tr.money(value.money)) } }
    }
}

fn funnel_table(tr: Tr, caption: &str, rows: &[(RowLabel, Funnel)]) -> Markup {
    html! {
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { (crate::t!(tr, "reports-equity-funnel-caption", table = caption)) }
                thead {
                    tr {
                        th scope="col" { (tr.t("reports-equity-group")) }
                        @for stage in Stage::ALL { th scope="col" class="numeric" { (tr.t(stage.label_key())) } }
                        th scope="col" class="numeric" { (tr.t("reports-equity-offered-of-applied")) }
                    }
                }
                tbody {
                    @for (label, funnel) in rows {
                        @let (applied, offered) = (funnel.at(Stage::Applied), funnel.at(Stage::Awarded));
                        tr {
                            th scope="row" { (label.text(tr)) }
                            @for stage in Stage::ALL { td class="numeric" { (figure(tr, funnel.at(stage))) } }
                            td class="numeric" {
                                @if applied.hidden || offered.hidden || applied.count == 0 { "—" }
                                @else { (crate::t!(tr, "reports-percent", percent = format!("{:.0}", offered.count as f64 * 100.0 / applied.count as f64))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Who is above and who is below the funding line, under the lead's ranking: one table per
/// way of dividing the bids still to decide, small numbers hidden. Nothing while no bid is
/// left to decide.
pub fn line_profile(tr: Tr, tables: &[LineTable]) -> Markup {
    let count = |value: Figure| -> Markup {
        html! {
            @if value.hidden { span class="secondary-text" { (crate::t!(tr, "reports-equity-fewer-than", smallest = SMALLEST_SHOWN)) } }
            @else { (tr.number(value.count)) }
        }
    };
    let any = tables.first().is_some_and(|table| table.total.iter().any(|f| f.count > 0));
    html! {
        @if any {
            section class="line-profile" aria-labelledby="line-profile-heading" {
                h2 class="heading-m" id="line-profile-heading" { (tr.t("reports-line-heading")) }
                p class="body" { (crate::t!(tr, "reports-line-intro", largest_hidden = SMALLEST_SHOWN - 1)) }
                @for table in tables {
                    @let title = tr.t(table.title);
                    h3 class="heading-s" { (title) }
                    @if !table.partitions { p class="body" { (tr.t("reports-line-overlap")) } }
                    div class="table-wrapper" {
                        table class="table" {
                            caption class="visually-hidden" { (crate::t!(tr, "reports-line-caption", table = title.as_str())) }
                            thead { tr {
                                th scope="col" { (tr.t("reports-equity-group")) }
                                th scope="col" class="numeric" { (tr.t("reports-line-above")) }
                                th scope="col" class="numeric" { (tr.t("reports-line-below")) }
                            } }
                            tbody {
                                @for (label, figures) in &table.rows {
                                    tr {
                                        th scope="row" { (label.text(tr)) }
                                        td class="numeric" { (count(figures[0])) }
                                        td class="numeric" { (count(figures[1])) }
                                    }
                                }
                                tr {
                                    th scope="row" { (tr.t("reports-line-all")) }
                                    td class="numeric" { (count(table.total[0])) }
                                    td class="numeric" { (count(table.total[1])) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
