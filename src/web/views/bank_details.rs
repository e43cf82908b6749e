//! A group's bank details: the form its members fill in, the check a second member makes, the
//! short summary on the group's and the grant's pages, and the lead's panel on a bid's page.
//! Only the last four digits of an account number are ever shown, except on the page a lead
//! opens on purpose to pay the group (`revealed_page`).

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, checkbox, error_summary, post_form, summary_list,
    title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::bank_details::queries::OnFile;
use crate::bank_details::rules::{BankDetailsInput, BankForm, sort_code_shown};
use crate::bank_details::{BankDetailsRow, Standing};
use crate::bids::Bid;
use crate::decisions::rules::DecisionForm;
use crate::forms::FieldErrors;
use crate::groups::Group;
use crate::i18n::{Message, Tr};

/// What the group's bank details pages show.
pub struct BankPage<'a> {
    pub group: &'a Group,
    pub current: Option<&'a BankDetailsRow>,
    /// The group's own members (not connectors): id and name.
    pub members: &'a [(i64, String)],
    pub viewer_id: i64,
    /// Whether the group has an offer or a grant to be paid.
    pub owed: bool,
    /// The host organisation the group named, if any.
    pub host: Option<&'a crate::bank_details::hosts::Host>,
}

impl BankPage<'_> {
    fn name_of(&self, person_id: i64) -> String {
        self.members.iter().find(|(id, _)| *id == person_id).map(|(_, name)| name.clone()).unwrap_or_default()
    }
}

/// Where the current details stand, in a sentence for the group.
fn standing_sentence(tr: Tr, row: &BankDetailsRow, name_of: impl Fn(i64) -> String) -> Markup {
    let masked = row.masked_number();
    let message = match row.standing() {
        Standing::Waiting => Message::new("bank-standing-waiting").arg("name", name_of(row.entered_by)),
        Standing::Confirmed if row.confirmed_by_call_back() => Message::new("bank-standing-confirmed-by-team"),
        Standing::Confirmed => {
            Message::new("bank-standing-confirmed").arg("name", name_of(row.confirmed_by.unwrap_or_default()))
        }
        Standing::Disputed => Message::new("bank-standing-disputed"),
    };
    html! {
        p class="body" { (crate::t!(tr, "bank-account-ending", ending = masked.as_str())) " " (tr.message(&message.arg("date", row.entered_at.date()))) }
    }
}

/// The form: the details are asked for afresh each time and never written back into the page
/// once saved.
pub fn form_page(ctx: &PageCtx, view: &BankPage<'_>, form: &BankForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("bank-form-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.group.name) }
            h1 class="heading-l" { (title) }
            @if !view.owed {
                p class="body" { (tr.t("bank-nothing-owed")) }
            } @else {
                p class="body" { (tr.t("bank-form-why")) }
                @if let Some(current) = view.current {
                    (standing_sentence(tr, current, |id| view.name_of(id)))
                    div class="warning-text" { p class="body" { strong { (tr.t("bank-form-change-holds")) } } }
                }
                p class="body" {
                    @if view.members.len() > 1 { (tr.t("bank-form-second-member")) } @else { (tr.t("bank-form-call-back")) }
                }
                (post_form(&format!("/groups/{}/bank-details", view.group.id), &ctx.csrf_token, html! {
                    input type="hidden" name="next" value=(form.next);
                    (account_inputs(tr, form, errors))
                    (button(&tr.t("bank-form-save"), ButtonStyle::Primary))
                }))
                (super::hosts::host_section(tr, view.group.id, view.host))
            }
            p class="body" { a href={ "/groups/" (view.group.id) } { (tr.t("bank-back-to-group")) } }
            (super::bids::team_panel(ctx))
        },
    )
}

/// The four boxes of a bank account (name, sort code, number, roll number), as typed; on the
/// group's form and on a host organisation's page alike.
pub fn account_inputs(tr: Tr, form: &BankForm, errors: &FieldErrors) -> Markup {
    html! {
        (Input::new("account_name", &tr.t("bank-account-name"), &form.account_name)
            .hint(&tr.attr("bank-account-name", "hint")).autocomplete("off").render(tr, errors))
        (Input::new("sort_code", &tr.t("bank-sort-code"), &form.sort_code).kind(InputKind::Number)
            .hint(&tr.attr("bank-sort-code", "hint")).width("input--width-5").autocomplete("off").render(tr, errors))
        (Input::new("account_number", &tr.t("bank-account-number"), &form.account_number).kind(InputKind::Number)
            .hint(&tr.attr("bank-account-number", "hint")).width("input--width-10").autocomplete("off").render(tr, errors))
        (Input::new("roll_number", &tr.t("bank-roll-number"), &form.roll_number)
            .hint(&tr.attr("bank-roll-number", "hint")).width("input--width-10").autocomplete("off").render(tr, errors))
    }
}

/// The page the emailed link opens: a member who did not give the details types the account
/// number from the group's own papers, or says the details are not the group's.
pub fn check_page(ctx: &PageCtx, view: &BankPage<'_>, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("bank-check-title");
    let base = format!("/groups/{}/bank-details", view.group.id);
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.group.name) }
            h1 class="heading-l" { (title) }
            @match view.current {
                None => { p class="body" { (tr.t("bank-none-given")) } }
                Some(row) if row.standing() != Standing::Waiting => { (standing_sentence(tr, row, |id| view.name_of(id))) }
                Some(row) if row.host_id.is_some() => {
                    (standing_sentence(tr, row, |id| view.name_of(id)))
                    p class="body" { (tr.t("bank-check-host-details")) }
                }
                Some(row) if row.entered_by == view.viewer_id => {
                    (standing_sentence(tr, row, |id| view.name_of(id)))
                    p class="body" { (tr.t("bank-check-not-yours")) }
                }
                Some(row) => {
                    p class="body" { (crate::t!(tr, "bank-check-intro", name = view.name_of(row.entered_by), date = row.entered_at.date())) }
                    (summary_list(&[(&tr.t("bank-account-number"), html! { (row.masked_number()) })]))
                    (post_form(&format!("{base}/check"), &ctx.csrf_token, html! {
                        (Input::new("account_number", &tr.t("bank-check-type-number"), "").kind(InputKind::Number)
                            .hint(&tr.attr("bank-check-type-number", "hint")).width("input--width-10").autocomplete("off").render(tr, errors))
                        (button(&tr.t("bank-check-button"), ButtonStyle::Primary))
                    }))
                    h2 class="heading-m" { (tr.t("bank-dispute-heading")) }
                    p class="body" { (tr.t("bank-dispute-why")) }
                    (button_form(&format!("{base}/dispute"), &ctx.csrf_token, &tr.t("bank-dispute-button"), ButtonStyle::Warning))
                }
            }
            p class="body" { a href={ "/groups/" (view.group.id) } { (tr.t("bank-back-to-group")) } }
            (super::bids::team_panel(ctx))
        },
    )
}

/// The bank details line on the group's page and its grant's page, with what to do next.
/// `alone`: the group has one member, so the programme team checks the details by phone.
pub fn group_summary(
    tr: Tr,
    group_id: i64,
    current: Option<&BankDetailsRow>,
    viewer_id: i64,
    alone: bool,
    next: &str,
) -> Markup {
    let form = format!(
        "/groups/{group_id}/bank-details?next={}",
        url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
    );
    html! {
        h2 class="heading-m" id="bank-details" { (tr.t("bank-heading")) }
        @match current {
            None => {
                p class="body" { (tr.t("bank-none-given")) }
                a class="button" href=(form) { (tr.t("bank-give")) }
            }
            Some(row) => {
                p class="body" {
                    (crate::t!(tr, "bank-account-ending", ending = row.masked_number().as_str())) " "
                    (tr.message(&match row.standing() {
                        Standing::Waiting if row.host_id.is_some() => Message::new("bank-summary-waiting-host"),
                        Standing::Waiting if alone => Message::new("bank-summary-waiting-call"),
                        Standing::Waiting => Message::new("bank-summary-waiting"),
                        Standing::Confirmed => Message::new("bank-summary-confirmed"),
                        Standing::Disputed => Message::new("bank-summary-disputed"),
                    }))
                }
                @if row.host_id.is_some() {
                    p class="body" { (tr.t("bank-summary-given-by-host")) }
                }
                @if row.standing() == Standing::Waiting && row.entered_by != viewer_id && row.host_id.is_none() {
                    p class="body" { a href={ "/groups/" (group_id) "/bank-details/check" } { (tr.t("bank-check-link")) } }
                }
                p class="body" { a href=(form) { (tr.t("bank-change")) } }
            }
        }
    }
}

/// The lead's panel on a bid's page: where the group's details stand, the call back that
/// confirms them, and the deliberate look at them in full.
pub fn lead_panel(
    ctx: &PageCtx,
    bid_id: i64,
    on_file: Option<&OnFile>,
    typed: &DecisionForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    let base = format!("/manage/bids/{bid_id}/bank-details");
    html! {
        h2 class="heading-m" id="bank-details" { (tr.t("bank-lead-heading")) }
        @match on_file {
            None => { p class="body" { (tr.t("bank-lead-none")) } }
            Some(on_file) => {
                @let row = &on_file.row;
                (summary_list(&[
                    (&tr.t("bank-account-number"), html! { (row.masked_number()) }),
                    (&tr.t("bank-lead-given"), html! { (crate::t!(tr, "bank-lead-given-by", name = on_file.entered_by.as_str(), date = tr.london_datetime(row.entered_at))) }),
                    (&tr.t("bank-lead-standing"), html! {
                        @match row.standing() {
                            Standing::Confirmed if row.confirmed_by_call_back() => {
                                (crate::t!(tr, "bank-lead-confirmed-call-back", name = on_file.confirmed_by.as_deref().unwrap_or_default(), called = row.call_back_note.as_str()))
                            }
                            Standing::Confirmed => { (crate::t!(tr, "bank-lead-confirmed-member", name = on_file.confirmed_by.as_deref().unwrap_or_default())) }
                            Standing::Waiting => { strong { (tr.t("bank-lead-waiting")) } }
                            Standing::Disputed => { strong { (tr.t("bank-lead-disputed")) } }
                        }
                    }),
                ]))
                @if let Some(host) = &on_file.host {
                    p class="body" { (crate::t!(tr, "bank-lead-host", host = host.described(), confirmed = host.confirmed_name.as_str(),
                        contact = host.contact_name.as_str(), email = host.contact_email.as_str())) }
                }
                @if row.standing() != Standing::Confirmed {
                    div class="warning-text" { p class="body" { strong { (tr.t("bank-lead-held")) } } }
                }
                @if !on_file.same_account_as.is_empty() {
                    div class="warning-text" { p class="body" {
                        strong { (crate::t!(tr, "bank-lead-same-account", groups = on_file.same_account_as.join(", "))) }
                    } }
                }
                @if row.standing() == Standing::Waiting {
                    details class="details" open[!errors.is_empty() && errors.get("called_name").or(errors.get("called_number")).or(errors.get("read_back")).is_some()] {
                        summary { (tr.t("bank-lead-call-back-heading")) }
                        div class="details__text" {
                            p class="body" { (tr.t("bank-lead-call-back-how")) }
                            (post_form(&format!("{base}/call-back"), &ctx.csrf_token, html! {
                                (Input::new("called_name", &tr.t("bank-lead-called-name"), &typed.called_name).render(tr, errors))
                                (Input::new("called_number", &tr.t("bank-lead-called-number"), &typed.called_number).kind(InputKind::Tel)
                                    .hint(&tr.attr("bank-lead-called-number", "hint")).width("input--width-20").render(tr, errors))
                                (checkbox(tr, "read_back", &tr.t("bank-lead-read-back"), typed.read_back.is_some(), None, errors.text("read_back", tr).as_deref()))
                                (button(&tr.t("bank-lead-call-back-button"), ButtonStyle::Secondary))
                            }))
                        }
                    }
                }
                (post_form(&format!("{base}/reveal"), &ctx.csrf_token, html! {
                    p class="hint" { (tr.t("bank-lead-reveal-hint")) }
                    (button(&tr.t("bank-lead-reveal"), ButtonStyle::Secondary))
                }))
            }
        }
    }
}

/// The details in full, for a lead about to pay; the look has been recorded.
pub fn revealed_page(
    ctx: &PageCtx,
    bid: &Bid,
    group: &Group,
    row: &BankDetailsRow,
    details: &BankDetailsInput,
) -> Markup {
    let tr = ctx.tr;
    let title = crate::t!(tr, "bank-revealed-title", group = group.name.as_str());
    page(
        ctx,
        &title,
        html! {
            span class="caption-l" { (bid.reference.as_deref().unwrap_or_default()) }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("bank-revealed-recorded")) }
            @if row.standing() != Standing::Confirmed {
                div class="warning-text" { p class="body" { strong { (tr.t("bank-lead-held")) } } }
            }
            (summary_list(&[
                (&tr.t("bank-account-name"), html! { (details.account_name) }),
                (&tr.t("bank-sort-code"), html! { (sort_code_shown(&details.sort_code)) }),
                (&tr.t("bank-account-number"), html! { (details.account_number) }),
                (&tr.t("bank-roll-number"), html! { @if details.roll_number.is_empty() { (tr.t("bank-none")) } @else { (details.roll_number) } }),
            ]))
            p class="body" { a href={ "/manage/bids/" (bid.id) "#bank-details" } { (tr.t("bank-revealed-back")) } }
        },
    )
}
