//! "Our languages": each language the portal offers, whether a fluent speaker has checked it,
//! and how to tell us what reads wrong or help add a language.

use maud::{Markup, html};

use super::layout::{PageCtx, page};
use crate::i18n::Review;
use crate::t;

pub fn languages(ctx: &PageCtx) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("languages-title");
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("languages-intro")) }
            table class="table" {
                caption { (tr.t("languages-table-caption")) }
                thead { tr { th scope="col" { (tr.t("languages-column-language")) } th scope="col" { (tr.t("languages-column-status")) } } }
                tbody {
                    @for language in &ctx.languages {
                        @let about = language.language();
                        tr {
                            td {
                                a href=(crate::web::language::switch_link(&ctx.current_path, language.code()))
                                    lang=(language.code()) hreflang=(language.code()) { (about.name) }
                                @if about.name != about.english_name { " (" (about.english_name) ")" }
                            }
                            td {
                                @match &about.review {
                                    Review::Draft => (tr.t("languages-status-draft")),
                                    Review::Reviewed { by, on } => (t!(tr, "languages-status-reviewed", by = by, on = on)),
                                }
                            }
                        }
                    }
                }
            }
            h2 class="heading-m" { (tr.t("languages-tell-us-heading")) }
            p class="body" {
                (tr.t("languages-tell-us"))
                @if !ctx.contact_email.is_empty() {
                    " " (tr.t("languages-write-to")) " " a href={ "mailto:" (ctx.contact_email) } { (ctx.contact_email) }
                }
            }
            h2 class="heading-m" { (tr.t("languages-your-bid-heading")) }
            p class="body" { (tr.t("languages-your-bid")) }
            h2 class="heading-m" { (tr.t("languages-add-heading")) }
            p class="body" { (tr.t("languages-add")) }
        },
    )
}
