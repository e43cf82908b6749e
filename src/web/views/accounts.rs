//! Pages for creating, using and recovering an account.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, post_form, sentence, sentence_with_link,
    summary_list, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::accounts::{Person, Roles};
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::web::return_path::with_next;

/// An address in bold inside a sentence.
fn bold(text: &str) -> Markup {
    html! { strong { (text) } }
}

pub fn register(ctx: &PageCtx, name: &str, email: &str, next: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, &tr.t("accounts-register-title"), errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (tr.t("accounts-register-title")) }
            p class="body" { (tr.t("accounts-register-intro")) }
            (post_form("/register", &ctx.csrf_token, html! {
                input type="hidden" name="next" value=(next);
                (Input::new("name", &tr.t("accounts-register-name-label"), name).autocomplete("name").width("input--width-30").render(tr, errors))
                (Input::new("email", &tr.t("accounts-email-label"), email).kind(InputKind::Email).autocomplete("email")
                    .hint(&tr.t("accounts-register-email-hint")).render(tr, errors))
                (Input::new("password", &tr.t("accounts-register-password-label"), "").kind(InputKind::Password).autocomplete("new-password")
                    .width("input--width-20")
                    .hint(&tr.t("accounts-register-password-hint"))
                    .render(tr, errors))
                (button(&tr.t("accounts-register-button"), ButtonStyle::Primary))
            }))
            p class="body" {
                (sentence_with_link(tr, "accounts-register-have-account", &with_next("/login", next)))
            }
        },
    )
}

/// Which email was just asked for: the page says the same whether or not an account exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkSent {
    Registration,
    SignIn,
}

pub fn check_email_for_link(ctx: &PageCtx, email: &str, sent: LinkSent) -> Markup {
    let tr = ctx.tr;
    let sent_to = match sent {
        LinkSent::Registration => "accounts-check-email-registration",
        LinkSent::SignIn => "accounts-check-email-sign-in",
    };
    page(
        ctx,
        &tr.t("accounts-check-email-title"),
        html! {
            h1 class="heading-l" { (tr.t("accounts-check-email-title")) }
            p class="body" { (sentence(tr, Message::new(sent_to), &[("email", bold(email))])) }
            p class="body" { (sentence_with_link(tr, "accounts-check-email-next", "/login")) }
        },
    )
}

/// The page an emailed sign-in link opens: one button, so a mail program checking the link
/// does not use it up.
pub fn follow_sign_in_link(ctx: &PageCtx, token: &str, email: &str) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &tr.t("accounts-follow-link-title"),
        html! {
            h1 class="heading-l" { (tr.t("accounts-follow-link-title")) }
            p class="body" { (sentence(tr, Message::new("accounts-follow-link-signing-in-as"), &[("email", bold(email))])) }
            (post_form(&format!("/login/link/{token}"), &ctx.csrf_token, html! {
                (button(&tr.t("accounts-follow-link-button"), ButtonStyle::Primary))
            }))
        },
    )
}

/// The sign-in form. `show_code` adds the field for a code from an authenticator app: shown
/// once sign-in is held back after wrong passwords (the way past it for someone with an app),
/// or when a code was given.
pub fn login(ctx: &PageCtx, email: &str, next: &str, show_code: bool, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, &tr.t("accounts-login-title"), errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (tr.t("accounts-login-title")) }
            (post_form("/login", &ctx.csrf_token, html! {
                input type="hidden" name="next" value=(next);
                (Input::new("email", &tr.t("accounts-email-label"), email).kind(InputKind::Email).autocomplete("email").render(tr, errors))
                (Input::new("password", &tr.t("accounts-password-label"), "").kind(InputKind::Password).autocomplete("current-password")
                    .width("input--width-20").render(tr, errors))
                @if show_code {
                    (Input::new("code", &tr.t("accounts-login-code-label"), "").autocomplete("one-time-code")
                        .width("input--width-10").hint(&tr.t("accounts-login-code-hint")).render(tr, errors))
                }
                (button(&tr.t("accounts-sign-in-button"), ButtonStyle::Primary))
                p class="body" { (tr.t("accounts-login-link-intro")) }
                button type="submit" class="button button--secondary" formaction="/login/link" data-module="button" {
                    (tr.t("accounts-login-link-button"))
                }
            }))
            p class="body" { a href="/password/forgot" { (tr.t("accounts-login-forgotten-link")) } }
            @if crate::web::bid_start::start_path_round(next).is_some() { (new_here(ctx, next)) }
        },
    )
}

/// "New here?" on the sign-in page reached from "Start a bid", and on the page that says a
/// group can apply: a name and an email address are
/// all it takes to begin, so a new person is not sent on to another page first. The fields have
/// their own ids (the sign-in form above has an `email` too); a problem is shown on the
/// registration page, with what was typed.
pub fn new_here(ctx: &PageCtx, next: &str) -> Markup {
    let tr = ctx.tr;
    html! {
        section class="new-here" aria-labelledby="new-here-heading" {
            h2 class="heading-m" id="new-here-heading" { (tr.t("accounts-login-new-heading")) }
            p class="body" { (tr.t("accounts-login-new-intro")) }
            form method="post" action="/register" novalidate {
                (super::components::csrf_field(&ctx.csrf_token))
                input type="hidden" name="next" value=(next);
                div class="form-group" {
                    label class="label" for="new-name" { (tr.t("accounts-register-name-label")) }
                    input class="input input--width-30" type="text" id="new-name" name="name" autocomplete="name";
                }
                div class="form-group" {
                    label class="label" for="new-email" { (tr.t("accounts-login-new-email")) }
                    div class="hint" id="new-email-hint" { (tr.t("accounts-register-email-hint")) }
                    input class="input" type="email" id="new-email" name="email" autocomplete="email" spellcheck="false" aria-describedby="new-email-hint";
                }
                (button(&tr.t("accounts-register-button"), ButtonStyle::Secondary))
            }
        }
    }
}

pub fn forgot_password(ctx: &PageCtx, email: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, &tr.t("accounts-forgot-title"), errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (tr.t("accounts-forgot-title")) }
            p class="body" { (tr.t("accounts-forgot-intro")) }
            (post_form("/password/forgot", &ctx.csrf_token, html! {
                (Input::new("email", &tr.t("accounts-email-label"), email).kind(InputKind::Email).autocomplete("email").render(tr, errors))
                (button(&tr.t("accounts-forgot-button"), ButtonStyle::Primary))
            }))
        },
    )
}

/// The same answer whether or not the address has an account.
pub fn reset_link_sent(ctx: &PageCtx, email: &str) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &tr.t("accounts-check-email-title"),
        html! {
            h1 class="heading-l" { (tr.t("accounts-check-email-title")) }
            p class="body" { (sentence(tr, Message::new("accounts-reset-sent"), &[("email", bold(email))])) }
            p class="body" { (sentence_with_link(tr, "accounts-reset-sent-next", "/password/forgot")) }
        },
    )
}

pub fn reset_password(ctx: &PageCtx, token: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, &tr.t("accounts-reset-title"), errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (tr.t("accounts-reset-title")) }
            (post_form(&format!("/password/reset/{token}"), &ctx.csrf_token, html! {
                (Input::new("password", &tr.t("accounts-new-password-label"), "").kind(InputKind::Password).autocomplete("new-password")
                    .width("input--width-20").hint(&tr.t("accounts-reset-password-hint")).render(tr, errors))
                (button(&tr.t("accounts-reset-button"), ButtonStyle::Primary))
            }))
        },
    )
}

/// A link that cannot be used, and what to do instead: the message keys of the heading, the
/// explanation and the way on's words.
pub fn dead_link(ctx: &PageCtx, heading: &str, explanation: &str, next_href: &str, next_label: &str) -> Markup {
    let tr = ctx.tr;
    let heading = tr.t(heading);
    page(
        ctx,
        &heading,
        html! {
            h1 class="heading-l" { (heading) }
            p class="body" { (tr.t(explanation)) }
            p class="body" { a href=(next_href) { (tr.t(next_label)) } }
        },
    )
}

pub fn email_verified(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &tr.t("accounts-verified-title"),
        html! {
            div class="panel" { h1 class="panel__title" { (tr.t("accounts-verified-title")) } }
            p class="body" { (tr.t("accounts-verified")) }
            p class="body" { a href="/dashboard" { (tr.t("accounts-go-to-dashboard")) } }
        },
    )
}

/// The banner asking an unverified person to confirm their address, with a resend button that
/// comes back to this page.
pub fn verify_reminder(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    html! {
        div class="inset-text" {
            p class="body" { strong { (tr.t("accounts-verify-reminder-title")) " " } (tr.t("accounts-verify-reminder")) }
            form method="post" action="/account/verify-email" class="inline-form" {
                (super::components::csrf_field(&ctx.csrf_token))
                input type="hidden" name="next" value=(ctx.current_path);
                (button(&tr.t("accounts-verify-reminder-button"), ButtonStyle::Secondary))
            }
        }
    }
}

/// `paid_link`: the person has been paid for their time, or sits on a panel, so the page links to
/// their payments and their choice about payment.
pub fn account(ctx: &PageCtx, person: &Person, roles: &Roles, live_sessions: usize, paid_link: bool) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &tr.t("accounts-account-title"),
        html! {
            h1 class="heading-l" { (tr.t("accounts-account-title")) }
            @if !person.is_verified() { (verify_reminder(ctx)) }
            (summary_list(&[
                (&tr.t("accounts-account-name"), html! { (person.name) }),
                (&tr.t("accounts-email-label"), html! {
                    (person.email) " "
                    @if person.is_verified() { strong class="tag tag--green" { (tr.t("accounts-account-confirmed")) } }
                    @else { strong class="tag tag--yellow" { (tr.t("accounts-account-not-confirmed")) } }
                }),
                (&tr.t("accounts-account-created"), html! { (tr.london_datetime(person.created_at)) }),
                (&tr.t("accounts-password-label"), html! {
                    @if person.has_password() { a href="/account/password" { (tr.t("accounts-account-change-password")) } }
                    @else {
                        (tr.t("accounts-account-no-password")) " "
                        a href="/account/password" { (tr.t("accounts-account-choose-password")) }
                    }
                }),
            ]))
            h2 class="heading-m" { (tr.t("accounts-roles-heading")) }
            @if roles.site_admin || !roles.grants.is_empty() {
                ul class="list" {
                    @if roles.site_admin { li { (tr.t("accounts-role-site-admin")) } }
                    @for grant in &roles.grants {
                        @let key = if grant.lived_experience {
                            "accounts-role-in-programme-lived-experience"
                        } else {
                            "accounts-role-in-programme"
                        };
                        li {
                            (crate::t!(tr, key, role = Message::new(grant.role.label_key()), programme = &grant.programme_name))
                        }
                    }
                }
            } @else {
                p class="body" { (tr.t("accounts-no-roles")) }
            }
            @if paid_link {
                p class="body" { a href="/panel/payments" { (tr.t("accounts-payments-for-time")) } }
            }
            h2 class="heading-m" id="reminders" { (tr.t("accounts-reminders-heading")) }
            p class="body" { (tr.t("accounts-reminders-intro")) }
            p class="body" { (tr.t("accounts-reminders-always")) }
            p class="body" {
                strong { (tr.t(if person.deadline_reminders { "accounts-reminders-on" } else { "accounts-reminders-off" })) }
            }
            (post_form("/account/reminders", &ctx.csrf_token, html! {
                input type="hidden" name="reminders" value=(if person.deadline_reminders { "off" } else { "on" });
                (button(&tr.t(if person.deadline_reminders { "accounts-reminders-turn-off" } else { "accounts-reminders-turn-on" }), ButtonStyle::Secondary))
            }))
            h2 class="heading-m" { (tr.t("accounts-sessions-heading")) }
            p class="body" { (crate::t!(tr, "accounts-sessions", count = live_sessions)) }
            (button_form("/account/sign-out-everywhere", &ctx.csrf_token, &tr.t("accounts-sign-out-everywhere-button"), ButtonStyle::Secondary))
            h2 class="heading-m" { (tr.t("accounts-data-heading")) }
            p class="body" { (tr.t("accounts-data-intro")) }
            p class="body" { a href="/account/data.json" download="my-smallgrants-data.json" { (tr.t("accounts-data-link")) } }
        },
    )
}

/// Changing the password, or choosing one for an account that has none yet.
pub fn change_password(ctx: &PageCtx, has_password: bool, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let heading = tr.t(if has_password { "accounts-change-password-title" } else { "accounts-choose-password-title" });
    page(
        ctx,
        &title_with_errors(tr, &heading, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (heading) }
            @if !has_password {
                p class="body" { (tr.t("accounts-choose-password-intro")) }
            }
            (post_form("/account/password", &ctx.csrf_token, html! {
                @if has_password {
                    (Input::new("current_password", &tr.t("accounts-current-password-label"), "").kind(InputKind::Password)
                        .autocomplete("current-password").width("input--width-20").render(tr, errors))
                }
                (Input::new("password", &tr.t("accounts-new-password-label"), "").kind(InputKind::Password).autocomplete("new-password")
                    .width("input--width-20").hint(&tr.t("accounts-change-password-hint")).render(tr, errors))
                (button(&tr.t(if has_password { "accounts-change-password-button" } else { "accounts-choose-password-button" }), ButtonStyle::Primary))
            }))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;

    #[test]
    fn a_sentence_keeps_its_link_and_bold_address_where_the_language_puts_them() {
        let tr = Tr::source();
        let link = sentence_with_link(tr, "accounts-register-have-account", "/login?next=%2Fx").into_string();
        assert_eq!(link, "Already have an account? <a href=\"/login?next=%2Fx\">Sign in</a>.");
        let sent = sentence(tr, Message::new("accounts-check-email-sign-in"), &[("email", bold("a<b>@example.org"))]);
        assert_eq!(
            sent.into_string(),
            "If <strong>a&lt;b&gt;@example.org</strong> has an account, we have sent it a link to sign in. \
             The link works for 15 minutes."
        );
    }

    #[test]
    fn the_account_page_counts_devices_and_names_roles() {
        use crate::accounts::model::{ProgrammeRole, RoleGrant};
        let at = chrono::NaiveDate::from_ymd_opt(2027, 1, 15).and_then(|d| d.and_hms_opt(12, 0, 0)).expect("time");
        let person = Person {
            id: 7,
            name: "Amina Khan".into(),
            email: "amina@example.org".into(),
            password_hash: String::new(),
            email_verified_at: None,
            is_site_admin: false,
            disabled_at: None,
            created_at: at,
            updated_at: at,
            language: None,
            deadline_reminders: true,
            is_directory_editor: false,
        };
        let grant = RoleGrant {
            id: 1,
            programme_id: 1,
            programme_name: "Ward fund".into(),
            role: ProgrammeRole::Panel,
            lived_experience: true,
        };
        let roles = Roles { person_id: 7, site_admin: false, directory_editor: false, grants: vec![grant] };
        let one = account(&PageCtx::anonymous(), &person, &roles, 1, false).into_string();
        assert!(one.contains("You are signed in on 1 device or browser. If you have lost"), "{one}");
        assert!(one.contains("<li>Panel member, Ward fund (lived experience)</li>"), "{one}");
        assert!(one.contains("15 January 2027 at midday"), "{one}");
        assert!(
            one.contains("None: you sign in with emailed links. <a href=\"/account/password\">Choose a password</a>")
        );
        let two = account(&PageCtx::anonymous(), &person, &roles, 2, false).into_string();
        assert!(two.contains("You are signed in on 2 devices or browsers."), "{two}");
        assert!(one.contains("Reminders are on.") && one.contains("name=\"reminders\" value=\"off\""), "{one}");
        let quiet = Person { deadline_reminders: false, ..person };
        let quiet = account(&PageCtx::anonymous(), &quiet, &roles, 1, false).into_string();
        assert!(quiet.contains("Reminders are off.") && quiet.contains("Turn reminders on"), "{quiet}");
        assert!(quiet.contains("name=\"reminders\" value=\"on\""), "{quiet}");
    }
}
