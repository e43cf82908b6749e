//! The lead's measures report, summed: number answers added up and yes answers counted, by
//! round, by pot and by financial year. Pure; `queries::answer_rows` reads the rows.
//!
//! Decisions (docs/ARCHITECTURE.md §11): a report counts in the financial year in which it was
//! first sent (London date), since a national return asks what was done in a year; the pot's
//! own year is shown by the "by pot" grouping. Answers are added up per question *as asked*:
//! a measure reworded (or changed in kind or national mark) after some reports were sent shows
//! as two lines, the old wording with the old reports and the new with the new, so no sum mixes
//! two different questions. Reports with answers are few per programme (six per grant at most),
//! so the rows are read once and summed here rather than in one query per grouping.

use std::collections::BTreeMap;

use super::model::{MeasureKind, NationalMeasure, Question};
use crate::funds::year::FinancialYear;

/// One number or yes/no answer of a sent report, with where the grant sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    pub report_id: i64,
    pub round_id: i64,
    pub round_name: String,
    pub pot_id: i64,
    pub pot_name: String,
    /// The financial year the report was first sent in.
    pub year: FinancialYear,
    pub question: Question,
    pub number: Option<i64>,
    pub yes: Option<bool>,
}

/// A question as asked, whatever its place in the form: what answers are summed under.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AskedAs {
    pub measure_id: i64,
    pub wording: String,
    pub kind: MeasureKind,
    pub national: Option<NationalMeasure>,
    pub national_other: String,
}

impl AskedAs {
    fn of(question: &Question) -> AskedAs {
        AskedAs {
            measure_id: question.measure_id,
            wording: question.wording.clone(),
            kind: question.kind,
            national: question.national,
            national_other: question.national_other.clone(),
        }
    }
}

/// The answers to one question within one group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    pub asked: AskedAs,
    /// Where it was asked in the form (the lowest place it had): the order lines are shown in.
    pub position: i32,
    /// Reports that answered it.
    pub reports: i64,
    /// Numbers added up (0 for yes/no).
    pub sum: i64,
    /// Yes and no answers (0 for numbers).
    pub yes: i64,
    pub no: i64,
}

/// One round, pot or year and its totals: national measures first, then in the form's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The round's or pot's id, or the year's first calendar year.
    pub id: i64,
    /// The round's or pot's name, or the year as "2026/27".
    pub label: String,
    pub totals: Vec<Total>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub by_round: Vec<Group>,
    pub by_pot: Vec<Group>,
    /// Newest year first.
    pub by_year: Vec<Group>,
}

impl Summary {
    pub fn is_empty(&self) -> bool {
        self.by_round.is_empty()
    }
}

fn group_by(rows: &[AnswerRow], key: impl Fn(&AnswerRow) -> (i64, String)) -> Vec<Group> {
    let mut groups: BTreeMap<i64, (String, BTreeMap<AskedAs, Total>)> = BTreeMap::new();
    for row in rows {
        let (id, label) = key(row);
        let (_, totals) = groups.entry(id).or_insert_with(|| (label, BTreeMap::new()));
        let asked = AskedAs::of(&row.question);
        let total = totals.entry(asked.clone()).or_insert(Total {
            asked,
            position: row.question.position,
            reports: 0,
            sum: 0,
            yes: 0,
            no: 0,
        });
        total.position = total.position.min(row.question.position);
        total.reports += 1;
        total.sum += row.number.unwrap_or(0);
        match row.yes {
            Some(true) => total.yes += 1,
            Some(false) => total.no += 1,
            None => {}
        }
    }
    groups
        .into_iter()
        .map(|(id, (label, totals))| {
            let mut totals: Vec<Total> = totals.into_values().collect();
            totals.sort_by(|a, b| {
                (a.asked.national.is_none(), a.asked.national, a.position, &a.asked.wording, a.asked.measure_id).cmp(&(
                    b.asked.national.is_none(),
                    b.asked.national,
                    b.position,
                    &b.asked.wording,
                    b.asked.measure_id,
                ))
            });
            Group { id, label, totals }
        })
        .collect()
}

/// Sums the rows by round, pot and financial year. Words answers are not summed (they are
/// listed per grant); rows of that kind are ignored here.
pub fn summarise(rows: &[AnswerRow]) -> Summary {
    let rows: Vec<AnswerRow> = rows.iter().filter(|row| row.question.kind != MeasureKind::Words).cloned().collect();
    let mut by_year = group_by(&rows, |row| (i64::from(row.year.0), row.year.label()));
    by_year.reverse();
    Summary {
        by_round: group_by(&rows, |row| (row.round_id, row.round_name.clone())),
        by_pot: group_by(&rows, |row| (row.pot_id, row.pot_name.clone())),
        by_year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(id: i64, wording: &str, kind: MeasureKind, national: Option<NationalMeasure>) -> Question {
        Question {
            measure_id: id,
            position: id as i32,
            wording: wording.into(),
            kind,
            national,
            national_other: String::new(),
        }
    }

    fn row(
        report: i64,
        round: i64,
        pot: i64,
        year: i32,
        question: &Question,
        number: Option<i64>,
        yes: Option<bool>,
    ) -> AnswerRow {
        AnswerRow {
            report_id: report,
            round_id: round,
            round_name: format!("Round {round}"),
            pot_id: pot,
            pot_name: format!("Pot {pot}"),
            year: FinancialYear(year),
            question: question.clone(),
            number,
            yes,
        }
    }

    #[test]
    fn numbers_are_added_and_yes_answers_counted_by_round_pot_and_year() {
        let reached = question(1, "People who feel less alone", MeasureKind::Number, None);
        let new = question(2, "People new to support", MeasureKind::Number, Some(NationalMeasure::NewToSupport));
        let first_time = question(3, "Reached new people?", MeasureKind::YesNo, None);
        let words = question(4, "What changed?", MeasureKind::Words, None);
        let rows = vec![
            row(1, 10, 100, 2025, &reached, Some(20), None),
            row(1, 10, 100, 2025, &new, Some(5), None),
            row(1, 10, 100, 2025, &first_time, None, Some(true)),
            row(1, 10, 100, 2025, &words, None, None),
            row(2, 11, 100, 2026, &reached, Some(7), None),
            row(2, 11, 100, 2026, &first_time, None, Some(false)),
            row(3, 12, 200, 2026, &reached, Some(3), None),
            row(3, 12, 200, 2026, &new, Some(2), None),
        ];
        let summary = summarise(&rows);
        assert_eq!(summary.by_round.len(), 3);
        let round_10 = &summary.by_round[0];
        assert_eq!(round_10.totals.len(), 3, "few words are not summed");
        assert_eq!(round_10.totals[0].asked.wording, "People new to support", "national measures come first");
        let pot_100 = &summary.by_pot[0];
        let sum =
            |group: &Group, wording: &str| group.totals.iter().find(|t| t.asked.wording == wording).unwrap().clone();
        assert_eq!(sum(pot_100, "People who feel less alone").sum, 27);
        assert_eq!(sum(pot_100, "People who feel less alone").reports, 2);
        let counted = sum(pot_100, "Reached new people?");
        assert_eq!((counted.yes, counted.no, counted.sum), (1, 1, 0));
        assert_eq!(summary.by_year[0].label, "2026/27", "newest year first");
        assert_eq!(sum(&summary.by_year[0], "People who feel less alone").sum, 10);
        assert_eq!(sum(&summary.by_year[0], "People new to support").sum, 2);
        assert_eq!(sum(&summary.by_year[1], "People new to support").sum, 5);
    }

    #[test]
    fn a_reworded_measure_sums_apart_from_its_old_wording() {
        let old = question(1, "People reached", MeasureKind::Number, None);
        let mut renamed = old.clone();
        renamed.wording = "People we reached".into();
        renamed.position = 3;
        let summary =
            summarise(&[row(1, 10, 1, 2026, &old, Some(4), None), row(2, 10, 1, 2026, &renamed, Some(6), None)]);
        let totals = &summary.by_round[0].totals;
        assert_eq!(totals.len(), 2);
        assert_eq!((totals[0].asked.wording.as_str(), totals[0].sum), ("People reached", 4));
        assert_eq!((totals[1].asked.wording.as_str(), totals[1].sum), ("People we reached", 6));
        assert!(summarise(&[]).is_empty());
    }
}
