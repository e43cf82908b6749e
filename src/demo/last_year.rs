//! Last financial year, finished: a spring round whose grants ran their course — accepted,
//! paid (some in two instalments), reported on and completed (one with underspend), one
//! cancelled and one offer turned down — and the money not awarded carried into this year's
//! pot. It gives the pot report, the equity report, `/awards` and the open data a whole year.

use chrono::{Duration, NaiveDateTime};

use super::applications::{DemoBid, DemoGroup, Told, add_bid, demo_member, make_group, person};
use super::panel::review_input;
use super::{DemoError, fail};
use crate::accounts::Person;
use crate::bids::actions::Editor;
use crate::bids::lifecycle::Actor;
use crate::db::DbConn;
use crate::decisions::actions::{self as decisions, Decision};
use crate::decisions::rules::{AwardInput, default_payment_plan};
use crate::funds::FinancialYear;
use crate::funds::actions::{self as funds, NewPot};
use crate::grants::actions as grants;
use crate::grants::rules::{Acceptance, PaymentInput, ReportInput};
use crate::groups::GroupKind;
use crate::measures::rules::{AnswerValue, GivenAnswer};
use crate::measures::{MeasureKind, NationalMeasure};
use crate::money::Pence;
use crate::notifications::emails::Links;
use crate::review::actions as review;
use crate::rounds::actions as rounds;
use crate::rounds::rules::RoundInput;

/// What happened to each of last year's bids.
#[derive(Clone, Copy)]
enum Outcome {
    /// Awarded (pounds), accepted (named publicly or not), paid in these instalments (pounds),
    /// reported on and completed.
    Completed {
        award: i64,
        public: bool,
        paid: &'static [i64],
    },
    /// Awarded, accepted, part paid, then cancelled by the lead.
    Cancelled {
        award: i64,
        paid: i64,
    },
    /// Awarded, and the group turned the offer down.
    TurnedDown {
        award: i64,
    },
    Declined,
}

struct PastBid {
    group: DemoGroup,
    bid: DemoBid,
    outcome: Outcome,
}

/// Days after 1 April of last year, at 10:00 UTC.
fn day(year: FinancialYear, days: i64) -> NaiveDateTime {
    year.starts_at() + Duration::days(days) + Duration::hours(10)
}

/// Seeds last year. `people` are the demo accounts (admin, lead, panel, connector, applicant);
/// the panel (made by `panel::seed`) must exist. `this_year_pot` receives the carry-forward.
pub fn seed(
    conn: &mut DbConn,
    people: &[i64],
    programme_id: i64,
    this_year_pot: (i64, NaiveDateTime),
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), DemoError> {
    let lead = people[1];
    let year = FinancialYear::containing(now).previous();
    let pot = funds::create_pot(
        conn,
        lead,
        &NewPot {
            programme_id,
            year,
            name: &format!("VCSE ring-fence {}", year.label()),
            allocation: Pence::from_pounds(550_000),
            transformation_total: Some(Pence::from_pounds(2_200_000)),
            ring_fence_basis_points: Some(2_500),
        },
        day(year, -20),
    )
    .map_err(fail)?;
    let input = spring_round(pot.id, year);
    let round = rounds::create_round(conn, crate::i18n::Tr::source(), lead, programme_id, &input, day(year, 20))
        .map_err(|e| fail(format!("{e:?}")))?;

    // The bids: the demo applicant's own group applied last year too (so it is a returning
    // applicant now), and seven other groups.
    let applicant = person(conn, people[4])?;
    let sisters = crate::groups::queries::groups_of(conn, applicant.id)
        .map_err(fail)?
        .into_iter()
        .next()
        .ok_or_else(|| fail("the demo applicant's group is missing"))?
        .0
        .id;
    let mut sent: Vec<(i64, Person, Outcome)> = Vec::new();
    let editor = Editor { person_id: applicant.id, as_connector: false };
    let send_at = day(year, 45);
    let first = add_bid(
        conn,
        &applicant,
        editor,
        sisters,
        round.id,
        &SISTERS_LAST_YEAR,
        Some(send_at),
        &mut Vec::new(),
        links,
    )?;
    sent.push((first, applicant.clone(), Outcome::Completed { award: 2_400, public: true, paid: &[2_400] }));
    for (index, past) in PAST.iter().enumerate() {
        let member = demo_member(conn, 20 + index, now)?;
        let group = make_group(conn, &member, &past.group, false, links, day(year, 30))?;
        let editor = Editor { person_id: member.id, as_connector: false };
        let at = day(year, 40 + index as i64);
        let bid = add_bid(conn, &member, editor, group, round.id, &past.bid, Some(at), &mut Vec::new(), links)?;
        sent.push((bid, member, past.outcome));
    }

    // The panel scores everything, then the lead decides.
    let review_at = day(year, 75);
    review::auto_assign(conn, lead, &round, links, review_at).map_err(fail)?;
    let criteria = crate::rounds::queries::criteria_of(conn, round.id).map_err(fail)?;
    for (index, (bid_id, _, _)) in sent.iter().enumerate() {
        decisions::start_review(conn, lead, *bid_id, &round, review_at).map_err(|e| fail(format!("{e:?}")))?;
        let bid = crate::bids::queries::find(conn, *bid_id).map_err(fail)?.ok_or_else(|| fail("bid missing"))?;
        for (assignment, _) in crate::review::queries::assignments_of_bid(conn, *bid_id).map_err(fail)? {
            let input = review_input(&criteria, index, assignment.panel_member_id);
            review::save_review(conn, assignment.panel_member_id, &bid, &round, &input, day(year, 82)).map_err(fail)?;
        }
    }
    review::close_panel(conn, lead, round.id, day(year, 90)).map_err(fail)?;
    for (bid_id, member, outcome) in &sent {
        run_outcome(conn, lead, *bid_id, member, *outcome, &round, year, links)?;
    }

    // After the year ended: what was not awarded moves into this year's pot.
    let (this_pot, this_pot_created) = this_year_pot;
    let carry_at = (this_pot_created + Duration::hours(1)).max(year.ends_at() + Duration::hours(1)).min(now);
    let (_, carried) = funds::carry_forward(conn, crate::i18n::Tr::source(), lead, pot.id, carry_at).map_err(fail)?;
    debug_assert!(carried.0 > 0, "carried into pot {this_pot}");
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn run_outcome(
    conn: &mut DbConn,
    lead: i64,
    bid_id: i64,
    member: &Person,
    outcome: Outcome,
    round: &crate::rounds::Round,
    year: FinancialYear,
    links: &Links,
) -> Result<(), DemoError> {
    let award = |amount: i64| {
        Decision::Award(AwardInput {
            amount: Pence::from_pounds(amount),
            conditions: "Send a short report at the end: a few numbers and a few sentences, or a video.".into(),
            message: "Congratulations from everyone on the panel.".into(),
            payment_plan: default_payment_plan(crate::i18n::Tr::source()),
            report_due_on: crate::time::in_london(day(year, 330)).date_naive(),
            accept_by_on: crate::decisions::rules::default_accept_by(day(year, 95)),
        })
    };
    let decided = day(year, 95);
    let decision = match outcome {
        Outcome::Completed { award: amount, .. }
        | Outcome::Cancelled { award: amount, .. }
        | Outcome::TurnedDown { award: amount } => award(amount),
        Outcome::Declined => Decision::Decline {
            feedback: "A good idea with a clear need. The panel wanted to know more about who would come and how; \
                       please talk to us before the next round."
                .into(),
        },
    };
    // Said to the panel only where the decision departs from its ranking.
    let order_reason = match decision {
        Decision::Award(_) => "It is the only group in its area reaching people who had no support before.",
        _ => "Another funder is paying for this work this year; we agreed this with the group.",
    }
    .to_string();
    let made = decisions::LeadDecision { decision, order_reason };
    decisions::decide(conn, lead, bid_id, round, &made, links, decided).map_err(|e| fail(format!("{e:?}")))?;
    let accept = |conn: &mut DbConn, public: bool| {
        let acceptance = Acceptance { name: member.name.clone(), public_consent: public, equality_consent: public };
        grants::accept(conn, member, Actor::Applicant, bid_id, &acceptance, None, links, day(year, 100)).map_err(fail)
    };
    let pay = |conn: &mut DbConn, amount: i64, days: i64| {
        let paid_on = crate::time::in_london(day(year, days)).date_naive();
        let input =
            PaymentInput { amount: Pence::from_pounds(amount), paid_on, reference: format!("BACS {bid_id:04}-{days}") };
        grants::record_payment(conn, lead, bid_id, &input, links, day(year, days)).map_err(fail)
    };
    match outcome {
        Outcome::Completed { award: amount, public, paid } => {
            accept(conn, public)?;
            for (index, instalment) in paid.iter().enumerate() {
                pay(conn, *instalment, 110 + 120 * index as i64)?;
            }
            let report = ReportInput {
                answers: demo_answers(conn, round.programme_id, amount)?,
                story: STORY.into(),
                video_url: String::new(),
                spent_as_planned: paid.iter().sum::<i64>() == amount,
                explanation: if paid.iter().sum::<i64>() == amount { String::new() } else { UNDERSPEND.into() },
            };
            grants::submit_report(conn, member, bid_id, &report, None, links, day(year, 300)).map_err(fail)?;
            grants::complete(conn, lead, bid_id, links, day(year, 320)).map_err(fail)?;
        }
        Outcome::Cancelled { paid, .. } => {
            accept(conn, true)?;
            pay(conn, paid, 110)?;
            grants::cancel(
                conn,
                lead,
                bid_id,
                "The group stopped meeting when its venue closed; we agreed to end the grant.",
                links,
                day(year, 200),
            )
            .map_err(fail)?;
        }
        Outcome::TurnedDown { .. } => {
            grants::decline_offer(
                conn,
                member,
                Actor::Applicant,
                bid_id,
                "We could not find a venue in time.",
                links,
                day(year, 102),
            )
            .map_err(fail)?;
        }
        Outcome::Declined => {}
    }
    Ok(())
}

/// Answers to the programme's measures (`super::measures`), made from the award so that each
/// grant says something a little different and the measures report has sums to show.
fn demo_answers(conn: &mut DbConn, programme_id: i64, amount: i64) -> Result<Vec<GivenAnswer>, DemoError> {
    const CHANGED: [&str; 3] = [
        "People found friends and a reason to leave the house each week",
        "Families talk more openly about mental health",
        "People told us they feel less alone and more hopeful",
    ];
    let questions = crate::measures::queries::active_of(conn, programme_id).map_err(fail)?;
    Ok(questions
        .iter()
        .map(|measure| {
            let question = measure.question();
            let value = match (question.kind, question.national) {
                (MeasureKind::Number, Some(NationalMeasure::NewToSupport)) => AnswerValue::Number(4 + amount / 600),
                (MeasureKind::Number, Some(NationalMeasure::TwoOrMoreContacts)) => {
                    AnswerValue::Number(9 + amount / 400)
                }
                (MeasureKind::Number, _) => AnswerValue::Number(12 + amount / 250),
                (MeasureKind::YesNo, _) => AnswerValue::YesNo(amount >= 2_500),
                (MeasureKind::Words, _) => AnswerValue::Words(CHANGED[(amount / 100 % 3) as usize].to_string()),
            };
            GivenAnswer { question, value }
        })
        .collect())
}

const STORY: &str = "We ran every session we planned. People who had not been out for months now come every week, \
    and several have started meeting up between sessions. Two people told us it was the first time they had talked \
    about how they feel.";
const UNDERSPEND: &str =
    "The venue let us use the room for free from January, so we did not need the last part of the money.";

fn spring_round(pot_id: i64, year: FinancialYear) -> RoundInput {
    RoundInput {
        name: format!("Spring community small grants {}", year.label()),
        slug: format!("spring-small-grants-{}", year.0),
        summary: "Up to £5,000 for community groups supporting people's mental health".into(),
        pot_id,
        budget: Pence::from_pounds(40_000),
        opens_at: day(year, 25),
        closes_at: day(year, 70),
        min_award: Pence::from_pounds(500),
        max_award: Pence::from_pounds(5_000),
        eligibility: super::ELIGIBILITY.into(),
        uses: super::USES.into(),
        decision_target_on: crate::time::in_london(day(year, 100)).date_naive(),
        panel_size: 2,
        panel_due_on: None,
    }
}

const SISTERS_LAST_YEAR: DemoBid = DemoBid {
    title: "Spring tea and talk",
    summary: "Fortnightly mornings where women can talk, share and find help",
    amount_pounds: 2_400,
    purpose: "Room hire, refreshments and a sessional counsellor.",
    told: Told::Video("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    language: "en",
};

const fn group(
    name: &'static str,
    kind: GroupKind,
    charity_number: &'static str,
    area: &'static str,
    postcode: &'static str,
    leadership: &'static [&'static str],
    beneficiaries: &'static [&'static str],
) -> DemoGroup {
    DemoGroup { name, kind, charity_number, company_number: "", area, postcode, leadership, beneficiaries }
}

const fn bid(title: &'static str, summary: &'static str, amount_pounds: i64, purpose: &'static str) -> DemoBid {
    DemoBid {
        title,
        summary,
        amount_pounds,
        purpose,
        told: Told::Video("https://youtu.be/dQw4w9WgXcQ"),
        language: "en",
    }
}

const PAST: [PastBid; 7] = [
    PastBid {
        group: group(
            "Handsworth Allotment Friends",
            GroupKind::Unregistered,
            "",
            "Handsworth",
            "B21 9AA",
            &["DEI010100"],
            &["DEI060000"],
        ),
        bid: bid(
            "Growing together",
            "Weekly gardening sessions for older men living alone",
            3_000,
            "Tools, seeds and a sessional gardener.",
        ),
        outcome: Outcome::Completed { award: 3_000, public: true, paid: &[1_500, 1_500] },
    },
    PastBid {
        group: group(
            "Kingstanding Dads' Group",
            GroupKind::Unregistered,
            "",
            "Kingstanding",
            "B44 0AA",
            &[],
            &["DEI080000"],
        ),
        bid: bid(
            "Dads' breakfast club",
            "Saturday breakfasts and peer support for new dads",
            2_000,
            "Food, room hire and a facilitator.",
        ),
        outcome: Outcome::Completed { award: 2_000, public: false, paid: &[2_000] },
    },
    PastBid {
        group: group(
            "Lozells Deaf Community Hub",
            GroupKind::Charity,
            "1187654",
            "Lozells",
            "B19 1AA",
            &["DEI020100"],
            &["DEI020100"],
        ),
        bid: bid(
            "Signing wellbeing",
            "Wellbeing workshops in British Sign Language",
            4_500,
            "BSL-fluent facilitators and room hire.",
        ),
        outcome: Outcome::Completed { award: 4_000, public: true, paid: &[2_000, 1_200] },
    },
    PastBid {
        group: group(
            "Northfield Youth Drop-in",
            GroupKind::Cic,
            "",
            "Northfield",
            "B31 2AA",
            &["DEI070000"],
            &["DEI070000"],
        ),
        bid: bid(
            "After-school chill space",
            "A calm space with youth workers two evenings a week",
            5_000,
            "Youth worker sessions and snacks.",
        ),
        outcome: Outcome::Cancelled { award: 4_500, paid: 1_500 },
    },
    PastBid {
        group: group(
            "Bordesley Green Walking Group",
            GroupKind::Unregistered,
            "",
            "Bordesley Green",
            "B9 5AA",
            &["DEI030700"],
            &["DEI090000"],
        ),
        bid: bid(
            "Women's walks",
            "Weekly walks for women with a trained walk leader",
            1_200,
            "Walk leader training and sessions.",
        ),
        outcome: Outcome::TurnedDown { award: 1_200 },
    },
    PastBid {
        group: group("Stechford Men's Shed", GroupKind::Unregistered, "", "Stechford", "B33 8AA", &[], &[]),
        bid: bid(
            "Shed sessions",
            "Woodwork and a cuppa for men who feel isolated",
            3_500,
            "Tools, timber and insurance.",
        ),
        outcome: Outcome::Declined,
    },
    PastBid {
        group: group(
            "Aston LGBT+ Social",
            GroupKind::Unregistered,
            "",
            "Aston",
            "B6 4AA",
            &["DEI040000"],
            &["DEI040000"],
        ),
        bid: bid("Monthly socials", "A monthly social for LGBT+ people over 40", 1_500, "Venue hire and refreshments."),
        outcome: Outcome::Completed { award: 1_500, public: true, paid: &[1_500] },
    },
];
