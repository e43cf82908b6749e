//! Open data: the public awards in the 360Giving Data Standard, as a JSON data package
//! ([`threesixty`]) and as the flat one-row-per-grant spreadsheet ([`sheet`]).
//!
//! Only accepted awards whose groups agreed to be named are published (the same rows as the
//! public list of awards). These modules are pure: rows in, JSON values and CSV records out, so
//! the mapping is tested without a server and the handlers only fetch pages and stream them.

pub mod sheet;
pub mod threesixty;

use chrono::NaiveDate;

use crate::grants::queries::PublicAward;
use crate::money::Pence;
use crate::programmes::Programme;

/// Where the files are published and when: what the package and the links in each grant need
/// beyond the rows themselves.
#[derive(Debug, Clone)]
pub struct Publication {
    /// The portal's address without a trailing slash (`https://grants.example.org`).
    base_url: String,
    /// The host name, standing for the publisher: the portal has no configured publisher name,
    /// and one instance may host several funders' programmes.
    host: String,
    /// The London date the file was made.
    pub issued: NaiveDate,
}

impl Publication {
    pub fn new(base_url: &url::Url, issued: NaiveDate) -> Publication {
        let host = base_url.host_str().unwrap_or("localhost").to_string();
        Publication { base_url: base_url.as_str().trim_end_matches('/').to_string(), host, issued }
    }

    /// An absolute link to a page of the portal.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    pub fn host(&self) -> &str {
        &self.host
    }
}

/// The grant's identifier: the programme's registered 360Giving prefix and the bid's reference,
/// which never changes once the bid is sent (`360G-riverside-SG-2027-0042`).
pub fn grant_id(public: &PublicAward) -> String {
    let reference = public.bid.reference.clone().unwrap_or_else(|| format!("bid-{}", public.bid.id));
    format!("{}-{reference}", public.programme.identifier_prefix)
}

/// The funder's organisation identifier from the programme (e.g. `GB-NHS-QWU`); a programme
/// set up without one is identified by its own 360Giving prefix, which 360Giving registered to
/// that funder.
pub fn funder_id(programme: &Programme) -> &str {
    let id = programme.funder_org_id.trim();
    if id.is_empty() { programme.identifier_prefix.trim() } else { id }
}

pub fn funder_name(programme: &Programme) -> &str {
    if programme.funder_name.trim().is_empty() { &programme.name } else { &programme.funder_name }
}

/// Only the outward half of the group's postcode (`B11` of `B11 1AA`) is ever published. Many
/// small groups have no premises: the postcode they give is often a volunteer's home, and a
/// full postcode narrows it to a handful of houses. The outward code still places the grant in
/// its district for anyone mapping where money goes.
pub fn outward_code(postcode: &str) -> Option<String> {
    let compact: String = postcode.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
        return None;
    }
    Some(compact[..compact.len() - 3].to_string())
}

/// What the grant is for, in the group's one line; the longer "what the money pays for" when
/// the line was left empty.
///
/// A grant paid through a host organisation (a charity holding money for a group without a bank
/// account) says so here. The group stays the recipient: 360Giving's regrant type for a fiscal
/// sponsor (`FRG050`) describes a grant awarded *to* the sponsor, which this is not, so the
/// host is named in words the standard keeps with the grant.
pub fn description(public: &PublicAward) -> String {
    let bid = &public.bid;
    let what_for = if !bid.summary.trim().is_empty() {
        &bid.summary
    } else if !bid.purpose.trim().is_empty() {
        &bid.purpose
    } else {
        &bid.title
    };
    match public.award.paid_through.trim() {
        "" => what_for.clone(),
        host => format!("{what_for} (Paid through {host}, which holds money for the group.)"),
    }
}

/// The London date of the award decision, as the standard writes dates (`2027-03-01`).
pub fn award_date(public: &PublicAward) -> String {
    crate::time::in_london(public.award.decided_at).date_naive().format("%Y-%m-%d").to_string()
}

/// When the funded work is planned to run: from the day the group accepted the offer to the day
/// its end-of-grant report is due (the report follows the work), if the lead set one.
pub fn planned_dates(public: &PublicAward) -> Option<(String, String)> {
    let end = public.award.report_due_on?;
    let start = public.award.accepted_at.map(|at| crate::time::in_london(at).date_naive()).unwrap_or(end).min(end);
    Some((start.format("%Y-%m-%d").to_string(), end.format("%Y-%m-%d").to_string()))
}

/// Pounds as a plain number for the spreadsheet: `2500` or `2500.50`.
pub fn pounds_text(pence: Pence) -> String {
    pence.to_input()
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! One public award with everything filled in, for the mapping tests.

    use chrono::{NaiveDate, NaiveDateTime};

    use crate::bids::Bid;
    use crate::decisions::Award;
    use crate::grants::queries::PublicAward;
    use crate::groups::Group;
    use crate::groups::model::Equality;
    use crate::programmes::Programme;
    use crate::rounds::Round;

    pub fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    pub fn public_award() -> PublicAward {
        let when = at("2027-03-01 10:00");
        PublicAward {
            award: Award {
                id: 7,
                bid_id: 42,
                amount_pence: 200_050,
                conditions: String::new(),
                message: String::new(),
                decided_by: 1,
                // 23:30 UTC in summer is already the next day in London.
                decided_at: at("2027-06-30 23:30"),
                payment_plan: String::new(),
                report_due_on: NaiveDate::from_ymd_opt(2028, 3, 31),
                accepted_at: Some(at("2027-07-04 09:00")),
                accepted_by: Some(2),
                accepted_name: "Amina Rahman".into(),
                public_consent: true,
                reminder_before_sent_at: None,
                reminder_after_sent_at: None,
                closed_at: None,
                equality_consent: false,
                accept_by_on: None,
                paid_through: String::new(),
            },
            bid: Bid {
                id: 42,
                round_id: 3,
                group_id: 9,
                reference: Some("SG-2027-0042".into()),
                state: crate::bids::BidState::Active,
                summary: "Weekly walks for men in Sparkbrook".into(),
                purpose: "Room hire and tea".into(),
                created_by: 2,
                submitted_at: Some(when),
                ..Bid::sample(when)
            },
            group: Group {
                id: 9,
                name: "Hope Circle".into(),
                kind: "faith".into(),
                charity_number: String::new(),
                company_number: String::new(),
                area: "Sparkbrook, Birmingham".into(),
                postcode: "B11 1AA".into(),
                website: "https://hope.example.org/".into(),
                contact_name: "Amina".into(),
                contact_email: "amina@example.org".into(),
                contact_phone: "0121 000 0000".into(),
                created_by: 2,
                created_at: when,
                updated_at: when,
            },
            round: Round {
                id: 3,
                programme_id: 1,
                pot_id: 1,
                slug: "spring-2027".into(),
                name: "Spring 2027".into(),
                summary: String::new(),
                opens_at: when,
                closes_at: when,
                min_award_pence: 50_000,
                max_award_pence: 500_000,
                eligibility: String::new(),
                uses: String::new(),
                decision_target_on: NaiveDate::from_ymd_opt(2027, 6, 30).unwrap(),
                panel_size: 2,
                criteria_frozen_at: None,
                created_at: when,
                updated_at: when,
                panel_closed_at: None,
                panel_due_on: None,
                panel_reminder_sent_at: None,
            },
            programme: Programme {
                id: 1,
                slug: "riverside".into(),
                name: "Riverside VCSE Fund".into(),
                description: String::new(),
                funder_name: "Riverside ICB".into(),
                funder_org_id: "GB-NHS-QWU".into(),
                identifier_prefix: "360G-riverside".into(),
                created_at: when,
                updated_at: when,
                team_name: String::new(),
                contact_email: String::new(),
                contact_phone: String::new(),
                contact_hours: String::new(),
                logo_key: None,
                logo_content_type: None,
                privacy_controller: String::new(),
                privacy_contact: String::new(),
                privacy_dpo: String::new(),
                records_retention: String::new(),
                privacy_notes: String::new(),
                safeguarding_name: String::new(),
                safeguarding_email: String::new(),
            },
        }
    }

    pub fn equality(leadership: &str, codes: &str, beneficiaries: &str, updated_at: NaiveDateTime) -> Equality {
        Equality {
            group_id: 9,
            leadership_status: leadership.into(),
            leadership_codes: codes.into(),
            leadership_note: "Lived experience of psychosis".into(),
            beneficiaries_status: beneficiaries.into(),
            beneficiaries_codes: String::new(),
            beneficiaries_note: String::new(),
            updated_by: Some(2),
            updated_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::public_award;
    use super::*;

    #[test]
    fn grant_ids_join_the_prefix_and_the_reference() {
        assert_eq!(grant_id(&public_award()), "360G-riverside-SG-2027-0042");
    }

    #[test]
    fn the_funder_falls_back_to_the_prefix_and_the_programme_name() {
        let mut programme = public_award().programme;
        assert_eq!((funder_id(&programme), funder_name(&programme)), ("GB-NHS-QWU", "Riverside ICB"));
        programme.funder_org_id = String::new();
        programme.funder_name = " ".into();
        assert_eq!((funder_id(&programme), funder_name(&programme)), ("360G-riverside", "Riverside VCSE Fund"));
    }

    #[test]
    fn only_the_outward_code_of_a_postcode_is_kept() {
        assert_eq!(outward_code("B11 1AA").as_deref(), Some("B11"));
        assert_eq!(outward_code("sw1a1aa").as_deref(), Some("SW1A"));
        assert_eq!(outward_code("M1 1AE").as_deref(), Some("M1"));
        assert_eq!(outward_code(""), None);
        assert_eq!(outward_code("nowhere at all"), None);
    }

    #[test]
    fn dates_are_london_dates() {
        let public = public_award();
        assert_eq!(award_date(&public), "2027-07-01", "23:30 UTC in July is the next day in London");
        assert_eq!(planned_dates(&public), Some(("2027-07-04".into(), "2028-03-31".into())));
    }

    #[test]
    fn the_description_is_the_summary_or_else_the_purpose() {
        let mut public = public_award();
        assert_eq!(description(&public), "Weekly walks for men in Sparkbrook");
        public.bid.summary = String::new();
        assert_eq!(description(&public), "Room hire and tea");
        public.award.paid_through = "Sparkbrook CVS (charity 1123456)".into();
        assert_eq!(
            description(&public),
            "Room hire and tea (Paid through Sparkbrook CVS (charity 1123456), which holds money for the group.)"
        );
    }

    #[test]
    fn publication_links_are_absolute() {
        let publication = Publication::new(
            &url::Url::parse("https://grants.example.org/").unwrap(),
            public_award().round.decision_target_on,
        );
        assert_eq!(publication.url("/awards"), "https://grants.example.org/awards");
        assert_eq!(publication.host(), "grants.example.org");
    }
}
