//! Pages for a group's profile, members and equality answers.

use crate::i18n::{Message, Tr};
use maud::{Markup, html};

use super::components::sentence;
use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, checkbox, error_summary, post_form, radios, summary_list,
    title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::accounts::Person;
use crate::bids::Bid;
use crate::forms::FieldErrors;
use crate::groups::model::{Equality, Invitation};
use crate::groups::rules::{EqualityForm, GroupForm};
use crate::groups::{Group, GroupKind, Member, dei};
use crate::rounds::Round;

pub struct GroupFormPage<'a> {
    /// The key of the page's heading (new group, or changing one).
    pub heading: &'static str,
    /// The key of the paragraph under it.
    pub intro: &'static str,
    pub action: &'a str,
    pub form: &'a GroupForm,
    pub errors: &'a FieldErrors,
    /// Show the "I am a connector setting this up for the group" choice.
    pub offer_connector: bool,
}

pub fn group_form(ctx: &PageCtx, view: &GroupFormPage<'_>) -> Markup {
    let tr = ctx.tr;
    let form = view.form;
    let heading = tr.t(view.heading);
    let kinds: Vec<(String, String)> =
        GroupKind::ALL.iter().map(|k| (k.as_str().to_string(), tr.t(k.label_key()))).collect();
    page(
        ctx,
        &title_with_errors(tr, &heading, view.errors),
        html! {
            (error_summary(tr, view.errors))
            h1 class="heading-l" { (heading) }
            p class="body" { (tr.t(view.intro)) }
            (post_form(view.action, &ctx.csrf_token, html! {
                (Input::new("name", &tr.t("groups-name"), &form.name).autocomplete("organization").render(tr, view.errors))
                (radios(tr, "kind", &tr.t("groups-kind"), &kinds, &form.kind,
                    Some(&tr.attr("groups-kind", "hint")), view.errors))
                // Only for a registered group: said in the legend, and hidden by the script
                // while "not registered" is chosen (the server ignores the numbers then too).
                fieldset class="fieldset form-group" data-unless-kind="unregistered" {
                    legend class="fieldset__legend fieldset__legend--m" { (tr.t("groups-registration")) }
                    div class="hint" { (tr.attr("groups-registration", "hint")) }
                    (Input::new("charity_number", &tr.t("groups-charity-number"), &form.charity_number).width("input--width-10")
                        .hint(&tr.attr("groups-charity-number", "hint")).render(tr, view.errors))
                    (Input::new("company_number", &tr.t("groups-company-number"), &form.company_number).width("input--width-10")
                        .hint(&tr.attr("groups-company-number", "hint")).render(tr, view.errors))
                }
                (Input::new("area", &tr.t("groups-area"), &form.area).hint(&tr.attr("groups-area", "hint")).render(tr, view.errors))
                (Input::new("postcode", &tr.t("groups-postcode"), &form.postcode).width("input--width-10").autocomplete("postal-code").render(tr, view.errors))
                (Input::new("website", &tr.t("groups-website"), &form.website).kind(InputKind::Url).render(tr, view.errors))
                fieldset class="fieldset form-group" {
                    legend class="fieldset__legend fieldset__legend--m" { (tr.t("groups-contact")) }
                    div class="hint" { (tr.attr("groups-contact", "hint")) }
                    (Input::new("contact_name", &tr.t("groups-contact-name"), &form.contact_name).autocomplete("name").render(tr, view.errors))
                    (Input::new("contact_email", &tr.t("groups-contact-email"), &form.contact_email).kind(InputKind::Email).autocomplete("email").render(tr, view.errors))
                    (Input::new("contact_phone", &tr.t("groups-contact-phone"), &form.contact_phone).autocomplete("tel").width("input--width-20").render(tr, view.errors))
                }
                @if view.offer_connector {
                    div class="form-group" {
                        (checkbox(tr, "as_connector", &tr.t("groups-as-connector"), form.as_connector.is_some(),
                            Some(&tr.attr("groups-as-connector", "hint")), None))
                    }
                }
                (button(&tr.t("groups-save"), ButtonStyle::Primary))
            }))
        },
    )
}

pub struct GroupPage<'a> {
    pub group: &'a Group,
    pub members: &'a [(Member, Person)],
    pub invitations: &'a [Invitation],
    pub bids: &'a [(Bid, Round)],
    /// What the group runs, as listed in the community directory.
    pub listings: &'a [crate::directory::Listing],
    pub equality: Option<&'a Equality>,
    /// Where the group's grant is paid: `None` when nothing is owed to it, `Some(None)` when it
    /// has not said yet.
    pub bank: Option<Option<&'a crate::bank_details::BankDetailsRow>>,
    pub viewer_id: i64,
    pub invite_email: &'a str,
    pub errors: &'a FieldErrors,
}

/// A detail of the group, or "None" when it has none.
fn or_none(tr: Tr, value: &str) -> String {
    if value.is_empty() { tr.t("groups-none") } else { value.to_string() }
}

pub fn group_page(ctx: &PageCtx, view: &GroupPage<'_>) -> Markup {
    let tr = ctx.tr;
    let group = view.group;
    let base = format!("/groups/{}", group.id);
    page(
        ctx,
        &title_with_errors(tr, &group.name, view.errors),
        html! {
            (error_summary(tr, view.errors))
            span class="caption-l" { (tr.t("groups-caption")) }
            h1 class="heading-l" { (group.name) }
            (summary_list(&[
                (&tr.t("groups-summary-kind"), html! { (tr.t(group.kind_label_key())) }),
                (&tr.t("groups-summary-charity-number"), html! { (or_none(tr, &group.charity_number)) }),
                (&tr.t("groups-summary-company-number"), html! { (or_none(tr, &group.company_number)) }),
                (&tr.t("groups-area"), html! { (group.area) " " (group.postcode) }),
                (&tr.t("groups-summary-website"), html! { (or_none(tr, &group.website)) }),
                (&tr.t("groups-contact"), html! { (group.contact_name) " " (group.contact_email) " " (group.contact_phone) }),
            ]))
            p class="body" { a href={ (base) "/edit" } { (tr.t("groups-change-details")) } }
            p class="body" {
                (sentence(tr, Message::new("groups-download-data"), &[
                    ("link", html! { a href={ (base) "/data.json" } download { (tr.t("groups-download-data-link")) } }),
                ]))
            }

            h2 class="heading-m" { (tr.t("groups-bids")) }
            @if view.bids.is_empty() {
                p class="body" {
                    (sentence(tr, Message::new("groups-no-bids"), &[
                        ("link", html! { a href="/" { (tr.t("groups-no-bids-link")) } }),
                    ]))
                }
            } @else {
                ul class="list list--plain" {
                    @for (bid, round) in view.bids {
                        li {
                            (sentence(tr, Message::new("groups-bid-for-round").arg("round", &round.name), &[
                                ("bid", html! { a href={ "/bids/" (bid.id) } { (bid.display_title(tr)) } }),
                            ]))
                            " " (super::bids::status_tag(tr, bid))
                        }
                    }
                }
            }

            @let connector = view.members.iter().any(|(member, person)| person.id == view.viewer_id && member.is_connector);
            @if let (Some(bank), false) = (view.bank, connector) {
                @let alone = view.members.iter().filter(|(member, _)| !member.is_connector).count() < 2;
                (super::bank_details::group_summary(tr, group.id, bank, view.viewer_id, alone, &base))
            }

            (super::directory::group_listings(ctx, group.id, view.listings))

            h2 class="heading-m" { (tr.t("groups-members")) }
            ul class="list list--plain" {
                @for (member, person) in view.members {
                    li {
                        (person.name)
                        @if member.is_connector { " " (tr.t("groups-member-connector")) }
                        @if person.id == view.viewer_id { " " (tr.t("groups-member-you")) }
                        " "
                        @if person.id != view.viewer_id && view.members.len() > 1 {
                            (button_form(&format!("{base}/members/{}/remove", person.id), &ctx.csrf_token,
                                &crate::t!(tr, "groups-remove-member", name = &person.name), ButtonStyle::Secondary))
                        }
                    }
                }
            }
            @if !view.invitations.is_empty() {
                p class="body" {
                    (crate::t!(tr, "groups-invited", emails = view.invitations.iter().map(|i| i.email.as_str()).collect::<Vec<_>>().join(", ")))
                }
            }
            (post_form(&format!("{base}/invite"), &ctx.csrf_token, html! {
                (Input::new("email", &tr.t("groups-invite-email"), view.invite_email).kind(InputKind::Email)
                    .hint(&tr.attr("groups-invite-email", "hint")).render(tr, view.errors))
                (button(&tr.t("groups-send-invitation"), ButtonStyle::Secondary))
            }))
            @if view.members.len() > 1 {
                (button_form(&format!("{base}/leave"), &ctx.csrf_token, &tr.t("groups-leave"), ButtonStyle::Secondary))
            }

            h2 class="heading-m" { (tr.t("groups-equality-heading")) }
            p class="body" { (tr.t("groups-equality-why")) }
            @match view.equality {
                Some(_) => {
                    p class="body" {
                        (sentence(tr, Message::new("groups-equality-answered"), &[
                            ("link", html! { a href={ (base) "/equality" } { (tr.t("groups-equality-change")) } }),
                        ]))
                    }
                }
                None => {
                    p class="body" {
                        (sentence(tr, Message::new("groups-equality-not-answered"), &[
                            ("link", html! { a href={ (base) "/equality" } { (tr.t("groups-equality-answer")) } }),
                        ]))
                    }
                }
            }
        },
    )
}

/// The two voluntary questions, with the 360Giving categories as checkboxes.
pub fn equality_form(ctx: &PageCtx, group: &Group, form: &EqualityForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("groups-equality-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (group.name) }
            h1 class="heading-l" { (title) }
            div class="inset-text" {
                p class="body" { (tr.t("groups-equality-intro")) }
            }
            (post_form(&format!("/groups/{}/equality", group.id), &ctx.csrf_token, html! {
                (question(tr, errors, "leadership", "groups-leadership", &form.leadership_status, &form.leadership_codes, &form.leadership_note))
                (question(tr, errors, "beneficiaries", "groups-beneficiaries", &form.beneficiaries_status, &form.beneficiaries_codes, &form.beneficiaries_note))
                (button(&tr.t("groups-equality-save"), ButtonStyle::Primary))
            }))
            (button_form(&format!("/groups/{}/equality/clear", group.id), &ctx.csrf_token, &tr.t("groups-equality-clear"), ButtonStyle::Secondary))
        },
    )
}

/// One question: `key` is its message, the legend, with the hint as its `hint` attribute.
fn question(
    tr: Tr,
    errors: &FieldErrors,
    prefix: &str,
    key: &str,
    status: &str,
    codes: &[String],
    note: &str,
) -> Markup {
    let status_field = format!("{prefix}_status");
    let options: Vec<(String, String)> = vec![
        ("answered".into(), tr.t("groups-equality-option-answered")),
        ("general".into(), tr.t("groups-equality-option-general")),
        ("prefer_not_to_say".into(), tr.t("groups-equality-option-prefer-not-to-say")),
    ];
    html! {
        fieldset class="fieldset form-group" {
            legend class="fieldset__legend fieldset__legend--m" { (tr.t(key)) }
            (radios(tr, &status_field, &tr.t("groups-equality-your-answer"), &options, status, None, errors))
            div class="hint" { (tr.attr(key, "hint")) }
            @for (population, children) in dei::grouped() {
                details class="details" open[codes.iter().any(|c| c.starts_with(&population.code[..5]))] {
                    summary { (tr.t(&population.key)) }
                    div class="details__text" {
                        (code_checkbox(tr, prefix, population, codes))
                        @for child in children {
                            (code_checkbox(tr, prefix, child, codes))
                        }
                    }
                }
            }
            div class="form-group" {
                label class="label" for={ (prefix) "_note" } { (tr.t("groups-equality-note")) }
                div class="hint" id={ (prefix) "_note-hint" } { (tr.attr("groups-equality-note", "hint")) }
                input class="input" type="text" id={ (prefix) "_note" } name={ (prefix) "_note" } value=(note) aria-describedby={ (prefix) "_note-hint" };
            }
        }
    }
}

fn code_checkbox(tr: Tr, prefix: &str, code: &dei::DeiCode, codes: &[String]) -> Markup {
    let id = format!("{prefix}-{}", code.code);
    html! {
        div class="checkboxes__item" {
            input class="checkboxes__input" type="checkbox" id=(id) name={ (prefix) "_codes" } value=(code.code) checked[codes.contains(&code.code)];
            label class="checkboxes__label" for=(id) { (tr.t(&code.key)) }
        }
    }
}

/// The page an invitation link opens.
pub fn invitation(ctx: &PageCtx, group_name: &str, token: &str, signed_in: bool) -> Markup {
    let tr = ctx.tr;
    let here = format!("/invitations/{token}");
    let next = url::form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>();
    let title = crate::t!(tr, "groups-invitation-title", group = group_name);
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("groups-invitation-intro")) }
            @if signed_in {
                (post_form(&here, &ctx.csrf_token, html! { (button(&tr.t("groups-invitation-join"), ButtonStyle::Primary)) }))
            } @else {
                p class="body" {
                    (sentence(tr, Message::new("groups-invitation-sign-in-first"), &[
                        ("sign_in", html! { a href={ "/login?next=" (next) } { (tr.t("groups-invitation-sign-in")) } }),
                        ("register", html! { a href={ "/register?next=" (next) } { (tr.t("groups-invitation-register")) } }),
                    ]))
                }
            }
        },
    )
}
