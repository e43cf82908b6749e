//! After the award: the offer the group accepts, payments, the light report, and the lead's
//! payments and completion.

use maud::{Markup, html};

use super::bids::{multiline, video_link};
use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, london_date, post_form, radios, summary_list,
    textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::bids::{Bid, BidState};
use crate::decisions::Award;
use crate::forms::FieldErrors;
use crate::grants::rules::{AcceptForm, PaymentForm, ReportForm};
use crate::grants::{GrantReport, Payment};
use crate::money::Pence;

/// Everything about an award the group and the lead see.
pub struct AwardView<'a> {
    pub bid: &'a Bid,
    pub award: &'a Award,
    pub payments: &'a [Payment],
    pub report: Option<&'a GrantReport>,
}

impl AwardView<'_> {
    pub fn paid(&self) -> Pence {
        self.payments.iter().map(Payment::amount).sum()
    }
}

fn offer_facts(view: &AwardView<'_>) -> Markup {
    let award = view.award;
    summary_list(&[
        (
            "Award",
            html! { strong { (award.amount()) } @if view.bid.amount().is_some_and(|asked| asked != award.amount()) { " (you asked for " (view.bid.amount().unwrap_or_default()) ")" } },
        ),
        ("Conditions", html! { @if award.conditions.is_empty() { "None" } @else { (multiline(&award.conditions)) } }),
        ("How it will be paid", html! { (multiline(&award.payment_plan)) }),
        (
            "Short report due",
            html! { @match award.report_due_on { Some(date) => (date.format("%-d %B %Y").to_string()), None => "No report needed" } },
        ),
    ])
}

/// The offer, and the forms to accept it or turn it down (for the group).
/// `has_equality_answers`: the group answered the equality questions, so it may choose to
/// publish them with a named award.
pub fn offer_section(
    ctx: &PageCtx,
    view: &AwardView<'_>,
    form: &AcceptForm,
    errors: &FieldErrors,
    may_accept: bool,
    has_equality_answers: bool,
) -> Markup {
    let tr = ctx.tr;
    let base = format!("/bids/{}", view.bid.id);
    html! {
        div class="panel" { h2 class="panel__title" { "You have been offered " (view.award.amount()) } }
        @if !view.award.message.is_empty() { div class="inset-text" { p class="body" { (multiline(&view.award.message)) } } }
        (offer_facts(view))
        @if may_accept {
            h2 class="heading-m" id="accept" { "Accept the offer" }
            (post_form(&format!("{base}/accept"), &ctx.csrf_token, html! {
                (Input::new("accepted_name", "Your full name", &form.accepted_name).autocomplete("name")
                    .hint("You are accepting for your group, so you need to be someone who can agree for it.").render(tr, errors))
                div class={ "form-group" @if errors.text("agree", tr).is_some() { " form-group--error" } } {
                    (super::components::checkbox(tr, "agree", "Our group agrees to the conditions and will use the money as described in our bid", form.agree.is_some(), None, errors.text("agree", tr).as_deref()))
                }
                (radios(tr, "public", "Can we name your group on our public list of awards?", &[
                    ("yes".to_string(), "Yes, name our group and the award".to_string()),
                    ("no".to_string(), "No, keep our group's name private".to_string()),
                ], &form.public, Some("Funders publish who they fund. If you say no, the award is still counted in totals but your group is not named."), errors))
                @if has_equality_answers {
                    div class="form-group" {
                        (super::components::checkbox(tr, "share_equality", "Also publish our answers to the equality questions with the award (optional)", form.share_equality.is_some(),
                            Some("Only if your group is named. The open data would show the groups of people you said lead your group and you serve, as codes from the 360Giving standard; your notes are never published."), None))
                    }
                }
                (button("Accept the offer", ButtonStyle::Primary))
            }))
            details class="details" {
                summary { "Turn the offer down" }
                div class="details__text" {
                    (post_form(&format!("{base}/decline-offer"), &ctx.csrf_token, html! {
                        (textarea(tr, "reason", "Tell us why (optional)", "", None, 3, &FieldErrors::new()))
                        (button("Turn the offer down", ButtonStyle::Warning))
                    }))
                }
            }
        } @else {
            p class="body" { "A member of the group (not a connector) accepts the offer." }
        }
    }
}

/// What has been paid, and the report (for the group and the lead). `base` is the bid's address
/// for the viewer (`/bids/{id}` or `/manage/bids/{id}`); the group may also write its report.
pub fn running_grant(view: &AwardView<'_>, base: &str, may_report: bool) -> Markup {
    let award = view.award;
    html! {
        h2 class="heading-m" { @if may_report { "Your grant" } @else { "The grant so far" } }
        (summary_list(&[
            ("Award", html! { (award.amount()) }),
            ("Accepted", html! { @match award.accepted_at { Some(at) => { (london_date(at)) " by " (award.accepted_name) }, None => "Not yet" } }),
            ("Named publicly", html! { @if award.public_consent { "Yes" } @else { "No" } }),
            ("Paid so far", html! { strong { (view.paid()) } " of " (award.amount()) }),
        ]))
        @if !view.payments.is_empty() {
            div class="table-wrapper" {
                table class="table" {
                    caption { "Payments" }
                    thead { tr { th scope="col" { "Date" } th scope="col" class="numeric" { "Amount" } th scope="col" { "Reference" } } }
                    tbody { @for p in view.payments { tr { td { (p.paid_on.format("%-d %B %Y").to_string()) } td class="numeric" { (p.amount()) } td { (p.reference) } } } }
                }
            }
        }
        h2 class="heading-m" { "End-of-grant report" }
        @match view.report {
            Some(report) => { (report_summary(report, &format!("{base}/report/recording"))) }
            None => {
                p class="body" { "A few numbers and a short story when your project ends"
                    @if let Some(due) = award.report_due_on { ", by " strong { (due.format("%-d %B %Y").to_string()) } } "." }
            }
        }
        @if may_report && view.bid.state == BidState::Active {
            a class="button" href={ (base) "/report" } { @if view.report.is_some() { "Change your report" } @else { "Send your short report" } }
        }
    }
}

/// The report as sent; a recording plays from `recording_src`.
pub fn report_summary(report: &GrantReport, recording_src: &str) -> Markup {
    summary_list(&[
        ("People who took part", html! { (report.people_reached) }),
        ("Sessions or activities", html! { (report.activities) }),
        (
            "The story",
            html! {
                @if !report.story.is_empty() { (multiline(&report.story)) }
                @if let Ok(link) = crate::bids::video::parse(&report.video_url) { @if !report.video_url.is_empty() { (video_link(&link, "End-of-grant video")) } }
                @if let Some(kind) = &report.recording_type {
                    @if kind.starts_with("audio/") {
                        audio class="recording" controls preload="metadata" src=(recording_src) { a href=(recording_src) { "Download the recording" } }
                    } @else {
                        video class="recording" controls preload="metadata" playsinline src=(recording_src) { a href=(recording_src) { "Download the recording" } }
                    }
                }
            },
        ),
        (
            "Spent as planned",
            html! { @if report.spent_as_planned { "Yes" } @else { "No" } @if !report.explanation.is_empty() { br; (multiline(&report.explanation)) } },
        ),
    ])
}

/// The light report form. It is a file-upload form (for an optional recording), so its form
/// token must stay its first field.
pub fn report_form(ctx: &PageCtx, bid: &Bid, form: &ReportForm, errors: &FieldErrors, max_mb: u64) -> Markup {
    let tr = ctx.tr;
    let action = format!("/bids/{}/report", bid.id);
    page(
        ctx,
        &title_with_errors(tr, "Your short end-of-grant report", errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (bid.display_title()) }
            h1 class="heading-l" { "Your short end-of-grant report" }
            p class="body" { "A few numbers and a short story. It should take about ten minutes. How well it is written does not matter." }
            form method="post" action=(action) enctype="multipart/form-data" novalidate {
                (super::components::csrf_field(&ctx.csrf_token))
                (Input::new("people_reached", "How many people took part?", &form.people_reached).kind(InputKind::Number).width("input--width-10").render(tr, errors))
                (Input::new("activities", "How many sessions or activities did you run?", &form.activities).kind(InputKind::Number).width("input--width-10").render(tr, errors))
                (textarea(tr, "story", "How did it go?", &form.story, Some("A few sentences: what happened, and what difference it made. Or send a video link or a recording instead."), 6, errors))
                (Input::new("video_url", "Link to a video (optional)", &form.video_url).kind(InputKind::Url).render(tr, errors))
                div class="form-group" {
                    label class="label" for="recording" { "Or a recording (optional)" }
                    div class="hint" id="recording-hint" { "A video or voice recording, up to " (max_mb) " MB." }
                    @if let Some(error) = errors.text("recording", tr) { p class="error-message" id="recording-error" { span class="visually-hidden" { "Error: " } (error) } }
                    input class="file-upload" type="file" id="recording" name="recording" accept="video/*,audio/*"
                        aria-describedby={ "recording-hint" @if errors.text("recording", tr).is_some() { " recording-error" } };
                }
                (radios(tr, "spent_as_planned", "Did you spend the money as planned?", &[("yes".to_string(), "Yes".to_string()), ("no".to_string(), "No".to_string())], &form.spent_as_planned, None, errors))
                (textarea(tr, "explanation", "Anything to explain? (optional)", &form.explanation, Some("For example, what changed and why."), 3, errors))
                (button("Send report", ButtonStyle::Primary))
            }
        },
    )
}

/// The lead's section for an award: payments, the report, completing or cancelling.
pub fn lead_section(
    ctx: &PageCtx,
    view: &AwardView<'_>,
    payment: &PaymentForm,
    errors: &FieldErrors,
    cancel_reason: &str,
) -> Markup {
    let tr = ctx.tr;
    let base = format!("/manage/bids/{}", view.bid.id);
    let state = view.bid.state;
    let left = view.award.amount() - view.paid();
    html! {
        h2 class="heading-m" { "The award" }
        (offer_facts(view))
        (running_grant(view, &base, false))
        @if state == BidState::Awarded { p class="body" { strong { "Waiting for the group to accept the offer." } } }
        @if state == BidState::Active {
            h2 class="heading-m" { "Record a payment" }
            p class="body" { (left) " is left to pay." }
            (post_form(&format!("{base}/payments"), &ctx.csrf_token, html! {
                (Input::new("amount", "Amount paid", &payment.amount).kind(InputKind::Money).width("input--width-10").render(tr, errors))
                (Input::new("paid_on", "Date paid", &payment.paid_on).kind(InputKind::Date).width("input--width-10").render(tr, errors))
                (Input::new("reference", "Payment reference (optional)", &payment.reference).width("input--width-20").render(tr, errors))
                (button("Record payment", ButtonStyle::Secondary))
            }))
            h2 class="heading-m" id="complete" { "Complete the grant" }
            @if view.report.is_some() {
                p class="body" { "The report is in. Completing the grant gives the " strong { (left) } " not paid back to the pot as underspend." }
                (button_form(&format!("{base}/complete"), &ctx.csrf_token, "Complete the grant", ButtonStyle::Primary))
            } @else {
                p class="body" { "You can complete the grant once the group's end-of-grant report is in." }
            }
        }
        @if matches!(state, BidState::Awarded | BidState::Active) {
            details class="details" open[errors.text("reason", tr).is_some()] {
                summary { "Cancel the award" }
                div class="details__text" {
                    (post_form(&format!("{base}/cancel"), &ctx.csrf_token, html! {
                        (textarea(tr, "reason", "Why", cancel_reason, Some("Sent to the group. What has not been paid goes back to the pot."), 3, errors))
                        (button("Cancel the award", ButtonStyle::Warning))
                    }))
                }
            }
        }
    }
}
