//! Site-admin pages for people: find them, change their roles, disable accounts.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, checkbox, error_summary, london_datetime, plural, post_form,
    select, summary_list, tag, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::accounts::queries::PEOPLE_PAGE_SIZE;
use crate::accounts::second_factor::Status;
use crate::accounts::{Person, ProgrammeRole, Roles};
use crate::audit::Event;
use crate::forms::FieldErrors;
use crate::programmes::Programme;

fn status_tag(person: &Person) -> Markup {
    if person.is_disabled() {
        tag("Disabled", "red")
    } else if person.is_verified() {
        tag("Active", "green")
    } else {
        tag("Email not confirmed", "yellow")
    }
}

pub fn list(ctx: &PageCtx, search: &str, people: &[Person], total: i64, page_number: i64) -> Markup {
    let tr = ctx.tr;
    let last_page = (total + PEOPLE_PAGE_SIZE - 1) / PEOPLE_PAGE_SIZE;
    let query = url::form_urlencoded::byte_serialize(search.as_bytes()).collect::<String>();
    page(
        ctx,
        "People",
        html! {
            h1 class="heading-l" { "People" }
            form method="get" action="/manage/users" role="search" {
                (Input::new("q", "Find people by name or email", search).kind(InputKind::Search).width("input--width-30").render(tr, &FieldErrors::new()))
                (button("Search", ButtonStyle::Secondary))
            }
            p class="body" { (total) @if total == 1 { " person" } @else { " people" } @if !search.is_empty() { " found" } }
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { "People" }
                    thead { tr { th scope="col" { "Name" } th scope="col" { "Email" } th scope="col" { "Status" } th scope="col" { "Joined" } } }
                    tbody {
                        @for person in people {
                            tr {
                                td { a href={ "/manage/users/" (person.id) } { (person.name) } @if person.is_site_admin { " (site admin)" } }
                                td { (person.email) }
                                td { (status_tag(person)) }
                                td { (super::components::london_date(person.created_at)) }
                            }
                        }
                    }
                }
            }
            (super::components::pagination(tr, "Pages of people", page_number as usize, last_page as usize, |page| {
                format!("/manage/users?q={query}&page={page}")
            }))
        },
    )
}

/// What the grant form holds, kept on error.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct GrantForm {
    #[serde(default)]
    pub programme_id: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub lived_experience: Option<String>,
}

pub struct PersonPage<'a> {
    pub person: &'a Person,
    pub roles: &'a Roles,
    pub programmes: &'a [Programme],
    pub events: &'a [Event],
    pub second_factor: Option<Status>,
    pub is_self: bool,
    pub form: GrantForm,
    pub errors: FieldErrors,
}

pub fn person(ctx: &PageCtx, view: &PersonPage<'_>) -> Markup {
    let tr = ctx.tr;
    let person = view.person;
    let base = format!("/manage/users/{}", person.id);
    let programme_options: Vec<(String, String)> = std::iter::once((String::new(), "Choose a programme".to_string()))
        .chain(view.programmes.iter().map(|p| (p.id.to_string(), p.name.clone())))
        .collect();
    let role_options: Vec<(String, String)> =
        ProgrammeRole::ALL.iter().map(|r| (r.as_str().to_string(), r.label().to_string())).collect();
    page(
        ctx,
        &title_with_errors(tr, &person.name, &view.errors),
        html! {
            (error_summary(tr, &view.errors))
            span class="caption-l" { "Person" }
            h1 class="heading-l" { (person.name) }
            (summary_list(&[
                ("Email address", html! { (person.email) }),
                ("Status", status_tag(person)),
                ("Joined", html! { (london_datetime(person.created_at)) }),
                ("Site admin", html! { @if person.is_site_admin { "Yes" } @else { "No" } }),
                ("Two-step sign-in", html! {
                    @if let Some(status) = &view.second_factor {
                        "On since " (london_datetime(status.turned_on_at)) ", "
                        (plural(status.recovery_codes_left, "recovery code", "recovery codes")) " left"
                        @if !view.is_self {
                            " " a href={ (base) "/two-factor/reset" } { "Reset two-step sign-in" span class="visually-hidden" { " for " (person.name) } }
                        }
                    } @else { "Not set up" }
                }),
            ]))

            h2 class="heading-m" { "Roles in programmes" }
            @if view.roles.grants.is_empty() {
                p class="body" { "No roles. They can apply for their groups." }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { "Roles" }
                        thead { tr { th scope="col" { "Programme" } th scope="col" { "Role" } th scope="col" { span class="visually-hidden" { "Action" } } } }
                        tbody {
                            @for grant in &view.roles.grants {
                                tr {
                                    td { (grant.programme_name) }
                                    td { (grant.role.label()) @if grant.lived_experience { " (lived experience)" } }
                                    td { (button_form(&format!("{base}/roles/{}/revoke", grant.id), &ctx.csrf_token,
                                        &format!("Remove {} role", grant.role.label().to_lowercase()), ButtonStyle::Secondary)) }
                                }
                            }
                        }
                    }
                }
            }
            h2 class="heading-m" { "Give a role" }
            @if view.programmes.is_empty() {
                p class="body" { "There are no programmes yet. " a href="/manage/programmes/new" { "Create a programme" } " first." }
            } @else {
                (post_form(&format!("{base}/roles"), &ctx.csrf_token, html! {
                    (select(tr, "programme_id", "Programme", &programme_options, &view.form.programme_id, None, &view.errors))
                    (select(tr, "role", "Role", &role_options, &view.form.role, None, &view.errors))
                    div class="form-group" {
                        (checkbox(tr, "lived_experience", "Lived-experience panel member", view.form.lived_experience.is_some(),
                            Some("Only for panel members: they bring experience of the services this money funds."), None))
                    }
                    (button("Give role", ButtonStyle::Primary))
                }))
            }

            h2 class="heading-m" { "Account" }
            @if !view.is_self {
                div class="button-group" {
                    @if person.is_disabled() {
                        (button_form(&format!("{base}/enable"), &ctx.csrf_token, "Enable account", ButtonStyle::Secondary))
                    } @else {
                        (button_form(&format!("{base}/disable"), &ctx.csrf_token, "Disable account and sign them out", ButtonStyle::Warning))
                    }
                    @if person.is_site_admin {
                        (button_form(&format!("{base}/site-admin/revoke"), &ctx.csrf_token, "Remove site admin", ButtonStyle::Secondary))
                    } @else {
                        (button_form(&format!("{base}/site-admin/grant"), &ctx.csrf_token, "Make site admin", ButtonStyle::Secondary))
                    }
                }
            } @else {
                p class="body" { "This is your own account: you cannot disable it or remove your own site admin role here." }
            }

            h2 class="heading-m" { "History" }
            @if view.events.is_empty() {
                p class="body" { "Nothing recorded yet." }
            } @else {
                ul class="list list--plain" {
                    @for event in view.events.iter().rev().take(30) {
                        li { (london_datetime(event.occurred_at)) ": " (event.action.replace('_', " "))
                            @if let Some(role) = &event.to_state { " (" (role) ")" }
                            @if let Some(role) = &event.from_state { " (" (role) ")" }
                            @if let Some(reason) = &event.reason { " — " (reason) } }
                    }
                }
            }
        },
    )
}

/// Asks before a site admin removes someone's authenticator app.
pub fn confirm_second_factor_reset(ctx: &PageCtx, person: &Person) -> Markup {
    let heading = format!("Reset two-step sign-in for {}?", person.name);
    page(
        ctx,
        &heading,
        html! {
            h1 class="heading-l" { (heading) }
            p class="body" { "Do this when " (person.name) " has lost the phone with their authenticator app and their recovery codes. "
                "Check it is really them asking, for example by calling them on a number you already have." }
            p class="body" { "Their app and recovery codes will stop working, they will be signed out everywhere and emailed, "
                "and they will set up an app again the next time they sign in. This cannot be undone." }
            div class="button-group" {
                (button_form(&format!("/manage/users/{}/two-factor/reset", person.id), &ctx.csrf_token,
                    "Reset two-step sign-in", ButtonStyle::Warning))
                a class="link" href={ "/manage/users/" (person.id) } { "Cancel" }
            }
        },
    )
}
