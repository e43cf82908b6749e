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
        "bids": bids,
    }))
}
