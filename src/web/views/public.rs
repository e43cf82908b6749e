//! Public pages: open and upcoming rounds, and each round's page with its activity tracker.

use chrono::NaiveDateTime;
use maud::{Markup, html};

use super::components::{error_summary, radios, sentence, summary_list, title_with_errors};
use super::layout::{PageCtx, page};
use super::manage::{round_status_tag, time_left};
use super::team;
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::money::Pence;
use crate::programmes::{Programme, Team};
use crate::rounds::eligibility::{Answer, Answers};
use crate::rounds::{Criterion, EligibilityQuestion, Round, RoundStatus};

/// A round on the home page, with who runs its programme and its budget.
pub struct RoundCard {
    pub round: Round,
    pub team: Team,
    pub budget: Pence,
    /// Whether the round asks eligibility questions before a bid starts.
    pub has_questions: bool,
}

pub fn home(
    ctx: &PageCtx,
    open: &[RoundCard],
    closed: &[RoundCard],
    now: NaiveDateTime,
    only_group: Option<i64>,
) -> Markup {
    let starter = Starter { csrf_token: &ctx.csrf_token, only_group };
    let tr = ctx.tr;
    let (open_now, upcoming): (Vec<&RoundCard>, Vec<&RoundCard>) =
        open.iter().partition(|card| card.round.status(now) == RoundStatus::Open);
    let title = tr.t("public-home-title");
    let mut ctx = ctx.clone();
    ctx.description = Some(home_description(tr, &ctx.operator_name, open));
    page(
        &ctx,
        &title,
        html! {
            h1 class="heading-xl" { (title) }
            p class="body-l" { (tr.t("public-home-intro")) }
            h2 class="heading-l" { (tr.t(RoundStatus::Open.label_key())) }
            @if open_now.is_empty() {
                p class="body" { (tr.t("public-home-none-open")) }
            }
            ul class="card-list" { @for card in &open_now { (round_card(tr, card, now, starter)) } }
            @if !upcoming.is_empty() {
                h2 class="heading-l" { (tr.t(RoundStatus::Upcoming.label_key())) }
                ul class="card-list" { @for card in &upcoming { (round_card(tr, card, now, starter)) } }
            }
            h2 class="heading-m" { (tr.t("public-how-to-apply")) }
            ol class="list" {
                li { (tr.t("public-how-to-apply-account")) }
                li { (tr.t("public-how-to-apply-start")) }
                li { (tr.t("public-how-to-apply-send")) }
            }
            p class="body" { (tr.t("public-home-connector")) }
            @let programmes = programmes_of(open.iter().chain(closed));
            @if !programmes.is_empty() {
                h2 class="heading-m" { (tr.t("public-have-your-say")) }
                p class="body" { (tr.t("public-have-your-say-intro")) }
                ul class="list" {
                    @for team in programmes {
                        li { a href={ "/programmes/" (team.programme_slug) "/tracker" } { (crate::t!(tr, "public-programme-tracker-link", programme = team.programme_name.as_str())) } }
                    }
                }
            }
            @if !closed.is_empty() {
                h2 class="heading-m" { (tr.t("public-recent-rounds")) }
                ul class="list" {
                    @for card in closed {
                        li {
                            (sentence(tr, Message::new("public-recent-round").arg("time_left", time_left(tr, &card.round, now)), &[
                                ("round", html! { a href={ "/rounds/" (card.round.slug) } { (card.round.name) } }),
                            ]))
                        }
                    }
                }
            }
        },
    )
}

/// The programmes of the rounds listed, once each, in the order first listed: each has its
/// tracker of the decisions people can influence.
fn programmes_of<'a>(cards: impl Iterator<Item = &'a RoundCard>) -> Vec<&'a Team> {
    let mut teams: Vec<&Team> = Vec::new();
    for card in cards {
        if !teams.iter().any(|team| team.programme_slug == card.team.programme_slug) {
            teams.push(&card.team);
        }
    }
    teams
}

/// What the home page offers and who funds it: the funders of the open and upcoming rounds,
/// or the organisation running the portal when none is open.
fn home_description(tr: Tr, operator: &str, open: &[RoundCard]) -> String {
    let mut funders: Vec<&str> = Vec::new();
    for card in open {
        if !funders.contains(&card.team.funder_name.as_str()) {
            funders.push(&card.team.funder_name);
        }
    }
    match (funders.is_empty(), operator.is_empty()) {
        (false, _) => crate::t!(tr, "public-home-description-funders", funders = funders.join(", ")),
        (true, false) => crate::t!(tr, "public-home-description-operator", operator = operator),
        (true, true) => tr.t("public-home-description"),
    }
}

/// "£500 to £2,500".
fn award_range(tr: Tr, round: &Round) -> String {
    crate::t!(tr, "public-grants-range", min = round.min_award(), max = round.max_award())
}

fn round_card(tr: Tr, card: &RoundCard, now: NaiveDateTime, starter: Starter<'_>) -> Markup {
    let round = &card.round;
    html! {
        li class="card" {
            h3 class="heading-m card__title" dir="auto" { a href={ "/rounds/" (round.slug) } { (round.name) } }
            p class="body secondary-text" dir="auto" { (card.team.programme_name) }
            @if !round.summary.is_empty() { p class="body" dir="auto" { (round.summary) } }
            (team::card_line(tr, &card.team))
            dl class="key-figures" {
                div { dt { (tr.t("public-grants-of")) } dd { (award_range(tr, round)) } }
                div { dt { (tr.t("public-total-available")) } dd { (tr.money(card.budget)) } }
                div { dt { (tr.t("public-closing-date")) } dd { (tr.london_datetime(round.closes_at)) } }
            }
            p class="body" { strong { (time_left(tr, round, now)) } }
            @if round.status(now) == RoundStatus::Open {
                (start_button(tr, round, card.has_questions, true, starter))
            }
        }
    }
}

/// Who is looking at a public page, as far as its "Start a bid" buttons care.
#[derive(Debug, Clone, Copy, Default)]
pub struct Starter<'a> {
    /// The form token, for a signed-in person.
    pub csrf_token: &'a str,
    /// The signed-in person's one group, if they have exactly one: the button then starts the
    /// bid for it at once, with nothing to choose on the way.
    pub only_group: Option<i64>,
}

/// The way into a bid: on every open round's card and at the top and foot of its page. It goes
/// to the round's eligibility questions first when it has some (`has_questions`); otherwise, for
/// a person with one group, it starts the bid at once. On a card the round's name is read out
/// with it (`named`), so a list of cards does not offer several identical links.
fn start_button(tr: Tr, round: &Round, has_questions: bool, named: bool, starter: Starter<'_>) -> Markup {
    if has_questions {
        return start_link(tr, round, &format!("/rounds/{}/eligibility", round.slug), named);
    }
    match starter.only_group {
        Some(group_id) => html! {
            form method="post" action={ "/rounds/" (round.slug) "/bids/new" } class="start-form" {
                (super::components::csrf_field(starter.csrf_token))
                input type="hidden" name="group_id" value=(group_id);
                button type="submit" class="button button--start" { (start_label(tr, round, named)) }
            }
        },
        None => start_link(tr, round, &format!("/rounds/{}/bids/new", round.slug), named),
    }
}

/// "Start a bid", with the round's name for screen readers when `named`.
fn start_label(tr: Tr, round: &Round, named: bool) -> Markup {
    html! {
        (tr.t("public-start-bid"))
        @if named { span class="visually-hidden" { ": " (round.name) } }
    }
}

/// The Start button itself, to `href`.
fn start_link(tr: Tr, round: &Round, href: &str, named: bool) -> Markup {
    html! {
        a class="button button--start" href=(href) draggable="false" {
            (start_label(tr, round, named))
        }
    }
}

/// Live counts of bids by stage, for the tracker (empty until bids exist): each stage's
/// message key with its count.
pub type StageCounts = Vec<(&'static str, i64)>;

/// A round's public page; its programme's team comes with the page's context (`ctx.team`).
pub struct RoundPage<'a> {
    pub round: &'a Round,
    pub starter: Starter<'a>,
    pub budget: Pence,
    pub criteria: &'a [Criterion],
    pub questions: &'a [EligibilityQuestion],
    pub counts: StageCounts,
    pub now: NaiveDateTime,
    /// Shares of the budget kept for groups led by a community: (DEI code, money kept).
    pub kept: &'a [(String, Pence)],
    /// The day the round's first grant was paid, if one has been.
    pub first_paid: Option<chrono::NaiveDate>,
    /// Who changed the criteria, what and when.
    pub criteria_history: &'a [crate::tracker::queries::CriteriaChange],
    /// The item asking for views on the round's draft criteria, while it takes them.
    pub criteria_item: Option<&'a crate::tracker::Item>,
}

pub fn round_page(ctx: &PageCtx, view: &RoundPage<'_>) -> Markup {
    let tr = ctx.tr;
    let round = view.round;
    let status = round.status(view.now);
    let has_questions = !view.questions.is_empty();
    let team = ctx.team.as_ref();
    let mut ctx = ctx.clone();
    ctx.description = Some(round_description(tr, round, team));
    page(
        &ctx,
        &round.name,
        html! {
            @if let Some(team) = team { span class="caption-l" dir="auto" { (team.programme_name) } }
            h1 class="heading-xl" { bdi { (round.name) } " " (round_status_tag(tr, round, view.now)) }
            @if !round.summary.is_empty() { p class="body-l" dir="auto" { (round.summary) } }
            (summary_list(&[
                (&tr.t("public-grants-of"), html! { (award_range(tr, round)) }),
                (&tr.t("public-total-available"), html! { (tr.money(view.budget)) }),
                (&tr.t("public-opens"), html! { (tr.london_datetime(round.opens_at)) }),
                (&tr.t("public-closes"), html! { (tr.london_datetime(round.closes_at)) }),
                (&tr.t("public-decisions-by"), html! { (tr.date(round.decision_target_on)) }),
            ]))
            @for (code, share) in view.kept {
                p class="body" {
                    (crate::t!(tr, "public-round-kept", share = *share,
                        community = tr.t(&crate::rounds::reservations::community_key(code))))
                }
            }
            p class="body" { strong { (time_left(tr, round, view.now)) } }
            @if status == RoundStatus::Open {
                (start_button(tr, round, has_questions, false, view.starter))
            }
            @if let Some(team) = team { (team::panel(tr, team)) }
            h2 class="heading-l" { (tr.t("public-tracker-heading")) }
            (tracker(tr, round, &view.counts, view.now, view.first_paid))
            @if let Some(team) = team {
                p class="body" { a href={ "/programmes/" (team.programme_slug) "/tracker" } { (crate::t!(tr, "public-programme-tracker-link", programme = team.programme_name.as_str())) } }
            }
            @if !round.uses.is_empty() {
                h2 class="heading-l" { (tr.t("public-uses-heading")) }
                div class="prose" { (crate::web::views::markdown::render(&round.uses)) }
            }
            @if !round.eligibility.is_empty() || has_questions {
                h2 class="heading-l" { (tr.t("public-eligibility-heading")) }
                @if !round.eligibility.is_empty() {
                    div class="prose" { (crate::web::views::markdown::render(&round.eligibility)) }
                }
                @if has_questions {
                    p class="body" { (tr.t("public-eligibility-we-ask")) }
                    ul class="list" {
                        @for question in view.questions { li dir="auto" { (question.question) } }
                    }
                    @if status == RoundStatus::Open {
                        p class="body" { a href={ "/rounds/" (round.slug) "/eligibility" } { (tr.t("public-eligibility-check-link")) } }
                    }
                }
            }
            h2 class="heading-l" { (tr.t("public-scoring-heading")) }
            p class="body" {
                (tr.t("public-scoring-panel")) " "
                strong { (tr.t("public-scoring-fair")) }
            }
            @for criterion in view.criteria {
                h3 class="heading-m" { (criterion.title) }
                @if !criterion.description.is_empty() { p class="body" { (criterion.description) } }
                div class="table-wrapper" {
                    table class="table" {
                        caption class="visually-hidden" { (crate::t!(tr, "public-score-caption", criterion = &criterion.title)) }
                        thead { tr { th scope="col" { (tr.t("public-score")) } th scope="col" { (tr.t("public-score-meaning")) } } }
                        tbody {
                            @for (score, text) in criterion.descriptors().iter().enumerate() {
                                tr { td { (tr.number(score as i64 + 1)) } td { (text) } }
                            }
                        }
                    }
                }
            }
            @if let Some(item) = view.criteria_item.filter(|item| item.takes_views()) {
                @if let Some(team) = team {
                    p class="body" { strong { a href={ "/programmes/" (team.programme_slug) "/tracker/" (item.id) } { (tr.t("public-criteria-open-for-views")) } } }
                }
            }
            (crate::web::views::tracker::criteria_history(tr, view.criteria_history))
            @if status == RoundStatus::Open {
                h2 class="heading-m" { (tr.t("public-ready-heading")) }
                p class="body" { (tr.t("public-ready")) }
                (start_button(tr, round, has_questions, false, view.starter))
            }
        },
    )
}

/// Where a group is on the eligibility page (`/rounds/{slug}/eligibility`).
pub enum Eligibility<'a> {
    /// The round is not open for bids (upcoming or closed).
    NotOpen,
    /// The round asks nothing: straight on to the bid.
    NoQuestions,
    /// The questions, with any answers so far and problems at the unanswered ones.
    Asking { answers: &'a Answers, errors: &'a FieldErrors },
    /// Every answer given and none rules the group out: on to the bid, answers carried.
    Through { answers: &'a Answers },
    /// Answers that rule the group out, with other open rounds to try.
    RuledOut { answers: &'a Answers, ruled_out: Vec<&'a EligibilityQuestion>, other_rounds: &'a [(Round, Programme)] },
}

/// The eligibility page; the round's programme's team comes with the page's context.
pub struct EligibilityPage<'a> {
    pub round: &'a Round,
    /// A signed-in person with one group sends the answers straight to starting the bid.
    pub starter: Starter<'a>,
    pub questions: &'a [EligibilityQuestion],
    pub state: Eligibility<'a>,
    pub now: NaiveDateTime,
}

/// The page's own address with `answers`, without submitting them: the form with the answers
/// filled in, to change them.
fn change_answers_link(round: &Round, answers: &Answers) -> String {
    let query = answers.query();
    if query.is_empty() {
        format!("/rounds/{}/eligibility", round.slug)
    } else {
        format!("/rounds/{}/eligibility?{query}", round.slug)
    }
}

pub fn eligibility_page(ctx: &PageCtx, view: &EligibilityPage<'_>) -> Markup {
    let tr = ctx.tr;
    let round = view.round;
    let (heading, errors) = match &view.state {
        Eligibility::Through { .. } => (tr.t("public-eligibility-through-title"), None),
        Eligibility::RuledOut { .. } => (tr.t("public-eligibility-ruled-out-title"), None),
        Eligibility::Asking { errors, .. } => (tr.t("public-eligibility-title"), Some(*errors)),
        _ => (tr.t("public-eligibility-title"), None),
    };
    let no_errors = FieldErrors::new();
    let errors = errors.unwrap_or(&no_errors);
    let mut ctx = ctx.clone();
    ctx.description = Some(crate::t!(
        tr,
        "public-eligibility-description",
        round = round.name.as_str(),
        count = view.questions.len() as i64
    ));
    let team = ctx.team.clone();
    page(
        &ctx,
        &title_with_errors(tr, &format!("{heading} – {}", round.name), errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" dir="auto" { a href={ "/rounds/" (round.slug) } { (round.name) } }
            h1 class="heading-xl" { (heading) }
            @match &view.state {
                Eligibility::NotOpen => {
                    p class="body-l" { (tr.t("public-eligibility-not-open")) }
                    p class="body" { strong { (time_left(tr, round, view.now)) } }
                    p class="body" { a href={ "/rounds/" (round.slug) } { (tr.t("public-eligibility-back-to-round")) } }
                }
                Eligibility::NoQuestions => {
                    p class="body-l" { (tr.t("public-eligibility-nothing-to-check")) }
                    (start_link(tr, round, &format!("/rounds/{}/bids/new", round.slug), false))
                }
                Eligibility::Asking { answers, errors } => {
                    p class="body-l" { (crate::t!(tr, "public-eligibility-intro", count = view.questions.len() as i64)) }
                    p class="body" { (tr.t("public-eligibility-no-account")) }
                    (questions_form(tr, view, answers, errors))
                }
                Eligibility::Through { answers } => {
                    p class="body-l" { (crate::t!(tr, "public-eligibility-through", round = round.name.as_str())) }
                    (answers_list(tr, view.questions, answers))
                    p class="body" { a href=(change_answers_link(round, answers)) { (tr.t("public-eligibility-change")) } }
                    p class="body" { (tr.t("public-eligibility-kept")) }
                    @let start_path = format!("/rounds/{}/bids/new?eligibility={}", round.slug, answers.encode());
                    @if ctx.person_name.is_some() {
                        (start_link(tr, round, &start_path, false))
                    } @else {
                        (super::accounts::new_here(&ctx, &start_path))
                        p class="body" {
                            (tr.t("public-eligibility-have-account")) " "
                            a href=(crate::web::return_path::with_next("/login", &start_path)) { (tr.t("public-eligibility-sign-in")) }
                        }
                    }
                }
                Eligibility::RuledOut { answers, ruled_out, other_rounds } => {
                    p class="body-l" { (crate::t!(tr, "public-eligibility-ruled-out", round = round.name.as_str())) }
                    @for question in ruled_out {
                        div class="inset-text" {
                            p class="body" dir="auto" {
                                (crate::t!(tr, "public-eligibility-you-answered", answer = Message::new(question.ruling_out().label_key()), question = question.question.as_str()))
                            }
                            p class="body" dir="auto" { (question.reason) }
                        }
                    }
                    p class="body" { a href=(change_answers_link(round, answers)) { (tr.t("public-eligibility-change")) } }
                    h2 class="heading-m" { (tr.t("public-eligibility-talk-heading")) }
                    p class="body" { (tr.t("public-eligibility-talk")) }
                    @if let Some(team) = &team { (team::panel(tr, team)) }
                    h2 class="heading-m" { (tr.t("public-eligibility-other-rounds")) }
                    @if other_rounds.is_empty() {
                        p class="body" { (tr.t("public-eligibility-no-other-rounds")) }
                    } @else {
                        ul class="list" {
                            @for (other, programme) in other_rounds.iter() {
                                li {
                                    a href={ "/rounds/" (other.slug) } dir="auto" { (other.name) }
                                    " — " span dir="auto" { (programme.name) } ", " (time_left(tr, other, view.now))
                                }
                            }
                        }
                    }
                    p class="body" { a href="/" { (tr.t("public-eligibility-all-rounds")) } }
                }
            }
        },
    )
}

/// The questions. Sent by GET to this page, which says whether the group can apply; for a
/// signed-in person with one group, posted straight to starting the bid (which checks them
/// the same way and comes back here if they rule the group out), so there is no page between.
fn questions_form(tr: Tr, view: &EligibilityPage<'_>, answers: &Answers, errors: &FieldErrors) -> Markup {
    let round = view.round;
    let questions = html! {
        @for question in view.questions {
            @let chosen = answers.get(question.id).map_or("", Answer::as_str);
            (radios(tr, &question.field(), &question.question, &yes_no(tr), chosen, None, errors))
        }
        button type="submit" class="button" data-module="button" { (tr.t("public-eligibility-continue")) }
    };
    match view.starter.only_group {
        Some(group_id) => html! {
            form method="post" action={ "/rounds/" (round.slug) "/bids/new" } novalidate {
                (super::components::csrf_field(view.starter.csrf_token))
                input type="hidden" name="group_id" value=(group_id);
                input type="hidden" name="check" value="yes";
                (questions)
            }
        },
        None => html! {
            form method="get" action={ "/rounds/" (round.slug) "/eligibility" } novalidate {
                input type="hidden" name="check" value="yes";
                (questions)
            }
        },
    }
}

fn yes_no(tr: Tr) -> [(String, String); 2] {
    [Answer::Yes, Answer::No].map(|answer| (answer.as_str().to_string(), tr.t(answer.label_key())))
}

/// The questions with the group's answers.
fn answers_list(tr: Tr, questions: &[EligibilityQuestion], answers: &Answers) -> Markup {
    let rows: Vec<(&str, Markup)> = questions
        .iter()
        .filter_map(|q| answers.get(q.id).map(|answer| (q.question.as_str(), html! { (tr.t(answer.label_key())) })))
        .collect();
    summary_list(&rows)
}

/// "Spring 2027: grants of £500 to £2,500 from Riverside ICB, run by … Closes 3 March 2027 at 17:00."
fn round_description(tr: Tr, round: &Round, team: Option<&Team>) -> String {
    let (funder, team_name) = team.map_or(("", ""), |team| (team.funder_name.as_str(), team.name.as_str()));
    crate::t!(
        tr,
        "public-round-description",
        round = round.name.as_str(),
        range = award_range(tr, round),
        funder = funder,
        team = team_name,
        closes = tr.london_datetime(round.closes_at)
    )
}

/// The round's stages with their dates, marking those passed and the current one, and how many
/// bids are at each stage once there are any.
pub fn tracker(
    tr: Tr,
    round: &Round,
    counts: &StageCounts,
    now: NaiveDateTime,
    first_paid: Option<chrono::NaiveDate>,
) -> Markup {
    let decided_by = round.decision_target_on.and_hms_opt(23, 59, 59).unwrap_or(round.closes_at);
    // Open and closed as every page says it: `Round::status`.
    let status = round.status(now);
    let closed = status == RoundStatus::Closed;
    let panel_when = match round.panel_due_on {
        Some(day) => crate::t!(tr, "public-tracker-panel-by", date = day),
        None => tr.t("public-tracker-panel-when"),
    };
    let payments_when = match first_paid {
        Some(day) => crate::t!(tr, "public-tracker-payments-first", date = day),
        None => tr.t("public-tracker-payments-when"),
    };
    let stages: [(String, String, bool, bool); 5] = [
        (
            tr.t("public-tracker-open"),
            tr.london_datetime(round.opens_at),
            status != RoundStatus::Upcoming,
            status == RoundStatus::Upcoming,
        ),
        (tr.t("public-closes"), tr.london_datetime(round.closes_at), closed, status == RoundStatus::Open),
        (tr.t("public-tracker-panel"), panel_when, now >= decided_by, closed && now < decided_by),
        (
            tr.t("public-tracker-decisions"),
            crate::t!(tr, "public-tracker-decisions-by", date = round.decision_target_on),
            now >= decided_by,
            false,
        ),
        (tr.t("public-tracker-payments"), payments_when, first_paid.is_some(), false),
    ];
    html! {
        ol class="tracker" {
            @for (title, date, done, current) in stages {
                li class={ "tracker__stage" @if done { " tracker__stage--done" } @else if current { " tracker__stage--current" } }
                    aria-current=[current.then_some("step")] {
                    p class="tracker__title" {
                        (title)
                        @if done { span class="visually-hidden" { " " (tr.t("public-tracker-done")) } }
                        @if current { span class="visually-hidden" { " " (tr.t("public-tracker-now")) } }
                    }
                    p class="tracker__date" { (date) }
                }
            }
        }
        @if counts.iter().any(|(_, n)| *n > 0) {
            h3 class="heading-s" { (tr.t("public-bids-so-far")) }
            dl class="key-figures" {
                @for (label, count) in counts {
                    div { dt { (tr.t(label)) } dd { (tr.number(*count)) } }
                }
            }
        }
    }
}
