//! Markdown written by programme leads (who can apply, what the money is for), turned into
//! HTML and then cleaned so only harmless formatting survives: no scripts, styles, frames or
//! event handlers, and links that cannot run code.

use maud::{Markup, PreEscaped};
use pulldown_cmark::{Options, Parser, html};

pub fn render(source: &str) -> Markup {
    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES);
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, parser);
    let clean = ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .url_schemes(["https", "http", "mailto", "tel"].into_iter().collect())
        .clean(&unsafe_html)
        .to_string();
    PreEscaped(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_survives_and_scripts_do_not() {
        let html = render("**Who can apply**\n\n- faith groups\n- <script>alert(1)</script>\n\n[site](javascript:alert(1)) <img src=x onerror=alert(1)>").into_string();
        assert!(html.contains("<strong>Who can apply</strong>"));
        assert!(html.contains("<li>faith groups</li>"));
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
    }

    #[test]
    fn links_open_safely() {
        let html = render("[our site](https://example.org)").into_string();
        assert!(html.contains("href=\"https://example.org\""));
        assert!(html.contains("rel=\"noopener noreferrer\""));
    }
}
