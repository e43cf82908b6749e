//! Panel members' pages: their queue, and the review page with the bid, the criteria and the
//! scoring form. The words are in `locales/…/staff/panel.ftl`.

use maud::{Markup, html};

use super::bids::{BidView, answers_with_files_at, multiline};
use super::components::{
    ButtonStyle, button, error_summary, post_form, summary_list, tag, textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::review::deadline::PanelDeadline;
use crate::review::model::Score;
use crate::review::scoring::ReviewForm;
use crate::review::{Recommendation, Review};
use crate::rounds::Criterion;

/// Where the member is with one bid of their queue.
fn queue_tag(tr: Tr, item: &crate::review::queries::QueueItem) -> Markup {
    if item.is_submitted() {
        tag(&tr.t("panel-queue-submitted"), "green")
    } else if item.is_started() {
        tag(&tr.t("panel-queue-draft"), "blue")
    } else {
        tag(&tr.t("panel-queue-not-started"), "grey")
    }
}

/// "Reviews due by Friday 16 January 2027 (in 3 days)": the panel's deadline with how far off
/// it is in London days.
pub fn due_by(tr: Tr, due: chrono::NaiveDate, now: chrono::NaiveDateTime) -> String {
    use chrono::Datelike;
    let weekday = tr.t(WEEKDAY_KEYS[due.weekday().num_days_from_monday() as usize]);
    let days = crate::review::deadline::days_left(due, now);
    let when = if days >= 0 {
        crate::t!(tr, "panel-due-in", days = days)
    } else {
        crate::t!(tr, "panel-due-ago", days = -days)
    };
    crate::t!(tr, "panel-due-by", weekday = weekday, date = tr.date(due), when = when)
}

const WEEKDAY_KEYS: [&str; 7] = [
    "panel-weekday-1",
    "panel-weekday-2",
    "panel-weekday-3",
    "panel-weekday-4",
    "panel-weekday-5",
    "panel-weekday-6",
    "panel-weekday-7",
];

/// Each round with a deadline where the member still has reviews to send: how many, and by when.
pub fn deadlines(tr: Tr, deadlines: &[PanelDeadline], now: chrono::NaiveDateTime) -> Markup {
    html! {
        @if !deadlines.is_empty() {
            ul class="list list--plain panel-deadlines" {
                @for deadline in deadlines {
                    li {
                        strong { (due_by(tr, deadline.due_on, now)) }
                        br;
                        (crate::t!(tr, "panel-deadline-round", round = &deadline.round_name, count = deadline.to_send))
                    }
                }
            }
        }
    }
}

/// The panel member's queue, a page at a time (`page` from 1), with their deadlines above it.
pub fn queue(
    ctx: &PageCtx,
    queue: &crate::review::queries::QueuePage,
    due: &[PanelDeadline],
    departures: &[crate::review::queries::Departure],
    page_number: usize,
    now: chrono::NaiveDateTime,
) -> Markup {
    let tr = ctx.tr;
    let last_page = (queue.total as usize).div_ceil(crate::review::queries::QUEUE_PAGE_SIZE).max(1);
    let untitled = tr.t("panel-untitled-bid");
    page(
        ctx,
        &tr.t("panel-queue-title"),
        html! {
            h1 class="heading-l" { (tr.t("panel-queue-title")) }
            p class="body" { (crate::t!(tr, "panel-queue-progress", done = queue.done, total = queue.total)) }
            p class="body" { a href="/panel/payments" { (tr.t("panel-queue-payments-link")) } }
            (deadlines(tr, due, now))
            div class="inset-text" {
                p class="body" { (tr.t("panel-queue-fairness")) }
            }
            @if queue.items.is_empty() {
                p class="body" { (tr.t("panel-queue-empty")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("panel-queue-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("panel-queue-bid")) }
                            th scope="col" { (tr.t("panel-queue-round")) }
                            th scope="col" { (tr.t("panel-queue-your-review")) }
                            th scope="col" { (tr.t("panel-queue-outcome")) }
                        } }
                        tbody {
                            @for item in &queue.items {
                                tr {
                                    td { a href={ "/panel/bids/" (item.bid_id) } { (if item.title.is_empty() { untitled.as_str() } else { item.title.as_str() }) } br; span class="secondary-text" { (item.reference.as_deref().unwrap_or("")) " · " (item.group_name) } }
                                    td { (item.round_name) }
                                    td { (queue_tag(tr, item)) }
                                    td { (outcome(tr, item)) }
                                }
                            }
                        }
                    }
                }
                (super::components::pagination(tr, &tr.t("panel-queue-pages"), page_number, last_page, |n| format!("/panel?page={n}")))
            }
            (departures_section(tr, departures))
        },
    )
}

/// The decisions that departed from the ranking in the member's rounds, each with the lead's
/// reason: a lead who funds out of rank order says why, to the people who ranked.
fn departures_section(tr: crate::i18n::Tr, departures: &[crate::review::queries::Departure]) -> Markup {
    html! {
        @if !departures.is_empty() {
            h2 class="heading-m" { (tr.t("panel-departures-heading")) }
            p class="body" { (tr.t("panel-departures-intro")) }
            ul class="list" {
                @for d in departures {
                    li id={ "departure-" (d.bid_id) } {
                        strong { (d.reference.as_deref().unwrap_or("")) " " (d.title) }
                        " (" (d.round_name) ")" br;
                        (departure_words(tr, d)) br;
                        span class="preserve-lines" { (crate::t!(tr, "panel-departure-reason", reason = d.reason.as_str())) }
                    }
                }
            }
        }
    }
}

/// "Funded, though below the funding line" and the like.
fn departure_words(tr: crate::i18n::Tr, departure: &crate::review::queries::Departure) -> String {
    crate::t!(tr, "panel-departure", decision = departure.decision.as_str(), position = departure.position.as_str())
}

/// What came of a bid the member scored: funded (and how much), not funded, on the waiting
/// list, or not decided yet.
fn outcome(tr: crate::i18n::Tr, item: &crate::review::queries::QueueItem) -> Markup {
    use crate::bids::BidState::*;
    html! {
        @match (item.state, item.awarded) {
            (Awarded | Active | Completed, Some(amount)) => (crate::t!(tr, "panel-outcome-funded", amount = amount)),
            (Declined, _) => (tr.t("panel-outcome-not-funded")),
            (Waitlisted, _) => (tr.t("panel-outcome-waitlisted")),
            (Withdrawn, _) => (tr.t("panel-outcome-withdrawn")),
            (Cancelled, _) => (tr.t("panel-outcome-cancelled")),
            _ => span class="secondary-text" { (tr.t("panel-outcome-not-yet")) },
        }
        @if let Some(departure) = &item.departure {
            br; a href={ "#departure-" (departure.bid_id) } { (tr.t("panel-departure-see-reason")) }
        }
    }
}

/// Everything the review page shows.
pub struct ReviewPage<'a> {
    pub view: BidView<'a>,
    pub criteria: &'a [Criterion],
    pub own: Option<&'a (Review, Vec<Score>)>,
    pub form: ReviewForm,
    pub others: &'a [(Review, String, Vec<Score>)],
    pub may_change: bool,
    pub errors: &'a FieldErrors,
    /// The conflict note as typed, kept when the declaration is refused.
    pub conflict_note: &'a str,
}

impl ReviewPage<'_> {
    fn has_media(&self) -> bool {
        !self.view.bid.video_url.is_empty() || self.view.files.iter().any(|f| f.is_recording())
    }
}

/// The form's values from a saved review (used when there is nothing newer to show).
pub fn form_from_review(review: Option<&(Review, Vec<Score>)>, criteria: &[Criterion]) -> ReviewForm {
    let Some((review, scores)) = review else { return ReviewForm::default() };
    ReviewForm {
        scores: criteria
            .iter()
            .filter_map(|c| {
                scores.iter().find(|s| s.criterion_id == c.id).map(|s| (c.key.clone(), s.score.to_string()))
            })
            .collect(),
        comment: review.comment.clone(),
        recommendation: review.recommendation.clone().unwrap_or_default(),
        watched: review.watched,
        intent: String::new(),
    }
}

pub fn review(ctx: &PageCtx, page_view: &ReviewPage<'_>) -> Markup {
    let tr = ctx.tr;
    let bid = page_view.view.bid;
    let group = page_view.view.group;
    let base = format!("/panel/bids/{}", bid.id);
    page(
        ctx,
        &title_with_errors(tr, &crate::t!(tr, "panel-review-title", bid = bid.display_title(tr)), page_view.errors),
        html! {
            (error_summary(tr, page_view.errors))
            span class="caption-l" { (bid.reference.as_deref().unwrap_or("")) " · " (page_view.view.round.name) }
            h1 class="heading-l" { (bid.display_title(tr)) }
            div class="inset-text" {
                p class="body" { strong { (tr.t("panel-review-fairness")) } " " (tr.attr("panel-review-fairness", "more")) }
            }
            h2 class="heading-m" { (tr.t("panel-group-heading")) }
            (summary_list(&[
                (&tr.t("panel-group-name"), html! { (group.name) }),
                (&tr.t("panel-group-kind"), html! { (tr.t(group.kind_label_key())) }),
                (&tr.t("panel-group-area"), html! { (group.area) }),
                (&tr.t("panel-group-helped-by"), html! { @match page_view.view.assisted_by { Some(name) => (crate::t!(tr, "panel-group-connector", name = name)), None => (tr.t("panel-group-no-one")) } }),
            ]))
            (answers_with_files_at(tr, &page_view.view, &base, false))

            h2 class="heading-m" id="scoring" { (tr.t("panel-scores-heading")) }
            @if page_view.may_change {
                (scoring_form(ctx, page_view, &base))
            } @else {
                p class="body" { (tr.t("panel-scores-closed")) }
            }
            @if page_view.own.is_some_and(|(r, _)| r.is_submitted()) {
                (others_reviews(tr, page_view))
            } @else {
                p class="body secondary-text" { (tr.t("panel-others-after-yours")) }
            }
            h2 class="heading-m" { (tr.t("panel-conflict-heading")) }
            details class="details" open[page_view.errors.text("note", tr).is_some()] {
                summary { (tr.t("panel-conflict-summary")) }
                div class="details__text" {
                    p class="body" { (tr.t("panel-conflict-intro")) }
                    (post_form(&format!("{base}/conflict"), &ctx.csrf_token, html! {
                        (textarea(tr, "note", &tr.t("panel-conflict-note"), page_view.conflict_note, None, 3, page_view.errors))
                        (button(&tr.t("panel-conflict-button"), ButtonStyle::Warning))
                    }))
                }
            }
        },
    )
}

fn scoring_form(ctx: &PageCtx, page_view: &ReviewPage<'_>, base: &str) -> Markup {
    let tr = ctx.tr;
    let form = &page_view.form;
    let errors = page_view.errors;
    let recommendations: Vec<(String, String)> =
        Recommendation::ALL.iter().map(|r| (r.as_str().to_string(), tr.t(r.label_key()))).collect();
    html! {
        (post_form(&format!("{base}/review"), &ctx.csrf_token, html! {
            @for criterion in page_view.criteria {
                @let error = errors.text(&criterion.key, tr);
                @let chosen = form.scores.get(&criterion.key).map(String::as_str).unwrap_or("");
                @let has_hint = !criterion.description.is_empty();
                @let described = super::components::described_by(&criterion.key, has_hint, error.is_some());
                div class={ "form-group" @if error.is_some() { " form-group--error" } } {
                    fieldset class="fieldset" aria-describedby=[described.as_deref()] {
                        legend class="fieldset__legend fieldset__legend--m" {
                            @if criterion.weight != 1 { (crate::t!(tr, "panel-criterion-weighted", criterion = criterion.title.as_str(), weight = criterion.weight)) } @else { (criterion.title) }
                        }
                        @if has_hint { div class="hint" id={ (criterion.key) "-hint" } { (criterion.description) } }
                        @if let Some(error) = error { p class="error-message" id={ (criterion.key) "-error" } { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) } }
                        div class="radios" {
                            @for (index, descriptor) in criterion.descriptors().iter().enumerate() {
                                @let score = (index + 1).to_string();
                                @let id = if index == 0 { criterion.key.clone() } else { format!("{}-{}", criterion.key, index + 1) };
                                div class="radios__item" {
                                    input class="radios__input" type="radio" id=(id) name=(criterion.key) value=(score) checked[chosen == score];
                                    label class="radios__label" for=(id) { strong { (score) } " — " (descriptor) }
                                }
                            }
                        }
                    }
                }
            }
            (textarea(tr, "comment", &tr.t("panel-comment"), &form.comment, Some(&tr.attr("panel-comment", "hint")), 5, errors))
            (super::components::radios(tr, "recommendation", &tr.t("panel-recommendation"), &recommendations, &form.recommendation, None, errors))
            @if page_view.has_media() {
                @let error = errors.text("watched", tr);
                div class={ "form-group" @if error.is_some() { " form-group--error" } } {
                    (super::components::checkbox(tr, "watched", &tr.t("panel-watched"), form.watched, None, error.as_deref()))
                }
            }
            div class="button-group" {
                button type="submit" class="button" name="intent" value="submit" { (tr.t("panel-submit-review")) }
                @if !page_view.own.is_some_and(|(r, _)| r.is_submitted()) {
                    button type="submit" class="button button--secondary" name="intent" value="draft" { (tr.t("panel-save-draft")) }
                }
            }
        }))
    }
}

fn others_reviews(tr: Tr, page_view: &ReviewPage<'_>) -> Markup {
    let own_id = page_view.own.map(|(r, _)| r.id);
    let others: Vec<&(Review, String, Vec<Score>)> =
        page_view.others.iter().filter(|(r, ..)| Some(r.id) != own_id).collect();
    html! {
        h2 class="heading-m" { (tr.t("panel-others-heading")) }
        @if others.is_empty() {
            p class="body" { (tr.t("panel-others-none")) }
        }
        @for (review, name, scores) in others {
            div class="card" {
                h3 class="heading-s" { (name) }
                ul class="list list--plain" {
                    @for criterion in page_view.criteria {
                        @if let Some(score) = scores.iter().find(|s| s.criterion_id == criterion.id) {
                            li { (crate::t!(tr, "panel-others-criterion", criterion = criterion.title.as_str())) " " strong { (score.score) } }
                        }
                    }
                }
                @if let Some(recommendation) = review.recommendation() {
                    p class="body" { (crate::t!(tr, "panel-others-recommends", recommendation = Message::new(recommendation.label_key()))) }
                }
                p class="body" { (multiline(&review.comment)) }
                @if let Some(at) = review.submitted_at { p class="body secondary-text" { (crate::t!(tr, "panel-others-submitted", datetime = tr.london_datetime(at))) } }
            }
        }
    }
}
