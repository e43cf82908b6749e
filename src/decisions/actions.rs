//! The lead's transitions. Each checks the lifecycle, changes the bid, writes the audit event,
//! the ledger rows and the group's emails in one transaction. Awards lock the pot before
//! anything else, so concurrent awards queue and can never commit more than the round has.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::queries;
use super::rules::{
    AwardInput, BulkChoice, BulkDecision, Departure, default_accept_by, default_payment_plan, default_report_due,
};
use crate::bids::Bid;
use crate::bids::lifecycle::{Actor, Transition, TransitionError, next_state};
use crate::bids::rules::RETURN_WINDOW;
use crate::bids::transitions::{self, MoveError, StateChange};
use crate::db::schema::{awards, bids, decision_reasons};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::funds::EntryKind;
use crate::funds::queries::{self as funds, NewEntry};
use crate::i18n::{Message, Tr};
use crate::money::Pence;
use crate::notifications::emails::{self, DecisionNotice, Links};
use crate::notifications::outbox;
use crate::review::ranking::SortBy;
use crate::rounds::Round;

/// Why a decision was not made. `Display` is for the log; [`DecisionError::message`] is what
/// the lead reads.
#[derive(Debug, thiserror::Error)]
pub enum DecisionError {
    #[error("transition refused: {0:?}")]
    Transition(TransitionError),
    /// A refusal the lead can put right, in words for them.
    #[error("refused: {0:?}")]
    Invalid(Message),
    /// Awarding this would commit more than the round has left.
    #[error("overspend: {over} over, {left} left")]
    Overspend { over: Pence, left: Pence },
    /// The decision departs from the ranking and the lead gave no reason.
    #[error("a reason is needed: {0:?}")]
    ReasonNeeded(Departure),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl DecisionError {
    /// What the lead is told.
    pub fn message(&self) -> Message {
        match self {
            DecisionError::Transition(refused) => refused.message(),
            DecisionError::Invalid(message) => message.clone(),
            DecisionError::Overspend { over, left } => {
                Message::new("decisions-error-overspend").arg("over", *over).arg("left", *left)
            }
            DecisionError::ReasonNeeded(departure) => departure.missing_reason(),
            DecisionError::NotFound | DecisionError::Database(_) => Message::new("decisions-error-no-such-bid"),
        }
    }
}

/// A decision on one bid.
#[derive(Debug, Clone)]
pub enum Decision {
    /// Checked by `rules::check_award`.
    Award(AwardInput),
    /// With the feedback checked by `rules::check_decline`.
    Decline {
        feedback: String,
    },
    Waitlist,
}

/// A decision on one bid as the lead made it, with their reason where it departs from the
/// ranking (empty otherwise; see `rules::Departure`).
#[derive(Debug, Clone)]
pub struct LeadDecision {
    pub decision: Decision,
    pub order_reason: String,
}

impl LeadDecision {
    /// A decision with no reason given for its order.
    pub fn plain(decision: Decision) -> LeadDecision {
        LeadDecision { decision, order_reason: String::new() }
    }
}

impl Decision {
    /// The word kept with a reason for deciding out of rank order.
    fn key(&self) -> &'static str {
        match self {
            Decision::Award(_) => "award",
            Decision::Decline { .. } => "decline",
            Decision::Waitlist => "waitlist",
        }
    }

    fn transition(&self) -> Transition {
        match self {
            Decision::Award(_) => Transition::Award,
            Decision::Decline { .. } => Transition::Decline,
            Decision::Waitlist => Transition::Waitlist,
        }
    }
}

fn lock_bid(conn: &mut DbConn, bid_id: i64) -> Result<Bid, DecisionError> {
    lock_row(conn, "bids", bid_id)?;
    crate::bids::queries::find(conn, bid_id)?.ok_or(DecisionError::NotFound)
}

impl From<MoveError> for DecisionError {
    fn from(error: MoveError) -> Self {
        match error {
            MoveError::Refused(refused) => DecisionError::Transition(refused),
            MoveError::Database(error) => DecisionError::Database(error),
        }
    }
}

/// The lead's move of a bid, with their words for the audit trail if the move has them.
fn lead_move(transition: Transition, actor: i64, reason: Option<&str>) -> StateChange<'_> {
    StateChange { reason, ..StateChange::plain(transition, Actor::Lead, actor) }
}

/// Emails every member of the bid's group about the decision.
fn tell_group(
    conn: &mut DbConn,
    bid: &Bid,
    round: &Round,
    notice: &DecisionNotice<'_>,
    links: &Links,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let group = crate::groups::queries::find(conn, bid.group_id)?;
    let group_name = group.map(|g| g.name).unwrap_or_default();
    let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
    for (_, person) in crate::groups::queries::members_of(conn, bid.group_id)? {
        let to = (person.name.as_str(), person.email.as_str());
        outbox::enqueue(conn, &emails::decision(person.tr(), links, &team, to, &group_name, bid, round, notice), now)?;
    }
    Ok(())
}

/// Sends the bid back to the group with a question.
pub fn return_to_group(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    round: &Round,
    note: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), DecisionError> {
    write_transaction(conn, |conn| {
        let bid = lock_bid(conn, bid_id)?;
        transitions::apply(conn, &bid, lead_move(Transition::Return, actor, Some(note)), now)?;
        diesel::update(bids::table.find(bid.id))
            .set((bids::returned_at.eq(now), bids::return_note.eq(&note)))
            .execute(conn)?;
        let deadline = crate::time::in_london(now + RETURN_WINDOW).date_naive();
        tell_group(conn, &bid, round, &DecisionNotice::Returned { note, deadline }, links, now)?;
        Ok(())
    })
}

pub fn mark_ineligible(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    round: &Round,
    reason: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), DecisionError> {
    write_transaction(conn, |conn| {
        let bid = lock_bid(conn, bid_id)?;
        transitions::apply(conn, &bid, lead_move(Transition::MarkIneligible, actor, Some(reason)), now)?;
        diesel::update(bids::table.find(bid.id)).set(bids::decision_note.eq(&reason)).execute(conn)?;
        tell_group(conn, &bid, round, &DecisionNotice::Ineligible { reason }, links, now)?;
        Ok(())
    })
}

/// Passes the bid to its panel; it needs at least the round's panel size of members without a
/// conflict.
pub fn start_review(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    round: &Round,
    now: NaiveDateTime,
) -> Result<(), DecisionError> {
    write_transaction(conn, |conn| {
        let bid = lock_bid(conn, bid_id)?;
        next_state(bid.state, Transition::StartReview, Actor::Lead).map_err(DecisionError::Transition)?;
        let panel = crate::review::queries::assignments_of_bid(conn, bid.id)?
            .into_iter()
            .filter(|(a, _)| !a.has_conflict())
            .count();
        if (panel as i32) < round.panel_size {
            return Err(DecisionError::Invalid(
                Message::new("decisions-error-panel-short").arg("needed", round.panel_size).arg("has", panel),
            ));
        }
        transitions::apply(conn, &bid, lead_move(Transition::StartReview, actor, None), now)?;
        Ok(())
    })
}

/// Where the ranking has each bid still to decide: above the funding line (`true`) or below it.
/// Read inside the deciding transaction, before any of its decisions.
fn line_positions(conn: &mut DbConn, round_id: i64) -> QueryResult<HashMap<i64, bool>> {
    let (_, ranking, _) = queries::ranking_of(conn, round_id, SortBy::Score)?;
    Ok(ranking.to_decide.iter().map(|row| (row.bid.bid_id, row.within_budget)).collect())
}

/// Keeps the lead's reason for a decision that departs from the ranking (refusing one without
/// a reason), with its audit event; a decision in rank order clears any earlier reason, so the
/// panel never reads a reason for a decision that was later changed.
fn record_departure(
    conn: &mut DbConn,
    actor: i64,
    bid: &Bid,
    (decision, departure): (&Decision, Option<Departure>),
    order_reason: &str,
    now: NaiveDateTime,
) -> Result<(), DecisionError> {
    diesel::delete(decision_reasons::table.find(bid.id)).execute(conn)?;
    let Some(departure) = departure else { return Ok(()) };
    let reason = order_reason.trim();
    if reason.is_empty() {
        return Err(DecisionError::ReasonNeeded(departure));
    }
    diesel::insert_into(decision_reasons::table)
        .values((
            decision_reasons::bid_id.eq(bid.id),
            decision_reasons::decision.eq(decision.key()),
            decision_reasons::position.eq(departure.key()),
            decision_reasons::reason.eq(reason),
            decision_reasons::decided_by.eq(actor),
            decision_reasons::decided_at.eq(now),
        ))
        .execute(conn)?;
    crate::audit::record(
        conn,
        &crate::audit::NewEvent::about("bid", bid.id, Some(actor), "decided_out_of_rank_order")
            .because(Some(reason))
            .with_details(Some(serde_json::json!({"position": departure.key()}))),
        now,
    )?;
    Ok(())
}

/// Makes one decision inside the caller's transaction. The caller has locked the pot (for an
/// award) before calling, and read where the ranking had the bid (`above_line`: `None` when it
/// was not among the bids still to decide).
fn decide_locked(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    round: &Round,
    (made, above_line): (&LeadDecision, Option<bool>),
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), DecisionError> {
    let bid = lock_bid(conn, bid_id)?;
    if bid.round_id != round.id {
        return Err(DecisionError::NotFound);
    }
    let decision = &made.decision;
    let transition = decision.transition();
    next_state(bid.state, transition, Actor::Lead).map_err(DecisionError::Transition)?;
    let departure = Departure::of(matches!(decision, Decision::Award(_)), above_line);
    record_departure(conn, actor, &bid, (decision, departure), &made.order_reason, now)?;
    match decision {
        Decision::Award(AwardInput { amount, conditions, message, payment_plan, report_due_on, accept_by_on }) => {
            let requested = bid.amount().unwrap_or_default();
            if amount.0 <= 0 || *amount > requested {
                return Err(DecisionError::Invalid(
                    Message::new("decisions-error-award-amount").arg("requested", requested),
                ));
            }
            let left = queries::money_left(conn, round.id)?;
            if *amount > left {
                return Err(DecisionError::Overspend { over: *amount - left, left });
            }
            diesel::insert_into(awards::table)
                .values((
                    awards::bid_id.eq(bid.id),
                    awards::amount_pence.eq(amount.0),
                    awards::conditions.eq(conditions),
                    awards::message.eq(message),
                    awards::decided_by.eq(actor),
                    awards::decided_at.eq(now),
                    awards::payment_plan.eq(payment_plan),
                    awards::report_due_on.eq(report_due_on),
                    awards::accept_by_on.eq(accept_by_on),
                ))
                .execute(conn)?;
            let commitment = NewEntry {
                round_id: Some(round.id),
                bid_id: Some(bid.id),
                ..NewEntry::new(round.pot_id, EntryKind::Commitment, *amount, Some(actor), now)
            };
            funds::append(conn, &commitment)?;
            let details = Some(serde_json::json!({"amount_pence": amount.0}));
            transitions::apply(conn, &bid, StateChange { details, ..lead_move(transition, actor, None) }, now)?;
            tell_group(
                conn,
                &bid,
                round,
                &DecisionNotice::Awarded {
                    amount: *amount,
                    conditions,
                    message,
                    accept_by: *accept_by_on,
                    report_due: *report_due_on,
                },
                links,
                now,
            )?;
        }
        Decision::Decline { feedback } => {
            transitions::apply(conn, &bid, lead_move(transition, actor, Some(feedback)), now)?;
            diesel::update(bids::table.find(bid.id)).set(bids::decision_note.eq(feedback)).execute(conn)?;
            tell_group(conn, &bid, round, &DecisionNotice::Declined { feedback }, links, now)?;
        }
        Decision::Waitlist => {
            transitions::apply(conn, &bid, lead_move(transition, actor, None), now)?;
            tell_group(conn, &bid, round, &DecisionNotice::Waitlisted, links, now)?;
        }
    }
    Ok(())
}

/// An award of the amount asked for with the usual plan (in `tr`'s language, the lead's), as
/// bulk decisions make.
pub fn plain_award(tr: Tr, amount: Pence, now: NaiveDateTime) -> Decision {
    award_with_plan(amount, default_payment_plan(tr), now)
}

/// An award of `amount` with `payment_plan`, no conditions or message, and the usual report and
/// accept-by dates.
fn award_with_plan(amount: Pence, payment_plan: String, now: NaiveDateTime) -> Decision {
    Decision::Award(AwardInput {
        amount,
        conditions: String::new(),
        message: String::new(),
        payment_plan,
        report_due_on: default_report_due(now),
        accept_by_on: default_accept_by(now),
    })
}

/// Passes every screened bid of the round that has its panel to the panel; answers how many.
/// Bids still short of panel members stay where they are.
pub fn start_reviews_of_round(
    conn: &mut DbConn,
    actor: i64,
    round: &Round,
    now: NaiveDateTime,
) -> Result<usize, DecisionError> {
    let mut started = 0;
    for bid_id in queries::submitted_bid_ids(conn, round.id)? {
        match start_review(conn, actor, bid_id, round, now) {
            Ok(()) => started += 1,
            Err(DecisionError::Invalid(_)) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(started)
}

/// One decision on one bid. One that departs from the ranking needs the lead's reason.
pub fn decide(
    conn: &mut DbConn,
    actor: i64,
    bid_id: i64,
    round: &Round,
    made: &LeadDecision,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), DecisionError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "pots", round.pot_id)?;
        let above_line = line_positions(conn, round.id)?.get(&bid_id).copied();
        decide_locked(conn, actor, bid_id, round, (made, above_line), links, now)
    })
}

/// One decision for several bids of the round, all or nothing: if any is refused, or the awards
/// together would commit more than the round has left, nothing changes (and the error says by
/// how much). An award gives each bid what it asked for, read inside the deciding transaction.
/// Where the ranking stood is read once, before the first of them: the lead's one reason
/// covers every selected bid decided out of that order.
pub fn decide_selected(
    conn: &mut DbConn,
    actor: i64,
    round: &Round,
    bulk: &BulkDecision,
    links: &Links,
    now: NaiveDateTime,
) -> Result<usize, DecisionError> {
    let BulkDecision { bid_ids, choice, order_reason } = bulk;
    write_transaction(conn, |conn| {
        lock_row(conn, "pots", round.pot_id)?;
        let positions = line_positions(conn, round.id)?;
        let mut decisions = Vec::new();
        for &bid_id in bid_ids {
            let bid = lock_bid(conn, bid_id)?;
            let decision = match choice {
                BulkChoice::Award { payment_plan } => {
                    award_with_plan(bid.amount().unwrap_or_default(), payment_plan.clone(), now)
                }
                BulkChoice::Decline { feedback } => Decision::Decline { feedback: feedback.clone() },
                BulkChoice::Waitlist => Decision::Waitlist,
            };
            decisions.push((bid_id, LeadDecision { decision, order_reason: order_reason.clone() }));
        }
        let awarding: Pence = decisions
            .iter()
            .filter_map(|(_, d)| if let Decision::Award(award) = &d.decision { Some(award.amount) } else { None })
            .sum();
        let left = queries::money_left(conn, round.id)?;
        if awarding > left {
            return Err(DecisionError::Overspend { over: awarding - left, left });
        }
        for (bid_id, made) in &decisions {
            decide_locked(conn, actor, *bid_id, round, (made, positions.get(bid_id).copied()), links, now)?;
        }
        Ok(decisions.len())
    })
}
