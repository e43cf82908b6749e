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

/// Trims the text and checks it is present and not too long; records the problem if not.
/// `what` completes "Enter …" (e.g. "your name").
pub fn required_text(errors: &mut FieldErrors, field: &str, value: &str, what: &str, max_chars: usize) -> String {
    let trimmed = value.trim().to_string();
    if trimmed.is_empty() {
        errors.add(field, format!("Enter {what}"));
    } else if trimmed.chars().count() > max_chars {
        errors.add(field, format!("{} must be {max_chars} characters or fewer", capitalise(what)));
    }
    trimmed
}

/// Trims optional text and checks its length.
pub fn optional_text(errors: &mut FieldErrors, field: &str, value: &str, what: &str, max_chars: usize) -> String {
    let trimmed = value.trim().to_string();
    if trimmed.chars().count() > max_chars {
        errors.add(field, format!("{} must be {max_chars} characters or fewer", capitalise(what)));
    }
    trimmed
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
}
