//! Reading groups and their members.

use diesel::prelude::*;

use super::model::{Equality, Group, Invitation, Member};
use crate::accounts::Person;
use crate::db::DbConn;
use crate::db::schema::{community_groups, group_equality, group_invitations, group_members, people};

pub fn find(conn: &mut DbConn, group_id: i64) -> QueryResult<Option<Group>> {
    community_groups::table.find(group_id).select(Group::as_select()).first(conn).optional()
}

/// The person's membership of the group, if they are a member.
pub fn membership(conn: &mut DbConn, group_id: i64, person_id: i64) -> QueryResult<Option<Member>> {
    group_members::table
        .filter(group_members::group_id.eq(group_id))
        .filter(group_members::person_id.eq(person_id))
        .select(Member::as_select())
        .first(conn)
        .optional()
}

/// The groups a person belongs to, by name.
pub fn groups_of(conn: &mut DbConn, person_id: i64) -> QueryResult<Vec<(Group, Member)>> {
    community_groups::table
        .inner_join(group_members::table)
        .filter(group_members::person_id.eq(person_id))
        .order(community_groups::name.asc())
        .select((Group::as_select(), Member::as_select()))
        .load(conn)
}

/// Members with their accounts, connectors last.
pub fn members_of(conn: &mut DbConn, group_id: i64) -> QueryResult<Vec<(Member, Person)>> {
    group_members::table
        .inner_join(people::table.on(people::id.eq(group_members::person_id)))
        .filter(group_members::group_id.eq(group_id))
        .order((group_members::is_connector.asc(), people::name.asc()))
        .select((Member::as_select(), Person::as_select()))
        .load(conn)
}

pub fn pending_invitations(
    conn: &mut DbConn,
    group_id: i64,
    now: chrono::NaiveDateTime,
) -> QueryResult<Vec<Invitation>> {
    group_invitations::table
        .filter(group_invitations::group_id.eq(group_id))
        .filter(group_invitations::accepted_at.is_null())
        .filter(group_invitations::expires_at.gt(now))
        .order(group_invitations::id.asc())
        .select(Invitation::as_select())
        .load(conn)
}

pub fn invitation_by_hash(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<Invitation>> {
    group_invitations::table
        .filter(group_invitations::token_hash.eq(token_hash))
        .select(Invitation::as_select())
        .first(conn)
        .optional()
}

pub fn equality_of(conn: &mut DbConn, group_id: i64) -> QueryResult<Option<Equality>> {
    group_equality::table.find(group_id).select(Equality::as_select()).first(conn).optional()
}
