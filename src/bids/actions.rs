//! What groups (and connectors with them) do to bids: start, answer, attach, send, withdraw.
//! Each runs in one transaction that locks the bid, checks the lifecycle and the version, and
//! records an audit event (and the emails it implies) with the change.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::lifecycle::{Actor, BidState, Transition, TransitionError, next_state};
use super::model::{Bid, FileKind};
use super::places::PlacesAnswer;
use super::queries;
use super::reference;
use super::rules::{self, CaseAnswers, MoneyAnswers, Problem, Submission};
use super::transitions::{self, MoveError, StateChange};
use super::word::{self, GivenWord, Purpose};
use crate::accounts::{Person, tokens};
use crate::audit::{self, NewEvent};
use crate::db::schema::{bid_areas, bid_confirmations, bid_eligibility_answers, bid_files, bids, rounds};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::groups::Group;
use crate::i18n::Message;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;
use crate::rounds::Round;
use crate::rounds::eligibility::GivenAnswer;

/// Why an action on a bid did not happen. The person is told [`BidError::message`]; the
/// `Display` text is for logs.
#[derive(Debug, thiserror::Error)]
pub enum BidError {
    #[error("{0}")]
    Transition(TransitionError),
    #[error("the bid has been sent and cannot be changed")]
    NotEditable,
    /// Someone else saved the bid since this page was opened.
    #[error("the bid changed since the page was opened")]
    VersionConflict,
    #[error("the bid is not ready to send")]
    NotReady(Vec<Problem>),
    /// A connector tried to send without the group's word.
    #[error("the group has not given its word to send the bid")]
    GroupWordNeeded,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl BidError {
    /// What the person is told, for the errors that are theirs to know about (none for a
    /// missing bid or a database failure).
    pub fn message(&self) -> Option<Message> {
        match self {
            BidError::Transition(refused) => Some(refused.message()),
            BidError::NotEditable => Some(Message::new("bids-error-not-editable")),
            BidError::VersionConflict => Some(Message::new("bids-error-version-conflict")),
            BidError::NotReady(_) => Some(Message::new("bids-error-not-ready")),
            BidError::GroupWordNeeded => Some(Message::new("bids-error-group-word-needed")),
            BidError::NotFound | BidError::Database(_) => None,
        }
    }
}

impl From<MoveError> for BidError {
    fn from(error: MoveError) -> Self {
        match error {
            MoveError::Refused(refused) => BidError::Transition(refused),
            MoveError::Database(error) => BidError::Database(error),
        }
    }
}

/// Who is changing the bid: a member of its group, and whether they act as a connector.
#[derive(Debug, Clone, Copy)]
pub struct Editor {
    pub person_id: i64,
    pub as_connector: bool,
}

impl Editor {
    pub fn actor(self) -> Actor {
        if self.as_connector { Actor::Connector } else { Actor::Applicant }
    }
}

/// Locks the bid for the rest of the transaction and reads it.
fn lock_bid(conn: &mut DbConn, bid_id: i64) -> Result<Bid, BidError> {
    lock_row(conn, "bids", bid_id)?;
    queries::find(conn, bid_id)?.ok_or(BidError::NotFound)
}

/// A bid that may be edited now, at the version the person's page showed.
fn editable(conn: &mut DbConn, bid_id: i64, version: Option<i32>) -> Result<Bid, BidError> {
    let bid = lock_bid(conn, bid_id)?;
    if !bid.state.is_editable() {
        return Err(BidError::NotEditable);
    }
    if version.is_some_and(|v| v != bid.version) {
        return Err(BidError::VersionConflict);
    }
    Ok(bid)
}

/// Starts a draft bid for the group in the round, in `language` (a `bids::language` code: the
/// one the group reads the portal in, until they say otherwise).
pub fn start(
    conn: &mut DbConn,
    editor: Editor,
    group_id: i64,
    round_id: i64,
    language: &str,
    now: NaiveDateTime,
) -> Result<Bid, BidError> {
    start_with_answers(conn, editor, group_id, round_id, language, &[], now)
}

/// [`start`], keeping the group's answers to the round's eligibility questions with the bid.
pub fn start_with_answers(
    conn: &mut DbConn,
    editor: Editor,
    group_id: i64,
    round_id: i64,
    language: &str,
    answers: &[GivenAnswer],
    now: NaiveDateTime,
) -> Result<Bid, BidError> {
    write_transaction(conn, |conn| {
        let id: i64 = diesel::insert_into(bids::table)
            .values((
                bids::round_id.eq(round_id),
                bids::group_id.eq(group_id),
                bids::state.eq(BidState::Draft.as_str()),
                bids::language.eq(language),
                bids::assisted_by.eq(editor.as_connector.then_some(editor.person_id)),
                bids::created_by.eq(editor.person_id),
                bids::created_at.eq(now),
                bids::updated_at.eq(now),
            ))
            .returning(bids::id)
            .get_result(conn)?;
        insert_answers(conn, id, answers)?;
        let event = NewEvent {
            action: "started",
            to_state: Some(BidState::Draft.as_str()),
            details: eligibility_details(answers),
            ..NewEvent::default()
        };
        audit::record(
            conn,
            &NewEvent { actor_id: Some(editor.person_id), subject_type: "bid", subject_id: Some(id), ..event },
            now,
        )?;
        queries::find(conn, id)?.ok_or(BidError::NotFound)
    })
}

/// Keeps eligibility answers with a draft that was started before they were asked for (the
/// group's existing draft, reopened by starting again): answers already kept are not changed.
pub fn keep_eligibility_answers(
    conn: &mut DbConn,
    editor: Editor,
    bid_id: i64,
    answers: &[GivenAnswer],
    now: NaiveDateTime,
) -> Result<(), BidError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "bids", bid_id)?;
        let kept: Vec<i64> = queries::eligibility_answers(conn, bid_id)?.into_iter().map(|a| a.question_id).collect();
        let new: Vec<GivenAnswer> = answers.iter().filter(|a| !kept.contains(&a.question_id)).cloned().collect();
        if new.is_empty() {
            return Ok(());
        }
        insert_answers(conn, bid_id, &new)?;
        audit::record(
            conn,
            &NewEvent::about("bid", bid_id, Some(editor.person_id), "eligibility_answered")
                .with_details(eligibility_details(&new)),
            now,
        )?;
        Ok(())
    })
}

fn insert_answers(conn: &mut DbConn, bid_id: i64, answers: &[GivenAnswer]) -> QueryResult<()> {
    for given in answers {
        diesel::insert_into(bid_eligibility_answers::table)
            .values((
                bid_eligibility_answers::bid_id.eq(bid_id),
                bid_eligibility_answers::question_id.eq(given.question_id),
                bid_eligibility_answers::answer.eq(given.answer.as_str()),
                bid_eligibility_answers::question_text.eq(&given.question_text),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The answers for the audit trail, or nothing when there are none.
fn eligibility_details(answers: &[GivenAnswer]) -> Option<serde_json::Value> {
    (!answers.is_empty()).then(|| {
        serde_json::json!({
            "eligibility": answers.iter().map(|a| serde_json::json!({
                "question_id": a.question_id, "answer": a.answer.as_str(),
            })).collect::<Vec<_>>(),
        })
    })
}

/// The connector's name goes on the bid the first time they help with it.
fn assisted_by(bid: &Bid, editor: Editor) -> Option<i64> {
    bid.assisted_by.or(editor.as_connector.then_some(editor.person_id))
}

pub fn save_money(
    conn: &mut DbConn,
    editor: Editor,
    bid_id: i64,
    version: Option<i32>,
    answers: &MoneyAnswers,
    now: NaiveDateTime,
) -> Result<(), BidError> {
    write_transaction(conn, |conn| {
        let bid = editable(conn, bid_id, version)?;
        diesel::update(bids::table.find(bid_id))
            .set((
                bids::title.eq(&answers.title),
                bids::summary.eq(&answers.summary),
                bids::amount_requested_pence.eq(answers.amount.map(|amount| amount.0)),
                bids::purpose.eq(&answers.purpose),
                bids::assisted_by.eq(assisted_by(&bid, editor)),
                bids::updated_at.eq(now),
                bids::version.eq(bid.version + 1),
            ))
            .execute(conn)?;
        if let Some(places) = &answers.places {
            save_places(conn, bid_id, places)?;
        }
        audit::record(
            conn,
            &NewEvent {
                actor_id: Some(editor.person_id),
                subject_type: "bid",
                subject_id: Some(bid_id),
                ..NewEvent { action: "edited", reason: Some("about the money"), ..NewEvent::default() }
            },
            now,
        )?;
        Ok(())
    })
}

/// Replaces the areas a bid serves (inside the caller's transaction).
fn save_places(conn: &mut DbConn, bid_id: i64, places: &PlacesAnswer) -> QueryResult<()> {
    diesel::delete(bid_areas::table.filter(bid_areas::bid_id.eq(bid_id))).execute(conn)?;
    // One row at a time: the two databases behind one connection type share no batch insert.
    for area_id in &places.area_ids {
        diesel::insert_into(bid_areas::table)
            .values((bid_areas::bid_id.eq(bid_id), bid_areas::area_id.eq(*area_id)))
            .execute(conn)?;
    }
    diesel::update(bids::table.find(bid_id)).set(bids::serves_elsewhere.eq(places.elsewhere)).execute(conn)?;
    Ok(())
}

pub fn save_case(
    conn: &mut DbConn,
    editor: Editor,
    bid_id: i64,
    version: Option<i32>,
    answers: &CaseAnswers,
    now: NaiveDateTime,
) -> Result<(), BidError> {
    write_transaction(conn, |conn| {
        let bid = editable(conn, bid_id, version)?;
        diesel::update(bids::table.find(bid_id))
            .set((
                bids::language.eq(answers.language.as_ref().map_or(&bid.language, |l| &l.code)),
                bids::language_other.eq(answers.language.as_ref().map_or(&bid.language_other, |l| &l.other)),
                bids::video_url.eq(&answers.video_url),
                bids::need.eq(&answers.need),
                bids::reach.eq(&answers.reach),
                bids::impact.eq(&answers.impact),
                bids::recording_covers.eq(answers.recording_covers.as_ref().unwrap_or(&bid.recording_covers)),
                bids::assisted_by.eq(assisted_by(&bid, editor)),
                bids::updated_at.eq(now),
                bids::version.eq(bid.version + 1),
            ))
            .execute(conn)?;
        let event = NewEvent { action: "edited", reason: Some("need, reach and impact"), ..NewEvent::default() };
        audit::record(
            conn,
            &NewEvent { actor_id: Some(editor.person_id), subject_type: "bid", subject_id: Some(bid_id), ..event },
            now,
        )?;
        Ok(())
    })
}

/// A file already in the object store, to record on the bid.
pub struct StoredUpload<'a> {
    pub kind: FileKind,
    pub storage_key: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i64,
}

/// Records an uploaded file. A new recording replaces the old one; the replaced file's
/// storage key is returned so its bytes can be deleted.
pub fn attach(
    conn: &mut DbConn,
    editor: Editor,
    bid_id: i64,
    upload: &StoredUpload<'_>,
    now: NaiveDateTime,
) -> Result<Vec<String>, BidError> {
    write_transaction(conn, |conn| {
        let bid = editable(conn, bid_id, None)?;
        let mut replaced = Vec::new();
        if upload.kind == FileKind::Recording {
            for old in queries::files_of(conn, bid_id)?.into_iter().filter(|f| f.is_recording()) {
                diesel::update(bid_files::table.find(old.id)).set(bid_files::deleted_at.eq(now)).execute(conn)?;
                replaced.push(old.storage_key);
            }
        }
        diesel::insert_into(bid_files::table)
            .values((
                bid_files::bid_id.eq(bid_id),
                bid_files::kind.eq(upload.kind.as_str()),
                bid_files::storage_key.eq(upload.storage_key),
                bid_files::filename.eq(upload.filename),
                bid_files::content_type.eq(upload.content_type),
                bid_files::size_bytes.eq(upload.size_bytes),
                bid_files::uploaded_by.eq(editor.person_id),
                bid_files::uploaded_at.eq(now),
            ))
            .execute(conn)?;
        diesel::update(bids::table.find(bid_id))
            .set((
                bids::assisted_by.eq(assisted_by(&bid, editor)),
                bids::updated_at.eq(now),
                bids::version.eq(bid.version + 1),
            ))
            .execute(conn)?;
        let details =
            serde_json::json!({"kind": upload.kind.as_str(), "filename": upload.filename, "bytes": upload.size_bytes});
        audit::record(
            conn,
            &NewEvent {
                actor_id: Some(editor.person_id),
                subject_type: "bid",
                subject_id: Some(bid_id),
                ..NewEvent { action: "file_added", details: Some(details), ..NewEvent::default() }
            },
            now,
        )?;
        Ok(replaced)
    })
}

/// Removes a file from a bid that can still be edited; returns its storage key.
pub fn remove_file(
    conn: &mut DbConn,
    editor: Editor,
    bid_id: i64,
    file_id: i64,
    now: NaiveDateTime,
) -> Result<String, BidError> {
    write_transaction(conn, |conn| {
        let bid = editable(conn, bid_id, None)?;
        let file = queries::find_file(conn, bid_id, file_id)?.ok_or(BidError::NotFound)?;
        diesel::update(bid_files::table.find(file.id)).set(bid_files::deleted_at.eq(now)).execute(conn)?;
        diesel::update(bids::table.find(bid_id))
            .set((bids::updated_at.eq(now), bids::version.eq(bid.version + 1)))
            .execute(conn)?;
        let details = serde_json::json!({"kind": file.kind, "filename": file.filename});
        audit::record(
            conn,
            &NewEvent {
                actor_id: Some(editor.person_id),
                subject_type: "bid",
                subject_id: Some(bid_id),
                ..NewEvent { action: "file_removed", details: Some(details), ..NewEvent::default() }
            },
            now,
        )?;
        Ok(file.storage_key)
    })
}

/// What sending did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    Now {
        reference: String,
    },
    /// It had been sent already (a double click, or a second tab): nothing changed.
    Already {
        reference: String,
    },
}

/// Sends (or sends again, after a return) the bid: every condition is checked under the bid's
/// lock, it gets its reference, the round's criteria freeze, and the receipt is queued. A
/// connector sends only on the group's `word` (see [`word`]), recorded with the sending.
pub fn submit(
    conn: &mut DbConn,
    sender: &Person,
    editor: Editor,
    bid_id: i64,
    word: Option<GivenWord<'_>>,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Sent, BidError> {
    write_transaction(conn, |conn| {
        let bid = lock_bid(conn, bid_id)?;
        if bid.state == BidState::Submitted
            && let Some(reference) = &bid.reference
        {
            return Ok(Sent::Already { reference: reference.clone() });
        }
        let transition = if bid.state == BidState::Returned { Transition::Resubmit } else { Transition::Submit };
        next_state(bid.state, transition, editor.actor()).map_err(BidError::Transition)?;
        let (round, problems) = sending_problems(conn, &bid, sender, now)?;
        if !problems.is_empty() {
            return Err(BidError::NotReady(problems));
        }
        let group = crate::groups::queries::find(conn, bid.group_id)?.ok_or(BidError::NotFound)?;
        let word_details = match word {
            Some(given) => {
                let contact = (group.contact_name.as_str(), group.contact_email.as_str());
                Some(word::record(conn, sender.id, bid_id, Purpose::Send, given, contact, now)?)
            }
            None if editor.as_connector && word::needed_from(&group, sender) => return Err(BidError::GroupWordNeeded),
            None => None,
        };
        let reference = match &bid.reference {
            Some(reference) => reference.clone(),
            None => reference::next(conn, now)?,
        };
        let change = StateChange { details: word_details, ..StateChange::plain(transition, editor.actor(), sender.id) };
        transitions::apply(conn, &bid, change, now)?;
        diesel::update(bids::table.find(bid_id))
            .set((
                bids::reference.eq(&reference),
                bids::submitted_at.eq(now),
                bids::assisted_by.eq(assisted_by(&bid, editor)),
            ))
            .execute(conn)?;
        diesel::update(rounds::table.find(round.id).filter(rounds::criteria_frozen_at.is_null()))
            .set(rounds::criteria_frozen_at.eq(now))
            .execute(conn)?;
        super::sent_profile::record(conn, bid_id, &group, now)?;
        // The receipt is in the sender's language (a sent bid always has its own title).
        let tr = sender.tr();
        let title = bid.display_title(tr);
        let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
        outbox::enqueue(
            conn,
            &emails::bid_received(tr, links, &team, sender, &group.name, &title, &reference, &round, bid_id),
            now,
        )?;
        // Said yes on the phone: the contact is emailed the bid to check. (By the emailed link,
        // the contact has just read it and pressed the button.)
        if editor.as_connector && !matches!(word, Some(GivenWord::Email { .. })) {
            let about = (bid_id, title.as_str(), reference.as_str());
            ask_contact_to_confirm(conn, sender, &group, about, &team, links, now)?;
        }
        Ok(Sent::Now { reference })
    })
}

/// What stops `sender` sending the bid now (read under the bid's lock), with its round.
fn sending_problems(
    conn: &mut DbConn,
    bid: &Bid,
    sender: &Person,
    now: NaiveDateTime,
) -> Result<(Round, Vec<Problem>), BidError> {
    let round: Round = crate::rounds::queries::find(conn, bid.round_id)?.ok_or(BidError::NotFound)?;
    let has_recording = queries::files_of(conn, bid.id)?.iter().any(|f| f.is_recording());
    let submission = Submission { bid, round: &round, has_recording, sender_verified: sender.is_verified(), now };
    let problems = rules::check_submission(&submission);
    Ok((round, problems))
}

/// A connector asks the group's contact, by an emailed link, to send the bid themselves. Only a
/// bid that is ready to send (so the contact is not asked to send one that would be refused);
/// the address written to is returned, to say so.
pub fn ask_group_to_send(
    conn: &mut DbConn,
    asker: &Person,
    bid_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<String, BidError> {
    write_transaction(conn, |conn| {
        let bid = lock_bid(conn, bid_id)?;
        if !bid.state.is_editable() {
            return Err(BidError::NotEditable);
        }
        let (round, problems) = sending_problems(conn, &bid, asker, now)?;
        if !problems.is_empty() {
            return Err(BidError::NotReady(problems));
        }
        let group = crate::groups::queries::find(conn, bid.group_id)?.ok_or(BidError::NotFound)?;
        let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
        let title = bid.display_title(asker.tr());
        word::ask(conn, asker, bid_id, Purpose::Send, &group, (&title, &team), links, now)?;
        Ok(group.contact_email)
    })
}

/// When a connector sends a bid with a group, the group's contact is emailed a link to see it
/// and confirm it is right: in the contact's saved language if they have an account, otherwise
/// in the connector's, who works with the group. `about` is the bid's id, title and reference;
/// `team` the programme's, who sign the email.
fn ask_contact_to_confirm(
    conn: &mut DbConn,
    connector: &Person,
    group: &Group,
    (bid_id, title, reference): (i64, &str, &str),
    team: &crate::programmes::Team,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), BidError> {
    if group.contact_email.is_empty() || group.contact_email == connector.email {
        return Ok(());
    }
    let (token, hash) = tokens::new_token();
    diesel::insert_into(bid_confirmations::table)
        .values((
            bid_confirmations::bid_id.eq(bid_id),
            bid_confirmations::email.eq(&group.contact_email),
            bid_confirmations::token_hash.eq(&hash),
            bid_confirmations::created_at.eq(now),
        ))
        .execute(conn)?;
    let email = emails::confirm_assisted_bid(
        crate::accounts::queries::tr_for_address(conn, &group.contact_email, connector.tr())?,
        links,
        team,
        &group.contact_name,
        &group.contact_email,
        &connector.name,
        &group.name,
        title,
        reference,
        &token,
    );
    outbox::enqueue(conn, &email, now)?;
    Ok(())
}

/// The bid a confirmation link is for, while the link is unused.
pub fn bid_for_confirmation(conn: &mut DbConn, token: &str) -> Result<(i64, Option<NaiveDateTime>), BidError> {
    let row: Option<(i64, Option<NaiveDateTime>)> = bid_confirmations::table
        .filter(bid_confirmations::token_hash.eq(tokens::hash_token(token)))
        .select((bid_confirmations::bid_id, bid_confirmations::confirmed_at))
        .first(conn)
        .optional()?;
    row.ok_or(BidError::NotFound)
}

/// The group's contact confirms the bid a connector sent with them.
pub fn confirm_by_contact(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<i64, BidError> {
    write_transaction(conn, |conn| {
        let (bid_id, confirmed) = bid_for_confirmation(conn, token)?;
        if confirmed.is_none() {
            diesel::update(
                bid_confirmations::table.filter(bid_confirmations::token_hash.eq(tokens::hash_token(token))),
            )
            .set(bid_confirmations::confirmed_at.eq(now))
            .execute(conn)?;
            diesel::update(bids::table.find(bid_id)).set(bids::confirmed_by_group_at.eq(now)).execute(conn)?;
            let event = NewEvent {
                action: "confirmed_by_group",
                subject_type: "bid",
                subject_id: Some(bid_id),
                ..NewEvent::default()
            };
            audit::record(conn, &event, now)?;
        }
        Ok(bid_id)
    })
}

/// The group takes its bid back.
pub fn withdraw(conn: &mut DbConn, editor: Editor, bid_id: i64, now: NaiveDateTime) -> Result<(), BidError> {
    write_transaction(conn, |conn| {
        let bid = lock_bid(conn, bid_id)?;
        transitions::apply(
            conn,
            &bid,
            StateChange::plain(Transition::Withdraw, editor.actor(), editor.person_id),
            now,
        )?;
        Ok(())
    })
}
