//! Assigning panels, declaring conflicts and saving reviews, each in one transaction with its
//! audit event and emails.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::assignment::{self, BidPanel, Member};
use super::queries;
use super::scoring::ReviewInput;
use crate::accounts::ProgrammeRole;
use crate::audit::{self, NewEvent};
use crate::bids::{Bid, BidState};
use crate::db::schema::{bids, panel_assignments, review_scores, reviews, rounds};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::i18n::Message;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;
use crate::programmes::queries::people_with_role;
use crate::rounds::Round;

#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// Refused, with the words for the person (the lead or the panel member).
    #[error("refused: {0:?}")]
    Refused(Message),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

fn refused(key: &'static str) -> ReviewError {
    ReviewError::Refused(Message::new(key))
}

/// The states in which a bid can be given panel members: sent, or already with the panel.
fn assignable(state: BidState) -> bool {
    matches!(state, BidState::Submitted | BidState::InReview)
}

fn insert_assignment(conn: &mut DbConn, actor: i64, bid_id: i64, member: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(panel_assignments::table)
        .values((
            panel_assignments::bid_id.eq(bid_id),
            panel_assignments::panel_member_id.eq(member),
            panel_assignments::assigned_by.eq(actor),
            panel_assignments::assigned_at.eq(now),
        ))
        .execute(conn)?;
    let event = NewEvent {
        actor_id: Some(actor),
        action: "panel_member_assigned",
        subject_type: "bid",
        subject_id: Some(bid_id),
        details: Some(serde_json::json!({"panel_member_id": member})),
        ..NewEvent::default()
    };
    audit::record(conn, &event, now)
}

/// Emails each member how many bids they were just given.
fn tell_members(
    conn: &mut DbConn,
    pairs: &[(i64, i64)],
    round: &Round,
    links: &Links,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let mut per_member: BTreeMap<i64, usize> = BTreeMap::new();
    for (_, member) in pairs {
        *per_member.entry(*member).or_default() += 1;
    }
    let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
    for (member, count) in per_member {
        if let Some(person) = crate::accounts::queries::find_person(conn, member)? {
            outbox::enqueue(conn, &emails::panel_assigned(person.tr(), links, &team, &person, count, round), now)?;
        }
    }
    Ok(())
}

/// Assigns the chosen panel members of the programme to one bid.
pub fn assign(
    conn: &mut DbConn,
    actor: i64,
    bid: &Bid,
    round: &Round,
    member_ids: &[i64],
    links: &Links,
    now: NaiveDateTime,
) -> Result<usize, ReviewError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "bids", bid.id)?;
        let current = crate::bids::queries::find(conn, bid.id)?.ok_or(ReviewError::NotFound)?;
        if !assignable(current.state) {
            return Err(refused("decisions-error-panel-not-assignable"));
        }
        let panel: Vec<i64> =
            people_with_role(conn, round.programme_id, ProgrammeRole::Panel)?.into_iter().map(|(p, _)| p.id).collect();
        let existing = queries::assignments_of_bid(conn, bid.id)?;
        let mut added = Vec::new();
        for member in member_ids {
            if !panel.contains(member) {
                return Err(refused("decisions-error-not-on-panel"));
            }
            if existing.iter().any(|(a, _)| a.panel_member_id == *member) {
                continue;
            }
            insert_assignment(conn, actor, bid.id, *member, now)?;
            added.push((bid.id, *member));
        }
        tell_members(conn, &added, round, links, now)?;
        Ok(added.len())
    })
}

/// Gives every sent or in-review bid of the round a full, balanced panel; answers how many
/// assignments were made.
pub fn auto_assign(
    conn: &mut DbConn,
    actor: i64,
    round: &Round,
    links: &Links,
    now: NaiveDateTime,
) -> Result<usize, ReviewError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "rounds", round.id)?;
        let panel = people_with_role(conn, round.programme_id, ProgrammeRole::Panel)?;
        if panel.is_empty() {
            return Err(refused("decisions-error-no-panel"));
        }
        let states = [BidState::Submitted.as_str(), BidState::InReview.as_str()];
        let bid_ids: Vec<i64> = bids::table
            .filter(bids::round_id.eq(round.id))
            .filter(bids::state.eq_any(states))
            .order(bids::id.asc())
            .select(bids::id)
            .load(conn)?;
        let existing = queries::assignments_of_round(conn, round.id)?;
        let mut load: HashMap<i64, usize> = HashMap::new();
        for a in existing.iter().filter(|a| !a.has_conflict()) {
            *load.entry(a.panel_member_id).or_default() += 1;
        }
        let members: Vec<Member> = panel
            .iter()
            .map(|(person, lived)| Member {
                id: person.id,
                lived_experience: *lived,
                load: load.get(&person.id).copied().unwrap_or(0),
            })
            .collect();
        let bids_to_staff: Vec<BidPanel> = bid_ids
            .iter()
            .map(|bid_id| {
                let on_bid: Vec<_> = existing.iter().filter(|a| a.bid_id == *bid_id).collect();
                BidPanel {
                    bid_id: *bid_id,
                    assigned: on_bid.iter().filter(|a| !a.has_conflict()).map(|a| a.panel_member_id).collect(),
                    conflicted: on_bid.iter().filter(|a| a.has_conflict()).map(|a| a.panel_member_id).collect(),
                }
            })
            .collect();
        let pairs = assignment::balance(&bids_to_staff, &members, round.panel_size.max(1) as usize);
        for (bid_id, member) in &pairs {
            insert_assignment(conn, actor, *bid_id, *member, now)?;
        }
        tell_members(conn, &pairs, round, links, now)?;
        Ok(pairs.len())
    })
}

/// A panel member declares a conflict of interest: the bid leaves their queue, their review
/// (if any) stops counting, and the programme's leads are told to reassign it.
pub fn declare_conflict(
    conn: &mut DbConn,
    member: i64,
    bid: &Bid,
    round: &Round,
    note: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), ReviewError> {
    write_transaction(conn, |conn| {
        let assignment =
            queries::assignment(conn, bid.id, member)?.filter(|a| !a.has_conflict()).ok_or(ReviewError::NotFound)?;
        diesel::update(panel_assignments::table.find(assignment.id))
            .set((panel_assignments::conflict_declared_at.eq(now), panel_assignments::conflict_note.eq(note)))
            .execute(conn)?;
        // A conflicted member's scores must not count, nor stay visible to them.
        if let Some((review, _)) = queries::review_of(conn, bid.id, member)? {
            diesel::delete(review_scores::table.filter(review_scores::review_id.eq(review.id))).execute(conn)?;
            diesel::delete(reviews::table.find(review.id)).execute(conn)?;
        }
        let event = NewEvent {
            actor_id: Some(member),
            action: "conflict_declared",
            subject_type: "bid",
            subject_id: Some(bid.id),
            reason: Some(note),
            ..NewEvent::default()
        };
        audit::record(conn, &event, now)?;
        let declarer = crate::accounts::queries::find_person(conn, member)?.map(|p| p.name).unwrap_or_default();
        let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
        for (lead, _) in people_with_role(conn, round.programme_id, ProgrammeRole::Lead)? {
            let email = emails::conflict_declared(lead.tr(), links, &team, &lead, &declarer, bid, round);
            outbox::enqueue(conn, &email, now)?;
        }
        Ok(())
    })
}

/// Saves a panel member's review (a draft, or submitted). A submitted review can be changed
/// until the lead closes the round's panel; every change is audited.
pub fn save_review(
    conn: &mut DbConn,
    member: i64,
    bid: &Bid,
    round: &Round,
    input: &ReviewInput,
    now: NaiveDateTime,
) -> Result<(), ReviewError> {
    write_transaction(conn, |conn| {
        let round_now: Round = crate::rounds::queries::find(conn, round.id)?.ok_or(ReviewError::NotFound)?;
        if round_now.panel_closed_at.is_some_and(|closed| closed <= now) {
            return Err(refused("panel-error-scoring-closed"));
        }
        queries::assignment(conn, bid.id, member)?.filter(|a| !a.has_conflict()).ok_or(ReviewError::NotFound)?;
        let current = crate::bids::queries::find(conn, bid.id)?.ok_or(ReviewError::NotFound)?;
        if current.state != BidState::InReview {
            return Err(refused("panel-error-not-with-panel"));
        }
        let existing = queries::review_of(conn, bid.id, member)?.map(|(review, _)| review);
        let was_submitted = existing.as_ref().is_some_and(|r| r.is_submitted());
        if was_submitted && !input.submit {
            return Err(refused("panel-error-already-submitted"));
        }
        let submitted_at = existing.as_ref().and_then(|r| r.submitted_at).or(input.submit.then_some(now));
        let review_id = match existing {
            Some(review) => {
                diesel::update(reviews::table.find(review.id))
                    .set((
                        reviews::comment.eq(&input.comment),
                        reviews::recommendation.eq(input.recommendation.map(|r| r.as_str())),
                        reviews::watched.eq(input.watched),
                        reviews::updated_at.eq(now),
                        reviews::submitted_at.eq(submitted_at),
                    ))
                    .execute(conn)?;
                diesel::delete(review_scores::table.filter(review_scores::review_id.eq(review.id))).execute(conn)?;
                review.id
            }
            None => diesel::insert_into(reviews::table)
                .values((
                    reviews::bid_id.eq(bid.id),
                    reviews::reviewer_id.eq(member),
                    reviews::comment.eq(&input.comment),
                    reviews::recommendation.eq(input.recommendation.map(|r| r.as_str())),
                    reviews::watched.eq(input.watched),
                    reviews::created_at.eq(now),
                    reviews::updated_at.eq(now),
                    reviews::submitted_at.eq(submitted_at),
                ))
                .returning(reviews::id)
                .get_result(conn)?,
        };
        for (criterion_id, score) in &input.scores {
            diesel::insert_into(review_scores::table)
                .values((
                    review_scores::review_id.eq(review_id),
                    review_scores::criterion_id.eq(criterion_id),
                    review_scores::score.eq(score),
                ))
                .execute(conn)?;
        }
        let action = match (was_submitted, input.submit) {
            (true, _) => "review_changed",
            (false, true) => "review_submitted",
            (false, false) => "review_draft_saved",
        };
        let scores: serde_json::Map<String, serde_json::Value> =
            input.scores.iter().map(|(c, s)| (c.to_string(), serde_json::json!(s))).collect();
        let event = NewEvent {
            actor_id: Some(member),
            action,
            subject_type: "review",
            subject_id: Some(review_id),
            details: Some(
                serde_json::json!({"bid_id": bid.id, "scores": scores, "recommendation": input.recommendation.map(|r| r.as_str())}),
            ),
            ..NewEvent::default()
        };
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// The lead ends panel scoring for the round: reviews can no longer change.
pub fn close_panel(conn: &mut DbConn, actor: i64, round_id: i64, now: NaiveDateTime) -> Result<(), ReviewError> {
    write_transaction(conn, |conn| {
        diesel::update(rounds::table.find(round_id).filter(rounds::panel_closed_at.is_null()))
            .set(rounds::panel_closed_at.eq(now))
            .execute(conn)?;
        let event = NewEvent {
            actor_id: Some(actor),
            action: "panel_closed",
            subject_type: "round",
            subject_id: Some(round_id),
            ..NewEvent::default()
        };
        audit::record(conn, &event, now)?;
        Ok(())
    })
}
