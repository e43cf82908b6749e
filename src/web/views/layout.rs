//! The page frame every screen shares: skip link, header with the service name and the
//! navigation the person may use, the main landmark, and the footer.

use maud::{DOCTYPE, Markup, html};

use crate::i18n::{Review, Tr};
use crate::web::assets;
use crate::web::navigation::NavLink;

/// A one-off message shown at the top of the next page ("Your password has been changed").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Flash {
    pub message: String,
}

/// What every page needs to know about the request: who is signed in, the form token, the
/// navigation they may use, and any message carried over from the last action.
#[derive(Debug, Clone, Default)]
pub struct PageCtx {
    /// The signed-in person's name, if any.
    pub person_name: Option<String>,
    /// The session's form token, put in every form as `csrf_token`.
    pub csrf_token: String,
    pub nav: Vec<NavLink>,
    pub flash: Option<Flash>,
    /// The path of this request, to mark the current navigation item.
    pub current_path: String,
    /// A lead or site admin who must set up two-step sign-in before using that role: every
    /// page says so, with the way to do it.
    pub second_factor_prompt: bool,
    /// The page's language.
    pub tr: Tr,
    /// The languages offered, for the switcher (none on pages rendered without a request).
    pub languages: Vec<Tr>,
    /// Where to write about the portal (the footer, a draft translation).
    pub contact_email: String,
    /// Who runs the installation, or empty.
    pub operator_name: String,
    /// The signed-in person has not confirmed their email address yet (they can start a bid,
    /// not send one): the pages of a bid say so early, with a button to send the link again.
    pub email_unconfirmed: bool,
    /// The programme this page belongs to, if any: the footer names its team and contact.
    pub team: Option<crate::programmes::Team>,
    /// What the page is and who runs it, for search engines and link previews; without one the
    /// page's title and who runs the portal are used.
    pub description: Option<String>,
}

impl PageCtx {
    /// For pages rendered without a request (error pages).
    pub fn anonymous() -> PageCtx {
        PageCtx { nav: public_nav(), ..PageCtx::default() }
    }
}

/// Navigation for someone who is not signed in.
pub fn public_nav() -> Vec<NavLink> {
    crate::web::navigation::links_for(None)
}

/// A whole page: `title` goes in the browser tab (with the service name) and should match the
/// page's `h1`, so screen-reader users hear where they are. The page carries its language and
/// writing direction, so a right-to-left language mirrors the whole layout.
pub fn page(ctx: &PageCtx, title: &str, body: Markup) -> Markup {
    let tr = ctx.tr;
    html! {
        (DOCTYPE)
        html lang=(tr.code()) dir=(tr.direction().html()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – smallgrants" }
                meta name="description" content=(description(ctx, title));
                meta property="og:title" content=(title);
                meta property="og:description" content=(description(ctx, title));
                link rel="stylesheet" href=(assets::stylesheet_url());
                link rel="icon" href=(assets::icon_url()) type="image/svg+xml";
                script src=(assets::script_url()) defer {}
            }
            body {
                a class="skip-link" href="#main-content" { (tr.t("layout-skip-link")) }
                (header(ctx))
                div class="width-container" {
                    (draft_note(ctx))
                    main id="main-content" class="main" tabindex="-1" {
                        @if let Some(flash) = &ctx.flash {
                            div class="notification-banner" role="status" {
                                p { (flash.message) }
                            }
                        }
                        @if ctx.second_factor_prompt && !ctx.current_path.starts_with("/account/two-factor") {
                            div class="inset-text" {
                                p class="body" {
                                    strong { (tr.t("layout-two-factor-prompt")) " " }
                                    (tr.t("layout-two-factor-prompt-time")) " "
                                    a href="/account/two-factor" { (tr.t("layout-two-factor-prompt-link")) }
                                }
                            }
                        }
                        (body)
                    }
                }
                (footer(ctx))
            }
        }
    }
}

/// Plain links to this page in each offered language, each named in its own language (and
/// marked with it, so a screen reader says "Polski" in Polish). They sit in the header's first
/// row, beside the service's name, so they take no room on a phone.
fn language_links(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    html! {
        @if ctx.languages.len() > 1 {
            nav class="language-switcher" aria-label=(tr.t("layout-languages-label")) {
                ul class="language-switcher__list" {
                    @for language in &ctx.languages {
                        li {
                            @if *language == tr {
                                span class="language-switcher__current" lang=(language.code()) aria-current="true" {
                                    (language.language().name)
                                }
                            } @else {
                                a href=(crate::web::language::switch_link(&ctx.current_path, language.code()))
                                    lang=(language.code()) hreflang=(language.code()) {
                                    (language.language().name)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A draft translation says so on every page, with where to tell us what reads wrong.
fn draft_note(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    html! {
        @if ctx.languages.len() > 1 && tr.language().review == Review::Draft {
            p class="draft-note" {
                strong { (tr.t("layout-draft-translation")) }
                " "
                @if ctx.contact_email.is_empty() {
                    (tr.t("layout-draft-translation-tell-us"))
                } @else {
                    (tr.t("layout-draft-translation-tell-us-at")) " "
                    a href={ "mailto:" (ctx.contact_email) } { (ctx.contact_email) }
                }
                " "
                a href="/languages" { (tr.t("layout-draft-translation-more")) }
            }
        }
    }
}

fn header(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    html! {
        header class="site-header" {
            div class="width-container site-header__inner" {
                a class="site-header__name" href="/" { "smallgrants" }
                (language_links(ctx))
                @if !ctx.nav.is_empty() {
                    nav class="site-nav" aria-label=(tr.t("layout-nav-label")) {
                        ul {
                            @for link in &ctx.nav {
                                li {
                                    @if is_current(&ctx.current_path, link.href) {
                                        a href=(link.href) aria-current="page" { (tr.t(link.label)) }
                                    } @else {
                                        a href=(link.href) { (tr.t(link.label)) }
                                    }
                                }
                            }
                        }
                    }
                }
                @if let Some(name) = &ctx.person_name {
                    div class="site-header__person" {
                        span { (tr.t("layout-signed-in-as")) " " strong { bdi { (name) } } }
                        " "
                        form method="post" action="/logout" class="inline-form" {
                            input type="hidden" name="csrf_token" value=(ctx.csrf_token);
                            button type="submit" class="link-button" { (tr.t("layout-sign-out")) }
                        }
                    }
                }
            }
        }
    }
}

fn is_current(current_path: &str, href: &str) -> bool {
    let path = current_path.split('?').next().unwrap_or(current_path);
    if href == "/" { path == "/" } else { path.starts_with(href) }
}

/// The page's description for search engines and link previews: the one the page gave, or its
/// title and who runs it (the programme's team within a programme, else the installation).
fn description(ctx: &PageCtx, title: &str) -> String {
    let tr = ctx.tr;
    if let Some(description) = &ctx.description {
        return description.clone();
    }
    match (&ctx.team, ctx.operator_name.is_empty()) {
        (Some(team), _) => crate::t!(
            tr,
            "layout-description-programme",
            title = title,
            programme = team.programme_name.as_str(),
            team = team.name.as_str()
        ),
        (None, false) => {
            crate::t!(tr, "layout-description-operator", title = title, operator = ctx.operator_name.as_str())
        }
        (None, true) => crate::t!(tr, "layout-description", title = title),
    }
}

/// Who runs the portal and how to reach them, on pages that belong to no one programme.
fn installation_contact(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    html! {
        @if !ctx.operator_name.is_empty() || !ctx.contact_email.is_empty() {
            p {
                @if !ctx.operator_name.is_empty() {
                    span dir="auto" { (crate::t!(tr, "layout-footer-run-by", operator = ctx.operator_name.as_str())) }
                    " "
                }
                @if !ctx.contact_email.is_empty() {
                    (tr.t("layout-footer-write-to")) " "
                    a href={ "mailto:" (ctx.contact_email) } { (ctx.contact_email) }
                }
            }
        }
    }
}

fn footer(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    html! {
        footer class="site-footer" {
            div class="width-container" {
                h2 class="visually-hidden" { (tr.t("layout-footer-heading")) }
                @match &ctx.team {
                    Some(team) => (super::team::footer(tr, team)),
                    None => (installation_contact(ctx)),
                }
                ul class="site-footer__links" {
                    li { a href="/accessibility" { (tr.t("layout-footer-accessibility")) } }
                    li { a href="/privacy" { (tr.t("layout-footer-privacy")) } }
                    li { a href="/languages" { (tr.t("layout-footer-languages")) } }
                    li { a href="/awards" { (tr.t("layout-footer-awards")) } }
                    li { a href="/directory" { (tr.t("layout-footer-directory")) } }
                }
                p { (tr.t("layout-footer-about")) }
            }
        }
    }
}
