//! The group's own word, where a community connector helps it. A connector can do everything
//! for a group except what only the group can decide: sending its bid, and accepting an offer.
//! For those the group gives its word, either through a link emailed to its contact (who then
//! presses the button themselves), or on the phone to the connector or a lead, who records it:
//! who spoke to whom, and when (the moment it is recorded, so it is recorded during or straight
//! after the call). Each word is kept in `group_words` and written to the audit trail in the same
//! transaction as the act it allows.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::actions::BidError;
use crate::accounts::{Person, tokens};
use crate::audit::{self, NewEvent};
use crate::db::DbConn;
use crate::db::schema::group_words;
use crate::groups::Group;
use crate::i18n::Tr;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;

/// What the group's word allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Sending the bid.
    Send,
    /// Accepting the offer.
    Accept,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Send => "send",
            Purpose::Accept => "accept",
        }
    }

    pub fn parse(text: &str) -> Option<Purpose> {
        match text {
            "send" => Some(Purpose::Send),
            "accept" => Some(Purpose::Accept),
            _ => None,
        }
    }
}

/// How the group gave its word, recorded with the act it allows.
#[derive(Debug, Clone, Copy)]
pub enum GivenWord<'a> {
    /// Through the emailed link: the link's token.
    Email { token: &'a str },
    /// On the phone to the person recording it, who names the person they spoke to.
    Phone { spoke_with: &'a str },
}

/// A word asked for by email and not yet given.
#[derive(Debug, Clone, Queryable)]
pub struct Waiting {
    pub contact_name: String,
    pub contact_email: String,
    pub asked_at: NaiveDateTime,
}

/// A link emailed to a group's contact, and whether it has been used.
#[derive(Debug, Clone, Queryable)]
pub struct AskedWord {
    pub bid_id: i64,
    pub purpose: String,
    pub asked_by: i64,
    pub contact_name: String,
    pub contact_email: String,
    pub given_at: Option<NaiveDateTime>,
}

impl AskedWord {
    pub fn purpose(&self) -> Option<Purpose> {
        Purpose::parse(&self.purpose)
    }
}

/// Emails the group's contact a link to give the group's word; a new link replaces any earlier
/// one not yet used. Call inside the caller's transaction, which has locked the bid and checked
/// it waits for this word. `about` is the bid's title; `team` signs the email.
#[allow(clippy::too_many_arguments)]
pub fn ask(
    conn: &mut DbConn,
    asker: &Person,
    bid_id: i64,
    purpose: Purpose,
    group: &Group,
    (about, team): (&str, &crate::programmes::Team),
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), BidError> {
    diesel::delete(
        group_words::table
            .filter(group_words::bid_id.eq(bid_id))
            .filter(group_words::purpose.eq(purpose.as_str()))
            .filter(group_words::given_at.is_null()),
    )
    .execute(conn)?;
    let (token, hash) = tokens::new_token();
    diesel::insert_into(group_words::table)
        .values((
            group_words::bid_id.eq(bid_id),
            group_words::purpose.eq(purpose.as_str()),
            group_words::channel.eq("email"),
            group_words::asked_by.eq(asker.id),
            group_words::contact_name.eq(&group.contact_name),
            group_words::contact_email.eq(&group.contact_email),
            group_words::token_hash.eq(&hash),
            group_words::created_at.eq(now),
        ))
        .execute(conn)?;
    let tr: Tr = crate::accounts::queries::tr_for_address(conn, &group.contact_email, asker.tr())?;
    let asking = emails::WordAsked { purpose, connector: &asker.name, group: &group.name, title: about, token: &token };
    let email = emails::group_word_asked(tr, links, team, (&group.contact_name, &group.contact_email), &asking);
    outbox::enqueue(conn, &email, now)?;
    let details = serde_json::json!({"purpose": purpose.as_str(), "by": "email", "to": group.contact_email});
    record_event(conn, "group_word_asked", asker.id, bid_id, details, now)
}

/// The word an emailed link asks for (used or not: the link's page then says what was done).
pub fn asked(conn: &mut DbConn, token: &str) -> QueryResult<Option<AskedWord>> {
    group_words::table
        .filter(group_words::token_hash.eq(tokens::hash_token(token)))
        .select((
            group_words::bid_id,
            group_words::purpose,
            group_words::asked_by,
            group_words::contact_name,
            group_words::contact_email,
            group_words::given_at,
        ))
        .first(conn)
        .optional()
}

/// The word asked for by email and not yet given, if any.
pub fn waiting(conn: &mut DbConn, bid_id: i64, purpose: Purpose) -> QueryResult<Option<Waiting>> {
    group_words::table
        .filter(group_words::bid_id.eq(bid_id))
        .filter(group_words::purpose.eq(purpose.as_str()))
        .filter(group_words::channel.eq("email"))
        .filter(group_words::given_at.is_null())
        .order(group_words::created_at.desc())
        .select((group_words::contact_name, group_words::contact_email, group_words::created_at))
        .first(conn)
        .optional()
}

/// Records the group's word for `purpose` on the bid, inside the transaction of the act it
/// allows: an emailed link is used up (refused as not found if it was used, or is for another
/// bid or act); a phone call is written down with `recorder` as the person on the phone and
/// `contact` (the group's contact name and email) for the record. Returns the event's details,
/// for the act's own audit line.
pub fn record(
    conn: &mut DbConn,
    recorder: i64,
    bid_id: i64,
    purpose: Purpose,
    word: GivenWord<'_>,
    contact: (&str, &str),
    now: NaiveDateTime,
) -> Result<serde_json::Value, BidError> {
    let details = match word {
        GivenWord::Email { token } => {
            let used = diesel::update(
                group_words::table
                    .filter(group_words::token_hash.eq(tokens::hash_token(token)))
                    .filter(group_words::bid_id.eq(bid_id))
                    .filter(group_words::purpose.eq(purpose.as_str()))
                    .filter(group_words::given_at.is_null()),
            )
            .set(group_words::given_at.eq(now))
            .execute(conn)?;
            if used == 0 {
                return Err(BidError::NotFound);
            }
            serde_json::json!({"purpose": purpose.as_str(), "by": "email", "from": contact.1})
        }
        GivenWord::Phone { spoke_with } => {
            diesel::insert_into(group_words::table)
                .values((
                    group_words::bid_id.eq(bid_id),
                    group_words::purpose.eq(purpose.as_str()),
                    group_words::channel.eq("phone"),
                    group_words::asked_by.eq(recorder),
                    group_words::contact_name.eq(spoke_with),
                    group_words::contact_email.eq(contact.1),
                    group_words::created_at.eq(now),
                    group_words::given_at.eq(now),
                ))
                .execute(conn)?;
            serde_json::json!({"purpose": purpose.as_str(), "by": "phone", "spoke_with": spoke_with, "recorded_by": recorder})
        }
    };
    record_event(conn, "group_word_given", recorder, bid_id, details.clone(), now)?;
    Ok(details)
}

fn record_event(
    conn: &mut DbConn,
    action: &'static str,
    actor: i64,
    bid_id: i64,
    details: serde_json::Value,
    now: NaiveDateTime,
) -> Result<(), BidError> {
    let event = NewEvent {
        actor_id: Some(actor),
        action,
        subject_type: "bid",
        subject_id: Some(bid_id),
        details: Some(details),
        ..NewEvent::default()
    };
    audit::record(conn, &event, now)?;
    Ok(())
}

/// Whether `person`, helping the group as a connector, needs the group's word to send or
/// accept: always, unless they are the group's own contact.
pub fn needed_from(group: &Group, person: &Person) -> bool {
    !group.contact_email.eq_ignore_ascii_case(&person.email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_read_back_as_written() {
        for purpose in [Purpose::Send, Purpose::Accept] {
            assert_eq!(Purpose::parse(purpose.as_str()), Some(purpose));
        }
        assert_eq!(Purpose::parse("withdraw"), None);
    }
}
