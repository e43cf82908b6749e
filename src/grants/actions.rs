//! Accepting or turning down an offer, cancelling an award, recording payments, the light
//! report, and completing the grant. Every change that moves money locks the pot first, then
//! the bid; releases and payments are ledger rows in the same transaction as the change.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::queries;
use super::rules::{Acceptance, PaymentInput, ReportInput};
use crate::accounts::{Person, ProgrammeRole};
use crate::audit::{self, NewEvent};
use crate::bids::lifecycle::{Actor, Transition, TransitionError, next_state};
use crate::bids::transitions::{self, MoveError, StateChange};
use crate::bids::word::{self, GivenWord, Purpose};
use crate::bids::{Bid, BidState};
use crate::db::schema::{awards, bids, grant_reports, payments};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::decisions::Award;
use crate::funds::EntryKind;
use crate::funds::queries::{self as funds, NewEntry};
use crate::i18n::{Message, Tr};
use crate::money::Pence;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;
use crate::programmes::Team;
use crate::rounds::Round;

/// Why a change to an award was refused: a move the bid's state does not allow, or a problem
/// the person can fix, in words for them ([`Message`]). The `Display` texts are for logs.
#[derive(Debug, thiserror::Error)]
pub enum GrantError {
    #[error("{0}")]
    Transition(TransitionError),
    #[error("refused: {}", .0.key)]
    Invalid(Message),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl GrantError {
    /// What the person is told; none when the award is not there or the database failed (the
    /// portal's error pages say those).
    pub fn message(&self) -> Option<Message> {
        match self {
            GrantError::Transition(refused) => Some(refused.message()),
            GrantError::Invalid(message) => Some(message.clone()),
            GrantError::NotFound | GrantError::Database(_) => None,
        }
    }
}

/// The bid, its round and award, with the pot and then the bid locked.
fn lock_award(conn: &mut DbConn, bid_id: i64) -> Result<(Bid, Round, Award), GrantError> {
    let bid = crate::bids::queries::find(conn, bid_id)?.ok_or(GrantError::NotFound)?;
    let round = crate::rounds::queries::find(conn, bid.round_id)?.ok_or(GrantError::NotFound)?;
    lock_row(conn, "pots", round.pot_id)?;
    lock_row(conn, "bids", bid.id)?;
    let bid = crate::bids::queries::find(conn, bid_id)?.ok_or(GrantError::NotFound)?;
    let award = queries::award_of(conn, bid.id)?.ok_or(GrantError::NotFound)?;
    Ok((bid, round, award))
}

impl From<MoveError> for GrantError {
    fn from(error: MoveError) -> Self {
        match error {
            MoveError::Refused(refused) => GrantError::Transition(refused),
            MoveError::Database(error) => GrantError::Database(error),
        }
    }
}

/// The language the person acting saved: the ledger's reasons are written in it.
fn actor_tr(conn: &mut DbConn, actor: i64) -> QueryResult<Tr> {
    Ok(crate::accounts::queries::find_person(conn, actor)?.map(|person| person.tr()).unwrap_or_default())
}

/// Gives back to the pot whatever of the award has not been paid; answers the amount.
fn release_unpaid(
    conn: &mut DbConn,
    actor: i64,
    bid: &Bid,
    round: &Round,
    award: &Award,
    reason: &str,
    now: NaiveDateTime,
) -> QueryResult<Pence> {
    let unpaid = award.amount() - queries::paid_total(conn, award.id)?;
    if unpaid.0 > 0 {
        let entry = NewEntry {
            round_id: Some(round.id),
            bid_id: Some(bid.id),
            reason: Some(reason),
            ..NewEntry::new(round.pot_id, EntryKind::Release, unpaid, Some(actor), now)
        };
        funds::append(conn, &entry)?;
    }
    diesel::update(awards::table.find(award.id)).set(awards::closed_at.eq(now)).execute(conn)?;
    Ok(unpaid)
}

/// Emails the programme's leads, signed by the programme's team.
fn tell_leads(
    conn: &mut DbConn,
    round: &Round,
    links: &Links,
    email: impl Fn(&Person, &Team) -> outbox::Email,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
    for (lead, _) in crate::programmes::queries::people_with_role(conn, round.programme_id, ProgrammeRole::Lead)? {
        outbox::enqueue(conn, &email(&lead, &team), now)?;
    }
    Ok(())
}

/// Emails every member of the bid's group, signed by the programme's team.
fn tell_group(
    conn: &mut DbConn,
    bid: &Bid,
    links: &Links,
    email: impl Fn(&Person, &Team) -> outbox::Email,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let team = crate::programmes::queries::team_of_round(conn, bid.round_id, links.contact_email())?;
    for (_, person) in crate::groups::queries::members_of(conn, bid.group_id)? {
        outbox::enqueue(conn, &email(&person, &team), now)?;
    }
    Ok(())
}

/// The group accepts the offer: a member of the group, or a connector or lead on the group's
/// `word` (given through an emailed link or on the phone, and recorded with the acceptance),
/// in which case it is the group's act (`actor` is the applicant) recorded by `person`.
#[allow(clippy::too_many_arguments)]
pub fn accept(
    conn: &mut DbConn,
    person: &Person,
    actor: Actor,
    bid_id: i64,
    acceptance: &Acceptance,
    word: Option<GivenWord<'_>>,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), GrantError> {
    write_transaction(conn, |conn| {
        let (bid, round, award) = lock_award(conn, bid_id)?;
        let actor = if word.is_some() { Actor::Applicant } else { actor };
        next_state(bid.state, Transition::AcceptOffer, actor).map_err(GrantError::Transition)?;
        let word_details = match word {
            Some(given) => {
                let group = crate::groups::queries::find(conn, bid.group_id)?.ok_or(GrantError::NotFound)?;
                let contact = (group.contact_name.as_str(), group.contact_email.as_str());
                Some(
                    word::record(conn, person.id, bid_id, Purpose::Accept, given, contact, now)
                        .map_err(from_bid_error)?,
                )
            }
            None => None,
        };
        let paid_through = crate::bank_details::hosts::paid_through_now(conn, bid.group_id)?;
        diesel::update(awards::table.find(award.id))
            .set((
                awards::paid_through.eq(paid_through),
                awards::accepted_at.eq(now),
                awards::accepted_by.eq(person.id),
                awards::accepted_name.eq(&acceptance.name),
                awards::public_consent.eq(acceptance.public_consent),
                awards::equality_consent.eq(acceptance.equality_consent),
            ))
            .execute(conn)?;
        // The payment plan starts as one instalment of the whole award, due today; the lead
        // can split it.
        let today = crate::time::in_london(now).date_naive();
        super::instalments::replace(conn, award.id, &[(award.amount(), today)], person.id, now)?;
        let details = serde_json::json!({
            "accepted_name": acceptance.name,
            "public_consent": acceptance.public_consent,
            "equality_consent": acceptance.equality_consent,
            "word": word_details,
        });
        let change =
            StateChange { details: Some(details), ..StateChange::plain(Transition::AcceptOffer, actor, person.id) };
        transitions::apply(conn, &bid, change, now)?;
        let reference = bid.reference.clone().unwrap_or_default();
        tell_leads(
            conn,
            &round,
            links,
            |lead, team| emails::offer_answered(lead.tr(), links, team, lead, &reference, bid.id, true, award.amount()),
            now,
        )?;
        Ok(())
    })
}

/// A connector asks the group's contact, by an emailed link, to accept the offer themselves;
/// the address written to is returned, to say so.
pub fn ask_group_to_accept(
    conn: &mut DbConn,
    asker: &Person,
    bid_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<String, GrantError> {
    write_transaction(conn, |conn| {
        let (bid, round, _award) = lock_award(conn, bid_id)?;
        next_state(bid.state, Transition::AcceptOffer, Actor::Applicant).map_err(GrantError::Transition)?;
        let group = crate::groups::queries::find(conn, bid.group_id)?.ok_or(GrantError::NotFound)?;
        let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
        let title = bid.display_title(asker.tr());
        word::ask(conn, asker, bid_id, Purpose::Accept, &group, (&title, &team), links, now).map_err(from_bid_error)?;
        Ok(group.contact_email)
    })
}

/// The group's word could not be recorded: the link was used or is not for this offer (not
/// found), or the database failed.
fn from_bid_error(error: crate::bids::actions::BidError) -> GrantError {
    match error {
        crate::bids::actions::BidError::Database(error) => GrantError::Database(error),
        _ => GrantError::NotFound,
    }
}

/// The group turns the offer down: the whole award goes back to the round.
pub fn decline_offer(
    conn: &mut DbConn,
    person: &Person,
    actor: Actor,
    bid_id: i64,
    reason: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), GrantError> {
    write_transaction(conn, |conn| {
        let (bid, round, award) = lock_award(conn, bid_id)?;
        next_state(bid.state, Transition::DeclineOffer, actor).map_err(GrantError::Transition)?;
        let reason_turned_down = person.tr().t("grants-ledger-turned-down");
        let released = release_unpaid(conn, person.id, &bid, &round, &award, &reason_turned_down, now)?;
        let reason = Some(reason).filter(|r| !r.trim().is_empty());
        let details = serde_json::json!({"released_pence": released.0});
        let change = StateChange {
            reason,
            details: Some(details),
            ..StateChange::plain(Transition::DeclineOffer, actor, person.id)
        };
        transitions::apply(conn, &bid, change, now)?;
        let reference = bid.reference.clone().unwrap_or_default();
        tell_leads(
            conn,
            &round,
            links,
            |lead, team| emails::offer_answered(lead.tr(), links, team, lead, &reference, bid.id, false, released),
            now,
        )?;
        Ok(())
    })
}

/// The lead cancels an award (offered or running): what has not been paid goes back.
pub fn cancel(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    reason: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Pence, GrantError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(GrantError::Invalid(Message::new("grants-error-cancel-reason")));
    }
    write_transaction(conn, |conn| {
        let (bid, round, award) = lock_award(conn, bid_id)?;
        next_state(bid.state, Transition::Cancel, Actor::Lead).map_err(GrantError::Transition)?;
        let ledger_reason = actor_tr(conn, actor)?.t("grants-ledger-cancelled");
        let released = release_unpaid(conn, actor, &bid, &round, &award, &ledger_reason, now)?;
        diesel::update(bids::table.find(bid.id)).set(bids::decision_note.eq(reason)).execute(conn)?;
        let details = serde_json::json!({"released_pence": released.0});
        let change = StateChange {
            reason: Some(reason),
            details: Some(details),
            ..StateChange::plain(Transition::Cancel, Actor::Lead, actor)
        };
        transitions::apply(conn, &bid, change, now)?;
        tell_group(conn, &bid, links, |p, team| emails::award_cancelled(p.tr(), links, team, p, &bid, reason), now)?;
        Ok(released)
    })
}

/// Records a payment on an accepted award; never more than is left to pay, and never while the
/// group's bank details wait for a second check.
pub fn record_payment(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    input: &PaymentInput,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), GrantError> {
    write_transaction(conn, |conn| record_payment_within(conn, actor, bid_id, input, links, now))
}

/// [`record_payment`]'s work inside the caller's write transaction, so a payment run records
/// all its payments or none: refused when the grant is not running, its bank details are not
/// confirmed, or the amount is more than is left of the award.
pub fn record_payment_within(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    input: &PaymentInput,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), GrantError> {
    let (bid, round, award) = lock_award(conn, bid_id)?;
    match bid.state {
        BidState::Active => {}
        BidState::Awarded => {
            return Err(GrantError::Invalid(Message::new("grants-error-payment-not-accepted")));
        }
        other => {
            return Err(GrantError::Invalid(
                Message::new("grants-error-payment-state").arg("state", Message::new(other.describe_key())),
            ));
        }
    }
    let bank = crate::bank_details::queries::current(conn, bid.group_id)?;
    if let Some(held) = crate::bank_details::model::payments_held_because(bank.as_ref()) {
        return Err(GrantError::Invalid(held));
    }
    let left = award.amount() - queries::paid_total(conn, award.id)?;
    if input.amount > left {
        return Err(GrantError::Invalid(
            Message::new("grants-error-payment-too-much").arg("left", left).arg("award", award.amount()),
        ));
    }
    diesel::insert_into(payments::table)
        .values((
            payments::award_id.eq(award.id),
            payments::amount_pence.eq(input.amount.0),
            payments::paid_on.eq(input.paid_on),
            payments::reference.eq(&input.reference),
            payments::recorded_by.eq(actor),
            payments::recorded_at.eq(now),
        ))
        .execute(conn)?;
    let entry = NewEntry {
        round_id: Some(round.id),
        bid_id: Some(bid.id),
        reason: Some(&input.reference),
        ..NewEntry::new(round.pot_id, EntryKind::Payment, input.amount, Some(actor), now)
    };
    funds::append(conn, &entry)?;
    let event = NewEvent {
        actor_id: Some(actor),
        action: "payment_recorded",
        subject_type: "bid",
        subject_id: Some(bid.id),
        details: Some(
            serde_json::json!({"amount_pence": input.amount.0, "paid_on": input.paid_on, "reference": input.reference}),
        ),
        ..NewEvent::default()
    };
    audit::record(conn, &event, now)?;
    tell_group(
        conn,
        &bid,
        links,
        |p, team| emails::payment_made(p.tr(), links, team, p, &bid, input.amount, input.paid_on, &award.paid_through),
        now,
    )?;
    Ok(())
}

/// The lead sets a running grant's instalments (checked to add up to the award by
/// `instalments::check_instalments`).
pub fn set_instalments(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    rows: &[(Pence, chrono::NaiveDate)],
    now: NaiveDateTime,
) -> Result<(), GrantError> {
    write_transaction(conn, |conn| {
        let (bid, _, award) = lock_award(conn, bid_id)?;
        if bid.state != BidState::Active {
            return Err(GrantError::Invalid(Message::new("grants-error-instalments-not-running")));
        }
        let total: Pence = rows.iter().map(|(amount, _)| *amount).sum();
        if total != award.amount() {
            let message =
                Message::new("grants-error-instalments-total").arg("total", total).arg("award", award.amount());
            return Err(GrantError::Invalid(message));
        }
        super::instalments::replace(conn, award.id, rows, actor, now)?;
        let plan: Vec<serde_json::Value> =
            rows.iter().map(|(amount, due)| serde_json::json!({"amount_pence": amount.0, "due_on": due})).collect();
        let event = NewEvent::about("bid", bid.id, Some(actor), "instalments_changed")
            .with_details(Some(serde_json::json!({ "instalments": plan })));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// A recording sent with the report, already in the object store.
pub struct ReportRecording {
    pub key: String,
    pub content_type: String,
    pub size: i64,
}

/// The group sends (or corrects) its light report while the grant is running. Answers the
/// storage key of a recording it replaced, to delete.
pub fn submit_report(
    conn: &mut DbConn,
    person: &Person,
    bid_id: i64,
    input: &ReportInput,
    recording: Option<ReportRecording>,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Option<String>, GrantError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "bids", bid_id)?;
        let bid = crate::bids::queries::find(conn, bid_id)?.ok_or(GrantError::NotFound)?;
        if bid.state != BidState::Active {
            return Err(GrantError::Invalid(
                Message::new("grants-error-report-state").arg("state", Message::new(bid.state.describe_key())),
            ));
        }
        let existing = queries::report_of(conn, bid.id)?;
        // The answers must be to exactly what the report asks now: a lead may have changed the
        // measures while the group was typing, and then the group sees the new form.
        let round = crate::rounds::queries::find(conn, bid.round_id)?.ok_or(GrantError::NotFound)?;
        let asked = crate::measures::queries::questions_for(conn, round.programme_id, existing.as_ref().map(|r| r.id))?;
        let answered: Vec<i64> = input.answers.iter().map(|a| a.question.measure_id).collect();
        if asked.iter().map(|q| q.measure_id).collect::<Vec<_>>() != answered {
            return Err(GrantError::Invalid(Message::new("grants-error-measures-changed")));
        }
        let replaced = match (&existing, &recording) {
            (Some(report), Some(_)) => report.recording_key.clone(),
            _ => None,
        };
        let (key, kind, size) = match (&recording, &existing) {
            (Some(r), _) => (Some(r.key.clone()), Some(r.content_type.clone()), Some(r.size)),
            (None, Some(report)) => {
                (report.recording_key.clone(), report.recording_type.clone(), report.recording_size)
            }
            (None, None) => (None, None, None),
        };
        match &existing {
            Some(report) => {
                diesel::update(grant_reports::table.find(report.id))
                    .set((
                        grant_reports::story.eq(&input.story),
                        grant_reports::video_url.eq(&input.video_url),
                        grant_reports::recording_key.eq(&key),
                        grant_reports::recording_type.eq(&kind),
                        grant_reports::recording_size.eq(size),
                        grant_reports::spent_as_planned.eq(input.spent_as_planned),
                        grant_reports::explanation.eq(&input.explanation),
                        grant_reports::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                crate::measures::actions::save_answers(conn, report.id, &input.answers)?;
            }
            None => {
                let report_id: i64 = diesel::insert_into(grant_reports::table)
                    .values((
                        grant_reports::bid_id.eq(bid.id),
                        // No longer read: the numbers are answers to the measures.
                        grant_reports::people_reached.eq(0),
                        grant_reports::activities.eq(0),
                        grant_reports::story.eq(&input.story),
                        grant_reports::video_url.eq(&input.video_url),
                        grant_reports::recording_key.eq(&key),
                        grant_reports::recording_type.eq(&kind),
                        grant_reports::recording_size.eq(size),
                        grant_reports::spent_as_planned.eq(input.spent_as_planned),
                        grant_reports::explanation.eq(&input.explanation),
                        grant_reports::submitted_by.eq(person.id),
                        grant_reports::submitted_at.eq(now),
                        grant_reports::updated_at.eq(now),
                    ))
                    .returning(grant_reports::id)
                    .get_result(conn)?;
                crate::measures::actions::save_answers(conn, report_id, &input.answers)?;
            }
        }
        let action = if existing.is_some() { "report_updated" } else { "report_submitted" };
        let event = NewEvent {
            actor_id: Some(person.id),
            action,
            subject_type: "bid",
            subject_id: Some(bid.id),
            ..NewEvent::default()
        };
        audit::record(conn, &event, now)?;
        if existing.is_none() {
            let reference = bid.reference.clone().unwrap_or_default();
            tell_leads(
                conn,
                &round,
                links,
                |lead, team| emails::report_received(lead.tr(), links, team, lead, &reference, bid.id),
                now,
            )?;
        }
        Ok(replaced)
    })
}

/// The lead completes the grant once the report is in: the money not paid is released as
/// underspend. Answers the underspend.
pub fn complete(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Pence, GrantError> {
    write_transaction(conn, |conn| {
        let (bid, round, award) = lock_award(conn, bid_id)?;
        next_state(bid.state, Transition::Complete, Actor::Lead).map_err(GrantError::Transition)?;
        if queries::report_of(conn, bid.id)?.is_none() {
            return Err(GrantError::Invalid(Message::new("grants-error-no-report-yet")));
        }
        let ledger_reason = actor_tr(conn, actor)?.t("grants-ledger-underspend");
        let underspend = release_unpaid(conn, actor, &bid, &round, &award, &ledger_reason, now)?;
        let details = serde_json::json!({"underspend_pence": underspend.0});
        let change =
            StateChange { details: Some(details), ..StateChange::plain(Transition::Complete, Actor::Lead, actor) };
        transitions::apply(conn, &bid, change, now)?;
        tell_group(conn, &bid, links, |p, team| emails::grant_completed(p.tr(), links, team, p, &bid), now)?;
        Ok(underspend)
    })
}
