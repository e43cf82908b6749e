//! Host organisations: a registered charity or council for voluntary service that holds money
//! for a group with no bank account of its own. A member of the group names the host; the
//! host's contact is emailed a link, confirms that the host holds money for the group, and
//! gives the host's bank details, which become where the group's grants are paid (a
//! `bank_details` row with `host_id` set). The group's members cannot check the host's account
//! from their own papers, so a lead confirms those details after calling the host back. The
//! grants then say they were paid through the host (`awards.paid_through`), in the lead's
//! pages, the reports and the open data.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::actions::{BankError, owed_bid_of, own_member_of, replace_current};
use super::rules::{BankDetailsInput, BankForm, check_bank_form};
use super::sealing::DataKeys;
use crate::accounts::{Person, ProgrammeRole};
use crate::audit::{self, NewEvent};
use crate::bids::BidState;
use crate::db::schema::{awards, bank_details, bids, group_hosts};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::forms::{FieldErrors, required_line};
use crate::i18n::Message;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;

/// How long the emailed link works.
pub const LINK_DAYS: i64 = 14;
/// Hosts a group can name in an hour (each emails someone outside the portal).
const NAMED_PER_HOUR: i64 = 3;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = group_hosts)]
pub struct Host {
    pub id: i64,
    pub group_id: i64,
    pub name: String,
    pub charity_number: String,
    pub contact_name: String,
    pub contact_email: String,
    pub token_hash: String,
    pub requested_by: i64,
    pub requested_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
    pub confirmed_name: String,
    pub declined_at: Option<NaiveDateTime>,
    pub ended_at: Option<NaiveDateTime>,
}

/// Where a host stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostStanding {
    /// Named; its contact has not answered the email yet.
    Waiting,
    Confirmed,
    /// Its contact said the host does not hold money for the group.
    Declined,
    /// The group named another host or gave its own bank details.
    Ended,
}

impl Host {
    pub fn standing(&self) -> HostStanding {
        match (self.ended_at, self.declined_at, self.confirmed_at) {
            (Some(_), _, _) => HostStanding::Ended,
            (None, Some(_), _) => HostStanding::Declined,
            (None, None, Some(_)) => HostStanding::Confirmed,
            (None, None, None) => HostStanding::Waiting,
        }
    }

    /// Why the emailed link no longer works at `now`, if it does not: it was answered (or the
    /// host ended), or it is more than [`LINK_DAYS`] old. The message key says which.
    pub fn link_refused_at(&self, now: NaiveDateTime) -> Option<&'static str> {
        if self.standing() != HostStanding::Waiting {
            Some("host-error-link-used")
        } else if self.requested_at + Duration::days(LINK_DAYS) < now {
            Some("host-error-link-expired")
        } else {
            None
        }
    }

    /// "Sparkbrook CVS (charity 1123456)": how reports and open data name it.
    pub fn described(&self) -> String {
        format!("{} (charity {})", self.name, self.charity_number)
    }
}

// ---- What is typed ----

/// What a group's member types to name a host.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct HostForm {
    pub host_name: String,
    pub charity_number: String,
    pub contact_name: String,
    pub contact_email: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostInput {
    pub name: String,
    pub charity_number: String,
    pub contact_name: String,
    pub contact_email: String,
}

/// A charity number as the registers write them: England and Wales (`1123456`, 6 to 8
/// digits), Scotland (`SC012345`) or Northern Ireland (`NIC100123`); spaces and case ignored.
pub fn charity_number(typed: &str) -> Option<String> {
    let compact: String = typed.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let digits = compact.strip_prefix("NIC").or_else(|| compact.strip_prefix("SC")).unwrap_or(&compact);
    ((5..=8).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())).then_some(compact)
}

pub fn check_host_form(form: &HostForm) -> Result<HostInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "host_name", &form.host_name, "what-host-name", 150);
    let number = charity_number(&form.charity_number);
    if number.is_none() {
        errors.add("charity_number", "host-error-charity-number");
    }
    let contact_name = required_line(&mut errors, "contact_name", &form.contact_name, "what-host-contact-name", 150);
    let contact_email = form.contact_email.trim().to_lowercase();
    if let Err(message) = crate::accounts::rules::check_email(&contact_email) {
        errors.add("contact_email", message);
    }
    errors.into_result(HostInput { name, charity_number: number.unwrap_or_default(), contact_name, contact_email })
}

/// What the host's contact sends: who they are, that the host holds money for the group, and
/// the host's bank details.
#[derive(Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct HostConfirmForm {
    pub your_name: String,
    pub holds_money: Option<String>,
    pub account_name: String,
    pub sort_code: String,
    pub account_number: String,
    pub roll_number: String,
}

impl std::fmt::Debug for HostConfirmForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostConfirmForm").field("your_name", &self.your_name).finish_non_exhaustive()
    }
}

impl HostConfirmForm {
    pub fn bank_form(&self) -> BankForm {
        BankForm {
            account_name: self.account_name.clone(),
            sort_code: self.sort_code.clone(),
            account_number: self.account_number.clone(),
            roll_number: self.roll_number.clone(),
            next: String::new(),
        }
    }
}

/// Who confirmed (name and role, as typed) and the host's bank details.
pub fn check_host_confirm(form: &HostConfirmForm) -> Result<(String, BankDetailsInput), FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "your_name", &form.your_name, "what-host-your-name", 150);
    if form.holds_money.is_none() {
        errors.add("holds_money", "host-error-holds-money");
    }
    match check_bank_form(&form.bank_form()) {
        Ok(details) => errors.into_result((name, details)),
        Err(bank_errors) => {
            errors.extend(bank_errors);
            Err(errors)
        }
    }
}

// ---- Reading ----

/// The group's host as it stands (named and not ended or declined), if any.
pub fn current(conn: &mut DbConn, group_id: i64) -> QueryResult<Option<Host>> {
    group_hosts::table
        .filter(group_hosts::group_id.eq(group_id))
        .filter(group_hosts::ended_at.is_null())
        .filter(group_hosts::declined_at.is_null())
        .order(group_hosts::id.desc())
        .select(Host::as_select())
        .first(conn)
        .optional()
}

/// The group's newest host not ended, including one that said no, for the group's pages.
pub fn latest(conn: &mut DbConn, group_id: i64) -> QueryResult<Option<Host>> {
    group_hosts::table
        .filter(group_hosts::group_id.eq(group_id))
        .filter(group_hosts::ended_at.is_null())
        .order(group_hosts::id.desc())
        .select(Host::as_select())
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConn, host_id: i64) -> QueryResult<Option<Host>> {
    group_hosts::table.find(host_id).select(Host::as_select()).first(conn).optional()
}

/// The host whose emailed link holds `token`.
pub fn by_token(conn: &mut DbConn, token: &str) -> QueryResult<Option<Host>> {
    let hash = crate::accounts::tokens::hash_token(token);
    group_hosts::table.filter(group_hosts::token_hash.eq(hash)).select(Host::as_select()).first(conn).optional()
}

// ---- Changing ----

/// A waiting host whose link still works, or why not.
fn answerable(host: Option<Host>, now: NaiveDateTime) -> Result<Host, BankError> {
    let host = host.ok_or(BankError::NotFound)?;
    match host.link_refused_at(now) {
        Some(key) => Err(BankError::Refused(Message::new(key))),
        None => Ok(host),
    }
}

/// Ends the group's host, if it has one, and stops naming it on grants not yet completed.
pub(super) fn end_current(conn: &mut DbConn, group_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    match current(conn, group_id)? {
        Some(host) => end(conn, &host, now),
        None => Ok(()),
    }
}

fn end(conn: &mut DbConn, host: &Host, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(group_hosts::table.find(host.id)).set(group_hosts::ended_at.eq(now)).execute(conn)?;
    set_paid_through(conn, host.group_id, "")
}

/// Names the host on the group's offers and running grants.
fn set_paid_through(conn: &mut DbConn, group_id: i64, described: &str) -> QueryResult<()> {
    let owed = bids::table
        .filter(bids::group_id.eq(group_id))
        .filter(bids::state.eq_any([BidState::Awarded.as_str(), BidState::Active.as_str()]))
        .select(bids::id);
    diesel::update(awards::table.filter(awards::bid_id.eq_any(owed)))
        .set(awards::paid_through.eq(described))
        .execute(conn)?;
    Ok(())
}

/// The paid-through text for a grant of the group accepted now: its host, if one confirmed.
pub fn paid_through_now(conn: &mut DbConn, group_id: i64) -> QueryResult<String> {
    Ok(current(conn, group_id)?
        .filter(|host| host.standing() == HostStanding::Confirmed)
        .map(|host| host.described())
        .unwrap_or_default())
}

/// A member of the group names a host: the host before (if any) ends, its bank details stop
/// being used, and the host's contact is emailed a link to confirm. Answers the address written to.
pub fn name(
    conn: &mut DbConn,
    person: &Person,
    group_id: i64,
    input: &HostInput,
    links: &Links,
    now: NaiveDateTime,
) -> Result<String, BankError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "community_groups", group_id)?;
        own_member_of(conn, group_id, person.id)?;
        let (_, round_id, _) = owed_bid_of(conn, group_id)?;
        let named_lately: i64 = group_hosts::table
            .filter(group_hosts::group_id.eq(group_id))
            .filter(group_hosts::requested_at.gt(now - Duration::hours(1)))
            .count()
            .get_result(conn)?;
        if named_lately >= NAMED_PER_HOUR {
            return Err(BankError::Refused(Message::new("host-error-too-often")));
        }
        if let Some(before) = current(conn, group_id)? {
            diesel::update(bank_details::table.filter(bank_details::host_id.eq(before.id)))
                .filter(bank_details::replaced_at.is_null())
                .set(bank_details::replaced_at.eq(now))
                .execute(conn)?;
            end(conn, &before, now)?;
        }
        let (token, token_hash) = crate::accounts::tokens::new_token();
        let host_id: i64 = diesel::insert_into(group_hosts::table)
            .values((
                group_hosts::group_id.eq(group_id),
                group_hosts::name.eq(&input.name),
                group_hosts::charity_number.eq(&input.charity_number),
                group_hosts::contact_name.eq(&input.contact_name),
                group_hosts::contact_email.eq(&input.contact_email),
                group_hosts::token_hash.eq(&token_hash),
                group_hosts::requested_by.eq(person.id),
                group_hosts::requested_at.eq(now),
            ))
            .returning(group_hosts::id)
            .get_result(conn)?;
        let details =
            serde_json::json!({"host_id": host_id, "name": input.name, "charity_number": input.charity_number});
        audit::record(
            conn,
            &NewEvent::about("group", group_id, Some(person.id), "host_named").with_details(Some(details)),
            now,
        )?;
        let team = crate::programmes::queries::team_of_round(conn, round_id, links.contact_email())?;
        let group = crate::groups::queries::find(conn, group_id)?.ok_or(BankError::NotFound)?;
        let email = emails::host_to_confirm(links, &team, input, &group, &person.name, &token);
        outbox::enqueue(conn, &email, now)?;
        Ok(input.contact_email.clone())
    })
}

/// The host's contact confirms through the emailed link and gives the host's bank details:
/// they become where the group is paid (held until a lead calls the host back), the group's
/// offers and running grants name the host, and the group's members and the programme's leads
/// are told.
pub fn confirm(
    conn: &mut DbConn,
    keys: &DataKeys,
    token: &str,
    confirmed_name: &str,
    details: &BankDetailsInput,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Host, BankError> {
    write_transaction(conn, |conn| {
        let host = answerable(by_token(conn, token)?, now)?;
        let group_id = host.group_id;
        lock_row(conn, "community_groups", group_id)?;
        let (bid_id, round_id, programme_id) = owed_bid_of(conn, group_id)?;
        diesel::update(group_hosts::table.find(host.id))
            .set((group_hosts::confirmed_at.eq(now), group_hosts::confirmed_name.eq(confirmed_name)))
            .execute(conn)?;
        replace_current(conn, keys, group_id, details, host.requested_by, Some(host.id), now)?;
        set_paid_through(conn, group_id, &host.described())?;
        let event = NewEvent::about("group", group_id, None, "host_confirmed").with_details(Some(serde_json::json!({
            "host_id": host.id, "confirmed_by": confirmed_name, "account_ending": details.ending(),
        })));
        audit::record(conn, &event, now)?;

        let team = crate::programmes::queries::team_of_round(conn, round_id, links.contact_email())?;
        let group = crate::groups::queries::find(conn, group_id)?.ok_or(BankError::NotFound)?;
        for (member, person) in crate::groups::queries::members_of(conn, group_id)? {
            if !member.is_connector {
                let email = emails::host_answered(person.tr(), links, &team, &person, &group, &host.name, true);
                outbox::enqueue(conn, &email, now)?;
            }
        }
        for (lead, _) in crate::programmes::queries::people_with_role(conn, programme_id, ProgrammeRole::Lead)? {
            let email = emails::host_confirmed_to_lead(lead.tr(), links, &team, &lead, &group, &host, bid_id);
            outbox::enqueue(conn, &email, now)?;
        }
        Ok(host)
    })
}

/// The host's contact says the host does not hold money for the group: the group is told.
pub fn decline(conn: &mut DbConn, token: &str, links: &Links, now: NaiveDateTime) -> Result<Host, BankError> {
    write_transaction(conn, |conn| {
        let host = answerable(by_token(conn, token)?, now)?;
        diesel::update(group_hosts::table.find(host.id)).set(group_hosts::declined_at.eq(now)).execute(conn)?;
        let event = NewEvent::about("group", host.group_id, None, "host_declined")
            .with_details(Some(serde_json::json!({"host_id": host.id})));
        audit::record(conn, &event, now)?;
        let (_, round_id, _) = owed_bid_of(conn, host.group_id)?;
        let team = crate::programmes::queries::team_of_round(conn, round_id, links.contact_email())?;
        let group = crate::groups::queries::find(conn, host.group_id)?.ok_or(BankError::NotFound)?;
        for (member, person) in crate::groups::queries::members_of(conn, host.group_id)? {
            if !member.is_connector {
                let email = emails::host_answered(person.tr(), links, &team, &person, &group, &host.name, false);
                outbox::enqueue(conn, &email, now)?;
            }
        }
        Ok(host)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charity_numbers_are_read_as_the_registers_write_them() {
        assert_eq!(charity_number(" 1123456 ").as_deref(), Some("1123456"));
        assert_eq!(charity_number("218498").as_deref(), Some("218498"));
        assert_eq!(charity_number("sc 012345").as_deref(), Some("SC012345"));
        assert_eq!(charity_number("NIC100123").as_deref(), Some("NIC100123"));
        assert_eq!(charity_number("12-34"), None);
        assert_eq!(charity_number("SC"), None);
        assert_eq!(charity_number(""), None);
    }

    #[test]
    fn the_host_says_it_holds_the_money_and_gives_its_bank_details() {
        let form = HostConfirmForm {
            your_name: "Sam Patel, finance officer".into(),
            holds_money: Some("yes".into()),
            account_name: "Sparkbrook CVS".into(),
            sort_code: "20-00-00".into(),
            account_number: "55556666".into(),
            ..HostConfirmForm::default()
        };
        let (name, details) = check_host_confirm(&form).unwrap();
        assert_eq!((name.as_str(), details.ending().as_str()), ("Sam Patel, finance officer", "6666"));
        let errors =
            check_host_confirm(&HostConfirmForm { holds_money: None, sort_code: "1".into(), ..form }).unwrap_err();
        assert_eq!(errors.get("holds_money").map(|m| m.key), Some("host-error-holds-money"));
        assert_eq!(errors.get("sort_code").map(|m| m.key), Some("bank-error-sort-code-shape"));
    }
}
