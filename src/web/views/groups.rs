//! Pages for a group's profile, members and equality answers.

use crate::i18n::Tr;
use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, checkbox, error_summary, post_form, radios, summary_list, tag,
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
    pub heading: &'a str,
    pub action: &'a str,
    pub form: &'a GroupForm,
    pub errors: &'a FieldErrors,
    /// Show the "I am a connector setting this up for the group" choice.
    pub offer_connector: bool,
}

pub fn group_form(ctx: &PageCtx, view: &GroupFormPage<'_>) -> Markup {
    let tr = ctx.tr;
    let form = view.form;
    let kinds: Vec<(String, String)> =
        GroupKind::ALL.iter().map(|k| (k.as_str().to_string(), k.label().to_string())).collect();
    page(
        ctx,
        &title_with_errors(tr, view.heading, view.errors),
        html! {
            (error_summary(tr, view.errors))
            h1 class="heading-l" { (view.heading) }
            p class="body" { "You only need to do this once. Every bid your group makes uses these details." }
            (post_form(view.action, &ctx.csrf_token, html! {
                (Input::new("name", "Group name", &form.name).autocomplete("organization").render(tr, view.errors))
                (radios(tr, "kind", "What kind of group are you?", &kinds, &form.kind,
                    Some("Small and unregistered groups are welcome: you do not need to be a charity."), view.errors))
                (Input::new("charity_number", "Charity number (if you have one)", &form.charity_number).width("input--width-10")
                    .hint("England and Wales: 7 numbers. Scotland: starts SC. Northern Ireland: starts NIC.").render(tr, view.errors))
                (Input::new("company_number", "Company number (if you have one)", &form.company_number).width("input--width-10")
                    .hint("8 characters, from Companies House.").render(tr, view.errors))
                (Input::new("area", "Where you work", &form.area).hint("For example, Sparkbrook and Balsall Heath, or the whole of Riverside.").render(tr, view.errors))
                (Input::new("postcode", "Postcode (optional)", &form.postcode).width("input--width-10").autocomplete("postal-code").render(tr, view.errors))
                (Input::new("website", "Website or social media page (optional)", &form.website).kind(InputKind::Url).render(tr, view.errors))
                fieldset class="fieldset form-group" {
                    legend class="fieldset__legend fieldset__legend--m" { "Main contact" }
                    div class="hint" { "Who the programme team should talk to about your bids." }
                    (Input::new("contact_name", "Name", &form.contact_name).autocomplete("name").render(tr, view.errors))
                    (Input::new("contact_email", "Email address", &form.contact_email).kind(InputKind::Email).autocomplete("email").render(tr, view.errors))
                    (Input::new("contact_phone", "Phone number (optional)", &form.contact_phone).autocomplete("tel").width("input--width-20").render(tr, view.errors))
                }
                @if view.offer_connector {
                    div class="form-group" {
                        (checkbox(tr, "as_connector", "I am a community connector setting this group up with them", form.as_connector.is_some(),
                            Some("The group's main contact will be invited to join, and bids you help with will say so."), None))
                    }
                }
                (button("Save group", ButtonStyle::Primary))
            }))
        },
    )
}

pub struct GroupPage<'a> {
    pub group: &'a Group,
    pub members: &'a [(Member, Person)],
    pub invitations: &'a [Invitation],
    pub bids: &'a [(Bid, Round)],
    pub equality: Option<&'a Equality>,
    pub viewer_id: i64,
    pub invite_email: &'a str,
    pub errors: &'a FieldErrors,
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
            span class="caption-l" { "Group" }
            h1 class="heading-l" { (group.name) }
            (summary_list(&[
                ("Kind", html! { (group.kind_label()) }),
                ("Charity number", html! { @if group.charity_number.is_empty() { "None" } @else { (group.charity_number) } }),
                ("Company number", html! { @if group.company_number.is_empty() { "None" } @else { (group.company_number) } }),
                ("Where you work", html! { (group.area) " " (group.postcode) }),
                ("Website", html! { @if group.website.is_empty() { "None" } @else { (group.website) } }),
                ("Main contact", html! { (group.contact_name) " " (group.contact_email) " " (group.contact_phone) }),
            ]))
            p class="body" { a href={ (base) "/edit" } { "Change your group's details" } }
            p class="body" { a href={ (base) "/data.json" } download { "Download everything we hold about your group" } " (a JSON file)" }

            h2 class="heading-m" { "Bids" }
            @if view.bids.is_empty() {
                p class="body" { "No bids yet. " a href="/" { "See the rounds open for bids" } "." }
            } @else {
                ul class="list list--plain" {
                    @for (bid, round) in view.bids {
                        li { a href={ "/bids/" (bid.id) } { (bid.display_title()) } " for " (round.name) " " (tag(bid.state.label(), bid.state.colour())) }
                    }
                }
            }

            h2 class="heading-m" { "Members" }
            ul class="list list--plain" {
                @for (member, person) in view.members {
                    li {
                        (person.name)
                        @if member.is_connector { " (community connector)" }
                        @if person.id == view.viewer_id { " (you)" }
                        " "
                        @if person.id != view.viewer_id && view.members.len() > 1 {
                            (button_form(&format!("{base}/members/{}/remove", person.id), &ctx.csrf_token, &format!("Remove {}", person.name), ButtonStyle::Secondary))
                        }
                    }
                }
            }
            @if !view.invitations.is_empty() {
                p class="body" { "Invited, not joined yet: " (view.invitations.iter().map(|i| i.email.as_str()).collect::<Vec<_>>().join(", ")) }
            }
            (post_form(&format!("{base}/invite"), &ctx.csrf_token, html! {
                (Input::new("email", "Invite someone to the group", view.invite_email).kind(InputKind::Email)
                    .hint("We will email them a link to join. They can then work on the group's bids with you.").render(tr, view.errors))
                (button("Send invitation", ButtonStyle::Secondary))
            }))
            @if view.members.len() > 1 {
                (button_form(&format!("{base}/leave"), &ctx.csrf_token, "Leave this group", ButtonStyle::Secondary))
            }

            h2 class="heading-m" { "About who leads your group and whom it serves (optional)" }
            p class="body" {
                "Programmes want to know whether their money reaches the groups that have missed out before. "
                "These questions are voluntary, are never shown to the panel that scores your bids, and appear in reports only as totals "
                "— unless your group is funded and chooses, when it accepts, to publish them with its award."
            }
            @match view.equality {
                Some(_) => { p class="body" { "You have answered these questions. " a href={ (base) "/equality" } { "Change your answers" } } }
                None => { p class="body" { a href={ (base) "/equality" } { "Answer the questions" } " (you can choose \"prefer not to say\")" } }
            }
        },
    )
}

/// The two voluntary questions, with the 360Giving categories as checkboxes.
pub fn equality_form(ctx: &PageCtx, group: &Group, form: &EqualityForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, "Who leads your group and whom it serves", errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (group.name) }
            h1 class="heading-l" { "Who leads your group and whom it serves" }
            div class="inset-text" {
                p class="body" { "These questions are optional. Your answers are kept apart from your bids and are never shown to the panel. "
                    "Reports show them only as totals, and small numbers are hidden outside the programme team. "
                    "If your group is funded, you can choose when accepting to publish the descriptions you tick (never your notes) with the award in the programme's open data." }
            }
            (post_form(&format!("/groups/{}/equality", group.id), &ctx.csrf_token, html! {
                (question(tr, errors, "leadership", "Who leads your group?",
                    "Tick the descriptions that fit most of the people who lead or run your group.", &form.leadership_status, &form.leadership_codes, &form.leadership_note))
                (question(tr, errors, "beneficiaries", "Whom does your group mainly serve?",
                    "Tick the descriptions that fit the people your group is mainly for.", &form.beneficiaries_status, &form.beneficiaries_codes, &form.beneficiaries_note))
                (button("Save answers", ButtonStyle::Primary))
            }))
            (button_form(&format!("/groups/{}/equality/clear", group.id), &ctx.csrf_token, "Remove all my answers", ButtonStyle::Secondary))
        },
    )
}

fn question(
    tr: Tr,
    errors: &FieldErrors,
    prefix: &str,
    legend: &str,
    hint: &str,
    status: &str,
    codes: &[String],
    note: &str,
) -> Markup {
    let status_field = format!("{prefix}_status");
    let options: Vec<(String, String)> = vec![
        ("answered".into(), "I will describe it".into()),
        ("general".into(), "No particular group: everyone in our area".into()),
        ("prefer_not_to_say".into(), "Prefer not to say".into()),
    ];
    html! {
        fieldset class="fieldset form-group" {
            legend class="fieldset__legend fieldset__legend--m" { (legend) }
            (radios(tr, &status_field, "Your answer", &options, status, None, errors))
            div class="hint" { (hint) }
            @for (population, children) in dei::grouped() {
                details class="details" open[codes.iter().any(|c| c.starts_with(&population.code[..5]))] {
                    summary { (population.title) }
                    div class="details__text" {
                        (code_checkbox(prefix, &population.code, &population.title, codes))
                        @for child in children {
                            (code_checkbox(prefix, &child.code, &child.title, codes))
                        }
                    }
                }
            }
            div class="form-group" {
                label class="label" for={ (prefix) "_note" } { "In your own words (optional)" }
                div class="hint" id={ (prefix) "_note-hint" } { "For example, lived experience of mental ill health, or a particular neighbourhood." }
                input class="input" type="text" id={ (prefix) "_note" } name={ (prefix) "_note" } value=(note) aria-describedby={ (prefix) "_note-hint" };
            }
        }
    }
}

fn code_checkbox(prefix: &str, code: &str, title: &str, codes: &[String]) -> Markup {
    let id = format!("{prefix}-{code}");
    html! {
        div class="checkboxes__item" {
            input class="checkboxes__input" type="checkbox" id=(id) name={ (prefix) "_codes" } value=(code) checked[codes.iter().any(|c| c == code)];
            label class="checkboxes__label" for=(id) { (title) }
        }
    }
}

/// The page an invitation link opens.
pub fn invitation(ctx: &PageCtx, group_name: &str, token: &str, signed_in: bool) -> Markup {
    let here = format!("/invitations/{token}");
    let next = url::form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>();
    page(
        ctx,
        &format!("Join {group_name}"),
        html! {
            h1 class="heading-l" { "Join " (group_name) }
            p class="body" { "You have been invited to join this group, so you can see and work on its bids." }
            @if signed_in {
                (post_form(&here, &ctx.csrf_token, html! { (button("Join the group", ButtonStyle::Primary)) }))
            } @else {
                p class="body" { "First, " a href={ "/login?next=" (next) } { "sign in" } " or " a href={ "/register?next=" (next) } { "create an account" } "." }
            }
        },
    )
}
