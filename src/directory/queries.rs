//! Reading the directory: search for anyone, a group's own listings, the editors' queue.
//!
//! Free-text search runs in the database on both backends: SQLite's FTS5 index
//! (`directory_search`, kept by triggers) and PostgreSQL's full-text search over the same
//! words (`search_vector`, made by PostgreSQL from `search_body`, with a GIN index). Both are
//! given only the search's words (`rules::search_words`), bound as parameters, so no typed text
//! is read as syntax.

use chrono::NaiveDateTime;
use diesel::dsl::sql;
use diesel::expression::{AsExpression, SqlLiteral, UncheckedBind};
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};

use super::freshness::oldest_public_confirmation;
use super::model::{Category, Listing, ListingStatus};
use super::rules::search_words;
use crate::db::schema::{
    awards, bids, community_groups, directory_categories, directory_listing_categories, directory_listings, programmes,
    rounds,
};
use crate::db::{Backend, DbConn};

/// How many listings a page of results shows.
pub const PAGE_SIZE: i64 = 20;

/// A search as asked: every part optional; values already checked against what exists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub text: String,
    pub category_id: Option<i64>,
    /// A postcode district ("B19"): listings whose postcode is in it.
    pub district: Option<String>,
    /// 1 (Monday) to 7: weekly listings on that day.
    pub weekday: Option<i32>,
    pub free_only: bool,
    pub online_only: bool,
    /// A language's name as typed ("Urdu"): listings that say they speak it.
    pub language: Option<String>,
    pub page: i64,
}

/// A listing in the results, with its group's name.
#[derive(Debug, Clone)]
pub struct Found {
    pub listing: Listing,
    pub group_name: String,
}

pub fn categories(conn: &mut DbConn) -> QueryResult<Vec<Category>> {
    directory_categories::table
        .order((directory_categories::position.asc(), directory_categories::name.asc()))
        .select(Category::as_select())
        .load(conn)
}

/// The categories a listing is filed under, in the list's order.
pub fn categories_of(conn: &mut DbConn, listing_id: i64) -> QueryResult<Vec<Category>> {
    directory_categories::table
        .inner_join(directory_listing_categories::table)
        .filter(directory_listing_categories::listing_id.eq(listing_id))
        .order(directory_categories::position.asc())
        .select(Category::as_select())
        .load(conn)
}

pub fn find(conn: &mut DbConn, listing_id: i64) -> QueryResult<Option<(Listing, String)>> {
    directory_listings::table
        .inner_join(community_groups::table)
        .filter(directory_listings::id.eq(listing_id))
        .select((Listing::as_select(), community_groups::name))
        .first(conn)
        .optional()
}

/// The public directory's results for `search` at `now` (approved listings confirmed within
/// the last 12 months), by name, one page; and how many there are in all.
pub fn search(conn: &mut DbConn, search: &Search, now: NaiveDateTime) -> QueryResult<(Vec<Found>, i64)> {
    let backend = conn.backend();
    let total: i64 = public_matching(backend, search, now).count().get_result(conn)?;
    let rows: Vec<(Listing, String)> = public_matching(backend, search, now)
        .order((directory_listings::name.asc(), directory_listings::id.asc()))
        .offset(search.page.max(0) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .select((Listing::as_select(), community_groups::name))
        .load(conn)?;
    Ok((rows.into_iter().map(|(listing, group_name)| Found { listing, group_name }).collect(), total))
}

/// Public listings joined to their groups, as a query to count, page or select from.
type PublicQuery = diesel::dsl::IntoBoxed<
    'static,
    diesel::dsl::InnerJoin<directory_listings::table, community_groups::table>,
    <DbConn as diesel::Connection>::Backend,
>;

/// The public listings at `now` that match `search` (every part but its page): what the
/// directory's pages and the Open Referral feed both show.
fn public_matching(backend: Backend, search: &Search, now: NaiveDateTime) -> PublicQuery {
    let mut query = directory_listings::table
        .inner_join(community_groups::table)
        .filter(directory_listings::status.eq(ListingStatus::Approved.key()))
        .filter(directory_listings::confirmed_at.ge(oldest_public_confirmation(now)))
        .into_boxed();
    let words = search_words(&search.text);
    if !words.is_empty() {
        query = query.filter(text_matches(backend, &words));
    }
    if let Some(category_id) = search.category_id {
        query = query.filter(
            directory_listings::id.eq_any(
                directory_listing_categories::table
                    .filter(directory_listing_categories::category_id.eq(category_id))
                    .select(directory_listing_categories::listing_id),
            ),
        );
    }
    if let Some(district) = &search.district {
        query = query.filter(directory_listings::postcode.like(format!("{} %", escape_like(district))).escape('\\'));
    }
    if let Some(day) = search.weekday {
        query = query.filter(directory_listings::schedule.eq("weekly")).filter(directory_listings::weekday.eq(day));
    }
    if search.free_only {
        query = query.filter(directory_listings::free.eq(true));
    }
    if search.online_only {
        query = query.filter(directory_listings::online.eq(true));
    }
    if let Some(language) = &search.language {
        let pattern = format!("%{}%", escape_like(&language.to_lowercase()));
        query = query.filter(
            sql::<Bool>("lower(directory_listings.languages) LIKE ").bind::<Text, _>(pattern).sql(" ESCAPE '\\'"),
        );
    }
    query
}

/// A listing's group as the public may know it: no contact name, email or phone, which are
/// the group's private details (a volunteer's own, often). Loading only these columns keeps
/// them out of anything built from this.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = community_groups)]
pub struct Provider {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub charity_number: String,
    pub company_number: String,
    /// Where the group says it works, in its words.
    pub area: String,
    pub website: String,
    pub updated_at: NaiveDateTime,
}

/// A page of the public listings matching `search` (its `page` is not used) and changed at or
/// after `changed_since` (the listing, its confirmation or its group; see
/// `openreferral::last_modified`), by name; and how many match in all.
pub fn public_page(
    conn: &mut DbConn,
    search: &Search,
    changed_since: Option<NaiveDateTime>,
    (offset, limit): (i64, i64),
    now: NaiveDateTime,
) -> QueryResult<(Vec<(Listing, Provider)>, i64)> {
    let backend = conn.backend();
    let build = || {
        let query = public_matching(backend, search, now);
        match changed_since {
            Some(since) => query.filter(
                directory_listings::updated_at
                    .ge(since)
                    .or(directory_listings::confirmed_at.ge(since))
                    .or(community_groups::updated_at.ge(since)),
            ),
            None => query,
        }
    };
    let total: i64 = build().count().get_result(conn)?;
    let rows = build()
        .order((directory_listings::name.asc(), directory_listings::id.asc()))
        .offset(offset)
        .limit(limit)
        .select((Listing::as_select(), Provider::as_select()))
        .load(conn)?;
    Ok((rows, total))
}

/// The listing with its group if it is public at `now`; `None` when pending, hidden, lapsed or
/// not there at all, which the public cannot tell apart.
pub fn public_listing(
    conn: &mut DbConn,
    listing_id: i64,
    now: NaiveDateTime,
) -> QueryResult<Option<(Listing, Provider)>> {
    public_matching(conn.backend(), &Search::default(), now)
        .filter(directory_listings::id.eq(listing_id))
        .select((Listing::as_select(), Provider::as_select()))
        .first(conn)
        .optional()
}

/// The numbers of every listing public at `now`: what an Open Referral id is looked up among.
pub fn public_listing_ids(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<Vec<i64>> {
    public_matching(conn.backend(), &Search::default(), now).select(directory_listings::id).load(conn)
}

/// SQL with one bound text: the search condition on either backend.
type TextMatch = SqlLiteral<Bool, UncheckedBind<SqlLiteral<Bool>, <String as AsExpression<Text>>::Expression>>;

/// Whether a listing's words take in every word searched for, in the database's own index.
fn text_matches(backend: Backend, words: &[String]) -> TextMatch {
    match backend {
        // Each word quoted: FTS5 reads it as a word, never as an operator.
        Backend::Sqlite => {
            let fts_query = words.iter().map(|word| format!("\"{word}\"")).collect::<Vec<_>>().join(" ");
            sql::<Bool>("directory_listings.id IN (SELECT rowid FROM directory_search WHERE directory_search MATCH ")
                .bind::<Text, _>(fts_query)
                .sql(")")
        }
        Backend::Postgres => sql::<Bool>("directory_listings.search_vector @@ plainto_tsquery('english', ")
            .bind::<Text, _>(words.join(" "))
            .sql(")"),
    }
}

/// `%`, `_` and `\` written so LIKE reads them as themselves.
fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// A group's listings, newest first.
pub fn of_group(conn: &mut DbConn, group_id: i64) -> QueryResult<Vec<Listing>> {
    directory_listings::table
        .filter(directory_listings::group_id.eq(group_id))
        .order(directory_listings::created_at.desc())
        .select(Listing::as_select())
        .load(conn)
}

/// Listings with `status`, oldest change first (the editors' queue), with their groups' names.
pub fn with_status(conn: &mut DbConn, status: ListingStatus) -> QueryResult<Vec<(Listing, String)>> {
    directory_listings::table
        .inner_join(community_groups::table)
        .filter(directory_listings::status.eq(status.key()))
        .order(directory_listings::updated_at.asc())
        .limit(200)
        .select((Listing::as_select(), community_groups::name))
        .load(conn)
}

/// The programmes that fund each of `group_ids` (a grant accepted, and the group agreed to be
/// named in public), for "Funded by …" on its listings.
pub fn funded_by(conn: &mut DbConn, group_ids: &[i64]) -> QueryResult<std::collections::HashMap<i64, Vec<String>>> {
    let rows: Vec<(i64, String)> = awards::table
        .inner_join(bids::table.inner_join(rounds::table))
        .inner_join(programmes::table.on(programmes::id.eq(rounds::programme_id)))
        .filter(bids::group_id.eq_any(group_ids))
        .filter(awards::accepted_at.is_not_null())
        .filter(awards::public_consent.eq(true))
        .select((bids::group_id, programmes::name))
        .distinct()
        .order((bids::group_id.asc(), programmes::name.asc()))
        .load(conn)?;
    let mut funded: std::collections::HashMap<i64, Vec<String>> = std::collections::HashMap::new();
    for (group_id, programme) in rows {
        funded.entry(group_id).or_default().push(programme);
    }
    Ok(funded)
}

/// A public listing as another page names it: to link to it and place it by its postcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryEntry {
    pub id: i64,
    pub name: String,
    pub postcode: String,
}

/// The public listings (approved, confirmed within 12 months at `now`) of `group_ids`, by name,
/// with their groups' ids.
pub fn public_listings_of(
    conn: &mut DbConn,
    group_ids: &[i64],
    now: NaiveDateTime,
) -> QueryResult<Vec<(i64, DirectoryEntry)>> {
    let rows: Vec<(i64, i64, String, String)> = directory_listings::table
        .filter(directory_listings::group_id.eq_any(group_ids))
        .filter(directory_listings::status.eq(ListingStatus::Approved.key()))
        .filter(directory_listings::confirmed_at.ge(oldest_public_confirmation(now)))
        .order(directory_listings::name.asc())
        .select((
            directory_listings::group_id,
            directory_listings::id,
            directory_listings::name,
            directory_listings::postcode,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(group_id, id, name, postcode)| (group_id, DirectoryEntry { id, name, postcode }))
        .collect())
}

/// Every category with how many listings it files, in the list's order.
pub fn categories_with_counts(conn: &mut DbConn) -> QueryResult<Vec<(Category, i64)>> {
    let counts: std::collections::HashMap<i64, i64> = directory_listing_categories::table
        .group_by(directory_listing_categories::category_id)
        .select((directory_listing_categories::category_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(categories(conn)?
        .into_iter()
        .map(|category| {
            let listings = counts.get(&category.id).copied().unwrap_or(0);
            (category, listings)
        })
        .collect())
}
