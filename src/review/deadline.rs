//! The panel's deadline: the date a round's reviews are due by (`rounds.panel_due_on`), shown
//! to each panel member with what they still have to send, and the one reminder email 3 days
//! before (London dates) to those who still have reviews to send. The reminder goes once per
//! deadline: `rounds.panel_reminder_sent_at` is set in the transaction that queues the emails,
//! only while still empty (moving the deadline to another day empties it, see
//! `rounds::actions::update_round`).

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::accounts::Person;
use crate::bids::BidState;
use crate::db::schema::{bids, panel_assignments, people, reviews, rounds};
use crate::db::{DbConn, write_transaction};
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;

/// How many days before the deadline the reminder goes.
pub const REMIND_DAYS_BEFORE: i64 = 3;

/// Whether the reminder is due on `today` for reviews due on `due`: from 3 days before up to
/// the day itself (a deadline set later than that, or already past, gets no reminder: the
/// member sees it on their pages).
pub fn reminder_due(due: NaiveDate, today: NaiveDate) -> bool {
    let days_left = (due - today).num_days();
    (0..=REMIND_DAYS_BEFORE).contains(&days_left)
}

/// Calendar days from today (London) to `due`: 0 today, 1 tomorrow, negative once past.
pub fn days_left(due: NaiveDate, now: NaiveDateTime) -> i64 {
    (due - crate::time::in_london(now).date_naive()).num_days()
}

/// A round with a deadline where a panel member still has reviews to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelDeadline {
    pub round_id: i64,
    pub round_name: String,
    pub due_on: NaiveDate,
    /// Reviews assigned to the member (no conflict declared) for bids still with the panel,
    /// not yet sent.
    pub to_send: i64,
}

/// Assignments with a review still to send: the member has not declared a conflict, the bid is
/// with the panel, the round has a deadline and its scoring is not closed.
macro_rules! unsent_assignments {
    () => {
        panel_assignments::table
            .inner_join(bids::table.inner_join(rounds::table))
            .left_join(
                reviews::table.on(reviews::bid_id
                    .eq(panel_assignments::bid_id)
                    .and(reviews::reviewer_id.eq(panel_assignments::panel_member_id))),
            )
            .filter(panel_assignments::conflict_declared_at.is_null())
            .filter(bids::state.eq(BidState::InReview.as_str()))
            .filter(rounds::panel_due_on.is_not_null())
            .filter(rounds::panel_closed_at.is_null())
            .filter(reviews::submitted_at.is_null())
    };
}

/// The member's deadlines in the programmes where they sit on the panel, soonest first.
pub fn of_member(conn: &mut DbConn, member_id: i64, programmes: &[i64]) -> QueryResult<Vec<PanelDeadline>> {
    let rows: Vec<(i64, String, NaiveDate)> = unsent_assignments!()
        .filter(panel_assignments::panel_member_id.eq(member_id))
        .filter(rounds::programme_id.eq_any(programmes))
        .select((rounds::id, rounds::name, rounds::panel_due_on.assume_not_null()))
        .load(conn)?;
    let mut by_round: BTreeMap<(NaiveDate, i64), PanelDeadline> = BTreeMap::new();
    for (round_id, round_name, due_on) in rows {
        by_round
            .entry((due_on, round_id))
            .or_insert(PanelDeadline { round_id, round_name, due_on, to_send: 0 })
            .to_send += 1;
    }
    Ok(by_round.into_values().collect())
}

/// The round's panel members with reviews still to send, and how many each.
fn members_with_unsent(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<(Person, i64)>> {
    let member_ids: Vec<i64> =
        unsent_assignments!().filter(rounds::id.eq(round_id)).select(panel_assignments::panel_member_id).load(conn)?;
    let mut counts: BTreeMap<i64, i64> = BTreeMap::new();
    for id in member_ids {
        *counts.entry(id).or_default() += 1;
    }
    let ids: Vec<i64> = counts.keys().copied().collect();
    let members: Vec<Person> = people::table.filter(people::id.eq_any(&ids)).select(Person::as_select()).load(conn)?;
    Ok(members
        .into_iter()
        .filter(|person| !person.is_disabled())
        .map(|person| {
            let count = counts.get(&person.id).copied().unwrap_or(0);
            (person, count)
        })
        .collect())
}

/// Queues the reminders due at `now`: for each round whose reviews are due within 3 days (and
/// not yet reminded), one email to each panel member with reviews still to send, saying how
/// many, the date and the link to `/panel`. Answers how many rounds were reminded.
pub fn send_panel_reminders(conn: &mut DbConn, links: &Links, now: NaiveDateTime) -> QueryResult<usize> {
    let today = crate::time::in_london(now).date_naive();
    let waiting: Vec<(i64, NaiveDate)> = rounds::table
        .filter(rounds::panel_due_on.is_not_null())
        .filter(rounds::panel_reminder_sent_at.is_null())
        .filter(rounds::panel_closed_at.is_null())
        .select((rounds::id, rounds::panel_due_on.assume_not_null()))
        .load(conn)?;
    let mut reminded = 0;
    for (round_id, due) in waiting.into_iter().filter(|(_, due)| reminder_due(*due, today)) {
        write_transaction(conn, |conn| {
            let claimed = diesel::update(
                rounds::table
                    .find(round_id)
                    .filter(rounds::panel_reminder_sent_at.is_null())
                    .filter(rounds::panel_due_on.eq(due)),
            )
            .set(rounds::panel_reminder_sent_at.eq(now))
            .execute(conn)?;
            if claimed != 1 {
                return Ok(());
            }
            let Some(round) = crate::rounds::queries::find(conn, round_id)? else { return Ok(()) };
            let team = crate::programmes::queries::team_of_round(conn, round_id, links.contact_email())?;
            for (member, count) in members_with_unsent(conn, round_id)? {
                outbox::enqueue(
                    conn,
                    &emails::panel_due_reminder(member.tr(), links, &team, &member, count, &round, due),
                    now,
                )?;
            }
            reminded += 1;
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    Ok(reminded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, day).unwrap()
    }

    #[test]
    fn the_reminder_goes_in_the_three_days_before_and_not_after() {
        let due = date(16);
        assert!(!reminder_due(due, date(12)), "4 days before: too early");
        assert!(reminder_due(due, date(13)), "3 days before");
        assert!(reminder_due(due, date(16)), "on the day, if it has not gone yet");
        assert!(!reminder_due(due, date(17)), "past: no reminder");
    }

    #[test]
    fn days_left_count_london_dates() {
        // 23:30 UTC on 15 January is still 15 January in London (GMT).
        let late = date(15).and_hms_opt(23, 30, 0).unwrap();
        assert_eq!(days_left(date(16), late), 1);
        // 23:30 UTC on 30 June is 1 July in London (BST).
        let summer = NaiveDate::from_ymd_opt(2027, 6, 30).unwrap().and_hms_opt(23, 30, 0).unwrap();
        assert_eq!(days_left(NaiveDate::from_ymd_opt(2027, 7, 1).unwrap(), summer), 0);
    }
}
