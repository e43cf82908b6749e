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
use diesel::dsl::sql;
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

/// The highest audit event and ledger entry ids. Written as a select of SQL expressions rather
/// than a raw query so the connection keeps it prepared: it runs on every kept page, and
/// parsing it afresh each time cost more than running it.
const AUDIT: &str = "CAST(COALESCE((SELECT MAX(id) FROM audit_events), 0) AS BIGINT)";
const LEDGER: &str = "CAST(COALESCE((SELECT MAX(id) FROM ledger_entries), 0) AS BIGINT)";
/// SQLite has one writer at a time: ids are in commit order, and nothing runs unseen.
const NOTHING_RUNNING: &str = "CAST(0 AS BIGINT)";
const OLDEST_RUNNING: &str = "CAST(pg_snapshot_xmin(pg_current_snapshot())::text AS BIGINT)";

pub fn change_marker(conn: &mut DbConn) -> QueryResult<ChangeMarker> {
    let running = match conn {
        DbConn::Sqlite(_) => NOTHING_RUNNING,
        DbConn::Postgres(_) => OLDEST_RUNNING,
    };
    let (audit, ledger, oldest_running) =
        diesel::select((sql::<BigInt>(AUDIT), sql::<BigInt>(LEDGER), sql::<BigInt>(running))).get_result(conn)?;
    Ok(ChangeMarker { audit, ledger, oldest_running })
}
