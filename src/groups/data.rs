//! "Download everything held about our group": the profile, members, equality answers, every
//! bid with its files (names and links, the bytes download separately), history, award,
//! payments and report. Reviews and scores are the panel's working notes and are not included;
//! the decision and any feedback are.

use diesel::prelude::*;

use super::{Group, queries};
use crate::db::DbConn;
use crate::db::schema::bid_confirmations;

pub fn group_data(conn: &mut DbConn, group: &Group, now: chrono::NaiveDateTime) -> QueryResult<serde_json::Value> {
    let members: Vec<serde_json::Value> = queries::members_of(conn, group.id)?
        .into_iter()
        .map(|(member, person)| {
            serde_json::json!({
                "name": person.name,
                "email": person.email,
                "community_connector": member.is_connector,
                "joined_at": member.added_at,
            })
        })
        .collect();
    let invitations: Vec<serde_json::Value> = queries::pending_invitations(conn, group.id, now)?
        .into_iter()
        .map(|invitation| serde_json::json!({ "email": invitation.email, "expires_at": invitation.expires_at }))
        .collect();
    let mut bids = Vec::new();
    for (bid, round) in crate::bids::queries::of_group(conn, group.id)? {
        let files: Vec<serde_json::Value> = crate::bids::queries::files_of(conn, bid.id)?
            .into_iter()
            .map(|file| {
                let link = format!("/bids/{}/files/{}", bid.id, file.id);
                let mut value = serde_json::to_value(&file).unwrap_or_default();
                value["download"] = serde_json::Value::String(link);
                value
            })
            .collect();
        let history: Vec<serde_json::Value> = crate::bids::queries::history(conn, bid.id)?
            .into_iter()
            .map(|(event, by)| {
                serde_json::json!({
                    "at": event.occurred_at,
                    "what": event.action,
                    "by": by,
                    "from": event.from_state,
                    "to": event.to_state,
                    "reason": event.reason,
                })
            })
            .collect();
        let award = crate::grants::queries::award_of(conn, bid.id)?;
        let payments = match &award {
            Some(award) => crate::grants::queries::payments_of(conn, award.id)?,
            None => Vec::new(),
        };
        let confirmations: Vec<(String, chrono::NaiveDateTime, Option<chrono::NaiveDateTime>)> =
            bid_confirmations::table
                .filter(bid_confirmations::bid_id.eq(bid.id))
                .select((bid_confirmations::email, bid_confirmations::created_at, bid_confirmations::confirmed_at))
                .load(conn)?;
        bids.push(serde_json::json!({
            "round": round.name,
            "bid": bid,
            "files": files,
            "history": history,
            "award": award,
            "payments": payments,
            "report": crate::grants::queries::report_of(conn, bid.id)?,
            "confirmations_asked": confirmations.into_iter().map(|(email, asked, confirmed)| serde_json::json!({
                "email": email, "asked_at": asked, "confirmed_at": confirmed,
            })).collect::<Vec<_>>(),
        }));
    }
    Ok(serde_json::json!({
        "group": group,
        "members": members,
        "invitations_waiting": invitations,
        "equality": queries::equality_of(conn, group.id)?,
        "bank_details": bank_details(conn, group.id)?,
        "host_organisations": host_organisations(conn, group.id)?,
        "bids": bids,
    }))
}

/// Every time the group gave bank details, masked: the account number's last four digits and
/// where each stood. The sealed details themselves are not part of a download, which can be
/// emailed on or left on a shared computer.
fn bank_details(conn: &mut DbConn, group_id: i64) -> QueryResult<Vec<serde_json::Value>> {
    use crate::bank_details::BankDetailsRow;
    use crate::db::schema::bank_details;
    let rows: Vec<BankDetailsRow> = bank_details::table
        .filter(bank_details::group_id.eq(group_id))
        .order(bank_details::id.asc())
        .select(BankDetailsRow::as_select())
        .load(conn)?;
    Ok(rows
        .iter()
        .map(|row| {
            serde_json::json!({
                "account_number": row.masked_number(),
                "standing": row.standing(),
                "given_at": row.entered_at,
                "confirmed_at": row.confirmed_at,
                "confirmed_after_a_call_back": row.confirmed_by_call_back(),
                "disputed_at": row.disputed_at,
                "replaced_at": row.replaced_at,
                "given_by_host_organisation": row.host_id.is_some(),
            })
        })
        .collect())
}

/// The host organisations the group named to hold its money, and how each answered (never the
/// link's token).
fn host_organisations(conn: &mut DbConn, group_id: i64) -> QueryResult<Vec<serde_json::Value>> {
    use crate::bank_details::hosts::Host;
    use crate::db::schema::group_hosts;
    let hosts: Vec<Host> = group_hosts::table
        .filter(group_hosts::group_id.eq(group_id))
        .order(group_hosts::id.asc())
        .select(Host::as_select())
        .load(conn)?;
    Ok(hosts
        .iter()
        .map(|host| {
            serde_json::json!({
                "name": host.name,
                "charity_number": host.charity_number,
                "contact_name": host.contact_name,
                "contact_email": host.contact_email,
                "asked_at": host.requested_at,
                "confirmed_at": host.confirmed_at,
                "confirmed_by": host.confirmed_name,
                "declined_at": host.declined_at,
                "ended_at": host.ended_at,
            })
        })
        .collect())
}
