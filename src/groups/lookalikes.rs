//! Groups that look like another: the same bank account, phone, contact email or charity
//! number, or a very similar name at the same postcode. Shown to the lead when a bid is
//! screened and beside the group's bank details, never acted on by the portal: two faith groups
//! can share a treasurer, and a council for voluntary service can hold money for several
//! groups. The lead decides.

use diesel::prelude::*;

use super::Group;
use crate::db::DbConn;
use crate::db::schema::{bank_details, community_groups};

/// Why another group looks like this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Likeness {
    SameBankAccount,
    SameCharityNumber,
    SameEmail,
    SamePhone,
    SimilarNameAndPostcode,
}

impl Likeness {
    /// The key of its words for the lead (`staff/bank.ftl`).
    pub fn key(self) -> &'static str {
        match self {
            Likeness::SameBankAccount => "lookalike-same-bank-account",
            Likeness::SameCharityNumber => "lookalike-same-charity-number",
            Likeness::SameEmail => "lookalike-same-email",
            Likeness::SamePhone => "lookalike-same-phone",
            Likeness::SimilarNameAndPostcode => "lookalike-similar-name",
        }
    }
}

/// Another group and every way it looks like this one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookalike {
    pub group_id: i64,
    pub name: String,
    pub why: Vec<Likeness>,
}

/// A phone number as digits alone, a UK number written the same way however it was typed
/// (`+44 161 496 0000` and `0161 4960000` are the same number).
pub fn phone_digits(raw: &str) -> String {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix("44") {
        Some(rest) if raw.trim_start().starts_with('+') || digits.len() == 12 => format!("0{rest}"),
        _ => digits,
    }
}

/// A name without case, punctuation or the words many groups' names share.
fn name_core(name: &str) -> String {
    const COMMON: [&str; 8] = ["the", "group", "community", "cic", "ltd", "limited", "association", "and"];
    let lower = name.to_lowercase();
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && !COMMON.contains(word))
        .map(str::to_string)
        .collect();
    words.join(" ")
}

/// Whether two names are very nearly the same ("St Anne's Circle" and "St Annes Circle CIC").
pub fn names_alike(a: &str, b: &str) -> bool {
    let (a, b) = (name_core(a), name_core(b));
    !a.is_empty() && !b.is_empty() && strsim::normalized_levenshtein(&a, &b) >= 0.85
}

/// How `other` looks like `group`, if it does (the bank account is compared in the database).
pub fn likeness(group: &Group, other: &Group) -> Vec<Likeness> {
    let mut why = Vec::new();
    let same = |a: &str, b: &str| !a.trim().is_empty() && a.trim().eq_ignore_ascii_case(b.trim());
    if same(&group.charity_number, &other.charity_number) {
        why.push(Likeness::SameCharityNumber);
    }
    if same(&group.contact_email, &other.contact_email) {
        why.push(Likeness::SameEmail);
    }
    let phone = phone_digits(&group.contact_phone);
    if phone.len() >= 6 && phone == phone_digits(&other.contact_phone) {
        why.push(Likeness::SamePhone);
    }
    if same(&group.postcode, &other.postcode) && names_alike(&group.name, &other.name) {
        why.push(Likeness::SimilarNameAndPostcode);
    }
    why
}

/// The other groups whose current bank details are the same account as this group's.
pub fn same_bank_account(conn: &mut DbConn, group_id: i64) -> QueryResult<Vec<(i64, String)>> {
    let Some(mine) = crate::bank_details::queries::current(conn, group_id)? else { return Ok(Vec::new()) };
    bank_details::table
        .inner_join(community_groups::table)
        .filter(bank_details::fingerprint.eq(&mine.fingerprint))
        .filter(bank_details::replaced_at.is_null())
        .filter(bank_details::group_id.ne(group_id))
        .select((community_groups::id, community_groups::name))
        .order(community_groups::name)
        .load(conn)
}

/// Every other group that looks like this one, and why. Candidates come from the database by
/// postcode, email and charity number; phone numbers, typed every which way, are compared
/// among all groups with a phone (a lead screens a bid at a time, so this is not on any busy
/// page).
pub fn of_group(conn: &mut DbConn, group: &Group) -> QueryResult<Vec<Lookalike>> {
    let mut candidates: Vec<Group> = community_groups::table
        .filter(community_groups::id.ne(group.id))
        .filter(
            community_groups::postcode
                .eq(&group.postcode)
                .and(community_groups::postcode.ne(""))
                .or(community_groups::contact_email
                    .eq(&group.contact_email)
                    .and(community_groups::contact_email.ne("")))
                .or(community_groups::charity_number
                    .eq(&group.charity_number)
                    .and(community_groups::charity_number.ne(""))),
        )
        .select(Group::as_select())
        .load(conn)?;
    let phone = phone_digits(&group.contact_phone);
    if !phone.is_empty() {
        let phones: Vec<(i64, String)> = community_groups::table
            .filter(community_groups::id.ne(group.id))
            .filter(community_groups::contact_phone.ne(""))
            .select((community_groups::id, community_groups::contact_phone))
            .load(conn)?;
        let same_phone: Vec<i64> = phones
            .into_iter()
            .filter(|(id, other)| phone_digits(other) == phone && !candidates.iter().any(|c| c.id == *id))
            .map(|(id, _)| id)
            .collect();
        if !same_phone.is_empty() {
            candidates.extend(
                community_groups::table
                    .filter(community_groups::id.eq_any(same_phone))
                    .select(Group::as_select())
                    .load(conn)?,
            );
        }
    }
    let mut found: Vec<Lookalike> = candidates
        .iter()
        .filter_map(|other| {
            let why = likeness(group, other);
            (!why.is_empty()).then(|| Lookalike { group_id: other.id, name: other.name.clone(), why })
        })
        .collect();
    for (group_id, name) in same_bank_account(conn, group.id)? {
        match found.iter_mut().find(|found| found.group_id == group_id) {
            Some(found) => found.why.insert(0, Likeness::SameBankAccount),
            None => found.push(Lookalike { group_id, name, why: vec![Likeness::SameBankAccount] }),
        }
    }
    found.sort_by(|a, b| a.why.cmp(&b.why).then_with(|| a.name.cmp(&b.name)));
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(name: &str, postcode: &str, email: &str, phone: &str, charity: &str) -> Group {
        Group {
            id: 0,
            name: name.into(),
            kind: "faith".into(),
            charity_number: charity.into(),
            company_number: String::new(),
            area: String::new(),
            postcode: postcode.into(),
            website: String::new(),
            contact_name: String::new(),
            contact_email: email.into(),
            contact_phone: phone.into(),
            created_by: 0,
            created_at: chrono::NaiveDateTime::default(),
            updated_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn phone_numbers_are_compared_however_they_were_typed() {
        assert_eq!(phone_digits("+44 161 496 0000"), "01614960000");
        assert_eq!(phone_digits("0161 496-0000"), "01614960000");
        assert_eq!(phone_digits("(0161) 4960000"), "01614960000");
        assert_eq!(phone_digits(""), "");
    }

    #[test]
    fn names_that_differ_by_a_common_word_or_a_letter_are_alike() {
        assert!(names_alike("St Anne's Tuesday Circle", "St Annes Tuesday Circle CIC"));
        assert!(names_alike("Riverside Walkers", "The Riverside Walker Group"));
        assert!(!names_alike("Riverside Walkers", "Hillside Knitters"));
        assert!(!names_alike("The Group", "Community Group"), "nothing left to compare is not alike");
    }

    #[test]
    fn each_likeness_is_named_and_empty_fields_never_match() {
        let a = group("Riverside Walkers", "B11 1AA", "walk@example.org", "0161 496 0000", "1234567");
        let b = group("Riverside Walker", "B11 1AA", "WALK@example.org", "+44 161 4960000", "1234567");
        assert_eq!(
            likeness(&a, &b),
            [Likeness::SameCharityNumber, Likeness::SameEmail, Likeness::SamePhone, Likeness::SimilarNameAndPostcode]
        );
        let elsewhere = group("Riverside Walkers", "M1 1AA", "", "", "");
        assert!(
            likeness(&group("Riverside Walkers", "B11 1AA", "", "", ""), &elsewhere).is_empty(),
            "another postcode"
        );
        assert!(likeness(&group("X", "", "", "", ""), &group("Y", "", "", "", "")).is_empty());
    }
}
