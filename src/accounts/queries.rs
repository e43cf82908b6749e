//! Reading and writing people, roles, sessions and email links.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::*;
use super::permissions::Roles;
use crate::db::DbConn;
use crate::db::schema::{account_tokens, people, programmes, role_grants, second_factors, sessions};
use crate::i18n::Tr;

diesel::define_sql_function!(fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text);

pub fn find_person(conn: &mut DbConn, id: i64) -> QueryResult<Option<Person>> {
    people::table.find(id).select(Person::as_select()).first(conn).optional()
}

/// By normalised email address.
pub fn find_by_email(conn: &mut DbConn, email: &str) -> QueryResult<Option<Person>> {
    people::table.filter(people::email.eq(email)).select(Person::as_select()).first(conn).optional()
}

/// The language to write to a (normalised) address in: its account's, when it has one (see
/// [`Person::tr`]); `otherwise` for an address without an account.
pub fn tr_for_address(conn: &mut DbConn, email: &str, otherwise: Tr) -> QueryResult<Tr> {
    let saved: Option<Option<String>> =
        people::table.filter(people::email.eq(email)).select(people::language).first(conn).optional()?;
    Ok(match saved {
        Some(language) => Tr::for_saved(language.as_deref()),
        None => otherwise,
    })
}

pub fn insert_person(conn: &mut DbConn, person: &NewPerson<'_>) -> QueryResult<Person> {
    let id: i64 = diesel::insert_into(people::table).values(person).returning(people::id).get_result(conn)?;
    people::table.find(id).select(Person::as_select()).first(conn)
}

pub fn set_password_hash(conn: &mut DbConn, person_id: i64, hash: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(people::table.find(person_id))
        .set((people::password_hash.eq(hash), people::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

pub fn mark_verified(conn: &mut DbConn, person_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(people::table.find(person_id).filter(people::email_verified_at.is_null()))
        .set((people::email_verified_at.eq(now), people::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

pub fn set_disabled(
    conn: &mut DbConn,
    person_id: i64,
    disabled_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(people::table.find(person_id))
        .set((people::disabled_at.eq(disabled_at), people::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

pub fn set_site_admin(conn: &mut DbConn, person_id: i64, is_admin: bool, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(people::table.find(person_id))
        .set((people::is_site_admin.eq(is_admin), people::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// The language a person reads the portal in; a preference, so not an audited event.
pub fn set_language(conn: &mut DbConn, person_id: i64, code: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(people::table.find(person_id))
        .set((people::language.eq(code), people::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// The person's roles with programme names, in programme order.
pub fn roles_of(conn: &mut DbConn, person: &Person) -> QueryResult<Roles> {
    let rows: Vec<(RoleGrantRow, String)> = role_grants::table
        .inner_join(programmes::table)
        .filter(role_grants::person_id.eq(person.id))
        .order((programmes::name.asc(), role_grants::role.asc()))
        .select((RoleGrantRow::as_select(), programmes::name))
        .load(conn)?;
    let grants = rows
        .into_iter()
        .filter_map(|(row, programme_name)| {
            Some(RoleGrant {
                id: row.id,
                programme_id: row.programme_id,
                programme_name,
                role: ProgrammeRole::parse(&row.role)?,
                lived_experience: row.lived_experience,
            })
        })
        .collect();
    Ok(Roles {
        person_id: person.id,
        site_admin: person.is_site_admin,
        directory_editor: person.is_directory_editor,
        grants,
    })
}

pub fn find_grant(conn: &mut DbConn, grant_id: i64) -> QueryResult<Option<RoleGrantRow>> {
    role_grants::table.find(grant_id).select(RoleGrantRow::as_select()).first(conn).optional()
}

pub fn grant_exists(conn: &mut DbConn, person_id: i64, programme_id: i64, role: ProgrammeRole) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        role_grants::table
            .filter(role_grants::person_id.eq(person_id))
            .filter(role_grants::programme_id.eq(programme_id))
            .filter(role_grants::role.eq(role.as_str())),
    ))
    .get_result(conn)
}

pub fn insert_grant(conn: &mut DbConn, grant: &NewRoleGrant) -> QueryResult<i64> {
    diesel::insert_into(role_grants::table).values(grant).returning(role_grants::id).get_result(conn)
}

pub fn delete_grant(conn: &mut DbConn, grant_id: i64) -> QueryResult<usize> {
    diesel::delete(role_grants::table.find(grant_id)).execute(conn)
}

/// People whose name or email contains `search` (any case), newest first, a page at a time;
/// with the total for paging.
/// People per page in the site admin's list.
pub const PEOPLE_PAGE_SIZE: i64 = 50;

pub fn search_people(conn: &mut DbConn, search: &str, limit: i64, offset: i64) -> QueryResult<(Vec<Person>, i64)> {
    let pattern =
        format!("%{}%", search.trim().to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let matching = || {
        people::table
            .filter(
                people::email
                    .like(pattern.clone())
                    .escape('\\')
                    .or(lower(people::name).like(pattern.clone()).escape('\\')),
            )
            .into_boxed()
    };
    let total = matching().count().get_result(conn)?;
    let page =
        matching().order(people::id.desc()).limit(limit).offset(offset).select(Person::as_select()).load(conn)?;
    Ok((page, total))
}

pub fn insert_session(conn: &mut DbConn, session: &NewSession<'_>) -> QueryResult<i64> {
    diesel::insert_into(sessions::table).values(session).returning(sessions::id).get_result(conn)
}

/// Whether the person has an authenticator app set up (two-step sign-in).
pub fn has_app(conn: &mut DbConn, person_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(second_factors::table.find(person_id))).get_result(conn)
}

/// A live session with its person, and whether that person has an authenticator app.
pub struct LiveSession {
    pub session: SessionRow,
    pub person: Person,
    pub has_app: bool,
}

/// The live session for a cookie token, with its person, in one query.
pub fn find_live_session(conn: &mut DbConn, token_hash: &str, now: NaiveDateTime) -> QueryResult<Option<LiveSession>> {
    let found: Option<(SessionRow, Person, Option<i64>)> = sessions::table
        .inner_join(people::table.left_join(second_factors::table))
        .filter(sessions::token_hash.eq(token_hash))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now))
        .select((SessionRow::as_select(), Person::as_select(), second_factors::person_id.nullable()))
        .first(conn)
        .optional()?;
    Ok(found.map(|(session, person, app)| LiveSession { session, person, has_app: app.is_some() }))
}

pub fn touch_session(conn: &mut DbConn, session_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(sessions::table.find(session_id)).set(sessions::last_seen_at.eq(now)).execute(conn)?;
    Ok(())
}

pub fn revoke_session(conn: &mut DbConn, session_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(sessions::table.find(session_id).filter(sessions::revoked_at.is_null()))
        .set(sessions::revoked_at.eq(now))
        .execute(conn)?;
    Ok(())
}

/// Ends every session of a person, except `keep` if given; answers how many ended.
pub fn revoke_sessions_of(
    conn: &mut DbConn,
    person_id: i64,
    keep: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let live = sessions::table.filter(sessions::person_id.eq(person_id)).filter(sessions::revoked_at.is_null());
    match keep {
        Some(keep) => {
            diesel::update(live.filter(sessions::id.ne(keep))).set(sessions::revoked_at.eq(now)).execute(conn)
        }
        None => diesel::update(live).set(sessions::revoked_at.eq(now)).execute(conn),
    }
}

pub fn sessions_of(conn: &mut DbConn, person_id: i64) -> QueryResult<Vec<SessionRow>> {
    sessions::table
        .filter(sessions::person_id.eq(person_id))
        .order(sessions::id.asc())
        .select(SessionRow::as_select())
        .load(conn)
}

pub fn insert_token(
    conn: &mut DbConn,
    person_id: i64,
    purpose: TokenPurpose,
    token_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(account_tokens::table)
        .values((
            account_tokens::person_id.eq(person_id),
            account_tokens::purpose.eq(purpose.as_str()),
            account_tokens::token_hash.eq(token_hash),
            account_tokens::created_at.eq(now),
            account_tokens::expires_at.eq(now + purpose.lifetime()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_token(conn: &mut DbConn, token_hash: &str, purpose: TokenPurpose) -> QueryResult<Option<AccountToken>> {
    account_tokens::table
        .filter(account_tokens::token_hash.eq(token_hash))
        .filter(account_tokens::purpose.eq(purpose.as_str()))
        .select(AccountToken::as_select())
        .first(conn)
        .optional()
}

/// Marks the token used; answers false if someone else used it first.
pub fn use_token(conn: &mut DbConn, token_id: i64, now: NaiveDateTime) -> QueryResult<bool> {
    let updated = diesel::update(account_tokens::table.find(token_id).filter(account_tokens::used_at.is_null()))
        .set(account_tokens::used_at.eq(now))
        .execute(conn)?;
    Ok(updated == 1)
}

/// Retires every unused link of one purpose (a new link replaces older ones).
pub fn retire_tokens(conn: &mut DbConn, person_id: i64, purpose: TokenPurpose, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(
        account_tokens::table
            .filter(account_tokens::person_id.eq(person_id))
            .filter(account_tokens::purpose.eq(purpose.as_str()))
            .filter(account_tokens::used_at.is_null()),
    )
    .set(account_tokens::used_at.eq(now))
    .execute(conn)?;
    Ok(())
}
