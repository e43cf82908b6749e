//! The group's own word where a connector helps (see `bids::word`): the connector's panel that
//! asks for it (by an emailed link, or recorded from a phone call), and the pages the group's
//! contact opens from the link to send the bid or accept the offer themselves.

use maud::{Markup, html};

use super::bids::{BidView, answers_without_files, team_panel};
use super::components::{ButtonStyle, Input, button, error_summary, post_form, sentence, title_with_errors};
use super::grants::{AwardView, accept_fields, offer_summary};
use super::layout::{PageCtx, page};
use crate::bids::word::{Purpose, Waiting};
use crate::forms::FieldErrors;
use crate::grants::rules::AcceptForm;
use crate::i18n::Message;

/// What the connector's panel needs: who the group's contact is, whether a link is out, and
/// the phone form as it was sent back.
pub struct WordAsk<'a> {
    pub bid_id: i64,
    pub contact_name: &'a str,
    pub contact_email: &'a str,
    pub waiting: Option<&'a Waiting>,
    /// What was typed into "Who said yes?": empty to begin with, so the connector writes who
    /// they spoke to rather than confirming a name put there for them.
    pub spoke_with: &'a str,
    pub errors: &'a FieldErrors,
}

/// The connector's panel in place of "Confirm and send" or the form to accept: only the group
/// can do this, so email its contact a link, or record that they said yes on the phone.
/// `phone_fields` are the act's own questions, asked on the phone too (the acceptance's).
pub fn ask_panel(ctx: &PageCtx, purpose: Purpose, ask: &WordAsk<'_>, phone_fields: Markup) -> Markup {
    let tr = ctx.tr;
    let action = format!("/bids/{}/word", ask.bid_id);
    let (heading, intro, email_button, phone_button) = match purpose {
        Purpose::Send => ("word-send-heading", "word-send-intro", "word-send-email-button", "word-send-phone-button"),
        Purpose::Accept => {
            ("word-accept-heading", "word-accept-intro", "word-accept-email-button", "word-accept-phone-button")
        }
    };
    let contact = html! { strong { bdi { (ask.contact_name) } } };
    html! {
        h2 class="heading-m" id="group-word" { (tr.t(heading)) }
        p class="body" { (sentence(tr, Message::new(intro), &[("contact", contact.clone())])) }
        @if let Some(waiting) = ask.waiting {
            div class="inset-text" {
                p class="body" {
                    (sentence(tr, Message::new("word-waiting").arg("date", tr.london_datetime(waiting.asked_at)),
                        &[("email", html! { strong { (waiting.contact_email) } })]))
                }
            }
        }
        @if !ask.contact_email.is_empty() {
            h3 class="heading-s" { (tr.t("word-by-email-heading")) }
            p class="body" { (sentence(tr, Message::new("word-by-email"), &[("email", html! { strong { (ask.contact_email) } })])) }
            (post_form(&action, &ctx.csrf_token, html! {
                input type="hidden" name="purpose" value=(purpose.as_str());
                input type="hidden" name="how" value="email";
                (button(&tr.t(email_button), ButtonStyle::Primary))
            }))
        }
        h3 class="heading-s" { (tr.t("word-by-phone-heading")) }
        p class="body" { (tr.t("word-by-phone")) }
        (post_form(&action, &ctx.csrf_token, html! {
            input type="hidden" name="purpose" value=(purpose.as_str());
            input type="hidden" name="how" value="phone";
            (Input::new("spoke_with", &tr.t("word-spoke-with"), ask.spoke_with).autocomplete("off")
                .hint(&tr.attr("word-spoke-with", "hint")).render(tr, ask.errors))
            (phone_fields)
            (button(&tr.t(phone_button), ButtonStyle::Secondary))
        }))
    }
}

/// Where the link's page stands.
pub enum LinkState<'a> {
    /// Waiting for the contact; with the problems of a form sent back.
    Open { form: &'a AcceptForm, errors: &'a FieldErrors },
    /// Done (by this link or otherwise): what was done.
    Done,
    /// No longer needed: the bid moved on without this link (sent, withdrawn, or the offer
    /// answered another way).
    Gone,
}

/// The page the link to send a bid opens: the bid as the panel will read it, and the button.
pub fn send_page(ctx: &PageCtx, view: &BidView<'_>, token: &str, connector: &str, state: &LinkState<'_>) -> Markup {
    let tr = ctx.tr;
    let title = tr.t(if matches!(state, LinkState::Done) { "word-send-done-title" } else { "word-send-page-title" });
    page(
        ctx,
        &title,
        html! {
            span class="caption-l" dir="auto" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { (title) }
            @match state {
                LinkState::Done => {
                    div class="notification-banner notification-banner--success" role="status" {
                        p { (crate::t!(tr, "word-send-done", reference = view.bid.reference.as_deref().unwrap_or(""))) }
                    }
                    (answers_without_files(tr, view))
                }
                LinkState::Gone => p class="body" { (tr.t("word-gone")) },
                LinkState::Open { .. } => {
                    p class="body" { (crate::t!(tr, "word-send-page-intro", connector = connector)) }
                    (answers_without_files(tr, view))
                    p class="body" { (tr.t("bids-check-declaration")) }
                    (post_form(&format!("/word/{token}"), &ctx.csrf_token, html! {
                        (button(&tr.t("word-send-page-button"), ButtonStyle::Primary))
                    }))
                    p class="body" { (crate::t!(tr, "word-if-wrong", connector = connector)) }
                }
            }
            (team_panel(ctx))
        },
    )
}

/// The page the link to accept an offer opens: the offer, and the form to accept it.
pub fn accept_page(
    ctx: &PageCtx,
    (view, award): (&BidView<'_>, &AwardView<'_>),
    token: &str,
    has_equality_answers: bool,
    state: &LinkState<'_>,
) -> Markup {
    let tr = ctx.tr;
    let title =
        tr.t(if matches!(state, LinkState::Done) { "word-accept-done-title" } else { "word-accept-page-title" });
    let no_errors = FieldErrors::new();
    let errors = match state {
        LinkState::Open { errors, .. } => errors,
        _ => &&no_errors,
    };
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" dir="auto" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { (title) }
            @match state {
                LinkState::Done => {
                    div class="notification-banner notification-banner--success" role="status" { p { (tr.t("word-accept-done")) } }
                }
                LinkState::Gone => p class="body" { (tr.t("word-gone")) },
                LinkState::Open { form, errors } => {
                    (offer_summary(ctx, award))
                    (post_form(&format!("/word/{token}"), &ctx.csrf_token, html! {
                        (accept_fields(tr, form, errors, has_equality_answers))
                        (button(&tr.t("grants-accept"), ButtonStyle::Primary))
                    }))
                    p class="body" { (tr.t("word-accept-questions")) }
                }
            }
            (team_panel(ctx))
        },
    )
}
