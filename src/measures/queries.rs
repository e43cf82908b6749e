//! Reading a programme's measures, a report's answers and the rows the measures report sums.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::{Measure, Question, ReportAnswer};
use super::summary::AnswerRow;
use crate::db::DbConn;
use crate::db::schema::{bids, community_groups, grant_reports, pots, programme_measures, report_answers, rounds};
use crate::funds::year::FinancialYear;

/// The measures a report asks now, in order.
pub fn active_of(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<Measure>> {
    programme_measures::table
        .filter(programme_measures::programme_id.eq(programme_id))
        .filter(programme_measures::retired_at.is_null())
        .order((programme_measures::position.asc(), programme_measures::id.asc()))
        .select(Measure::as_select())
        .load(conn)
}

/// Every measure of the programme: those asked now in order, then the retired ones.
pub fn all_of(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<Measure>> {
    let mut measures: Vec<Measure> = programme_measures::table
        .filter(programme_measures::programme_id.eq(programme_id))
        .order((programme_measures::position.asc(), programme_measures::id.asc()))
        .select(Measure::as_select())
        .load(conn)?;
    measures.sort_by_key(|measure| (measure.is_retired(), measure.position, measure.id));
    Ok(measures)
}

/// A report's answers with the questions as asked, in the form's order.
pub fn answers_of(conn: &mut DbConn, report_id: i64) -> QueryResult<Vec<ReportAnswer>> {
    report_answers::table
        .filter(report_answers::report_id.eq(report_id))
        .order((report_answers::position.asc(), report_answers::id.asc()))
        .select(ReportAnswer::as_select())
        .load(conn)
}

/// What a grant's report asks: a report already sent asks again what it was first asked (so a
/// correction never mixes questions); a first report asks the programme's measures now.
pub fn questions_for(conn: &mut DbConn, programme_id: i64, report_id: Option<i64>) -> QueryResult<Vec<Question>> {
    match report_id {
        Some(report_id) => Ok(answers_of(conn, report_id)?.iter().map(ReportAnswer::question).collect()),
        None => Ok(active_of(conn, programme_id)?.iter().map(Measure::question).collect()),
    }
}

/// Every number and yes/no answer of the programme's reports, with round, pot and year.
pub fn answer_rows(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<AnswerRow>> {
    let rows: Vec<(ReportAnswer, NaiveDateTime, i64, String, i64, String)> = report_answers::table
        .inner_join(grant_reports::table.inner_join(bids::table.inner_join(rounds::table.inner_join(pots::table))))
        .filter(rounds::programme_id.eq(programme_id))
        .filter(report_answers::kind.ne("words"))
        .order((rounds::id.asc(), report_answers::report_id.asc(), report_answers::position.asc()))
        .select((
            ReportAnswer::as_select(),
            grant_reports::submitted_at,
            rounds::id,
            rounds::name,
            pots::id,
            pots::name,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(answer, sent_at, round_id, round_name, pot_id, pot_name)| AnswerRow {
            report_id: answer.report_id,
            round_id,
            round_name,
            pot_id,
            pot_name,
            year: FinancialYear::containing(sent_at),
            question: answer.question(),
            number: answer.number_answer,
            yes: answer.yes_answer,
        })
        .collect())
}

/// A few-words answer, with the grant it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordsAnswer {
    pub bid_id: i64,
    pub reference: Option<String>,
    pub group_name: String,
    pub round_name: String,
    pub wording: String,
    pub answer: String,
}

/// Every few-words answer given (not left empty) in the programme's reports, by round and grant.
pub fn words_answers(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<WordsAnswer>> {
    let rows: Vec<(i64, Option<String>, String, String, String, String)> = report_answers::table
        .inner_join(
            grant_reports::table.inner_join(bids::table.inner_join(rounds::table).inner_join(community_groups::table)),
        )
        .filter(rounds::programme_id.eq(programme_id))
        .filter(report_answers::kind.eq("words"))
        .filter(report_answers::words_answer.ne(""))
        .order((rounds::id.asc(), bids::id.asc(), report_answers::position.asc()))
        .select((
            bids::id,
            bids::reference,
            community_groups::name,
            rounds::name,
            report_answers::wording,
            report_answers::words_answer,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(bid_id, reference, group_name, round_name, wording, answer)| WordsAnswer {
            bid_id,
            reference,
            group_name,
            round_name,
            wording,
            answer,
        })
        .collect())
}
