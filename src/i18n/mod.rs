//! Every word a person reads, in their language: Project Fluent message files under `locales/`
//! (one folder per language, British English the source), the [`Tr`] that turns a message key
//! into text for one reader, and how each language writes amounts and dates.
//!
//! How a page's language is chosen is in `web::language`; how to add or review a language is in
//! `docs/TRANSLATING.md`.

pub mod catalog;
mod format;
pub mod message;
#[cfg(test)]
mod tests;

use fluent_bundle::{FluentArgs, FluentValue};

pub use catalog::{Direction, Language, Review, SOURCE, catalog};
pub use message::{Arg, Message};

/// One reader's language: turns message keys into text. Cheap to copy (a reference into the
/// catalog), so pages and emails carry it by value.
#[derive(Clone, Copy)]
pub struct Tr {
    language: &'static Language,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tr({})", self.language.code)
    }
}

impl Default for Tr {
    fn default() -> Tr {
        Tr::source()
    }
}

impl PartialEq for Tr {
    fn eq(&self, other: &Tr) -> bool {
        self.language.code == other.language.code
    }
}

impl Tr {
    /// British English, the language every message is written in first.
    pub fn source() -> Tr {
        Tr { language: catalog().source() }
    }

    /// The language with this code (`pl`, `ur`, `en-GB`), if this build has it.
    pub fn for_code(code: &str) -> Option<Tr> {
        catalog().language(code).map(|language| Tr { language })
    }

    /// A person's saved language, or the source when they have none (or it is no longer built).
    pub fn for_saved(code: Option<&str>) -> Tr {
        code.and_then(Tr::for_code).unwrap_or_default()
    }

    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// The language's code, for `lang` attributes and saving on an account.
    pub fn code(&self) -> &'static str {
        &self.language.code
    }

    pub fn direction(&self) -> Direction {
        self.language.direction
    }

    /// The message `key` with no arguments.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None, None)
    }

    /// The message `key` if this language or the source has it, else `fallback`: for words that
    /// may be translated (a seeded category's name) or may be someone's own (one added later).
    pub fn t_or(&self, key: &str, fallback: &str) -> String {
        let source = catalog().source();
        let known = [self.language, source].iter().any(|language| language.bundle.has_message(key));
        if known { self.t(key) } else { fallback.to_string() }
    }

    /// An attribute of a message (`key.attribute` in the file), e.g. a field's hint.
    pub fn attr(&self, key: &str, attribute: &str) -> String {
        self.format(key, Some(attribute), None)
    }

    /// A message with its arguments, as made by the domain or the `t!` macro.
    pub fn message(&self, message: &Message) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            args.set(*name, self.value(value));
        }
        self.format(message.key, None, Some(&args))
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Number(count) => FluentValue::from(*count),
            Arg::Money(amount) => FluentValue::from(self.money(*amount)),
            Arg::Date(date) => FluentValue::from(self.date(*date)),
            Arg::Message(inner) => FluentValue::from(self.message(inner)),
            Arg::Capitalised(inner) => FluentValue::from(capitalise(&self.message(inner))),
        }
    }

    /// Looks the message up in this language, then in the source. A key found in neither is a
    /// mistake in the code (the key test catches it); the page shows the key rather than failing.
    fn format(&self, key: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        let source = catalog().source();
        for language in [self.language, source] {
            let Some(message) = language.bundle.get_message(key) else { continue };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = language.bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(key, language = %language.code, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::warn!(key, "no such message");
        match attribute {
            Some(name) => format!("{key}.{name}"),
            None => key.to_string(),
        }
    }
}

/// A message with arguments in one line: `t!(tr, "bids-sent", reference = bid.reference)`.
#[macro_export]
macro_rules! t {
    ($tr:expr, $key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $tr.message(&$crate::i18n::Message::new($key)$(.arg(stringify!($name), $value))*)
    };
}

/// "your name" → "Your name" (scripts without capitals are unchanged).
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
