//! Pages with fixed content: the accessibility statement and the privacy notice.

use maud::{Markup, html};

use super::layout::{PageCtx, page};

pub fn accessibility(ctx: &PageCtx) -> Markup {
    page(
        ctx,
        "Accessibility statement",
        html! {
            h1 class="heading-l" { "Accessibility statement" }
            p class="body" {
                "We want as many people as possible to be able to use this portal, on a phone or a computer, "
                "with a keyboard, a screen reader or speech recognition, and with text enlarged to 400%."
            }
            h2 class="heading-m" { "How accessible this portal is" }
            p class="body" {
                "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page works "
                "without JavaScript, and we check every page automatically for accessibility problems before each release."
            }
            p class="body" {
                "You can apply for funding with a video, an audio recording or a few written words: "
                "how well a bid is written is never scored."
            }
            h2 class="heading-m" { "Reporting a problem" }
            p class="body" {
                "If something on this portal does not work for you, tell the programme team who sent you here, "
                "or ask a community connector to help you apply. We will reply within 5 working days."
            }
        },
    )
}

pub fn privacy(ctx: &PageCtx) -> Markup {
    page(
        ctx,
        "Privacy",
        html! {
            h1 class="heading-l" { "Privacy" }
            p class="body" {
                "This portal keeps what you tell it to run grant rounds: your name and email address, the groups you "
                "belong to, and the bids, recordings and reports your groups send."
            }
            p class="body" {
                "Questions about who leads your group and whom it serves are optional. The answers are kept apart "
                "from your bid and are never shown to the people who score it. They are published only if your "
                "group, accepting a grant, chooses to publish them with its award (the descriptions ticked, never the notes)."
            }
            p class="body" {
                "You can download everything the portal holds about you from your account page at any time, and "
                "everything held about your group from the group's page."
            }
        },
    )
}
