//! Panel members' pages: their queue, and the review page with the bid, the criteria and the
//! scoring form.

use maud::{Markup, html};

use super::bids::{BidView, answers_with_files_at, multiline};
use super::components::{
    ButtonStyle, button, error_summary, london_datetime, post_form, summary_list, tag, textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::forms::FieldErrors;
use crate::review::model::Score;
use crate::review::scoring::ReviewForm;
use crate::review::{Recommendation, Review};
use crate::rounds::Criterion;

/// The panel member's queue, a page at a time (`page` from 1).
fn queue_tag(item: &crate::review::queries::QueueItem) -> Markup {
    if item.is_submitted() {
        tag("Submitted", "green")
    } else if item.is_started() {
        tag("Draft saved", "blue")
    } else {
        tag("Not started", "grey")
    }
}

pub fn queue(ctx: &PageCtx, queue: &crate::review::queries::QueuePage, page_number: usize) -> Markup {
    let tr = ctx.tr;
    let last_page = (queue.total as usize).div_ceil(crate::review::queries::QUEUE_PAGE_SIZE).max(1);
    page(
        ctx,
        "Bids to score",
        html! {
            h1 class="heading-l" { "Bids to score" }
            p class="body" { "You have submitted " (queue.done) " of " (queue.total) " reviews." }
            div class="inset-text" {
                p class="body" { "Score each bid on need and reach. Videos, recordings and written bids are equal; spelling, grammar and polish are not scored." }
            }
            @if queue.items.is_empty() {
                p class="body" { "No bids have been given to you yet. You will get an email when they are." }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { "Bids to score, those still to do first" }
                        thead { tr { th scope="col" { "Bid" } th scope="col" { "Round" } th scope="col" { "Your review" } } }
                        tbody {
                            @for item in &queue.items {
                                tr {
                                    td { a href={ "/panel/bids/" (item.bid_id) } { (if item.title.is_empty() { "Untitled bid" } else { item.title.as_str() }) } br; span class="secondary-text" { (item.reference.as_deref().unwrap_or("")) " · " (item.group_name) } }
                                    td { (item.round_name) }
                                    td { (queue_tag(item)) }
                                }
                            }
                        }
                    }
                }
                (super::components::pagination(tr, "Pages of bids to score", page_number, last_page, |n| format!("/panel?page={n}")))
            }
        },
    )
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
        &title_with_errors(tr, &format!("Score {}", bid.display_title()), page_view.errors),
        html! {
            (error_summary(tr, page_view.errors))
            span class="caption-l" { (bid.reference.as_deref().unwrap_or("")) " · " (page_view.view.round.name) }
            h1 class="heading-l" { (bid.display_title()) }
            div class="inset-text" {
                p class="body" { strong { "Score on need and reach, not on polish." } " Videos, recordings and written bids are equal. Spelling, grammar and how well anything is written are not scored." }
            }
            h2 class="heading-m" { "The group" }
            (summary_list(&[
                ("Name", html! { (group.name) }),
                ("Kind", html! { (group.kind_label()) }),
                ("Where they work", html! { (group.area) }),
                ("Helped by", html! { @match page_view.view.assisted_by { Some(name) => { (name) " (community connector)" }, None => "No one" } }),
            ]))
            (answers_with_files_at(&page_view.view, &base, false))

            h2 class="heading-m" id="scoring" { "Your scores" }
            @if page_view.may_change {
                (scoring_form(ctx, page_view, &base))
            } @else {
                p class="body" { "Panel scoring has closed or the bid has been decided, so your review cannot change now." }
            }
            @if page_view.own.is_some_and(|(r, _)| r.is_submitted()) {
                (others_reviews(page_view))
            } @else {
                p class="body secondary-text" { "You will see the other panel members' reviews once you have submitted yours." }
            }
            h2 class="heading-m" { "Conflict of interest" }
            details class="details" open[page_view.errors.text("note", tr).is_some()] {
                summary { "I have a conflict of interest with this group" }
                div class="details__text" {
                    p class="body" { "For example, you belong to the group, know its members well, or have worked with it. The bid will be given to someone else and your scores removed." }
                    (post_form(&format!("{base}/conflict"), &ctx.csrf_token, html! {
                        (textarea(tr, "note", "What is the conflict?", page_view.conflict_note, None, 3, page_view.errors))
                        (button("Declare a conflict", ButtonStyle::Warning))
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
        Recommendation::ALL.iter().map(|r| (r.as_str().to_string(), r.label().to_string())).collect();
    html! {
        (post_form(&format!("{base}/review"), &ctx.csrf_token, html! {
            @for criterion in page_view.criteria {
                @let error = errors.text(&criterion.key, tr);
                @let chosen = form.scores.get(&criterion.key).map(String::as_str).unwrap_or("");
                @let has_hint = !criterion.description.is_empty();
                @let described = super::components::described_by(&criterion.key, has_hint, error.is_some());
                div class={ "form-group" @if error.is_some() { " form-group--error" } } {
                    fieldset class="fieldset" aria-describedby=[described.as_deref()] {
                        legend class="fieldset__legend fieldset__legend--m" { (criterion.title) @if criterion.weight != 1 { " (counts " (criterion.weight) " times)" } }
                        @if has_hint { div class="hint" id={ (criterion.key) "-hint" } { (criterion.description) } }
                        @if let Some(error) = error { p class="error-message" id={ (criterion.key) "-error" } { span class="visually-hidden" { "Error: " } (error) } }
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
            (textarea(tr, "comment", "Your comment", &form.comment, Some("What stood out about need and reach. The lead may use it in feedback to the group."), 5, errors))
            (super::components::radios(tr, "recommendation", "Your recommendation", &recommendations, &form.recommendation, None, errors))
            @if page_view.has_media() {
                @let error = errors.text("watched", tr);
                div class={ "form-group" @if error.is_some() { " form-group--error" } } {
                    (super::components::checkbox(tr, "watched", "I have watched or listened to the group's video or recording", form.watched, None, error.as_deref()))
                }
            }
            div class="button-group" {
                button type="submit" class="button" name="intent" value="submit" { "Submit review" }
                @if !page_view.own.is_some_and(|(r, _)| r.is_submitted()) {
                    button type="submit" class="button button--secondary" name="intent" value="draft" { "Save as draft" }
                }
            }
        }))
    }
}

fn others_reviews(page_view: &ReviewPage<'_>) -> Markup {
    let own_id = page_view.own.map(|(r, _)| r.id);
    let others: Vec<&(Review, String, Vec<Score>)> =
        page_view.others.iter().filter(|(r, ..)| Some(r.id) != own_id).collect();
    html! {
        h2 class="heading-m" { "Other panel members' reviews" }
        @if others.is_empty() {
            p class="body" { "No one else has submitted a review yet." }
        }
        @for (review, name, scores) in others {
            div class="card" {
                h3 class="heading-s" { (name) }
                ul class="list list--plain" {
                    @for criterion in page_view.criteria {
                        @if let Some(score) = scores.iter().find(|s| s.criterion_id == criterion.id) {
                            li { (criterion.title) ": " strong { (score.score) } }
                        }
                    }
                }
                @if let Some(recommendation) = review.recommendation() { p class="body" { "Recommends: " (recommendation.label()) } }
                p class="body" { (multiline(&review.comment)) }
                @if let Some(at) = review.submitted_at { p class="body secondary-text" { "Submitted " (london_datetime(at)) } }
            }
        }
    }
}
