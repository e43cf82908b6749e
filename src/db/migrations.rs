//! Migrations, embedded in the binary: one folder per backend with the same migration names,
//! so both databases always have the same tables.

use diesel::connection::SimpleConnection;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::DbConn;

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Any number that no other application would pick; held while migrating so that two instances
/// starting together against one PostgreSQL database do not both run a migration.
const MIGRATION_LOCK_KEY: i64 = 0x736d_616c_6c67_7261;

/// Applies every pending migration; returns the names of those applied.
pub fn run_pending(conn: &mut DbConn) -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>> {
    match conn {
        DbConn::Sqlite(inner) => Ok(inner.run_pending_migrations(SQLITE)?.iter().map(ToString::to_string).collect()),
        DbConn::Postgres(inner) => {
            inner.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))?;
            let result = inner
                .run_pending_migrations(POSTGRES)
                .map(|versions| versions.iter().map(ToString::to_string).collect());
            inner.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))?;
            result
        }
    }
}

/// Reverts every applied migration, newest first; used by the test that checks each `down.sql`
/// undoes its `up.sql`.
pub fn revert_all(conn: &mut DbConn) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    match conn {
        DbConn::Sqlite(inner) => {
            inner.revert_all_migrations(SQLITE)?;
        }
        DbConn::Postgres(inner) => {
            inner.revert_all_migrations(POSTGRES)?;
        }
    }
    Ok(())
}

/// Names of the migrations in each backend's folder, for the test that both folders match.
pub fn names() -> (Vec<String>, Vec<String>) {
    use diesel::migration::MigrationSource;
    let list = |source: &EmbeddedMigrations| -> Vec<String> {
        MigrationSource::<diesel::sqlite::Sqlite>::migrations(source)
            .unwrap_or_default()
            .iter()
            .map(|m| m.name().to_string())
            .collect()
    };
    (list(&SQLITE), list(&POSTGRES))
}
