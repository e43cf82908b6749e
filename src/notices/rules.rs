//! The site admin's form for the installation's notices. Pure.

use chrono::NaiveDate;

use super::{Compliance, Notices};
use crate::forms::{FieldErrors, optional_line, optional_text, required_line};

const MAX_LINE: usize = 200;
const MAX_TEXT: usize = 10_000;

#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct NoticesForm {
    pub operator_name: String,
    pub operator_contact: String,
    pub dpo_contact: String,
    pub privacy_notes: String,
    pub accessibility_status: String,
    pub accessibility_gaps: String,
    pub accessibility_contact: String,
    pub prepared_on: String,
    pub reviewed_on: String,
}

/// The form checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticesInput {
    pub operator_name: String,
    pub operator_contact: String,
    pub dpo_contact: String,
    pub privacy_notes: String,
    pub compliance: Compliance,
    pub accessibility_gaps: String,
    pub accessibility_contact: String,
    pub prepared_on: NaiveDate,
    pub reviewed_on: NaiveDate,
}

impl NoticesForm {
    /// The form filled from what the pages show now; `default_gaps` is the list shown while
    /// none has been written, and `today` the review date offered.
    pub fn from_notices(notices: &Notices, default_gaps: &str, today: NaiveDate) -> NoticesForm {
        NoticesForm {
            operator_name: notices.operator_name.clone(),
            operator_contact: notices.operator_contact.clone(),
            dpo_contact: notices.dpo_contact.clone(),
            privacy_notes: notices.privacy_notes.clone(),
            accessibility_status: notices.compliance.as_str().to_string(),
            accessibility_gaps: notices.accessibility_gaps.clone().unwrap_or_else(|| default_gaps.to_string()),
            accessibility_contact: notices.accessibility_contact.clone(),
            prepared_on: notices.prepared_on.to_string(),
            reviewed_on: today.to_string(),
        }
    }
}

/// A date typed as on the other forms, not after `today`.
fn past_date(errors: &mut FieldErrors, field: &str, value: &str, today: NaiveDate) -> Option<NaiveDate> {
    match crate::rounds::rules::parse_date(value.trim()) {
        Some(date) if date <= today => Some(date),
        _ => {
            errors.add(field, "notices-error-date");
            None
        }
    }
}

pub fn check_notices(form: &NoticesForm, today: NaiveDate) -> Result<NoticesInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let operator_name =
        required_line(&mut errors, "operator_name", &form.operator_name, "what-operator-name", MAX_LINE);
    let operator_contact =
        required_line(&mut errors, "operator_contact", &form.operator_contact, "what-operator-contact", MAX_LINE);
    let dpo_contact = optional_line(&mut errors, "dpo_contact", &form.dpo_contact, "what-dpo-contact", MAX_LINE);
    let privacy_notes =
        optional_text(&mut errors, "privacy_notes", &form.privacy_notes, "what-site-privacy-notes", MAX_TEXT);
    let compliance = Compliance::parse(&form.accessibility_status);
    if compliance.is_none() {
        errors.add("accessibility_status", "notices-error-status");
    }
    let accessibility_gaps =
        optional_text(&mut errors, "accessibility_gaps", &form.accessibility_gaps, "what-accessibility-gaps", MAX_TEXT);
    if accessibility_gaps.is_empty() && compliance.is_some_and(|status| status != Compliance::Full) {
        errors.add("accessibility_gaps", "notices-error-gaps");
    }
    let accessibility_contact = required_line(
        &mut errors,
        "accessibility_contact",
        &form.accessibility_contact,
        "what-accessibility-contact",
        MAX_LINE,
    );
    let prepared_on = past_date(&mut errors, "prepared_on", &form.prepared_on, today);
    let reviewed_on = past_date(&mut errors, "reviewed_on", &form.reviewed_on, today);
    if let (Some(prepared), Some(reviewed)) = (prepared_on, reviewed_on)
        && reviewed < prepared
    {
        errors.add("reviewed_on", "notices-error-reviewed-before-prepared");
    }
    match (compliance, prepared_on, reviewed_on) {
        (Some(compliance), Some(prepared_on), Some(reviewed_on)) if errors.is_empty() => Ok(NoticesInput {
            operator_name,
            operator_contact,
            dpo_contact,
            privacy_notes,
            compliance,
            accessibility_gaps,
            accessibility_contact,
            prepared_on,
            reviewed_on,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 10).unwrap()
    }

    fn filled() -> NoticesForm {
        NoticesForm {
            operator_name: "Riverside Health and Care Partnership".into(),
            operator_contact: "privacy@riverside.example".into(),
            accessibility_status: "partial".into(),
            accessibility_gaps: "Recordings have no captions.".into(),
            accessibility_contact: "access@riverside.example".into(),
            prepared_on: "2026-12-03".into(),
            reviewed_on: "2027-01-10".into(),
            ..NoticesForm::default()
        }
    }

    #[test]
    fn a_filled_form_is_accepted() {
        let input = check_notices(&filled(), today()).unwrap();
        assert_eq!(input.compliance, Compliance::Partial);
        assert_eq!(input.reviewed_on, today());
    }

    #[test]
    fn a_statement_short_of_full_compliance_must_say_what_is_not_accessible() {
        let errors = check_notices(&NoticesForm { accessibility_gaps: " ".into(), ..filled() }, today()).unwrap_err();
        assert!(errors.get("accessibility_gaps").is_some());
        let full = NoticesForm { accessibility_status: "full".into(), accessibility_gaps: String::new(), ..filled() };
        assert!(check_notices(&full, today()).is_ok());
    }

    #[test]
    fn dates_are_real_in_order_and_not_in_the_future() {
        let future = check_notices(&NoticesForm { reviewed_on: "2027-02-01".into(), ..filled() }, today()).unwrap_err();
        assert!(future.get("reviewed_on").is_some());
        let backwards = check_notices(
            &NoticesForm { prepared_on: "2027-01-05".into(), reviewed_on: "2027-01-01".into(), ..filled() },
            today(),
        )
        .unwrap_err();
        assert!(backwards.get("reviewed_on").is_some());
        let nonsense = check_notices(&NoticesForm { prepared_on: "soon".into(), ..filled() }, today()).unwrap_err();
        assert!(nonsense.get("prepared_on").is_some());
        let status =
            check_notices(&NoticesForm { accessibility_status: "mostly".into(), ..filled() }, today()).unwrap_err();
        assert!(status.get("accessibility_status").is_some());
    }
}
