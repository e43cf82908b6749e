//! Creating and changing rounds and their criteria, each in one transaction with its ledger
//! rows and audit event.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::eligibility::MAX_QUESTIONS;
use super::model::{CriterionFields, NewRound, QuestionFields, Round};
use super::queries;
use super::rules::{RoundInput, default_criteria};
use crate::audit::{self, NewEvent};
use crate::db::schema::{pots, round_criteria, round_eligibility_questions, rounds};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::forms::FieldErrors;
use crate::funds::actions::{FundsError, set_round_budget};
use crate::i18n::{Message, Tr};

#[derive(Debug, thiserror::Error)]
pub enum RoundError {
    /// Problems to show at the form's fields.
    #[error("the form has problems")]
    Invalid(FieldErrors),
    #[error("the criteria are frozen: a bid has been sent")]
    CriteriaFrozen,
    #[error("the eligibility questions are frozen: a bid has been sent")]
    QuestionsFrozen,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl RoundError {
    /// What the lead is told when a change is refused as a whole; `None` for problems at the
    /// form's fields (`Invalid`) and for errors that are not the lead's to fix.
    pub fn refusal(&self) -> Option<Message> {
        match self {
            RoundError::CriteriaFrozen => Some(Message::new("manage-round-error-criteria-frozen")),
            RoundError::QuestionsFrozen => Some(Message::new("manage-round-error-questions-frozen")),
            _ => None,
        }
    }
}

impl From<FundsError> for RoundError {
    fn from(error: FundsError) -> Self {
        match error {
            FundsError::Database(error) => RoundError::Database(error),
            FundsError::NotEnough { available } => RoundError::Invalid(FieldErrors::single(
                "budget",
                Message::new("manage-round-error-budget-over-pot").arg("available", available),
            )),
            FundsError::BelowCommitments { floor } => RoundError::Invalid(FieldErrors::single(
                "budget",
                Message::new("manage-round-error-budget-below-awarded").arg("floor", floor),
            )),
            other => RoundError::Invalid(FieldErrors::single("budget", other.message())),
        }
    }
}

/// The pot must belong to the round's programme.
fn check_pot(conn: &mut DbConn, programme_id: i64, pot_id: i64) -> Result<(), RoundError> {
    let owner: Option<i64> = pots::table.find(pot_id).select(pots::programme_id).first(conn).optional()?;
    if owner != Some(programme_id) {
        return Err(RoundError::Invalid(FieldErrors::single("pot_id", "manage-round-error-not-this-programmes-pot")));
    }
    Ok(())
}

/// Creates a round with the default criteria (need and reach, written in `tr`'s language: the
/// lead's) and draws its budget from the pot.
pub fn create_round(
    conn: &mut DbConn,
    tr: Tr,
    actor: i64,
    programme_id: i64,
    input: &RoundInput,
    now: NaiveDateTime,
) -> Result<Round, RoundError> {
    write_transaction(conn, |conn| {
        check_pot(conn, programme_id, input.pot_id)?;
        // The pot's lock comes first: inserting the round takes a share lock on the pot (its
        // foreign key), and taking the update lock after that would deadlock two leads.
        lock_row(conn, "pots", input.pot_id)?;
        if queries::slug_taken(conn, &input.slug, None)? {
            return Err(RoundError::Invalid(FieldErrors::single("slug", "manage-round-error-slug-taken")));
        }
        let round_id: i64 = diesel::insert_into(rounds::table)
            .values(NewRound {
                programme_id,
                pot_id: input.pot_id,
                slug: &input.slug,
                name: &input.name,
                summary: &input.summary,
                opens_at: input.opens_at,
                closes_at: input.closes_at,
                min_award_pence: input.min_award.0,
                max_award_pence: input.max_award.0,
                eligibility: &input.eligibility,
                uses: &input.uses,
                decision_target_on: input.decision_target_on,
                panel_size: input.panel_size,
                panel_due_on: input.panel_due_on,
                created_at: now,
                updated_at: now,
            })
            .returning(rounds::id)
            .get_result(conn)?;
        for (position, criterion) in default_criteria(tr).into_iter().enumerate() {
            insert_criterion(conn, round_id, position as i32, &criterion)?;
        }
        set_round_budget(conn, actor, input.pot_id, round_id, input.budget, now)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "round_created")
                .with_details(Some(serde_json::json!({"budget_pence": input.budget.0}))),
            now,
        )?;
        queries::find(conn, round_id)?.ok_or(RoundError::NotFound)
    })
}

/// Saves changes to a round; a budget change moves money between the round and its pot. The
/// pot cannot change once set (its ledger rows name it).
pub fn update_round(
    conn: &mut DbConn,
    actor: i64,
    round: &Round,
    input: &RoundInput,
    now: NaiveDateTime,
) -> Result<(), RoundError> {
    write_transaction(conn, |conn| {
        if input.pot_id != round.pot_id {
            return Err(RoundError::Invalid(FieldErrors::single("pot_id", "manage-round-error-pot-fixed")));
        }
        lock_row(conn, "pots", round.pot_id)?;
        if queries::slug_taken(conn, &input.slug, Some(round.id))? {
            return Err(RoundError::Invalid(FieldErrors::single("slug", "manage-round-error-slug-taken")));
        }
        diesel::update(rounds::table.find(round.id))
            .set((
                rounds::slug.eq(&input.slug),
                rounds::name.eq(&input.name),
                rounds::summary.eq(&input.summary),
                rounds::opens_at.eq(input.opens_at),
                rounds::closes_at.eq(input.closes_at),
                rounds::min_award_pence.eq(input.min_award.0),
                rounds::max_award_pence.eq(input.max_award.0),
                rounds::eligibility.eq(&input.eligibility),
                rounds::uses.eq(&input.uses),
                rounds::decision_target_on.eq(input.decision_target_on),
                rounds::panel_size.eq(input.panel_size),
                rounds::panel_due_on.eq(input.panel_due_on),
                rounds::updated_at.eq(now),
            ))
            .execute(conn)?;
        // A deadline moved to another day is a new deadline: its reminder may go again.
        if input.panel_due_on != round.panel_due_on {
            diesel::update(rounds::table.find(round.id))
                .set(rounds::panel_reminder_sent_at.eq(None::<NaiveDateTime>))
                .execute(conn)?;
        }
        set_round_budget(conn, actor, round.pot_id, round.id, input.budget, now)?;
        audit::record(
            conn,
            &NewEvent::about("round", round.id, Some(actor), "round_updated")
                .with_details(Some(serde_json::json!({"budget_pence": input.budget.0}))),
            now,
        )?;
        Ok(())
    })
}

fn insert_criterion(conn: &mut DbConn, round_id: i64, position: i32, fields: &CriterionFields) -> QueryResult<()> {
    diesel::insert_into(round_criteria::table)
        .values((round_criteria::round_id.eq(round_id), round_criteria::position.eq(position), fields))
        .execute(conn)?;
    Ok(())
}

/// Reads the round inside the transaction and refuses if its criteria are frozen.
fn unfrozen_round(conn: &mut DbConn, round_id: i64) -> Result<Round, RoundError> {
    let round = queries::find(conn, round_id)?.ok_or(RoundError::NotFound)?;
    if round.criteria_frozen() {
        return Err(RoundError::CriteriaFrozen);
    }
    Ok(round)
}

pub fn add_criterion(
    conn: &mut DbConn,
    actor: i64,
    round_id: i64,
    fields: &CriterionFields,
    now: NaiveDateTime,
) -> Result<(), RoundError> {
    write_transaction(conn, |conn| {
        unfrozen_round(conn, round_id)?;
        let existing = queries::criteria_of(conn, round_id)?;
        if existing.iter().any(|c| c.key == fields.key) {
            return Err(RoundError::Invalid(FieldErrors::single("title", "manage-criterion-error-name-taken")));
        }
        let position = existing.iter().map(|c| c.position).max().unwrap_or(-1) + 1;
        insert_criterion(conn, round_id, position, fields)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "criterion_added").with_details(Some(
                serde_json::json!({"key": fields.key, "title": fields.title, "weight_to": fields.weight}),
            )),
            now,
        )?;
        Ok(())
    })
}

pub fn update_criterion(
    conn: &mut DbConn,
    actor: i64,
    round_id: i64,
    criterion_id: i64,
    fields: &CriterionFields,
    now: NaiveDateTime,
) -> Result<(), RoundError> {
    write_transaction(conn, |conn| {
        unfrozen_round(conn, round_id)?;
        let criterion = queries::find_criterion(conn, round_id, criterion_id)?.ok_or(RoundError::NotFound)?;
        let fields = CriterionFields { key: criterion.key.clone(), ..fields.clone() };
        diesel::update(round_criteria::table.find(criterion.id)).set(&fields).execute(conn)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "criterion_updated")
                .with_details(Some(criterion.changes_to(&fields))),
            now,
        )?;
        Ok(())
    })
}

/// Removes a criterion; a round always keeps at least one.
pub fn remove_criterion(
    conn: &mut DbConn,
    actor: i64,
    round_id: i64,
    criterion_id: i64,
    now: NaiveDateTime,
) -> Result<(), RoundError> {
    write_transaction(conn, |conn| {
        unfrozen_round(conn, round_id)?;
        let criterion = queries::find_criterion(conn, round_id, criterion_id)?.ok_or(RoundError::NotFound)?;
        if queries::criteria_of(conn, round_id)?.len() <= 1 {
            return Err(RoundError::Invalid(FieldErrors::single("title", "manage-criterion-error-last-one")));
        }
        diesel::delete(round_criteria::table.find(criterion.id)).execute(conn)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "criterion_removed")
                .with_details(Some(serde_json::json!({"key": criterion.key, "title": criterion.title}))),
            now,
        )?;
        Ok(())
    })
}

/// Reads the round inside the transaction and refuses if its eligibility questions are frozen:
/// they freeze with the criteria, when the first bid is sent.
fn unfrozen_questions(conn: &mut DbConn, round_id: i64) -> Result<Round, RoundError> {
    let round = queries::find(conn, round_id)?.ok_or(RoundError::NotFound)?;
    if round.criteria_frozen() {
        return Err(RoundError::QuestionsFrozen);
    }
    Ok(round)
}

/// Adds an eligibility question at the end; a round asks at most [`MAX_QUESTIONS`].
pub fn add_question(
    conn: &mut DbConn,
    actor: i64,
    round_id: i64,
    fields: &QuestionFields,
    now: NaiveDateTime,
) -> Result<i64, RoundError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "rounds", round_id)?;
        unfrozen_questions(conn, round_id)?;
        let existing = queries::questions_of(conn, round_id)?;
        if existing.len() >= MAX_QUESTIONS {
            return Err(RoundError::Invalid(FieldErrors::single(
                "question",
                Message::new("manage-question-error-too-many").arg("max", MAX_QUESTIONS as i64),
            )));
        }
        let position = existing.iter().map(|q| q.position).max().unwrap_or(-1) + 1;
        let id: i64 = diesel::insert_into(round_eligibility_questions::table)
            .values((
                round_eligibility_questions::round_id.eq(round_id),
                round_eligibility_questions::position.eq(position),
                fields,
            ))
            .returning(round_eligibility_questions::id)
            .get_result(conn)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "eligibility_question_added").with_details(Some(
                serde_json::json!({"question_id": id, "question": fields.question, "rules_out": fields.rules_out}),
            )),
            now,
        )?;
        Ok(id)
    })
}

pub fn update_question(
    conn: &mut DbConn,
    actor: i64,
    round_id: i64,
    question_id: i64,
    fields: &QuestionFields,
    now: NaiveDateTime,
) -> Result<(), RoundError> {
    write_transaction(conn, |conn| {
        unfrozen_questions(conn, round_id)?;
        let question = queries::find_question(conn, round_id, question_id)?.ok_or(RoundError::NotFound)?;
        diesel::update(round_eligibility_questions::table.find(question.id)).set(fields).execute(conn)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "eligibility_question_updated").with_details(Some(
                serde_json::json!({
                    "question_id": question.id,
                    "before": {"question": question.question, "rules_out": question.rules_out},
                    "after": {"question": fields.question, "rules_out": fields.rules_out},
                }),
            )),
            now,
        )?;
        Ok(())
    })
}

/// Removes an eligibility question. Answers already kept with bids stay, with the question's
/// words as the group read them.
pub fn remove_question(
    conn: &mut DbConn,
    actor: i64,
    round_id: i64,
    question_id: i64,
    now: NaiveDateTime,
) -> Result<(), RoundError> {
    write_transaction(conn, |conn| {
        unfrozen_questions(conn, round_id)?;
        let question = queries::find_question(conn, round_id, question_id)?.ok_or(RoundError::NotFound)?;
        diesel::delete(round_eligibility_questions::table.find(question.id)).execute(conn)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "eligibility_question_removed")
                .with_details(Some(serde_json::json!({"question_id": question.id, "question": question.question}))),
            now,
        )?;
        Ok(())
    })
}
