//! Changing a programme's measures (each change audited, in one transaction) and keeping a
//! report's answers with the questions as asked.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::{Measure, MeasureKind};
use super::queries;
use super::rules::{AnswerValue, GivenAnswer, MAX_ACTIVE, MeasureInput};
use crate::audit::{self, NewEvent};
use crate::db::schema::{programme_measures, report_answers};
use crate::db::{DbConn, lock_row, write_transaction};
use crate::forms::FieldErrors;
use crate::i18n::Tr;

/// Why a change to the measures was refused.
#[derive(Debug, thiserror::Error)]
pub enum MeasureError {
    #[error("the form has problems")]
    Invalid(FieldErrors),
    #[error("no such measure in this programme")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

fn details(input: &MeasureInput) -> serde_json::Value {
    serde_json::json!({
        "wording": input.wording,
        "kind": input.kind.key(),
        "national": input.national.map(|n| n.key()).unwrap_or(""),
        "national_other": input.national_other,
    })
}

fn insert(
    conn: &mut DbConn,
    programme_id: i64,
    position: i32,
    input: &MeasureInput,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(programme_measures::table)
        .values((
            programme_measures::programme_id.eq(programme_id),
            programme_measures::position.eq(position),
            programme_measures::wording.eq(&input.wording),
            programme_measures::kind.eq(input.kind.key()),
            programme_measures::national.eq(input.national.map(|n| n.key()).unwrap_or("")),
            programme_measures::national_other.eq(&input.national_other),
            programme_measures::created_at.eq(now),
            programme_measures::updated_at.eq(now),
        ))
        .returning(programme_measures::id)
        .get_result(conn)
}

/// Adds a measure at the end of the report; refused at the wording when the programme already
/// asks [`MAX_ACTIVE`]. The programme is locked so two leads adding at once cannot make seven.
pub fn add(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    input: &MeasureInput,
    now: NaiveDateTime,
) -> Result<i64, MeasureError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "programmes", programme_id)?;
        let active = queries::active_of(conn, programme_id)?;
        if active.len() >= MAX_ACTIVE {
            return Err(MeasureError::Invalid(FieldErrors::single("wording", "measures-error-too-many")));
        }
        let position = active.iter().map(|m| m.position).max().unwrap_or(0) + 1;
        let id = insert(conn, programme_id, position, input, now)?;
        let event = NewEvent::about("programme", programme_id, Some(actor), "measure_added")
            .with_details(Some(serde_json::json!({"measure_id": id, "measure": details(input)})));
        audit::record(conn, &event, now)?;
        Ok(id)
    })
}

/// The programme's measure, or not found (another programme's id too).
fn find(conn: &mut DbConn, programme_id: i64, measure_id: i64) -> Result<Measure, MeasureError> {
    programme_measures::table
        .find(measure_id)
        .filter(programme_measures::programme_id.eq(programme_id))
        .select(Measure::as_select())
        .first(conn)
        .optional()?
        .ok_or(MeasureError::NotFound)
}

/// Changes a measure's wording, kind or national mark. Reports already sent keep the question
/// they were asked; only reports sent from now on ask the new one.
pub fn change(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    measure_id: i64,
    input: &MeasureInput,
    now: NaiveDateTime,
) -> Result<(), MeasureError> {
    write_transaction(conn, |conn| {
        let before = find(conn, programme_id, measure_id)?;
        diesel::update(programme_measures::table.find(measure_id))
            .set((
                programme_measures::wording.eq(&input.wording),
                programme_measures::kind.eq(input.kind.key()),
                programme_measures::national.eq(input.national.map(|n| n.key()).unwrap_or("")),
                programme_measures::national_other.eq(&input.national_other),
                programme_measures::updated_at.eq(now),
            ))
            .execute(conn)?;
        let was = serde_json::json!({
            "wording": before.wording, "kind": before.kind,
            "national": before.national, "national_other": before.national_other,
        });
        let event = NewEvent::about("programme", programme_id, Some(actor), "measure_changed")
            .with_details(Some(serde_json::json!({"measure_id": measure_id, "from": was, "to": details(input)})));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// Stops asking a measure. It stays for the reports that answered it.
pub fn retire(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    measure_id: i64,
    now: NaiveDateTime,
) -> Result<(), MeasureError> {
    write_transaction(conn, |conn| {
        let measure = find(conn, programme_id, measure_id)?;
        if measure.is_retired() {
            return Ok(());
        }
        diesel::update(programme_measures::table.find(measure_id))
            .set((programme_measures::retired_at.eq(Some(now)), programme_measures::updated_at.eq(now)))
            .execute(conn)?;
        let event = NewEvent::about("programme", programme_id, Some(actor), "measure_retired")
            .with_details(Some(serde_json::json!({"measure_id": measure_id, "wording": measure.wording})));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// Moves an asked measure one place up (earlier in the report) or down, swapping with its
/// neighbour; at either end nothing changes.
pub fn move_measure(
    conn: &mut DbConn,
    actor: i64,
    programme_id: i64,
    measure_id: i64,
    up: bool,
    now: NaiveDateTime,
) -> Result<(), MeasureError> {
    write_transaction(conn, |conn| {
        lock_row(conn, "programmes", programme_id)?;
        let active = queries::active_of(conn, programme_id)?;
        let index = active.iter().position(|m| m.id == measure_id).ok_or(MeasureError::NotFound)?;
        let other = if up { index.checked_sub(1) } else { Some(index + 1).filter(|i| *i < active.len()) };
        let Some(other) = other else { return Ok(()) };
        // Numbered again from 1 with the two swapped, so equal or missing places cannot stick.
        let mut order: Vec<i64> = active.iter().map(|m| m.id).collect();
        order.swap(index, other);
        for (place, id) in order.iter().enumerate() {
            diesel::update(programme_measures::table.find(id))
                .set(programme_measures::position.eq(place as i32 + 1))
                .execute(conn)?;
        }
        let event = NewEvent::about("programme", programme_id, Some(actor), "measure_moved").with_details(Some(
            serde_json::json!({"measure_id": measure_id, "direction": if up { "up" } else { "down" }}),
        ));
        audit::record(conn, &event, now)?;
        Ok(())
    })
}

/// A new programme asks what every programme asked before measures could be chosen: people
/// reached and activities held, in the words of the lead who made it (`tr`). Called inside the
/// programme's creating transaction, whose audit event covers it.
pub fn add_defaults(conn: &mut DbConn, programme_id: i64, tr: Tr, now: NaiveDateTime) -> QueryResult<()> {
    for (position, key) in [(1, "measures-default-people"), (2, "measures-default-activities")] {
        let input = MeasureInput {
            wording: tr.t(key),
            kind: MeasureKind::Number,
            national: None,
            national_other: String::new(),
        };
        insert(conn, programme_id, position, &input, now)?;
    }
    Ok(())
}

/// Keeps a report's answers with the questions as asked: new rows for a first report, the same
/// rows changed for a correction. Called inside the report's transaction.
pub fn save_answers(conn: &mut DbConn, report_id: i64, answers: &[GivenAnswer]) -> QueryResult<()> {
    for given in answers {
        let question = &given.question;
        let (number, yes, words) = match &given.value {
            AnswerValue::Number(n) => (Some(*n), None, String::new()),
            AnswerValue::YesNo(b) => (None, Some(*b), String::new()),
            AnswerValue::Words(text) => (None, None, text.clone()),
        };
        let updated = diesel::update(
            report_answers::table
                .filter(report_answers::report_id.eq(report_id))
                .filter(report_answers::measure_id.eq(question.measure_id)),
        )
        .set((
            report_answers::number_answer.eq(number),
            report_answers::yes_answer.eq(yes),
            report_answers::words_answer.eq(&words),
        ))
        .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(report_answers::table)
                .values((
                    report_answers::report_id.eq(report_id),
                    report_answers::measure_id.eq(question.measure_id),
                    report_answers::position.eq(question.position),
                    report_answers::wording.eq(&question.wording),
                    report_answers::kind.eq(question.kind.key()),
                    report_answers::national.eq(question.national.map(|n| n.key()).unwrap_or("")),
                    report_answers::national_other.eq(&question.national_other),
                    report_answers::number_answer.eq(number),
                    report_answers::yes_answer.eq(yes),
                    report_answers::words_answer.eq(&words),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}
