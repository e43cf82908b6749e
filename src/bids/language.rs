//! The language a bid is written or recorded in. Groups may bid in any language: they choose
//! from the community languages most spoken in England (British Sign Language among them, for
//! video bids) or name another. The panel and the lead see it on the bid, and a connector or
//! the lead can add an English translation beside the group's own words (`bids::translation`).

use crate::forms::{self, FieldErrors};
use crate::i18n::{Message, Tr};

/// A language a bid can be in: its code (ISO 639, `bfi` for British Sign Language) and the
/// message key of its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BidLanguage {
    pub code: &'static str,
    pub name_key: &'static str,
}

/// English, the default for a bid started on a page in English.
pub const ENGLISH: &str = "en";
/// "Another language", named by the group.
pub const OTHER: &str = "other";

/// The choices, in the order the form lists them: English first, then the community languages
/// most spoken in England (Census 2021), then "another language".
pub const CHOICES: &[BidLanguage] = &[
    BidLanguage { code: "en", name_key: "bid-language-en" },
    BidLanguage { code: "bfi", name_key: "bid-language-bfi" },
    BidLanguage { code: "ur", name_key: "bid-language-ur" },
    BidLanguage { code: "pl", name_key: "bid-language-pl" },
    BidLanguage { code: "pa", name_key: "bid-language-pa" },
    BidLanguage { code: "bn", name_key: "bid-language-bn" },
    BidLanguage { code: "gu", name_key: "bid-language-gu" },
    BidLanguage { code: "ar", name_key: "bid-language-ar" },
    BidLanguage { code: "so", name_key: "bid-language-so" },
    BidLanguage { code: "ro", name_key: "bid-language-ro" },
    BidLanguage { code: "pt", name_key: "bid-language-pt" },
    BidLanguage { code: "es", name_key: "bid-language-es" },
    BidLanguage { code: "ta", name_key: "bid-language-ta" },
    BidLanguage { code: "tr", name_key: "bid-language-tr" },
    BidLanguage { code: "zh", name_key: "bid-language-zh" },
    BidLanguage { code: "ku", name_key: "bid-language-ku" },
    BidLanguage { code: "fa", name_key: "bid-language-fa" },
    BidLanguage { code: "ps", name_key: "bid-language-ps" },
    BidLanguage { code: "ti", name_key: "bid-language-ti" },
    BidLanguage { code: "cy", name_key: "bid-language-cy" },
    BidLanguage { code: OTHER, name_key: "bid-language-other" },
];

/// The longest name a group may give "another language".
pub const MAX_OTHER_CHARS: usize = 60;

/// A bid's language as the group answered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageAnswer {
    pub code: String,
    /// The language's name when `code` is [`OTHER`]; empty otherwise.
    pub other: String,
}

/// Checks the answer: a code from [`CHOICES`], and a name when it is "another language".
pub fn check(code: &str, other: &str) -> Result<LanguageAnswer, FieldErrors> {
    let mut errors = FieldErrors::new();
    let code = code.trim();
    if !CHOICES.iter().any(|choice| choice.code == code) {
        errors.add("language", Message::new("bid-language-error-choose"));
        return Err(errors);
    }
    let other = if code == OTHER {
        forms::required_line(&mut errors, "language_other", other, "what-bid-language-other", MAX_OTHER_CHARS)
    } else {
        String::new()
    };
    errors.into_result(LanguageAnswer { code: code.to_string(), other })
}

/// The bid language that matches the page a group is reading, for a new bid: a group reading
/// in Urdu is most likely to bid in Urdu. They can change it on the bid.
pub fn for_reader(tr: Tr) -> &'static str {
    let primary = tr.code().split('-').next().unwrap_or(ENGLISH);
    CHOICES.iter().find(|choice| choice.code == primary && choice.code != OTHER).map_or(ENGLISH, |choice| choice.code)
}

/// The language's name for a reader: "Polish" / "polski" / "پولش", or the group's own words
/// for another language.
pub fn name(tr: Tr, code: &str, other: &str) -> String {
    if code == OTHER && !other.is_empty() {
        return other.to_string();
    }
    CHOICES.iter().find(|choice| choice.code == code).map_or_else(|| code.to_string(), |choice| tr.t(choice.name_key))
}

/// The HTML `lang` of the group's written words: their language's code, except for British
/// Sign Language and "another language", whose written words have no code we know.
pub fn html_lang(code: &str) -> Option<&str> {
    (code != OTHER && code != "bfi" && CHOICES.iter().any(|choice| choice.code == code)).then_some(code)
}

/// Whether the panel needs an English translation to read the bid.
pub fn needs_translation(code: &str) -> bool {
    code != ENGLISH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_language_or_another_named_one() {
        assert_eq!(check("pl", "").expect("Polish").code, "pl");
        let other = check("other", "  Tigrinya (Eritrean)  ").expect("named");
        assert_eq!((other.code.as_str(), other.other.as_str()), ("other", "Tigrinya (Eritrean)"));
        assert_eq!(check("pl", "ignored").expect("Polish").other, "", "a name only for another language");
        assert!(check("klingon", "").unwrap_err().get("language").is_some());
        assert!(check("", "").unwrap_err().get("language").is_some());
        let unnamed = check("other", " ").unwrap_err();
        assert_eq!(unnamed.english("language_other").as_deref(), Some("Enter the name of the language"));
        assert!(check("other", &"x".repeat(61)).unwrap_err().get("language_other").is_some());
    }

    #[test]
    fn a_new_bid_starts_in_the_reader_s_language() {
        let code = |c| for_reader(Tr::for_code(c).expect("built"));
        assert_eq!(code("en-GB"), "en");
        assert_eq!(code("pl"), "pl");
        assert_eq!(code("ur"), "ur");
    }

    #[test]
    fn names_in_the_reader_s_language() {
        let english = Tr::source();
        assert_eq!(name(english, "bfi", ""), "British Sign Language");
        assert_eq!(name(english, "other", "Tigrinya"), "Tigrinya");
        assert_eq!(name(Tr::for_code("pl").expect("pl"), "pl", ""), "polski");
        assert!(needs_translation("ur") && !needs_translation("en"));
    }
}
