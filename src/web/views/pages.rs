//! Pages with fixed content: the accessibility statement and the privacy notice.

use maud::{Markup, html};

use super::layout::{PageCtx, page};

pub fn accessibility(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &tr.t("pages-accessibility-title"),
        html! {
            h1 class="heading-l" { (tr.t("pages-accessibility-title")) }
            p class="body" { (tr.t("pages-accessibility-intro")) }
            h2 class="heading-m" { (tr.t("pages-accessibility-how-heading")) }
            p class="body" { (tr.t("pages-accessibility-how")) }
            p class="body" { (tr.t("pages-accessibility-ways-to-apply")) }
            h2 class="heading-m" { (tr.t("pages-accessibility-problem-heading")) }
            p class="body" { (tr.t("pages-accessibility-problem")) }
        },
    )
}

pub fn privacy(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &tr.t("pages-privacy-title"),
        html! {
            h1 class="heading-l" { (tr.t("pages-privacy-title")) }
            p class="body" { (tr.t("pages-privacy-what-we-keep")) }
            p class="body" { (tr.t("pages-privacy-equality-questions")) }
            p class="body" { (tr.t("pages-privacy-download")) }
        },
    )
}
