//! Who is above and who is below the funding line: the profile of a round's bids still to
//! decide, split by whether the money left reaches them, for the lead (never the panel, never
//! public) to see before deciding. Pure: built from the equity report's facts about each bid
//! (kept with the bid when it was sent), in the equity report's rows.
//!
//! Decisions:
//! - Only bids still to decide count; "above the line" is the ranking's `within_budget`,
//!   whatever decided it (the money left for everyone, or a reservation).
//! - Counts only, no money: the question is who, and the ranking beside it shows the money.
//! - Small numbers are hidden as in the shareable equity report (counts from 1 to
//!   `SMALLEST_SHOWN - 1` read "fewer than 5"; where a table's rows add up to its column's
//!   total and one row is hidden, the next smallest is hidden too), because a lead may show
//!   the page on a screen in a panel meeting. The totals are hidden when small, too.

use super::equity::{BidFacts, Figure, RowLabel, SMALLEST_SHOWN, area_rows, dei_rank, dei_rows, returning_rows};

/// One way of dividing the bids, with a column above the line and one below.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineTable {
    /// The key of the table's title.
    pub title: &'static str,
    /// Every bid is in exactly one row, so each column's rows add up to its total.
    pub partitions: bool,
    /// How many bids are above and below the line.
    pub total: [Figure; 2],
    pub rows: Vec<(RowLabel, [Figure; 2])>,
}

/// The tables: who leads the groups, kind of group, area, first-time or returning.
pub fn line_profile(above: &[BidFacts], below: &[BidFacts]) -> Vec<LineTable> {
    let mut leadership = table("reports-equity-by-leadership", above, below, |bid| dei_rows(&bid.leadership));
    leadership.rows.sort_by_key(|(label, _)| dei_rank(label));
    let mut tables = vec![
        leadership,
        table("reports-equity-by-kind", above, below, |bid| vec![RowLabel::Key(bid.kind)]),
        table("reports-equity-by-area", above, below, area_rows),
        table("reports-equity-by-returning", above, below, returning_rows),
    ];
    tables.iter_mut().for_each(hide_small_numbers);
    tables
}

fn table(
    title: &'static str,
    above: &[BidFacts],
    below: &[BidFacts],
    rows_of: impl Fn(&BidFacts) -> Vec<RowLabel>,
) -> LineTable {
    let mut rows: Vec<(RowLabel, [Figure; 2])> = Vec::new();
    let mut partitions = true;
    for (column, bids) in [above, below].into_iter().enumerate() {
        for bid in bids {
            let labels = rows_of(bid);
            partitions &= labels.len() == 1;
            for label in labels {
                let index = match rows.iter().position(|(existing, _)| *existing == label) {
                    Some(index) => index,
                    None => {
                        rows.push((label, [Figure::default(); 2]));
                        rows.len() - 1
                    }
                };
                rows[index].1[column].count += 1;
                rows[index].1[column].money += bid.requested;
            }
        }
    }
    let size = |count: usize| Figure { count: i64::try_from(count).unwrap_or(i64::MAX), ..Figure::default() };
    rows.sort_by(|a, b| {
        let sum = |figures: &[Figure; 2]| figures[0].count + figures[1].count;
        sum(&b.1).cmp(&sum(&a.1)).then(a.0.cmp(&b.0))
    });
    LineTable { title, partitions, total: [size(above.len()), size(below.len())], rows }
}

/// Hides counts from 1 to `SMALLEST_SHOWN - 1`, and in a table whose rows add up to the
/// total, the next smallest count of a column where only one is hidden (or the total minus
/// the others would give it away).
fn hide_small_numbers(table: &mut LineTable) {
    let small = |figure: &mut Figure| {
        if (1..SMALLEST_SHOWN).contains(&figure.count) {
            figure.hidden = true;
        }
    };
    table.total.iter_mut().for_each(small);
    table.rows.iter_mut().flat_map(|(_, figures)| figures.iter_mut()).for_each(small);
    if !table.partitions {
        return;
    }
    for column in 0..2 {
        if table.rows.iter().filter(|(_, figures)| figures[column].hidden).count() != 1 {
            continue;
        }
        let next = table
            .rows
            .iter_mut()
            .map(|(_, figures)| &mut figures[column])
            .filter(|figure| !figure.hidden && figure.count > 0)
            .min_by_key(|figure| figure.count);
        match next {
            Some(figure) => figure.hidden = true,
            // Only the hidden row has bids: the total would give it away.
            None => table.total[column].hidden = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Pence;
    use crate::reports::equity::{Answer, AreaServed, Stage};

    fn bid(kind: &'static str, area: &str, leadership: &[&str], returning: bool) -> BidFacts {
        BidFacts {
            bid_id: 0,
            kind,
            areas: vec![AreaServed::Listed(area.to_string())],
            language: ("en".into(), String::new()),
            leadership: Answer::Codes(leadership.iter().map(|c| c.to_string()).collect()),
            beneficiaries: Answer::NotAnswered,
            returning,
            reached: Stage::InReview,
            requested: Pence::from_pounds(1_000),
            awarded: Pence(0),
            paid: Pence(0),
        }
    }

    fn counts(tables: &[LineTable], title: &str, label: &RowLabel) -> [(i64, bool); 2] {
        let table = tables.iter().find(|t| t.title == title).expect("a table");
        let figures = table.rows.iter().find(|(l, _)| l == label).map(|(_, f)| *f).expect("a row");
        figures.map(|f| (f.count, f.hidden))
    }

    const FAITH: &str = "groups-kind-faith";
    const CHARITY: &str = "groups-kind-charity";

    /// Above the line: 6 charities in Aston, returning, led by no one group in particular
    /// (codes of people experiencing racial inequity for 1 of them). Below the line: 7 faith
    /// groups in Sparkbrook, first-time, Black-led (DEI010110), and 2 charities in Aston.
    fn fixture() -> (Vec<BidFacts>, Vec<BidFacts>) {
        let mut above: Vec<BidFacts> = (0..6).map(|_| bid(CHARITY, "Aston", &[], true)).collect();
        above[0].leadership = Answer::Codes(vec!["DEI010110".into()]);
        let mut below: Vec<BidFacts> = (0..7).map(|_| bid(FAITH, "Sparkbrook", &["DEI010110"], false)).collect();
        below.extend((0..2).map(|_| bid(CHARITY, "Aston", &[], true)));
        (above, below)
    }

    #[test]
    fn bids_are_counted_on_their_side_of_the_line() {
        let (above, below) = fixture();
        let tables = line_profile(&above, &below);
        let kind = "reports-equity-by-kind";
        assert_eq!(counts(&tables, kind, &RowLabel::Key(CHARITY))[0], (6, false));
        assert_eq!(counts(&tables, kind, &RowLabel::Key(FAITH))[0], (0, false), "a true zero is shown");
        let racial = RowLabel::Key("groups-dei-010000");
        let leadership = counts(&tables, "reports-equity-by-leadership", &racial);
        assert_eq!(leadership[1], (7, true), "or 9 − 7 would give away the 2 who did not answer");
        assert_eq!(leadership[0], (1, true), "1 is hidden");
        let first = counts(&tables, "reports-equity-by-returning", &RowLabel::Key("reports-equity-first-time"));
        assert_eq!(first, [(0, false), (7, true)], "the 2 returning below are hidden, so the 7 too");
        let table = tables.iter().find(|t| t.title == kind).unwrap();
        assert_eq!(table.total.map(|f| (f.count, f.hidden)), [(6, false), (9, false)]);
    }

    #[test]
    fn a_hidden_count_cannot_be_worked_out_from_the_total() {
        let (above, below) = fixture();
        let tables = line_profile(&above, &below);
        // Below the line: 2 charities are hidden; 7 faith groups is the only other row, so
        // it is hidden too, or 9 − 7 would give the 2 away.
        let charity = counts(&tables, "reports-equity-by-kind", &RowLabel::Key(CHARITY));
        assert_eq!(charity[1], (2, true));
        assert_eq!(counts(&tables, "reports-equity-by-kind", &RowLabel::Key(FAITH))[1], (7, true));
        // A column with one row only, which is small: the total would say it, so it is hidden.
        let tables = line_profile(&above[..3], &[]);
        let table = tables.iter().find(|t| t.title == "reports-equity-by-kind").unwrap();
        assert!(table.total[0].hidden);
        assert_eq!(table.total[1], Figure::default(), "none below is shown as 0");
    }
}
