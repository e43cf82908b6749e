//! One public award as a grant of the 360Giving Data Standard 1.4, with the DEI extension, and
//! the data package around the grants.
//!
//! The package is written in three parts so the handler can stream it in constant memory:
//! [`package_head`] (every package field, then `"grants":[`), each grant from [`grant`]
//! separated by commas, and [`PACKAGE_TAIL`].

use chrono::NaiveDateTime;
use serde_json::{Map, Value, json};

use super::{Publication, award_date, description, funder_id, funder_name, grant_id, outward_code, planned_dates};
use crate::grants::queries::PublicAward;
use crate::groups::Group;
use crate::groups::model::Equality;
use crate::groups::rules::{EqualityStatus, org_id};

/// The standard's version, as the package's `version` (major.minor) gives it.
pub const STANDARD_VERSION: &str = "1.4";

/// Extensions in use, by their id in the 360Giving extensions registry.
pub const EXTENSIONS: [&str; 1] = ["dei"];

/// The data's licence: Creative Commons Attribution 4.0, the open licence 360Giving recommends
/// and most UK funders publish under; anyone may reuse the data if they say where it came from.
/// The portal has no setting for it yet, so every instance publishes under this one.
pub const LICENSE: &str = "https://creativecommons.org/licenses/by/4.0/";

/// Closes the `grants` array and the package.
pub const PACKAGE_TAIL: &str = "]}";

/// Why the equality questions are asked, as the DEI extension's `purposes` field says it.
const DEI_PURPOSES: &str = "To see whether the programme's money reaches the groups that have missed out on funding \
     before, by the groups' own description of who leads them and whom they serve.";

/// Every package field, then the opening of the `grants` array; grants follow, separated by
/// commas, then [`PACKAGE_TAIL`].
///
/// The publisher is the portal itself, named by its host: one instance may publish for several
/// funders (each grant names its own in `fundingOrganization`), and the configuration has no
/// publisher name or organisation identifier, so neither is invented.
pub fn package_head(publication: &Publication) -> String {
    let host = publication.host();
    let package = json!({
        "version": STANDARD_VERSION,
        "extensions": EXTENSIONS,
        "title": format!("Grants awarded through {host}"),
        "description": format!(
            "Small grants accepted by community groups that agreed to be named, published by the portal at {}. \
             Awards to groups that chose not to be named are counted in the totals at {} but not listed.",
            publication.url("/"),
            publication.url("/awards"),
        ),
        "identifier": format!("{host}-360giving"),
        "issued": publication.issued.format("%Y-%m-%d").to_string(),
        "license": LICENSE,
        "publisher": { "name": host, "website": publication.url("/") },
        "accessURL": publication.url("/awards"),
        "downloadURL": publication.url("/open-data/360giving.json"),
    });
    // A JSON object with these fields always ends with its closing brace: reopen it for grants.
    let mut head = package.to_string();
    head.pop();
    head.push_str(",\"grants\":[");
    head
}

/// May a group's equality answers themselves go into open data?
///
/// Only if the group said so when it accepted a named award ([`Disclosure::Published`]): its
/// answers describe the few people who run it, so the equality form promises they appear
/// elsewhere only as totals unless the group chooses otherwise. Even then only the taxonomy
/// codes (and "everyone" / "prefer not to say") are published, never the group's own notes,
/// which are free text and may name people. Otherwise ([`Disclosure::Withheld`]) the DEI fields
/// say the questions were asked and answered, with the extension's code for "a reply was
/// received but is not permitted to be shared as open data" (`RS203`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disclosure {
    Withheld,
    Published,
}

impl Disclosure {
    /// What the group chose when it accepted the award.
    pub fn chosen_for(award: &crate::decisions::Award) -> Disclosure {
        if award.public_consent && award.equality_consent { Disclosure::Published } else { Disclosure::Withheld }
    }
}

/// One grant of the 360Giving schema.
///
/// Decisions, each for a reason: amounts are pounds as a number (the standard has no pence),
/// dates are London dates, the recipient's address is only the outward code of its postcode
/// (see [`outward_code`](super::outward_code)), contact names, emails and phone numbers are never
/// published, `fromOpenCall` is always "Yes" (every round is an open call on the public site),
/// and `deiDetails` appears only for groups that answered the equality questions.
pub fn grant(
    public: &PublicAward,
    equality: Option<&Equality>,
    publication: &Publication,
    disclosure: Disclosure,
) -> Value {
    let (bid, round, programme) = (&public.bid, &public.round, &public.programme);
    let mut grant = json!({
        "id": grant_id(public),
        "title": bid.title,
        "description": description(public),
        "currency": "GBP",
        "amountAwarded": pounds(public.award.amount_pence),
        "awardDate": award_date(public),
        "recipientOrganization": [recipient(&public.group, &programme.identifier_prefix)],
        "fundingOrganization": [{ "id": funder_id(programme), "name": funder_name(programme) }],
        "grantProgramme": [{
            "code": round.slug,
            "title": round.name,
            "url": publication.url(&format!("/rounds/{}", round.slug)),
        }],
        "fromOpenCall": "Yes",
    });
    let Value::Object(fields) = &mut grant else { return grant };
    if let Some(requested) = bid.amount_requested_pence {
        fields.insert("amountAppliedFor".into(), pounds(requested));
    }
    if let Some((start, end)) = planned_dates(public) {
        fields.insert("plannedDates".into(), json!([{ "startDate": start, "endDate": end }]));
    }
    if !public.group.area.trim().is_empty() {
        fields.insert("beneficiaryLocation".into(), json!([{ "name": public.group.area.trim(), "countryCode": "GB" }]));
    }
    if let Some(equality) = equality {
        fields.insert("deiDetails".into(), dei_details(equality, public.award.decided_at, disclosure));
    }
    grant
}

/// Pence as pounds, a JSON number with at most two decimals: the nearest double to n/100
/// always prints as n/100 itself.
fn pounds(pence: i64) -> Value {
    json!(pence as f64 / 100.0)
}

/// The group as recipient: identifier (from its charity or company number when it has one),
/// name, registration numbers, the outward code of its postcode and its website. Nothing that
/// reaches a person.
fn recipient(group: &Group, prefix: &str) -> Value {
    let mut org = Map::new();
    org.insert("id".into(), json!(org_id(group, prefix)));
    org.insert("name".into(), json!(group.name));
    let optional = [
        ("charityNumber", Some(group.charity_number.trim().to_string())),
        ("companyNumber", Some(group.company_number.trim().to_string())),
        ("postalCode", outward_code(&group.postcode)),
        ("url", url::Url::parse(group.website.trim()).ok().map(String::from)),
    ];
    for (key, value) in optional {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            org.insert(key.into(), json!(value));
        }
    }
    Value::Object(org)
}

/// The options our equality form offers for each question (the DEI `availableOptions` codes):
/// population groups, their categories and subcategories, a description in the group's own
/// words (offered as lived experience), "no particular group" and "prefer not to say".
const AVAILABLE_OPTIONS: [&str; 6] = ["AO100", "AO101", "AO102", "AO201", "AO300", "AO301"];

/// The DEI extension's three application areas from our two questions: "who leads your group"
/// is `leadership`, "whom does your group mainly serve" is the group's `mission`; we ask nothing
/// about the funded project itself, so `project` is not asked.
pub fn dei_details(equality: &Equality, decided_at: NaiveDateTime, disclosure: Disclosure) -> Value {
    // Asked during the application when answered before the decision; an answer given (or last
    // changed) later counts as asked after it.
    let asked = if equality.updated_at <= decided_at { "AS200" } else { "AS201" };
    json!({
        "purposes": DEI_PURPOSES,
        "leadership": application_area(
            asked,
            &equality.leadership_status,
            &equality.leadership_codes(),
            disclosure,
        ),
        "mission": application_area(
            asked,
            &equality.beneficiaries_status,
            &equality.beneficiaries_codes(),
            disclosure,
        ),
        "project": { "askedStatus": "AS100" },
    })
}

/// One question's answer in the extension's terms: the reply status from the codelist, and
/// under [`Disclosure::Published`] the taxonomy codes ticked (never the group's own notes).
fn application_area(asked: &str, status: &str, codes: &[&str], disclosure: Disclosure) -> Value {
    let mut area = json!({ "askedStatus": asked, "availableOptions": AVAILABLE_OPTIONS });
    let reply = match (EqualityStatus::parse(status), disclosure) {
        (None, _) => "RS100",
        (Some(_), Disclosure::Withheld) => "RS203",
        (Some(EqualityStatus::General), Disclosure::Published) => "RS201",
        (Some(EqualityStatus::PreferNotToSay), Disclosure::Published) => "RS202",
        (Some(EqualityStatus::Answered), Disclosure::Published) => {
            let mut response = Map::new();
            if !codes.is_empty() {
                response.insert("taxonomyCodes".into(), json!(codes));
            }
            area["response"] = Value::Object(response);
            "RS200"
        }
    };
    area["replyStatus"] = json!(reply);
    area
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{at, equality, public_award};
    use super::*;

    fn publication() -> Publication {
        Publication::new(
            &url::Url::parse("https://grants.example.org").unwrap(),
            chrono::NaiveDate::from_ymd_opt(2027, 8, 1).unwrap(),
        )
    }

    #[test]
    fn a_grant_has_every_required_field_and_nothing_personal() {
        let grant = grant(&public_award(), None, &publication(), Disclosure::Withheld);
        assert_eq!(grant["id"], "360G-riverside-SG-2027-0042");
        assert_eq!(grant["title"], "Walk and talk");
        assert_eq!(grant["description"], "Weekly walks for men in Sparkbrook");
        assert_eq!(grant["currency"], "GBP");
        assert_eq!(grant["amountAwarded"].to_string(), "2000.5");
        assert_eq!(grant["amountAppliedFor"].to_string(), "2500.0");
        assert_eq!(grant["awardDate"], "2027-07-01");
        assert_eq!(grant["fromOpenCall"], "Yes");
        assert_eq!(
            grant["recipientOrganization"],
            json!([{ "id": "360G-riverside-org-9", "name": "Hope Circle", "postalCode": "B11", "url": "https://hope.example.org/" }])
        );
        assert_eq!(grant["fundingOrganization"], json!([{ "id": "GB-NHS-QWU", "name": "Riverside ICB" }]));
        assert_eq!(
            grant["grantProgramme"],
            json!([{ "code": "spring-2027", "title": "Spring 2027", "url": "https://grants.example.org/rounds/spring-2027" }])
        );
        assert_eq!(grant["beneficiaryLocation"], json!([{ "name": "Sparkbrook, Birmingham", "countryCode": "GB" }]));
        assert_eq!(grant["plannedDates"], json!([{ "startDate": "2027-07-04", "endDate": "2028-03-31" }]));
        assert!(grant.get("deiDetails").is_none(), "no answers, no DEI details");
        let text = grant.to_string();
        for private in ["Amina", "amina@example.org", "0121", "1AA"] {
            assert!(!text.contains(private), "{private} must not be published");
        }
    }

    #[test]
    fn registered_groups_carry_their_numbers() {
        let mut public = public_award();
        public.group.charity_number = "1234567".into();
        public.group.company_number = "01234567".into();
        public.group.postcode = String::new();
        public.group.website = String::new();
        let grant = grant(&public, None, &publication(), Disclosure::Withheld);
        assert_eq!(
            grant["recipientOrganization"],
            json!([{ "id": "GB-CHC-1234567", "name": "Hope Circle", "charityNumber": "1234567", "companyNumber": "01234567" }])
        );
    }

    #[test]
    fn amounts_keep_at_most_two_decimals() {
        for (pence, text) in [(200_000, "2000.0"), (1, "0.01"), (10, "0.1"), (123_456_789, "1234567.89"), (29, "0.29")]
        {
            assert_eq!(pounds(pence).to_string(), text);
        }
    }

    #[test]
    fn withheld_answers_say_a_reply_came_but_not_what_it_was() {
        let answers = equality("answered", "DEI010100,DEI020200", "general", at("2027-05-01 12:00"));
        let dei = grant(&public_award(), Some(&answers), &publication(), Disclosure::Withheld)["deiDetails"].clone();
        assert_eq!(dei["leadership"]["askedStatus"], "AS200");
        assert_eq!(dei["leadership"]["replyStatus"], "RS203");
        assert_eq!(dei["mission"]["replyStatus"], "RS203");
        assert_eq!(dei["project"], json!({ "askedStatus": "AS100" }));
        let text = dei.to_string();
        assert!(!text.contains("DEI01") && !text.contains("psychosis") && !text.contains("response"));
    }

    #[test]
    fn published_answers_map_to_the_codelists() {
        let answers = equality("answered", "DEI010100,DEI020200", "prefer_not_to_say", at("2027-08-01 12:00"));
        let dei = dei_details(&answers, at("2027-07-01 12:00"), Disclosure::Published);
        assert_eq!(dei["leadership"]["askedStatus"], "AS201", "answered after the decision");
        assert_eq!(dei["leadership"]["replyStatus"], "RS200");
        assert_eq!(
            dei["leadership"]["response"],
            json!({ "taxonomyCodes": ["DEI010100", "DEI020200"] }),
            "the codes, never the group's own notes"
        );
        assert_eq!(dei["mission"]["replyStatus"], "RS202");
        assert!(dei["mission"].get("response").is_none());
        let general = dei_details(
            &equality("general", "", "", at("2027-01-01 00:00")),
            at("2027-07-01 12:00"),
            Disclosure::Published,
        );
        assert_eq!(general["leadership"]["replyStatus"], "RS201");
        assert_eq!(general["mission"]["replyStatus"], "RS100", "an unknown stored answer is no reply");
        assert_eq!(general["leadership"]["availableOptions"], json!(AVAILABLE_OPTIONS));
    }

    #[test]
    fn the_package_reopens_for_grants_and_closes() {
        let publication = publication();
        let head = package_head(&publication);
        assert!(head.ends_with(",\"grants\":["));
        let one = grant(&public_award(), None, &publication, Disclosure::Withheld);
        let text = format!("{head}{one},{one}{PACKAGE_TAIL}");
        let package: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(package["version"], "1.4");
        assert_eq!(package["extensions"], json!(["dei"]));
        assert_eq!(package["license"], LICENSE);
        assert_eq!(
            package["publisher"],
            json!({ "name": "grants.example.org", "website": "https://grants.example.org/" })
        );
        assert_eq!(package["issued"], "2027-08-01");
        assert_eq!(package["grants"].as_array().unwrap().len(), 2);
    }
}
