//! The lead's invitation to a group that has never applied: one row per group per round, its
//! audit event and the emails, in one transaction, within the lead's hourly allowance.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::{queries, rules};
use crate::accounts::{queries as accounts, throttle};
use crate::audit::{self, NewEvent};
use crate::db::schema::round_invitations;
use crate::db::{DbConn, write_transaction};
use crate::groups::queries as groups;
use crate::i18n::Tr;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;
use crate::rounds::{Round, RoundStatus};

/// What came of an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invited {
    /// Sent now to this many addresses.
    Sent { group_name: String, emails: usize },
    /// The group was already invited to the round, then: nothing changed.
    Already { group_name: String, at: NaiveDateTime },
}

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error("database: {0}")]
    Database(#[from] DieselError),
    /// No such group (or a listing that cannot be invited).
    #[error("no such group")]
    NoSuchGroup,
    /// The round is not open for bids now.
    #[error("round not open")]
    RoundNotOpen,
    /// The group has sent the programme a bid: it is not missing.
    #[error("group has applied")]
    HasApplied,
    /// The lead has sent as many invitations as an hour allows; the next is allowed then.
    #[error("too many invitations")]
    Throttled(NaiveDateTime),
}

/// Invites `group_id` to `round` (whose programme the caller has checked `lead_id` manages):
/// writes the invitation, its audit event and an email to each member, and to the group's
/// contact address when it is not a member's, each in the reader's language. A second
/// invitation to the same round changes nothing and answers when the first was sent.
pub fn invite(
    conn: &mut DbConn,
    lead_id: i64,
    round: &Round,
    group_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Invited, InviteError> {
    let attempt = write_transaction(conn, |conn| invite_in_transaction(conn, lead_id, round, group_id, links, now));
    match attempt {
        // Another request invited the group between our check and our insert.
        Err(InviteError::Database(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) => {
            let group = groups::find(conn, group_id)?.ok_or(InviteError::NoSuchGroup)?;
            let at = queries::invited_at(conn, round.id, group_id)?.unwrap_or(now);
            Ok(Invited::Already { group_name: group.name, at })
        }
        other => other,
    }
}

fn invite_in_transaction(
    conn: &mut DbConn,
    lead_id: i64,
    round: &Round,
    group_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Invited, InviteError> {
    let group = groups::find(conn, group_id)?.ok_or(InviteError::NoSuchGroup)?;
    if let Some(at) = queries::invited_at(conn, round.id, group_id)? {
        return Ok(Invited::Already { group_name: group.name, at });
    }
    if round.status(now) != RoundStatus::Open {
        return Err(InviteError::RoundNotOpen);
    }
    if queries::has_applied(conn, round.programme_id, group_id)? {
        return Err(InviteError::HasApplied);
    }
    let key = rules::throttle_key(lead_id);
    if let Some(until) =
        throttle::email_requests_blocked_until(conn, &[(key.clone(), rules::INVITATIONS_PER_LEAD_PER_HOUR)], now)?
    {
        return Err(InviteError::Throttled(until));
    }
    throttle::record_email_request(conn, &[key], now)?;
    diesel::insert_into(round_invitations::table)
        .values((
            round_invitations::round_id.eq(round.id),
            round_invitations::group_id.eq(group_id),
            round_invitations::invited_by.eq(lead_id),
            round_invitations::invited_at.eq(now),
        ))
        .execute(conn)?;
    let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
    let members = groups::members_of(conn, group_id)?;
    let mut sent = 0;
    for (_, person) in &members {
        let email =
            emails::round_invitation(person.tr(), links, &team, (&person.name, &person.email), &group.name, round);
        outbox::enqueue(conn, &email, now)?;
        sent += 1;
    }
    let contact = group.contact_email.trim().to_lowercase();
    let contact_is_member = members.iter().any(|(_, person)| person.email.trim().eq_ignore_ascii_case(&contact));
    if !contact.is_empty() && !contact_is_member {
        // The contact may have no account: write in the language of whoever set the group up.
        let creator = accounts::find_person(conn, group.created_by)?.map_or_else(Tr::source, |p| p.tr());
        let tr = accounts::tr_for_address(conn, &contact, creator)?;
        let email =
            emails::round_invitation(tr, links, &team, (group.contact_name.trim(), &contact), &group.name, round);
        outbox::enqueue(conn, &email, now)?;
        sent += 1;
    }
    let details = serde_json::json!({ "round_id": round.id, "programme_id": round.programme_id, "emails": sent });
    audit::record(
        conn,
        &NewEvent::about("group", group_id, Some(lead_id), "invited_to_round").with_details(Some(details)),
        now,
    )?;
    Ok(Invited::Sent { group_name: group.name, emails: sent })
}
