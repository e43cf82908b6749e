//! The round's ranking, from per-bid, per-criterion totals the database adds up: each
//! criterion's mean and spread, the weighted mean, a "discuss" flag where reviewers differ by
//! two or more, and the funding line. The bids still to decide come first and alone run against
//! the money left; the bids already decided follow. Pure: no database.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::i18n::Tr;
use crate::money::Pence;
use crate::rounds::Criterion;
use crate::rounds::reservations::{self, Reserve};

/// What the database answers for one bid and one criterion, over submitted reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CriterionTotals {
    pub bid_id: i64,
    pub criterion_id: i64,
    pub sum: i64,
    pub count: i64,
    pub min: i32,
    pub max: i32,
}

/// A bid as the ranking needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankedBid {
    pub bid_id: i64,
    pub reference: String,
    pub title: String,
    pub group_name: String,
    pub requested: Pence,
    pub state: String,
    /// Who leads the group, as it described itself when the bid was sent (DEI codes; empty if
    /// it did not say): what a reservation of the round's money counts by.
    pub leadership: Vec<String>,
}

/// One criterion's result for a bid.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CriterionResult {
    pub mean: f64,
    pub spread: i32,
}

/// One row of the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub bid: RankedBid,
    /// By criterion id, in the round's order.
    pub criteria: Vec<(i64, Option<CriterionResult>)>,
    pub weighted_mean: Option<f64>,
    pub reviews: i64,
    pub discuss: bool,
    /// Recommendations counted: fund, do not fund, discuss.
    pub recommendations: [i64; 3],
    /// For a bid still to decide: requested money of this and every higher-ranked bid still to
    /// decide. For a decided bid: that total for all the bids still to decide, plus the money
    /// committed to this and every higher-ranked decided bid, so it never goes down the table.
    pub running_total: Pence,
    /// This bid's running total is within the money left (always true for a decided bid: its
    /// money is already committed, or none is needed).
    pub within_budget: bool,
    /// The DEI code of the reservation whose money holds this bid within budget, where the
    /// money left for everyone else does not reach it (see `rounds::reservations`).
    pub reserved_for: Option<String>,
    /// `None` while the bid is still to decide; once decided, the money committed to it and not
    /// released (nothing for a decline).
    pub committed: Option<Pence>,
}

impl Row {
    /// A bid still to decide with fewer reviews sent than the round's panel size: its score
    /// may still move, so the ranking says so.
    pub fn short_of_reviews(&self, panel_size: i32) -> bool {
        self.committed.is_none() && self.reviews < i64::from(panel_size)
    }
}

/// How many of the bids above the funding line (every bid still to decide that the money
/// reaches, including those a reservation holds) are short of reviews.
pub fn short_above_line(to_decide: &[Row], panel_size: i32) -> usize {
    to_decide.iter().filter(|row| row.within_budget && row.short_of_reviews(panel_size)).count()
}

/// The round's ranking in two parts: the bids still to decide, whose requested money runs
/// against the money left (the funding line), and the bids already decided, listed after them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ranking {
    pub to_decide: Vec<Row>,
    pub decided: Vec<Row>,
}

/// Whether a bid in this state still waits for the lead's decision, and so counts against the
/// money left. Bids offered, funded, declined or completed are decided.
pub fn still_to_decide(state: &str) -> bool {
    matches!(state, "in_review" | "waitlisted")
}

/// How the ranking is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    Score,
    Amount,
    Reference,
    Spread,
}

impl SortBy {
    pub fn parse(text: &str) -> SortBy {
        match text {
            "amount" => SortBy::Amount,
            "reference" => SortBy::Reference,
            "spread" => SortBy::Spread,
            _ => SortBy::Score,
        }
    }

    /// The word in the address, the inverse of [`SortBy::parse`].
    pub fn key(self) -> &'static str {
        match self {
            SortBy::Score => "score",
            SortBy::Amount => "amount",
            SortBy::Reference => "reference",
            SortBy::Spread => "spread",
        }
    }
}

/// What the ranking draws its funding line against: the money left (the round's budget not yet
/// committed), and the round's reservations as (DEI code, share of the budget).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Money {
    pub left: Pence,
    pub reserved: Vec<(String, Pence)>,
}

/// Builds the round's ranking: the bids still to decide, ranked with their funding line against
/// the money left (less what reservations still hold back for the bids they count), then the
/// decided bids, whose running total carries on from there with the money `committed` to each
/// (by bid id). Both parts are shown in the `sort` order; running totals always follow the
/// score order.
pub fn rank_round(
    bids: Vec<RankedBid>,
    totals: &[CriterionTotals],
    recommendations: &[(i64, String, i64)],
    weights: &[(i64, i32)],
    money: &Money,
    committed: &BTreeMap<i64, Pence>,
    sort: SortBy,
) -> Ranking {
    let (open, decided): (Vec<_>, Vec<_>) = bids.into_iter().partition(|b| still_to_decide(&b.state));
    let awarded: Vec<(Vec<String>, Pence)> = decided
        .iter()
        .map(|b| (b.leadership.clone(), committed.get(&b.bid_id).copied().unwrap_or(Pence::ZERO)))
        .collect();
    let undecided: Vec<&[String]> = open.iter().map(|b| b.leadership.as_slice()).collect();
    let reserves = reservations::reserves_in_play(&money.reserved, &awarded, &undecided);
    let to_decide = rank(open, totals, recommendations, weights, money.left, &reserves, sort);
    let mut running: Pence = to_decide.iter().map(|row| row.bid.requested).sum();
    let mut decided = scored_rows(decided, totals, recommendations, weights);
    decided.sort_by(by_score);
    for row in &mut decided {
        let money = committed.get(&row.bid.bid_id).copied().unwrap_or(Pence::ZERO);
        running += money;
        row.running_total = running;
        row.within_budget = true;
        row.committed = Some(money);
    }
    sort_rows(&mut decided, sort);
    Ranking { to_decide, decided }
}

/// Ranks bids that all compete for `money_left`: running totals of the requested money in score
/// order, each marked whether it is within the money left. A bid that counts toward one of the
/// `reserves` is held within budget by that reserve while the reserve covers it whole; every
/// other bid runs against the money left less the reserves, so their funding line is one line.
/// The funding line always follows the score order, whatever the display order.
pub fn rank(
    bids: Vec<RankedBid>,
    totals: &[CriterionTotals],
    recommendations: &[(i64, String, i64)],
    weights: &[(i64, i32)],
    money_left: Pence,
    reserves: &[Reserve],
    sort: SortBy,
) -> Vec<Row> {
    let mut rows = scored_rows(bids, totals, recommendations, weights);
    rows.sort_by(by_score);
    let held_back: Pence = reserves.iter().map(|r| r.left).sum();
    let for_everyone = (money_left - held_back).max(Pence::ZERO);
    let mut reserve_used: Vec<Pence> = vec![Pence::ZERO; reserves.len()];
    let (mut running, mut running_for_everyone) = (Pence::ZERO, Pence::ZERO);
    for row in &mut rows {
        running += row.bid.requested;
        row.running_total = running;
        let reserve = reserves.iter().enumerate().find(|(index, reserve)| {
            reservations::led_by(&reserve.code, &row.bid.leadership)
                && reserve_used[*index] + row.bid.requested <= reserve.left
        });
        if let Some((index, reserve)) = reserve {
            reserve_used[index] += row.bid.requested;
            row.within_budget = true;
            row.reserved_for = Some(reserve.code.clone());
        } else {
            running_for_everyone += row.bid.requested;
            row.within_budget = running_for_everyone <= for_everyone;
        }
    }
    sort_rows(&mut rows, sort);
    rows
}

/// Each bid's means, spreads, weighted mean, discuss flag and recommendations, unsorted and
/// without running totals.
fn scored_rows(
    bids: Vec<RankedBid>,
    totals: &[CriterionTotals],
    recommendations: &[(i64, String, i64)],
    weights: &[(i64, i32)],
) -> Vec<Row> {
    let mut by_bid: BTreeMap<i64, Vec<&CriterionTotals>> = BTreeMap::new();
    for total in totals {
        by_bid.entry(total.bid_id).or_default().push(total);
    }
    // Counts of "fund", "do not fund" and "discuss" by bid, gathered once: looking them up
    // bid by bid in the whole list made a large round's ranking grow with the square of its bids.
    let mut recommended: BTreeMap<i64, [i64; 3]> = BTreeMap::new();
    for (bid_id, recommendation, count) in recommendations {
        let slot = match recommendation.as_str() {
            "fund" => 0,
            "do_not_fund" => 1,
            _ => 2,
        };
        recommended.entry(*bid_id).or_default()[slot] += count;
    }
    bids.into_iter()
        .map(|bid| {
            let mine = by_bid.get(&bid.bid_id).cloned().unwrap_or_default();
            let criteria: Vec<(i64, Option<CriterionResult>)> = weights
                .iter()
                .map(|(criterion, _)| {
                    let result = mine
                        .iter()
                        .find(|t| t.criterion_id == *criterion && t.count > 0)
                        .map(|t| CriterionResult { mean: t.sum as f64 / t.count as f64, spread: t.max - t.min });
                    (*criterion, result)
                })
                .collect();
            let weighted_mean = weighted(&criteria, weights);
            let reviews = mine.iter().map(|t| t.count).max().unwrap_or(0);
            let discuss = criteria.iter().any(|(_, r)| r.is_some_and(|r| r.spread >= 2));
            let counts = recommended.get(&bid.bid_id).copied().unwrap_or_default();
            Row {
                bid,
                criteria,
                weighted_mean,
                reviews,
                discuss,
                recommendations: counts,
                running_total: Pence::ZERO,
                within_budget: false,
                reserved_for: None,
                committed: None,
            }
        })
        .collect()
}

/// Puts rows in the display order (they arrive in score order).
fn sort_rows(rows: &mut [Row], sort: SortBy) {
    match sort {
        SortBy::Score => {}
        SortBy::Amount => rows.sort_by(|a, b| b.bid.requested.cmp(&a.bid.requested).then(by_score(a, b))),
        SortBy::Reference => rows.sort_by(|a, b| a.bid.reference.cmp(&b.bid.reference)),
        SortBy::Spread => rows.sort_by(|a, b| max_spread(b).cmp(&max_spread(a)).then(by_score(a, b))),
    }
}

fn weighted(criteria: &[(i64, Option<CriterionResult>)], weights: &[(i64, i32)]) -> Option<f64> {
    let mut total = 0.0;
    let mut weight_sum = 0.0;
    for ((_, result), (_, weight)) in criteria.iter().zip(weights) {
        let result = (*result)?;
        total += result.mean * f64::from(*weight);
        weight_sum += f64::from(*weight);
    }
    (weight_sum > 0.0).then(|| total / weight_sum)
}

/// Highest weighted mean first; unscored bids last; ties by reference.
fn by_score(a: &Row, b: &Row) -> Ordering {
    match (a.weighted_mean, b.weighted_mean) {
        (Some(x), Some(y)) => {
            y.partial_cmp(&x).unwrap_or(Ordering::Equal).then_with(|| a.bid.reference.cmp(&b.bid.reference))
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.bid.reference.cmp(&b.bid.reference),
    }
}

fn max_spread(row: &Row) -> i32 {
    row.criteria.iter().filter_map(|(_, r)| r.map(|r| r.spread)).max().unwrap_or(0)
}

/// The ranking as a spreadsheet (CSV) that opens cleanly in Excel and LibreOffice: UTF-8 with a
/// byte-order mark, and cells that start like a formula neutralised. The bids still to decide
/// come first, in score order, with their running total and whether it is within the money left;
/// then the decided bids, with both left empty: their money is already committed (the State
/// column says so). The column names and yes/no are in `tr`'s language (the lead's).
pub fn to_csv(tr: Tr, criteria: &[Criterion], ranking: &Ranking) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = ["reference", "title", "group", "state", "requested"]
        .iter()
        .map(|column| tr.attr("decisions-csv", column))
        .collect();
    header.extend(criteria.iter().flat_map(|c| {
        [
            crate::t!(tr, "decisions-csv-criterion-mean", criterion = c.title.as_str()),
            crate::t!(tr, "decisions-csv-criterion-spread", criterion = c.title.as_str()),
        ]
    }));
    header.extend(
        [
            "weighted-mean",
            "reviews",
            "discuss",
            "fund",
            "do-not-fund",
            "discuss-votes",
            "running-total",
            "within-budget",
        ]
        .iter()
        .map(|column| tr.attr("decisions-csv", column)),
    );
    writer.write_record(&header)?;
    let (yes, no) = (tr.t("decisions-csv-yes"), tr.t("decisions-csv-no"));
    for row in ranking.to_decide.iter().chain(&ranking.decided) {
        let mut record = vec![
            crate::exports::cell(&row.bid.reference),
            crate::exports::cell(&row.bid.title),
            crate::exports::cell(&row.bid.group_name),
            row.bid.state.clone(),
            row.bid.requested.to_input(),
        ];
        for (_, result) in &row.criteria {
            match result {
                Some(r) => record.extend([format!("{:.2}", r.mean), r.spread.to_string()]),
                None => record.extend([String::new(), String::new()]),
            }
        }
        record.extend([
            row.weighted_mean.map(|m| format!("{m:.2}")).unwrap_or_default(),
            row.reviews.to_string(),
            if row.discuss { yes.clone() } else { no.clone() },
            row.recommendations[0].to_string(),
            row.recommendations[1].to_string(),
            row.recommendations[2].to_string(),
            match row.committed {
                Some(_) => String::new(),
                None => row.running_total.to_input(),
            },
            match (row.committed, row.within_budget) {
                (Some(_), _) => String::new(),
                (None, true) => yes.clone(),
                (None, false) => no.clone(),
            },
        ]);
        writer.write_record(&record)?;
    }
    let mut body: Vec<u8> = "\u{feff}".as_bytes().to_vec();
    body.extend(writer.into_inner().map_err(|e| e.into_error())?);
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bid(id: i64, pounds: i64) -> RankedBid {
        RankedBid {
            bid_id: id,
            reference: format!("SG-2027-{id:04}"),
            title: format!("Bid {id}"),
            group_name: "G".into(),
            requested: Pence::from_pounds(pounds),
            state: "in_review".into(),
            leadership: Vec::new(),
        }
    }

    fn led_by(mut bid: RankedBid, code: &str) -> RankedBid {
        bid.leadership = vec![code.to_string()];
        bid
    }

    fn money(pounds: i64) -> Money {
        Money { left: Pence::from_pounds(pounds), reserved: Vec::new() }
    }

    fn totals(bid_id: i64, criterion_id: i64, scores: &[i32]) -> CriterionTotals {
        CriterionTotals {
            bid_id,
            criterion_id,
            sum: scores.iter().map(|s| i64::from(*s)).sum(),
            count: scores.len() as i64,
            min: *scores.iter().min().unwrap(),
            max: *scores.iter().max().unwrap(),
        }
    }

    #[test]
    fn weighted_means_rank_bids_and_the_funding_line_falls_where_money_runs_out() {
        let weights = [(10, 1), (11, 1)];
        let all = [
            totals(1, 10, &[5, 5]),
            totals(1, 11, &[4, 4]),
            totals(2, 10, &[3, 3]),
            totals(2, 11, &[3, 3]),
            totals(3, 10, &[2, 5]),
            totals(3, 11, &[4, 4]),
        ];
        let rows = rank(
            vec![bid(1, 3_000), bid(2, 2_000), bid(3, 4_000), bid(4, 1_000)],
            &all,
            &[],
            &weights,
            Pence::from_pounds(6_000),
            &[],
            SortBy::Score,
        );
        assert_eq!(
            rows.iter().map(|r| r.bid.bid_id).collect::<Vec<_>>(),
            [1, 3, 2, 4],
            "4 has no reviews and goes last"
        );
        assert_eq!(rows[0].weighted_mean, Some(4.5));
        assert_eq!(rows[1].weighted_mean, Some(3.75));
        assert!(rows[1].discuss, "reviewers differ by 3 on one criterion");
        assert!(!rows[0].discuss);
        assert_eq!(
            rows.iter().map(|r| r.running_total).collect::<Vec<_>>(),
            [
                Pence::from_pounds(3_000),
                Pence::from_pounds(7_000),
                Pence::from_pounds(9_000),
                Pence::from_pounds(10_000)
            ]
        );
        assert_eq!(rows.iter().map(|r| r.within_budget).collect::<Vec<_>>(), [true, false, false, false]);
    }

    fn in_state(mut bid: RankedBid, state: &str) -> RankedBid {
        bid.state = state.into();
        bid
    }

    #[test]
    fn decided_bids_come_after_and_the_funding_line_runs_over_the_bids_still_to_decide() {
        let weights = [(10, 1)];
        // The top bid (asked £2,500) was offered £2,000, so £5,000 of a £7,000 budget is left;
        // a declined bid scored between the others.
        let all = [totals(1, 10, &[5]), totals(2, 10, &[4]), totals(3, 10, &[3]), totals(4, 10, &[2])];
        let bids = vec![
            in_state(bid(1, 2_500), "awarded"),
            bid(2, 4_000),
            in_state(bid(3, 1_000), "declined"),
            in_state(bid(4, 2_500), "waitlisted"),
        ];
        let committed = BTreeMap::from([(1, Pence::from_pounds(2_000))]);
        let ranking = rank_round(bids.clone(), &all, &[], &weights, &money(5_000), &committed, SortBy::Score);
        let ids = |rows: &[Row]| rows.iter().map(|r| r.bid.bid_id).collect::<Vec<_>>();
        assert_eq!(ids(&ranking.to_decide), [2, 4], "in review and waiting list, by score");
        assert_eq!(ids(&ranking.decided), [1, 3], "offered and declined, by score");
        let running = |rows: &[Row]| rows.iter().map(|r| r.running_total).collect::<Vec<_>>();
        assert_eq!(running(&ranking.to_decide), [Pence::from_pounds(4_000), Pence::from_pounds(6_500)]);
        assert_eq!(
            ranking.to_decide.iter().map(|r| r.within_budget).collect::<Vec<_>>(),
            [true, false],
            "the money left runs out at the second bid still to decide, whatever was decided above it"
        );
        assert_eq!(
            running(&ranking.decided),
            [Pence::from_pounds(8_500), Pence::from_pounds(8_500)],
            "carries on with the £2,000 committed, not the £2,500 asked; a decline adds nothing"
        );
        assert_eq!(
            ranking.decided.iter().map(|r| r.committed).collect::<Vec<_>>(),
            [Some(Pence::from_pounds(2_000)), Some(Pence::ZERO)]
        );
        assert!(ranking.to_decide.iter().all(|r| r.committed.is_none()));
        let all_rows: Vec<Pence> = running(&ranking.to_decide).into_iter().chain(running(&ranking.decided)).collect();
        assert!(all_rows.windows(2).all(|w| w[0] <= w[1]), "never goes down the table: {all_rows:?}");

        let by_amount = rank_round(bids, &all, &[], &weights, &money(5_000), &committed, SortBy::Amount);
        assert_eq!(ids(&by_amount.decided), [1, 3], "each part sorted on its own");
        assert_eq!(ids(&by_amount.to_decide), [2, 4]);
        assert!(by_amount.to_decide[0].within_budget && !by_amount.to_decide[1].within_budget);
    }

    #[test]
    fn weights_change_the_order() {
        let weights = [(10, 3), (11, 1)];
        let all = [totals(1, 10, &[2]), totals(1, 11, &[5]), totals(2, 10, &[4]), totals(2, 11, &[1])];
        let rows = rank(vec![bid(1, 1), bid(2, 1)], &all, &[], &weights, Pence::ZERO, &[], SortBy::Score);
        assert_eq!(rows[0].bid.bid_id, 2, "(3×4+1)/4 = 3.25 beats (3×2+5)/4 = 2.75");
        assert_eq!(rows[0].weighted_mean, Some(3.25));
    }

    #[test]
    fn other_orders_keep_the_funding_line_of_the_score_order() {
        let weights = [(10, 1)];
        let all = [totals(1, 10, &[5]), totals(2, 10, &[1])];
        let rows = rank(
            vec![bid(1, 100), bid(2, 900)],
            &all,
            &[(1, "fund".into(), 2), (2, "do_not_fund".into(), 1)],
            &weights,
            Pence::from_pounds(500),
            &[],
            SortBy::Amount,
        );
        assert_eq!(rows[0].bid.bid_id, 2);
        assert!(!rows[0].within_budget && rows[1].within_budget);
        assert_eq!(rows[1].recommendations, [2, 0, 0]);
        assert_eq!(rows[0].recommendations, [0, 1, 0]);
    }

    #[test]
    fn a_reservation_holds_money_for_the_bids_that_count_until_they_are_decided() {
        const BLACK_LED: &str = "DEI010100";
        let weights = [(10, 1)];
        let all = [totals(1, 10, &[5]), totals(2, 10, &[4]), totals(3, 10, &[3]), totals(4, 10, &[2])];
        // £10,000 left, £3,000 of it reserved for Black-led groups.
        let reserved =
            Money { left: Pence::from_pounds(10_000), reserved: vec![(BLACK_LED.into(), Pence::from_pounds(3_000))] };
        let bids = vec![bid(1, 4_000), bid(2, 4_000), led_by(bid(3, 2_500), "DEI010110"), bid(4, 1_000)];
        let ranking = rank_round(bids.clone(), &all, &[], &weights, &reserved, &BTreeMap::new(), SortBy::Score);
        let line = |rows: &[Row]| rows.iter().map(|r| (r.bid.bid_id, r.within_budget)).collect::<Vec<_>>();
        assert_eq!(
            line(&ranking.to_decide),
            [(1, true), (2, false), (3, true), (4, false)],
            "the others share £7,000: 1 (£4,000), then 2 (£8,000 in all) is over the line; 3 is held by the reservation"
        );
        assert_eq!(ranking.to_decide[2].reserved_for.as_deref(), Some(BLACK_LED));
        assert_eq!(ranking.to_decide[0].reserved_for, None);

        let without = rank_round(bids, &all, &[], &weights, &money(10_000), &BTreeMap::new(), SortBy::Score);
        assert_eq!(
            line(&without.to_decide),
            [(1, true), (2, true), (3, false), (4, false)],
            "without it, 3 misses out"
        );

        // Once the Black-led bid is decided (awarded £2,500), the £500 left of the reservation is
        // free for the others.
        let decided =
            vec![bid(1, 4_000), bid(2, 4_000), in_state(led_by(bid(3, 2_500), BLACK_LED), "awarded"), bid(4, 1_000)];
        let committed = BTreeMap::from([(3, Pence::from_pounds(2_500))]);
        let after = Money { left: Pence::from_pounds(7_500), ..reserved };
        let ranking = rank_round(decided, &all, &[], &weights, &after, &committed, SortBy::Score);
        assert_eq!(
            line(&ranking.to_decide),
            [(1, true), (2, false), (4, false)],
            "£7,500 for 1, 2 and 4 in score order"
        );
        assert!(ranking.to_decide.iter().all(|r| r.reserved_for.is_none()));
    }
}
