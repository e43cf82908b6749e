//! `seed-demo --scale N`: a whole ICS's worth of applications for benchmarks and growth runs —
//! N bids across three rounds at every state, 50 panel members (the demo panel member among
//! them), four reviews for every bid that reached the panel (about 3 × N), a fifth of the bids
//! awarded with payments, reports and releases, and groups with equality answers.
//!
//! Written with multi-row `INSERT`s and explicit ids rather than through the actions (which
//! would take minutes at this size), so it keeps the same invariants by construction: every
//! award is a commitment in the ledger, every payment a payment row and a ledger row, releases
//! for cancelled and completed grants, and the pot never overspent. The values are generated
//! (never typed by anyone), so they are quoted here directly.

use std::time::Instant;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use super::{DemoError, fail};
use crate::accounts::{ProgrammeRole, actions as accounts, password};
use crate::bids::BidState;
use crate::db::{DbConn, write_transaction};
use crate::funds::FinancialYear;
use crate::funds::actions::{self as funds, NewPot};
use crate::money::Pence;
use crate::programmes::actions as programmes;
use crate::programmes::rules::ProgrammeInput;
use crate::rounds::actions as rounds;
use crate::rounds::rules::RoundInput;

/// The columns written for a person, a group and a group's member, by this and by
/// `closing_day`.
pub(super) const PEOPLE_COLUMNS: &str =
    "id, name, email, password_hash, email_verified_at, is_site_admin, created_at, updated_at";
pub(super) const GROUP_COLUMNS: &str = "id, name, kind, charity_number, company_number, area, postcode, website, \
     contact_name, contact_email, contact_phone, created_by, created_at, updated_at";
pub(super) const MEMBER_COLUMNS: &str = "group_id, person_id, is_connector, added_by, added_at";

/// What was made, for the command to print.
#[derive(Debug, Clone, Default)]
pub struct ScaleReport {
    pub bids: usize,
    pub groups: usize,
    pub reviews: usize,
    pub awards: usize,
    pub payments: usize,
    /// Community directory listings (one per bid), most public.
    pub listings: usize,
    pub seconds: f64,
}

/// Panel members in the scale programme, the demo panel member included.
pub const PANEL_MEMBERS: usize = 50;
/// Reviews per bid that reached the panel.
const PANEL_SIZE: usize = 4;
/// Rows per `INSERT` statement: well inside SQLite's limit on a statement's length.
const ROWS_PER_STATEMENT: usize = 400;

/// A small deterministic generator, so every run makes the same data.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn percent(&mut self) -> usize {
        self.below(100)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

pub(super) fn text(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

pub(super) fn time(at: NaiveDateTime) -> String {
    format!("'{}'", at.format("%Y-%m-%d %H:%M:%S"))
}

fn maybe_time(at: Option<NaiveDateTime>) -> String {
    at.map_or("NULL".to_string(), time)
}

fn day(date: NaiveDate) -> String {
    format!("'{}'", date.format("%Y-%m-%d"))
}

pub(super) fn truth(value: bool) -> &'static str {
    if value { "TRUE" } else { "FALSE" }
}

/// Rows for one table, written a few hundred at a time.
pub(super) struct Rows {
    table: &'static str,
    columns: &'static str,
    pending: Vec<String>,
    written: usize,
}

impl Rows {
    pub(super) fn new(table: &'static str, columns: &'static str) -> Rows {
        Rows { table, columns, pending: Vec::new(), written: 0 }
    }

    pub(super) fn add(&mut self, values: String) {
        self.pending.push(values);
    }

    /// Enough rows waiting for a statement.
    pub(super) fn is_full(&self) -> bool {
        self.pending.len() >= ROWS_PER_STATEMENT
    }

    pub(super) fn flush(&mut self, conn: &mut DbConn) -> QueryResult<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let sql = format!("INSERT INTO {} ({}) VALUES ({})", self.table, self.columns, self.pending.join("), ("));
        diesel::sql_query(sql).execute(conn)?;
        self.written += self.pending.len();
        self.pending.clear();
        Ok(())
    }
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// The first free id of a table (ids are given explicitly so rows can refer to each other).
pub(super) fn next_id(conn: &mut DbConn, table: &str) -> QueryResult<i64> {
    let found: Id =
        diesel::sql_query(format!("SELECT COALESCE(MAX(id), 0) + 1 AS id FROM {table}")).get_result(conn)?;
    Ok(found.id)
}

/// PostgreSQL's identity sequences do not see explicit ids: move them past the rows added.
pub(super) fn resume_sequences(conn: &mut DbConn, tables: &[&str]) -> QueryResult<()> {
    if let DbConn::Postgres(_) = conn {
        for table in tables {
            diesel::sql_query(format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
            ))
            .execute(conn)?;
        }
    }
    Ok(())
}

/// Where a bid's round stands, and the states its bids are in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RoundKind {
    /// Closed and decided months ago: awards running, paid, completed.
    Decided,
    /// Closed, with the panel scoring.
    WithPanel,
    /// Open now: drafts and sent bids.
    Open,
}

/// The state of a bid, from its round and a percentile.
fn state_for(kind: RoundKind, percentile: usize) -> BidState {
    use BidState::*;
    match kind {
        // 44% of a decided round's bids were awarded: with 45% of all bids in such rounds, a
        // fifth of all bids.
        RoundKind::Decided => match percentile {
            0..20 => Completed,
            20..34 => Active,
            34..38 => Awarded,
            38..44 => Cancelled,
            44..90 => Declined,
            90..95 => Ineligible,
            _ => Withdrawn,
        },
        RoundKind::WithPanel => match percentile {
            0..70 => InReview,
            70..80 => Waitlisted,
            80..90 => Submitted,
            90..95 => Returned,
            _ => Ineligible,
        },
        RoundKind::Open => {
            if percentile < 40 {
                Draft
            } else {
                Submitted
            }
        }
    }
}

fn reached_panel(state: BidState) -> bool {
    use BidState::*;
    matches!(state, InReview | Waitlisted | Declined | Awarded | Active | Cancelled | Completed)
}

fn awarded(state: BidState) -> bool {
    matches!(state, BidState::Awarded | BidState::Active | BidState::Cancelled | BidState::Completed)
}

/// Adds the scale programme to a database that has the demo (its lead, panel member and
/// applicant take part). `bids` is the number of bids to make.
pub fn seed_scale(conn: &mut DbConn, bids: usize, now: NaiveDateTime) -> Result<ScaleReport, DemoError> {
    let started = Instant::now();
    let lead = person_id(conn, "lead@demo.example")?;
    let demo_panel = person_id(conn, "panel@demo.example")?;
    let admin = person_id(conn, "admin@demo.example")?;
    let programme = programmes::create(
        conn,
        admin,
        &ProgrammeInput {
            name: "Metropolitan ICS community mental health grants".into(),
            slug: "metropolitan-grants".into(),
            description: "A large programme with a whole ICS's applications, for measuring the portal.".into(),
            funder_name: "NHS Metropolitan Integrated Care Board".into(),
            funder_org_id: "GB-NHS-QMT".into(),
            identifier_prefix: "360G-metroicb".into(),
        },
        now,
    )
    .map_err(fail)?;
    accounts::grant_role(conn, admin, lead, programme.id, ProgrammeRole::Lead, false, now).map_err(fail)?;
    accounts::grant_role(conn, admin, demo_panel, programme.id, ProgrammeRole::Panel, true, now).map_err(fail)?;
    let year = FinancialYear::containing(now);
    let per_bid = Pence::from_pounds(900);
    let pot = funds::create_pot(
        conn,
        lead,
        &NewPot {
            programme_id: programme.id,
            year,
            name: &format!("Metropolitan VCSE ring-fence {}", year.label()),
            allocation: Pence(per_bid.0 * bids.max(10) as i64),
            transformation_total: None,
            ring_fence_basis_points: None,
        },
        now - Duration::days(200),
    )
    .map_err(fail)?;
    let budget = |pounds_per_bid: i64| Pence::from_pounds(pounds_per_bid * bids.max(10) as i64);
    let decided = make_round(
        conn,
        lead,
        programme.id,
        pot.id,
        "Spring",
        now - Duration::days(190),
        now - Duration::days(150),
        budget(700),
    )?;
    let with_panel = make_round(
        conn,
        lead,
        programme.id,
        pot.id,
        "Summer",
        now - Duration::days(100),
        now - Duration::days(20),
        budget(150),
    )?;
    let open = make_round(
        conn,
        lead,
        programme.id,
        pot.id,
        "Winter",
        now - Duration::days(10),
        now + Duration::days(30),
        budget(50),
    )?;
    let report = write_transaction(conn, |conn| {
        Generator::new(conn, programme.id, pot.id, lead, demo_panel, now)?.run(conn, bids, &[decided, with_panel, open])
    })
    .map_err(fail)?;
    crate::db::analyse_after_bulk_load(conn).map_err(fail)?;
    Ok(ScaleReport { seconds: started.elapsed().as_secs_f64(), ..report })
}

pub(super) fn person_id(conn: &mut DbConn, email: &str) -> Result<i64, DemoError> {
    crate::accounts::queries::find_by_email(conn, email).map_err(fail)?.map(|p| p.id).ok_or_else(|| {
        fail(format!("{email} is missing: --scale and --closing-day add to the demo, which must be there first"))
    })
}

#[allow(clippy::too_many_arguments)]
fn make_round(
    conn: &mut DbConn,
    lead: i64,
    programme_id: i64,
    pot_id: i64,
    season: &str,
    opens_at: NaiveDateTime,
    closes_at: NaiveDateTime,
    budget: Pence,
) -> Result<(crate::rounds::Round, Vec<i64>), DemoError> {
    let input = RoundInput {
        name: format!("{season} community grants"),
        slug: format!("metropolitan-{}", season.to_lowercase()),
        summary: "Up to £5,000 for community groups".into(),
        pot_id,
        budget,
        opens_at,
        closes_at,
        min_award: Pence::from_pounds(500),
        max_award: Pence::from_pounds(5_000),
        eligibility: super::ELIGIBILITY.into(),
        uses: super::USES.into(),
        decision_target_on: crate::time::in_london(closes_at + Duration::days(30)).date_naive(),
        panel_size: PANEL_SIZE as i32,
        panel_due_on: None,
    };
    let round =
        rounds::create_round(conn, crate::i18n::Tr::source(), lead, programme_id, &input, opens_at - Duration::days(7))
            .map_err(|e| fail(format!("{e:?}")))?;
    let criteria =
        crate::rounds::queries::criteria_of(conn, round.id).map_err(fail)?.into_iter().map(|c| c.id).collect();
    Ok((round, criteria))
}

/// Makes the rows, handing out ids as it goes.
struct Generator {
    dice: Dice,
    programme_id: i64,
    pot_id: i64,
    lead: i64,
    now: NaiveDateTime,
    panel: Vec<i64>,
    next_person: i64,
    next_group: i64,
    next_bid: i64,
    next_assignment: i64,
    next_review: i64,
    next_award: i64,
    reference_year: i32,
    next_reference: i32,
}

const AREAS: [&str; 24] = [
    "Aston",
    "Balsall Heath",
    "Bordesley Green",
    "Castle Vale",
    "Edgbaston",
    "Erdington",
    "Hall Green",
    "Handsworth",
    "Harborne",
    "Kings Heath",
    "Kingstanding",
    "Ladywood",
    "Longbridge",
    "Lozells",
    "Moseley",
    "Nechells",
    "Northfield",
    "Perry Barr",
    "Selly Oak",
    "Small Heath",
    "Sparkbrook",
    "Sparkhill",
    "Stechford",
    "Yardley",
];
const KINDS: [&str; 8] =
    ["unregistered", "unregistered", "faith", "faith", "charity", "cio", "cic", "community_benefit_society"];
const WHAT: [&str; 12] = [
    "Walk and talk",
    "Peer support circle",
    "Tea and talk mornings",
    "Men's shed sessions",
    "Young carers' club",
    "Allotment wellbeing",
    "Dads' breakfast club",
    "Women's swimming",
    "Singing for wellbeing",
    "Cook and eat",
    "Bereavement cafe",
    "Art in the park",
];
const CODES: [&str; 12] = [
    "DEI010100",
    "DEI010300",
    "DEI010320",
    "DEI020000",
    "DEI020100",
    "DEI030700",
    "DEI040000",
    "DEI050000",
    "DEI060000",
    "DEI070000",
    "DEI080000",
    "DEI090000",
];

impl Generator {
    fn new(
        conn: &mut DbConn,
        programme_id: i64,
        pot_id: i64,
        lead: i64,
        demo_panel: i64,
        now: NaiveDateTime,
    ) -> QueryResult<Generator> {
        let reference_year = crate::time::in_london(now).format("%Y").to_string().parse().unwrap_or(2026);
        #[derive(QueryableByName)]
        struct Last {
            #[diesel(sql_type = diesel::sql_types::Integer)]
            last: i32,
        }
        let last: Last = diesel::sql_query(format!(
            "SELECT COALESCE(MAX(last_number), 0) AS last FROM reference_counters WHERE year = {reference_year}"
        ))
        .get_result(conn)?;
        Ok(Generator {
            dice: Dice(0x5EED),
            programme_id,
            pot_id,
            lead,
            now,
            panel: vec![demo_panel],
            next_person: next_id(conn, "people")?,
            next_group: next_id(conn, "community_groups")?,
            next_bid: next_id(conn, "bids")?,
            next_assignment: next_id(conn, "panel_assignments")?,
            next_review: next_id(conn, "reviews")?,
            next_award: next_id(conn, "awards")?,
            reference_year,
            next_reference: last.last + 1,
        })
    }

    fn run(
        mut self,
        conn: &mut DbConn,
        bids: usize,
        rounds: &[(crate::rounds::Round, Vec<i64>); 3],
    ) -> QueryResult<ScaleReport> {
        self.add_panel(conn)?;
        let groups = self.add_groups(conn, bids.div_ceil(2))?;
        let mut report = ScaleReport { groups: groups.len(), ..ScaleReport::default() };
        let mut writer = Writer::new();
        for index in 0..bids {
            let (kind, round) = match index % 20 {
                0..9 => (RoundKind::Decided, &rounds[0]),
                9..18 => (RoundKind::WithPanel, &rounds[1]),
                _ => (RoundKind::Open, &rounds[2]),
            };
            let (group, member) = groups[index % groups.len()];
            let state = state_for(kind, self.dice.percent());
            self.add_bid(&mut writer, &mut report, round, group, member, state);
            if writer.bids.is_full() {
                writer.finish(conn)?;
            }
        }
        writer.finish(conn)?;
        self.answer_measures(conn)?;
        report.bids = bids;
        report.listings = self.add_listings(conn, &groups, bids)?;
        if self.next_reference > 1 {
            diesel::sql_query(format!("DELETE FROM reference_counters WHERE year = {}", self.reference_year))
                .execute(conn)?;
            diesel::sql_query(format!(
                "INSERT INTO reference_counters (year, last_number) VALUES ({}, {})",
                self.reference_year,
                self.next_reference - 1
            ))
            .execute(conn)?;
        }
        resume_sequences(
            conn,
            &[
                "people",
                "role_grants",
                "community_groups",
                "group_members",
                "bids",
                "panel_assignments",
                "reviews",
                "review_scores",
                "awards",
                "payments",
                "grant_reports",
                "ledger_entries",
                "audit_events",
                "directory_listings",
            ],
        )?;
        Ok(report)
    }

    /// The reports' two numbers as answers to the programme's two starting measures, in one
    /// statement, as the measures migration did for reports sent before measures existed: the
    /// reports are written in bulk with the numbers in their old columns.
    fn answer_measures(&self, conn: &mut DbConn) -> QueryResult<()> {
        diesel::sql_query(format!(
            "INSERT INTO report_answers (report_id, measure_id, position, wording, kind, national, national_other, number_answer, words_answer) \
             SELECT grant_reports.id, programme_measures.id, programme_measures.position, programme_measures.wording, 'number', '', '', \
                    CASE programme_measures.position WHEN 1 THEN grant_reports.people_reached ELSE grant_reports.activities END, '' \
             FROM grant_reports \
             JOIN bids ON bids.id = grant_reports.bid_id \
             JOIN rounds ON rounds.id = bids.round_id \
             JOIN programme_measures ON programme_measures.programme_id = rounds.programme_id \
             WHERE rounds.programme_id = {} AND programme_measures.position IN (1, 2) AND programme_measures.retired_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM report_answers WHERE report_answers.report_id = grant_reports.id)",
            self.programme_id
        ))
        .execute(conn)?;
        Ok(())
    }

    /// 49 more panel members (15 with lived experience), who cannot sign in.
    fn add_panel(&mut self, conn: &mut DbConn) -> QueryResult<()> {
        let hash = password::hash(&crate::accounts::tokens::new_token().0);
        let mut people = Rows::new("people", PEOPLE_COLUMNS);
        let mut grants =
            Rows::new("role_grants", "person_id, programme_id, role, lived_experience, granted_by, granted_at");
        for n in 1..PANEL_MEMBERS {
            let id = self.take_person();
            let now = time(self.now - Duration::days(210));
            people.add(format!(
                "{id}, {}, {}, {}, {now}, FALSE, {now}, {now}",
                text(&format!("Panel member {n}")),
                text(&format!("panel{n}@scale.example")),
                text(&hash)
            ));
            grants.add(format!("{id}, {}, 'panel', {}, {}, {now}", self.programme_id, truth(n % 10 < 3), self.lead));
            self.panel.push(id);
        }
        people.flush(conn)?;
        grants.flush(conn)
    }

    fn take_person(&mut self) -> i64 {
        self.next_person += 1;
        self.next_person - 1
    }

    /// Groups of one member each, most with equality answers; answers (group id, member id).
    fn add_groups(&mut self, conn: &mut DbConn, count: usize) -> QueryResult<Vec<(i64, i64)>> {
        let hash = password::hash(&crate::accounts::tokens::new_token().0);
        let mut people = Rows::new("people", PEOPLE_COLUMNS);
        let mut groups = Rows::new("community_groups", GROUP_COLUMNS);
        let mut members = Rows::new("group_members", MEMBER_COLUMNS);
        let mut equality = Rows::new(
            "group_equality",
            "group_id, leadership_status, leadership_codes, leadership_note, beneficiaries_status, beneficiaries_codes, beneficiaries_note, updated_by, updated_at",
        );
        let mut made = Vec::with_capacity(count);
        for n in 0..count {
            let (person, group) = (self.take_person(), self.next_group);
            self.next_group += 1;
            let at = time(self.now - Duration::days(220) + Duration::minutes(n as i64));
            let name = format!("Member {n}");
            let email = format!("member{n}@scale.example");
            people.add(format!(
                "{person}, {}, {}, {}, {at}, FALSE, {at}, {at}",
                text(&name),
                text(&email),
                text(&hash)
            ));
            let area = self.dice.pick(&AREAS).to_string();
            let kind = *self.dice.pick(&KINDS);
            let charity = if kind == "charity" { format!("1{:06}", n % 1_000_000) } else { String::new() };
            let group_name = format!("{area} {} group {n}", self.dice.pick(&WHAT));
            groups.add(format!(
                "{group}, {}, '{kind}', {}, '', {}, 'B1 1AA', '', {}, {}, '', {person}, {at}, {at}",
                text(&group_name),
                text(&charity),
                text(&area),
                text(&name),
                text(&email)
            ));
            members.add(format!("{group}, {person}, FALSE, NULL, {at}"));
            let roll = self.dice.percent();
            if roll < 90 {
                let (leadership, codes) = self.answer(roll);
                let served_roll = self.dice.percent();
                let (beneficiaries, served) = self.answer(served_roll);
                equality.add(format!(
                    "{group}, '{leadership}', {}, '', '{beneficiaries}', {}, '', {person}, {at}",
                    text(&codes),
                    text(&served)
                ));
            }
            made.push((group, person));
            if people.is_full() {
                for rows in [&mut people, &mut groups, &mut members, &mut equality] {
                    rows.flush(conn)?;
                }
            }
        }
        people.flush(conn)?;
        groups.flush(conn)?;
        members.flush(conn)?;
        equality.flush(conn)?;
        Ok(made)
    }

    /// `count` community directory listings, spread over the groups, the categories, the days
    /// and the areas; 95 in 100 public, the rest waiting for an editor. The search words are
    /// written as the portal writes them (SQLite's index is kept by its triggers).
    fn add_listings(&mut self, conn: &mut DbConn, groups: &[(i64, i64)], count: usize) -> QueryResult<usize> {
        let categories = crate::directory::queries::categories(conn)?;
        if categories.is_empty() || groups.is_empty() {
            return Ok(0);
        }
        let mut listings = Rows::new(
            "directory_listings",
            "id, group_id, status, name, description, schedule, weekday, starts_at, ends_at, schedule_note, \
             venue_name, address, postcode, online, by_phone, ages, communities, languages, free, cost_note, \
             how_to_join, accessibility, contact_name, contact_email, contact_phone, website, confirmed_at, \
             language, created_at, updated_at, search_body",
        );
        let mut filed = Rows::new("directory_listing_categories", "listing_id, category_id");
        let first = next_id(conn, "directory_listings")?;
        for n in 0..count {
            let id = first + n as i64;
            let (group, _) = groups[n % groups.len()];
            let what = *self.dice.pick(&WHAT);
            let area = *self.dice.pick(&AREAS);
            let (one, two) = (self.dice.pick(&categories).clone(), self.dice.pick(&categories).clone());
            let weekday = 1 + self.dice.below(7) as i64;
            let online = self.dice.percent() < 10;
            let free = self.dice.percent() < 80;
            let status = if self.dice.percent() < 95 { "approved" } else { "pending" };
            let name = format!("{what} in {area} {n}");
            let description =
                format!("{what}: a friendly group in {area}. Come along, everyone welcome; tea and a chat.");
            let language = *self.dice.pick(&["English", "English, Urdu", "English, Polish", "English, Punjabi"]);
            let venue = format!("{area} community centre");
            let postcode = format!("B{} {}AA", 1 + self.dice.below(40), self.dice.below(10));
            let body =
                [name.as_str(), &description, &one.name, &two.name, "Everyone welcome", language, &venue, &postcode]
                    .join("\n");
            let at = time(self.now - Duration::days(self.dice.below(150) as i64));
            listings.add(format!(
                "{id}, {group}, '{status}', {}, {}, 'weekly', {weekday}, '10:00', '12:00', '', {}, '', {}, {}, FALSE, \
                 '', 'Everyone welcome', {}, {}, {}, 'drop_in', 'step_free', '', {}, '', '', {at}, 'en', {at}, \
                 {at}, {}",
                text(&name),
                text(&description),
                text(&venue),
                text(&postcode),
                truth(online),
                text(language),
                truth(free),
                text(if free { "" } else { "£2 a session" }),
                text(&format!("listing{n}@scale.example")),
                text(&body)
            ));
            filed.add(format!("{id}, {}", one.id));
            if two.id != one.id {
                filed.add(format!("{id}, {}", two.id));
            }
            if listings.is_full() {
                listings.flush(conn)?;
                filed.flush(conn)?;
            }
        }
        listings.flush(conn)?;
        filed.flush(conn)?;
        Ok(count)
    }

    /// An equality answer: mostly codes, some "prefer not to say", some "everyone".
    fn answer(&mut self, roll: usize) -> (&'static str, String) {
        match roll {
            0..70 => {
                let first = *self.dice.pick(&CODES);
                let second = *self.dice.pick(&CODES);
                let codes = if first == second { first.to_string() } else { format!("{first},{second}") };
                (
                    "answered",
                    crate::groups::dei::known_codes(&codes.split(',').map(str::to_string).collect::<Vec<_>>())
                        .join(","),
                )
            }
            70..80 => ("prefer_not_to_say", String::new()),
            _ => ("general", String::new()),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn add_bid(
        &mut self,
        writer: &mut Writer,
        report: &mut ScaleReport,
        (round, criteria): &(crate::rounds::Round, Vec<i64>),
        group: i64,
        member: i64,
        state: BidState,
    ) {
        let id = self.next_bid;
        self.next_bid += 1;
        let asked = Pence::from_pounds(500 + 50 * self.dice.below(91) as i64);
        let opened = round.opens_at + Duration::hours(self.dice.below(24 * 20) as i64);
        let sent = (state != BidState::Draft).then(|| opened + Duration::days(2));
        let reference = sent.map(|_| {
            self.next_reference += 1;
            format!("SG-{}-{:04}", self.reference_year, self.next_reference - 1)
        });
        let updated = sent.map_or(opened, |at| at + Duration::days(40));
        let what = *self.dice.pick(&WHAT);
        let video = self.dice.percent() < 50;
        let note = match state {
            BidState::Declined => "Strong idea; the panel wanted more about who will come.",
            BidState::Ineligible => "The group works outside the programme's area.",
            BidState::Cancelled => "The group stopped meeting.",
            _ => "",
        };
        writer.bids.add(format!(
            "{id}, {}, {group}, {}, '{}', {}, 'Weekly sessions for people who feel alone', {}, 'Room hire, refreshments and a sessional worker', {}, {}, {}, {}, NULL, {member}, {}, {}, {}, NULL, '', NULL, 1, {}",
            round.id,
            reference.as_deref().map_or("NULL".to_string(), text),
            state.as_str(),
            text(what),
            asked.0,
            text(if video { "https://www.youtube.com/watch?v=dQw4w9WgXcQ" } else { "" }),
            text(if video { "" } else { "Many people here have nobody to talk to, and services have long waits." }),
            text(if video { "" } else { "About forty people a month, most never seen by services." }),
            text(if video { "" } else { "People will meet every week and know where to get help." }),
            time(opened),
            time(updated),
            maybe_time(sent),
            text(note),
        ));
        if let Some(at) = sent {
            writer
                .audit
                .add(format!("{}, {member}, 'submitted', 'bid', {id}, 'draft', 'submitted', NULL, NULL", time(at)));
        }
        if reached_panel(state) {
            self.add_reviews(writer, report, id, criteria, sent.unwrap_or(opened), state == BidState::InReview);
        }
        if awarded(state) {
            self.add_award(
                writer,
                report,
                id,
                round,
                asked,
                member,
                state,
                sent.unwrap_or(opened) + Duration::days(30),
            );
        } else if matches!(
            state,
            BidState::Declined | BidState::Ineligible | BidState::Waitlisted | BidState::Withdrawn | BidState::Returned
        ) {
            let at = time(updated);
            writer.audit.add(format!(
                "{at}, {}, '{}', 'bid', {id}, NULL, '{}', {}, NULL",
                self.lead,
                state.as_str(),
                state.as_str(),
                if note.is_empty() { "NULL".into() } else { text(note) }
            ));
        }
    }

    /// Four panel members (a lived-experience member among them), each with a submitted review —
    /// except that the demo panel member still has some bids in review to do.
    #[allow(clippy::too_many_arguments)]
    fn add_reviews(
        &mut self,
        writer: &mut Writer,
        report: &mut ScaleReport,
        bid: i64,
        criteria: &[i64],
        sent: NaiveDateTime,
        in_review: bool,
    ) {
        let start = self.dice.below(self.panel.len());
        let step = 1 + self.dice.below(7);
        for k in 0..PANEL_SIZE {
            let member = self.panel[(start + k * step) % self.panel.len()];
            let assignment = self.next_assignment;
            self.next_assignment += 1;
            let assigned = time(sent + Duration::days(5));
            writer.assignments.add(format!("{assignment}, {bid}, {member}, {}, {assigned}, NULL, ''", self.lead));
            if in_review && k == 0 && member == self.panel[0] {
                continue;
            }
            if in_review && self.dice.percent() < 10 {
                continue;
            }
            let review = self.next_review;
            self.next_review += 1;
            let need = 1 + self.dice.below(5);
            let reach = 1 + self.dice.below(5);
            let recommendation = match need + reach {
                8.. => "fund",
                6..8 => "discuss",
                _ => "do_not_fund",
            };
            let at = time(sent + Duration::days(12));
            writer.reviews.add(format!("{review}, {bid}, {member}, 'Clear need; good reach into the community.', '{recommendation}', TRUE, {at}, {at}, {at}"));
            for (criterion, score) in criteria.iter().zip([need, reach]) {
                writer.scores.add(format!("{review}, {criterion}, {score}"));
            }
            report.reviews += 1;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn add_award(
        &mut self,
        writer: &mut Writer,
        report: &mut ScaleReport,
        bid: i64,
        round: &crate::rounds::Round,
        asked: Pence,
        member: i64,
        state: BidState,
        decided: NaiveDateTime,
    ) {
        let id = self.next_award;
        self.next_award += 1;
        let amount = if self.dice.percent() < 70 { asked } else { Pence((asked.0 * 4 / 5) / 100 * 100) };
        let accepted = (state != BidState::Awarded).then(|| decided + Duration::days(5));
        let public = self.dice.percent() < 75;
        let closed = matches!(state, BidState::Completed | BidState::Cancelled).then(|| decided + Duration::days(120));
        let due = crate::time::in_london(decided + Duration::days(365)).date_naive();
        writer.awards.add(format!(
            "{id}, {bid}, {}, 'Send a short report at the end.', '', {}, {}, 'One payment once the offer is accepted.', {}, {}, {}, 'Member', {}, NULL, NULL, {}, {}",
            amount.0, self.lead, time(decided), day(due), maybe_time(accepted), accepted.map_or("NULL".into(), |_| member.to_string()),
            truth(public && accepted.is_some()), maybe_time(closed), truth(public && self.dice.percent() < 50),
        ));
        let ledger = |kind: &str, pence: i64, at: NaiveDateTime| {
            format!("{}, {}, {bid}, '{kind}', {pence}, NULL, NULL, {}, {}", self.pot_id, round.id, self.lead, time(at))
        };
        writer.ledger.add(ledger("commitment", amount.0, decided));
        writer.audit.add(format!(
            "{}, {}, 'awarded', 'bid', {bid}, 'in_review', 'awarded', NULL, NULL",
            time(decided),
            self.lead
        ));
        report.awards += 1;
        // Most completed grants were paid in full (some with underspend), running ones half,
        // and half of the cancelled ones had a first instalment.
        let roll = self.dice.percent();
        let paid = match state {
            BidState::Completed if roll < 80 => amount.0,
            BidState::Completed => amount.0 * 9 / 10 / 100 * 100,
            BidState::Active => amount.0 / 2 / 100 * 100,
            BidState::Cancelled if roll < 50 => amount.0 * 3 / 10 / 100 * 100,
            _ => 0,
        };
        if paid > 0 {
            let paid_at = decided + Duration::days(10);
            writer.payments.add(format!(
                "{id}, {paid}, {}, 'BACS {bid}', {}, {}",
                day(paid_at.date()),
                self.lead,
                time(paid_at)
            ));
            writer.ledger.add(ledger("payment", paid, paid_at));
            report.payments += 1;
        }
        if let Some(at) = closed
            && amount.0 > paid
        {
            writer.ledger.add(ledger("release", amount.0 - paid, at));
        }
        if state == BidState::Completed {
            let at = time(closed.unwrap_or(decided));
            writer.reports.add(format!(
                "{bid}, {}, {}, 'Every session ran; people now meet between sessions.', '', NULL, NULL, NULL, {}, '', {member}, {at}, {at}",
                20 + self.dice.below(80), 6 + self.dice.below(40), truth(paid == amount.0)
            ));
        }
    }
}

/// The tables written per bid, flushed together at the end.
struct Writer {
    bids: Rows,
    assignments: Rows,
    reviews: Rows,
    scores: Rows,
    awards: Rows,
    payments: Rows,
    reports: Rows,
    ledger: Rows,
    audit: Rows,
}

impl Writer {
    fn new() -> Writer {
        Writer {
            bids: Rows::new(
                "bids",
                "id, round_id, group_id, reference, state, title, summary, amount_requested_pence, purpose, video_url, need, reach, impact, assisted_by, created_by, created_at, updated_at, submitted_at, returned_at, return_note, confirmed_by_group_at, version, decision_note",
            ),
            assignments: Rows::new(
                "panel_assignments",
                "id, bid_id, panel_member_id, assigned_by, assigned_at, conflict_declared_at, conflict_note",
            ),
            reviews: Rows::new(
                "reviews",
                "id, bid_id, reviewer_id, comment, recommendation, watched, created_at, updated_at, submitted_at",
            ),
            scores: Rows::new("review_scores", "review_id, criterion_id, score"),
            awards: Rows::new(
                "awards",
                "id, bid_id, amount_pence, conditions, message, decided_by, decided_at, payment_plan, report_due_on, accepted_at, accepted_by, accepted_name, public_consent, reminder_before_sent_at, reminder_after_sent_at, closed_at, equality_consent",
            ),
            payments: Rows::new("payments", "award_id, amount_pence, paid_on, reference, recorded_by, recorded_at"),
            reports: Rows::new(
                "grant_reports",
                "bid_id, people_reached, activities, story, video_url, recording_key, recording_type, recording_size, spent_as_planned, explanation, submitted_by, submitted_at, updated_at",
            ),
            ledger: Rows::new(
                "ledger_entries",
                "pot_id, round_id, bid_id, kind, amount_pence, reason, related_pot_id, created_by, created_at",
            ),
            audit: Rows::new(
                "audit_events",
                "occurred_at, actor_id, action, subject_type, subject_id, from_state, to_state, reason, details",
            ),
        }
    }

    /// Parents before children, so foreign keys hold at every statement.
    fn finish(&mut self, conn: &mut DbConn) -> QueryResult<()> {
        for rows in [
            &mut self.bids,
            &mut self.assignments,
            &mut self.reviews,
            &mut self.scores,
            &mut self.awards,
            &mut self.payments,
            &mut self.reports,
            &mut self.ledger,
            &mut self.audit,
        ] {
            rows.flush(conn)?;
        }
        Ok(())
    }
}
