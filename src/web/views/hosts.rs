//! Host organisations: the group's page for naming one (and where it stands), the page the
//! host's contact opens from the email, and the lines on the bank details pages that say the
//! grant is paid through a host.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, checkbox, error_summary, post_form, summary_list,
    title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::bank_details::hosts::{Host, HostConfirmForm, HostForm, HostStanding};
use crate::forms::FieldErrors;
use crate::groups::Group;
use crate::i18n::Tr;

/// Where the group's host stands, in a sentence for the group.
pub fn host_sentence(tr: Tr, host: &Host) -> Markup {
    let key = match host.standing() {
        HostStanding::Waiting => "host-standing-waiting",
        HostStanding::Confirmed => "host-standing-confirmed",
        HostStanding::Declined => "host-standing-declined",
        HostStanding::Ended => "host-standing-ended",
    };
    html! { p class="body" { (crate::t!(tr, key, host = host.name.as_str(), contact = host.contact_name.as_str())) } }
}

/// The part of the group's bank details page about hosts: for a group with no bank account.
pub fn host_section(tr: Tr, group_id: i64, host: Option<&Host>) -> Markup {
    html! {
        h2 class="heading-m" id="host" { (tr.t("host-section-heading")) }
        @match host {
            Some(host) => {
                (host_sentence(tr, host))
                p class="body" { a href={ "/groups/" (group_id) "/host" } { (tr.t("host-change-link")) } }
            }
            None => {
                p class="body" { (tr.t("host-section-why")) }
                p class="body" { a href={ "/groups/" (group_id) "/host" } { (tr.t("host-name-link")) } }
            }
        }
    }
}

/// The group's form naming its host.
pub fn name_page(ctx: &PageCtx, group: &Group, host: Option<&Host>, form: &HostForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("host-form-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (group.name) }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("host-form-why")) }
            @if let Some(host) = host { (host_sentence(tr, host)) }
            (post_form(&format!("/groups/{}/host", group.id), &ctx.csrf_token, html! {
                (Input::new("host_name", &tr.t("host-name"), &form.host_name).hint(&tr.attr("host-name", "hint")).render(tr, errors))
                (Input::new("charity_number", &tr.t("host-charity-number"), &form.charity_number)
                    .hint(&tr.attr("host-charity-number", "hint")).width("input--width-10").render(tr, errors))
                (Input::new("contact_name", &tr.t("host-contact-name"), &form.contact_name).hint(&tr.attr("host-contact-name", "hint")).render(tr, errors))
                (Input::new("contact_email", &tr.t("host-contact-email"), &form.contact_email).kind(InputKind::Email).render(tr, errors))
                p class="body" { (tr.t("host-form-what-next")) }
                (button(&tr.t("host-form-send"), ButtonStyle::Primary))
            }))
            p class="body" { a href={ "/groups/" (group.id) "/bank-details" } { (tr.t("host-back")) } }
            (super::bids::team_panel(ctx))
        },
    )
}

/// The page the host's contact opens from the email: what is asked, the confirmation with the
/// host's bank details, or "we do not hold money for this group".
pub fn answer_page(
    ctx: &PageCtx,
    token: &str,
    host: &Host,
    group: &Group,
    form: &HostConfirmForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    let title = crate::t!(tr, "host-answer-title", group = group.name.as_str());
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (host.name) }
            h1 class="heading-l" { (title) }
            p class="body" { (crate::t!(tr, "host-answer-why", group = group.name.as_str(), host = host.name.as_str())) }
            (summary_list(&[
                (&tr.t("host-answer-group"), html! { (group.name) }),
                (&tr.t("host-name"), html! { (host.name) }),
                (&tr.t("host-charity-number"), html! { (host.charity_number) }),
            ]))
            (post_form(&format!("/host/{token}"), &ctx.csrf_token, html! {
                (Input::new("your_name", &tr.t("host-your-name"), &form.your_name).hint(&tr.attr("host-your-name", "hint")).render(tr, errors))
                (checkbox(tr, "holds_money", &crate::t!(tr, "host-holds-money", host = host.name.as_str(), group = group.name.as_str()),
                    form.holds_money.is_some(), None, errors.text("holds_money", tr).as_deref()))
                h2 class="heading-m" { (crate::t!(tr, "host-bank-heading", host = host.name.as_str())) }
                p class="body" { (tr.t("host-bank-why")) }
                (super::bank_details::account_inputs(tr, &form.bank_form(), errors))
                (button(&tr.t("host-confirm-button"), ButtonStyle::Primary))
            }))
            h2 class="heading-m" { (crate::t!(tr, "host-decline-heading", group = group.name.as_str())) }
            (button_form(&format!("/host/{token}/decline"), &ctx.csrf_token, &tr.t("host-decline-button"), ButtonStyle::Warning))
            (super::bids::team_panel(ctx))
        },
    )
}

/// After answering, or when the link no longer works: what happened, and who to contact.
pub fn answered_page(ctx: &PageCtx, heading_key: &str, body: &str) -> Markup {
    let tr = ctx.tr;
    let title = tr.t(heading_key);
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-l" { (title) }
            p class="body" { (body) }
            (super::bids::team_panel(ctx))
        },
    )
}
