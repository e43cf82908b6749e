//! The lead's form for who runs a programme and how to reach a person there, with the
//! programme's part of the privacy notice. Pure: checked into a [`ContactInput`] or messages at
//! their fields.

use crate::forms::{FieldErrors, optional_line, optional_text};

/// The longest line on the form (a team's name, the hours someone answers, a contact).
const MAX_LINE: usize = 200;
/// The longest "anything more" for the privacy notice.
const MAX_NOTES: usize = 10_000;

#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ContactForm {
    pub team_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub contact_hours: String,
    pub privacy_controller: String,
    pub privacy_contact: String,
    pub privacy_dpo: String,
    pub records_retention: String,
    pub privacy_notes: String,
    pub safeguarding_name: String,
    pub safeguarding_email: String,
}

/// The form checked: every field trimmed, the email address in lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactInput {
    pub team_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub contact_hours: String,
    pub privacy_controller: String,
    pub privacy_contact: String,
    pub privacy_dpo: String,
    pub records_retention: String,
    pub privacy_notes: String,
    pub safeguarding_name: String,
    pub safeguarding_email: String,
}

impl ContactForm {
    pub fn from_programme(programme: &super::Programme) -> ContactForm {
        ContactForm {
            team_name: programme.team_name.clone(),
            contact_email: programme.contact_email.clone(),
            contact_phone: programme.contact_phone.clone(),
            contact_hours: programme.contact_hours.clone(),
            privacy_controller: programme.privacy_controller.clone(),
            privacy_contact: programme.privacy_contact.clone(),
            privacy_dpo: programme.privacy_dpo.clone(),
            records_retention: programme.records_retention.clone(),
            privacy_notes: programme.privacy_notes.clone(),
            safeguarding_name: programme.safeguarding_name.clone(),
            safeguarding_email: programme.safeguarding_email.clone(),
        }
    }
}

/// A phone number a person could dial: digits with spaces, hyphens, brackets and a leading +,
/// and between 7 and 15 digits (the longest international number).
pub fn is_phone_number(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
        || text
            .strip_prefix('+')
            .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')')));
    allowed && (7..=15).contains(&digits)
}

pub fn check_contact(form: &ContactForm) -> Result<ContactInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let team_name = optional_line(&mut errors, "team_name", &form.team_name, "what-team-name", MAX_LINE);
    let contact_email = crate::accounts::rules::normalise_email(&form.contact_email);
    if contact_email.is_empty() {
        errors.add("contact_email", "manage-contact-error-enter-email");
    } else if let Err(message) = crate::accounts::rules::check_email(&contact_email) {
        errors.add("contact_email", message);
    }
    let contact_phone = optional_line(&mut errors, "contact_phone", &form.contact_phone, "what-team-phone", 40);
    if !contact_phone.is_empty() && !is_phone_number(&contact_phone) {
        errors.add("contact_phone", "manage-contact-error-phone");
    }
    let contact_hours = optional_line(&mut errors, "contact_hours", &form.contact_hours, "what-team-hours", MAX_LINE);
    if !contact_hours.is_empty() && contact_phone.is_empty() {
        errors.add("contact_phone", "manage-contact-error-hours-without-phone");
    }
    let privacy_controller =
        optional_line(&mut errors, "privacy_controller", &form.privacy_controller, "what-privacy-controller", MAX_LINE);
    let privacy_contact =
        optional_line(&mut errors, "privacy_contact", &form.privacy_contact, "what-privacy-contact", MAX_LINE);
    let privacy_dpo = optional_line(&mut errors, "privacy_dpo", &form.privacy_dpo, "what-privacy-dpo", MAX_LINE);
    let records_retention =
        optional_line(&mut errors, "records_retention", &form.records_retention, "what-records-retention", MAX_LINE);
    let privacy_notes =
        optional_text(&mut errors, "privacy_notes", &form.privacy_notes, "what-privacy-notes", MAX_NOTES);
    let safeguarding_name =
        optional_line(&mut errors, "safeguarding_name", &form.safeguarding_name, "what-safeguarding-name", MAX_LINE);
    let safeguarding_email = crate::accounts::rules::normalise_email(&form.safeguarding_email);
    if !safeguarding_email.is_empty()
        && let Err(message) = crate::accounts::rules::check_email(&safeguarding_email)
    {
        errors.add("safeguarding_email", message);
    }
    if safeguarding_email.is_empty() != safeguarding_name.is_empty() {
        let (field, message) = if safeguarding_email.is_empty() {
            ("safeguarding_email", "manage-contact-error-safeguarding-email")
        } else {
            ("safeguarding_name", "manage-contact-error-safeguarding-name")
        };
        errors.add(field, message);
    }
    errors.into_result(ContactInput {
        team_name,
        contact_email,
        contact_phone,
        contact_hours,
        privacy_controller,
        privacy_contact,
        privacy_dpo,
        records_retention,
        privacy_notes,
        safeguarding_name,
        safeguarding_email,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> ContactForm {
        ContactForm {
            team_name: " Riverside Community Grants Team ".into(),
            contact_email: "Grants@Riverside.example".into(),
            contact_phone: "0121 496 0000".into(),
            contact_hours: "Monday to Friday, 9am to 5pm".into(),
            ..ContactForm::default()
        }
    }

    #[test]
    fn a_team_needs_an_address_a_person_reads() {
        let input = check_contact(&filled()).unwrap();
        assert_eq!(input.team_name, "Riverside Community Grants Team");
        assert_eq!(input.contact_email, "grants@riverside.example");
        let errors = check_contact(&ContactForm { contact_email: String::new(), ..filled() }).unwrap_err();
        assert_eq!(errors.english("contact_email").as_deref(), Some("Enter the email address groups can write to"));
    }

    #[test]
    fn phone_numbers_are_ones_a_person_can_dial() {
        assert!(is_phone_number("0121 496 0000"));
        assert!(is_phone_number("+44 (0)121 496-0000"));
        assert!(!is_phone_number("call us"));
        assert!(!is_phone_number("123"));
        assert!(!is_phone_number("0121+4960000"));
        let errors = check_contact(&ContactForm { contact_phone: "ring the office".into(), ..filled() }).unwrap_err();
        assert!(errors.get("contact_phone").is_some());
    }

    #[test]
    fn hours_need_a_phone_to_ring() {
        let errors = check_contact(&ContactForm { contact_phone: String::new(), ..filled() }).unwrap_err();
        assert!(errors.get("contact_phone").is_some(), "hours without a phone number");
    }

    #[test]
    fn bad_characters_are_refused_at_their_field() {
        let errors = check_contact(&ContactForm {
            privacy_dpo: "dpo@x\u{0}".into(),
            privacy_notes: "a".repeat(MAX_NOTES + 1),
            ..filled()
        })
        .unwrap_err();
        assert!(errors.get("privacy_dpo").is_some() && errors.get("privacy_notes").is_some());
    }
}
