//! Field-by-field validation results, shared by the domain rules (which produce them) and the
//! views (which show them in the error summary and beside each field).

/// One problem with one field. `field` is the form field's name, which is also the input's id,
/// so the error summary can link straight to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// The problems with a submitted form, in the order the fields appear.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        FieldErrors(Vec::new())
    }

    /// Records a problem; the first problem recorded for a field is the one shown.
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
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
    pub fn single(field: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.add(field, message);
        errors
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message.as_str())
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
/// PostgreSQL cannot store) are refused at the field. `what` completes "Enter …" (e.g. "your
/// story").
pub fn required_text(errors: &mut FieldErrors, field: &str, value: &str, what: &str, max_chars: usize) -> String {
    let text = optional_text(errors, field, value, what, max_chars);
    if text.is_empty() {
        errors.add(field, format!("Enter {what}"));
    }
    text
}

/// Optional text from a text area: as [`required_text`], but it may be empty.
pub fn optional_text(errors: &mut FieldErrors, field: &str, value: &str, what: &str, max_chars: usize) -> String {
    let text = value.replace("\r\n", "\n").replace('\r', "\n").trim().to_string();
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        errors.add(
            field,
            format!("{} has a hidden control character in it: delete it and type that part again", capitalise(what)),
        );
    }
    check_length(errors, field, &text, what, max_chars);
    text
}

/// Text from a one-line input: trimmed, present and not too long, with no line break, tab or
/// other control character (they cannot be typed there, so they come from a crafted request
/// or a bad paste, and would break emails, exports and headers later).
pub fn required_line(errors: &mut FieldErrors, field: &str, value: &str, what: &str, max_chars: usize) -> String {
    let line = optional_line(errors, field, value, what, max_chars);
    if line.is_empty() {
        errors.add(field, format!("Enter {what}"));
    }
    line
}

/// Optional text from a one-line input: as [`required_line`], but it may be empty.
pub fn optional_line(errors: &mut FieldErrors, field: &str, value: &str, what: &str, max_chars: usize) -> String {
    let line = value.trim().to_string();
    if line.chars().any(char::is_control) {
        errors
            .add(field, format!("{} must be on one line, without tabs or hidden control characters", capitalise(what)));
    }
    check_length(errors, field, &line, what, max_chars);
    line
}

fn check_length(errors: &mut FieldErrors, field: &str, text: &str, what: &str, max_chars: usize) {
    if text.chars().count() > max_chars {
        errors.add(field, format!("{} must be {max_chars} characters or fewer", capitalise(what)));
    }
}

/// "your name" → "Your name"
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_problem_per_field_in_order() {
        let mut errors = FieldErrors::new();
        errors.add("name", "Enter your name");
        errors.add("email", "Enter an email address");
        errors.add("name", "second problem");
        assert_eq!(errors.get("name"), Some("Enter your name"));
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["name", "email"]);
    }

    #[test]
    fn required_text_trims_and_checks_length() {
        let mut errors = FieldErrors::new();
        assert_eq!(required_text(&mut errors, "name", "  Amina  ", "your name", 10), "Amina");
        assert!(errors.is_empty());
        required_text(&mut errors, "name", "   ", "your name", 10);
        assert_eq!(errors.get("name"), Some("Enter your name"));
        let mut errors = FieldErrors::new();
        required_text(&mut errors, "name", "abcdefghijk", "your name", 10);
        assert_eq!(errors.get("name"), Some("Your name must be 10 characters or fewer"));
    }

    #[test]
    fn one_line_fields_refuse_control_characters() {
        for bad in ["Amina\nKhan", "Amina\r\nKhan", "Amina\u{0}", "A\tB", "A\u{1b}[31m"] {
            let mut errors = FieldErrors::new();
            required_line(&mut errors, "name", bad, "your name", 100);
            assert!(errors.get("name").unwrap().contains("one line"), "{bad:?}");
        }
        let mut errors = FieldErrors::new();
        assert_eq!(required_line(&mut errors, "name", " Amina Khan ", "your name", 100), "Amina Khan");
        assert!(errors.is_empty());
    }

    #[test]
    fn text_areas_keep_line_breaks_as_newlines_and_refuse_other_control_characters() {
        let mut errors = FieldErrors::new();
        assert_eq!(
            optional_text(&mut errors, "story", "one\r\ntwo\rthree\n\tfour", "your story", 100),
            "one\ntwo\nthree\n\tfour"
        );
        assert!(errors.is_empty());
        optional_text(&mut errors, "story", "a null \u{0} byte", "your story", 100);
        assert!(errors.get("story").unwrap().contains("hidden control character"));
    }
}
