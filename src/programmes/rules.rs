//! Rules for a programme's form.

use crate::forms::{FieldErrors, optional_text, required_line};
use crate::rounds::rules::slugify;

#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ProgrammeForm {
    pub name: String,
    pub slug: String,
    pub description: String,
    pub funder_name: String,
    pub funder_org_id: String,
    pub identifier_prefix: String,
}

#[derive(Debug, Clone)]
pub struct ProgrammeInput {
    pub name: String,
    pub slug: String,
    pub description: String,
    pub funder_name: String,
    pub funder_org_id: String,
    pub identifier_prefix: String,
}

/// An organisation identifier in the org-id.guide form: a list code such as `GB-CHC` or
/// `GB-NHS`, a hyphen, then the organisation's id in that list.
pub fn is_org_id(text: &str) -> bool {
    let mut parts = text.splitn(3, '-');
    let (Some(country), Some(list), Some(id)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && !list.is_empty()
        && list.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A 360Giving identifier prefix: `360G-` and letters, numbers or hyphens.
pub fn is_360g_prefix(text: &str) -> bool {
    text.strip_prefix("360G-")
        .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

pub fn check_programme(form: &ProgrammeForm) -> Result<ProgrammeInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "name", &form.name, "what-programme-name", 120);
    let typed_slug = form.slug.trim();
    let slug = slugify(if typed_slug.is_empty() { &name } else { typed_slug });
    if !typed_slug.is_empty() && slug != typed_slug {
        errors.add("slug", "manage-programme-error-slug-characters");
    } else if slug.len() < 3 && !name.is_empty() {
        errors.add("slug", "manage-programme-error-slug-short");
    }
    let description = optional_text(&mut errors, "description", &form.description, "what-programme-description", 5000);
    let funder_name = required_line(&mut errors, "funder_name", &form.funder_name, "what-programme-funder", 120);
    let funder_org_id = form.funder_org_id.trim().to_string();
    if !funder_org_id.is_empty() && !is_org_id(&funder_org_id) {
        errors.add("funder_org_id", "manage-programme-error-org-id");
    }
    let identifier_prefix = form.identifier_prefix.trim().to_string();
    if identifier_prefix.is_empty() {
        errors.add("identifier_prefix", "manage-programme-error-enter-prefix");
    } else if !is_360g_prefix(&identifier_prefix) {
        errors.add("identifier_prefix", "manage-programme-error-prefix-shape");
    }
    errors.into_result(ProgrammeInput { name, slug, description, funder_name, funder_org_id, identifier_prefix })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_follow_their_standards() {
        assert!(is_org_id("GB-NHS-QWU"));
        assert!(is_org_id("GB-CHC-1234567"));
        assert!(is_org_id("GB-COH-SC123456"));
        assert!(!is_org_id("gb-chc-1"));
        assert!(!is_org_id("GB-CHC"));
        assert!(!is_org_id("NHS QWU"));
        assert!(is_360g_prefix("360G-riversideics"));
        assert!(!is_360g_prefix("360G-"));
        assert!(!is_360g_prefix("riverside"));
    }

    #[test]
    fn a_programme_needs_a_name_funder_and_prefix() {
        let errors = check_programme(&ProgrammeForm::default()).unwrap_err();
        assert!(
            errors.get("name").is_some()
                && errors.get("funder_name").is_some()
                && errors.get("identifier_prefix").is_some()
        );
        let ok = check_programme(&ProgrammeForm {
            name: "Riverside Community Mental Health Fund".into(),
            funder_name: "Riverside ICB".into(),
            identifier_prefix: "360G-riverside".into(),
            ..ProgrammeForm::default()
        })
        .unwrap();
        assert_eq!(ok.slug, "riverside-community-mental-health-fund");
    }
}
