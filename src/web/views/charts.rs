//! Charts drawn on the server as SVG, each with a text title and description for screen
//! readers; pages always show the same figures in a table beside them. Their own words are in
//! `locales/…/staff/charts.ftl`; labels and titles come translated from the page.

use maud::{Markup, html};

use crate::i18n::Tr;
use crate::money::Pence;

/// One coloured part of a bar.
pub struct Segment<'a> {
    /// The part's name, in the reader's language.
    pub label: &'a str,
    pub amount: Pence,
    /// A fill colour; chosen to be told apart without colour too (the legend lists the order).
    pub colour: &'a str,
}

/// A small square of a colour, for legends (an SVG attribute, which the page's strict
/// content-security policy allows where a `style` attribute would be blocked).
fn swatch(colour: &str) -> Markup {
    html! {
        svg class="legend__swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" {
            rect x="0.5" y="0.5" width="15" height="15" fill=(colour) stroke="#0b0c0c" {}
        }
    }
}

/// A single horizontal bar split into segments, scaled to `total`: how a pot's money is used.
pub fn stacked_bar(tr: Tr, id: &str, title: &str, total: Pence, segments: &[Segment<'_>]) -> Markup {
    const WIDTH: f64 = 600.0;
    const HEIGHT: f64 = 48.0;
    let scale = if total.0 > 0 { WIDTH / total.0 as f64 } else { 0.0 };
    let mut placed = Vec::new();
    let mut x = 0.0;
    for segment in segments {
        let width = (segment.amount.0.max(0) as f64 * scale).min(WIDTH - x);
        if width > 0.0 {
            placed.push((x, width, segment.colour));
        }
        x += width;
    }
    let description: Vec<String> =
        segments.iter().map(|s| crate::t!(tr, "charts-amount", label = s.label, amount = s.amount)).collect();
    html! {
        svg class="chart" id=(id) viewBox={ "0 0 " (WIDTH) " " (HEIGHT + 2.0) } width="100%" role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } xmlns="http://www.w3.org/2000/svg" {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (description.join(&tr.t("charts-separator"))) }
            rect x="0" y="1" width=(WIDTH) height=(HEIGHT) fill="#f3f2f1" stroke="#0b0c0c" stroke-width="1" {}
            @for (x, width, colour) in &placed {
                rect x=(format!("{x:.1}")) y="1" width=(format!("{width:.1}")) height=(HEIGHT) fill=(colour) stroke="#0b0c0c" stroke-width="1" {}
            }
        }
        ul class="legend" {
            @for segment in segments {
                li { (swatch(segment.colour)) " " (crate::t!(tr, "charts-amount", label = segment.label, amount = segment.amount)) }
            }
        }
    }
}

/// How a line is drawn, so lines are told apart without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    Dashed,
    Dotted,
}

impl Stroke {
    fn dasharray(self) -> Option<&'static str> {
        match self {
            Stroke::Solid => None,
            Stroke::Dashed => Some("9 5"),
            Stroke::Dotted => Some("2 4"),
        }
    }

    fn legend_key(self) -> Option<&'static str> {
        match self {
            Stroke::Solid => None,
            Stroke::Dashed => Some("charts-dashed"),
            Stroke::Dotted => Some("charts-dotted"),
        }
    }
}

/// An amount of money over time that changes in steps: its value from each day on.
pub struct StepSeries<'a> {
    /// The line's name, in the reader's language.
    pub label: &'a str,
    pub colour: &'a str,
    pub stroke: Stroke,
    /// (day, value from that day on), days in order from 0; the first is the value at day 0.
    pub steps: Vec<(u32, Pence)>,
}

/// One panel of a step chart: its own vertical scale, fitted to its own series, so a small
/// amount in one panel is not flattened by a large one in another.
pub struct StepPanel<'a> {
    pub title: String,
    pub series: Vec<StepSeries<'a>>,
}

/// Money over a span of days (a financial year), drawn as steps on the day each change happened,
/// in panels stacked one above the other with the months along the bottom.
pub struct StepChart<'a> {
    /// How many days the span has.
    pub days: u32,
    /// The first day of each month and its short name.
    pub months: Vec<(u32, String)>,
    /// Today's day, if the span is not over: lines stop there and the rest is left unfilled.
    pub today: Option<u32>,
    pub panels: Vec<StepPanel<'a>>,
}

/// A piece of text placed on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    /// `start`, `middle` or `end`, as SVG's `text-anchor`.
    pub anchor: &'static str,
    pub text: String,
}

/// A round amount on a panel's vertical axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub value: Pence,
    pub y: f64,
    pub label: Label,
}

/// Where a panel's parts go.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelLayout {
    pub title: Label,
    pub top: f64,
    pub bottom: f64,
    pub ticks: Vec<Tick>,
    /// One path per series, in the panel's order: `M`, then only `H` and `V` moves.
    pub paths: Vec<String>,
}

/// Where everything on a step chart goes, in the units of its `viewBox`.
#[derive(Debug, Clone, PartialEq)]
pub struct StepLayout {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub panels: Vec<PanelLayout>,
    /// Month names, centred under each month; the x of each month's first day, for the grid.
    pub months: Vec<Label>,
    pub month_lines: Vec<f64>,
    /// Today's line and its word.
    pub today: Option<(f64, Label)>,
}

/// The size of the chart's text in `viewBox` units (the page's stylesheet sets the same): at
/// phone width (a 360 px column) it draws at about 12 px, on a desktop at about 18 px.
pub const FONT_SIZE: f64 = 13.0;
const WIDTH: f64 = 400.0;
const RIGHT_MARGIN: f64 = 12.0;
const PLOT_HEIGHT: f64 = 120.0;
const TITLE_ROW: f64 = 30.0;
const PANEL_GAP: f64 = 14.0;
const MONTH_ROW: f64 = 24.0;

/// The width of `text` at the chart's font size, erring wide (figures and capitals).
pub fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * FONT_SIZE * 0.62
}

/// Round amounts from £0 to at least `largest`: two to four steps of 1, 2, 2.5 or 5 times a
/// power of ten pounds (£0, £200,000, £400,000, £600,000). Nothing to show is £0 to £1,000.
pub fn round_ticks(largest: Pence) -> Vec<Pence> {
    let pounds = (largest.0.max(0) + 99) / 100;
    if pounds == 0 {
        return vec![Pence(0), Pence::from_pounds(500), Pence::from_pounds(1_000)];
    }
    let mut power = 1_i64;
    let step = loop {
        if let Some(step) =
            [power, power * 2, power * 5 / 2, power * 5].into_iter().find(|step| (pounds + step - 1) / step <= 4)
        {
            break step;
        }
        power *= 10;
    };
    let count = ((pounds + step - 1) / step).max(1);
    (0..=count).map(|i| Pence::from_pounds(i * step)).collect()
}

/// Lays out a step chart: pure geometry, apart from the page, so it can be tested. `money`
/// writes an amount for a tick; `today` is the word on today's line.
pub fn step_layout(chart: &StepChart<'_>, money: impl Fn(Pence) -> String, today_word: &str) -> StepLayout {
    let all_ticks: Vec<Vec<Pence>> = chart
        .panels
        .iter()
        .map(|panel| {
            let largest = panel.series.iter().flat_map(|s| s.steps.iter().map(|(_, v)| *v)).max().unwrap_or_default();
            round_ticks(largest)
        })
        .collect();
    let widest = all_ticks.iter().flatten().map(|value| text_width(&money(*value))).fold(0.0, f64::max);
    let left = (widest + 10.0).max(48.0).ceil();
    let right = WIDTH - RIGHT_MARGIN;
    let days = f64::from(chart.days.max(1));
    let x_of = |day: u32| left + (right - left) * f64::from(day.min(chart.days)) / days;
    let end_day = chart.today.map_or(chart.days, |today| (today + 1).min(chart.days));
    let mut y = 0.0;
    let mut panels = Vec::new();
    for (panel, ticks) in chart.panels.iter().zip(all_ticks) {
        let top = y + TITLE_ROW;
        let bottom = top + PLOT_HEIGHT;
        let highest = ticks.last().map_or(1, |t| t.0.max(1)) as f64;
        let y_of = |value: Pence| bottom - PLOT_HEIGHT * (value.0.max(0) as f64 / highest);
        let paths = panel.series.iter().map(|series| step_path(&series.steps, end_day, &x_of, &y_of)).collect();
        panels.push(PanelLayout {
            title: Label { x: 0.0, y: y + FONT_SIZE + 4.0, anchor: "start", text: panel.title.clone() },
            top,
            bottom,
            ticks: ticks
                .into_iter()
                .map(|value| {
                    let tick_y = y_of(value);
                    Tick {
                        value,
                        y: tick_y,
                        label: Label { x: left - 6.0, y: tick_y + FONT_SIZE * 0.35, anchor: "end", text: money(value) },
                    }
                })
                .collect(),
            paths,
        });
        y = bottom + PANEL_GAP;
    }
    let last_bottom = panels.last().map_or(0.0, |p| p.bottom);
    let mut starts: Vec<u32> = chart.months.iter().map(|(day, _)| *day).collect();
    starts.push(chart.days);
    let months = chart
        .months
        .iter()
        .zip(starts.windows(2))
        .map(|((_, name), span)| Label {
            x: (x_of(span[0]) + x_of(span[1])) / 2.0,
            y: last_bottom + FONT_SIZE + 6.0,
            anchor: "middle",
            text: name.clone(),
        })
        .collect();
    let today = chart.today.map(|day| {
        let x = x_of(day);
        let width = text_width(today_word);
        // The word sits beside the line, on whichever side has room for it.
        let (label_x, anchor) = if x + 4.0 + width <= right { (x + 4.0, "start") } else { (x - 4.0, "end") };
        let top = panels.first().map_or(0.0, |p| p.top);
        (x, Label { x: label_x, y: top + FONT_SIZE, anchor, text: today_word.to_string() })
    });
    StepLayout {
        width: WIDTH,
        height: last_bottom + MONTH_ROW + 4.0,
        left,
        right,
        panels,
        months,
        month_lines: chart.months.iter().map(|(day, _)| x_of(*day)).collect(),
        today,
    }
}

/// A path of horizontal and vertical moves only: level until the day a value changes, then
/// straight up or down, ending at `end_day`.
fn step_path(steps: &[(u32, Pence)], end_day: u32, x_of: &impl Fn(u32) -> f64, y_of: &impl Fn(Pence) -> f64) -> String {
    let first = steps.first().map_or(Pence(0), |(_, v)| *v);
    let mut path = format!("M{:.1},{:.1}", x_of(0), y_of(first));
    let mut level = first;
    for (day, value) in steps.iter().skip(1).filter(|(day, _)| *day < end_day) {
        if *value != level {
            path.push_str(&format!("H{:.1}V{:.1}", x_of(*day), y_of(*value)));
            level = *value;
        }
    }
    path.push_str(&format!("H{:.1}", x_of(end_day)));
    path
}

/// Draws a step chart with its legend; `description` is read out by screen readers.
pub fn step_chart(tr: Tr, id: &str, title: &str, description: &str, chart: &StepChart<'_>) -> Markup {
    let layout = step_layout(chart, |amount| tr.money(amount), &tr.t("charts-today"));
    let text = |label: &Label| {
        html! { text x=(format!("{:.1}", label.x)) y=(format!("{:.1}", label.y)) text-anchor=(label.anchor) { (label.text) } }
    };
    let legend: Vec<&StepSeries<'_>> = {
        let mut seen: Vec<&StepSeries<'_>> = Vec::new();
        for series in chart.panels.iter().flat_map(|p| p.series.iter()) {
            if !seen.iter().any(|s| s.label == series.label) {
                seen.push(series);
            }
        }
        seen
    };
    html! {
        svg class="chart chart--steps" id=(id) viewBox={ "0 0 " (layout.width) " " (format!("{:.0}", layout.height)) } width="100%" role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } xmlns="http://www.w3.org/2000/svg" {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (description) }
            @for (panel, spec) in layout.panels.iter().zip(&chart.panels) {
                g class="chart__panel" {
                    (text(&panel.title))
                    rect x=(layout.left) y=(format!("{:.1}", panel.top)) width=(format!("{:.1}", layout.right - layout.left))
                        height=(format!("{:.1}", panel.bottom - panel.top)) fill="#ffffff" stroke="none" {}
                    @for x in &layout.month_lines {
                        line class="chart__grid" x1=(format!("{x:.1}")) y1=(format!("{:.1}", panel.top)) x2=(format!("{x:.1}")) y2=(format!("{:.1}", panel.bottom))
                            stroke="#b1b4b6" stroke-width="0.5" {}
                    }
                    @for tick in &panel.ticks {
                        line class="chart__tick" x1=(format!("{:.1}", layout.left - 3.0)) y1=(format!("{:.1}", tick.y)) x2=(format!("{:.1}", layout.right)) y2=(format!("{:.1}", tick.y))
                            stroke=(if tick.value.is_zero() { "#0b0c0c" } else { "#b1b4b6" }) stroke-width=(if tick.value.is_zero() { "1" } else { "0.5" }) {}
                        g class="chart__tick-label" { (text(&tick.label)) }
                    }
                    line x1=(layout.left) y1=(format!("{:.1}", panel.top)) x2=(layout.left) y2=(format!("{:.1}", panel.bottom)) stroke="#0b0c0c" {}
                    @for (path, series) in panel.paths.iter().zip(&spec.series) {
                        path class="chart__step" d=(path) fill="none" stroke=(series.colour) stroke-width="2.5"
                            stroke-linejoin="miter" stroke-dasharray=[series.stroke.dasharray()] {}
                    }
                    @if let Some((x, _)) = &layout.today {
                        line class="chart__today" x1=(format!("{x:.1}")) y1=(format!("{:.1}", panel.top)) x2=(format!("{x:.1}")) y2=(format!("{:.1}", panel.bottom))
                            stroke="#505a5f" stroke-width="1.5" stroke-dasharray="4 3" {}
                    }
                }
            }
            @if let Some((_, label)) = &layout.today { (text(label)) }
            @for month in &layout.months { (text(month)) }
        }
        ul class="legend" {
            @for series in legend {
                li {
                    (swatch(series.colour)) " "
                    @if let Some(key) = series.stroke.legend_key() { (crate::t!(tr, key, label = series.label)) } @else { (series.label) }
                }
            }
            @if layout.today.is_some() { li { (tr.t("charts-today-legend")) } }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pounds(amount: i64) -> Pence {
        Pence::from_pounds(amount)
    }

    /// The pot the issue describes: £550,000 allocated, £13,600 committed, £2,000 paid, with a
    /// carry-forward in during the year.
    fn board_chart(today: Option<u32>) -> StepChart<'static> {
        let months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
        let starts = [0, 30, 61, 91, 122, 153, 183, 214, 244, 275, 306, 334];
        let committed = vec![(0, pounds(0)), (40, pounds(0)), (200, pounds(6_000)), (230, pounds(13_600))];
        let paid = vec![(0, pounds(0)), (40, pounds(0)), (200, pounds(0)), (230, pounds(2_000))];
        StepChart {
            days: 365,
            months: starts.iter().zip(months).map(|(d, m)| (*d, m.to_string())).collect(),
            today,
            panels: vec![
                StepPanel {
                    title: "Allocation".to_string(),
                    series: vec![
                        StepSeries {
                            label: "Allocation",
                            colour: "#0b0c0c",
                            stroke: Stroke::Dashed,
                            steps: vec![(0, pounds(350_000)), (40, pounds(550_000)), (200, pounds(550_000))],
                        },
                        StepSeries {
                            label: "Committed",
                            colour: "#1d70b8",
                            stroke: Stroke::Solid,
                            steps: committed.clone(),
                        },
                    ],
                },
                StepPanel {
                    title: "Committed and paid".to_string(),
                    series: vec![
                        StepSeries { label: "Committed", colour: "#1d70b8", stroke: Stroke::Solid, steps: committed },
                        StepSeries { label: "Paid", colour: "#00703c", stroke: Stroke::Dotted, steps: paid },
                    ],
                },
            ],
        }
    }

    fn layout(today: Option<u32>) -> StepLayout {
        let tr = crate::i18n::Tr::source();
        step_layout(&board_chart(today), |p| tr.money(p), "Today")
    }

    /// The path's moves as (command, numbers).
    fn moves(path: &str) -> Vec<(char, Vec<f64>)> {
        let mut out: Vec<(char, String)> = Vec::new();
        for c in path.chars() {
            if c.is_ascii_alphabetic() {
                out.push((c, String::new()));
            } else if let Some(last) = out.last_mut() {
                last.1.push(c);
            }
        }
        out.into_iter().map(|(c, n)| (c, n.split(',').map(|v| v.parse().unwrap()).collect())).collect()
    }

    #[test]
    fn money_moves_in_steps_on_the_day() {
        let layout = layout(Some(300));
        for panel in &layout.panels {
            for path in &panel.paths {
                let moves = moves(path);
                assert_eq!(moves[0].0, 'M', "{path}");
                assert!(moves[1..].iter().all(|(c, n)| matches!(c, 'H' | 'V') && n.len() == 1), "{path}");
            }
        }
        // The carry-forward in on day 40 is a vertical rise at day 40, not a slope.
        let allocation = moves(&layout.panels[0].paths[0]);
        let x40 = layout.left + (layout.right - layout.left) * 40.0 / 365.0;
        let h = allocation.iter().position(|(c, _)| *c == 'H').unwrap();
        assert!((allocation[h].1[0] - x40).abs() < 0.1, "{allocation:?}");
        assert_eq!(allocation[h + 1].0, 'V');
        // The lines stop at the end of today; the rest of the year is left empty.
        let today_end = layout.left + (layout.right - layout.left) * 301.0 / 365.0;
        assert!((allocation.last().unwrap().1[0] - today_end).abs() < 0.1);
        let whole_year = step_layout(&board_chart(None), |p| p.0.to_string(), "Today");
        assert!((moves(&whole_year.panels[0].paths[0]).last().unwrap().1[0] - whole_year.right).abs() < 0.1);
        assert!(whole_year.today.is_none());
    }

    #[test]
    fn the_ticks_are_labelled_round_amounts() {
        assert_eq!(round_ticks(pounds(550_000)), [0, 200_000, 400_000, 600_000].map(pounds));
        assert_eq!(round_ticks(pounds(13_600)), [0, 5_000, 10_000, 15_000].map(pounds));
        assert_eq!(round_ticks(pounds(100_000)), [0, 25_000, 50_000, 75_000, 100_000].map(pounds));
        assert_eq!(round_ticks(Pence(1)), [0, 1].map(pounds));
        assert_eq!(round_ticks(Pence(0)), [0, 500, 1_000].map(pounds));
        let layout = layout(Some(300));
        let labels: Vec<Vec<&str>> =
            layout.panels.iter().map(|p| p.ticks.iter().map(|t| t.label.text.as_str()).collect()).collect();
        assert_eq!(labels[0], ["£0", "£200,000", "£400,000", "£600,000"]);
        assert_eq!(labels[1], ["£0", "£5,000", "£10,000", "£15,000"]);
        for panel in &layout.panels {
            assert!((panel.ticks[0].y - panel.bottom).abs() < 0.01, "£0 on the axis");
            assert!((panel.ticks.last().unwrap().y - panel.top).abs() < 0.01, "the top tick at the top");
        }
        let months: Vec<&str> = layout.months.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(months.first(), Some(&"Apr"));
        assert_eq!(months.last(), Some(&"Mar"));
    }

    #[test]
    fn the_smallest_series_is_given_a_readable_height() {
        let layout = layout(Some(300));
        let spending = &layout.panels[1];
        let committed = moves(&spending.paths[0]);
        let highest = committed.iter().filter(|(c, _)| *c == 'V').map(|(_, n)| n[0]).fold(f64::MAX, f64::min);
        let share = (spending.bottom - highest) / (spending.bottom - spending.top);
        assert!(share > 0.8, "£13,600 of a £15,000 scale, not of £550,000: {share}");
        let paid = moves(&spending.paths[1]);
        let paid_top = paid.iter().filter(|(c, _)| *c == 'V').map(|(_, n)| n[0]).fold(f64::MAX, f64::min);
        assert!(spending.bottom - paid_top > 10.0, "£2,000 stands clear of the axis");
        // On the allocation's panel the same £13,600 is barely off the axis: why the second panel.
        let flat = moves(&layout.panels[0].paths[1]);
        let flat_top = flat.iter().filter(|(c, _)| *c == 'V').map(|(_, n)| n[0]).fold(f64::MAX, f64::min);
        assert!(layout.panels[0].bottom - flat_top < 5.0);
    }

    #[test]
    fn nothing_lies_outside_the_view_box() {
        for today in [Some(0), Some(200), Some(364), None] {
            let layout = layout(today);
            let inside = |label: &Label| {
                let width = text_width(&label.text);
                let (from, to) = match label.anchor {
                    "start" => (label.x, label.x + width),
                    "end" => (label.x - width, label.x),
                    _ => (label.x - width / 2.0, label.x + width / 2.0),
                };
                from >= 0.0 && to <= layout.width && label.y - FONT_SIZE >= 0.0 && label.y + 4.0 <= layout.height
            };
            let mut labels: Vec<&Label> = layout.months.iter().collect();
            for panel in &layout.panels {
                labels.push(&panel.title);
                labels.extend(panel.ticks.iter().map(|t| &t.label));
                for path in &panel.paths {
                    for (c, n) in moves(path) {
                        let within = match c {
                            'M' => (0.0..=layout.width).contains(&n[0]) && (0.0..=layout.height).contains(&n[1]),
                            'H' => (layout.left..=layout.right).contains(&n[0]),
                            _ => (panel.top..=panel.bottom).contains(&n[0]),
                        };
                        assert!(within, "{path}");
                    }
                }
            }
            if let Some((x, label)) = &layout.today {
                assert!((layout.left..=layout.right).contains(x));
                labels.push(label);
            }
            for label in labels {
                assert!(inside(label), "{label:?} at {today:?}");
            }
            // Month names do not run into each other.
            for pair in layout.months.windows(2) {
                let gap = pair[1].x - pair[0].x;
                assert!(gap > (text_width(&pair[0].text) + text_width(&pair[1].text)) / 2.0, "{pair:?}");
            }
        }
    }
}
