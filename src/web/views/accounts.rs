//! Pages for creating, using and recovering an account.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, london_datetime, post_form, summary_list,
    title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::accounts::{Person, Roles};
use crate::forms::FieldErrors;
use crate::web::return_path::with_next;

pub fn register(ctx: &PageCtx, name: &str, email: &str, next: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, "Create an account", errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { "Create an account" }
            p class="body" { "You need an account to apply for funding for your group, or to help a group apply." }
            (post_form("/register", &ctx.csrf_token, html! {
                input type="hidden" name="next" value=(next);
                (Input::new("name", "Your full name", name).autocomplete("name").width("input--width-30").render(tr, errors))
                (Input::new("email", "Email address", email).kind(InputKind::Email).autocomplete("email")
                    .hint("We will email you a link to finish creating your account.").render(tr, errors))
                (Input::new("password", "Create a password (optional)", "").kind(InputKind::Password).autocomplete("new-password")
                    .width("input--width-20")
                    .hint("At least 10 characters; three or four random words make a strong one. Or leave it empty and sign in each time with a link we email you.")
                    .render(tr, errors))
                (button("Create account", ButtonStyle::Primary))
            }))
            p class="body" { "Already have an account? " a href=(with_next("/login", next)) { "Sign in" } "." }
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
    page(
        ctx,
        "Check your email",
        html! {
            h1 class="heading-l" { "Check your email" }
            @match sent {
                LinkSent::Registration => {
                    p class="body" { "We have sent an email to " strong { (email) } " with a link to finish creating your account. "
                        "If you already have an account, the email has a link to sign in instead." }
                }
                LinkSent::SignIn => {
                    p class="body" { "If " strong { (email) } " has an account, we have sent it a link to sign in. The link works for 15 minutes." }
                }
            }
            p class="body" { "Open the link on this phone or computer to carry on where you were. If nothing arrives within a few minutes, "
                "check your spam folder, or " a href="/login" { "ask for another link" } "." }
        },
    )
}

/// The page an emailed sign-in link opens: one button, so a mail program checking the link
/// does not use it up.
pub fn follow_sign_in_link(ctx: &PageCtx, token: &str, email: &str) -> Markup {
    page(
        ctx,
        "Sign in",
        html! {
            h1 class="heading-l" { "Sign in" }
            p class="body" { "You are signing in as " strong { (email) } "." }
            (post_form(&format!("/login/link/{token}"), &ctx.csrf_token, html! {
                (button("Continue", ButtonStyle::Primary))
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
        &title_with_errors(tr, "Sign in", errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { "Sign in" }
            (post_form("/login", &ctx.csrf_token, html! {
                input type="hidden" name="next" value=(next);
                (Input::new("email", "Email address", email).kind(InputKind::Email).autocomplete("email").render(tr, errors))
                (Input::new("password", "Password", "").kind(InputKind::Password).autocomplete("current-password")
                    .width("input--width-20").render(tr, errors))
                @if show_code {
                    (Input::new("code", "Code from your authenticator app (if you use one)", "").autocomplete("one-time-code")
                        .width("input--width-10").hint("The 6 digits the app shows now, or one of your recovery codes.").render(tr, errors))
                }
                (button("Sign in", ButtonStyle::Primary))
                p class="body" { "No password, or forgotten it? We can email you a link that signs you in." }
                button type="submit" class="button button--secondary" formaction="/login/link" data-module="button" {
                    "Email me a link to sign in"
                }
            }))
            p class="body" { a href="/password/forgot" { "I have forgotten my password" } }
            p class="body" { "No account yet? " a href=(with_next("/register", next)) { "Create an account" } "." }
        },
    )
}

pub fn forgot_password(ctx: &PageCtx, email: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, "Reset your password", errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { "Reset your password" }
            p class="body" { "Enter the email address you use for your account. We will send you a link to choose a new password." }
            (post_form("/password/forgot", &ctx.csrf_token, html! {
                (Input::new("email", "Email address", email).kind(InputKind::Email).autocomplete("email").render(tr, errors))
                (button("Send me a link", ButtonStyle::Primary))
            }))
        },
    )
}

/// The same answer whether or not the address has an account.
pub fn reset_link_sent(ctx: &PageCtx, email: &str) -> Markup {
    page(
        ctx,
        "Check your email",
        html! {
            h1 class="heading-l" { "Check your email" }
            p class="body" { "If " strong { (email) } " has an account, we have sent it a link to reset the password." }
            p class="body" { "The link works for 1 hour. If nothing arrives within a few minutes, check your spam folder, or "
                a href="/password/forgot" { "ask for another link" } "." }
        },
    )
}

pub fn reset_password(ctx: &PageCtx, token: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, "Choose a new password", errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { "Choose a new password" }
            (post_form(&format!("/password/reset/{token}"), &ctx.csrf_token, html! {
                (Input::new("password", "New password", "").kind(InputKind::Password).autocomplete("new-password")
                    .width("input--width-20").hint("At least 10 characters.").render(tr, errors))
                (button("Save new password", ButtonStyle::Primary))
            }))
        },
    )
}

/// A link that cannot be used, and what to do instead.
pub fn dead_link(ctx: &PageCtx, heading: &str, explanation: &str, next_href: &str, next_label: &str) -> Markup {
    page(
        ctx,
        heading,
        html! {
            h1 class="heading-l" { (heading) }
            p class="body" { (explanation) }
            p class="body" { a href=(next_href) { (next_label) } }
        },
    )
}

pub fn email_verified(ctx: &PageCtx) -> Markup {
    page(
        ctx,
        "Email address confirmed",
        html! {
            div class="panel" { h1 class="panel__title" { "Email address confirmed" } }
            p class="body" { "Thank you. You can now send bids for your groups." }
            p class="body" { a href="/dashboard" { "Go to your groups and bids" } }
        },
    )
}

/// The banner asking an unverified person to confirm their address, with a resend button.
pub fn verify_reminder(ctx: &PageCtx) -> Markup {
    html! {
        div class="inset-text" {
            p class="body" { strong { "Confirm your email address. " } "We sent you a link when you created your account. "
                "You can start bids now; you need to confirm your address before you send one." }
            (button_form("/account/verify-email", &ctx.csrf_token, "Send the link again", ButtonStyle::Secondary))
        }
    }
}

pub fn account(ctx: &PageCtx, person: &Person, roles: &Roles, live_sessions: usize) -> Markup {
    page(
        ctx,
        "Your account",
        html! {
            h1 class="heading-l" { "Your account" }
            @if !person.is_verified() { (verify_reminder(ctx)) }
            (summary_list(&[
                ("Name", html! { (person.name) }),
                ("Email address", html! {
                    (person.email) " "
                    @if person.is_verified() { strong class="tag tag--green" { "Confirmed" } }
                    @else { strong class="tag tag--yellow" { "Not confirmed yet" } }
                }),
                ("Account created", html! { (london_datetime(person.created_at)) }),
                ("Password", html! {
                    @if person.has_password() { a href="/account/password" { "Change your password" } }
                    @else { "None: you sign in with emailed links. " a href="/account/password" { "Choose a password" } }
                }),
            ]))
            h2 class="heading-m" { "Your roles" }
            @if roles.site_admin || !roles.grants.is_empty() {
                ul class="list" {
                    @if roles.site_admin { li { "Site admin" } }
                    @for grant in &roles.grants {
                        li {
                            (grant.role.label()) ", " (grant.programme_name)
                            @if grant.lived_experience { " (lived experience)" }
                        }
                    }
                }
            } @else {
                p class="body" { "You apply for your groups. Programme teams can give you other roles, such as panel member." }
            }
            h2 class="heading-m" { "Where you are signed in" }
            p class="body" {
                "You are signed in on " (live_sessions) @if live_sessions == 1 { " device or browser" } @else { " devices or browsers" } ". "
                "If you have lost a device or think someone else used your account, sign out everywhere and change your password."
            }
            (button_form("/account/sign-out-everywhere", &ctx.csrf_token, "Sign out everywhere", ButtonStyle::Secondary))
            h2 class="heading-m" { "Your data" }
            p class="body" { "Download everything this portal holds about you, as a JSON file." }
            p class="body" { a href="/account/data.json" download="my-smallgrants-data.json" { "Download my data" } }
        },
    )
}

/// Changing the password, or choosing one for an account that has none yet.
pub fn change_password(ctx: &PageCtx, has_password: bool, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let heading = if has_password { "Change your password" } else { "Choose a password" };
    page(
        ctx,
        &title_with_errors(tr, heading, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (heading) }
            @if !has_password {
                p class="body" { "You sign in with links we email you. A password lets you sign in without waiting for an email; you can still use links too." }
            }
            (post_form("/account/password", &ctx.csrf_token, html! {
                @if has_password {
                    (Input::new("current_password", "Current password", "").kind(InputKind::Password)
                        .autocomplete("current-password").width("input--width-20").render(tr, errors))
                }
                (Input::new("password", "New password", "").kind(InputKind::Password).autocomplete("new-password")
                    .width("input--width-20").hint("At least 10 characters. You will stay signed in here and be signed out everywhere else.").render(tr, errors))
                (button(if has_password { "Change password" } else { "Save password" }, ButtonStyle::Primary))
            }))
        },
    )
}
