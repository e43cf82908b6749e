//! Reading programmes.

use std::collections::HashMap;

use diesel::prelude::*;

use super::areas::{ProgrammeArea, free_text_key};
use super::model::{Programme, Team};
use crate::db::DbConn;
use crate::db::schema::{area_mappings, bid_areas, bid_sent_profiles, bids, programme_areas, programmes, rounds};

pub fn all(conn: &mut DbConn) -> QueryResult<Vec<Programme>> {
    programmes::table.order(programmes::name.asc()).select(Programme::as_select()).load(conn)
}

pub fn find(conn: &mut DbConn, id: i64) -> QueryResult<Option<Programme>> {
    programmes::table.find(id).select(Programme::as_select()).first(conn).optional()
}

/// The team of the programme a round belongs to, as its emails are signed: `fallback_email`
/// (the installation's `contact_email` setting, `Links::contact_email`) stands in for a team
/// that has given no address of its own.
pub fn team_of_round(conn: &mut DbConn, round_id: i64, fallback_email: &str) -> QueryResult<Team> {
    let programme_id: i64 = rounds::table.find(round_id).select(rounds::programme_id).first(conn)?;
    let programme: Programme = programmes::table.find(programme_id).select(Programme::as_select()).first(conn)?;
    Ok(programme.team(fallback_email))
}

/// The programmes a person may manage: every one for a site admin, otherwise those they lead.
pub fn manageable_by(conn: &mut DbConn, roles: &crate::accounts::Roles) -> QueryResult<Vec<Programme>> {
    if roles.site_admin {
        return all(conn);
    }
    let ids = roles.programmes_with(crate::accounts::ProgrammeRole::Lead);
    programmes::table
        .filter(programmes::id.eq_any(ids))
        .order(programmes::name.asc())
        .select(Programme::as_select())
        .load(conn)
}

/// People holding a role in the programme, by name.
pub fn people_with_role(
    conn: &mut DbConn,
    programme_id: i64,
    role: crate::accounts::ProgrammeRole,
) -> QueryResult<Vec<(crate::accounts::Person, bool)>> {
    use crate::db::schema::{people, role_grants};
    role_grants::table
        .inner_join(people::table.on(people::id.eq(role_grants::person_id)))
        .filter(role_grants::programme_id.eq(programme_id))
        .filter(role_grants::role.eq(role.as_str()))
        .order(people::name.asc())
        .select((crate::accounts::Person::as_select(), role_grants::lived_experience))
        .load(conn)
}

pub fn find_by_slug(conn: &mut DbConn, slug: &str) -> QueryResult<Option<Programme>> {
    programmes::table.filter(programmes::slug.eq(slug)).select(Programme::as_select()).first(conn).optional()
}

/// The programme's areas, by name.
pub fn areas_of(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<ProgrammeArea>> {
    programme_areas::table
        .filter(programme_areas::programme_id.eq(programme_id))
        .order(programme_areas::name.asc())
        .select(ProgrammeArea::as_select())
        .load(conn)
}

/// How many bids say they serve each of the programme's areas, by area id.
pub fn bids_by_area(conn: &mut DbConn, programme_id: i64) -> QueryResult<HashMap<i64, i64>> {
    let rows: Vec<(i64, i64)> = bid_areas::table
        .inner_join(programme_areas::table)
        .filter(programme_areas::programme_id.eq(programme_id))
        .group_by(bid_areas::area_id)
        .select((bid_areas::area_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// The lead's mappings of free-text areas (`areas::free_text_key`) to the programme's areas.
pub fn area_mappings_of(conn: &mut DbConn, programme_id: i64) -> QueryResult<HashMap<String, i64>> {
    let rows: Vec<(String, i64)> = area_mappings::table
        .filter(area_mappings::programme_id.eq(programme_id))
        .select((area_mappings::free_text, area_mappings::area_id))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// A free-text area kept with bids sent before the programme had its list (or that chose
/// none), as the lead sees it to map: how groups typed it (the first spelling met), its key
/// and how many bids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FreeTextArea {
    pub typed: String,
    pub key: String,
    pub bids: i64,
}

/// Each distinct free-text area of the programme's sent bids that name none of its areas and
/// that the lead has not mapped yet, most bids first.
pub fn unmapped_free_text(conn: &mut DbConn, programme_id: i64) -> QueryResult<Vec<FreeTextArea>> {
    let with_areas = bid_areas::table.filter(bid_areas::bid_id.eq(bids::id)).select(bid_areas::bid_id);
    let kept: Vec<String> = bid_sent_profiles::table
        .inner_join(bids::table.inner_join(rounds::table))
        .filter(rounds::programme_id.eq(programme_id))
        .filter(bids::serves_elsewhere.eq(false))
        .filter(diesel::dsl::not(diesel::dsl::exists(with_areas)))
        .order(bids::id.asc())
        .select(bid_sent_profiles::area)
        .load(conn)?;
    let mapped = area_mappings_of(conn, programme_id)?;
    let mut list: Vec<FreeTextArea> = Vec::new();
    for typed in kept {
        let key = free_text_key(&typed);
        if key.is_empty() || mapped.contains_key(&key) {
            continue;
        }
        match list.iter_mut().find(|entry| entry.key == key) {
            Some(entry) => entry.bids += 1,
            None => {
                list.push(FreeTextArea { typed: typed.split_whitespace().collect::<Vec<_>>().join(" "), key, bids: 1 })
            }
        }
    }
    list.sort_by(|a, b| b.bids.cmp(&a.bids).then(a.key.cmp(&b.key)));
    Ok(list)
}
