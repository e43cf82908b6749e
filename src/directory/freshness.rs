//! How current a listing is: a listing its group has not confirmed for 6 months is marked as
//! possibly out of date (and the group is emailed once); at 12 months it leaves the public
//! directory until the group confirms it again. Pure: the dates in, the state out.

use chrono::{Duration, NaiveDateTime};

/// After this long without a confirmation a listing says it may be out of date.
pub const MAY_BE_OUT_OF_DATE_AFTER: Duration = Duration::days(183);
/// After this long it is hidden from the public until confirmed.
pub const LAPSES_AFTER: Duration = Duration::days(365);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    Current,
    MayBeOutOfDate,
    Lapsed,
}

pub fn freshness(confirmed_at: NaiveDateTime, now: NaiveDateTime) -> Freshness {
    let age = now - confirmed_at;
    if age >= LAPSES_AFTER {
        Freshness::Lapsed
    } else if age >= MAY_BE_OUT_OF_DATE_AFTER {
        Freshness::MayBeOutOfDate
    } else {
        Freshness::Current
    }
}

/// The oldest confirmation a public listing may have at `now`.
pub fn oldest_public_confirmation(now: NaiveDateTime) -> NaiveDateTime {
    now - LAPSES_AFTER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_ages_from_current_to_possibly_out_of_date_to_hidden() {
        let confirmed = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap().and_hms_opt(9, 0, 0).unwrap();
        assert_eq!(freshness(confirmed, confirmed + Duration::days(182)), Freshness::Current);
        assert_eq!(freshness(confirmed, confirmed + Duration::days(183)), Freshness::MayBeOutOfDate);
        assert_eq!(freshness(confirmed, confirmed + Duration::days(364)), Freshness::MayBeOutOfDate);
        assert_eq!(freshness(confirmed, confirmed + Duration::days(365)), Freshness::Lapsed);
        assert_eq!(oldest_public_confirmation(confirmed + Duration::days(365)), confirmed);
    }
}
