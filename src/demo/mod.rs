//! `smallgrants seed-demo`: a realistic demo programme on an empty database, so a newcomer
//! sees a living portal at once, and every feature has something to show.
//!
//! The demo accounts' passwords are fixed and printed: this is for trying the portal out, and
//! the command refuses to run in production or on a database that already has people.

pub mod applications;
pub mod closing_day;
pub mod directory;
pub mod involvement;
pub mod last_year;
pub mod offer;
pub mod panel;
pub mod scale;
pub mod tracker;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::accounts::{ProgrammeRole, actions as accounts, password};
use crate::db::DbConn;
use crate::db::schema::people;
use crate::funds::FinancialYear;
use crate::funds::actions::{self as funds, NewPot};
use crate::money::Pence;
use crate::notifications::emails::Links;
use crate::programmes::actions as programmes;
use crate::programmes::areas::{AreaInput, AreaKind};
use crate::programmes::rules::ProgrammeInput;
use crate::rounds::actions as rounds;
use crate::rounds::rules::RoundInput;

/// One demo account, printed as `role email password`.
#[derive(Debug, Clone)]
pub struct DemoAccount {
    pub role: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub password: &'static str,
}

pub const ACCOUNTS: [DemoAccount; 6] = [
    DemoAccount { role: "admin", name: "Sam Okafor", email: "admin@demo.example", password: "demo-admin-words" },
    DemoAccount { role: "lead", name: "Priya Shah", email: "lead@demo.example", password: "demo-lead-words" },
    DemoAccount { role: "panel", name: "Marcus Reid", email: "panel@demo.example", password: "demo-panel-words" },
    DemoAccount {
        role: "connector",
        name: "Grace Mensah",
        email: "connector@demo.example",
        password: "demo-connector-words",
    },
    DemoAccount {
        role: "applicant",
        name: "Aisha Rahman",
        email: "applicant@demo.example",
        password: "demo-applicant-words",
    },
    // The second member of the applicant's group, who checks the bank details it gives.
    DemoAccount { role: "member", name: "Femi Adebayo", email: "member@demo.example", password: "demo-member-words" },
];

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the database already has accounts; the demo is only added to an empty database")]
    NotEmpty,
    #[error("could not add the demo: {0}")]
    Failed(String),
}

fn fail(error: impl std::fmt::Display) -> DemoError {
    DemoError::Failed(error.to_string())
}

pub fn database_is_empty(conn: &mut DbConn) -> QueryResult<bool> {
    Ok(people::table.count().get_result::<i64>(conn)? == 0)
}

/// The ids of what the demo made, for later parts of the demo to build on.
pub struct Demo {
    /// Recordings to put in the object store (the database refers to them already).
    pub files: Vec<applications::DemoFile>,
    pub people: Vec<i64>,
    pub programme_id: i64,
    pub pot_id: i64,
    pub open_round_id: i64,
    pub closed_round_id: i64,
}

/// The demo programme's areas, with the postcodes of the demo groups in them, and the areas
/// groups typed before the list mapped to them ("Whole of Riverside" is left for the lead to
/// see on the mapping page).
const DEMO_AREAS: [(&str, AreaKind, &str, &[&str]); 8] = [
    ("Sparkhill and Tyseley", AreaKind::Ward, "B11 4", &["Sparkhill and Tyseley"]),
    ("Lozells", AreaKind::Ward, "B19", &["Lozells"]),
    ("Handsworth", AreaKind::Ward, "B21", &["Handsworth"]),
    ("Aston", AreaKind::Ward, "B6", &["Aston"]),
    ("Bordesley Green", AreaKind::Ward, "B9 5", &["Bordesley Green"]),
    ("Riverside East", AreaKind::Neighbourhood, "B9 4, B33", &["Riverside East", "Stechford"]),
    ("Riverside North", AreaKind::Neighbourhood, "B20, B44", &["Riverside North", "Kingstanding"]),
    ("Riverside South", AreaKind::Neighbourhood, "B30, B31", &["Riverside South", "Northfield"]),
];

fn add_areas(conn: &mut DbConn, lead: i64, programme_id: i64, now: NaiveDateTime) -> Result<(), DemoError> {
    for (name, kind, postcodes, typed) in DEMO_AREAS {
        let input = AreaInput { name: name.into(), kind, postcodes: postcodes.into() };
        let area = programmes::add_area(conn, lead, programme_id, &input, now).map_err(fail)?;
        for text in typed {
            programmes::map_free_text(conn, lead, programme_id, text, area, now).map_err(fail)?;
        }
    }
    Ok(())
}

/// Who runs the demo programme and how to reach them (`example.org` addresses and an Ofcom
/// drama number, so nobody real is written to or rung).
fn demo_contact() -> crate::programmes::contact::ContactInput {
    crate::programmes::contact::ContactInput {
        team_name: "Riverside Community Grants Team".into(),
        contact_email: "grants@riverside-icb.example.org".into(),
        contact_phone: "0121 496 0000".into(),
        contact_hours: "Monday to Friday, 9am to 5pm".into(),
        privacy_controller: "NHS Riverside Integrated Care Board".into(),
        privacy_contact: "privacy@riverside-icb.example.org".into(),
        privacy_dpo: "dpo@riverside-icb.example.org".into(),
        records_retention: String::new(),
        privacy_notes: String::new(),
        safeguarding_name: "Dee Campbell, safeguarding lead".into(),
        safeguarding_email: "safeguarding@riverside-icb.example.org".into(),
    }
}

/// Adds the demo programme and accounts to an empty database. The emails the demo's story
/// queues (receipts, decisions, payments…) link to `links`, the installation's address (see
/// `Links::from_config`), so a newcomer reading them can follow their links.
pub fn seed(conn: &mut DbConn, links: &Links, now: NaiveDateTime) -> Result<Demo, DemoError> {
    if !database_is_empty(conn).map_err(fail)? {
        return Err(DemoError::NotEmpty);
    }
    let people = create_people(conn, now)?;
    let admin = people[0];
    let programme = programmes::create(
        conn,
        admin,
        &ProgrammeInput {
            name: "Riverside Community Mental Health Small Grants".into(),
            slug: "riverside-small-grants".into(),
            description:
                "Small grants from the VCSE ring-fence of Riverside's community mental health transformation funding, \
                for grassroots, faith and community groups that support people's mental health."
                    .into(),
            funder_name: "NHS Riverside Integrated Care Board".into(),
            funder_org_id: "GB-NHS-QRV".into(),
            identifier_prefix: "360G-riversideicb".into(),
        },
        now,
    )
    .map_err(fail)?;
    programmes::update_contact(conn, admin, programme.id, &demo_contact(), now).map_err(fail)?;
    add_areas(conn, admin, programme.id, now)?;
    add_measures(conn, admin, programme.id, now)?;
    grant_roles(conn, admin, programme.id, &people, now)?;
    let year = FinancialYear::containing(now);
    // The pot was set up before the autumn round opened (but within this financial year).
    let pot_created = (now - Duration::days(80)).max(year.starts_at());
    let pot = funds::create_pot(
        conn,
        people[1],
        &NewPot {
            programme_id: programme.id,
            year,
            name: &format!("VCSE ring-fence {}", year.label()),
            allocation: Pence::from_pounds(600_000),
            transformation_total: Some(Pence::from_pounds(2_400_000)),
            ring_fence_basis_points: Some(2_500),
        },
        pot_created,
    )
    .map_err(fail)?;
    let open_round_id = create_round(conn, people[1], programme.id, &open_round(pot.id, now))?;
    add_questions(conn, people[1], open_round_id, now)?;
    let closed_round_id = create_round(conn, people[1], programme.id, &closed_round(pot.id, now))?;
    let spring_round_id = create_round(conn, people[1], programme.id, &upcoming_round(pot.id, now))?;
    let files = applications::seed(conn, &people, open_round_id, closed_round_id, links, now)?;
    panel::seed(conn, &people, programme.id, closed_round_id, links, now)?;
    involvement::seed(conn, &people, programme.id, closed_round_id, now)?;
    last_year::seed(conn, &people, programme.id, (pot.id, pot_created), links, now)?;
    offer::seed(conn, &people, programme.id, pot.id, links, now)?;
    directory::seed(conn, people[3], links, now)?;
    let cast = tracker::Cast {
        lead: people[1],
        panel_member: people[2],
        connector: people[3],
        programme_id: programme.id,
        spring_round_id,
    };
    tracker::seed(conn, &cast, links, now)?;
    Ok(Demo { files, people, programme_id: programme.id, pot_id: pot.id, open_round_id, closed_round_id })
}

fn create_people(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<i64>, DemoError> {
    let mut ids = Vec::new();
    for account in &ACCOUNTS {
        let hash = password::hash(account.password);
        let person = match accounts::create_admin(conn, account.name, account.email, &hash, now).map_err(fail)? {
            accounts::AdminCreated::New(person) | accounts::AdminCreated::Promoted(person) => person,
        };
        if account.role != "admin" {
            crate::accounts::queries::set_site_admin(conn, person.id, false, now).map_err(fail)?;
        }
        if needs_second_factor(account) {
            crate::accounts::second_factor::turn_on_directly(conn, person.id, now).map_err(fail)?;
        }
        ids.push(person.id);
    }
    Ok(ids)
}

fn grant_roles(
    conn: &mut DbConn,
    admin: i64,
    programme_id: i64,
    people: &[i64],
    now: NaiveDateTime,
) -> Result<(), DemoError> {
    let grants = [
        (people[1], ProgrammeRole::Lead, false),
        (people[2], ProgrammeRole::Panel, true),
        (people[3], ProgrammeRole::Connector, false),
    ];
    for (person, role, lived_experience) in grants {
        accounts::grant_role(conn, admin, person, programme_id, role, lived_experience, now).map_err(fail)?;
    }
    Ok(())
}

/// The end-of-grant measures the programme chose with its community, in their words, in place
/// of the two every programme starts with (retired, so they show as such on the lead's page).
fn add_measures(conn: &mut DbConn, admin: i64, programme_id: i64, now: NaiveDateTime) -> Result<(), DemoError> {
    use crate::measures::rules::MeasureInput;
    use crate::measures::{MeasureKind, NationalMeasure, actions, queries};
    for measure in queries::active_of(conn, programme_id).map_err(fail)? {
        actions::retire(conn, admin, programme_id, measure.id, now).map_err(fail)?;
    }
    let chosen = [
        ("People who told us they feel less alone", MeasureKind::Number, None),
        ("People new to any support", MeasureKind::Number, Some(NationalMeasure::NewToSupport)),
        ("People who came twice or more", MeasureKind::Number, Some(NationalMeasure::TwoOrMoreContacts)),
        ("Did you reach people you hadn't before?", MeasureKind::YesNo, None),
        ("In a few words, what changed?", MeasureKind::Words, None),
    ];
    for (wording, kind, national) in chosen {
        let input = MeasureInput { wording: wording.into(), kind, national, national_other: String::new() };
        actions::add(conn, admin, programme_id, &input, now).map_err(fail)?;
    }
    Ok(())
}

fn create_round(conn: &mut DbConn, lead: i64, programme_id: i64, input: &RoundInput) -> Result<i64, DemoError> {
    let now = input.opens_at.min(crate::time::now());
    rounds::create_round(conn, crate::i18n::Tr::source(), lead, programme_id, input, now)
        .map(|round| round.id)
        .map_err(|e| fail(format!("{e:?}")))
}

/// The open round's eligibility questions, asked before any account.
fn add_questions(conn: &mut DbConn, lead: i64, round_id: i64, now: NaiveDateTime) -> Result<(), DemoError> {
    let questions = [
        (
            "Is your group based in Riverside, or working with people who live in Riverside?",
            "no",
            "This fund is for groups working with people in Riverside.",
        ),
        (
            "Is your group a national charity with an income over £1 million a year?",
            "yes",
            "This fund is for small, local groups. Larger charities can apply to NHS Riverside Integrated Care \
             Board's main VCSE grants programme: ask the programme team how.",
        ),
    ];
    for (question, rules_out, reason) in questions {
        let fields = crate::rounds::model::QuestionFields {
            question: question.into(),
            rules_out: rules_out.into(),
            reason: reason.into(),
        };
        rounds::add_question(conn, lead, round_id, &fields, now).map_err(|e| fail(format!("{e:?}")))?;
    }
    Ok(())
}

/// A time `days` from now at `hour`:00 London time.
fn london_day(now: NaiveDateTime, days: i64, hour: u32) -> NaiveDateTime {
    let date = crate::time::in_london(now + Duration::days(days)).date_naive();
    crate::rounds::rules::london_to_utc(date, chrono::NaiveTime::from_hms_opt(hour, 0, 0).expect("valid hour"))
        .unwrap_or(now + Duration::days(days))
}

const ELIGIBILITY: &str = "Community, faith and voluntary groups working in Riverside, including groups that are not registered charities.\n\n\
- Your group has at least two people who are not related running it\n\
- You have a bank account in the group's name, or a larger organisation can hold the money for you\n\
- The work supports people's mental health in Riverside";

const USES: &str = "- Sessional or part-time peer support workers\n- Room hire, refreshments and travel for participants\n\
- Equipment and materials\n- Training for volunteers\n\nThe money cannot pay for building works or for activities that promote a religion or political party.";

fn open_round(pot_id: i64, now: NaiveDateTime) -> RoundInput {
    RoundInput {
        name: "Winter wellbeing small grants".into(),
        slug: "winter-wellbeing".into(),
        summary: "Up to £5,000 for community groups helping people through the winter months".into(),
        pot_id,
        budget: Pence::from_pounds(60_000),
        opens_at: london_day(now, -14, 9),
        closes_at: london_day(now, 28, 17),
        min_award: Pence::from_pounds(500),
        max_award: Pence::from_pounds(5_000),
        eligibility: ELIGIBILITY.into(),
        uses: USES.into(),
        decision_target_on: crate::time::in_london(now + Duration::days(60)).date_naive(),
        panel_size: 2,
        panel_due_on: None,
    }
}

fn closed_round(pot_id: i64, now: NaiveDateTime) -> RoundInput {
    RoundInput {
        name: "Autumn community connections".into(),
        slug: "autumn-connections".into(),
        summary: "Grants for groups that bring isolated people together".into(),
        pot_id,
        budget: Pence::from_pounds(40_000),
        opens_at: london_day(now, -70, 9),
        closes_at: london_day(now, -21, 17),
        min_award: Pence::from_pounds(500),
        max_award: Pence::from_pounds(4_000),
        eligibility: ELIGIBILITY.into(),
        uses: USES.into(),
        decision_target_on: crate::time::in_london(now + Duration::days(21)).date_naive(),
        panel_size: 2,
        // The panel has ten days left, so the deadline shows on the demo panel member's pages.
        panel_due_on: Some(crate::time::in_london(now + Duration::days(10)).date_naive()),
    }
}

fn upcoming_round(pot_id: i64, now: NaiveDateTime) -> RoundInput {
    RoundInput {
        name: "Spring peer support".into(),
        slug: "spring-peer-support".into(),
        summary: "Grants for peer support groups run by people with lived experience".into(),
        pot_id,
        budget: Pence::from_pounds(80_000),
        opens_at: london_day(now, 42, 9),
        closes_at: london_day(now, 98, 17),
        min_award: Pence::from_pounds(1_000),
        max_award: Pence::from_pounds(10_000),
        eligibility: ELIGIBILITY.into(),
        uses: USES.into(),
        decision_target_on: crate::time::in_london(now + Duration::days(130)).date_naive(),
        panel_size: 2,
        panel_due_on: None,
    }
}

/// Puts the demo's recordings in the object store.
pub fn store_files(storage: &crate::storage::Storage, files: Vec<applications::DemoFile>) -> Result<(), DemoError> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(fail)?;
    runtime.block_on(async {
        for file in files {
            storage.put(&file.key, file.bytes).await.map_err(fail)?;
        }
        Ok(())
    })
}

/// The lines printed for the demo accounts: `role email password`.
/// The demo's lead and admin decide where money goes, so like every such person they sign in
/// with a code from an authenticator app; the demo sets one up for them and prints its key.
fn needs_second_factor(account: &DemoAccount) -> bool {
    matches!(account.role, "admin" | "lead")
}

/// One line a demo account, `role email password`, with `totp=KEY` after it for the accounts
/// that need a code from an authenticator app (the key can be typed into any such app, or given
/// to a script). The keys are random, so they are read from the database.
pub fn account_lines(conn: &mut DbConn) -> QueryResult<Vec<String>> {
    let mut lines = Vec::new();
    for account in &ACCOUNTS {
        let mut line = format!("{} {} {}", account.role, account.email, account.password);
        if let Some(person) = crate::accounts::queries::find_by_email(conn, account.email)?
            && let Some(secret) = crate::accounts::second_factor::secret_of(conn, person.id)?
        {
            line.push_str(&format!(" totp={secret}"));
        }
        lines.push(line);
    }
    Ok(lines)
}

#[cfg(test)]
mod area_tests {
    use super::*;
    use crate::programmes::areas::{ProgrammeArea, areas_for_postcode};

    #[test]
    fn each_demo_group_is_offered_its_area_from_its_postcode() {
        let areas: Vec<ProgrammeArea> = DEMO_AREAS
            .iter()
            .enumerate()
            .map(|(id, (name, kind, postcodes, _))| ProgrammeArea {
                id: i64::try_from(id).unwrap(),
                programme_id: 1,
                name: name.to_string(),
                kind: kind.key().to_string(),
                postcodes: postcodes.to_string(),
                created_at: NaiveDateTime::default(),
            })
            .collect();
        let offered = |postcode: &str| -> Vec<&str> {
            areas_for_postcode(&areas, postcode).iter().map(|a| a.name.as_str()).collect()
        };
        // This year's groups, then last year's.
        assert_eq!(offered("B11 4AA"), ["Sparkhill and Tyseley"]);
        assert_eq!(offered("B19 1AA"), ["Lozells"]);
        assert_eq!(offered("B9 4AA"), ["Riverside East"]);
        assert_eq!(offered("B20 2AA"), ["Riverside North"]);
        assert_eq!(offered("B30 1AA"), ["Riverside South"]);
        assert_eq!(offered("B21 9AA"), ["Handsworth"]);
        assert_eq!(offered("B44 0AA"), ["Riverside North"]);
        assert_eq!(offered("B31 2AA"), ["Riverside South"]);
        assert_eq!(offered("B9 5AA"), ["Bordesley Green"]);
        assert_eq!(offered("B33 8AA"), ["Riverside East"]);
        assert_eq!(offered("B6 4AA"), ["Aston"]);
    }
}
