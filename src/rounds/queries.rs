//! Reading rounds and their criteria.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::programmes::Programme;

use super::model::{Criterion, EligibilityQuestion, Round};
use crate::db::DbConn;
use crate::db::schema::{programmes, round_criteria, round_eligibility_questions, rounds};

pub fn find(conn: &mut DbConn, round_id: i64) -> QueryResult<Option<Round>> {
    rounds::table.find(round_id).select(Round::as_select()).first(conn).optional()
}

pub fn find_by_slug(conn: &mut DbConn, slug: &str) -> QueryResult<Option<Round>> {
    rounds::table.filter(rounds::slug.eq(slug)).select(Round::as_select()).first(conn).optional()
}

pub fn slug_taken(conn: &mut DbConn, slug: &str, except_round: Option<i64>) -> QueryResult<bool> {
    let found: Option<i64> = rounds::table.filter(rounds::slug.eq(slug)).select(rounds::id).first(conn).optional()?;
    Ok(found.is_some_and(|id| Some(id) != except_round))
}

pub fn of_programme(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<Round>> {
    rounds::table
        .filter(rounds::programme_id.eq(programme_id))
        .order(rounds::opens_at.desc())
        .select(Round::as_select())
        .load(conn)
}

pub fn of_pot(conn: &mut DbConn, pot_id: i64) -> QueryResult<Vec<Round>> {
    rounds::table.filter(rounds::pot_id.eq(pot_id)).order(rounds::opens_at.asc()).select(Round::as_select()).load(conn)
}

/// The moments of every round at which what a page says about it changes by the clock alone
/// ([`Round::moments`]), in no order.
pub fn moments_of_all(conn: &mut DbConn) -> QueryResult<Vec<NaiveDateTime>> {
    let rows: Vec<(NaiveDateTime, NaiveDateTime, chrono::NaiveDate)> =
        rounds::table.select((rounds::opens_at, rounds::closes_at, rounds::decision_target_on)).load(conn)?;
    Ok(rows.into_iter().flat_map(|(opens, closes, decided)| Round::moments_from(opens, closes, decided)).collect())
}

/// Rounds still to close, soonest first, with their programme's name: what the home page lists.
/// (Not closed by the same rule as `Round::status`: closing time still ahead.)
pub fn open_and_upcoming(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<Vec<(Round, Programme)>> {
    rounds::table
        .inner_join(programmes::table.on(programmes::id.eq(rounds::programme_id)))
        .filter(rounds::closes_at.gt(now))
        .order(rounds::closes_at.asc())
        .select((Round::as_select(), Programme::as_select()))
        .load(conn)
}

/// Rounds that have closed, most recent first (for the home page's "recent rounds").
pub fn recently_closed(conn: &mut DbConn, now: NaiveDateTime, limit: i64) -> QueryResult<Vec<(Round, Programme)>> {
    rounds::table
        .inner_join(programmes::table.on(programmes::id.eq(rounds::programme_id)))
        .filter(rounds::closes_at.le(now))
        .order(rounds::closes_at.desc())
        .limit(limit)
        .select((Round::as_select(), Programme::as_select()))
        .load(conn)
}

pub fn criteria_of(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<Criterion>> {
    round_criteria::table
        .filter(round_criteria::round_id.eq(round_id))
        .order(round_criteria::position.asc())
        .select(Criterion::as_select())
        .load(conn)
}

pub fn find_criterion(conn: &mut DbConn, round_id: i64, criterion_id: i64) -> QueryResult<Option<Criterion>> {
    round_criteria::table
        .filter(round_criteria::round_id.eq(round_id))
        .filter(round_criteria::id.eq(criterion_id))
        .select(Criterion::as_select())
        .first(conn)
        .optional()
}

/// The round's eligibility questions, in the order the lead added them.
pub fn questions_of(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<EligibilityQuestion>> {
    round_eligibility_questions::table
        .filter(round_eligibility_questions::round_id.eq(round_id))
        .order((round_eligibility_questions::position.asc(), round_eligibility_questions::id.asc()))
        .select(EligibilityQuestion::as_select())
        .load(conn)
}

pub fn find_question(conn: &mut DbConn, round_id: i64, question_id: i64) -> QueryResult<Option<EligibilityQuestion>> {
    round_eligibility_questions::table
        .filter(round_eligibility_questions::round_id.eq(round_id))
        .filter(round_eligibility_questions::id.eq(question_id))
        .select(EligibilityQuestion::as_select())
        .first(conn)
        .optional()
}

/// Which of `round_ids` ask eligibility questions (their Start buttons go to the questions).
pub fn with_questions(conn: &mut DbConn, round_ids: &[i64]) -> QueryResult<std::collections::HashSet<i64>> {
    if round_ids.is_empty() {
        return Ok(Default::default());
    }
    let ids: Vec<i64> = round_eligibility_questions::table
        .filter(round_eligibility_questions::round_id.eq_any(round_ids))
        .select(round_eligibility_questions::round_id)
        .distinct()
        .load(conn)?;
    Ok(ids.into_iter().collect())
}

/// How many of the round's bids are at each public stage, for the tracker, each with the key of
/// the stage's name (`rounds-stage-…`). Drafts are private and not counted.
pub fn stage_counts(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<(&'static str, i64)>> {
    use crate::bids::BidState::*;
    let counts = crate::bids::queries::state_counts(conn, round_id)?;
    let count = |states: &[crate::bids::BidState]| -> i64 {
        counts.iter().filter(|(state, _)| states.iter().any(|s| s.as_str() == state)).map(|(_, n)| n).sum()
    };
    Ok(vec![
        (
            "rounds-stage-sent",
            count(&[
                Submitted, Returned, Ineligible, InReview, Awarded, Declined, Waitlisted, Active, Cancelled, Completed,
            ]),
        ),
        ("rounds-stage-with-panel", count(&[InReview])),
        ("rounds-stage-funded", count(&[Awarded, Active, Completed])),
        ("rounds-stage-not-funded", count(&[Declined, Ineligible])),
    ])
}
