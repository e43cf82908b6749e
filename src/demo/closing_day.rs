//! `seed-demo --closing-day GROUPS`: the last minutes of a round, for `scripts/bench
//! --closing-day`. One open round (in a programme of its own, led by the demo lead) that closes
//! `--closes-in` seconds after seeding; GROUPS groups of one member each, every member able to
//! sign in with the same known password; each group with a draft bid whose money part is done
//! and whose case (need, reach and impact) is still to write — the part the bench's groups save
//! before they check and send; and 20 panel members of the programme who can sign in too.
//!
//! Most bids arrive in the last hours before a round closes, so this is the load the portal must
//! carry without losing or doubling a bid. The rows are written in bulk as `--scale` writes
//! them (the password is hashed once: argon2 is slow on purpose), and the round's week and day
//! reminders are marked as already sent that morning, as they would have been, so the
//! housekeeping task does not send two thousand of them at the start of the run.

use std::time::Instant;

use chrono::{Duration, NaiveDateTime};

use super::scale::{
    GROUP_COLUMNS, MEMBER_COLUMNS, PEOPLE_COLUMNS, Rows, next_id, person_id, resume_sequences, text, time, truth,
};
use super::{DemoError, fail};
use crate::accounts::{ProgrammeRole, actions as accounts, password};
use crate::db::{DbConn, write_transaction};
use crate::funds::FinancialYear;
use crate::funds::actions::{self as funds, NewPot};
use crate::money::Pence;
use crate::programmes::actions as programmes;
use crate::programmes::rules::ProgrammeInput;
use crate::rounds::actions as rounds;
use crate::rounds::rules::RoundInput;

/// The password of every closing-day account (printed with them, as the demo's are).
pub const PASSWORD: &str = "closing-day-words";
/// Panel members of the closing-day programme who browse while the groups send.
pub const PANEL_MEMBERS: usize = 20;

/// What was made, for the command to print.
#[derive(Debug, Clone)]
pub struct ClosingDay {
    pub round_id: i64,
    pub closes_at: NaiveDateTime,
    /// Each group's member and draft bid: (email, bid id).
    pub applicants: Vec<(String, i64)>,
    pub panel: Vec<String>,
    pub seconds: f64,
}

impl ClosingDay {
    /// The accounts as `role email password`, each applicant with its bid, and the round with
    /// its closing time, for a load script to read.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![format!(
            "closing-round id={} closes_at={}",
            self.round_id,
            self.closes_at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        )];
        lines.extend(
            self.applicants.iter().map(|(email, bid)| format!("closing-applicant {email} {PASSWORD} bid={bid}")),
        );
        lines.extend(self.panel.iter().map(|email| format!("closing-panel {email} {PASSWORD}")));
        lines
    }
}

/// Adds the closing-day programme to a database that has the demo (its lead runs the round).
pub fn seed_closing_day(
    conn: &mut DbConn,
    groups: usize,
    closes_in: Duration,
    now: NaiveDateTime,
) -> Result<ClosingDay, DemoError> {
    let started = Instant::now();
    let lead = person_id(conn, "lead@demo.example")?;
    let admin = person_id(conn, "admin@demo.example")?;
    let programme = programmes::create(
        conn,
        admin,
        &ProgrammeInput {
            name: "Closing day community grants".into(),
            slug: "closing-day-grants".into(),
            description: "A round in its last minutes, for measuring the portal on closing day.".into(),
            funder_name: "NHS Closing Day Integrated Care Board".into(),
            funder_org_id: "GB-NHS-QCD".into(),
            identifier_prefix: "360G-closingday".into(),
        },
        now,
    )
    .map_err(fail)?;
    accounts::grant_role(conn, admin, lead, programme.id, ProgrammeRole::Lead, false, now).map_err(fail)?;
    let round = open_round(conn, lead, programme.id, groups, now, now + closes_in)?;
    let closing = write_transaction(conn, |conn| {
        let mut writer = Writer::new(conn, now)?;
        let panel = writer.add_panel(conn, programme.id, lead)?;
        let applicants = writer.add_groups_with_drafts(conn, round.id, groups)?;
        resume_sequences(conn, &["people", "role_grants", "community_groups", "group_members", "bids"])?;
        Ok::<_, diesel::result::Error>(ClosingDay {
            round_id: round.id,
            closes_at: round.closes_at,
            applicants,
            panel,
            seconds: 0.0,
        })
    })
    .map_err(fail)?;
    crate::db::analyse_after_bulk_load(conn).map_err(fail)?;
    Ok(ClosingDay { seconds: started.elapsed().as_secs_f64(), ..closing })
}

/// A pot and a round that opened three weeks ago and closes at `closes_at`.
fn open_round(
    conn: &mut DbConn,
    lead: i64,
    programme_id: i64,
    groups: usize,
    now: NaiveDateTime,
    closes_at: NaiveDateTime,
) -> Result<crate::rounds::Round, DemoError> {
    let year = FinancialYear::containing(now);
    let budget = Pence::from_pounds(5_000 * groups.max(10) as i64);
    let opened = now - Duration::days(21);
    let pot = funds::create_pot(
        conn,
        lead,
        &NewPot {
            programme_id,
            year,
            name: &format!("Closing day ring-fence {}", year.label()),
            allocation: budget,
            transformation_total: None,
            ring_fence_basis_points: None,
        },
        opened - Duration::days(14),
    )
    .map_err(fail)?;
    let input = RoundInput {
        name: "Closing day community grants".into(),
        slug: "closing-day".into(),
        summary: "Up to £5,000 for community groups".into(),
        pot_id: pot.id,
        budget,
        opens_at: opened,
        closes_at,
        min_award: Pence::from_pounds(500),
        max_award: Pence::from_pounds(5_000),
        eligibility: super::ELIGIBILITY.into(),
        uses: super::USES.into(),
        decision_target_on: crate::time::in_london(closes_at + Duration::days(30)).date_naive(),
        panel_size: 3,
        panel_due_on: None,
    };
    rounds::create_round(conn, crate::i18n::Tr::source(), lead, programme_id, &input, opened - Duration::days(7))
        .map_err(|e| fail(format!("{e:?}")))
}

/// Writes the people, groups and bids with ids it hands out itself.
struct Writer {
    now: NaiveDateTime,
    /// The one argon2 hash of `PASSWORD` every account shares.
    hash: String,
    next_person: i64,
    next_group: i64,
    next_bid: i64,
}

impl Writer {
    fn new(conn: &mut DbConn, now: NaiveDateTime) -> diesel::QueryResult<Writer> {
        Ok(Writer {
            now,
            hash: password::hash(PASSWORD),
            next_person: next_id(conn, "people")?,
            next_group: next_id(conn, "community_groups")?,
            next_bid: next_id(conn, "bids")?,
        })
    }

    fn take_person(&mut self) -> i64 {
        self.next_person += 1;
        self.next_person - 1
    }

    fn person(&mut self, people: &mut Rows, name: &str, email: &str) -> i64 {
        let id = self.take_person();
        let at = time(self.now - Duration::days(60));
        people.add(format!("{id}, {}, {}, {}, {at}, FALSE, {at}, {at}", text(name), text(email), text(&self.hash)));
        id
    }

    /// The programme's panel, a few with lived experience; answers their emails.
    fn add_panel(&mut self, conn: &mut DbConn, programme_id: i64, lead: i64) -> diesel::QueryResult<Vec<String>> {
        let mut people = Rows::new("people", PEOPLE_COLUMNS);
        let mut grants =
            Rows::new("role_grants", "person_id, programme_id, role, lived_experience, granted_by, granted_at");
        let mut emails = Vec::with_capacity(PANEL_MEMBERS);
        for n in 0..PANEL_MEMBERS {
            let email = format!("panel{n}@closing.example");
            let id = self.person(&mut people, &format!("Closing panel member {n}"), &email);
            let at = time(self.now - Duration::days(30));
            grants.add(format!("{id}, {programme_id}, 'panel', {}, {lead}, {at}", truth(n % 4 == 0)));
            emails.push(email);
        }
        people.flush(conn)?;
        grants.flush(conn)?;
        Ok(emails)
    }

    /// `count` groups of one member, each with a draft in the round: answers (email, bid id).
    fn add_groups_with_drafts(
        &mut self,
        conn: &mut DbConn,
        round_id: i64,
        count: usize,
    ) -> diesel::QueryResult<Vec<(String, i64)>> {
        let mut people = Rows::new("people", PEOPLE_COLUMNS);
        let mut groups = Rows::new("community_groups", GROUP_COLUMNS);
        let mut members = Rows::new("group_members", MEMBER_COLUMNS);
        let mut bids = Rows::new(
            "bids",
            "id, round_id, group_id, state, title, summary, amount_requested_pence, purpose, video_url, need, reach, impact, created_by, created_at, updated_at, version, closing_week_reminder_at, closing_day_reminder_at",
        );
        let mut made = Vec::with_capacity(count);
        for n in 0..count {
            let name = format!("Closing member {n}");
            let email = format!("member{n}@closing.example");
            let person = self.person(&mut people, &name, &email);
            let (group, bid) = (self.next_group, self.next_bid);
            self.next_group += 1;
            self.next_bid += 1;
            let at = time(self.now - Duration::days(20) + Duration::minutes(n as i64 % 1440));
            groups.add(format!(
                "{group}, {}, 'unregistered', '', '', 'Riverside East', 'B9 4AA', '', {}, {}, '', {person}, {at}, {at}",
                text(&format!("Closing day group {n}")),
                text(&name),
                text(&email)
            ));
            members.add(format!("{group}, {person}, FALSE, NULL, {at}"));
            let reminded = time(self.now - Duration::hours(6));
            bids.add(format!(
                "{bid}, {round_id}, {group}, 'draft', {}, 'Weekly sessions for people who feel alone', {}, \
                 'Room hire, refreshments and a sessional worker', '', '', '', '', {person}, {at}, {at}, 1, {reminded}, {reminded}",
                text(&format!("Tea and talk {n}")),
                Pence::from_pounds(500 + 50 * (n as i64 % 91)).0
            ));
            made.push((email, bid));
            if people.is_full() {
                for rows in [&mut people, &mut groups, &mut members, &mut bids] {
                    rows.flush(conn)?;
                }
            }
        }
        for rows in [&mut people, &mut groups, &mut members, &mut bids] {
            rows.flush(conn)?;
        }
        Ok(made)
    }
}
