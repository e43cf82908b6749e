//! Where to send a person after they sign in, register or finish a form: the `next` value a
//! page carries along. This is the one place that decides whether such a value is a path on this
//! site, so a crafted link cannot send people to another site ("open redirect").
//!
//! Browsers are lenient with what follows `Location`: they drop tabs and newlines, treat `\` as
//! `/`, and take `//host` as another site. So a return path is accepted only when it starts with
//! exactly one `/`, is not `//…` or `/\…`, and has no control character, white space or
//! backslash anywhere, in its text as given or after percent-decoding (once or twice, so an
//! encoded `%2F%2F` or a doubly encoded tab is seen for what it is).

/// Longest return path kept; a real page address on this site is far shorter.
const MAX_LENGTH: usize = 500;

/// Where people go when the return path is missing or not local.
pub const DEFAULT: &str = "/dashboard";

/// The return path if it is a path on this site, else `None`.
pub fn local(next: &str) -> Option<&str> {
    if next.is_empty() || next.len() > MAX_LENGTH || !is_safe_layer(next) {
        return None;
    }
    let once = percent_encoding::percent_decode_str(next).decode_utf8().ok()?;
    if !is_safe_layer(&once) {
        return None;
    }
    let twice = percent_encoding::percent_decode_str(&once).decode_utf8().ok()?;
    is_safe_layer(&twice).then_some(next)
}

/// `path` with a local return path carried as `?next=…` (a foreign one is dropped), so the
/// place is kept across account pages.
pub fn with_next(path: &str, next: &str) -> String {
    match local(next) {
        Some(next) if !next.is_empty() => {
            format!("{path}?next={}", url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>())
        }
        _ => path.to_string(),
    }
}

/// The return path if it is local, else the dashboard.
pub fn or_dashboard(next: &str) -> &str {
    local(next).unwrap_or(DEFAULT)
}

/// One reading of the path: a single leading slash, and no character a browser would drop,
/// bend or read as the start of another host.
fn is_safe_layer(path: &str) -> bool {
    let mut chars = path.chars();
    if chars.next() != Some('/') {
        return false;
    }
    if matches!(chars.next(), Some('/' | '\\')) {
        return false;
    }
    !path.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\' || is_invisible_format(c))
}

/// Characters with no width that browsers may strip (zero-width spaces and joiners, direction
/// marks, the byte-order mark), which could hide a `//` from a reader of the link.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_on_this_site_are_kept() {
        for path in ["/dashboard", "/rounds/spring-2027/bids/new?group_id=4", "/groups/new?next=%2Fbids%2F3", "/a://b"]
        {
            assert_eq!(local(path), Some(path), "{path}");
        }
    }

    #[test]
    fn other_sites_and_odd_paths_fall_back_to_the_dashboard() {
        let refused = [
            "",
            "dashboard",
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example/second",
            "/\n/evil.example",
            "/\r/evil.example",
            "/\u{0B}/evil.example",
            "/a\nb",
            "/ /evil.example",
            "/\u{0}x",
            "/%2F/evil.example",
            "/%5Cevil.example",
            "/%09/evil.example",
            "/%2509/evil.example",
            "/%252F/evil.example",
            "/a%0Ab",
            "/\u{200B}/evil.example",
            "/%ff",
        ];
        for path in refused {
            assert_eq!(local(path), None, "{path:?} must not be followed");
            assert_eq!(or_dashboard(path), DEFAULT);
        }
    }

    #[test]
    fn a_very_long_path_is_not_followed() {
        let long = format!("/{}", "a".repeat(MAX_LENGTH));
        assert_eq!(local(&long), None);
    }
}
