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

/// A line of monthly values for several series, with the months along the bottom.
pub struct Series<'a> {
    /// The line's name, in the reader's language.
    pub label: &'a str,
    pub colour: &'a str,
    /// Dashed lines are told apart from solid ones without colour.
    pub dashed: bool,
    pub values: Vec<Pence>,
}

/// A line chart of cumulative money by month over the financial year.
pub fn monthly_lines(tr: Tr, id: &str, title: &str, months: &[String], series: &[Series<'_>]) -> Markup {
    const WIDTH: f64 = 640.0;
    const HEIGHT: f64 = 260.0;
    const LEFT: f64 = 80.0;
    const BOTTOM: f64 = 30.0;
    let top = series.iter().flat_map(|s| s.values.iter()).map(|p| p.0).max().unwrap_or(0).max(1);
    let plot_width = WIDTH - LEFT - 10.0;
    let plot_height = HEIGHT - BOTTOM - 10.0;
    let step = if months.len() > 1 { plot_width / (months.len() - 1) as f64 } else { plot_width };
    let point = |index: usize, value: Pence| {
        let x = LEFT + index as f64 * step;
        let y = 10.0 + plot_height * (1.0 - value.0 as f64 / top as f64);
        format!("{x:.1},{y:.1}")
    };
    let description: Vec<String> = series
        .iter()
        .map(|s| {
            crate::t!(tr, "charts-year-end", label = s.label, amount = s.values.last().copied().unwrap_or_default())
        })
        .collect();
    html! {
        svg class="chart" id=(id) viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } width="100%" role="img"
            aria-labelledby={ (id) "-title " (id) "-desc" } xmlns="http://www.w3.org/2000/svg" {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (description.join(&tr.t("charts-separator"))) }
            line x1=(LEFT) y1="10" x2=(LEFT) y2=(HEIGHT - BOTTOM) stroke="#0b0c0c" {}
            line x1=(LEFT) y1=(HEIGHT - BOTTOM) x2=(WIDTH - 10.0) y2=(HEIGHT - BOTTOM) stroke="#0b0c0c" {}
            text x=(LEFT - 6.0) y="16" text-anchor="end" { (tr.money(Pence(top))) }
            text x=(LEFT - 6.0) y=(HEIGHT - BOTTOM) text-anchor="end" { (tr.money(Pence::ZERO)) }
            @for (index, month) in months.iter().enumerate() {
                text x=(format!("{:.1}", LEFT + index as f64 * step)) y=(HEIGHT - 10.0) text-anchor="middle" { (month) }
            }
            @for s in series {
                @let points: Vec<String> = s.values.iter().enumerate().map(|(i, v)| point(i, *v)).collect();
                polyline points=(points.join(" ")) fill="none" stroke=(s.colour) stroke-width="3"
                    stroke-dasharray=[s.dashed.then_some("8 5")] {}
            }
        }
        ul class="legend" {
            @for s in series {
                li { (swatch(s.colour)) " " @if s.dashed { (crate::t!(tr, "charts-dashed", label = s.label)) } @else { (s.label) } }
            }
        }
    }
}
