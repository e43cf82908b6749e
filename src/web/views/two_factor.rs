//! Pages for two-step sign-in: the second step itself, setting up an authenticator app (a QR
//! code drawn here as SVG, no outside service), the recovery codes, and the account's
//! two-step settings.

use maud::{Markup, html};
use qrcode::{Color, QrCode};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, london_datetime, post_form, summary_list,
    title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::accounts::second_factor::Status;
use crate::forms::FieldErrors;

/// The second step of signing in.
pub fn second_step(ctx: &PageCtx, next: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, "Enter the code from your authenticator app", errors),
        html! {
            (error_summary(tr, errors))
            (post_form("/login/two-factor", &ctx.csrf_token, html! {
                input type="hidden" name="next" value=(next);
                (Input::new("code", "Enter the code from your authenticator app", "").autocomplete("one-time-code")
                    .width("input--width-10").label_as_heading()
                    .hint("Open the app on your phone and type the 6 digits it shows for smallgrants. The code changes every 30 seconds.")
                    .render(tr, errors))
                (button("Continue", ButtonStyle::Primary))
            }))
            details class="details" {
                summary class="details__summary" { "I cannot use my app" }
                div class="details__text" {
                    p class="body" { "Type one of the recovery codes you saved when you set up the app, in the same box. Each works once." }
                    p class="body" { "If you have lost your phone and your recovery codes, ask a site admin for your programme to reset two-step sign-in for you." }
                }
            }
            (button_form("/logout", &ctx.csrf_token, "Cancel and sign out", ButtonStyle::Secondary))
        },
    )
}

/// What the set-up page shows of the key: the QR code's address and the key to type.
pub struct NewKey<'a> {
    pub otpauth_url: &'a str,
    pub grouped_secret: &'a str,
}

/// Setting up an authenticator app. `required` says why a lead or admin must.
pub fn set_up(ctx: &PageCtx, key: &NewKey<'_>, required: bool, next: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, "Set up two-step sign-in", errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { "Set up two-step sign-in" }
            @if required {
                p class="body" { "You lead a programme or look after this site, so you decide where public money goes. "
                    "To protect that, you need a code from your phone as well as your password when you sign in. "
                    "Until you set it up, you can use the portal but not those tools." }
            } @else {
                p class="body" { "With two-step sign-in, someone who finds out your password still cannot sign in without your phone." }
            }
            h2 class="heading-m" { "1. Get an authenticator app" }
            p class="body" { "Use any authenticator app on your phone. Many phones have one already, in their password settings; "
                "others are free from the app store." }
            h2 class="heading-m" { "2. Add smallgrants to the app" }
            p class="body" { "In the app, choose to add an account, then scan this QR code with your phone's camera." }
            (qr_code(key.otpauth_url))
            p class="body" { "Reading this on the phone with the app? "
                a href=(key.otpauth_url) { "Add smallgrants to the authenticator app on this phone" } "." }
            p class="body" { "If you cannot scan it, choose to enter a key instead and type this one (spaces do not matter):" }
            p class="body secret-key" { code { (key.grouped_secret) } }
            h2 class="heading-m" { "3. Enter the code the app shows" }
            (post_form("/account/two-factor", &ctx.csrf_token, html! {
                input type="hidden" name="next" value=(next);
                (Input::new("code", "Code from the app", "").kind(InputKind::Number).autocomplete("one-time-code").width("input--width-10")
                    .hint("6 digits. It changes every 30 seconds.").render(tr, errors))
                (button("Turn on two-step sign-in", ButtonStyle::Primary))
            }))
        },
    )
}

/// The QR code for an `otpauth://` address, as one SVG path: dark modules only, with the
/// four-module quiet zone scanners need.
fn qr_code(otpauth_url: &str) -> Markup {
    let Ok(code) = QrCode::new(otpauth_url.as_bytes()) else {
        return html! {};
    };
    let width = code.width();
    let quiet = 4;
    let size = width + 2 * quiet;
    let mut path = String::new();
    for (index, colour) in code.to_colors().into_iter().enumerate() {
        if colour == Color::Dark {
            let (x, y) = (index % width + quiet, index / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    html! {
        svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (size) " " (size) }
            width="200" height="200" role="img" aria-label="QR code to add smallgrants to your authenticator app"
            shape-rendering="crispEdges" {
            rect width=(size) height=(size) fill="#ffffff" {}
            path d=(path) fill="#000000" {}
        }
    }
}

/// The recovery codes, shown once.
pub fn recovery_codes(ctx: &PageCtx, codes: &[String], first_time: bool, next: &str) -> Markup {
    let heading = if first_time { "Two-step sign-in is on" } else { "Your new recovery codes" };
    page(
        ctx,
        heading,
        html! {
            div class="panel" { h1 class="panel__title" { (heading) } }
            h2 class="heading-m" { "Save your recovery codes" }
            p class="body" { "If you lose your phone, each of these codes lets you sign in once instead of a code from the app. "
                "Write them down or print this page, and keep them somewhere safe. We will not show them again." }
            @if !first_time { p class="body" { "Your old recovery codes no longer work." } }
            ol class="recovery-codes" {
                @for code in codes { li { code { (code) } } }
            }
            p class="body" { a class="button" href=(crate::web::return_path::or_dashboard(next)) { "I have saved my codes, continue" } }
        },
    )
}

/// The account's two-step settings, once an app is set up.
pub fn settings(ctx: &PageCtx, status: &Status, required: bool, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, "Two-step sign-in", errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { "Two-step sign-in" }
            (summary_list(&[
                ("Status", html! { strong class="tag tag--green" { "On" } " since " (london_datetime(status.turned_on_at)) }),
                ("Recovery codes left", html! { (status.recovery_codes_left) " of " (crate::accounts::totp::RECOVERY_CODE_COUNT) }),
            ]))
            h2 class="heading-m" { "Recovery codes" }
            p class="body" { "Make new codes if you have used some, or think someone else has seen them. The old ones stop working." }
            (button_form("/account/two-factor/recovery-codes", &ctx.csrf_token, "Make new recovery codes", ButtonStyle::Secondary))
            h2 class="heading-m" { "Turn off two-step sign-in" }
            @if required {
                p class="body" { "You lead a programme or look after this site, so two-step sign-in stays on. "
                    "If you change phone, a site admin can reset it and you set it up again." }
            } @else {
                (post_form("/account/two-factor/off", &ctx.csrf_token, html! {
                    (Input::new("code", "Code from your authenticator app", "").autocomplete("one-time-code")
                        .width("input--width-10").hint("To show it is you: the 6 digits the app shows now, or a recovery code.").render(tr, errors))
                    (button("Turn off two-step sign-in", ButtonStyle::Warning))
                }))
            }
            p class="body" { a href="/account" { "Back to your account" } }
        },
    )
}
