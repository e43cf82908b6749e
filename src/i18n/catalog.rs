//! The languages this build knows: one folder per language under `locales/`, embedded at build
//! time (see `build.rs`). A folder holds `language.toml` (the language's own name, its writing
//! direction and the review status of its words) and Fluent message files (`*.ftl`; the files
//! under `staff/` are the lead, panel and admin pages, which a translation may leave out).
//!
//! British English (`en-GB`) is the source: every key exists there, and a message another
//! language lacks is shown from it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language every message is written in first.
pub const SOURCE: &str = "en-GB";

/// The folder of files a translation may leave out (pages only programme staff see).
pub const STAFF_FOLDER: &str = "staff/";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The HTML `dir` attribute's value.
    pub fn html(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// Whether a fluent speaker has read the words: a team's own translation is a draft until then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    Draft,
    Reviewed { by: String, on: String },
}

/// `language.toml`.
#[derive(Debug, serde::Deserialize)]
struct LanguageFile {
    name: String,
    english_name: String,
    direction: String,
    review: ReviewFile,
}

#[derive(Debug, serde::Deserialize)]
struct ReviewFile {
    status: String,
    #[serde(default)]
    reviewed_by: String,
    #[serde(default)]
    reviewed_on: String,
}

/// One language: its code (the folder's name, a BCP 47 tag such as `pl`), names, direction,
/// review status and messages.
pub struct Language {
    pub code: String,
    /// The language's name in itself ("Polski"), as the switcher shows it.
    pub name: String,
    pub english_name: String,
    pub direction: Direction,
    pub review: Review,
    pub(super) bundle: FluentBundle<FluentResource>,
    /// Every message key this language has, by file (for the completeness test).
    pub keys_by_file: BTreeMap<String, Vec<String>>,
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language").field("code", &self.code).finish_non_exhaustive()
    }
}

/// Every language of this build, the source first.
pub struct Catalog {
    pub languages: Vec<Language>,
}

impl Catalog {
    /// Reads the embedded files; every problem found (a file that does not parse, a key defined
    /// twice, a missing or wrong `language.toml`) is returned, not just the first.
    pub fn load(files: &[(&str, &str, &str)]) -> Result<Catalog, Vec<String>> {
        let mut problems = Vec::new();
        let mut codes: Vec<&str> = files.iter().map(|(language, _, _)| *language).collect();
        codes.sort_by_key(|code| (*code != SOURCE, *code));
        codes.dedup();
        let mut languages = Vec::new();
        for code in codes {
            let own: Vec<_> = files.iter().filter(|(language, _, _)| *language == code).collect();
            match load_language(code, &own) {
                Ok(language) => languages.push(language),
                Err(mut found) => problems.append(&mut found),
            }
        }
        if !languages.iter().any(|l| l.code == SOURCE) {
            problems.push(format!("locales/{SOURCE}: the source language is missing"));
        }
        if problems.is_empty() { Ok(Catalog { languages }) } else { Err(problems) }
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn source(&self) -> &Language {
        &self.languages[0]
    }
}

fn load_language(code: &str, files: &[&(&str, &str, &str)]) -> Result<Language, Vec<String>> {
    let mut problems = Vec::new();
    let id: LanguageIdentifier = code.parse().map_err(|_| vec![format!("locales/{code}: not a language tag")])?;
    let meta = files.iter().find(|(_, path, _)| *path == "language.toml");
    let meta: Option<LanguageFile> = match meta {
        None => {
            problems.push(format!("locales/{code}/language.toml is missing"));
            None
        }
        Some((_, _, text)) => {
            toml::from_str(text).map_err(|e| problems.push(format!("locales/{code}/language.toml: {e}"))).ok()
        }
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would land inside attributes and links; the page's `dir` and
    // `<bdi>` around people's own words do that job instead.
    bundle.set_use_isolating(false);
    let mut keys_by_file = BTreeMap::new();
    for (_, path, text) in files.iter().filter(|(_, path, _)| path.ends_with(".ftl")) {
        // A file with a mistake still loads what it can, so later problems (a key defined
        // twice) are found in the same run.
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.iter().map(|e| format!("locales/{code}/{path}: {e}")));
                resource
            }
        };
        let keys = message_keys(&resource);
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("locales/{code}/{path}: {e}")));
        }
        keys_by_file.insert(path.to_string(), keys);
    }
    let Some(meta) = meta else { return Err(problems) };
    let direction = match meta.direction.as_str() {
        "ltr" => Direction::LeftToRight,
        "rtl" => Direction::RightToLeft,
        other => {
            problems.push(format!("locales/{code}/language.toml: direction \"{other}\" is not ltr or rtl"));
            Direction::LeftToRight
        }
    };
    let review = match meta.review.status.as_str() {
        "draft" => Review::Draft,
        "reviewed" if !meta.review.reviewed_by.is_empty() && !meta.review.reviewed_on.is_empty() => {
            Review::Reviewed { by: meta.review.reviewed_by, on: meta.review.reviewed_on }
        }
        other => {
            problems.push(format!(
                "locales/{code}/language.toml: review status \"{other}\" must be draft, or reviewed with reviewed_by and reviewed_on"
            ));
            Review::Draft
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Language {
        code: code.to_string(),
        name: meta.name,
        english_name: meta.english_name,
        direction,
        review,
        bundle,
        keys_by_file,
    })
}

fn message_keys(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The languages embedded in this build. Start-up calls it first, so a broken message file
/// stops the portal with every problem listed rather than showing a broken page later.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| match Catalog::load(LOCALE_FILES) {
        Ok(catalog) => catalog,
        Err(problems) => panic!("the message files under locales/ have problems:\n{}", problems.join("\n")),
    })
}

/// Checks the embedded message files, for start-up: `Err` lists every problem.
pub fn check() -> Result<(), Vec<String>> {
    Catalog::load(LOCALE_FILES).map(|_| ())
}
