//! Rules for what people type into account forms.

use crate::forms::{FieldErrors, required_line};
use crate::i18n::Message;

use super::password;

/// Longest name we keep; long enough for anyone's full name.
pub const MAX_NAME: usize = 100;
/// The longest address the email standards allow.
pub const MAX_EMAIL: usize = 254;

/// An email address as stored and compared: trimmed and lower-cased. Mail systems treat the
/// part before the @ as case-sensitive in theory, but people do not, and one person typing
/// `Amina@` and `amina@` must not get two accounts.
pub fn normalise_email(raw: &str) -> String {
    raw.trim().to_lowercase()
}

/// Checks the shape of an (already normalised) address; the message for the field if wrong.
pub fn check_email(email: &str) -> Result<(), Message> {
    if email.is_empty() {
        return Err("accounts-enter-email".into());
    }
    if email.chars().count() > MAX_EMAIL {
        return Err(Message::new("accounts-email-too-long").arg("max", MAX_EMAIL));
    }
    let looks_right = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control() || "<>,;:\"()[]\\".contains(c))
        }
        None => false,
    };
    if looks_right { Ok(()) } else { Err("accounts-email-format".into()) }
}

/// What the registration form asks for.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct RegistrationForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    /// The page to go to afterwards (an invitation, say); not part of the account.
    #[serde(default)]
    pub next: String,
}

/// A registration that passed every check.
#[derive(Debug, Clone)]
pub struct Registration {
    pub name: String,
    pub email: String,
    /// `None` when the person chose to sign in with emailed links alone.
    pub password: Option<String>,
}

pub fn check_registration(form: &RegistrationForm) -> Result<Registration, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "name", &form.name, "accounts-what-your-name", MAX_NAME);
    let email = normalise_email(&form.email);
    if let Err(message) = check_email(&email) {
        errors.add("email", message);
    }
    let password = (!form.password.is_empty()).then(|| form.password.clone());
    if let Some(Err(message)) = password.as_deref().map(|p| password::check_new_password(p, &email, &name)) {
        errors.add("password", message);
    }
    errors.into_result(Registration { name, email, password })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(normalise_email("  Amina.Khan@Example.ORG \n"), "amina.khan@example.org");
    }

    #[test]
    fn email_shapes() {
        for good in ["a@b.co", "amina.khan+grants@example.org.uk"] {
            assert!(check_email(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "amina",
            "amina@",
            "@example.org",
            "amina@example",
            "a b@example.org",
            "a@b@c.org",
            "a@.org",
            "<a@b.org>",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        let too_long = check_email(&format!("{}@example.org", "a".repeat(250))).unwrap_err();
        assert_eq!(crate::i18n::Tr::source().message(&too_long), "Email address must be 254 characters or fewer");
        let wrong = check_email("amina").unwrap_err();
        assert_eq!(
            crate::i18n::Tr::source().message(&wrong),
            "Enter an email address in the correct format, like name@example.com"
        );
    }

    #[test]
    fn registration_reports_every_field_at_once() {
        let errors = check_registration(&RegistrationForm::default()).unwrap_err();
        assert_eq!(errors.english("name").as_deref(), Some("Enter your name"));
        assert_eq!(errors.english("email").as_deref(), Some("Enter your email address"));
        assert_eq!(errors.get("password"), None, "a password is optional: emailed links can be used instead");
        let too_short = RegistrationForm { password: "short".into(), ..RegistrationForm::default() };
        assert!(check_registration(&too_short).unwrap_err().get("password").is_some(), "but checked when given");
        let ok = check_registration(&RegistrationForm {
            name: " Amina Khan ".into(),
            email: " Amina@Example.org".into(),
            password: "tea and biscuits at ten".into(),
            next: String::new(),
        })
        .unwrap();
        assert_eq!((ok.name.as_str(), ok.email.as_str()), ("Amina Khan", "amina@example.org"));
        assert_eq!(ok.password.as_deref(), Some("tea and biscuits at ten"));
    }
}
