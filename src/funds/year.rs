//! The UK financial year: 1 April to 31 March, in London time.

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Europe::London;

/// A financial year, named by the calendar year it starts in: `FinancialYear(2026)` runs from
/// 1 April 2026 to 31 March 2027 and is written "2026/27".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct FinancialYear(pub i32);

impl FinancialYear {
    /// The year a London calendar date falls in.
    pub fn of_date(date: NaiveDate) -> FinancialYear {
        if date.month() >= 4 { FinancialYear(date.year()) } else { FinancialYear(date.year() - 1) }
    }

    /// The year an instant (UTC) falls in, judged by the date in London.
    pub fn containing(utc: NaiveDateTime) -> FinancialYear {
        FinancialYear::of_date(crate::time::in_london(utc).date_naive())
    }

    /// Midnight at the start of 1 April in London, as UTC.
    pub fn starts_at(self) -> NaiveDateTime {
        let midnight =
            NaiveDate::from_ymd_opt(self.0, 4, 1).expect("1 April exists").and_hms_opt(0, 0, 0).expect("midnight");
        London.from_local_datetime(&midnight).earliest().expect("midnight in April exists in London").naive_utc()
    }

    /// The first instant after the year (the next year's start).
    pub fn ends_at(self) -> NaiveDateTime {
        self.next().starts_at()
    }

    pub fn next(self) -> FinancialYear {
        FinancialYear(self.0 + 1)
    }

    pub fn previous(self) -> FinancialYear {
        FinancialYear(self.0 - 1)
    }

    /// "2026/27"
    pub fn label(self) -> String {
        format!("{}/{:02}", self.0, (self.0 + 1) % 100)
    }

    /// The twelve months of the year, April first, as (year, month).
    pub fn months(self) -> [(i32, u32); 12] {
        std::array::from_fn(|i| {
            let month = (i as u32 + 3) % 12 + 1;
            (if month >= 4 { self.0 } else { self.0 + 1 }, month)
        })
    }
}

impl std::fmt::Display for FinancialYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    #[test]
    fn the_year_turns_at_midnight_on_1_april_in_london() {
        // 1 April is in British Summer Time, so the year starts at 23:00 UTC on 31 March.
        assert_eq!(FinancialYear(2027).starts_at(), utc(2027, 3, 31, 23, 0));
        assert_eq!(FinancialYear::containing(utc(2027, 3, 31, 22, 59)), FinancialYear(2026));
        assert_eq!(FinancialYear::containing(utc(2027, 3, 31, 23, 0)), FinancialYear(2027));
        assert_eq!(FinancialYear(2026).ends_at(), FinancialYear(2027).starts_at());
    }

    #[test]
    fn labels_and_months() {
        assert_eq!(FinancialYear(2026).label(), "2026/27");
        assert_eq!(FinancialYear(2099).label(), "2099/00");
        let months = FinancialYear(2026).months();
        assert_eq!(months[0], (2026, 4));
        assert_eq!(months[8], (2026, 12));
        assert_eq!(months[9], (2027, 1));
        assert_eq!(months[11], (2027, 3));
    }
}
