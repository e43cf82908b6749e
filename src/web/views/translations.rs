//! A bid's language, and the English translation shown beside the group's own words; the page
//! where a connector or the lead writes that translation.

use maud::{Markup, html};

use super::components::{ButtonStyle, button, error_summary, post_form, textarea, title_with_errors};
use super::layout::{PageCtx, page};
use crate::bids::translation::{MAX_CHARS, Translation};
use crate::bids::{Bid, language};
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::t;

/// For a bid not in English: its English translation (or that there is none yet), and where
/// this viewer adds or corrects it, if they may.
pub fn translation_section(
    tr: Tr,
    bid: &Bid,
    translation: Option<&Translation>,
    translate_link: Option<&str>,
) -> Markup {
    html! {
        @if language::needs_translation(&bid.language) {
            h3 class="heading-s" { (tr.t("bid-translation-section")) }
            @match translation {
                Some(translation) => (translation_block(tr, translation)),
                None => p class="body" { (tr.t("bid-translation-none")) },
            }
            @if let Some(link) = translate_link {
                p class="body" {
                    a href=(link) {
                        @if translation.is_some() { (tr.t("bid-translation-correct-link")) } @else { (tr.t("bid-translation-add-link")) }
                    }
                }
            }
        }
    }
}

/// The translation, marked as one, with who made it and when. It is English whatever the
/// page's language, so it says so to screen readers.
fn translation_block(tr: Tr, translation: &Translation) -> Markup {
    html! {
        div class="translation" {
            h3 class="translation__label" {
                (t!(tr, "bid-translation-by", name = translation.translated_by_name.as_str(), date = tr.london_date(translation.translated_at)))
            }
            div lang="en" dir="ltr" {
                @for paragraph in translation.text.split("\n\n") {
                    p class="body" { (paragraph) }
                }
            }
        }
    }
}

/// The group's own words, as written, for the translator to work from.
fn group_words(tr: Tr, bid: &Bid) -> Markup {
    let answers = [
        ("bid-words-title", bid.title.as_str()),
        ("bid-words-summary", bid.summary.as_str()),
        ("bid-words-purpose", bid.purpose.as_str()),
        ("bid-words-need", bid.need.as_str()),
        ("bid-words-reach", bid.reach.as_str()),
        ("bid-words-impact", bid.impact.as_str()),
        ("bid-words-video", bid.video_url.as_str()),
    ];
    html! {
        dl class="summary-list" {
            @for (key, text) in answers.iter().filter(|(_, text)| !text.is_empty()) {
                div class="summary-list__row" {
                    dt class="summary-list__key" { (tr.t(key)) }
                    dd class="summary-list__value" { bdi class="preserve-lines" { (text) } }
                }
            }
        }
    }
}

/// The page to add or correct the translation: the group's words, then the form.
pub struct TranslationPage<'a> {
    pub bid: &'a Bid,
    pub group_name: &'a str,
    pub action: &'a str,
    pub back: &'a str,
    pub text: &'a str,
    pub errors: &'a FieldErrors,
}

pub fn translation_page(ctx: &PageCtx, view: &TranslationPage<'_>) -> Markup {
    let tr = ctx.tr;
    let heading = t!(tr, "bid-translation-heading", group = view.group_name);
    let hint = tr.t("bid-translation-form-hint");
    page(
        ctx,
        &title_with_errors(tr, &heading, view.errors),
        html! {
            (error_summary(tr, view.errors))
            h1 class="heading-l" { (heading) }
            p class="body" {
                strong { (tr.t("bid-language-label")) } " "
                (language::name(tr, &view.bid.language, &view.bid.language_other))
            }
            h2 class="heading-m" { (tr.t("bid-translation-group-words")) }
            div lang=[language::html_lang(&view.bid.language)] { (group_words(tr, view.bid)) }
            (post_form(view.action, &ctx.csrf_token, html! {
                (textarea(tr, "translation", &tr.t("bid-translation-form-label"), view.text, Some(&hint), 14, view.errors))
                p class="hint" { (t!(tr, "bid-translation-form-limit", max = MAX_CHARS)) }
                (button(&tr.t("bid-translation-save"), ButtonStyle::Primary))
            }))
            p class="body" { a href=(view.back) { (tr.t("bid-translation-back")) } }
        },
    )
}
