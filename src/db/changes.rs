//! "Has anything changed since?", answered by one cheap query, so work that is costly to
//! compute (a round's ranking, a pot's report, the open data file) can be kept and reused
//! until it has.
//!
//! Every change the portal makes writes an audit event, and every movement of money a ledger
//! row, in the same transaction (the one-transaction rule in docs/ARCHITECTURE.md §6), so the highest id of each moves whenever
//! anything does. Ids come from the database, not from an instance's clock, so two instances
//! agree. On PostgreSQL ids are handed out when rows are inserted, not when they commit, so a
//! transaction that took a lower id can commit after a higher one has: the marker also sums up
//! the writing transactions still running in this database (`writers_running_here()`, made by
//! a migration), which changes when any of them finishes. It looks at this database alone: the
//! server's oldest running transaction, used before, moved with every write in any database on
//! the server and missed a late commit that was not the oldest.

use diesel::dsl::max;
use diesel::prelude::*;

use super::DbConn;
use super::schema::{audit_events, ledger_entries};

/// Where the database stood: equal markers mean nothing changed in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ChangeMarker {
    audit: i64,
    ledger: i64,
    writers_running: i64,
}

impl ChangeMarker {
    /// A short text for file names and cache keys.
    pub fn as_key(&self) -> String {
        format!("{}-{}-{}", self.audit, self.ledger, self.writers_running)
    }

    /// A marker for unit tests of what uses markers (real ones come from the database).
    #[cfg(test)]
    pub fn for_tests(audit: i64) -> ChangeMarker {
        ChangeMarker { audit, ledger: 0, writers_running: 0 }
    }
}

diesel::define_sql_function! {
    /// How many transactions that have written are running in this database, and the newest
    /// of them, as one number (PostgreSQL; see the migration that makes it).
    fn writers_running_here() -> BigInt;
}

/// Where the database stands, in one statement written with the query builder rather than as
/// raw SQL: the connection keeps it prepared, where raw SQL would be parsed afresh each time (it
/// runs on every kept page, and parsing it cost more than running it).
pub fn change_marker(conn: &mut DbConn) -> QueryResult<ChangeMarker> {
    let audit = audit_events::table.select(max(audit_events::id)).single_value();
    let ledger = ledger_entries::table.select(max(ledger_entries::id)).single_value();
    let (audit, ledger, writers_running): (Option<i64>, Option<i64>, i64) = match conn {
        // SQLite has one writer at a time: ids are in commit order, and nothing runs unseen.
        DbConn::Sqlite(sqlite) => {
            let (audit, ledger) = diesel::select((audit, ledger)).get_result(sqlite)?;
            (audit, ledger, 0)
        }
        DbConn::Postgres(pg) => diesel::select((audit, ledger, writers_running_here())).get_result(pg)?,
    };
    Ok(ChangeMarker { audit: audit.unwrap_or(0), ledger: ledger.unwrap_or(0), writers_running })
}
