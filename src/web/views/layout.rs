//! The page frame every screen shares: skip link, header with the service name and the
//! navigation the person may use, the main landmark, and the footer.

use maud::{DOCTYPE, Markup, html};

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
/// page's `h1`, so screen-reader users hear where they are.
pub fn page(ctx: &PageCtx, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – smallgrants" }
                link rel="stylesheet" href=(assets::stylesheet_url());
                link rel="icon" href=(assets::icon_url()) type="image/svg+xml";
                script src=(assets::script_url()) defer {}
            }
            body {
                a class="skip-link" href="#main-content" { "Skip to main content" }
                (header(ctx))
                div class="width-container" {
                    main id="main-content" class="main" tabindex="-1" {
                        @if let Some(flash) = &ctx.flash {
                            div class="notification-banner" role="status" {
                                p { (flash.message) }
                            }
                        }
                        @if ctx.second_factor_prompt && !ctx.current_path.starts_with("/account/two-factor") {
                            div class="inset-text" {
                                p class="body" {
                                    strong { "Set up two-step sign-in to use your programme lead or site admin tools. " }
                                    "It takes two minutes with an authenticator app on your phone. "
                                    a href="/account/two-factor" { "Set up two-step sign-in" }
                                }
                            }
                        }
                        (body)
                    }
                }
                (footer())
            }
        }
    }
}

fn header(ctx: &PageCtx) -> Markup {
    html! {
        header class="site-header" {
            div class="width-container site-header__inner" {
                a class="site-header__name" href="/" { "smallgrants" }
                @if !ctx.nav.is_empty() {
                    nav class="site-nav" aria-label="Main" {
                        ul {
                            @for link in &ctx.nav {
                                li {
                                    @if is_current(&ctx.current_path, link.href) {
                                        a href=(link.href) aria-current="page" { (link.label) }
                                    } @else {
                                        a href=(link.href) { (link.label) }
                                    }
                                }
                            }
                        }
                    }
                }
                @if let Some(name) = &ctx.person_name {
                    div class="site-header__person" {
                        span { "Signed in as " strong { (name) } }
                        " "
                        form method="post" action="/logout" class="inline-form" {
                            input type="hidden" name="csrf_token" value=(ctx.csrf_token);
                            button type="submit" class="link-button" { "Sign out" }
                        }
                    }
                }
            }
        }
    }
}

fn is_current(current_path: &str, href: &str) -> bool {
    if href == "/" { current_path == "/" } else { current_path.starts_with(href) }
}

fn footer() -> Markup {
    html! {
        footer class="site-footer" {
            div class="width-container" {
                h2 class="visually-hidden" { "Support links" }
                ul class="site-footer__links" {
                    li { a href="/accessibility" { "Accessibility statement" } }
                    li { a href="/privacy" { "Privacy" } }
                    li { a href="/awards" { "Awards made" } }
                }
                p { "smallgrants is free software for community grant programmes." }
            }
        }
    }
}
