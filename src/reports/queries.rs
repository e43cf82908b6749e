//! Reading what the reports need, in a few set-based queries (never one per bid).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::equity::{Answer, AreaServed, BidFacts, Stage};
use super::pot::{self, DayFigures, Forecast, MonthFigures, Movement, RoundPosition};
use crate::bids::BidState;
use crate::db::DbConn;
use crate::db::schema::{awards, bid_areas, bids, ledger_entries, payments, programme_areas, rounds};
use crate::funds::queries::{self as funds, Pot};
use crate::funds::{Balances, EntryKind};
use crate::groups::GroupKind;
use crate::groups::rules::EqualityStatus;
use crate::money::Pence;
use crate::programmes::areas::free_text_key;
use crate::rounds::Round;

/// A round of the pot, for the report.
#[derive(Debug, Clone)]
pub struct RoundLine {
    pub round: Round,
    pub balances: Balances,
    /// Offers not yet accepted: how many, and how much.
    pub awaiting_count: i64,
    pub awaiting: Pence,
    /// Bids sent but not yet decided (being checked, with the panel, or waiting).
    pub undecided: i64,
    pub deciding: bool,
    /// Shares of its budget kept for groups led by a community, and what went to them.
    pub kept: Vec<crate::rounds::reservations::Standing>,
}

/// Everything the pot report shows.
#[derive(Debug, Clone)]
pub struct PotReport {
    pub balances: Balances,
    pub rounds: Vec<RoundLine>,
    pub months: Vec<MonthFigures>,
    /// The days money moved, for the chart's steps.
    pub steps: Vec<DayFigures>,
    /// The day of the year (0 is 1 April) the report was made, or `None` once the year is over:
    /// the chart leaves the days after it unfilled.
    pub today: Option<u32>,
    pub forecast: Forecast,
    /// Help-to-apply costs paid straight from the pot (`EntryKind::HelpToApply`), oldest first:
    /// their own lines, apart from the rounds. Payments from the involvement budget are never
    /// here: they are not the pot's money.
    pub help_to_apply: Vec<funds::LedgerEntry>,
}

impl PotReport {
    pub fn awaiting_acceptance(&self) -> (i64, Pence) {
        (self.rounds.iter().map(|r| r.awaiting_count).sum(), self.rounds.iter().map(|r| r.awaiting).sum())
    }
}

const UNDECIDED: [BidState; 4] = [BidState::Submitted, BidState::Returned, BidState::InReview, BidState::Waitlisted];

pub fn pot_report(conn: &mut DbConn, pot: &Pot, now: NaiveDateTime) -> QueryResult<PotReport> {
    let balances = funds::pot_balances(conn, pot.id)?;
    let list = crate::rounds::queries::of_pot(conn, pot.id)?;
    let ids: Vec<i64> = list.iter().map(|r| r.id).collect();
    let mut budgets = funds::rounds_balances(conn, &ids)?;
    let undecided: Vec<(i64, i64)> = bids::table
        .filter(bids::round_id.eq_any(&ids))
        .filter(bids::state.eq_any(UNDECIDED.map(BidState::as_str)))
        .group_by(bids::round_id)
        .select((bids::round_id, diesel::dsl::count_star()))
        .load(conn)?;
    let awaiting: Vec<(i64, i64)> = awards::table
        .inner_join(bids::table)
        .filter(bids::round_id.eq_any(&ids))
        .filter(bids::state.eq(BidState::Awarded.as_str()))
        .select((bids::round_id, awards::amount_pence))
        .load(conn)?;
    let mut rounds: Vec<RoundLine> = list
        .into_iter()
        .map(|round| {
            let undecided = undecided.iter().find(|(id, _)| *id == round.id).map_or(0, |(_, n)| *n);
            let offers: Vec<i64> = awaiting.iter().filter(|(id, _)| *id == round.id).map(|(_, a)| *a).collect();
            RoundLine {
                balances: budgets.remove(&round.id).unwrap_or_default(),
                awaiting_count: offers.len() as i64,
                awaiting: Pence(offers.iter().sum()),
                deciding: round.status(now).is_not_closed() || undecided > 0,
                undecided,
                round,
                kept: Vec::new(),
            }
        })
        .collect();
    for line in &mut rounds {
        line.kept = crate::rounds::reservations::standings(conn, line.round.id)?;
    }
    let positions: Vec<RoundPosition> = rounds
        .iter()
        .map(|line| RoundPosition {
            budget: line.balances.assigned,
            committed: line.balances.committed,
            awaiting_acceptance: line.awaiting,
            deciding: line.deciding,
        })
        .collect();
    let movements = movements(conn, pot.id)?;
    let months = pot::monthly_position(pot.year(), &movements, now);
    let steps = pot::daily_steps(pot.year(), &movements);
    let today = pot::today_in(pot.year(), now);
    let help_to_apply = ledger_entries::table
        .filter(ledger_entries::pot_id.eq(pot.id))
        .filter(ledger_entries::kind.eq(EntryKind::HelpToApply.as_str()))
        .order(ledger_entries::id.asc())
        .select(funds::LedgerEntry::as_select())
        .load(conn)?;
    Ok(PotReport {
        forecast: pot::forecast(&balances, &positions),
        balances,
        rounds,
        months,
        steps,
        today,
        help_to_apply,
    })
}

/// The pot's movements that change allocation, commitments or payments, oldest first.
fn movements(conn: &mut DbConn, pot_id: i64) -> QueryResult<Vec<Movement>> {
    let rows: Vec<(NaiveDateTime, String, i64)> = ledger_entries::table
        .filter(ledger_entries::pot_id.eq(pot_id))
        .filter(
            ledger_entries::kind
                .ne_all([EntryKind::AssignToRound, EntryKind::UnassignFromRound].map(EntryKind::as_str)),
        )
        .order(ledger_entries::id.asc())
        .select((ledger_entries::created_at, ledger_entries::kind, ledger_entries::amount_pence))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(at, kind, amount)| Some((at, EntryKind::parse(&kind)?, Pence(amount)))).collect())
}

/// A sent bid as the equity report reads it: id, round, group, state, amount asked, when first
/// sent.
type SentBid = (i64, i64, i64, String, Option<i64>, NaiveDateTime, (String, String));

/// The facts for every bid sent to the programme (or to one of its rounds). Only bids that
/// were sent count, at every stage: a draft withdrawn before it was sent never applied. The
/// group's kind, area and equality answers are those kept with the bid when it was sent
/// (`bids::sent_profile`), not the group's today.
pub fn equity_facts(conn: &mut DbConn, programme_id: i64, round_id: Option<i64>) -> QueryResult<Vec<BidFacts>> {
    let sent: Vec<SentBid> = bids::table
        .inner_join(rounds::table)
        .filter(rounds::programme_id.eq(programme_id))
        .filter(bids::submitted_at.is_not_null())
        .select((
            bids::id,
            bids::round_id,
            bids::group_id,
            bids::state,
            bids::amount_requested_pence,
            bids::submitted_at.assume_not_null(),
            (bids::language, bids::language_other),
        ))
        .load(conn)?;
    let profiles = crate::bids::sent_profile::of_programme(conn, programme_id)?;
    let places = Places::of_programme(conn, programme_id)?;
    let awarded: HashMap<i64, (i64, i64)> = awards::table
        .inner_join(bids::table.inner_join(rounds::table))
        .filter(rounds::programme_id.eq(programme_id))
        .select((awards::bid_id, (awards::id, awards::amount_pence)))
        .load::<(i64, (i64, i64))>(conn)?
        .into_iter()
        .collect();
    let mut paid: HashMap<i64, i64> = HashMap::new();
    let payment_rows: Vec<(i64, i64)> = payments::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(rounds::table)))
        .filter(rounds::programme_id.eq(programme_id))
        .select((payments::award_id, payments::amount_pence))
        .load(conn)?;
    for (award_id, amount) in payment_rows {
        *paid.entry(award_id).or_default() += amount;
    }
    // A group's first sent bid to the programme; later ones are "returning".
    let mut first_sent: HashMap<i64, (NaiveDateTime, i64)> = HashMap::new();
    for (id, _, group_id, _, _, submitted_at, _) in &sent {
        let key = (*submitted_at, *id);
        first_sent.entry(*group_id).and_modify(|first| *first = (*first).min(key)).or_insert(key);
    }
    Ok(sent
        .into_iter()
        .filter(|bid| round_id.is_none_or(|round| bid.1 == round))
        .map(|(id, _, group_id, state, requested, submitted_at, language)| {
            let (award_id, award_amount) = awarded.get(&id).copied().unzip();
            let paid = award_id.and_then(|award| paid.get(&award)).copied().unwrap_or(0);
            let profile = profiles.get(&id);
            BidFacts {
                bid_id: id,
                areas: places.served_by(id, profile.map_or("", |p| p.area.as_str())),
                kind: profile.and_then(|p| GroupKind::parse(&p.group_kind)).unwrap_or(GroupKind::Other).label_key(),
                language,
                leadership: answer(profile.map(|p| (&p.leadership_status, &p.leadership_codes))),
                beneficiaries: answer(profile.map(|p| (&p.beneficiaries_status, &p.beneficiaries_codes))),
                returning: first_sent.get(&group_id) != Some(&(submitted_at, id)),
                reached: stage(&state, award_amount.is_some(), paid > 0),
                requested: Pence(requested.unwrap_or(0)),
                awarded: Pence(award_amount.unwrap_or(0)),
                paid: Pence(paid),
            }
        })
        .collect())
}

/// What the equity report needs to place a programme's bids: its areas by id, the areas each
/// bid ticked, the bids that serve somewhere else, and the lead's mappings of typed areas.
struct Places {
    names: HashMap<i64, String>,
    ticked: HashMap<i64, Vec<i64>>,
    elsewhere: HashSet<i64>,
    mapped: HashMap<String, i64>,
}

impl Places {
    fn of_programme(conn: &mut DbConn, programme_id: i64) -> QueryResult<Places> {
        let areas = crate::programmes::queries::areas_of(conn, programme_id)?;
        let names: HashMap<i64, String> = areas.into_iter().map(|area| (area.id, area.name)).collect();
        let mut ticked: HashMap<i64, Vec<i64>> = HashMap::new();
        let rows: Vec<(i64, i64)> = bid_areas::table
            .inner_join(programme_areas::table)
            .filter(programme_areas::programme_id.eq(programme_id))
            .order((bid_areas::bid_id.asc(), programme_areas::name.asc()))
            .select((bid_areas::bid_id, bid_areas::area_id))
            .load(conn)?;
        for (bid_id, area_id) in rows {
            ticked.entry(bid_id).or_default().push(area_id);
        }
        let elsewhere: HashSet<i64> = bids::table
            .inner_join(rounds::table)
            .filter(rounds::programme_id.eq(programme_id))
            .filter(bids::serves_elsewhere.eq(true))
            .select(bids::id)
            .load::<i64>(conn)?
            .into_iter()
            .collect();
        let mapped = crate::programmes::queries::area_mappings_of(conn, programme_id)?;
        Ok(Places { names, ticked, elsewhere, mapped })
    }

    /// Where a bid serves: the areas it ticked (and "somewhere else"); else the area its group
    /// typed, mapped by the lead or as typed.
    fn served_by(&self, bid_id: i64, typed: &str) -> Vec<AreaServed> {
        let mut served: Vec<AreaServed> = self
            .ticked
            .get(&bid_id)
            .into_iter()
            .flatten()
            .filter_map(|area_id| self.names.get(area_id))
            .map(|name| AreaServed::Listed(name.clone()))
            .collect();
        if self.elsewhere.contains(&bid_id) {
            served.push(AreaServed::Elsewhere);
        }
        if !served.is_empty() {
            return served;
        }
        if self.names.is_empty() {
            return vec![AreaServed::Typed(typed.to_string())];
        }
        match self.mapped.get(&free_text_key(typed)).and_then(|area_id| self.names.get(area_id)) {
            Some(name) => vec![AreaServed::Listed(name.clone())],
            None => vec![AreaServed::Unlisted(typed.to_string())],
        }
    }
}

fn answer(stored: Option<(&String, &String)>) -> Answer {
    let Some((status, codes)) = stored else { return Answer::NotAnswered };
    match EqualityStatus::parse(status) {
        Some(EqualityStatus::PreferNotToSay) => Answer::PreferNotToSay,
        Some(EqualityStatus::General) => Answer::General,
        Some(EqualityStatus::Answered) => {
            Answer::Codes(codes.split(',').map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect())
        }
        None => Answer::NotAnswered,
    }
}

/// How far a bid got, from its state and whether an award and payments exist.
fn stage(state: &str, has_award: bool, has_payment: bool) -> Stage {
    let reviewed = matches!(
        BidState::parse(state),
        Some(
            BidState::InReview
                | BidState::Declined
                | BidState::Waitlisted
                | BidState::Awarded
                | BidState::Active
                | BidState::Completed
        )
    );
    if has_payment {
        Stage::Paid
    } else if has_award {
        Stage::Awarded
    } else if reviewed {
        Stage::InReview
    } else {
        Stage::Applied
    }
}
