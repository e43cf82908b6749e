//! "Has anything changed since?", answered by one cheap query, so work that is costly to
//! compute (a round's ranking, a pot's report, the open data file) can be kept and reused
//! until it has.
//!
//! Every change the portal makes writes an audit event, and every movement of money a ledger
//! row, in the same transaction (the one-transaction rule in docs/ARCHITECTURE.md §6), so the highest id of each moves whenever
//! anything does. Ids come from the database, not from an instance's clock, so two instances
//! agree. On PostgreSQL ids are handed out when rows are inserted, not when they commit, so a
//! transaction that took a lower id can commit after a higher one has: the marker also holds the
//! oldest transaction still running (the snapshot's `xmin`), which moves on when it finishes.

use diesel::prelude::*;
use diesel::sql_types::BigInt;

use super::DbConn;

/// Where the database stood: equal markers mean nothing changed in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ChangeMarker {
    audit: i64,
    ledger: i64,
    oldest_running: i64,
}

impl ChangeMarker {
    /// A short text for file names and cache keys.
    pub fn as_key(&self) -> String {
        format!("{}-{}-{}", self.audit, self.ledger, self.oldest_running)
    }

    /// A marker for unit tests of what uses markers (real ones come from the database).
    #[cfg(test)]
    pub fn for_tests(audit: i64) -> ChangeMarker {
        ChangeMarker { audit, ledger: 0, oldest_running: 0 }
    }
}

#[derive(QueryableByName)]
struct MarkerRow {
    #[diesel(sql_type = BigInt)]
    audit: i64,
    #[diesel(sql_type = BigInt)]
    ledger: i64,
    #[diesel(sql_type = BigInt)]
    oldest_running: i64,
}

const IDS: &str = "CAST(COALESCE((SELECT MAX(id) FROM audit_events), 0) AS BIGINT) AS audit, \
                   CAST(COALESCE((SELECT MAX(id) FROM ledger_entries), 0) AS BIGINT) AS ledger";

pub fn change_marker(conn: &mut DbConn) -> QueryResult<ChangeMarker> {
    let sql = match conn {
        // SQLite has one writer at a time: ids are in commit order.
        DbConn::Sqlite(_) => format!("SELECT {IDS}, CAST(0 AS BIGINT) AS oldest_running"),
        DbConn::Postgres(_) => {
            format!("SELECT {IDS}, CAST(pg_snapshot_xmin(pg_current_snapshot())::text AS BIGINT) AS oldest_running")
        }
    };
    let row: MarkerRow = diesel::sql_query(sql).get_result(conn)?;
    Ok(ChangeMarker { audit: row.audit, ledger: row.ledger, oldest_running: row.oldest_running })
}
