//! The demo's groups and bids: the demo applicant's own group with a draft and a sent bid, and
//! other groups' bids in the closed round told each way (video link, recording, written), one
//! made with the demo connector.

use crate::bids::places::{PlacesAnswer, check_places};
use crate::rounds::eligibility::{Answer, GivenAnswer};
use bytes::Bytes;
use chrono::{Duration, NaiveDateTime};

use super::{DemoError, fail};
use crate::accounts::{actions as accounts, password};
use crate::bids::actions::{self as bids, Editor, StoredUpload};
use crate::bids::model::FileKind;
use crate::bids::rules::{CaseAnswers, MoneyAnswers};
use crate::bids::word::GivenWord;
use crate::db::DbConn;
use crate::groups::actions as groups;
use crate::groups::rules::{EqualityStatus, GroupInput};
use crate::groups::{GroupKind, queries as group_queries};
use crate::money::Pence;
use crate::notifications::emails::Links;
use crate::storage::{ObjectKind, StorageKey};

/// A file to put in the object store once the database is seeded.
pub struct DemoFile {
    pub key: StorageKey,
    pub bytes: Bytes,
}

/// How a demo bid tells its case.
pub(super) enum Told {
    Video(&'static str),
    Recording,
    Written { need: &'static str, reach: &'static str, impact: &'static str },
}

/// The contact of a group the demo connector works with: a person with a phone and no email
/// address, who gives the group's word on the phone. The number is in the range Ofcom keeps
/// for drama, so it rings nobody.
const CONNECTOR_GROUP_CONTACT: &str = "Winston Clarke";
const CONNECTOR_GROUP_PHONE: &str = "0121 496 0371";

pub(super) struct DemoGroup {
    pub(super) name: &'static str,
    pub(super) kind: GroupKind,
    pub(super) charity_number: &'static str,
    pub(super) company_number: &'static str,
    pub(super) area: &'static str,
    pub(super) postcode: &'static str,
    pub(super) leadership: &'static [&'static str],
    pub(super) beneficiaries: &'static [&'static str],
}

pub(super) struct DemoBid {
    pub(super) title: &'static str,
    pub(super) summary: &'static str,
    pub(super) amount_pounds: i64,
    pub(super) purpose: &'static str,
    pub(super) told: Told,
    /// The language the bid is in (`bids::language`).
    pub(super) language: &'static str,
}

const WRITTEN_NEED: &str = "Many women in our area came here as adults and have no family nearby. Several have told us they feel low \
    and alone, especially in winter, and do not know where to go. GP waiting lists are long and the services that exist are not in our languages.";
const WRITTEN_REACH: &str = "We meet at the community centre next to the mosque, and women come by word of mouth. About 40 women come \
    each month; most have never used a mental health service.";
const WRITTEN_IMPACT: &str = "Women will have people to talk to every week and will know where to get help. We will count who comes, \
    and ask each woman at the start and after three months how she is feeling.";

/// Seeds the groups and bids; answers the files to store.
pub fn seed(
    conn: &mut DbConn,
    people: &[i64],
    open_round: i64,
    closed_round: i64,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Vec<DemoFile>, DemoError> {
    let applicant = person(conn, people[4])?;
    let connector = person(conn, people[3])?;
    let mut files = Vec::new();

    // The demo applicant's own group: a draft in the open round, a sent bid in the closed one.
    let sisters = make_group(conn, &applicant, &SISTERS, false, links, now)?;
    let closed_open_time = now - Duration::days(30);
    let editor = Editor { person_id: applicant.id, as_connector: false };
    add_bid(conn, &applicant, editor, sisters, closed_round, &TEA_AND_TALK, Some(closed_open_time), &mut files, links)?;
    add_bid(conn, &applicant, editor, sisters, open_round, &WINTER_WALKS, None, &mut files, links)?;

    // Other groups' bids in the closed round, each told a different way.
    for (index, (group, bid, with_connector)) in OTHERS.iter().enumerate() {
        let member = if *with_connector { connector.clone() } else { demo_member(conn, index, now)? };
        let group_id = make_group(conn, &member, group, *with_connector, links, now)?;
        let editor = Editor { person_id: member.id, as_connector: *with_connector };
        let sent_at = now - Duration::days(40 - index as i64);
        add_bid(conn, &member, editor, group_id, closed_round, bid, Some(sent_at), &mut files, links)?;
    }
    Ok(files)
}

pub(super) fn person(conn: &mut DbConn, id: i64) -> Result<crate::accounts::Person, DemoError> {
    crate::accounts::queries::find_person(conn, id).map_err(fail)?.ok_or_else(|| fail("demo person missing"))
}

/// A group member who cannot sign in (their password is random and never shown).
pub(super) fn demo_member(
    conn: &mut DbConn,
    index: usize,
    now: NaiveDateTime,
) -> Result<crate::accounts::Person, DemoError> {
    let (token, _) = crate::accounts::tokens::new_token();
    let email = format!("member{}@demo.example", index + 1);
    let name = [
        "Kwame Asante",
        "Rosa Lindqvist",
        "Imran Hussain",
        "Joy Adeyemi",
        "Tom Whelan",
        "Nadia Begum",
        "Owen Price",
        "Mei Chen",
        "Daniel Okoro",
        "Siobhan Kelly",
        "Farah Malik",
        "Peter Nowak",
    ][index % 12];
    let person = match accounts::create_admin(conn, name, &email, &password::hash(&token), now).map_err(fail)? {
        accounts::AdminCreated::New(p) | accounts::AdminCreated::Promoted(p) => p,
    };
    crate::accounts::queries::set_site_admin(conn, person.id, false, now).map_err(fail)?;
    Ok(person)
}

pub(super) fn make_group(
    conn: &mut DbConn,
    creator: &crate::accounts::Person,
    group: &DemoGroup,
    as_connector: bool,
    links: &Links,
    now: NaiveDateTime,
) -> Result<i64, DemoError> {
    let input = GroupInput {
        name: group.name.into(),
        kind: group.kind,
        charity_number: group.charity_number.into(),
        company_number: group.company_number.into(),
        area: group.area.into(),
        postcode: group.postcode.into(),
        website: String::new(),
        contact_name: if as_connector { CONNECTOR_GROUP_CONTACT.into() } else { creator.name.clone() },
        contact_email: if as_connector { String::new() } else { creator.email.clone() },
        contact_phone: if as_connector { CONNECTOR_GROUP_PHONE.into() } else { String::new() },
    };
    let created = groups::create(conn, creator, &input, as_connector, links, now).map_err(fail)?;
    let answer = |codes: &[&str]| {
        if codes.is_empty() {
            (EqualityStatus::PreferNotToSay, Vec::new(), String::new())
        } else {
            (EqualityStatus::Answered, codes.iter().map(|c| c.to_string()).collect(), String::new())
        }
    };
    groups::save_equality(conn, creator.id, created.id, &answer(group.leadership), &answer(group.beneficiaries), now)
        .map_err(fail)?;
    debug_assert!(group_queries::find(conn, created.id).map_err(fail)?.is_some());
    Ok(created.id)
}

#[allow(clippy::too_many_arguments)]
pub(super) fn add_bid(
    conn: &mut DbConn,
    sender: &crate::accounts::Person,
    editor: Editor,
    group_id: i64,
    round_id: i64,
    demo: &DemoBid,
    send_at: Option<NaiveDateTime>,
    files: &mut Vec<DemoFile>,
    links: &Links,
) -> Result<i64, DemoError> {
    let started = send_at.map_or(crate::time::now(), |at| at - Duration::days(3));
    // The answers a group that may apply gives to the round's eligibility questions.
    let questions = crate::rounds::queries::questions_of(conn, round_id).map_err(fail)?;
    let given: Vec<GivenAnswer> = questions
        .iter()
        .map(|q| GivenAnswer {
            question_id: q.id,
            answer: if q.ruling_out() == Answer::Yes { Answer::No } else { Answer::Yes },
            question_text: q.question.clone(),
        })
        .collect();
    let bid =
        bids::start_with_answers(conn, editor, group_id, round_id, demo.language, &given, started).map_err(fail)?;
    let money = MoneyAnswers {
        title: demo.title.into(),
        summary: demo.summary.into(),
        amount: Some(Pence::from_pounds(demo.amount_pounds)),
        purpose: demo.purpose.into(),
        places: places_from_postcode(conn, bid.id).map_err(fail)?,
    };
    bids::save_money(conn, editor, bid.id, None, &money, started).map_err(fail)?;
    let case = match &demo.told {
        Told::Video(url) => CaseAnswers {
            language: None,
            video_url: url.to_string(),
            need: String::new(),
            reach: String::new(),
            impact: String::new(),
            recording_covers: None,
        },
        Told::Written { need, reach, impact } => CaseAnswers {
            language: None,
            video_url: String::new(),
            need: need.to_string(),
            reach: reach.to_string(),
            impact: impact.to_string(),
            recording_covers: None,
        },
        Told::Recording => CaseAnswers {
            language: None,
            video_url: String::new(),
            need: String::new(),
            reach: String::new(),
            impact: String::new(),
            recording_covers: None,
        },
    };
    bids::save_case(conn, editor, bid.id, None, &case, started).map_err(fail)?;
    if matches!(demo.told, Told::Recording) {
        let key = StorageKey::new_random(ObjectKind::Recording);
        let bytes = tone_wav(2.0);
        let upload = StoredUpload {
            kind: FileKind::Recording,
            storage_key: key.as_str(),
            filename: "our story.wav",
            content_type: "audio/x-wav",
            size_bytes: bytes.len() as i64,
        };
        bids::attach(conn, editor, bid.id, &upload, started).map_err(fail)?;
        files.push(DemoFile { key, bytes });
    }
    if let Some(at) = send_at {
        // A bid made with the connector is sent on the group's word, given on the phone.
        let word = editor.as_connector.then_some(GivenWord::Phone { spoke_with: CONNECTOR_GROUP_CONTACT });
        bids::submit(conn, sender, editor, bid.id, word, links, at).map_err(|e| fail(format!("{e:?}")))?;
    }
    Ok(bid.id)
}

/// A short, quiet tone as a WAV file: a recording any browser can play.
/// The areas a demo bid serves: those its group's postcode lies in, as the form offers them.
fn places_from_postcode(conn: &mut DbConn, bid_id: i64) -> diesel::QueryResult<Option<PlacesAnswer>> {
    let Some((_, round, group)) = crate::bids::queries::find_full(conn, bid_id)? else { return Ok(None) };
    let places = crate::bids::queries::places_of(conn, bid_id, round.programme_id)?;
    Ok(places.asked().then(|| check_places(&places.form_values(&group.postcode), &places.areas)))
}

fn tone_wav(seconds: f64) -> Bytes {
    const RATE: u32 = 8_000;
    let samples = (f64::from(RATE) * seconds) as u32;
    let mut wav = Vec::with_capacity(44 + samples as usize * 2);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + samples * 2).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes());
    wav.extend_from_slice(&RATE.to_le_bytes());
    wav.extend_from_slice(&(RATE * 2).to_le_bytes());
    wav.extend_from_slice(&2u16.to_le_bytes());
    wav.extend_from_slice(&16u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&(samples * 2).to_le_bytes());
    for n in 0..samples {
        let value = (f64::from(n) * 2.0 * std::f64::consts::PI * 330.0 / f64::from(RATE)).sin() * 2_000.0;
        wav.extend_from_slice(&(value as i16).to_le_bytes());
    }
    Bytes::from(wav)
}

const SISTERS: DemoGroup = DemoGroup {
    name: "Sparkhill Sisters Wellbeing Circle",
    kind: GroupKind::Faith,
    charity_number: "",
    company_number: "",
    area: "Sparkhill and Tyseley",
    postcode: "B11 4AA",
    leadership: &["DEI010320", "DEI030700", "DEI090000"],
    beneficiaries: &["DEI010300", "DEI090000", "DEI050000"],
};

const TEA_AND_TALK: DemoBid = DemoBid {
    title: "Tea and talk mornings",
    summary: "Weekly mornings where women can talk, share and find help",
    amount_pounds: 2_800,
    purpose: "Room hire (£35 a week for 40 weeks), refreshments, and a sessional counsellor once a month.",
    told: Told::Written { need: WRITTEN_NEED, reach: WRITTEN_REACH, impact: WRITTEN_IMPACT },
    language: "en",
};

const WINTER_WALKS: DemoBid = DemoBid {
    title: "Winter walk and talk",
    summary: "Gentle group walks with a trained walk leader through the winter",
    amount_pounds: 1_500,
    purpose: "A walk leader's training and sessions, and warm drinks after each walk.",
    told: Told::Video("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    language: "en",
};

const OTHERS: [(DemoGroup, DemoBid, bool); 5] = [
    (
        DemoGroup {
            name: "Barbershop Conversations",
            kind: GroupKind::Unregistered,
            charity_number: "",
            company_number: "",
            area: "Lozells",
            postcode: "B19 1AA",
            leadership: &["DEI010100", "DEI010120"],
            beneficiaries: &["DEI010100"],
        },
        DemoBid {
            title: "Talking chairs",
            summary: "Barbers trained to listen and signpost",
            amount_pounds: 3_500,
            purpose: "Mental health first aid training for 8 barbers, and printed signposting cards.",
            told: Told::Video("https://youtu.be/dQw4w9WgXcQ"),
            language: "en",
        },
        true,
    ),
    (
        DemoGroup {
            name: "Roots Allotment Collective",
            kind: GroupKind::Cic,
            charity_number: "",
            company_number: "12345678",
            area: "Riverside East",
            postcode: "B9 4AA",
            leadership: &["DEI020200"],
            beneficiaries: &["DEI020200", "DEI080000"],
        },
        DemoBid {
            title: "Growing together",
            summary: "Gardening sessions for people recovering from mental ill health",
            amount_pounds: 4_000,
            purpose: "Tools, seeds and a sessional gardener for two afternoons a week.",
            told: Told::Recording,
            language: "en",
        },
        false,
    ),
    (
        DemoGroup {
            name: "Deaf Friends Coffee Club",
            kind: GroupKind::Charity,
            charity_number: "1198765",
            company_number: "",
            area: "Whole of Riverside",
            postcode: "",
            leadership: &["DEI020130"],
            beneficiaries: &["DEI020130"],
        },
        DemoBid {
            title: "Coffee and signing",
            summary: "Monthly social mornings in British Sign Language",
            amount_pounds: 1_200,
            purpose: "Venue, a BSL interpreter for the first half hour, and refreshments.",
            told: Told::Video("https://vimeo.com/76979871"),
            language: "bfi",
        },
        false,
    ),
    (
        DemoGroup {
            name: "Riverside Refugee Women's Group",
            kind: GroupKind::Unregistered,
            charity_number: "",
            company_number: "",
            area: "Riverside North",
            postcode: "B20 2AA",
            leadership: &[],
            beneficiaries: &["DEI050200", "DEI090000"],
        },
        DemoBid {
            title: "Safe space sessions",
            summary: "A weekly safe space with childcare",
            amount_pounds: 3_000,
            purpose: "Childcare workers and a room for 30 sessions.",
            told: Told::Written { need: WRITTEN_NEED, reach: WRITTEN_REACH, impact: WRITTEN_IMPACT },
            language: "en",
        },
        false,
    ),
    (
        DemoGroup {
            name: "Young Minds Football",
            kind: GroupKind::Cio,
            charity_number: "1187654",
            company_number: "",
            area: "Riverside South",
            postcode: "B30 1AA",
            leadership: &["DEI070100"],
            beneficiaries: &["DEI070000"],
        },
        DemoBid {
            title: "Kick about and chat",
            summary: "Football followed by a talk circle for young men",
            amount_pounds: 2_000,
            purpose: "Pitch hire and a youth worker trained in mental health first aid.",
            told: Told::Recording,
            language: "en",
        },
        false,
    ),
];
