//! Pages for two-step sign-in: the second step itself, setting up an authenticator app (a QR
//! code drawn here as SVG, no outside service), the recovery codes, and the account's
//! two-step settings. The words are in `locales/…/staff/two-factor.ftl`.

use maud::{Markup, html};
use qrcode::{Color, QrCode};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, post_form, summary_list, title_with_errors,
};
use super::layout::{PageCtx, page};
use super::manage::with_inline;
use crate::accounts::second_factor::Status;
use crate::forms::FieldErrors;
use crate::i18n::Message;

/// The second step of signing in.
pub fn second_step(ctx: &PageCtx, next: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let heading = tr.t("two-factor-code");
    page(
        ctx,
        &title_with_errors(tr, &heading, errors),
        html! {
            (error_summary(tr, errors))
            (post_form("/login/two-factor", &ctx.csrf_token, html! {
                input type="hidden" name="next" value=(next);
                (Input::new("code", &heading, "").autocomplete("one-time-code")
                    .width("input--width-10").label_as_heading()
                    .hint(&tr.attr("two-factor-code", "hint"))
                    .render(tr, errors))
                (button(&tr.t("two-factor-continue"), ButtonStyle::Primary))
            }))
            details class="details" {
                summary class="details__summary" { (tr.t("two-factor-cannot-use-app")) }
                div class="details__text" {
                    p class="body" { (tr.t("two-factor-use-recovery-code")) }
                    p class="body" { (tr.t("two-factor-lost-everything")) }
                }
            }
            (button_form("/logout", &ctx.csrf_token, &tr.t("two-factor-cancel-sign-out"), ButtonStyle::Secondary))
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
    let heading = tr.t("two-factor-set-up-title");
    page(
        ctx,
        &title_with_errors(tr, &heading, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (heading) }
            @if required {
                p class="body" { (tr.t("two-factor-set-up-required")) }
            } @else {
                p class="body" { (tr.t("two-factor-set-up-why")) }
            }
            h2 class="heading-m" { (tr.t("two-factor-step-get-app")) }
            p class="body" { (tr.t("two-factor-step-get-app-body")) }
            h2 class="heading-m" { (tr.t("two-factor-step-add")) }
            p class="body" { (tr.t("two-factor-step-add-body")) }
            (qr_code(key.otpauth_url, &tr.t("two-factor-qr-code")))
            p class="body" { (with_inline(tr, Message::new("two-factor-on-this-phone"), "link",
                html! { a href=(key.otpauth_url) { (tr.t("two-factor-on-this-phone-link")) } })) }
            p class="body" { (tr.t("two-factor-type-key")) }
            p class="body secret-key" { code { (key.grouped_secret) } }
            h2 class="heading-m" { (tr.t("two-factor-step-enter-code")) }
            (post_form("/account/two-factor", &ctx.csrf_token, html! {
                input type="hidden" name="next" value=(next);
                (Input::new("code", &tr.t("two-factor-code-from-app"), "").kind(InputKind::Number).autocomplete("one-time-code").width("input--width-10")
                    .hint(&tr.attr("two-factor-code-from-app", "hint")).render(tr, errors))
                (button(&tr.t("two-factor-turn-on"), ButtonStyle::Primary))
            }))
        },
    )
}

/// The QR code for an `otpauth://` address, as one SVG path: dark modules only, with the
/// four-module quiet zone scanners need.
fn qr_code(otpauth_url: &str, label: &str) -> Markup {
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
            width="200" height="200" role="img" aria-label=(label)
            shape-rendering="crispEdges" {
            rect width=(size) height=(size) fill="#ffffff" {}
            path d=(path) fill="#000000" {}
        }
    }
}

/// The recovery codes, shown once.
pub fn recovery_codes(ctx: &PageCtx, codes: &[String], first_time: bool, next: &str) -> Markup {
    let tr = ctx.tr;
    let heading = tr.t(if first_time { "two-factor-is-on" } else { "two-factor-new-codes" });
    page(
        ctx,
        &heading,
        html! {
            div class="panel" { h1 class="panel__title" { (heading) } }
            h2 class="heading-m" { (tr.t("two-factor-save-codes")) }
            p class="body" { (tr.t("two-factor-save-codes-body")) }
            @if !first_time { p class="body" { (tr.t("two-factor-old-codes-gone")) } }
            ol class="recovery-codes" {
                @for code in codes { li { code { (code) } } }
            }
            p class="body" { a class="button" href=(crate::web::return_path::or_dashboard(next)) { (tr.t("two-factor-codes-saved")) } }
        },
    )
}

/// The account's two-step settings, once an app is set up.
pub fn settings(ctx: &PageCtx, status: &Status, required: bool, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, &tr.t("two-factor-settings-title"), errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (tr.t("two-factor-settings-title")) }
            (summary_list(&[
                (&tr.t("two-factor-status"), with_inline(tr, Message::new("two-factor-on-since").arg("datetime", tr.london_datetime(status.turned_on_at)), "on",
                    html! { strong class="tag tag--green" { (tr.t("two-factor-on")) } })),
                (&tr.t("two-factor-codes-left"), html! { (crate::t!(tr, "two-factor-codes-left-count", left = status.recovery_codes_left, total = crate::accounts::totp::RECOVERY_CODE_COUNT)) }),
            ]))
            h2 class="heading-m" { (tr.t("two-factor-codes-heading")) }
            p class="body" { (tr.t("two-factor-codes-renew-why")) }
            (button_form("/account/two-factor/recovery-codes", &ctx.csrf_token, &tr.t("two-factor-codes-renew"), ButtonStyle::Secondary))
            h2 class="heading-m" { (tr.t("two-factor-turn-off")) }
            @if required {
                p class="body" { (tr.t("two-factor-stays-on")) }
            } @else {
                (post_form("/account/two-factor/off", &ctx.csrf_token, html! {
                    (Input::new("code", &tr.t("two-factor-code-to-turn-off"), "").autocomplete("one-time-code")
                        .width("input--width-10").hint(&tr.attr("two-factor-code-to-turn-off", "hint")).render(tr, errors))
                    (button(&tr.t("two-factor-turn-off"), ButtonStyle::Warning))
                }))
            }
            p class="body" { a href="/account" { (tr.t("two-factor-back-to-account")) } }
        },
    )
}
