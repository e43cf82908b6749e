//! The demo's community directory: about 40 listings across the categories and the demo
//! programme's areas, some from the demo's funded groups, most from groups that have never
//! applied (so "who is missing" has something to show). Two wait for an editor, one has not
//! been confirmed for 7 months, and the demo connector is the directory's editor.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::applications::{DemoGroup, demo_member, make_group};
use super::{DemoError, fail};
use crate::db::DbConn;
use crate::db::schema::{community_groups, directory_listings, people};
use crate::directory::actions as directory;
use crate::directory::model::{HowToJoin, ListingStatus, Schedule};
use crate::directory::queries;
use crate::directory::rules::ListingInput;
use crate::groups::GroupKind;
use crate::notifications::emails::Links;

/// When a demo activity happens.
#[derive(Clone, Copy)]
enum When {
    Weekly(i32, &'static str, &'static str),
    Monthly(&'static str),
    Dates(&'static str),
}

/// One demo listing. `group` names an existing demo group, or a new one made with `postcode`.
struct DemoListing {
    group: &'static str,
    name: &'static str,
    description: &'static str,
    categories: &'static [&'static str],
    when: When,
    venue: &'static str,
    postcode: &'static str,
    online: bool,
    cost: &'static str,
    join: HowToJoin,
    languages: &'static str,
    communities: &'static str,
    /// The language the listing is written in.
    written_in: &'static str,
}

const fn listing(
    group: &'static str,
    name: &'static str,
    description: &'static str,
    categories: &'static [&'static str],
    when: When,
    venue: &'static str,
    postcode: &'static str,
) -> DemoListing {
    DemoListing {
        group,
        name,
        description,
        categories,
        when,
        venue,
        postcode,
        online: false,
        cost: "",
        join: HowToJoin::DropIn,
        languages: "English",
        communities: "Everyone welcome",
        written_in: "en",
    }
}

const LISTINGS: [DemoListing; 40] = [
    DemoListing {
        languages: "English, Urdu, Bengali",
        communities: "Women",
        ..listing(
            "Sparkhill Sisters Wellbeing Circle",
            "Women's wellbeing circle",
            "A warm room, tea and other women to talk to. We share what helps on hard days, and sometimes a guest tells us about services near by.",
            &["peer-support", "mental-health"],
            When::Weekly(3, "10:30", "12:30"),
            "Sparkhill community centre",
            "B11 4AA",
        )
    },
    DemoListing {
        languages: "English, Arabic, Tigrinya",
        communities: "Women who have come to the UK as refugees",
        join: HowToJoin::Referral,
        ..listing(
            "Riverside Refugee Women's Group",
            "Safe space sessions",
            "A quiet, safe space for women who have come here as refugees. Talk, craft and a hot lunch. A support worker is always there.",
            &["peer-support", "mental-health", "food"],
            When::Weekly(2, "11:00", "14:00"),
            "Lozells family hub",
            "B19 1AA",
        )
    },
    listing(
        "Roots Allotment Collective",
        "Growing together",
        "Grow vegetables with others on our shared allotment. No experience needed: we show you. Gloves and tools are here.",
        &["nature-and-gardening", "physical-activity", "social-isolation"],
        When::Weekly(6, "10:00", "13:00"),
        "Witton Lodge allotments",
        "B20 2AA",
    ),
    DemoListing {
        languages: "British Sign Language, English",
        communities: "Deaf people and people learning BSL",
        ..listing(
            "Deaf Friends Coffee Club",
            "Coffee and signing",
            "Coffee and cake with other Deaf people, in British Sign Language. Hearing people learning BSL are welcome too.",
            &["social-isolation", "language-and-culture"],
            When::Weekly(4, "13:00", "15:00"),
            "Handsworth library",
            "B21 9AA",
        )
    },
    DemoListing {
        communities: "Young people aged 16 to 25",
        ..listing(
            "Young Minds Football",
            "Kick about and chat",
            "Friendly five-a-side for young people, then a chat about how the week went. Boots not needed.",
            &["young-people", "physical-activity", "mental-health"],
            When::Weekly(5, "17:30", "19:00"),
            "Aston youth centre pitches",
            "B6 5AA",
        )
    },
    DemoListing {
        communities: "Men",
        ..listing(
            "Barbershop Conversations",
            "Talking chairs",
            "Barbers trained to listen. Come for a trim and a talk about how you are really doing.",
            &["peer-support", "mental-health"],
            When::Weekly(1, "09:00", "18:00"),
            "Fresh Cuts barbers",
            "B30 1AA",
        )
    },
    listing(
        "Northfield Walking Group",
        "Gentle walks in the park",
        "An hour's walk at an easy pace, then tea. Walkers of every speed are welcome and nobody is left behind.",
        &["physical-activity", "social-isolation", "older-people"],
        When::Weekly(2, "10:00", "11:30"),
        "Victoria Common gates",
        "B31 2AA",
    ),
    listing(
        "Northfield Walking Group",
        "Saturday nature walk",
        "A longer walk along the river with a walk leader, once a month. Bring a drink and good shoes.",
        &["physical-activity", "nature-and-gardening"],
        When::Monthly("the first Saturday of the month, 10am"),
        "Meet at the Lickey Road car park",
        "B31 2AA",
    ),
    DemoListing {
        languages: "English, Punjabi, Urdu",
        communities: "Carers of any age",
        ..listing(
            "Aston Carers' Circle",
            "Carers' coffee morning",
            "Time for you, away from caring. Meet other carers, share tips and find out what help there is.",
            &["carers", "peer-support"],
            When::Weekly(4, "10:00", "12:00"),
            "Aston Methodist church hall",
            "B6 4AA",
        )
    },
    DemoListing {
        online: true,
        communities: "Carers of any age",
        ..listing(
            "Aston Carers' Circle",
            "Carers' evening call",
            "An online get-together for carers who cannot get out in the day. Join by phone or video.",
            &["carers", "peer-support"],
            When::Weekly(2, "19:30", "20:30"),
            "",
            "",
        )
    },
    DemoListing {
        languages: "polski, English",
        communities: "Mamy mówiące po polsku",
        written_in: "pl",
        ..listing(
            "Polska Wspólnota Riverside",
            "Poranek dla polskich mam",
            "Mamy mówiące po polsku spotykają się z dziećmi na kawę i zabawę. Podpowiemy też, gdzie szukać pomocy w okolicy.",
            &["peer-support", "language-and-culture"],
            When::Weekly(3, "10:00", "12:00"),
            "Stechford Baptist church",
            "B33 8AA",
        )
    },
    DemoListing {
        cost: "£2 a session, with tea",
        ..listing(
            "Kingstanding Art Club",
            "Paint and natter",
            "Painting and drawing for beginners. All materials are here. Nobody judges, everybody chats.",
            &["arts-and-creativity", "social-isolation"],
            When::Weekly(1, "13:30", "15:30"),
            "Kingstanding library",
            "B44 0AA",
        )
    },
    DemoListing {
        communities: "Older people",
        ..listing(
            "Kingstanding Art Club",
            "Memory cafe",
            "Music, crafts and a friendly cup of tea for people living with dementia and the people who care for them.",
            &["older-people", "carers", "arts-and-creativity"],
            When::Monthly("the last Friday of the month, 2pm to 4pm"),
            "Kingstanding library",
            "B44 0AA",
        )
    },
    DemoListing {
        languages: "English, Urdu, Punjabi, Bengali",
        ..listing(
            "Green Lane Mosque Community Kitchen",
            "Community lunch",
            "A free hot lunch for anyone, every Sunday. Sit down, eat and meet your neighbours.",
            &["food", "faith-based-support", "social-isolation"],
            When::Weekly(7, "12:30", "14:30"),
            "Green Lane Mosque hall",
            "B9 5AA",
        )
    },
    DemoListing {
        languages: "English, Urdu",
        communities: "Men",
        ..listing(
            "Green Lane Mosque Community Kitchen",
            "Brothers' wellbeing talk",
            "Men talk openly about stress, money and family, with a trained volunteer. Tea and samosas.",
            &["mental-health", "faith-based-support", "peer-support"],
            When::Weekly(5, "19:45", "21:00"),
            "Green Lane Mosque hall",
            "B9 5AA",
        )
    },
    listing(
        "St Agatha's Church",
        "Open church and tea",
        "The church is open for quiet, prayer or a chat. Tea and biscuits, and someone to listen.",
        &["faith-based-support", "social-isolation"],
        When::Weekly(3, "10:00", "13:00"),
        "St Agatha's Church",
        "B11 4AB",
    ),
    DemoListing {
        join: HowToJoin::Book,
        communities: "Adults who have lost someone",
        ..listing(
            "St Agatha's Church",
            "Bereavement group",
            "A small group for anyone grieving, whatever their faith or none. Led by trained volunteers. Please call before your first visit.",
            &["bereavement", "peer-support"],
            When::Dates("Every other Thursday evening from 9 January"),
            "St Agatha's Church",
            "B11 4AB",
        )
    },
    DemoListing {
        languages: "English, Urdu, Somali",
        join: HowToJoin::Book,
        ..listing(
            "Riverside Money Advice Network",
            "Money and housing advice drop-in",
            "Free, private help with benefits, debts, bills and housing. Bring any letters you have.",
            &["money-and-housing-advice"],
            When::Weekly(2, "10:00", "15:00"),
            "Lozells family hub",
            "B19 1AA",
        )
    },
    DemoListing {
        online: true,
        languages: "English, Somali",
        ..listing(
            "Riverside Money Advice Network",
            "Phone advice line",
            "Call for free help with benefits, debts and housing. We call you back if the line is busy.",
            &["money-and-housing-advice"],
            When::Weekly(4, "09:30", "16:30"),
            "",
            "",
        )
    },
    DemoListing {
        communities: "Young people aged 11 to 18",
        ..listing(
            "Handsworth Youth Music",
            "Music studio nights",
            "Write, record and produce music with mentors. Free studio time for young people.",
            &["young-people", "arts-and-creativity"],
            When::Weekly(3, "17:00", "20:00"),
            "Handsworth youth hub",
            "B21 8AA",
        )
    },
    DemoListing {
        communities: "People with long-term pain or illness",
        ..listing(
            "Riverside Pain Support",
            "Living with pain group",
            "Share what helps with other people who live with long-term pain. Gentle stretching at the end.",
            &["peer-support", "mental-health", "physical-activity"],
            When::Monthly("the second Wednesday of the month, 1pm"),
            "Bordesley Green health centre",
            "B9 5AB",
        )
    },
    DemoListing {
        online: true,
        communities: "Anyone feeling low or anxious",
        ..listing(
            "Riverside Mind Matters",
            "Online peer support evening",
            "A friendly video call where people with their own experience of feeling low or anxious listen to each other. Cameras optional.",
            &["peer-support", "mental-health"],
            When::Weekly(1, "19:00", "20:30"),
            "",
            "",
        )
    },
    listing(
        "Riverside Mind Matters",
        "Hearing voices group",
        "A safe group for people who hear voices or see things others do not, to share ways of coping.",
        &["peer-support", "mental-health"],
        When::Weekly(4, "14:00", "15:30"),
        "Aston community centre",
        "B6 4AB",
    ),
    DemoListing {
        communities: "Older people",
        ..listing(
            "Tyseley Tea Dance",
            "Tea dance",
            "Dancing to old favourites, tea and cake. Come to dance or just to listen.",
            &["older-people", "social-isolation", "physical-activity"],
            When::Monthly("the first Thursday of the month, 2pm"),
            "Tyseley working men's club",
            "B11 3AA",
        )
    },
    DemoListing {
        languages: "English, Twi, French",
        communities: "African and Caribbean communities",
        ..listing(
            "Handsworth African Caribbean Elders",
            "Elders' lunch club",
            "A hot Caribbean lunch, dominoes and good company for elders.",
            &["older-people", "food", "social-isolation"],
            When::Weekly(3, "12:00", "15:00"),
            "Handsworth Wood community hall",
            "B20 1AA",
        )
    },
    listing(
        "Stechford Men's Shed",
        "Men's Shed",
        "Make, mend and chat in a workshop. Tools and wood are here; bring ideas.",
        &["social-isolation", "peer-support", "arts-and-creativity"],
        When::Weekly(2, "10:00", "14:00"),
        "Stechford railway arches",
        "B33 9AA",
    ),
    DemoListing {
        cost: "£3, or free if money is tight",
        ..listing(
            "Riverside Community Choir",
            "Sing for wellbeing",
            "A choir for people who think they cannot sing. No auditions, no reading music.",
            &["arts-and-creativity", "mental-health"],
            When::Weekly(1, "18:30", "20:00"),
            "Sparkbrook community centre",
            "B11 1AA",
        )
    },
    DemoListing {
        languages: "English, Urdu, Mirpuri",
        communities: "Women",
        ..listing(
            "Bordesley Green Walking Group",
            "Women's walk",
            "A walk round the park with other women, at your own pace. Headscarves and long coats welcome!",
            &["physical-activity", "social-isolation"],
            When::Weekly(5, "10:00", "11:00"),
            "Meet at Bordesley Green park gates",
            "B9 5AC",
        )
    },
    DemoListing {
        communities: "LGBTQ+ people",
        ..listing(
            "Aston LGBT+ Social",
            "LGBTQ+ coffee social",
            "A relaxed, alcohol-free social for LGBTQ+ people and friends.",
            &["social-isolation", "peer-support"],
            When::Monthly("the third Sunday of the month, 3pm"),
            "The Corner Cafe",
            "B6 5AB",
        )
    },
    DemoListing {
        join: HowToJoin::Book,
        communities: "Parents of children with additional needs",
        ..listing(
            "Special Parents Riverside",
            "Parents' support group",
            "Parents of children with additional needs share advice and support each other. A creche is available if you book.",
            &["carers", "peer-support"],
            When::Weekly(4, "09:30", "11:30"),
            "Kingstanding children's centre",
            "B44 9AA",
        )
    },
    DemoListing {
        languages: "English, Polish, Romanian",
        ..listing(
            "Riverside Food Share",
            "Community pantry",
            "Choose food from our shelves for a small weekly membership. Friendly volunteers and a cup of tea.",
            &["food", "money-and-housing-advice"],
            When::Weekly(5, "12:00", "15:00"),
            "Northfield community hub",
            "B31 1AA",
        )
    },
    DemoListing {
        communities: "Young people aged 13 to 19",
        ..listing(
            "Lozells Youth Voice",
            "Youth drop-in",
            "Games, food and someone to talk to after school. Youth workers can help with anything on your mind.",
            &["young-people", "mental-health"],
            When::Weekly(2, "16:00", "19:00"),
            "Lozells youth centre",
            "B19 2AA",
        )
    },
    listing(
        "Handsworth Allotment Friends",
        "Garden volunteering",
        "Help in the community garden, at your own pace. Fresh air, good company and a share of the harvest.",
        &["nature-and-gardening", "physical-activity"],
        When::Weekly(4, "10:00", "12:00"),
        "Cotteridge park garden",
        "B30 3AA",
    ),
    DemoListing {
        languages: "English, Gujarati, Hindi",
        communities: "Older people",
        ..listing(
            "Riverside Hindu Elders Group",
            "Yoga and chai",
            "Gentle chair yoga for older people, then chai and conversation.",
            &["older-people", "physical-activity", "faith-based-support"],
            When::Weekly(1, "10:30", "12:00"),
            "Shree Krishna temple hall",
            "B21 0AA",
        )
    },
    DemoListing {
        online: true,
        join: HowToJoin::Book,
        communities: "Adults who have lost someone to suicide",
        ..listing(
            "Riverside Bereaved by Suicide",
            "Support after suicide",
            "A group for people bereaved by suicide, meeting online. Please get in touch first so we can welcome you.",
            &["bereavement", "peer-support", "mental-health"],
            When::Monthly("the last Tuesday of the month, 7pm"),
            "",
            "",
        )
    },
    DemoListing {
        cost: "£1 for materials",
        ..listing(
            "Aston Knit and Natter",
            "Knit and natter",
            "Knitting, crochet and chat. Beginners are taught. Wool is provided.",
            &["arts-and-creativity", "social-isolation", "older-people"],
            When::Weekly(3, "13:00", "15:00"),
            "Aston library",
            "B6 4AC",
        )
    },
    DemoListing {
        languages: "English, Somali, Arabic",
        communities: "Somali community",
        ..listing(
            "Somali Community Riverside",
            "Family wellbeing afternoon",
            "Somali families meet, children play, and parents talk about wellbeing, school and services.",
            &["language-and-culture", "peer-support", "young-people"],
            When::Weekly(7, "14:00", "17:00"),
            "Handsworth community centre",
            "B21 9AB",
        )
    },
    DemoListing {
        communities: "Veterans and their families",
        ..listing(
            "Riverside Veterans Breakfast",
            "Veterans' breakfast club",
            "A full breakfast and a catch-up for veterans and their families.",
            &["peer-support", "social-isolation", "food"],
            When::Monthly("the second Saturday of the month, 9am"),
            "Stechford social club",
            "B33 8AB",
        )
    },
    DemoListing {
        languages: "English, Polish",
        communities: "Polish speakers",
        ..listing(
            "Polska Wspólnota Riverside",
            "Polish-speaking support group",
            "A support group in Polish for people feeling low or lonely, led by a trained volunteer.",
            &["peer-support", "mental-health", "language-and-culture"],
            When::Weekly(4, "18:00", "19:30"),
            "Stechford Baptist church",
            "B33 8AA",
        )
    },
    DemoListing {
        cost: "£4 a class",
        join: HowToJoin::Book,
        ..listing(
            "Sparkbrook Boxing Club",
            "Boxing fitness for beginners",
            "Non-contact boxing fitness to clear your head. Gloves can be borrowed.",
            &["physical-activity", "young-people"],
            When::Weekly(2, "18:00", "19:00"),
            "Sparkbrook boxing gym",
            "B11 1AB",
        )
    },
];

/// Which listings wait for an editor (by name), and the one not confirmed for 7 months.
const WAITING: [&str; 2] = ["Boxing fitness for beginners", "Polish-speaking support group"];
const NOT_CONFIRMED_LATELY: &str = "Knit and natter";

pub(super) fn seed(conn: &mut DbConn, editor: i64, links: &Links, now: NaiveDateTime) -> Result<(), DemoError> {
    diesel::update(people::table.find(editor)).set(people::is_directory_editor.eq(true)).execute(conn).map_err(fail)?;
    let categories = queries::categories(conn).map_err(fail)?;
    let mut new_groups = 0;
    for demo in &LISTINGS {
        let group_id = match existing_group(conn, demo.group)? {
            Some(id) => id,
            None => {
                new_groups += 1;
                let member = demo_member(conn, 40 + new_groups, now)?;
                let group = DemoGroup {
                    name: demo.group,
                    kind: if demo.group.contains("Church") || demo.group.contains("Mosque") {
                        GroupKind::Faith
                    } else {
                        GroupKind::Unregistered
                    },
                    charity_number: "",
                    company_number: "",
                    area: "",
                    postcode: if demo.postcode.is_empty() { "B6 4AA" } else { demo.postcode },
                    leadership: &[],
                    beneficiaries: &[],
                };
                make_group(conn, &member, &group, false, links, now)?
            }
        };
        let input = input_of(demo, &categories);
        let added = now - Duration::days(40);
        let id = directory::add(conn, editor, group_id, &input, added).map_err(fail)?;
        if !WAITING.contains(&demo.name) {
            directory::set_status(conn, editor, id, ListingStatus::Approved, None, added).map_err(fail)?;
        }
        if demo.name == NOT_CONFIRMED_LATELY {
            diesel::update(directory_listings::table.find(id))
                .set(directory_listings::confirmed_at.eq(now - Duration::days(214)))
                .execute(conn)
                .map_err(fail)?;
        }
    }
    Ok(())
}

/// The demo group already made with this name (a bid's group), if there is one.
fn existing_group(conn: &mut DbConn, name: &str) -> Result<Option<i64>, DemoError> {
    community_groups::table
        .filter(community_groups::name.eq(name))
        .select(community_groups::id)
        .first(conn)
        .optional()
        .map_err(fail)
}

fn input_of(demo: &DemoListing, categories: &[crate::directory::Category]) -> ListingInput {
    let (schedule, weekday, starts_at, ends_at, note) = match demo.when {
        When::Weekly(day, start, end) => (Schedule::Weekly, Some(day), start, end, ""),
        When::Monthly(note) => (Schedule::Monthly, None, "", "", note),
        When::Dates(note) => (Schedule::Dates, None, "", "", note),
    };
    let slug = demo.group.to_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "");
    ListingInput {
        name: demo.name.into(),
        description: demo.description.into(),
        category_ids: categories.iter().filter(|c| demo.categories.contains(&c.slug.as_str())).map(|c| c.id).collect(),
        schedule,
        weekday,
        starts_at: starts_at.into(),
        ends_at: ends_at.into(),
        schedule_note: note.into(),
        venue_name: demo.venue.into(),
        address: String::new(),
        postcode: demo.postcode.into(),
        online: demo.online,
        by_phone: demo.online && demo.name.contains("Phone"),
        ages: String::new(),
        communities: demo.communities.into(),
        languages: demo.languages.into(),
        free: demo.cost.is_empty(),
        cost_note: demo.cost.into(),
        how_to_join: demo.join,
        accessibility: "step_free".into(),
        contact_name: String::new(),
        contact_email: format!("hello@{}.example.org", &slug[..slug.len().min(24)]),
        contact_phone: "0121 496 0500".into(),
        website: String::new(),
        language: demo.written_in.into(),
    }
}
