//! The schema: both backends have the same migrations, each `down.sql` undoes its `up.sql`, and
//! the audit trail cannot be rewritten.

use diesel::prelude::*;
use smallgrants::audit::{self, NewEvent};
use smallgrants::db::{self, DbConn, migrations, write_transaction};

use crate::common::{Backend, TestApp, TestDatabase};
use crate::on_both_databases;

#[test]
fn both_backends_have_the_same_migrations() {
    let (sqlite, postgres) = migrations::names();
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, postgres);
}

#[derive(QueryableByName)]
struct TableName {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

fn table_names(conn: &mut DbConn) -> Vec<String> {
    let sql = match conn.backend() {
        db::Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index') AND name NOT LIKE 'sqlite_%' \
             AND name NOT LIKE '__diesel%' ORDER BY name"
        }
        db::Backend::Postgres => {
            "SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = 'public' AND c.relname NOT LIKE '__diesel%' \
             UNION SELECT p.proname::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' \
             ORDER BY 1"
        }
    };
    diesel::sql_query(sql).load::<TableName>(conn).unwrap().into_iter().map(|t| t.name).collect()
}

fn down_migrations_undo_up_migrations(backend: Backend) {
    let database = TestDatabase::empty(backend);
    let mut conn = db::establish(&database.url).unwrap();
    let before = table_names(&mut conn);
    migrations::run_pending(&mut conn).unwrap();
    let migrated = table_names(&mut conn);
    assert!(migrated.contains(&"outbox_emails".to_string()) && migrated.contains(&"audit_events".to_string()));
    migrations::revert_all(&mut conn).unwrap();
    assert_eq!(table_names(&mut conn), before, "everything the migrations made is gone");
    migrations::run_pending(&mut conn).unwrap();
    assert_eq!(table_names(&mut conn), migrated, "and they apply again cleanly");
}

#[test]
fn down_migrations_undo_up_migrations_on_sqlite() {
    down_migrations_undo_up_migrations(Backend::Sqlite);
}

#[test]
fn down_migrations_undo_up_migrations_on_postgres() {
    down_migrations_undo_up_migrations(Backend::Postgres);
}

async fn audit_events_cannot_be_changed_or_deleted(app: TestApp) {
    app.db(|conn| {
        let event = NewEvent { action: "test", subject_type: "thing", subject_id: Some(1), ..NewEvent::default() };
        audit::record(conn, &event, smallgrants::time::now()).unwrap();
        let update = diesel::sql_query("UPDATE audit_events SET action = 'rewritten'").execute(conn);
        assert!(update.is_err(), "an update is refused");
        let delete = diesel::sql_query("DELETE FROM audit_events").execute(conn);
        assert!(delete.is_err(), "a delete is refused");
        let events = audit::for_subject(conn, "thing", 1).unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].action, "test");
    })
    .await;
}

async fn a_failed_write_transaction_leaves_nothing(app: TestApp) {
    app.db(|conn| {
        let result: Result<(), diesel::result::Error> = write_transaction(conn, |conn| {
            let event = NewEvent { action: "half", subject_type: "thing", subject_id: Some(2), ..NewEvent::default() };
            audit::record(conn, &event, smallgrants::time::now())?;
            Err(diesel::result::Error::RollbackTransaction)
        });
        assert!(result.is_err());
        assert!(audit::for_subject(conn, "thing", 2).unwrap().is_empty());
    })
    .await;
}

on_both_databases!(audit_events_cannot_be_changed_or_deleted, a_failed_write_transaction_leaves_nothing);
