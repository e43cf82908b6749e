//! Reading assignments, reviews and the ranking's totals.

use std::collections::HashMap;

use diesel::dsl::{count_star, max, min, sql};
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use super::model::{Assignment, Review, Score};
use super::ranking::{CriterionTotals, RankedBid};
use crate::accounts::Person;
use crate::bids::BidState;
use crate::db::DbConn;
use crate::db::schema::{
    bid_sent_profiles, bids, community_groups, panel_assignments, people, review_scores, reviews, rounds,
};
use crate::money::Pence;

/// Bids per page of a panel member's queue.
pub const QUEUE_PAGE_SIZE: usize = 50;

pub fn assignment(conn: &mut DbConn, bid_id: i64, member_id: i64) -> QueryResult<Option<Assignment>> {
    panel_assignments::table
        .filter(panel_assignments::bid_id.eq(bid_id))
        .filter(panel_assignments::panel_member_id.eq(member_id))
        .select(Assignment::as_select())
        .first(conn)
        .optional()
}

/// Everyone assigned to the bid (conflicted ones too), by name.
pub fn assignments_of_bid(conn: &mut DbConn, bid_id: i64) -> QueryResult<Vec<(Assignment, Person)>> {
    panel_assignments::table
        .inner_join(people::table.on(people::id.eq(panel_assignments::panel_member_id)))
        .filter(panel_assignments::bid_id.eq(bid_id))
        .order(people::name.asc())
        .select((Assignment::as_select(), Person::as_select()))
        .load(conn)
}

/// Every assignment in the round, for the assignment algorithm and the lead's overview.
pub fn assignments_of_round(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<Assignment>> {
    panel_assignments::table
        .inner_join(bids::table)
        .filter(bids::round_id.eq(round_id))
        .select(Assignment::as_select())
        .load(conn)
}

/// The round's bids on which a panel member has declared a conflict of interest (each once).
pub fn bids_with_a_conflict(conn: &mut DbConn, round_id: i64) -> QueryResult<std::collections::HashSet<i64>> {
    let ids: Vec<i64> = panel_assignments::table
        .inner_join(bids::table)
        .filter(bids::round_id.eq(round_id))
        .filter(panel_assignments::conflict_declared_at.is_not_null())
        .select(panel_assignments::bid_id)
        .distinct()
        .load(conn)?;
    Ok(ids.into_iter().collect())
}

/// One line of a panel member's queue: what identifies the bid, and their own review.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub bid_id: i64,
    pub title: String,
    pub reference: Option<String>,
    pub group_name: String,
    pub round_name: String,
    /// Their review, if they have started one, and when they submitted it.
    pub review_id: Option<i64>,
    pub submitted_at: Option<chrono::NaiveDateTime>,
    /// What came of the bid: its state, and the amount offered if it was funded. A panel
    /// member sees the outcome of every bid they scored, so their unpaid hours have an end.
    pub state: BidState,
    pub awarded: Option<Pence>,
    /// The lead's reason, where the decision departed from the ranking (shown to the panel).
    pub departure: Option<Departure>,
}

/// A decision that departed from the ranking, as the round's panel reads it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Departure {
    pub bid_id: i64,
    pub reference: Option<String>,
    pub title: String,
    pub round_name: String,
    /// `award`, `decline` or `waitlist`.
    pub decision: String,
    /// `below_line` or `above_line`.
    pub position: String,
    pub reason: String,
    pub decided_at: chrono::NaiveDateTime,
}

/// Every decision that departed from the ranking in the rounds where `member_id` was given bids
/// to score (in the programmes where they still sit on the panel), newest first: the whole
/// round's panel sees them, not only the members who scored that bid.
pub fn departures_seen_by(conn: &mut DbConn, member_id: i64, programmes: &[i64]) -> QueryResult<Vec<Departure>> {
    use crate::db::schema::decision_reasons;
    let round_ids: Vec<i64> = panel_assignments::table
        .inner_join(bids::table.inner_join(rounds::table))
        .filter(panel_assignments::panel_member_id.eq(member_id))
        .filter(rounds::programme_id.eq_any(programmes))
        .select(bids::round_id)
        .distinct()
        .load(conn)?;
    let bid_ids: Vec<i64> = decision_reasons::table
        .inner_join(bids::table)
        .filter(bids::round_id.eq_any(&round_ids))
        .select(decision_reasons::bid_id)
        .load(conn)?;
    let mut departures = departures_of(conn, &bid_ids)?;
    departures.sort_by(|a, b| b.decided_at.cmp(&a.decided_at).then_with(|| a.reference.cmp(&b.reference)));
    Ok(departures)
}

impl QueueItem {
    pub fn is_submitted(&self) -> bool {
        self.submitted_at.is_some()
    }

    pub fn is_started(&self) -> bool {
        self.review_id.is_some()
    }
}

/// A page of a panel member's queue, with how many bids they have in all and have scored.
#[derive(Debug, Clone)]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    pub total: i64,
    pub done: i64,
}

/// Where one assigned bid sorts in a queue, with the member's own review of it.
#[derive(Debug, Clone, Queryable)]
pub struct QueuePlace {
    pub bid_id: i64,
    pub review_id: Option<i64>,
    pub submitted_at: Option<chrono::NaiveDateTime>,
}

/// A panel member's queue in the programmes where they still sit on the panel: bids assigned to
/// them without a conflict, those still to score first (newest round first), a page at a time.
pub fn queue(conn: &mut DbConn, member_id: i64, programmes: &[i64], offset: i64, limit: i64) -> QueryResult<QueuePage> {
    let places = queue_places(conn, member_id, programmes)?;
    queue_page(conn, &places, offset, limit)
}

/// Every bid in a member's queue, in queue order, by the few columns the order needs; it also
/// gives the counts. Titles and names are fetched for one page at a time by [`queue_page`]:
/// joining them for every row costs several times the row lookups for a member with 600 bids.
pub fn queue_places(conn: &mut DbConn, member_id: i64, programmes: &[i64]) -> QueryResult<Vec<QueuePlace>> {
    panel_assignments::table
        .inner_join(bids::table.inner_join(rounds::table))
        .left_join(
            reviews::table.on(reviews::bid_id.eq(panel_assignments::bid_id).and(reviews::reviewer_id.eq(member_id))),
        )
        .filter(panel_assignments::panel_member_id.eq(member_id))
        .filter(panel_assignments::conflict_declared_at.is_null())
        .filter(rounds::programme_id.eq_any(programmes))
        .order((reviews::submitted_at.is_not_null().asc(), rounds::closes_at.desc(), bids::reference.asc()))
        .select((bids::id, reviews::id.nullable(), reviews::submitted_at.nullable()))
        .load(conn)
}

/// What a member's queue and dashboard show that reads across all their assignments: the
/// queue in order (sorted across rounds and programmes), their deadlines, and the departures
/// from the ranking in their rounds.
#[derive(Debug, Clone)]
pub struct PanelWork {
    pub places: Vec<QueuePlace>,
    pub deadlines: Vec<super::deadline::PanelDeadline>,
    pub departures: Vec<Departure>,
}

pub fn panel_work(conn: &mut DbConn, member_id: i64, programmes: &[i64]) -> QueryResult<PanelWork> {
    Ok(PanelWork {
        places: queue_places(conn, member_id, programmes)?,
        deadlines: super::deadline::of_member(conn, member_id, programmes)?,
        departures: departures_seen_by(conn, member_id, programmes)?,
    })
}

/// One page of a queue: `limit` places from `offset`, with their titles and names.
pub fn queue_page(conn: &mut DbConn, places: &[QueuePlace], offset: i64, limit: i64) -> QueryResult<QueuePage> {
    let total = places.len() as i64;
    let done = places.iter().filter(|place| place.submitted_at.is_some()).count() as i64;
    let on_page: Vec<&QueuePlace> = places.iter().skip(offset.max(0) as usize).take(limit.max(0) as usize).collect();
    let ids: Vec<i64> = on_page.iter().map(|place| place.bid_id).collect();
    let mut named: HashMap<i64, (String, Option<String>, String, String, String)> = bids::table
        .inner_join(rounds::table)
        .inner_join(community_groups::table)
        .filter(bids::id.eq_any(&ids))
        .select((bids::id, (bids::title, bids::reference, community_groups::name, rounds::name, bids::state)))
        .load::<(i64, (String, Option<String>, String, String, String))>(conn)?
        .into_iter()
        .collect();
    let awarded: HashMap<i64, i64> = crate::db::schema::awards::table
        .filter(crate::db::schema::awards::bid_id.eq_any(&ids))
        .select((crate::db::schema::awards::bid_id, crate::db::schema::awards::amount_pence))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    let mut departures: HashMap<i64, Departure> =
        departures_of(conn, &ids)?.into_iter().map(|d| (d.bid_id, d)).collect();
    let items = on_page
        .into_iter()
        .filter_map(|place| {
            let (title, reference, group_name, round_name, state) = named.remove(&place.bid_id)?;
            Some(QueueItem {
                bid_id: place.bid_id,
                title,
                reference,
                group_name,
                round_name,
                review_id: place.review_id,
                submitted_at: place.submitted_at,
                state: BidState::parse(&state)?,
                awarded: awarded.get(&place.bid_id).copied().map(Pence),
                departure: departures.remove(&place.bid_id),
            })
        })
        .collect();
    Ok(QueuePage { items, total, done })
}

/// The departures from the ranking among these bids.
fn departures_of(conn: &mut DbConn, bid_ids: &[i64]) -> QueryResult<Vec<Departure>> {
    use crate::db::schema::decision_reasons;
    decision_reasons::table
        .inner_join(bids::table.inner_join(rounds::table))
        .filter(decision_reasons::bid_id.eq_any(bid_ids))
        .select((
            bids::id,
            bids::reference,
            bids::title,
            rounds::name,
            decision_reasons::decision,
            decision_reasons::position,
            decision_reasons::reason,
            decision_reasons::decided_at,
        ))
        .load(conn)
}

/// A person's review of a bid with its scores.
pub fn review_of(conn: &mut DbConn, bid_id: i64, reviewer_id: i64) -> QueryResult<Option<(Review, Vec<Score>)>> {
    let review: Option<Review> = reviews::table
        .filter(reviews::bid_id.eq(bid_id))
        .filter(reviews::reviewer_id.eq(reviewer_id))
        .select(Review::as_select())
        .first(conn)
        .optional()?;
    match review {
        Some(review) => {
            let scores = review_scores::table
                .filter(review_scores::review_id.eq(review.id))
                .select(Score::as_select())
                .load(conn)?;
            Ok(Some((review, scores)))
        }
        None => Ok(None),
    }
}

/// The submitted reviews of a bid, with reviewers' names and whether they bring lived
/// experience, excluding any by members who declared a conflict.
pub fn submitted_reviews(conn: &mut DbConn, bid_id: i64) -> QueryResult<Vec<(Review, String, Vec<Score>)>> {
    let rows: Vec<(Review, String)> = reviews::table
        .inner_join(people::table.on(people::id.eq(reviews::reviewer_id)))
        .filter(reviews::bid_id.eq(bid_id))
        .filter(reviews::submitted_at.is_not_null())
        .order(reviews::submitted_at.asc())
        .select((Review::as_select(), people::name))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(review, _)| review.id).collect();
    let scores: Vec<Score> =
        review_scores::table.filter(review_scores::review_id.eq_any(&ids)).select(Score::as_select()).load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(review, name)| {
            let mine = scores.iter().filter(|s| s.review_id == review.id).cloned().collect();
            (review, name, mine)
        })
        .collect())
}

/// States whose bids appear in the ranking.
pub const RANKED_STATES: [BidState; 6] = [
    BidState::InReview,
    BidState::Waitlisted,
    BidState::Awarded,
    BidState::Declined,
    BidState::Active,
    BidState::Completed,
];

#[derive(Queryable)]
struct RankedRow {
    bid_id: i64,
    reference: Option<String>,
    title: String,
    group_name: String,
    amount: Option<i64>,
    state: String,
    leadership_codes: Option<String>,
}

/// The round's bids the ranking shows, each with who leads its group as kept when it was sent.
pub fn ranked_bids(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<RankedBid>> {
    let states: Vec<&str> = RANKED_STATES.iter().map(|s| s.as_str()).collect();
    let rows: Vec<RankedRow> = bids::table
        .inner_join(community_groups::table)
        .left_join(bid_sent_profiles::table)
        .filter(bids::round_id.eq(round_id))
        .filter(bids::state.eq_any(states))
        .select((
            bids::id,
            bids::reference,
            bids::title,
            community_groups::name,
            bids::amount_requested_pence,
            bids::state,
            bid_sent_profiles::leadership_codes.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| RankedBid {
            bid_id: row.bid_id,
            reference: row.reference.unwrap_or_default(),
            title: row.title,
            group_name: row.group_name,
            requested: crate::money::Pence(row.amount.unwrap_or(0)),
            state: row.state,
            leadership: crate::groups::model::split_codes(&row.leadership_codes.unwrap_or_default())
                .into_iter()
                .map(str::to_string)
                .collect(),
        })
        .collect())
}

/// Per bid and criterion: the sum, count, lowest and highest score of submitted reviews,
/// added up by the database.
#[derive(Queryable)]
struct TotalsRow {
    bid_id: i64,
    criterion_id: i64,
    sum: i64,
    count: i64,
    low: Option<i32>,
    high: Option<i32>,
}

pub fn ranking_totals(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<CriterionTotals>> {
    let rows: Vec<TotalsRow> = review_scores::table
        .inner_join(reviews::table.inner_join(bids::table))
        .filter(bids::round_id.eq(round_id))
        .filter(reviews::submitted_at.is_not_null())
        .group_by((reviews::bid_id, review_scores::criterion_id))
        .select((
            reviews::bid_id,
            review_scores::criterion_id,
            sql::<BigInt>("CAST(SUM(review_scores.score) AS BIGINT)"),
            count_star(),
            min(review_scores::score),
            max(review_scores::score),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| CriterionTotals {
            bid_id: row.bid_id,
            criterion_id: row.criterion_id,
            sum: row.sum,
            count: row.count,
            min: row.low.unwrap_or(0),
            max: row.high.unwrap_or(0),
        })
        .collect())
}

/// Per bid: how many submitted reviews recommend each thing.
pub fn recommendation_counts(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<(i64, String, i64)>> {
    let rows: Vec<(i64, Option<String>, i64)> = reviews::table
        .inner_join(bids::table)
        .filter(bids::round_id.eq(round_id))
        .filter(reviews::submitted_at.is_not_null())
        .group_by((reviews::bid_id, reviews::recommendation))
        .select((reviews::bid_id, reviews::recommendation, count_star()))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(bid, recommendation, count)| Some((bid, recommendation?, count))).collect())
}

/// Assigned (without conflict) and submitted review counts per bid of a round.
pub fn review_progress(conn: &mut DbConn, round_id: i64) -> QueryResult<HashMap<i64, (i64, i64)>> {
    let assigned: Vec<(i64, i64)> = panel_assignments::table
        .inner_join(bids::table)
        .filter(bids::round_id.eq(round_id))
        .filter(panel_assignments::conflict_declared_at.is_null())
        .group_by(panel_assignments::bid_id)
        .select((panel_assignments::bid_id, count_star()))
        .load(conn)?;
    let submitted: Vec<(i64, i64)> = reviews::table
        .inner_join(bids::table)
        .filter(bids::round_id.eq(round_id))
        .filter(reviews::submitted_at.is_not_null())
        .group_by(reviews::bid_id)
        .select((reviews::bid_id, count_star()))
        .load(conn)?;
    let mut progress: HashMap<i64, (i64, i64)> = assigned.into_iter().map(|(bid, n)| (bid, (n, 0))).collect();
    for (bid, n) in submitted {
        progress.entry(bid).or_insert((0, 0)).1 = n;
    }
    Ok(progress)
}

/// Reviews assigned in the round (conflicts aside) that have not been sent: what closing the
/// panel's scoring would leave uncounted.
pub fn unfinished_reviews(conn: &mut DbConn, round_id: i64) -> QueryResult<i64> {
    use crate::db::schema::{bids, panel_assignments, reviews};
    let assigned: i64 = panel_assignments::table
        .inner_join(bids::table.on(bids::id.eq(panel_assignments::bid_id)))
        .filter(bids::round_id.eq(round_id))
        .filter(panel_assignments::conflict_declared_at.is_null())
        .count()
        .get_result(conn)?;
    let sent: i64 = reviews::table
        .inner_join(bids::table.on(bids::id.eq(reviews::bid_id)))
        .inner_join(
            panel_assignments::table.on(panel_assignments::bid_id
                .eq(reviews::bid_id)
                .and(panel_assignments::panel_member_id.eq(reviews::reviewer_id))),
        )
        .filter(bids::round_id.eq(round_id))
        .filter(panel_assignments::conflict_declared_at.is_null())
        .filter(reviews::submitted_at.is_not_null())
        .count()
        .get_result(conn)?;
    Ok((assigned - sent).max(0))
}
