//! Which language a page is in. In order: a `?lang=` link from the language switcher (kept for
//! the session, and saved on a signed-in person's account so their emails follow it); the
//! language chosen earlier in this session; the signed-in person's saved language; the
//! browser's `Accept-Language`; British English. Only the languages the installation offers
//! (`languages` in the configuration) are ever chosen.

use actix_session::Session;
use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_LANGUAGE;
use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::i18n::Tr;

const LANGUAGE_KEY: &str = "lang";

/// Where this request's language came from: only a switcher link is saved on the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    /// `?lang=` on this request.
    ByLink,
    /// Kept from earlier in the session, or the account's saved language.
    Earlier,
    /// Not chosen: the browser's preference, or the default.
    ByBrowser,
}

/// The offered language with this code, if any.
pub fn offered(offered: &[Tr], code: &str) -> Option<Tr> {
    offered.iter().copied().find(|tr| tr.code().eq_ignore_ascii_case(code))
}

/// The `lang` query parameter, if the request has one.
pub fn requested_by_link(request: &HttpRequest) -> Option<String> {
    url::form_urlencoded::parse(request.query_string().as_bytes())
        .find(|(name, _)| name == "lang")
        .map(|(_, value)| value.into_owned())
}

/// Chooses the request's language (see the module's order). `saved` is the signed-in person's.
pub fn choose(request: &HttpRequest, session: &Session, offered_languages: &[Tr], saved: Option<&str>) -> (Tr, Chosen) {
    if let Some(tr) = requested_by_link(request).and_then(|code| offered(offered_languages, &code)) {
        let _ = session.insert(LANGUAGE_KEY, tr.code());
        return (tr, Chosen::ByLink);
    }
    let earlier = session.get::<String>(LANGUAGE_KEY).ok().flatten();
    if let Some(tr) = earlier.as_deref().or(saved).and_then(|code| offered(offered_languages, code)) {
        return (tr, Chosen::Earlier);
    }
    let accept = request.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    (from_accept_language(accept, offered_languages), Chosen::ByBrowser)
}

/// The best offered language for an `Accept-Language` header (`ur-PK,ur;q=0.9,en;q=0.8` gives
/// Urdu), or the first offered language when none matches.
pub fn from_accept_language(header: &str, offered_languages: &[Tr]) -> Tr {
    let requested = accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = offered_languages.iter().filter_map(|tr| tr.code().parse().ok()).collect();
    let best = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    best.first()
        .and_then(|id| offered(offered_languages, &id.to_string()))
        .or_else(|| offered_languages.first().copied())
        .unwrap_or_default()
}

/// The language kept for this browser, carried across signing in (which starts a new session).
pub fn kept(session: &Session) -> Option<String> {
    session.get::<String>(LANGUAGE_KEY).ok().flatten()
}

/// Puts a kept language back after the session was renewed.
pub fn keep(session: &Session, code: &str) {
    let _ = session.insert(LANGUAGE_KEY, code);
}

/// This page's address with `lang` set to another language, for the switcher's links: the
/// other query parameters are kept, except a `next` that is not a path on this site (the page
/// would refuse it anyway, and a link should not carry it on).
pub fn switch_link(path_and_query: &str, code: &str) -> String {
    let (path, query) = path_and_query.split_once('?').unwrap_or((path_and_query, ""));
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        let foreign_next = name == "next" && super::return_path::local(&value).is_none();
        if name != "lang" && !foreign_next {
            serializer.append_pair(&name, &value);
        }
    }
    serializer.append_pair("lang", code);
    format!("{path}?{}", serializer.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered_all() -> Vec<Tr> {
        ["en-GB", "pl", "ur"].iter().filter_map(|code| Tr::for_code(code)).collect()
    }

    #[test]
    fn the_browser_preference_picks_an_offered_language() {
        let offered = offered_all();
        assert_eq!(from_accept_language("ur-PK,ur;q=0.9,en;q=0.8", &offered).code(), "ur");
        assert_eq!(from_accept_language("pl-PL,pl;q=0.9", &offered).code(), "pl");
        assert_eq!(from_accept_language("en-US,en;q=0.9", &offered).code(), "en-GB");
        assert_eq!(from_accept_language("so,ar;q=0.5", &offered).code(), "en-GB", "none offered: the default");
        assert_eq!(from_accept_language("", &offered).code(), "en-GB");
        assert_eq!(from_accept_language("pl", &offered[..2]).code(), "pl");
        let english_only = [Tr::source()];
        assert_eq!(from_accept_language("ur", &english_only).code(), "en-GB", "Urdu not offered here");
    }

    #[test]
    fn switch_links_keep_the_rest_of_the_address() {
        assert_eq!(switch_link("/rounds/3", "pl"), "/rounds/3?lang=pl");
        assert_eq!(switch_link("/awards?page=2&lang=ur", "pl"), "/awards?page=2&lang=pl");
        assert_eq!(switch_link("/search?q=a%20b", "ur"), "/search?q=a+b&lang=ur");
        assert_eq!(switch_link("/register?next=%2Fbids%2F3", "pl"), "/register?next=%2Fbids%2F3&lang=pl");
        assert_eq!(switch_link("/register?next=https://evil.example/", "pl"), "/register?lang=pl");
    }
}
