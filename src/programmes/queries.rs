//! Reading programmes.

use diesel::prelude::*;

use super::model::{Programme, Team};
use crate::db::DbConn;
use crate::db::schema::{programmes, rounds};

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
