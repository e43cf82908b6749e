//! Small pieces shared by many pages: form fields in the GOV.UK pattern (label, hint, error
//! beside the field, the person's input kept), the error summary, buttons, tags, tables.

use maud::{Markup, PreEscaped, html};

use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};

/// The hidden form-token field every POST form carries.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf_token" value=(token); }
}

/// A POST form with its token; `body` holds the fields and buttons.
pub fn post_form(action: &str, csrf_token: &str, body: Markup) -> Markup {
    html! {
        form method="post" action=(action) novalidate {
            (csrf_field(csrf_token))
            (body)
        }
    }
}

/// A page that asks before something that cannot be undone: what will happen, one button that
/// does it (posting `fields` as hidden inputs, so a choice made on the page before survives), and
/// a way back. Works without JavaScript.
pub struct Confirmation<'a> {
    pub heading: &'a str,
    /// What will happen, in the person's words: a list of consequences, a summary of the money.
    pub consequences: Markup,
    pub action: &'a str,
    pub fields: &'a [(&'a str, String)],
    /// Questions to answer before confirming (a reason to give), inside the form; empty for none.
    pub inputs: Markup,
    pub confirm_label: &'a str,
    pub back_href: &'a str,
    pub back_label: &'a str,
}

pub fn confirmation(csrf_token: &str, confirmation: &Confirmation<'_>) -> Markup {
    html! {
        h1 class="heading-l" { (confirmation.heading) }
        (confirmation.consequences)
        form method="post" action=(confirmation.action) {
            (csrf_field(csrf_token))
            @for (name, value) in confirmation.fields {
                input type="hidden" name=(name) value=(value);
            }
            (confirmation.inputs)
            div class="button-group" {
                (button(confirmation.confirm_label, ButtonStyle::Warning))
                a class="link" href=(confirmation.back_href) { (confirmation.back_label) }
            }
        }
    }
}

/// A form that is only a button (sign out, disable …).
pub fn button_form(action: &str, csrf_token: &str, label: &str, style: ButtonStyle) -> Markup {
    html! {
        form method="post" action=(action) class="inline-form" {
            (csrf_field(csrf_token))
            (button(label, style))
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonStyle {
    Primary,
    Secondary,
    Warning,
}

pub fn button(label: &str, style: ButtonStyle) -> Markup {
    let class = match style {
        ButtonStyle::Primary => "button",
        ButtonStyle::Secondary => "button button--secondary",
        ButtonStyle::Warning => "button button--warning",
    };
    html! { button type="submit" class=(class) data-module="button" { (label) } }
}

/// The box at the top of a page listing every problem, each linking to its field. Focused on
/// load by the script, and announced as an alert without it.
pub fn error_summary(tr: Tr, errors: &FieldErrors) -> Markup {
    html! {
        @if !errors.is_empty() {
            div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 class="error-summary__title" id="error-summary-title" { (tr.t("error-summary-title")) }
                ul class="error-summary__list" {
                    @for error in errors.iter() {
                        li { a href={ "#" (error.field) } { (tr.message(&error.message)) } }
                    }
                }
            }
        }
    }
}

/// The title with "Error: " in front when the form has problems, so screen readers say so first.
pub fn title_with_errors(tr: Tr, title: &str, errors: &FieldErrors) -> String {
    if errors.is_empty() { title.to_string() } else { crate::t!(tr, "error-title", title = title) }
}

/// The kind of a single-line input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Email,
    Password,
    /// Whole pounds or pounds and pence, typed as text (number inputs mangle "£2,500").
    Money,
    Url,
    Date,
    Time,
    Search,
    Number,
    /// A phone number: the phone's dial pad on a touch screen.
    Tel,
}

/// One labelled input with its hint and error.
pub struct Input<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub value: &'a str,
    pub kind: InputKind,
    pub hint: Option<&'a str>,
    pub autocomplete: Option<&'a str>,
    /// A width class such as `input--width-20`.
    pub width: Option<&'a str>,
    /// Show the label as a page heading (one-question pages).
    pub label_is_heading: bool,
}

impl<'a> Input<'a> {
    pub fn new(name: &'a str, label: &'a str, value: &'a str) -> Self {
        Input {
            name,
            label,
            value,
            kind: InputKind::Text,
            hint: None,
            autocomplete: None,
            width: None,
            label_is_heading: false,
        }
    }

    pub fn kind(mut self, kind: InputKind) -> Self {
        self.kind = kind;
        self
    }

    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn autocomplete(mut self, autocomplete: &'a str) -> Self {
        self.autocomplete = Some(autocomplete);
        self
    }

    pub fn width(mut self, width: &'a str) -> Self {
        self.width = Some(width);
        self
    }

    /// The label is the page's heading (a page that asks one question).
    pub fn label_as_heading(mut self) -> Self {
        self.label_is_heading = true;
        self
    }

    pub fn render(&self, tr: Tr, errors: &FieldErrors) -> Markup {
        let error = errors.text(self.name, tr);
        let (input_type, inputmode, spellcheck) = match self.kind {
            InputKind::Text => ("text", None, None),
            InputKind::Email => ("email", None, Some("false")),
            InputKind::Password => ("password", None, Some("false")),
            InputKind::Money => ("text", Some("decimal"), Some("false")),
            InputKind::Url => ("url", None, Some("false")),
            InputKind::Date => ("date", None, None),
            InputKind::Time => ("time", None, None),
            InputKind::Search => ("search", None, None),
            InputKind::Number => ("text", Some("numeric"), Some("false")),
            InputKind::Tel => ("tel", None, Some("false")),
        };
        // Passwords are never sent back into the page; a kept amount loses the £ the box shows.
        let value = match self.kind {
            InputKind::Password => "",
            InputKind::Money => self.value.trim().trim_start_matches('£').trim_start(),
            _ => self.value,
        };
        let described_by = described_by(self.name, self.hint.is_some(), error.is_some());
        let class = format!(
            "input{}{}",
            self.width.map(|w| format!(" {w}")).unwrap_or_default(),
            if error.is_some() { " input--error" } else { "" }
        );
        let input = html! {
            input class=(class) id=(self.name) name=(self.name) type=(input_type) value=(value)
                inputmode=[inputmode] spellcheck=[spellcheck] autocomplete=[self.autocomplete]
                aria-describedby=[described_by.as_deref()];
        };
        html! {
            div class={ "form-group" @if error.is_some() { " form-group--error" } } {
                (label(self.name, self.label, self.label_is_heading))
                (hint_and_error(tr, self.name, self.hint, error.as_deref()))
                @if self.kind == InputKind::Money {
                    div class="input-prefix-wrapper" {
                        div class="input-prefix" aria-hidden="true" { "£" }
                        (input)
                    }
                } @else {
                    (input)
                }
            }
        }
    }
}

fn label(name: &str, text: &str, as_heading: bool) -> Markup {
    html! {
        @if as_heading {
            h1 class="heading-l" { label class="label" for=(name) { (text) } }
        } @else {
            label class="label" for=(name) { (text) }
        }
    }
}

fn hint_and_error(tr: Tr, name: &str, hint: Option<&str>, error: Option<&str>) -> Markup {
    html! {
        @if let Some(hint) = hint {
            div class="hint" id={ (name) "-hint" } { (hint) }
        }
        @if let Some(error) = error {
            p class="error-message" id={ (name) "-error" } {
                span class="visually-hidden" { (tr.t("error-prefix")) " " } (error)
            }
        }
    }
}

/// The ids of the hint and error, for `aria-describedby` (on the field, or on the fieldset of a
/// group of radios).
pub fn described_by(name: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{name}-hint"));
    }
    if has_error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A multi-line answer with its hint (e.g. a word guide) and error.
pub fn textarea(
    tr: Tr,
    name: &str,
    label_text: &str,
    value: &str,
    hint: Option<&str>,
    rows: u32,
    errors: &FieldErrors,
) -> Markup {
    let error = errors.text(name, tr);
    let described = described_by(name, hint.is_some(), error.is_some());
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            (label(name, label_text, false))
            (hint_and_error(tr, name, hint, error.as_deref()))
            textarea class={ "textarea" @if error.is_some() { " textarea--error" } } id=(name) name=(name) rows=(rows)
                aria-describedby=[described.as_deref()] { (value) }
        }
    }
}

/// A drop-down; `options` are (value, label) pairs.
pub fn select(
    tr: Tr,
    name: &str,
    label_text: &str,
    options: &[(String, String)],
    selected: &str,
    hint: Option<&str>,
    errors: &FieldErrors,
) -> Markup {
    let error = errors.text(name, tr);
    let described = described_by(name, hint.is_some(), error.is_some());
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            (label(name, label_text, false))
            (hint_and_error(tr, name, hint, error.as_deref()))
            select class={ "select" @if error.is_some() { " select--error" } } id=(name) name=(name) aria-describedby=[described.as_deref()] {
                @for (value, text) in options {
                    option value=(value) selected[value == selected] { (text) }
                }
            }
        }
    }
}

/// A group of radio buttons in a fieldset; the first gets the field's id so the error summary
/// can link to it.
pub fn radios(
    tr: Tr,
    name: &str,
    legend: &str,
    options: &[(String, String)],
    selected: &str,
    hint: Option<&str>,
    errors: &FieldErrors,
) -> Markup {
    let error = errors.text(name, tr);
    let described = described_by(name, hint.is_some(), error.is_some());
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            fieldset class="fieldset" aria-describedby=[described.as_deref()] {
                legend class="fieldset__legend" { (legend) }
                (hint_and_error(tr, name, hint, error.as_deref()))
                div class="radios" {
                    @for (index, (value, text)) in options.iter().enumerate() {
                        @let id = if index == 0 { name.to_string() } else { format!("{name}-{index}") };
                        div class="radios__item" {
                            input class="radios__input" type="radio" id=(id) name=(name) value=(value) checked[value == selected];
                            label class="radios__label" for=(id) { (text) }
                        }
                    }
                }
            }
        }
    }
}

/// One checkbox with its label, its hint and its error. The error, when there is one, is shown
/// above the box and describes it, so the error summary's link lands on a box that says what is
/// wrong; the caller marks the surrounding form group as in error.
pub fn checkbox(
    tr: Tr,
    name: &str,
    label_text: &str,
    checked: bool,
    hint: Option<&str>,
    error: Option<&str>,
) -> Markup {
    let described = described_by(name, hint.is_some(), error.is_some());
    html! {
        @if let Some(error) = error {
            p class="error-message" id={ (name) "-error" } { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) }
        }
        div class="checkboxes__item" {
            input class="checkboxes__input" type="checkbox" id=(name) name=(name) value="yes" checked[checked]
                aria-describedby=[described.as_deref()];
            label class="checkboxes__label" for=(name) {
                (label_text)
                @if let Some(hint) = hint {
                    span class="hint" id={ (name) "-hint" } { (hint) }
                }
            }
        }
    }
}

/// One box of a list sent under one `name` (given once for each box ticked, each with its own
/// `value`), with its label; `id` ties the two together.
pub fn checkbox_choice(id: &str, name: &str, value: &str, label_text: &str, checked: bool) -> Markup {
    html! {
        div class="checkboxes__item" {
            input class="checkboxes__input" type="checkbox" id=(id) name=(name) value=(value) checked[checked];
            label class="checkboxes__label" for=(id) { (label_text) }
        }
    }
}

/// "Previous page · Page 2 of 5 · Next page" for a long list, or nothing when it fits one page.
/// `label` names the list for screen readers ("Pages of awards"); `href` gives a page's address.
pub fn pagination(tr: Tr, label: &str, page: usize, last_page: usize, href: impl Fn(usize) -> String) -> Markup {
    html! {
        @if last_page > 1 {
            nav aria-label=(label) {
                ul class="pagination" {
                    @if page > 1 { li { a href=(href(page - 1)) rel="prev" { (tr.t("pagination-previous")) } } }
                    li { (crate::t!(tr, "pagination-page-of", page = page, last_page = last_page)) }
                    @if page < last_page { li { a href=(href(page + 1)) rel="next" { (tr.t("pagination-next")) } } }
                }
            }
        }
    }
}

/// The window of `total` items shown on `page` (counted from 1, clamped to the pages there are)
/// of `per_page`: (the page, the last page, the first index, one past the last index).
pub fn page_window(total: usize, page: usize, per_page: usize) -> (usize, usize, usize, usize) {
    let last_page = total.div_ceil(per_page).max(1);
    let page = page.clamp(1, last_page);
    let start = (page - 1) * per_page;
    (page, last_page, start, (start + per_page).min(total))
}

/// A coloured tag for a status.
pub fn tag(text: &str, colour: &str) -> Markup {
    html! { strong class={ "tag tag--" (colour) } { (text) } }
}

/// Rows of label and value, as on "check your answers" pages.
/// A key may be the programme's own words in another language than the page's (an English
/// eligibility question on an Urdu page): the stylesheet lays each key's text out by its own
/// first letters (`unicode-bidi: plaintext`), keeping the page's alignment.
pub fn summary_list(rows: &[(&str, Markup)]) -> Markup {
    html! {
        dl class="summary-list" {
            @for (key, value) in rows {
                div class="summary-list__row" {
                    dt class="summary-list__key" { (key) }
                    dd class="summary-list__value" { (value) }
                }
            }
        }
    }
}

/// A sentence with markup inside it (a link, a word in bold) from one message, so a
/// translation can put each piece where its grammar needs it: each of `parts` is an argument
/// of `message` standing for a piece of markup. The rest of the sentence, arguments included,
/// is escaped like any text.
pub fn sentence(tr: Tr, message: Message, parts: &[(&'static str, Markup)]) -> Markup {
    // Each part's argument is a character from Unicode's private use area, found again below.
    const FIRST_MARK: u32 = 0xE000;
    let mut message = message;
    for (index, (name, _)) in parts.iter().enumerate() {
        let mark = char::from_u32(FIRST_MARK + index as u32).unwrap_or('\u{E000}');
        message = message.arg(name, mark.to_string());
    }
    let text = tr.message(&message);
    let mut out = String::with_capacity(text.len());
    let mut plain = String::new();
    for c in text.chars() {
        let part = (c as u32).checked_sub(FIRST_MARK).and_then(|index| parts.get(index as usize));
        match part {
            Some((_, markup)) => {
                out.push_str(&html! { (plain) }.into_string());
                plain.clear();
                out.push_str(&markup.0);
            }
            None => plain.push(c),
        }
    }
    out.push_str(&html! { (plain) }.into_string());
    PreEscaped(out)
}

/// A sentence with a link inside it: the message's `$link` is a link to `href` whose words are
/// the message's `.link` attribute.
pub fn sentence_with_link(tr: Tr, key: &'static str, href: &str) -> Markup {
    sentence(tr, Message::new(key), &[("link", html! { a href=(href) { (tr.attr(key, "link")) } })])
}

/// Markup we built ourselves and know to be safe (never people's input).
pub fn trusted(markup: String) -> Markup {
    PreEscaped(markup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_keep_the_value_show_the_error_and_link_it() {
        let errors = FieldErrors::single("email", "Enter your email address");
        let html = Input::new("email", "Email address", "amina@<example>")
            .kind(InputKind::Email)
            .render(Tr::source(), &errors)
            .into_string();
        assert!(html.contains("value=\"amina@&lt;example&gt;\""), "input kept, escaped: {html}");
        assert!(html.contains("form-group--error"));
        assert!(html.contains("aria-describedby=\"email-error\""));
        assert!(html.contains("id=\"email-error\""));
    }

    #[test]
    fn passwords_are_never_echoed() {
        let html = Input::new("password", "Password", "secret-value")
            .kind(InputKind::Password)
            .render(Tr::source(), &FieldErrors::new())
            .into_string();
        assert!(!html.contains("secret-value"));
    }

    #[test]
    fn the_summary_links_each_error_to_its_field() {
        let mut errors = FieldErrors::new();
        errors.add("name", "Enter your name");
        errors.add("email", "Enter your email address");
        let html = error_summary(Tr::source(), &errors).into_string();
        assert!(html.contains("href=\"#name\""));
        assert!(html.contains("href=\"#email\""));
        assert!(error_summary(Tr::source(), &FieldErrors::new()).into_string().is_empty());
    }

    #[test]
    fn a_checkbox_error_is_shown_and_describes_the_box() {
        let plain = checkbox(Tr::source(), "agree", "I agree", false, None, None).into_string();
        assert!(!plain.contains("aria-describedby") && !plain.contains("error"), "{plain}");
        let hinted = checkbox(Tr::source(), "agree", "I agree", true, Some("Only if you do"), None).into_string();
        assert!(hinted.contains("aria-describedby=\"agree-hint\"") && hinted.contains("checked"), "{hinted}");
        let wrong = checkbox(Tr::source(), "agree", "I agree", false, Some("Only if you do"), Some("Tick to agree"))
            .into_string();
        assert!(wrong.contains("aria-describedby=\"agree-hint agree-error\""), "{wrong}");
        assert!(wrong.contains("id=\"agree-error\"") && wrong.contains("Tick to agree"), "{wrong}");
    }
}
