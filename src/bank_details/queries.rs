//! Reading bank details rows (never opening them: see `actions::reveal` and `actions::check`).

use diesel::prelude::*;

use super::model::BankDetailsRow;
use crate::bids::BidState;
use crate::db::DbConn;
use crate::db::schema::{bank_details, bids, community_groups, people, rounds};

/// The group's bank details as they stand (the newest row not replaced).
pub fn current(conn: &mut DbConn, group_id: i64) -> QueryResult<Option<BankDetailsRow>> {
    bank_details::table
        .filter(bank_details::group_id.eq(group_id))
        .filter(bank_details::replaced_at.is_null())
        .order(bank_details::id.desc())
        .select(BankDetailsRow::as_select())
        .first(conn)
        .optional()
}

/// How many times the group gave bank details since `since` (to limit the emails it sends).
pub fn given_since(conn: &mut DbConn, group_id: i64, since: chrono::NaiveDateTime) -> QueryResult<i64> {
    bank_details::table
        .filter(bank_details::group_id.eq(group_id))
        .filter(bank_details::entered_at.gt(since))
        .count()
        .get_result(conn)
}

/// The states in which a bid's group is owed money (an offer waiting or a grant running).
fn owed() -> [&'static str; 2] {
    [BidState::Awarded.as_str(), BidState::Active.as_str()]
}

/// The group's newest bid with an offer waiting or a grant running: its programme's team signs
/// the emails about the group's bank details, and its leads are told of changes.
pub fn newest_owed_bid(conn: &mut DbConn, group_id: i64) -> QueryResult<Option<(i64, i64, i64)>> {
    bids::table
        .inner_join(rounds::table)
        .filter(bids::group_id.eq(group_id))
        .filter(bids::state.eq_any(owed()))
        .order(bids::id.desc())
        .select((bids::id, bids::round_id, rounds::programme_id))
        .first(conn)
        .optional()
}

/// A group whose bank details wait for a second check, for a lead's dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unconfirmed {
    pub programme_id: i64,
    pub bid_id: i64,
    pub group_name: String,
    pub entered_at: chrono::NaiveDateTime,
    pub disputed: bool,
}

/// Groups owed money in these programmes whose current bank details are not confirmed.
pub fn unconfirmed_in(conn: &mut DbConn, programme_ids: &[i64]) -> QueryResult<Vec<Unconfirmed>> {
    let rows: Vec<(i64, i64, String, chrono::NaiveDateTime, Option<chrono::NaiveDateTime>)> = bank_details::table
        .inner_join(community_groups::table)
        .inner_join(bids::table.on(bids::group_id.eq(bank_details::group_id)))
        .inner_join(rounds::table.on(rounds::id.eq(bids::round_id)))
        .filter(rounds::programme_id.eq_any(programme_ids))
        .filter(bids::state.eq_any(owed()))
        .filter(bank_details::replaced_at.is_null())
        .filter(bank_details::confirmed_at.is_null().or(bank_details::disputed_at.is_not_null()))
        .order(bank_details::entered_at.asc())
        .select((
            rounds::programme_id,
            bids::id,
            community_groups::name,
            bank_details::entered_at,
            bank_details::disputed_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(programme_id, bid_id, group_name, entered_at, disputed_at)| Unconfirmed {
            programme_id,
            bid_id,
            group_name,
            entered_at,
            disputed: disputed_at.is_some(),
        })
        .collect())
}

/// A group's current details with the names of who gave and who confirmed them, for a lead.
#[derive(Debug, Clone)]
pub struct OnFile {
    pub row: BankDetailsRow,
    pub entered_by: String,
    pub confirmed_by: Option<String>,
    /// Other groups whose current details are the same account (`groups::lookalikes`).
    pub same_account_as: Vec<String>,
    /// The host organisation that gave them, when the group is paid through one.
    pub host: Option<super::hosts::Host>,
}

pub fn on_file(conn: &mut DbConn, group_id: i64) -> QueryResult<Option<OnFile>> {
    let Some(row) = current(conn, group_id)? else { return Ok(None) };
    let name_of =
        |conn: &mut DbConn, id: i64| -> QueryResult<String> { people::table.find(id).select(people::name).first(conn) };
    let entered_by = name_of(conn, row.entered_by)?;
    let confirmed_by = row.confirmed_by.map(|id| name_of(conn, id)).transpose()?;
    let same_account_as =
        crate::groups::lookalikes::same_bank_account(conn, group_id)?.into_iter().map(|(_, name)| name).collect();
    let host = row.host_id.map(|id| super::hosts::find(conn, id)).transpose()?.flatten();
    Ok(Some(OnFile { row, entered_by, confirmed_by, same_account_as, host }))
}
