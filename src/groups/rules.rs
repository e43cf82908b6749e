//! Rules for a group's profile: registration numbers, postcodes, websites, and the identifier
//! the group is published under in open data.

use super::dei;
use super::model::{Group, GroupKind};
use crate::accounts::rules::{check_email, normalise_email};
use crate::forms::{FieldErrors, optional_line, optional_text, required_line};

/// What the group form sends.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct GroupForm {
    pub name: String,
    pub kind: String,
    pub charity_number: String,
    pub company_number: String,
    pub area: String,
    pub postcode: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    /// "yes" when a community connector sets the group up on its behalf.
    pub as_connector: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupInput {
    pub name: String,
    pub kind: GroupKind,
    pub charity_number: String,
    pub company_number: String,
    pub area: String,
    pub postcode: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
}

impl GroupForm {
    pub fn from_group(group: &Group) -> GroupForm {
        GroupForm {
            name: group.name.clone(),
            kind: group.kind.clone(),
            charity_number: group.charity_number.clone(),
            company_number: group.company_number.clone(),
            area: group.area.clone(),
            postcode: group.postcode.clone(),
            website: group.website.clone(),
            contact_name: group.contact_name.clone(),
            contact_email: group.contact_email.clone(),
            contact_phone: group.contact_phone.clone(),
            as_connector: None,
        }
    }
}

/// A charity number: England and Wales (`1234567`, with an optional `-1` for a linked
/// charity), Scotland (`SC012345`) or Northern Ireland (`NIC100123` or `100123`).
pub fn normalise_charity_number(raw: &str) -> Option<String> {
    let text: String = raw.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if text.is_empty() {
        return Some(String::new());
    }
    let (main, linked) = match text.split_once('-') {
        Some((main, linked))
            if !linked.is_empty() && linked.len() <= 3 && linked.bytes().all(|b| b.is_ascii_digit()) =>
        {
            (main, Some(linked))
        }
        Some(_) => return None,
        None => (text.as_str(), None),
    };
    let digits =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let valid = if let Some(rest) = main.strip_prefix("SC") {
        digits(rest, 6..=6)
    } else if let Some(rest) = main.strip_prefix("NIC") {
        digits(rest, 6..=6)
    } else {
        digits(main, 6..=7)
    };
    valid.then(|| match linked {
        Some(linked) => format!("{main}-{linked}"),
        None => main.to_string(),
    })
}

/// A Companies House number: eight characters, digits or two letters then six digits
/// (`01234567`, `SC123456`, `NI012345`, `OC301234`); shorter numbers get their leading zeros.
pub fn normalise_company_number(raw: &str) -> Option<String> {
    let text: String = raw.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if text.is_empty() {
        return Some(String::new());
    }
    if text.bytes().all(|b| b.is_ascii_digit()) && text.len() <= 8 {
        return Some(format!("{text:0>8}"));
    }
    let (prefix, rest) = text.split_at(2.min(text.len()));
    let ok =
        text.len() == 8 && prefix.bytes().all(|b| b.is_ascii_uppercase()) && rest.bytes().all(|b| b.is_ascii_digit());
    ok.then_some(text)
}

/// A UK postcode, tidied to capitals with one space (`B11 1AA`).
pub fn normalise_postcode(raw: &str) -> Option<String> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if compact.is_empty() {
        return Some(String::new());
    }
    if !(5..=7).contains(&compact.len()) {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let inward_ok = {
        let b = inward.as_bytes();
        b[0].is_ascii_digit() && b[1].is_ascii_alphabetic() && b[2].is_ascii_alphabetic()
    };
    let outward_ok = outward.as_bytes()[0].is_ascii_alphabetic()
        && outward.bytes().all(|b| b.is_ascii_alphanumeric())
        && outward.bytes().any(|b| b.is_ascii_digit());
    (inward_ok && outward_ok).then(|| format!("{outward} {inward}"))
}

pub fn check_website(errors: &mut FieldErrors, raw: &str) -> String {
    let text = raw.trim();
    if text.is_empty() {
        return String::new();
    }
    let with_scheme = if text.contains("://") { text.to_string() } else { format!("https://{text}") };
    match url::Url::parse(&with_scheme) {
        Ok(url)
            if (url.scheme() == "https" || url.scheme() == "http")
                && url.host_str().is_some_and(|h| h.contains('.')) =>
        {
            url.to_string()
        }
        _ => {
            errors.add("website", "groups-error-website");
            text.to_string()
        }
    }
}

pub fn check_group(form: &GroupForm) -> Result<GroupInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "name", &form.name, "what-group-name", 150);
    let kind = GroupKind::parse(&form.kind);
    if kind.is_none() {
        errors.add("kind", "groups-error-kind");
    }
    // A group that says it is not registered has no registration numbers: any typed before
    // it chose so (the fields are hidden then, or skipped) are not kept.
    let registered = kind != Some(GroupKind::Unregistered);
    let typed = |value: &str| if registered { value.to_string() } else { String::new() };
    let charity_number = normalise_charity_number(&typed(&form.charity_number)).unwrap_or_else(|| {
        errors.add("charity_number", "groups-error-charity-number");
        form.charity_number.trim().to_string()
    });
    let company_number = normalise_company_number(&typed(&form.company_number)).unwrap_or_else(|| {
        errors.add("company_number", "groups-error-company-number");
        form.company_number.trim().to_string()
    });
    let area = optional_line(&mut errors, "area", &form.area, "what-group-area", 150);
    let postcode = normalise_postcode(&form.postcode).unwrap_or_else(|| {
        errors.add("postcode", "groups-error-postcode");
        form.postcode.trim().to_string()
    });
    let website = check_website(&mut errors, &form.website);
    let contact_name = optional_line(&mut errors, "contact_name", &form.contact_name, "what-group-contact-name", 100);
    let contact_email = normalise_email(&form.contact_email);
    if !contact_email.is_empty()
        && let Err(message) = check_email(&contact_email)
    {
        errors.add("contact_email", message);
    }
    let contact_phone = optional_line(&mut errors, "contact_phone", &form.contact_phone, "what-group-phone", 30);
    if !contact_phone.is_empty() && !contact_phone.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c)) {
        errors.add("contact_phone", "groups-error-phone");
    }
    let Some(kind) = kind else { return Err(errors) };
    errors.into_result(GroupInput {
        name,
        kind,
        charity_number,
        company_number,
        area,
        postcode,
        website,
        contact_name,
        contact_email,
        contact_phone,
    })
}

/// The identifier a group is published under in 360Giving open data: from its charity or
/// company number when it has one (the org-id.guide lists), otherwise made under the funder's
/// own `360G-` prefix.
pub fn org_id(group: &Group, publisher_prefix: &str) -> String {
    if let Some((scheme, identifier)) = charity_identifier(&group.charity_number) {
        return format!("{scheme}-{identifier}");
    }
    if !group.company_number.trim().is_empty() {
        return format!("GB-COH-{}", group.company_number.trim());
    }
    format!("{publisher_prefix}-org-{}", group.id)
}

/// A charity number under its register's org-id.guide scheme: Scotland's (`SC012345` in
/// `GB-SC`), Northern Ireland's (`NIC101234` is `101234` in `GB-NIC`) or England and Wales's
/// (`GB-CHC`, a subsidiary's `-1` suffix dropped). Open Referral's organization identifiers
/// give the two parts apart; 360Giving joins them.
pub fn charity_identifier(number: &str) -> Option<(&'static str, String)> {
    let number = number.trim();
    if number.is_empty() {
        return None;
    }
    let main = number.split('-').next().unwrap_or(number);
    Some(if main.starts_with("SC") {
        ("GB-SC", main.to_string())
    } else if let Some(rest) = main.strip_prefix("NIC") {
        ("GB-NIC", rest.to_string())
    } else {
        ("GB-CHC", main.to_string())
    })
}

/// The answer to one equality question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EqualityStatus {
    Answered,
    PreferNotToSay,
    /// "We lead / serve everyone, not particular groups."
    General,
}

impl EqualityStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EqualityStatus::Answered => "answered",
            EqualityStatus::PreferNotToSay => "prefer_not_to_say",
            EqualityStatus::General => "general",
        }
    }

    pub fn parse(text: &str) -> Option<EqualityStatus> {
        [EqualityStatus::Answered, EqualityStatus::PreferNotToSay, EqualityStatus::General]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// What the equality form sends: for each question, how it is answered and the codes ticked.
#[derive(Debug, Clone, Default)]
pub struct EqualityForm {
    pub leadership_status: String,
    pub leadership_codes: Vec<String>,
    pub leadership_note: String,
    pub beneficiaries_status: String,
    pub beneficiaries_codes: Vec<String>,
    pub beneficiaries_note: String,
}

impl EqualityForm {
    /// Reads the urlencoded pairs (checkboxes repeat their name).
    pub fn from_pairs(pairs: &[(String, String)]) -> EqualityForm {
        let mut form = EqualityForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "leadership_status" => form.leadership_status = value.clone(),
                "leadership_codes" => form.leadership_codes.push(value.clone()),
                "leadership_note" => form.leadership_note = value.clone(),
                "beneficiaries_status" => form.beneficiaries_status = value.clone(),
                "beneficiaries_codes" => form.beneficiaries_codes.push(value.clone()),
                "beneficiaries_note" => form.beneficiaries_note = value.clone(),
                _ => {}
            }
        }
        form
    }
}

/// One checked answer: its status, the known codes (only when answered) and a note.
pub type EqualityAnswer = (EqualityStatus, Vec<String>, String);

fn check_answer(
    errors: &mut FieldErrors,
    prefix: &str,
    status: &str,
    codes: &[String],
    note: &str,
) -> Option<EqualityAnswer> {
    let status_field = format!("{prefix}_status");
    let note = optional_text(errors, &format!("{prefix}_note"), note, "what-group-equality-note", 500);
    let Some(status) = EqualityStatus::parse(status) else {
        errors.add(&status_field, "groups-error-equality-answer");
        return None;
    };
    let codes = if status == EqualityStatus::Answered { dei::known_codes(codes) } else { Vec::new() };
    if status == EqualityStatus::Answered && codes.is_empty() && note.is_empty() {
        errors.add(&status_field, "groups-error-equality-nothing-ticked");
        return None;
    }
    Some((status, codes, note))
}

pub fn check_equality(form: &EqualityForm) -> Result<(EqualityAnswer, EqualityAnswer), FieldErrors> {
    let mut errors = FieldErrors::new();
    let leadership =
        check_answer(&mut errors, "leadership", &form.leadership_status, &form.leadership_codes, &form.leadership_note);
    let beneficiaries = check_answer(
        &mut errors,
        "beneficiaries",
        &form.beneficiaries_status,
        &form.beneficiaries_codes,
        &form.beneficiaries_note,
    );
    match (leadership, beneficiaries) {
        (Some(l), Some(b)) if errors.is_empty() => Ok((l, b)),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unregistered_group_keeps_no_registration_numbers() {
        let form = GroupForm {
            name: "Tea and talk".into(),
            kind: "unregistered".into(),
            charity_number: "not really".into(),
            company_number: "1234567".into(),
            ..GroupForm::default()
        };
        let input = check_group(&form).expect("the numbers are not asked of an unregistered group");
        assert_eq!((input.charity_number.as_str(), input.company_number.as_str()), ("", ""));
        let registered = check_group(&GroupForm { kind: "charity".into(), ..form }).unwrap_err();
        assert!(registered.get("charity_number").is_some(), "a registered group's number is checked");
    }

    #[test]
    fn charity_numbers_of_the_three_regulators() {
        assert_eq!(normalise_charity_number(" 1234567 "), Some("1234567".into()));
        assert_eq!(normalise_charity_number("1234567-1"), Some("1234567-1".into()));
        assert_eq!(normalise_charity_number("sc012345"), Some("SC012345".into()));
        assert_eq!(normalise_charity_number("NIC100123"), Some("NIC100123".into()));
        assert_eq!(normalise_charity_number(""), Some(String::new()));
        assert_eq!(normalise_charity_number("12345"), None);
        assert_eq!(normalise_charity_number("charity"), None);
        assert_eq!(normalise_charity_number("1234567-abc"), None);
    }

    #[test]
    fn company_numbers_are_eight_characters() {
        assert_eq!(normalise_company_number("1234567"), Some("01234567".into()));
        assert_eq!(normalise_company_number("sc123456"), Some("SC123456".into()));
        assert_eq!(normalise_company_number("OC301234"), Some("OC301234".into()));
        assert_eq!(normalise_company_number("ABC12345"), None);
        assert_eq!(normalise_company_number("123456789"), None);
    }

    #[test]
    fn postcodes_are_tidied_and_checked() {
        assert_eq!(normalise_postcode("b111aa"), Some("B11 1AA".into()));
        assert_eq!(normalise_postcode("SW1A 1AA"), Some("SW1A 1AA".into()));
        assert_eq!(normalise_postcode("M1 1AE"), Some("M1 1AE".into()));
        assert_eq!(normalise_postcode("12345"), None);
        assert_eq!(normalise_postcode("not a postcode"), None);
    }

    fn group(charity: &str, company: &str) -> Group {
        Group {
            id: 42,
            name: "G".into(),
            kind: "charity".into(),
            charity_number: charity.into(),
            company_number: company.into(),
            area: String::new(),
            postcode: String::new(),
            website: String::new(),
            contact_name: String::new(),
            contact_email: String::new(),
            contact_phone: String::new(),
            created_by: 1,
            created_at: crate::time::now(),
            updated_at: crate::time::now(),
        }
    }

    #[test]
    fn open_data_ids_come_from_registration_numbers_first() {
        assert_eq!(org_id(&group("1234567", "01234567"), "360G-x"), "GB-CHC-1234567");
        assert_eq!(org_id(&group("SC012345", ""), "360G-x"), "GB-SC-SC012345");
        assert_eq!(org_id(&group("NIC100123", ""), "360G-x"), "GB-NIC-100123");
        assert_eq!(org_id(&group("", "SC123456"), "360G-x"), "GB-COH-SC123456");
        assert_eq!(org_id(&group("", ""), "360G-riversideicb"), "360G-riversideicb-org-42");
    }

    #[test]
    fn a_group_needs_a_name_and_kind_and_good_details() {
        let errors = check_group(&GroupForm {
            postcode: "nowhere".into(),
            website: "not a site".into(),
            ..GroupForm::default()
        })
        .unwrap_err();
        assert!(errors.get("name").is_some() && errors.get("kind").is_some());
        assert!(errors.get("postcode").is_some() && errors.get("website").is_some());
        let ok = check_group(&GroupForm {
            name: "Hope Circle".into(),
            kind: "faith".into(),
            website: "hope.org.uk".into(),
            ..GroupForm::default()
        })
        .unwrap();
        assert_eq!(ok.website, "https://hope.org.uk/");
    }

    #[test]
    fn equality_answers_are_optional_but_honest() {
        let form = EqualityForm {
            leadership_status: "answered".into(),
            leadership_codes: vec!["DEI010100".into(), "FAKE".into()],
            beneficiaries_status: "prefer_not_to_say".into(),
            beneficiaries_codes: vec!["DEI020200".into()],
            ..EqualityForm::default()
        };
        let (leadership, beneficiaries) = check_equality(&form).unwrap();
        assert_eq!(leadership.1, ["DEI010100"], "unknown codes dropped");
        assert_eq!(beneficiaries.0, EqualityStatus::PreferNotToSay);
        assert!(beneficiaries.1.is_empty(), "codes are not kept when someone prefers not to say");
        let empty = EqualityForm {
            leadership_status: "answered".into(),
            beneficiaries_status: "general".into(),
            ..EqualityForm::default()
        };
        assert!(check_equality(&empty).unwrap_err().get("leadership_status").is_some());
    }
}
