//! "Has anything changed since?", answered by one cheap query, so work that is costly to
//! compute (a round's ranking, a pot's report, the open data file) can be kept and reused
//! until it has.
//!
//! Every change the portal makes writes an audit event, and every movement of money a ledger
//! row, in the same transaction (the one-transaction rule in docs/ARCHITECTURE.md §6), so the
//! highest id of each moves whenever anything does. Ids come from the database, not from an
//! instance's clock, so two instances agree. On PostgreSQL ids are handed out when rows are
//! inserted, not when they commit, so a transaction that took a lower id can commit after a
//! higher one has: the marker also reads a counter of the transactions that have committed an
//! audit event or a ledger row (`change_count`, bumped once per transaction by a trigger
//! deferred to the commit; see the migration `commits_counted`). Writes that show on no page
//! (a session's last-seen time, the outbox's leases) write neither, so they leave the marker,
//! and everything kept by it, alone; so do writes in other databases on the same server.

use diesel::dsl::max;
use diesel::prelude::*;

use super::DbConn;
use super::schema::{audit_events, change_count, ledger_entries};

/// Where the database stood: equal markers mean nothing changed in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ChangeMarker {
    audit: i64,
    ledger: i64,
    /// Transactions that committed a change (PostgreSQL; always 0 on SQLite).
    commits: i64,
}

impl ChangeMarker {
    /// A short text for file names and cache keys.
    pub fn as_key(&self) -> String {
        format!("{}-{}-{}", self.audit, self.ledger, self.commits)
    }

    /// A marker for unit tests of what uses markers (real ones come from the database).
    #[cfg(test)]
    pub fn for_tests(audit: i64) -> ChangeMarker {
        ChangeMarker { audit, ledger: 0, commits: 0 }
    }
}

/// Where the database stands, in one statement written with the query builder rather than as
/// raw SQL: the connection keeps it prepared, where raw SQL would be parsed afresh each time (it
/// runs on every kept page, and parsing it cost more than running it).
pub fn change_marker(conn: &mut DbConn) -> QueryResult<ChangeMarker> {
    let audit = audit_events::table.select(max(audit_events::id)).single_value();
    let ledger = ledger_entries::table.select(max(ledger_entries::id)).single_value();
    let (audit, ledger, commits): (Option<i64>, Option<i64>, Option<i64>) = match conn {
        // SQLite has one writer at a time: ids are in commit order, and nothing runs unseen.
        DbConn::Sqlite(sqlite) => {
            let (audit, ledger) = diesel::select((audit, ledger)).get_result(sqlite)?;
            (audit, ledger, None)
        }
        DbConn::Postgres(pg) => {
            let commits = change_count::table.select(change_count::commits).single_value();
            diesel::select((audit, ledger, commits)).get_result(pg)?
        }
    };
    Ok(ChangeMarker { audit: audit.unwrap_or(0), ledger: ledger.unwrap_or(0), commits: commits.unwrap_or(0) })
}
