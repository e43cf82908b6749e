//! Field-by-field validation results, shared by the domain rules (which produce them) and the
//! views (which show them in the error summary and beside each field). A problem is a
//! [`Message`], so each reader sees it in their own language.

use crate::i18n::{Message, Tr};

/// One problem with one field. `field` is the form field's name, which is also the input's id,
/// so the error summary can link straight to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: Message,
}

/// The problems with a submitted form, in the order the fields appear.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        FieldErrors(Vec::new())
    }

    /// Records a problem; the first problem recorded for a field is the one shown.
    pub fn add(&mut self, field: &str, message: impl Into<Message>) {
        if self.get(field).is_none() {
            self.0.push(FieldError { field: field.to_string(), message: message.into() });
        }
    }

    /// Adds another set's problems (each field keeps its first).
    pub fn extend(&mut self, other: FieldErrors) {
        for error in other.0 {
            self.add(&error.field, error.message);
        }
    }

    /// One problem, as a set of errors.
    pub fn single(field: &str, message: impl Into<Message>) -> Self {
        let mut errors = FieldErrors::new();
        errors.add(field, message);
        errors
    }

    pub fn get(&self, field: &str) -> Option<&Message> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.message)
    }

    /// A field's problem in one language.
    pub fn text(&self, field: &str, tr: Tr) -> Option<String> {
        self.get(field).map(|message| tr.message(message))
    }

    /// A field's problem in British English, for tests and logs.
    pub fn english(&self, field: &str) -> Option<String> {
        self.text(field, Tr::source())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// `Ok(value)` when nothing was recorded.
    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() { Ok(value) } else { Err(self) }
    }
}

/// Text from a text area: line endings made `\n` (browsers send `\r\n`), trimmed, present and
/// not too long. Control characters other than line breaks and tabs (a null byte, say, which
/// PostgreSQL cannot store) are refused at the field. `what` is the key of the field's name as
/// it reads inside a sentence (`what-your-story` = "your story").
pub fn required_text(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    what: &'static str,
    max_chars: usize,
) -> String {
    let text = optional_text(errors, field, value, what, max_chars);
    if text.is_empty() {
        errors.add(field, Message::about("error-enter", what));
    }
    text
}

/// Optional text from a text area: as [`required_text`], but it may be empty.
pub fn optional_text(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    what: &'static str,
    max_chars: usize,
) -> String {
    let text = value.replace("\r\n", "\n").replace('\r', "\n").trim().to_string();
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        errors.add(field, Message::about("error-control-character", what));
    }
    check_length(errors, field, &text, what, max_chars);
    text
}

/// Text from a one-line input: trimmed, present and not too long, with no line break, tab or
/// other control character (they cannot be typed there, so they come from a crafted request
/// or a bad paste, and would break emails, exports and headers later).
pub fn required_line(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    what: &'static str,
    max_chars: usize,
) -> String {
    let line = optional_line(errors, field, value, what, max_chars);
    if line.is_empty() {
        errors.add(field, Message::about("error-enter", what));
    }
    line
}

/// Optional text from a one-line input: as [`required_line`], but it may be empty.
pub fn optional_line(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    what: &'static str,
    max_chars: usize,
) -> String {
    let line = value.trim().to_string();
    if line.chars().any(char::is_control) {
        errors.add(field, Message::about("error-one-line", what));
    }
    check_length(errors, field, &line, what, max_chars);
    line
}

fn check_length(errors: &mut FieldErrors, field: &str, text: &str, what: &'static str, max_chars: usize) {
    if text.chars().count() > max_chars {
        errors.add(field, Message::about("error-too-long", what).arg("max", max_chars));
    }
}
