//! How each language writes amounts, counts and dates. The patterns are messages too
//! (`format-…` in `common.ftl`): Polish writes `1 250,00 £` and "2 grudnia 2026", English
//! `£1,250.00` and "2 December 2026", so adding a language needs no code.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::{Message, Tr};
use crate::money::Pence;

impl Tr {
    /// An amount as the portal shows money everywhere: whole pounds when there are no pence
    /// (`£2,500`), pounds and pence otherwise (`£2,500.50`); `2 500,50 £` in Polish.
    pub fn money(&self, amount: Pence) -> String {
        let pence = amount.0.unsigned_abs();
        let mut number = self.group_digits(pence / 100);
        if !pence.is_multiple_of(100) {
            number = format!("{number}{}{:02}", self.t("format-decimal-separator"), pence % 100);
        }
        let written = self.message(&Message::new("format-money").arg("amount", number));
        if amount.0 < 0 { format!("-{written}") } else { written }
    }

    /// A count with the language's thousands separator: `12,345` (English), `12 345` (Polish).
    pub fn number(&self, count: i64) -> String {
        let digits = self.group_digits(count.unsigned_abs());
        if count < 0 { format!("-{digits}") } else { digits }
    }

    fn group_digits(&self, value: u64) -> String {
        let digits = value.to_string();
        let minimum: usize = self.t("format-group-minimum-digits").trim().parse().unwrap_or(1);
        // Grouping starts at four digits, or (Polish) five: "1250" but "12 500".
        if digits.len() < 4 + minimum.saturating_sub(1) {
            return digits;
        }
        let separator = self.t("format-group-separator");
        let mut grouped = String::new();
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push_str(&separator);
            }
            grouped.push(digit);
        }
        grouped
    }

    /// A date: "3 March 2027", "3 marca 2027".
    pub fn date(&self, date: NaiveDate) -> String {
        let month = self.t(MONTH_KEYS[date.month0() as usize]);
        self.message(
            &Message::new("format-date")
                .arg("day", i64::from(date.day()))
                .arg("month", month)
                .arg("year", date.year().to_string()),
        )
    }

    /// The date in London of a moment stored in UTC.
    pub fn london_date(&self, utc: NaiveDateTime) -> String {
        self.date(crate::time::in_london(utc).date_naive())
    }

    /// A time of day in London: "5:00pm" or "midday" in English, "17:00" in Polish.
    pub fn london_time(&self, utc: NaiveDateTime) -> String {
        let local = crate::time::in_london(utc);
        let (hour, minute) = (local.hour(), local.minute());
        match (hour, minute) {
            (12, 0) => self.t("format-time-midday"),
            (0, 0) => self.t("format-time-midnight"),
            _ => {
                let hour12 = if hour % 12 == 0 { 12 } else { hour % 12 };
                self.message(
                    &Message::new("format-time")
                        .arg("hour24", hour)
                        .arg("hour12", hour12)
                        .arg("minute", format!("{minute:02}"))
                        .arg("period", if hour < 12 { "am" } else { "pm" }),
                )
            }
        }
    }

    /// A date and time in London: "3 March 2027 at 5:00pm".
    pub fn london_datetime(&self, utc: NaiveDateTime) -> String {
        self.message(
            &Message::new("format-date-time").arg("date", self.london_date(utc)).arg("time", self.london_time(utc)),
        )
    }
}

const MONTH_KEYS: [&str; 12] = [
    "format-month-1",
    "format-month-2",
    "format-month-3",
    "format-month-4",
    "format-month-5",
    "format-month-6",
    "format-month-7",
    "format-month-8",
    "format-month-9",
    "format-month-10",
    "format-month-11",
    "format-month-12",
];
