//! What is waiting for a programme's lead, for the front door (`/dashboard`): bids to screen,
//! bids short of reviews, bids to decide, offers not yet answered, end-of-grant reports due or
//! late, and the round closing next. Counts only; each links to where the work is done.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::bids::BidState;
use crate::db::DbConn;
use crate::db::schema::{awards, bids, grant_reports, programmes, reviews, rounds, tracker_items, tracker_views};
use crate::rounds::{Round, RoundStatus};

/// How soon before its due date a report counts as due.
pub const REPORT_DUE_WITHIN: Duration = Duration::days(30);

/// One programme's waiting work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeWork {
    pub programme_id: i64,
    pub programme_name: String,
    /// Sent bids not yet screened.
    pub to_screen: i64,
    /// Bids with the panel that have fewer reviews sent than their round's panel size.
    pub short_of_reviews: i64,
    /// Bids with the panel in rounds whose scoring has closed: the lead decides them.
    pub to_decide: i64,
    /// Offers the group has not yet accepted or turned down.
    pub offers_waiting: i64,
    /// Running grants whose report is due within [`REPORT_DUE_WITHIN`], and those past it.
    pub reports_due: i64,
    pub reports_late: i64,
    /// The open round closing next: its slug, name and closing time.
    pub next_closing: Option<(String, String, NaiveDateTime)>,
    /// Registered groups that have never sent the programme a bid (`outreach`): news, not work.
    pub never_applied: i64,
    /// Views given on the programme's tracker that no lead has answered yet.
    pub views_to_answer: i64,
    /// Instalments of running grants due by today and not yet paid.
    pub instalments_due: i64,
    /// Groups owed money whose bank details wait for a second check (or that a member said are
    /// not the group's): payments to them are held.
    pub bank_details_to_check: Vec<crate::bank_details::queries::Unconfirmed>,
}

impl ProgrammeWork {
    /// Whether anything waits at all (the round closing next is news, not work).
    pub fn is_empty(&self) -> bool {
        self.to_screen
            + self.short_of_reviews
            + self.to_decide
            + self.offers_waiting
            + self.reports_due
            + self.reports_late
            + self.views_to_answer
            + self.instalments_due
            == 0
            && self.bank_details_to_check.is_empty()
    }
}

/// The waiting work of each of `programme_ids`, in name order: everything but the round closing
/// next, which changes by the clock alone ([`with_next_closing`] adds it). What this answers
/// changes only with the database and the date, so the dashboard can keep it.
pub fn of_programmes(conn: &mut DbConn, programme_ids: &[i64], today: NaiveDate) -> QueryResult<Vec<ProgrammeWork>> {
    let names: Vec<(i64, String)> = programmes::table
        .filter(programmes::id.eq_any(programme_ids))
        .order(programmes::name.asc())
        .select((programmes::id, programmes::name))
        .load(conn)?;
    let mut work: Vec<ProgrammeWork> = names
        .into_iter()
        .map(|(programme_id, programme_name)| ProgrammeWork {
            programme_id,
            programme_name,
            ..ProgrammeWork::default()
        })
        .collect();
    let index: HashMap<i64, usize> = work.iter().enumerate().map(|(i, w)| (w.programme_id, i)).collect();

    // Bids by state, with their round's panel size and whether its scoring has closed.
    let open_bids: Vec<(i64, i64, String, i32, Option<NaiveDateTime>)> = bids::table
        .inner_join(rounds::table)
        .filter(rounds::programme_id.eq_any(programme_ids))
        .filter(bids::state.eq_any([
            BidState::Submitted.as_str(),
            BidState::InReview.as_str(),
            BidState::Awarded.as_str(),
        ]))
        .select((bids::id, rounds::programme_id, bids::state, rounds::panel_size, rounds::panel_closed_at))
        .load(conn)?;
    // Reviews sent for the bids with the panel, counted in the database (a join, not a list of
    // every bid's id).
    let reviews_sent: HashMap<i64, i64> = reviews::table
        .inner_join(bids::table.inner_join(rounds::table))
        .filter(rounds::programme_id.eq_any(programme_ids))
        .filter(bids::state.eq(BidState::InReview.as_str()))
        .filter(reviews::submitted_at.is_not_null())
        .group_by(reviews::bid_id)
        .select((reviews::bid_id, count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    for (bid_id, programme_id, state, panel_size, panel_closed_at) in open_bids {
        let Some(&i) = index.get(&programme_id) else { continue };
        match BidState::parse(&state) {
            Some(BidState::Submitted) => work[i].to_screen += 1,
            Some(BidState::InReview) if panel_closed_at.is_some() => work[i].to_decide += 1,
            Some(BidState::InReview) if reviews_sent.get(&bid_id).copied().unwrap_or(0) < i64::from(panel_size) => {
                work[i].short_of_reviews += 1;
            }
            Some(BidState::Awarded) => work[i].offers_waiting += 1,
            _ => {}
        }
    }

    // Running grants with a report due and none sent.
    let reports: Vec<(i64, NaiveDate)> = awards::table
        .inner_join(bids::table.inner_join(rounds::table))
        .left_join(grant_reports::table.on(grant_reports::bid_id.eq(bids::id)))
        .filter(rounds::programme_id.eq_any(programme_ids))
        .filter(bids::state.eq(BidState::Active.as_str()))
        .filter(grant_reports::id.is_null())
        .filter(awards::report_due_on.is_not_null())
        .select((rounds::programme_id, awards::report_due_on.assume_not_null()))
        .load(conn)?;
    for (programme_id, due_on) in reports {
        let Some(&i) = index.get(&programme_id) else { continue };
        if due_on < today {
            work[i].reports_late += 1;
        } else if due_on <= today + REPORT_DUE_WITHIN {
            work[i].reports_due += 1;
        }
    }

    let unanswered: Vec<(i64, i64)> = tracker_views::table
        .inner_join(tracker_items::table)
        .filter(tracker_items::programme_id.eq_any(programme_ids))
        .filter(tracker_views::answer.eq(""))
        .group_by(tracker_items::programme_id)
        .select((tracker_items::programme_id, count_star()))
        .load(conn)?;
    for (programme_id, count) in unanswered {
        if let Some(&i) = index.get(&programme_id) {
            work[i].views_to_answer = count;
        }
    }
    for programme in &mut work {
        programme.never_applied = crate::outreach::queries::count_missing(conn, programme.programme_id)?;
    }
    for (programme_id, count) in instalments_due(conn, programme_ids, today)? {
        if let Some(&i) = index.get(&programme_id) {
            work[i].instalments_due = count;
        }
    }
    for unconfirmed in crate::bank_details::queries::unconfirmed_in(conn, programme_ids)? {
        if let Some(&i) = index.get(&unconfirmed.programme_id) {
            work[i].bank_details_to_check.push(unconfirmed);
        }
    }
    Ok(work)
}

/// Each programme's work with its open round closing next, from `rounds` (open and upcoming,
/// read at `now`): open as `Round::status` says, as everywhere.
pub fn with_next_closing(work: &[ProgrammeWork], rounds: &[Round], now: NaiveDateTime) -> Vec<ProgrammeWork> {
    let mut work = work.to_vec();
    for programme in &mut work {
        programme.next_closing = rounds
            .iter()
            .filter(|round| round.programme_id == programme.programme_id && round.status(now) == RoundStatus::Open)
            .min_by_key(|round| round.closes_at)
            .map(|round| (round.slug.clone(), round.name.clone(), round.closes_at));
    }
    work
}

/// How many instalments of running grants in each programme are due by `today` and not yet
/// paid (payments cover an award's instalments in due order: `grants::instalments::covered`).
fn instalments_due(conn: &mut DbConn, programme_ids: &[i64], today: NaiveDate) -> QueryResult<HashMap<i64, i64>> {
    use crate::db::schema::{award_instalments, payments};
    use crate::grants::instalments::{Covered, Instalment, covered};
    let running: Vec<(i64, Instalment)> = award_instalments::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(rounds::table)))
        .filter(rounds::programme_id.eq_any(programme_ids))
        .filter(bids::state.eq(BidState::Active.as_str()))
        .select((rounds::programme_id, Instalment::as_select()))
        .load(conn)?;
    if running.is_empty() {
        return Ok(HashMap::new());
    }
    // Payments summed here, not in SQL: a sum of BIGINT is NUMERIC on PostgreSQL.
    let mut paid: HashMap<i64, i64> = HashMap::new();
    let amounts: Vec<(i64, i64)> = payments::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(rounds::table)))
        .filter(rounds::programme_id.eq_any(programme_ids))
        .filter(bids::state.eq(BidState::Active.as_str()))
        .select((payments::award_id, payments::amount_pence))
        .load(conn)?;
    for (award_id, amount) in amounts {
        *paid.entry(award_id).or_default() += amount;
    }
    let mut by_award: HashMap<i64, (i64, Vec<Instalment>)> = HashMap::new();
    for (programme_id, instalment) in running {
        by_award.entry(instalment.award_id).or_insert_with(|| (programme_id, Vec::new())).1.push(instalment);
    }
    let mut due: HashMap<i64, i64> = HashMap::new();
    for (award_id, (programme_id, instalments)) in by_award {
        let paid = crate::money::Pence(paid.get(&award_id).copied().unwrap_or(0));
        let unpaid = covered(&instalments, paid)
            .into_iter()
            .filter(|(instalment, state)| instalment.due_on <= today && *state != Covered::Paid)
            .count() as i64;
        *due.entry(programme_id).or_default() += unpaid;
    }
    Ok(due)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    #[test]
    fn the_round_closing_next_is_the_open_one_that_closes_soonest_at_that_moment() {
        let kept = vec![
            ProgrammeWork { programme_id: 1, ..ProgrammeWork::default() },
            ProgrammeWork { programme_id: 2, ..ProgrammeWork::default() },
        ];
        let rounds = [
            Round::for_tests(1, "late", at(1, 9), at(20, 12)),
            Round::for_tests(1, "soon", at(1, 9), at(10, 12)),
            Round::for_tests(1, "not-yet-open", at(9, 9), at(9, 12)),
        ];
        let on_the_5th = with_next_closing(&kept, &rounds, at(5, 0));
        assert_eq!(on_the_5th[0].next_closing.as_ref().map(|(slug, ..)| slug.as_str()), Some("soon"));
        assert_eq!(on_the_5th[1].next_closing, None, "another programme's rounds are not its own");
        // The same kept counts, later: "soon" has closed by the clock alone.
        let on_the_15th = with_next_closing(&kept, &rounds, at(15, 0));
        assert_eq!(on_the_15th[0].next_closing.as_ref().map(|(slug, ..)| slug.as_str()), Some("late"));
    }
}
