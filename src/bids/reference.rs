//! Bid references: `SG-` and the year the bid was first sent, then a number counting from 1
//! each year (`SG-2027-0042`). Numbers come from a counter row per year, taken under a lock so
//! two bids sent at the same moment never share one.

use chrono::{Datelike, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::reference_counters;

/// Any number no other code uses; held until the transaction ends.
const COUNTER_LOCK: i64 = 0x7366_7265_6673;

pub fn format(year: i32, number: i32) -> String {
    format!("SG-{year}-{number:04}")
}

/// The next reference for a bid sent at `now`. Call inside the submitting transaction.
pub fn next(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<String> {
    let year = crate::time::in_london(now).year();
    if let DbConn::Postgres(pg) = conn {
        // The first bid of a year inserts the counter row; the lock stops two doing so at once.
        pg.batch_execute(&format!("SELECT pg_advisory_xact_lock({COUNTER_LOCK})"))?;
    }
    let updated = diesel::update(reference_counters::table.find(year))
        .set(reference_counters::last_number.eq(reference_counters::last_number + 1))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(reference_counters::table)
            .values((reference_counters::year.eq(year), reference_counters::last_number.eq(1)))
            .execute(conn)?;
    }
    let number: i32 = reference_counters::table.find(year).select(reference_counters::last_number).first(conn)?;
    Ok(format(year, number))
}

#[cfg(test)]
mod tests {
    #[test]
    fn references_have_four_digits_at_least() {
        assert_eq!(super::format(2027, 42), "SG-2027-0042");
        assert_eq!(super::format(2027, 12345), "SG-2027-12345");
    }
}
