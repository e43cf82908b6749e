//! Changes to groups: creating and editing the profile, members joining and leaving, and the
//! equality answers; each in one transaction with its audit event.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::model::{Equality, Group};
use super::queries;
use super::rules::{EqualityAnswer, GroupInput};
use crate::accounts::{Person, tokens};
use crate::audit::{self, NewEvent};
use crate::db::schema::{community_groups, group_equality, group_invitations, group_members};
use crate::db::{DbConn, write_transaction};
use crate::i18n::Message;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;

/// How long an invitation link works.
pub const INVITATION_LIFETIME: Duration = Duration::days(14);

/// Why a change to a group was refused. The words for people are [`GroupError::message`];
/// the `Display` texts are for logs.
#[derive(Debug, thiserror::Error)]
pub enum GroupError {
    #[error("the last member cannot leave or be removed")]
    LastMember,
    #[error("refused: {}", .0.key)]
    Refused(Message),
    #[error("invitation not valid or expired")]
    InvitationInvalid,
    #[error("invitation sent to another address")]
    InvitationForSomeoneElse,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl GroupError {
    /// What went wrong, for the person; none for a database error (the portal's fault, shown
    /// as its error page).
    pub fn message(&self) -> Option<Message> {
        Some(match self {
            GroupError::LastMember => Message::new("groups-error-last-member"),
            GroupError::Refused(message) => message.clone(),
            GroupError::InvitationInvalid => Message::new("groups-error-invitation-invalid"),
            GroupError::InvitationForSomeoneElse => Message::new("groups-error-invitation-someone-else"),
            GroupError::Database(_) => return None,
        })
    }
}

/// Creates the group with its creator as the first member. A connector setting a group up on
/// its behalf is marked as such, and the group's contact (if an address is given) is invited.
pub fn create(
    conn: &mut DbConn,
    creator: &Person,
    input: &GroupInput,
    as_connector: bool,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Group, GroupError> {
    write_transaction(conn, |conn| {
        let id: i64 = diesel::insert_into(community_groups::table)
            .values((
                community_groups::name.eq(&input.name),
                community_groups::kind.eq(input.kind.as_str()),
                community_groups::charity_number.eq(&input.charity_number),
                community_groups::company_number.eq(&input.company_number),
                community_groups::area.eq(&input.area),
                community_groups::postcode.eq(&input.postcode),
                community_groups::website.eq(&input.website),
                community_groups::contact_name.eq(&input.contact_name),
                community_groups::contact_email.eq(&input.contact_email),
                community_groups::contact_phone.eq(&input.contact_phone),
                community_groups::created_by.eq(creator.id),
                community_groups::created_at.eq(now),
                community_groups::updated_at.eq(now),
            ))
            .returning(community_groups::id)
            .get_result(conn)?;
        add_member(conn, id, creator.id, as_connector, Some(creator.id), now)?;
        audit::record(
            conn,
            &NewEvent::about("group", id, Some(creator.id), "group_created")
                .with_details(Some(serde_json::json!({"as_connector": as_connector}))),
            now,
        )?;
        let group = queries::find(conn, id)?.expect("just inserted");
        if as_connector && !input.contact_email.is_empty() && input.contact_email != creator.email {
            invite_in_transaction(conn, creator, &group, &input.contact_email, links, now)?;
        }
        Ok(group)
    })
}

pub(crate) fn add_member(
    conn: &mut DbConn,
    group_id: i64,
    person_id: i64,
    is_connector: bool,
    added_by: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(group_members::table)
        .values((
            group_members::group_id.eq(group_id),
            group_members::person_id.eq(person_id),
            group_members::is_connector.eq(is_connector),
            group_members::added_by.eq(added_by),
            group_members::added_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn update(
    conn: &mut DbConn,
    actor: i64,
    group_id: i64,
    input: &GroupInput,
    now: NaiveDateTime,
) -> Result<(), GroupError> {
    write_transaction(conn, |conn| {
        diesel::update(community_groups::table.find(group_id))
            .set((
                community_groups::name.eq(&input.name),
                community_groups::kind.eq(input.kind.as_str()),
                community_groups::charity_number.eq(&input.charity_number),
                community_groups::company_number.eq(&input.company_number),
                community_groups::area.eq(&input.area),
                community_groups::postcode.eq(&input.postcode),
                community_groups::website.eq(&input.website),
                community_groups::contact_name.eq(&input.contact_name),
                community_groups::contact_email.eq(&input.contact_email),
                community_groups::contact_phone.eq(&input.contact_phone),
                community_groups::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(conn, &NewEvent::about("group", group_id, Some(actor), "group_updated").with_details(None), now)?;
        Ok(())
    })
}

fn invite_in_transaction(
    conn: &mut DbConn,
    inviter: &Person,
    group: &Group,
    email: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), GroupError> {
    let (token, hash) = tokens::new_token();
    diesel::insert_into(group_invitations::table)
        .values((
            group_invitations::group_id.eq(group.id),
            group_invitations::email.eq(email),
            group_invitations::token_hash.eq(&hash),
            group_invitations::invited_by.eq(inviter.id),
            group_invitations::created_at.eq(now),
            group_invitations::expires_at.eq(now + INVITATION_LIFETIME),
        ))
        .execute(conn)?;
    let tr = crate::accounts::queries::tr_for_address(conn, email, inviter.tr())?;
    outbox::enqueue(conn, &emails::group_invitation(tr, links, &inviter.name, &group.name, email, &token), now)?;
    audit::record(
        conn,
        &NewEvent::about("group", group.id, Some(inviter.id), "member_invited")
            .with_details(Some(serde_json::json!({"email": email}))),
        now,
    )?;
    Ok(())
}

/// Emails an invitation to join the group.
pub fn invite(
    conn: &mut DbConn,
    inviter: &Person,
    group: &Group,
    email: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), GroupError> {
    write_transaction(conn, |conn| {
        let already: i64 = group_members::table
            .inner_join(crate::db::schema::people::table.on(crate::db::schema::people::id.eq(group_members::person_id)))
            .filter(group_members::group_id.eq(group.id))
            .filter(crate::db::schema::people::email.eq(email))
            .count()
            .get_result(conn)?;
        if already > 0 {
            return Err(GroupError::Refused(Message::new("groups-error-already-member")));
        }
        invite_in_transaction(conn, inviter, group, email, links, now)
    })
}

/// The person follows an invitation link: they join the group (once; the link is then used).
pub fn accept_invitation(
    conn: &mut DbConn,
    person: &Person,
    token: &str,
    now: NaiveDateTime,
) -> Result<Group, GroupError> {
    write_transaction(conn, |conn| {
        let invitation = queries::invitation_by_hash(conn, &tokens::hash_token(token))?
            .filter(|i| i.accepted_at.is_none() && i.expires_at > now)
            .ok_or(GroupError::InvitationInvalid)?;
        // Whoever holds the link is not necessarily the person it was sent to: only someone
        // signed in with the invited address (which signing in by an emailed link, or
        // registering through one, proves) may join. The link stays usable for them.
        if !invitation.email.trim().eq_ignore_ascii_case(person.email.trim()) {
            return Err(GroupError::InvitationForSomeoneElse);
        }
        diesel::update(group_invitations::table.find(invitation.id))
            .set((group_invitations::accepted_at.eq(now), group_invitations::accepted_by.eq(person.id)))
            .execute(conn)?;
        if queries::membership(conn, invitation.group_id, person.id)?.is_none() {
            add_member(conn, invitation.group_id, person.id, false, Some(invitation.invited_by), now)?;
            audit::record(
                conn,
                &NewEvent::about("group", invitation.group_id, Some(person.id), "member_joined").with_details(None),
                now,
            )?;
        }
        Ok(queries::find(conn, invitation.group_id)?.expect("the invitation's group exists"))
    })
}

/// Removes a member (or the person themselves, leaving); the last member always stays.
pub fn remove_member(
    conn: &mut DbConn,
    actor: i64,
    group_id: i64,
    person_id: i64,
    now: NaiveDateTime,
) -> Result<(), GroupError> {
    write_transaction(conn, |conn| {
        let members: i64 =
            group_members::table.filter(group_members::group_id.eq(group_id)).count().get_result(conn)?;
        if queries::membership(conn, group_id, person_id)?.is_none() {
            return Err(GroupError::Refused(Message::new("groups-error-not-member")));
        }
        if members <= 1 {
            return Err(GroupError::LastMember);
        }
        diesel::delete(
            group_members::table
                .filter(group_members::group_id.eq(group_id))
                .filter(group_members::person_id.eq(person_id)),
        )
        .execute(conn)?;
        let action = if actor == person_id { "member_left" } else { "member_removed" };
        audit::record(
            conn,
            &NewEvent::about("group", group_id, Some(actor), action)
                .with_details(Some(serde_json::json!({"person_id": person_id}))),
            now,
        )?;
        Ok(())
    })
}

/// Saves the voluntary equality answers (replacing earlier ones).
pub fn save_equality(
    conn: &mut DbConn,
    actor: i64,
    group_id: i64,
    leadership: &EqualityAnswer,
    beneficiaries: &EqualityAnswer,
    now: NaiveDateTime,
) -> Result<(), GroupError> {
    write_transaction(conn, |conn| {
        let row = Equality {
            group_id,
            leadership_status: leadership.0.as_str().into(),
            leadership_codes: leadership.1.join(","),
            leadership_note: leadership.2.clone(),
            beneficiaries_status: beneficiaries.0.as_str().into(),
            beneficiaries_codes: beneficiaries.1.join(","),
            beneficiaries_note: beneficiaries.2.clone(),
            updated_by: Some(actor),
            updated_at: now,
        };
        if queries::equality_of(conn, group_id)?.is_some() {
            diesel::update(group_equality::table.find(group_id)).set(&row).execute(conn)?;
        } else {
            diesel::insert_into(group_equality::table).values(&row).execute(conn)?;
            // The first answers also count for bids already sent without any.
            crate::bids::sent_profile::first_answers(conn, group_id, &row)?;
        }
        audit::record(
            conn,
            &NewEvent::about("group", group_id, Some(actor), "equality_answers_saved").with_details(None),
            now,
        )?;
        Ok(())
    })
}

/// Removes the equality answers entirely.
pub fn clear_equality(conn: &mut DbConn, actor: i64, group_id: i64, now: NaiveDateTime) -> Result<(), GroupError> {
    write_transaction(conn, |conn| {
        diesel::delete(group_equality::table.find(group_id)).execute(conn)?;
        crate::bids::sent_profile::remove_answers(conn, group_id)?;
        audit::record(
            conn,
            &NewEvent::about("group", group_id, Some(actor), "equality_answers_removed").with_details(None),
            now,
        )?;
        Ok(())
    })
}
