//! Saving the installation's notices.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::ROW_ID;
use super::rules::NoticesInput;
use crate::audit::{self, NewEvent};
use crate::db::schema::site_notices;
use crate::db::{DbConn, write_transaction};

/// Saves the notices (the first save creates the row; the write transaction keeps two admins
/// saving at once from both inserting it), with an audit event naming the admin.
pub fn save(conn: &mut DbConn, actor: i64, input: &NoticesInput, now: NaiveDateTime) -> QueryResult<()> {
    write_transaction(conn, |conn| {
        let values = (
            site_notices::operator_name.eq(&input.operator_name),
            site_notices::operator_contact.eq(&input.operator_contact),
            site_notices::dpo_contact.eq(&input.dpo_contact),
            site_notices::privacy_notes.eq(&input.privacy_notes),
            site_notices::accessibility_status.eq(input.compliance.as_str()),
            site_notices::accessibility_gaps.eq(&input.accessibility_gaps),
            site_notices::accessibility_contact.eq(&input.accessibility_contact),
            site_notices::accessibility_prepared_on.eq(input.prepared_on),
            site_notices::accessibility_reviewed_on.eq(input.reviewed_on),
            site_notices::updated_by.eq(actor),
            site_notices::updated_at.eq(now),
        );
        let updated = diesel::update(site_notices::table.find(ROW_ID)).set(values).execute(conn)?;
        if updated == 0 {
            diesel::insert_into(site_notices::table).values((site_notices::id.eq(ROW_ID), values)).execute(conn)?;
        }
        audit::record(conn, &NewEvent::about("site", ROW_ID, Some(actor), "site_notices_updated"), now)
    })
}
