//! What "nothing changed" means: every table in the test's database, found in the catalogue at
//! run time (so a table added by a new migration is covered without touching this file), with
//! its row count and a digest of its contents, so an UPDATE that leaves every count alone is
//! still caught. Only diesel's own `__diesel_schema_migrations` (and SQLite's internal
//! `sqlite_*` tables) are left out.

use std::collections::BTreeMap;
use std::fmt;

use diesel::RunQueryDsl;
use diesel::sql_types::Text;
use sha2::{Digest, Sha256};
use smallgrants::db::DbConn;

use super::TestApp;

/// Columns left out of the digests because they are bookkeeping, not changes. A session's
/// `last_seen_at` is moved on by any request once a minute has passed on the app's clock (see
/// `web::extractors::TOUCH_INTERVAL`); nobody notices it. Everything else about a session (one
/// started, ended, or its second step recorded) is still covered. The count of committed changes
/// (PostgreSQL's part of the change marker, `db::changes`) moves with every audit event or ledger
/// row, which the digests already cover.
const BOOKKEEPING: &[(&str, &str)] = &[("sessions", "last_seen_at"), ("change_count", "commits")];

/// What one table holds.
#[derive(Clone, PartialEq, Eq)]
pub struct TableFootprint {
    pub table: String,
    pub rows: usize,
    /// SHA-256 (shortened) of the rows, each written out with every column, in sorted order.
    pub digest: String,
    /// The rows as written out, sorted; kept to say what changed when a check fails.
    contents: Vec<String>,
}

/// Every table's footprint, by table name.
#[derive(Clone, PartialEq, Eq)]
pub struct Footprint {
    tables: Vec<TableFootprint>,
}

impl TestApp {
    /// Every table in the database with its row count and a digest of its contents, so
    /// "nothing changed" can be checked in one line:
    /// `app.footprint().await.assert_unchanged_since(&before, "...")`.
    pub async fn footprint(&self) -> Footprint {
        self.db(Footprint::of).await
    }
}

impl Footprint {
    pub fn of(conn: &mut DbConn) -> Footprint {
        let tables = all_rows(conn)
            .into_iter()
            .map(|(table, mut contents)| {
                contents.sort();
                let mut hasher = Sha256::new();
                for row in &contents {
                    hasher.update((row.len() as u64).to_le_bytes());
                    hasher.update(row.as_bytes());
                }
                let digest = hex::encode(hasher.finalize())[..16].to_string();
                TableFootprint { table, rows: contents.len(), digest, contents }
            })
            .collect();
        Footprint { tables }
    }

    /// One table's footprint; panics if the database has no such table (a misspelt name must
    /// not make a check pass).
    pub fn table(&self, name: &str) -> &TableFootprint {
        self.tables
            .iter()
            .find(|t| t.table == name)
            .unwrap_or_else(|| panic!("no table `{name}` in the database; it has {:?}", self.table_names()))
    }

    /// Only the named tables, for a check that expects other tables to change.
    pub fn only(&self, names: &[&str]) -> Footprint {
        Footprint { tables: names.iter().map(|name| self.table(name).clone()).collect() }
    }

    pub fn table_names(&self) -> Vec<&str> {
        self.tables.iter().map(|t| t.table.as_str()).collect()
    }

    /// The tables whose rows differ from `before` (or that appeared or went away).
    pub fn changed_tables(&self, before: &Footprint) -> Vec<String> {
        let before: BTreeMap<&str, &TableFootprint> = before.tables.iter().map(|t| (t.table.as_str(), t)).collect();
        let after: BTreeMap<&str, &TableFootprint> = self.tables.iter().map(|t| (t.table.as_str(), t)).collect();
        let mut names: Vec<&str> = before.keys().chain(after.keys()).copied().collect();
        names.sort();
        names.dedup();
        names.into_iter().filter(|name| before.get(name) != after.get(name)).map(str::to_string).collect()
    }

    /// Panics, naming each table that changed and the rows that went or came, unless every
    /// table holds what it held in `before`.
    #[track_caller]
    pub fn assert_unchanged_since(&self, before: &Footprint, what: &str) {
        let changed = self.changed_tables(before);
        if changed.is_empty() {
            return;
        }
        let mut message =
            format!("{what}: {} changed", changed.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", "));
        for name in &changed {
            let was = before.tables.iter().find(|t| &t.table == name);
            let now = self.tables.iter().find(|t| &t.table == name);
            let rows = |t: Option<&TableFootprint>| t.map_or("no table".to_string(), |t| format!("{} rows", t.rows));
            message.push_str(&format!("\n  table `{name}`: {} before, {} after", rows(was), rows(now)));
            let empty = Vec::new();
            let (was, now) = (was.map_or(&empty, |t| &t.contents), now.map_or(&empty, |t| &t.contents));
            for (label, rows) in [("gone", missing_from(was, now)), ("new ", missing_from(now, was))] {
                for row in rows.iter().take(5) {
                    let shown: String = row.chars().take(400).collect();
                    message.push_str(&format!("\n    {label}: {shown}"));
                }
                if rows.len() > 5 {
                    message.push_str(&format!("\n    {label}: ... and {} more", rows.len() - 5));
                }
            }
        }
        panic!("{message}");
    }
}

/// The rows of `a` not matched in `b` (both sorted; duplicates counted).
fn missing_from<'r>(a: &'r [String], b: &[String]) -> Vec<&'r String> {
    let mut left: BTreeMap<&str, usize> = BTreeMap::new();
    for row in b {
        *left.entry(row).or_default() += 1;
    }
    a.iter()
        .filter(|row| match left.get_mut(row.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

impl fmt::Debug for TableFootprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} rows, {}", self.table, self.rows, self.digest)
    }
}

impl fmt::Debug for Footprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.tables).finish()
    }
}

#[derive(diesel::QueryableByName)]
struct Value {
    #[diesel(sql_type = Text)]
    value: String,
}

#[derive(diesel::QueryableByName)]
struct TableColumn {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

fn quoted(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

fn is_bookkeeping(table: &str, column: &str) -> bool {
    BOOKKEEPING.contains(&(table, column))
}

/// Every table's rows, each written out as one line of text with every column (less
/// [`BOOKKEEPING`]), tables in name order.
fn all_rows(conn: &mut DbConn) -> Vec<(String, Vec<String>)> {
    let values = |rows: Vec<Value>| rows.into_iter().map(|row| row.value).collect::<Vec<String>>();
    match conn {
        DbConn::Sqlite(conn) => {
            let columns: Vec<TableColumn> = diesel::sql_query(
                "SELECT m.name AS table_name, p.name AS column_name \
                 FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
                   AND m.name <> '__diesel_schema_migrations' \
                 ORDER BY m.name, p.cid",
            )
            .load(conn)
            .expect("list SQLite tables and columns");
            let mut tables: Vec<(String, Vec<String>)> = Vec::new();
            for column in columns {
                match tables.last_mut() {
                    Some((table, names)) if *table == column.table_name => names.push(column.column_name),
                    _ => tables.push((column.table_name, vec![column.column_name])),
                }
            }
            assert!(tables.len() > 1, "the SQLite catalogue lists the tables: {tables:?}");
            tables
                .into_iter()
                .map(|(table, columns)| {
                    let row = columns
                        .iter()
                        .filter(|column| !is_bookkeeping(&table, column))
                        .map(|column| format!("'{}=' || quote({})", column.replace('\'', "''"), quoted(column)))
                        .collect::<Vec<_>>()
                        .join(" || ', ' || ");
                    let sql = format!("SELECT {row} AS value FROM {}", quoted(&table));
                    let rows = diesel::sql_query(&sql).load(conn).unwrap_or_else(|e| panic!("{sql}: {e}"));
                    (table, values(rows))
                })
                .collect()
        }
        DbConn::Postgres(conn) => {
            let tables: Vec<Value> = diesel::sql_query(
                "SELECT tablename::text AS value FROM pg_tables \
                 WHERE schemaname = current_schema() AND tablename <> '__diesel_schema_migrations' \
                 ORDER BY tablename",
            )
            .load(conn)
            .expect("list PostgreSQL tables");
            let tables = values(tables);
            assert!(tables.len() > 1, "pg_tables lists the test schema's tables: {tables:?}");
            tables
                .into_iter()
                .map(|table| {
                    let ignored: Vec<String> = BOOKKEEPING
                        .iter()
                        .filter(|(t, _)| *t == table)
                        .map(|(_, column)| format!("'{column}'"))
                        .collect();
                    let row = if ignored.is_empty() {
                        "to_jsonb(t)::text".to_string()
                    } else {
                        format!("(to_jsonb(t) - ARRAY[{}]::text[])::text", ignored.join(", "))
                    };
                    let sql = format!("SELECT {row} AS value FROM {} AS t", quoted(&table));
                    let rows = diesel::sql_query(&sql).load(conn).unwrap_or_else(|e| panic!("{sql}: {e}"));
                    (table, values(rows))
                })
                .collect()
        }
    }
}
