//! Reads for "who is missing": the programme's known groups that have never sent it a bid, and
//! the invitations its lead has sent.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::{exists, not};
use diesel::prelude::*;

use super::rules::{self, KnownGroup};
use crate::db::DbConn;
use crate::db::schema::{
    area_mappings, bids, community_groups, group_equality, programme_areas, round_invitations, rounds,
};
use crate::directory::queries::DirectoryEntry;
use crate::groups::Group;
use crate::programmes::areas::{ProgrammeArea, areas_for_postcode};

/// Every registered group that has never sent a bid to any round of the programme (drafts,
/// and drafts withdrawn unsent, are not sending), by name, with what it lists in the community
/// directory (public at `now`): fundable initiatives the lead may not know of. A group is
/// counted in the areas its own postcode lies in and those its listings' postcodes lie in.
pub fn missing_groups(conn: &mut DbConn, programme_id: i64, now: NaiveDateTime) -> QueryResult<Vec<KnownGroup>> {
    let rows: Vec<(Group, Option<(String, String)>)> = community_groups::table
        .left_join(group_equality::table.on(group_equality::group_id.eq(community_groups::id)))
        .filter(not(exists(sent_to_programme(programme_id))))
        .order((community_groups::name.asc(), community_groups::id.asc()))
        .select((Group::as_select(), (group_equality::leadership_status, group_equality::leadership_codes).nullable()))
        .load(conn)?;
    let areas: Vec<ProgrammeArea> = programme_areas::table
        .filter(programme_areas::programme_id.eq(programme_id))
        .order(programme_areas::name.asc())
        .select(ProgrammeArea::as_select())
        .load(conn)?;
    let area_names: Vec<String> = areas.iter().map(|area| area.name.clone()).collect();
    let mappings: HashMap<String, String> = area_mappings::table
        .inner_join(programme_areas::table.on(programme_areas::id.eq(area_mappings::area_id)))
        .filter(area_mappings::programme_id.eq(programme_id))
        .select((area_mappings::free_text, programme_areas::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(typed, name)| (typed.trim().to_lowercase(), name))
        .collect();
    let group_ids: Vec<i64> = rows.iter().map(|(group, _)| group.id).collect();
    let mut listings: HashMap<i64, Vec<DirectoryEntry>> = HashMap::new();
    for (group_id, entry) in crate::directory::queries::public_listings_of(conn, &group_ids, now)? {
        listings.entry(group_id).or_default().push(entry);
    }
    let known: Vec<KnownGroup> = rows
        .into_iter()
        .map(|(group, equality)| {
            let listed = listings.remove(&group.id).unwrap_or_default();
            let mut postcode_areas: Vec<String> = Vec::new();
            for postcode in
                std::iter::once(group.postcode.as_str()).chain(listed.iter().map(|entry| entry.postcode.as_str()))
            {
                for area in areas_for_postcode(&areas, postcode) {
                    if !postcode_areas.contains(&area.name) {
                        postcode_areas.push(area.name.clone());
                    }
                }
            }
            let mapped = mappings.get(&group.area.trim().to_lowercase()).cloned();
            KnownGroup {
                group_id: group.id,
                kind_key: group.kind_label_key(),
                areas: rules::area_labels(postcode_areas, &group.area, mapped, &area_names),
                described: match &equality {
                    Some((status, codes)) => rules::described_rows(Some(status), codes),
                    None => rules::described_rows(None, ""),
                },
                name: group.name,
                listings: listed.into_iter().map(|entry| (entry.id, entry.name)).collect(),
            }
        })
        .collect();
    Ok(known)
}

/// When each group was invited to each of these rounds: `(group, round) → when`.
pub fn invitations_to(conn: &mut DbConn, round_ids: &[i64]) -> QueryResult<HashMap<(i64, i64), NaiveDateTime>> {
    Ok(round_invitations::table
        .filter(round_invitations::round_id.eq_any(round_ids))
        .select((round_invitations::group_id, round_invitations::round_id, round_invitations::invited_at))
        .load::<(i64, i64, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(group, round, at)| ((group, round), at))
        .collect())
}

/// Whether the group has ever sent a bid to the programme.
pub fn has_applied(conn: &mut DbConn, programme_id: i64, group_id: i64) -> QueryResult<bool> {
    let sent: i64 = bids::table
        .inner_join(rounds::table)
        .filter(rounds::programme_id.eq(programme_id))
        .filter(bids::group_id.eq(group_id))
        .filter(bids::submitted_at.is_not_null())
        .count()
        .get_result(conn)?;
    Ok(sent > 0)
}

/// When the group was invited to the round, if it was.
pub fn invited_at(conn: &mut DbConn, round_id: i64, group_id: i64) -> QueryResult<Option<NaiveDateTime>> {
    round_invitations::table
        .filter(round_invitations::round_id.eq(round_id))
        .filter(round_invitations::group_id.eq(group_id))
        .select(round_invitations::invited_at)
        .first(conn)
        .optional()
}

/// How many registered groups have never sent the programme a bid (the dashboard's line).
pub fn count_missing(conn: &mut DbConn, programme_id: i64) -> QueryResult<i64> {
    community_groups::table.filter(not(exists(sent_to_programme(programme_id)))).count().get_result(conn)
}

/// The group's sent bids to the programme, for `NOT EXISTS`: the group of the outer query is
/// the one looked at. Written as `NOT EXISTS` rather than `id NOT IN (every group that sent a
/// bid)`, which PostgreSQL compares row by row against the whole list (277 ms for 5,000 groups
/// and 10,000 bids) where `NOT EXISTS` is an anti-join on the bids' group index (a few ms).
#[diesel::dsl::auto_type]
fn sent_to_programme(programme_id: i64) -> _ {
    bids::table
        .inner_join(rounds::table)
        .filter(bids::group_id.eq(community_groups::id))
        .filter(rounds::programme_id.eq(programme_id))
        .filter(bids::submitted_at.is_not_null())
        .select(bids::id)
}
