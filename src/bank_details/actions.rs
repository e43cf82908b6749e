//! Giving, checking, confirming and revealing a group's bank details. Each change is one
//! transaction with its audit event and its emails; an account number never goes into an
//! audit event, an email or a log, only its last four digits.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::model::{BankDetailsRow, Standing, seal_context};
use super::queries;
use super::rules::{BankDetailsInput, CallBack};
use super::sealing::{DataKeys, SealError};
use crate::accounts::{Person, ProgrammeRole};
use crate::audit::{self, NewEvent};
use crate::db::schema::bank_details;
use crate::db::{DbConn, lock_row, write_transaction};
use crate::i18n::Message;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;

/// Times a group may give its bank details in an hour: each time emails every member.
pub const GIVEN_PER_HOUR: i64 = 3;
/// Wrong account numbers a second member may type in an hour before they are asked to call.
pub const WRONG_CHECKS_PER_HOUR: i64 = 5;

#[derive(Debug, thiserror::Error)]
pub enum BankError {
    /// A problem the person can act on, in their words.
    #[error("refused: {}", .0.key)]
    Refused(Message),
    #[error("not found")]
    NotFound,
    #[error("the sealed bank details did not open: {0}")]
    Sealing(#[from] SealError),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Who may give or check a group's bank details: its own members, not a connector helping it.
fn own_member(conn: &mut DbConn, group_id: i64, person_id: i64) -> Result<(), BankError> {
    match crate::groups::queries::membership(conn, group_id, person_id)? {
        Some(member) if !member.is_connector => Ok(()),
        _ => Err(BankError::NotFound),
    }
}

/// [`own_member`], for the host pages.
pub(super) fn own_member_of(conn: &mut DbConn, group_id: i64, person_id: i64) -> Result<(), BankError> {
    own_member(conn, group_id, person_id)
}

/// [`owed_bid`], for the host pages.
pub(super) fn owed_bid_of(conn: &mut DbConn, group_id: i64) -> Result<(i64, i64, i64), BankError> {
    owed_bid(conn, group_id)
}

/// The group's newest bid it is owed money on: without one there is nothing to pay.
fn owed_bid(conn: &mut DbConn, group_id: i64) -> Result<(i64, i64, i64), BankError> {
    queries::newest_owed_bid(conn, group_id)?.ok_or_else(|| BankError::Refused(Message::new("bank-error-nothing-owed")))
}

/// The group gives (or changes) its bank details. The details before are kept, marked replaced;
/// the other members are asked to check the new ones; a change is told to every member and to
/// the programme's leads, and holds payments until the new details are checked.
pub fn give(
    conn: &mut DbConn,
    keys: &DataKeys,
    person: &Person,
    group_id: i64,
    input: &BankDetailsInput,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), BankError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "community_groups", group_id)?;
        own_member(conn, group_id, person.id)?;
        let (bid_id, round_id, programme_id) = owed_bid(conn, group_id)?;
        if queries::given_since(conn, group_id, now - Duration::hours(1))? >= GIVEN_PER_HOUR {
            return Err(BankError::Refused(Message::new("bank-error-too-often")));
        }
        // The group's own account: a host that held money for it no longer does.
        super::hosts::end_current(conn, group_id, now)?;
        let before = replace_current(conn, keys, group_id, input, person.id, None, now)?;
        let action = if before.is_some() { "bank_details_changed" } else { "bank_details_given" };
        // The same account behind another group is flagged to the leads, never refused: two
        // groups can share a treasurer or a host organisation.
        let same_account = crate::groups::lookalikes::same_bank_account(conn, group_id)?;
        let same_as: Vec<i64> = same_account.iter().map(|(id, _)| *id).collect();
        let details = serde_json::json!({"account_ending": input.ending(), "same_account_as_groups": same_as});
        audit::record(
            conn,
            &NewEvent::about("group", group_id, Some(person.id), action).with_details(Some(details)),
            now,
        )?;

        let team = crate::programmes::queries::team_of_round(conn, round_id, links.contact_email())?;
        let group = crate::groups::queries::find(conn, group_id)?.ok_or(BankError::NotFound)?;
        let ending = input.ending();
        for (member, other) in crate::groups::queries::members_of(conn, group_id)? {
            if member.is_connector {
                continue;
            }
            let email = match (before.is_some(), other.id == person.id) {
                (_, false) => emails::bank_details_to_check(other.tr(), links, &team, &other, &group, person, &ending),
                (true, true) => emails::bank_details_changed_by_you(other.tr(), links, &team, &other, &group, &ending),
                (false, true) => continue,
            };
            outbox::enqueue(conn, &email, now)?;
        }
        let others: Vec<String> = same_account.into_iter().map(|(_, name)| name).collect();
        for (lead, _) in crate::programmes::queries::people_with_role(conn, programme_id, ProgrammeRole::Lead)? {
            if before.is_some() {
                let email =
                    emails::bank_details_changed_to_lead(lead.tr(), links, &team, &lead, &group, bid_id, &ending);
                outbox::enqueue(conn, &email, now)?;
            }
            if !others.is_empty() {
                let email =
                    emails::bank_account_shared_to_lead(lead.tr(), links, &team, &lead, &group, bid_id, &others);
                outbox::enqueue(conn, &email, now)?;
            }
        }
        Ok(())
    })
}

/// Puts `input` in place of the group's current bank details (kept, marked replaced), sealed
/// to the group; `host_id` when a host organisation gave them. Answers the details before.
pub(super) fn replace_current(
    conn: &mut DbConn,
    keys: &DataKeys,
    group_id: i64,
    input: &BankDetailsInput,
    entered_by: i64,
    host_id: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<Option<BankDetailsRow>> {
    let before = queries::current(conn, group_id)?;
    if let Some(before) = &before {
        diesel::update(bank_details::table.find(before.id)).set(bank_details::replaced_at.eq(now)).execute(conn)?;
    }
    let plain = serde_json::to_vec(input).expect("bank details serialise");
    diesel::insert_into(bank_details::table)
        .values((
            bank_details::group_id.eq(group_id),
            bank_details::sealed.eq(keys.seal(&plain, &seal_context(group_id))),
            bank_details::account_ending.eq(input.ending()),
            bank_details::fingerprint.eq(keys.fingerprint(&input.account_key())),
            bank_details::entered_by.eq(entered_by),
            bank_details::entered_at.eq(now),
            bank_details::host_id.eq(host_id),
        ))
        .execute(conn)?;
    Ok(before)
}

/// The details a row holds, opened with the data key, for the people allowed to see them in
/// full (a lead's recorded look, a payment run's file).
pub fn open_row(keys: &DataKeys, row: &BankDetailsRow) -> Result<BankDetailsInput, BankError> {
    let plain = keys.open(&row.sealed, &seal_context(row.group_id))?;
    serde_json::from_slice(&plain).map_err(|_| BankError::Sealing(SealError::Damaged))
}

/// What became of a second member's check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckOutcome {
    Confirmed,
    /// The number typed is not the number given (recorded: a few tries an hour).
    NotTheSame,
}

/// The current details waiting for a check, locked.
fn waiting(conn: &mut DbConn, group_id: i64) -> Result<BankDetailsRow, BankError> {
    lock_row(conn, "community_groups", group_id)?;
    let row = queries::current(conn, group_id)?.ok_or(BankError::NotFound)?;
    match row.standing() {
        Standing::Waiting => Ok(row),
        Standing::Confirmed => Err(BankError::Refused(Message::new("bank-error-already-confirmed"))),
        Standing::Disputed => Err(BankError::Refused(Message::new("bank-error-disputed"))),
    }
}

/// Wrong numbers typed for these details in the last hour.
fn wrong_checks_since(conn: &mut DbConn, row: &BankDetailsRow, since: NaiveDateTime) -> QueryResult<i64> {
    use crate::db::schema::audit_events;
    audit_events::table
        .filter(audit_events::subject_type.eq("bank_details"))
        .filter(audit_events::subject_id.eq(row.id))
        .filter(audit_events::action.eq("bank_details_check_failed"))
        .filter(audit_events::occurred_at.gt(since))
        .count()
        .get_result(conn)
}

/// A second member checks the details by typing the account number from the group's own
/// papers. The member who gave them cannot check them.
pub fn check(
    conn: &mut DbConn,
    keys: &DataKeys,
    person: &Person,
    group_id: i64,
    typed_number: &str,
    now: NaiveDateTime,
) -> Result<CheckOutcome, BankError> {
    write_transaction(conn, |conn| {
        own_member(conn, group_id, person.id)?;
        let row = waiting(conn, group_id)?;
        if row.host_id.is_some() {
            return Err(BankError::Refused(Message::new("bank-error-host-details")));
        }
        if row.entered_by == person.id {
            return Err(BankError::Refused(Message::new("bank-error-own-details")));
        }
        if wrong_checks_since(conn, &row, now - Duration::hours(1))? >= WRONG_CHECKS_PER_HOUR {
            return Err(BankError::Refused(Message::new("bank-error-too-many-checks")));
        }
        let given = open_row(keys, &row)?;
        if !crate::accounts::tokens::constant_time_eq(typed_number, &given.account_number) {
            let event = NewEvent::about("bank_details", row.id, Some(person.id), "bank_details_check_failed");
            audit::record(conn, &event, now)?;
            return Ok(CheckOutcome::NotTheSame);
        }
        diesel::update(bank_details::table.find(row.id))
            .set((bank_details::confirmed_by.eq(person.id), bank_details::confirmed_at.eq(now)))
            .execute(conn)?;
        let details = serde_json::json!({"how": "second_member", "bank_details_id": row.id});
        let event =
            NewEvent::about("group", group_id, Some(person.id), "bank_details_confirmed").with_details(Some(details));
        audit::record(conn, &event, now)?;
        Ok(CheckOutcome::Confirmed)
    })
}

/// A member says the details given are not the group's: payments stay held, and every member
/// and the programme's leads are told.
pub fn dispute(
    conn: &mut DbConn,
    person: &Person,
    group_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), BankError> {
    write_transaction(conn, |conn| {
        own_member(conn, group_id, person.id)?;
        let row = waiting(conn, group_id)?;
        let (bid_id, round_id, programme_id) = owed_bid(conn, group_id)?;
        diesel::update(bank_details::table.find(row.id))
            .set((bank_details::disputed_by.eq(person.id), bank_details::disputed_at.eq(now)))
            .execute(conn)?;
        let details = serde_json::json!({"bank_details_id": row.id, "account_ending": row.account_ending});
        let event =
            NewEvent::about("group", group_id, Some(person.id), "bank_details_disputed").with_details(Some(details));
        audit::record(conn, &event, now)?;
        let team = crate::programmes::queries::team_of_round(conn, round_id, links.contact_email())?;
        let group = crate::groups::queries::find(conn, group_id)?.ok_or(BankError::NotFound)?;
        for (lead, _) in crate::programmes::queries::people_with_role(conn, programme_id, ProgrammeRole::Lead)? {
            let email = emails::bank_details_disputed_to_lead(lead.tr(), links, &team, &lead, &group, bid_id, person);
            outbox::enqueue(conn, &email, now)?;
        }
        Ok(())
    })
}

/// A lead confirms the details after calling the group back on a number from its own records
/// (for a group of one, or when no other member can check them online).
pub fn confirm_after_call_back(
    conn: &mut DbConn,
    lead_id: i64,
    group_id: i64,
    call_back: &CallBack,
    now: NaiveDateTime,
) -> Result<(), BankError> {
    write_transaction(conn, |conn| {
        let row = waiting(conn, group_id)?;
        let note = call_back.note();
        diesel::update(bank_details::table.find(row.id))
            .set((
                bank_details::confirmed_by.eq(lead_id),
                bank_details::confirmed_at.eq(now),
                bank_details::call_back_note.eq(&note),
            ))
            .execute(conn)?;
        let details = serde_json::json!({"how": "call_back", "bank_details_id": row.id, "called": note});
        let event =
            NewEvent::about("group", group_id, Some(lead_id), "bank_details_confirmed").with_details(Some(details));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// The details in full, for a lead who pays the group; every look is an audit event.
pub fn reveal(
    conn: &mut DbConn,
    keys: &DataKeys,
    lead_id: i64,
    group_id: i64,
    now: NaiveDateTime,
) -> Result<(BankDetailsRow, BankDetailsInput), BankError> {
    write_transaction(conn, |conn| {
        let row = queries::current(conn, group_id)?.ok_or(BankError::NotFound)?;
        let details = open_row(keys, &row)?;
        let event = NewEvent::about("group", group_id, Some(lead_id), "bank_details_revealed")
            .with_details(Some(serde_json::json!({"bank_details_id": row.id})));
        audit::record(conn, &event, now)?;
        Ok((row, details))
    })
}

/// Seals again with the current key every row sealed with an earlier one (after the data key
/// was changed), with its fingerprint made again under the current key; one transaction and
/// one audit event per row. Answers how many rows were sealed again.
pub fn reseal_with_current_key(conn: &mut DbConn, keys: &DataKeys, now: NaiveDateTime) -> Result<usize, BankError> {
    let rows: Vec<BankDetailsRow> =
        bank_details::table.order(bank_details::id).select(BankDetailsRow::as_select()).load(conn)?;
    let mut resealed = 0;
    for row in rows.iter().filter(|row| keys.sealed_with_old_key(&row.sealed)) {
        let details = open_row(keys, row)?;
        write_transaction(conn, |conn| {
            diesel::update(bank_details::table.find(row.id))
                .set((
                    bank_details::sealed.eq(keys.seal(
                        &serde_json::to_vec(&details).expect("bank details serialise"),
                        &seal_context(row.group_id),
                    )),
                    bank_details::fingerprint.eq(keys.fingerprint(&details.account_key())),
                ))
                .execute(conn)?;
            let event = NewEvent::about("bank_details", row.id, None, "bank_details_resealed")
                .with_details(Some(serde_json::json!({"key": keys.current_id()})));
            audit::record(conn, &event, now)
        })?;
        resealed += 1;
    }
    Ok(resealed)
}
