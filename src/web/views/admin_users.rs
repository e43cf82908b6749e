//! Site-admin pages for people: find them, change their roles, disable accounts. The words are
//! in `locales/…/staff/admin.ftl`.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, checkbox, error_summary, post_form, select, summary_list, tag,
    title_with_errors,
};
use super::layout::{PageCtx, page};
use super::manage::with_inline;
use crate::accounts::queries::PEOPLE_PAGE_SIZE;
use crate::accounts::second_factor::Status;
use crate::accounts::{Person, ProgrammeRole, Roles};
use crate::audit::Event;
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::programmes::Programme;

fn status_tag(tr: Tr, person: &Person) -> Markup {
    if person.is_disabled() {
        tag(&tr.t("admin-status-disabled"), "red")
    } else if person.is_verified() {
        tag(&tr.t("admin-status-active"), "green")
    } else {
        tag(&tr.t("admin-status-unconfirmed"), "yellow")
    }
}

pub fn list(ctx: &PageCtx, search: &str, people: &[Person], total: i64, page_number: i64) -> Markup {
    let tr = ctx.tr;
    let last_page = (total + PEOPLE_PAGE_SIZE - 1) / PEOPLE_PAGE_SIZE;
    let query = url::form_urlencoded::byte_serialize(search.as_bytes()).collect::<String>();
    page(
        ctx,
        &tr.t("admin-people-title"),
        html! {
            h1 class="heading-l" { (tr.t("admin-people-title")) }
            form method="get" action="/manage/users" role="search" {
                (Input::new("q", &tr.t("admin-people-search"), search).kind(InputKind::Search).width("input--width-30").render(tr, &FieldErrors::new()))
                (button(&tr.t("admin-people-search-button"), ButtonStyle::Secondary))
            }
            p class="body" {
                @if search.is_empty() { (crate::t!(tr, "admin-people-count", count = total)) } @else { (crate::t!(tr, "admin-people-found", count = total)) }
            }
            div class="table-wrapper" {
                table class="table" {
                    caption class="visually-hidden" { (tr.t("admin-people-title")) }
                    thead { tr { th scope="col" { (tr.t("admin-people-name")) } th scope="col" { (tr.t("admin-people-email")) } th scope="col" { (tr.t("admin-people-status")) } th scope="col" { (tr.t("admin-people-joined")) } } }
                    tbody {
                        @for person in people {
                            tr {
                                td { a href={ "/manage/users/" (person.id) } { (person.name) } @if person.is_site_admin { " " (tr.t("admin-people-site-admin")) } }
                                td { (person.email) }
                                td { (status_tag(tr, person)) }
                                td { (tr.london_date(person.created_at)) }
                            }
                        }
                    }
                }
            }
            (super::components::pagination(tr, &tr.t("admin-people-pages"), page_number as usize, last_page as usize, |page| {
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
    let programme_options: Vec<(String, String)> = std::iter::once((String::new(), tr.t("admin-choose-programme")))
        .chain(view.programmes.iter().map(|p| (p.id.to_string(), p.name.clone())))
        .collect();
    let role_options: Vec<(String, String)> =
        ProgrammeRole::ALL.iter().map(|r| (r.as_str().to_string(), tr.t(r.label_key()))).collect();
    page(
        ctx,
        &title_with_errors(tr, &person.name, &view.errors),
        html! {
            (error_summary(tr, &view.errors))
            span class="caption-l" { (tr.t("admin-person-caption")) }
            h1 class="heading-l" { (person.name) }
            (summary_list(&[
                (&tr.t("admin-person-email"), html! { (person.email) }),
                (&tr.t("admin-people-status"), status_tag(tr, person)),
                (&tr.t("admin-people-joined"), html! { (tr.london_datetime(person.created_at)) }),
                (&tr.t("admin-person-site-admin"), html! { @if person.is_site_admin { (tr.t("admin-yes")) } @else { (tr.t("admin-no")) } }),
                (&tr.t("admin-person-directory-editor"), html! { @if person.is_directory_editor { (tr.t("admin-yes")) } @else { (tr.t("admin-no")) } }),
                (&tr.t("admin-person-two-factor"), html! {
                    @if let Some(status) = &view.second_factor {
                        (crate::t!(tr, "admin-two-factor-on", datetime = tr.london_datetime(status.turned_on_at), left = status.recovery_codes_left))
                        @if !view.is_self {
                            " " a href={ (base) "/two-factor/reset" } { (tr.t("admin-two-factor-reset")) span class="visually-hidden" { " " (crate::t!(tr, "admin-two-factor-reset-for", name = person.name.as_str())) } }
                        }
                    } @else { (tr.t("admin-two-factor-off")) }
                }),
            ]))

            h2 class="heading-m" { (tr.t("admin-roles-heading")) }
            @if view.roles.grants.is_empty() {
                p class="body" { (tr.t("admin-roles-none")) }
            } @else {
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (tr.t("admin-roles-caption")) }
                        thead { tr { th scope="col" { (tr.t("admin-roles-programme")) } th scope="col" { (tr.t("admin-roles-role")) } th scope="col" { span class="visually-hidden" { (tr.t("admin-roles-action")) } } } }
                        tbody {
                            @for grant in &view.roles.grants {
                                @let role = tr.t(grant.role.label_key());
                                tr {
                                    td { (grant.programme_name) }
                                    td { @if grant.lived_experience { (crate::t!(tr, "admin-role-lived-experience", role = role.as_str())) } @else { (role) } }
                                    td { (button_form(&format!("{base}/roles/{}/revoke", grant.id), &ctx.csrf_token,
                                        &crate::t!(tr, "admin-role-remove", role = role.to_lowercase()), ButtonStyle::Secondary)) }
                                }
                            }
                        }
                    }
                }
            }
            h2 class="heading-m" { (tr.t("admin-give-role-heading")) }
            @if view.programmes.is_empty() {
                p class="body" { (with_inline(tr, Message::new("admin-no-programmes"), "link", html! { a href="/manage/programmes/new" { (tr.t("admin-no-programmes-link")) } })) }
            } @else {
                (post_form(&format!("{base}/roles"), &ctx.csrf_token, html! {
                    (select(tr, "programme_id", &tr.t("admin-roles-programme"), &programme_options, &view.form.programme_id, None, &view.errors))
                    (select(tr, "role", &tr.t("admin-roles-role"), &role_options, &view.form.role, None, &view.errors))
                    div class="form-group" {
                        (checkbox(tr, "lived_experience", &tr.t("admin-lived-experience"), view.form.lived_experience.is_some(),
                            Some(&tr.attr("admin-lived-experience", "hint")), None))
                    }
                    (button(&tr.t("admin-give-role-button"), ButtonStyle::Primary))
                }))
            }

            h2 class="heading-m" { (tr.t("admin-account-heading")) }
            @if !view.is_self {
                div class="button-group" {
                    @if person.is_disabled() {
                        (button_form(&format!("{base}/enable"), &ctx.csrf_token, &tr.t("admin-account-enable"), ButtonStyle::Secondary))
                    } @else {
                        (button_form(&format!("{base}/disable"), &ctx.csrf_token, &tr.t("admin-account-disable"), ButtonStyle::Warning))
                    }
                    @if person.is_site_admin {
                        (button_form(&format!("{base}/site-admin/revoke"), &ctx.csrf_token, &tr.t("admin-site-admin-revoke"), ButtonStyle::Secondary))
                    } @else {
                        (button_form(&format!("{base}/site-admin/grant"), &ctx.csrf_token, &tr.t("admin-site-admin-grant"), ButtonStyle::Secondary))
                    }
                }
            }
            // Anyone, themselves included, may be made a directory editor or stop being one.
            div class="button-group" {
                @if person.is_directory_editor {
                    (button_form(&format!("{base}/directory-editor/revoke"), &ctx.csrf_token, &tr.t("admin-directory-editor-revoke"), ButtonStyle::Secondary))
                } @else {
                    (button_form(&format!("{base}/directory-editor/grant"), &ctx.csrf_token, &tr.t("admin-directory-editor-grant"), ButtonStyle::Secondary))
                }
            }
            @if view.is_self {
                p class="body" { (tr.t("admin-account-own")) }
            }

            h2 class="heading-m" { (tr.t("admin-history-heading")) }
            @if view.events.is_empty() {
                p class="body" { (tr.t("admin-history-none")) }
            } @else {
                ul class="list list--plain" {
                    @for event in view.events.iter().rev().take(30) {
                        li { (crate::t!(tr, "admin-history-event", datetime = tr.london_datetime(event.occurred_at), action = event_action(tr, &event.action)))
                            @if let Some(role) = &event.to_state { " (" (role) ")" }
                            @if let Some(role) = &event.from_state { " (" (role) ")" }
                            @if let Some(reason) = &event.reason { " — " (reason) } }
                    }
                }
            }
        },
    )
}

/// What happened to an account, from the audit trail's action code ("role_granted").
fn event_action(tr: Tr, action: &str) -> String {
    crate::t!(tr, "admin-history-action", action = action, words = action.replace('_', " "))
}

/// Asks before a site admin removes someone's authenticator app.
pub fn confirm_second_factor_reset(ctx: &PageCtx, person: &Person) -> Markup {
    let tr = ctx.tr;
    let heading = crate::t!(tr, "admin-reset-title", name = person.name.as_str());
    page(
        ctx,
        &heading,
        html! {
            h1 class="heading-l" { (heading) }
            p class="body" { (crate::t!(tr, "admin-reset-when", name = person.name.as_str())) }
            p class="body" { (tr.t("admin-reset-what-happens")) }
            div class="button-group" {
                (button_form(&format!("/manage/users/{}/two-factor/reset", person.id), &ctx.csrf_token,
                    &tr.t("admin-two-factor-reset"), ButtonStyle::Warning))
                a class="link" href={ "/manage/users/" (person.id) } { (tr.t("admin-reset-cancel")) }
            }
        },
    )
}
