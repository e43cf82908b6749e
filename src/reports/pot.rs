//! The pot report's arithmetic, apart from the database: where the money stood at the end of
//! each month of the financial year, and how much may go unspent.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::funds::{Balances, EntryKind, FinancialYear};
use crate::money::Pence;

/// Where the pot stood at the end of one month (running totals since the pot began).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthFigures {
    /// The calendar month, 1 (January) to 12.
    pub month: u32,
    pub year: i32,
    pub allocated: Pence,
    /// Awarded and not released.
    pub committed: Pence,
    pub paid: Pence,
    /// The month has not ended yet (or not begun): its figures are the position so far.
    pub in_future: bool,
}

/// One movement of money: when it was recorded, what kind, how much.
pub type Movement = (NaiveDateTime, EntryKind, Pence);

/// Index 0 (April) to 11 (March) of the month `at` falls in (London dates). Movements before
/// the year began count in April, and after it ended in March, so the last month always agrees
/// with the pot's balances (a pot is set up before April, and carried forward after March).
fn month_index(year: FinancialYear, at: NaiveDateTime) -> usize {
    let date = crate::time::in_london(at).date_naive();
    let months = (date.year() - year.0) * 12 + date.month() as i32 - 4;
    months.clamp(0, 11) as usize
}

/// The running totals at the end of each month of `year`.
pub fn monthly_position(year: FinancialYear, movements: &[Movement], now: NaiveDateTime) -> Vec<MonthFigures> {
    let mut by_month: Vec<Vec<(EntryKind, Pence)>> = vec![Vec::new(); 12];
    for (at, kind, amount) in movements {
        by_month[month_index(year, *at)].push((*kind, *amount));
    }
    let current = if now < year.starts_at() { None } else { Some(month_index(year, now)) };
    let past_the_year = now >= year.ends_at();
    let mut running: Vec<(EntryKind, Pence)> = Vec::new();
    year.months()
        .iter()
        .zip(by_month)
        .enumerate()
        .map(|(index, ((calendar_year, month), movements))| {
            running.extend(movements);
            let balances = Balances::from_totals(running.iter().copied());
            MonthFigures {
                month: *month,
                year: *calendar_year,
                allocated: balances.allocated,
                committed: balances.committed,
                paid: balances.paid,
                in_future: !past_the_year && current.is_none_or(|current| index >= current),
            }
        })
        .collect()
}

/// Where the pot stood at the end of a day on which money moved (running totals since the pot
/// began): the chart draws these as steps, so a change shows on the day it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayFigures {
    /// Days since 1 April of the financial year (0 is 1 April).
    pub day: u32,
    pub allocated: Pence,
    /// Awarded and not released.
    pub committed: Pence,
    pub paid: Pence,
}

/// The days of `year` on which money moved, with the running totals at the end of each, the
/// first being 1 April (with what was there before the year began). Movements before the year
/// count on 1 April and after it on 31 March, as in [`monthly_position`], so the steps pass
/// through the same month-end figures as the table.
pub fn daily_steps(year: FinancialYear, movements: &[Movement]) -> Vec<DayFigures> {
    let first = year_start(year);
    let last_day = days_in(year) - 1;
    let mut sorted: Vec<(u32, EntryKind, Pence)> = movements
        .iter()
        .map(|(at, kind, amount)| {
            let date = crate::time::in_london(*at).date_naive();
            let day = (date - first).num_days().clamp(0, i64::from(last_day)) as u32;
            (day, *kind, *amount)
        })
        .collect();
    sorted.sort_by_key(|(day, _, _)| *day);
    let mut running: Vec<(EntryKind, Pence)> = Vec::new();
    let mut steps = vec![DayFigures { day: 0, allocated: Pence(0), committed: Pence(0), paid: Pence(0) }];
    for (day, kind, amount) in sorted {
        running.push((kind, amount));
        let balances = Balances::from_totals(running.iter().copied());
        let figures =
            DayFigures { day, allocated: balances.allocated, committed: balances.committed, paid: balances.paid };
        match steps.last_mut() {
            Some(previous) if previous.day == day => *previous = figures,
            _ => steps.push(figures),
        }
    }
    steps
}

/// 1 April of the financial year.
pub fn year_start(year: FinancialYear) -> NaiveDate {
    NaiveDate::from_ymd_opt(year.0, 4, 1).expect("1 April exists")
}

/// How many days the financial year has (365, or 366 with a 29 February).
pub fn days_in(year: FinancialYear) -> u32 {
    (year_start(year.next()) - year_start(year)).num_days() as u32
}

/// The day of the year (0 is 1 April) that `now` falls on in London, or `None` once the year
/// is over; before the year begins it is day 0.
pub fn today_in(year: FinancialYear, now: NaiveDateTime) -> Option<u32> {
    if now >= year.ends_at() {
        return None;
    }
    let date = crate::time::in_london(now).date_naive();
    Some((date - year_start(year)).num_days().max(0) as u32)
}

/// The first day (0 is 1 April) of each month of the year, April first.
pub fn month_starts(year: FinancialYear) -> [u32; 12] {
    let first = year_start(year);
    year.months().map(|(calendar_year, month)| {
        let date = NaiveDate::from_ymd_opt(calendar_year, month, 1).expect("a month's first day exists");
        (date - first).num_days() as u32
    })
}

impl MonthFigures {
    /// The key of the month's short name ("Apr"), for the chart and the table.
    pub fn label_key(&self) -> &'static str {
        match self.month {
            1 => "reports-month-1",
            2 => "reports-month-2",
            3 => "reports-month-3",
            4 => "reports-month-4",
            5 => "reports-month-5",
            6 => "reports-month-6",
            7 => "reports-month-7",
            8 => "reports-month-8",
            9 => "reports-month-9",
            10 => "reports-month-10",
            11 => "reports-month-11",
            _ => "reports-month-12",
        }
    }
}

/// One round's position, for the forecast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundPosition {
    /// Its budget (set aside from the pot).
    pub budget: Pence,
    /// Awarded and not released.
    pub committed: Pence,
    /// Offered to groups who have not yet accepted.
    pub awaiting_acceptance: Pence,
    /// Still taking or deciding bids: the round is open, or has bids not yet decided.
    pub deciding: bool,
}

/// Money that may go unspent this year, if nothing changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Forecast {
    /// In the pot but not set aside for any round.
    pub not_set_aside: Pence,
    /// Left in the budgets of rounds that have decided everything.
    pub left_in_decided_rounds: Pence,
    /// Left in the budgets of rounds still deciding: it may yet be awarded.
    pub left_in_deciding_rounds: Pence,
    /// Offered but not accepted: it comes back if a group turns its offer down.
    pub awaiting_acceptance: Pence,
}

impl Forecast {
    /// Unspent for certain unless the lead acts (opens a round, moves budgets).
    pub fn likely(&self) -> Pence {
        self.not_set_aside + self.left_in_decided_rounds
    }

    /// The most that could go unspent: the likely underspend, plus what rounds still deciding
    /// may not award, plus offers that may be turned down.
    pub fn at_most(&self) -> Pence {
        self.likely() + self.left_in_deciding_rounds + self.awaiting_acceptance
    }
}

pub fn forecast(pot: &Balances, rounds: &[RoundPosition]) -> Forecast {
    let left = |deciding: bool| -> Pence {
        rounds.iter().filter(|r| r.deciding == deciding).map(|r| (r.budget - r.committed).max(Pence(0))).sum()
    };
    Forecast {
        not_set_aside: pot.unassigned().max(Pence(0)),
        left_in_decided_rounds: left(false),
        left_in_deciding_rounds: left(true),
        awaiting_acceptance: rounds.iter().map(|r| r.awaiting_acceptance).sum(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(year: i32, month: u32, day: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(year, month, day).unwrap().and_hms_opt(12, 0, 0).unwrap()
    }

    #[test]
    fn running_totals_by_month_agree_with_the_balances_at_the_end() {
        let year = FinancialYear(2025);
        let movements = [
            (at(2025, 3, 20), EntryKind::Allocation, Pence::from_pounds(100_000)),
            (at(2025, 6, 2), EntryKind::AssignToRound, Pence::from_pounds(40_000)),
            (at(2025, 7, 15), EntryKind::Commitment, Pence::from_pounds(10_000)),
            (at(2025, 7, 16), EntryKind::Commitment, Pence::from_pounds(5_000)),
            (at(2025, 8, 1), EntryKind::Payment, Pence::from_pounds(8_000)),
            (at(2025, 12, 1), EntryKind::Release, Pence::from_pounds(2_000)),
            (at(2026, 4, 20), EntryKind::CarryForwardOut, Pence::from_pounds(30_000)),
        ];
        let months = monthly_position(year, &movements, at(2026, 5, 1));
        assert_eq!(months.len(), 12);
        let english = crate::i18n::Tr::source();
        assert_eq!((english.t(months[0].label_key()), months[0].year), ("Apr".to_string(), 2025));
        assert_eq!((english.t(months[11].label_key()), months[11].year), ("Mar".to_string(), 2026));
        assert_eq!(months[0].allocated, Pence::from_pounds(100_000), "set up in March, counted from April");
        assert_eq!(months[2].committed, Pence(0));
        assert_eq!(months[3].committed, Pence::from_pounds(15_000), "July");
        assert_eq!(months[4].paid, Pence::from_pounds(8_000), "August");
        assert_eq!(months[8].committed, Pence::from_pounds(13_000), "December's release");
        assert_eq!(months[11].allocated, Pence::from_pounds(70_000), "carried forward after March, shown in March");
        assert!(months.iter().all(|m| !m.in_future), "the year is over");
    }

    #[test]
    fn steps_fall_on_the_day_money_moved_and_meet_the_month_ends() {
        let year = FinancialYear(2025);
        let movements = [
            (at(2025, 3, 20), EntryKind::Allocation, Pence::from_pounds(100_000)),
            (at(2025, 7, 15), EntryKind::Commitment, Pence::from_pounds(10_000)),
            (at(2025, 7, 15), EntryKind::Commitment, Pence::from_pounds(5_000)),
            (at(2025, 8, 1), EntryKind::Payment, Pence::from_pounds(8_000)),
            (at(2026, 4, 20), EntryKind::CarryForwardOut, Pence::from_pounds(30_000)),
        ];
        let steps = daily_steps(year, &movements);
        let days: Vec<u32> = steps.iter().map(|s| s.day).collect();
        assert_eq!(days, [0, 105, 122, 364], "1 April, 15 July (two awards, one step), 1 August, 31 March");
        assert_eq!(steps[0].allocated, Pence::from_pounds(100_000), "set up in March, there from 1 April");
        assert_eq!(steps[1].committed, Pence::from_pounds(15_000));
        assert_eq!(steps[2].paid, Pence::from_pounds(8_000));
        assert_eq!(steps[3].allocated, Pence::from_pounds(70_000));
        let months = monthly_position(year, &movements, at(2026, 5, 1));
        let end = steps.last().unwrap();
        assert_eq!(
            (end.allocated, end.committed, end.paid),
            (months[11].allocated, months[11].committed, months[11].paid)
        );
        assert_eq!(days_in(year), 365);
        assert_eq!(days_in(FinancialYear(2027)), 366, "February 2028 has 29 days");
        assert_eq!(month_starts(year)[0], 0);
        assert_eq!(month_starts(year)[11], 334, "1 March 2026");
        assert_eq!(today_in(year, at(2025, 4, 3)), Some(2));
        assert_eq!(today_in(year, at(2026, 4, 3)), None);
    }

    #[test]
    fn months_not_yet_ended_are_marked() {
        let months = monthly_position(FinancialYear(2026), &[], at(2026, 11, 22));
        let future: Vec<String> =
            months.iter().filter(|m| m.in_future).map(|m| crate::i18n::Tr::source().t(m.label_key())).collect();
        assert_eq!(future, ["Nov", "Dec", "Jan", "Feb", "Mar"]);
        let before = monthly_position(FinancialYear(2027), &[], at(2026, 11, 22));
        assert!(before.iter().all(|m| m.in_future));
    }

    #[test]
    fn the_forecast_separates_likely_from_possible_underspend() {
        let pot = Balances {
            allocated: Pence::from_pounds(100_000),
            assigned: Pence::from_pounds(70_000),
            ..Balances::default()
        };
        let rounds = [
            RoundPosition {
                budget: Pence::from_pounds(40_000),
                committed: Pence::from_pounds(36_000),
                awaiting_acceptance: Pence::from_pounds(3_000),
                deciding: false,
            },
            RoundPosition {
                budget: Pence::from_pounds(30_000),
                committed: Pence::from_pounds(10_000),
                awaiting_acceptance: Pence(0),
                deciding: true,
            },
        ];
        let f = forecast(&pot, &rounds);
        assert_eq!(f.not_set_aside, Pence::from_pounds(30_000));
        assert_eq!(f.left_in_decided_rounds, Pence::from_pounds(4_000));
        assert_eq!(f.left_in_deciding_rounds, Pence::from_pounds(20_000));
        assert_eq!(f.likely(), Pence::from_pounds(34_000));
        assert_eq!(f.at_most(), Pence::from_pounds(57_000));
    }
}
