//! Every email the portal sends, one function each: short, plain, with a link back and what
//! happens next. Bodies are plain text; mail programs show them as written. Each is written in
//! the recipient's language (`tr`, the first argument): the words are in
//! `locales/<language>/emails.ftl`.
//!
//! Two voices. Account emails (confirming an address, signing in, passwords, two-step sign-in,
//! an invitation to a group) come from the portal: signed by it, ending "if you did not expect
//! it, you can ignore it", with no `Reply-To`. Every email about a programme's bid, round or
//! grant comes from the programme's team ([`Team`]): signed with its name, the funder it works
//! for, its email, phone and hours, and with `Reply-To` its address, so a group that answers
//! reaches a person.

use chrono::NaiveDate;

use super::outbox::Email;
use crate::accounts::Person;
use crate::bids::Bid;
use crate::bids::deadlines::Missing;
use crate::groups::Group;
use crate::i18n::{Message, Tr};
use crate::money::Pence;
use crate::programmes::Team;
use crate::rounds::Round;

/// What emails need from the installation: the base URL their links start with, and the
/// installation's contact address (the `contact_email` setting), which signs and takes the
/// replies to a programme's emails while its team has given no address of its own.
#[derive(Debug, Clone)]
pub struct Links {
    base: String,
    contact: String,
}

impl Links {
    /// Links under `base_url`, with no contact address (see [`Links::with_contact`]).
    pub fn new(base_url: &str) -> Links {
        Links { base: base_url.trim_end_matches('/').to_string(), contact: String::new() }
    }

    /// The same links, with the installation's contact address.
    pub fn with_contact(mut self, contact_email: &str) -> Links {
        self.contact = contact_email.trim().to_string();
        self
    }

    /// As the configuration says: `base_url` (by default `http://` and the listen address) and
    /// `contact_email`.
    pub fn from_config(config: &crate::config::Config) -> Links {
        Links::new(config.base_url.as_str()).with_contact(&config.contact_email)
    }

    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The installation's contact address; empty when none is configured. Pass it to
    /// `programmes::queries::team_of_round` as the team's fallback.
    pub fn contact_email(&self) -> &str {
        &self.contact
    }
}

/// Who signs an email.
#[derive(Clone, Copy)]
enum Signer<'a> {
    /// The portal itself, for account emails.
    Portal,
    /// A programme's team, for emails about its bids, rounds and grants.
    Team(&'a Team),
}

impl Signer<'_> {
    /// Where replies go: the team's address, when it has one.
    fn reply_to(self) -> Option<String> {
        match self {
            Signer::Portal => None,
            Signer::Team(team) => Some(team.email.trim().to_string()).filter(|address| !address.is_empty()),
        }
    }
}

/// The signature, below the standard "-- " line. The portal's says who sent it and that an
/// unexpected email can be ignored; a team's is its name, "for" the funder when the team goes
/// by another name, then its email, phone and hours, each line only when given.
fn signature(tr: Tr, signer: Signer<'_>) -> String {
    let Signer::Team(team) = signer else { return tr.t("emails-signature") };
    let given = |text: &str| Some(text.trim()).filter(|t| !t.is_empty()).map(str::to_string);
    let name = given(&team.name).or_else(|| given(&team.programme_name));
    let funder = given(&team.funder_name).filter(|funder| Some(funder) != name.as_ref());
    let lines = [
        name,
        funder.map(|funder| crate::t!(tr, "emails-signature-for-funder", funder = funder)),
        given(&team.email).map(|email| crate::t!(tr, "emails-signature-email", email = email)),
        given(&team.phone).map(|phone| crate::t!(tr, "emails-signature-phone", phone = phone)),
        given(&team.hours).map(|hours| crate::t!(tr, "emails-signature-hours", hours = hours)),
    ];
    lines.into_iter().flatten().collect::<Vec<_>>().join("\n")
}

/// The whole text of an email: the greeting (by name when there is one), the body, and the
/// signature below the standard "-- " line.
fn text(tr: Tr, name: &str, body: &Message, signer: Signer<'_>) -> String {
    let greeting =
        if name.is_empty() { tr.t("emails-hello-no-name") } else { crate::t!(tr, "emails-hello", name = name) };
    format!("{greeting}\n\n{}\n\n-- \n{}", tr.message(body), signature(tr, signer))
}

fn to(name: &str, address: &str) -> (String, Option<String>) {
    (address.to_string(), Some(name.to_string()))
}

/// An email to one named person, with its subject and body, signed by `signer`.
fn email(
    tr: Tr,
    kind: &str,
    (name, address): (&str, &str),
    subject: &Message,
    body: &Message,
    sensitive: bool,
    signer: Signer<'_>,
) -> Email {
    let (to_address, to_name) = to(name, address);
    Email {
        kind: kind.into(),
        to_address,
        to_name,
        subject: tr.message(subject),
        body_text: text(tr, name, body, signer),
        body_html: None,
        sensitive,
        reply_to: signer.reply_to(),
    }
}

/// An account email from the portal.
fn account_email(tr: Tr, kind: &str, to: (&str, &str), subject: &Message, body: &Message, sensitive: bool) -> Email {
    email(tr, kind, to, subject, body, sensitive, Signer::Portal)
}

/// An email about a programme's bid, round or grant, from its team (never sensitive).
fn team_email(tr: Tr, team: &Team, kind: &str, to: (&str, &str), subject: &Message, body: &Message) -> Email {
    email(tr, kind, to, subject, body, false, Signer::Team(team))
}

/// `key` with the link as `$link`.
fn with_link(key: &'static str, link: String) -> Message {
    Message::new(key).arg("link", link)
}

pub fn verify_email(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/verify-email/{token}"));
    let body = with_link("emails-verify-email-body", link);
    account_email(tr, "verify_email", (name, address), &"emails-verify-email-subject".into(), &body, true)
}

/// The link that finishes a registration: following it creates the account and signs in.
pub fn finish_registration(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/login/link/{token}"));
    let body = with_link("emails-finish-registration-body", link);
    account_email(tr, "finish_registration", (name, address), &"emails-finish-registration-subject".into(), &body, true)
}

/// Someone registered with an address that already has an account: its owner gets a link to
/// sign in instead, and nobody learns from the page that the account exists.
pub fn already_registered(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/login/link/{token}"));
    let body = with_link("emails-already-registered-body", link);
    account_email(tr, "already_registered", (name, address), &"emails-already-registered-subject".into(), &body, true)
}

/// "Email me a link to sign in".
pub fn sign_in_link(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/login/link/{token}"));
    let body = with_link("emails-sign-in-link-body", link);
    account_email(tr, "sign_in_link", (name, address), &"emails-sign-in-link-subject".into(), &body, true)
}

pub fn reset_password(tr: Tr, links: &Links, name: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/password/reset/{token}"));
    let body = with_link("emails-reset-password-body", link);
    account_email(tr, "reset_password", (name, address), &"emails-reset-password-subject".into(), &body, true)
}

pub fn password_changed(tr: Tr, links: &Links, name: &str, address: &str) -> Email {
    let body = with_link("emails-password-changed-body", links.absolute("/password/forgot"));
    account_email(tr, "password_changed", (name, address), &"emails-password-changed-subject".into(), &body, false)
}

/// What happened to a person's two-step sign-in, for the email that tells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactorChange {
    TurnedOn,
    TurnedOff,
    NewRecoveryCodes,
    /// A site admin removed it (a lost phone): the person sets it up again at next sign-in.
    ResetByAdmin,
}

/// Tells a person their two-step sign-in changed, so a change they did not make is noticed.
pub fn second_factor_changed(tr: Tr, links: &Links, name: &str, address: &str, change: SecondFactorChange) -> Email {
    let (subject, what) = match change {
        SecondFactorChange::TurnedOn => ("emails-two-factor-on-subject", "emails-two-factor-on"),
        SecondFactorChange::TurnedOff => ("emails-two-factor-off-subject", "emails-two-factor-off"),
        SecondFactorChange::NewRecoveryCodes => ("emails-two-factor-new-codes-subject", "emails-two-factor-new-codes"),
        SecondFactorChange::ResetByAdmin => ("emails-two-factor-reset-subject", "emails-two-factor-reset"),
    };
    let body = with_link("emails-two-factor-body", links.absolute("/account")).arg("change", Message::new(what));
    account_email(tr, "second_factor_changed", (name, address), &subject.into(), &body, false)
}

pub fn group_invitation(tr: Tr, links: &Links, inviter: &str, group: &str, address: &str, token: &str) -> Email {
    let link = links.absolute(&format!("/invitations/{token}"));
    let body = with_link("emails-group-invitation-body", link).arg("inviter", inviter).arg("group", group);
    Email {
        kind: "group_invitation".into(),
        to_address: address.to_string(),
        to_name: None,
        subject: crate::t!(tr, "emails-group-invitation-subject", group = group),
        body_text: text(tr, "", &body, Signer::Portal),
        body_html: None,
        sensitive: true,
        reply_to: None,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn bid_received(
    tr: Tr,
    links: &Links,
    team: &Team,
    sender: &Person,
    group: &str,
    title: &str,
    reference: &str,
    round: &Round,
    bid_id: i64,
) -> Email {
    let body = with_link("emails-bid-received-body", links.absolute(&format!("/bids/{bid_id}")))
        .arg("group", group)
        .arg("title", title)
        .arg("round", &round.name)
        .arg("reference", reference)
        .arg("date", round.decision_target_on);
    let subject = Message::new("emails-bid-received-subject").arg("reference", reference);
    team_email(tr, team, "bid_received", (&sender.name, &sender.email), &subject, &body)
}

#[allow(clippy::too_many_arguments)]
pub fn confirm_assisted_bid(
    tr: Tr,
    links: &Links,
    team: &Team,
    contact_name: &str,
    address: &str,
    connector: &str,
    group: &str,
    title: &str,
    reference: &str,
    token: &str,
) -> Email {
    let body = with_link("emails-confirm-assisted-bid-body", links.absolute(&format!("/confirm-bid/{token}")))
        .arg("connector", connector)
        .arg("group", group)
        .arg("title", title)
        .arg("reference", reference);
    Email {
        kind: "confirm_assisted_bid".into(),
        to_address: address.to_string(),
        to_name: (!contact_name.is_empty()).then(|| contact_name.to_string()),
        subject: crate::t!(tr, "emails-confirm-assisted-bid-subject", group = group),
        body_text: text(tr, contact_name, &body, Signer::Team(team)),
        body_html: None,
        sensitive: true,
        reply_to: Signer::Team(team).reply_to(),
    }
}

/// What a connector asks a group's contact to do through an emailed link.
pub struct WordAsked<'a> {
    pub purpose: crate::bids::word::Purpose,
    /// The connector's name.
    pub connector: &'a str,
    pub group: &'a str,
    /// The bid's title.
    pub title: &'a str,
    pub token: &'a str,
}

/// A connector has got a bid (or the acceptance of an offer) ready with a group, and asks the
/// group's contact to send it (or accept it) themselves, through the link. Signed by the team,
/// whom the contact can ask if in doubt.
pub fn group_word_asked(tr: Tr, links: &Links, team: &Team, to: (&str, &str), asking: &WordAsked<'_>) -> Email {
    let (subject, body, kind) = match asking.purpose {
        crate::bids::word::Purpose::Send => ("emails-word-send-subject", "emails-word-send-body", "group_word_send"),
        crate::bids::word::Purpose::Accept => {
            ("emails-word-accept-subject", "emails-word-accept-body", "group_word_accept")
        }
    };
    let body = with_link(body, links.absolute(&format!("/word/{}", asking.token)))
        .arg("connector", asking.connector)
        .arg("group", asking.group)
        .arg("title", asking.title);
    email(tr, kind, to, &Message::new(subject).arg("group", asking.group), &body, true, Signer::Team(team))
}

pub fn panel_assigned(tr: Tr, links: &Links, team: &Team, member: &Person, count: usize, round: &Round) -> Email {
    let subject = Message::new("emails-panel-assigned-subject").arg("count", count).arg("round", &round.name);
    let body =
        with_link("emails-panel-assigned-body", links.absolute("/panel")).arg("count", count).arg("round", &round.name);
    team_email(tr, team, "panel_assigned", (&member.name, &member.email), &subject, &body)
}

/// The reminder 3 days before a round's reviews are due, to a panel member with `count` still to
/// send (`review::deadline`).
pub fn panel_due_reminder(
    tr: Tr,
    links: &Links,
    team: &Team,
    member: &Person,
    count: i64,
    round: &Round,
    due: chrono::NaiveDate,
) -> Email {
    let subject = Message::new("emails-panel-due-subject").arg("round", &round.name).arg("date", due);
    let body = with_link("emails-panel-due-body", links.absolute("/panel"))
        .arg("count", count)
        .arg("round", &round.name)
        .arg("date", due);
    team_email(tr, team, "panel_due_reminder", (&member.name, &member.email), &subject, &body)
}

pub fn conflict_declared(
    tr: Tr,
    links: &Links,
    team: &Team,
    lead: &Person,
    declarer: &str,
    bid: &Bid,
    round: &Round,
) -> Email {
    let reference = bid.reference.clone().unwrap_or_default();
    let subject = Message::new("emails-conflict-declared-subject").arg("reference", &reference);
    let body = with_link("emails-conflict-declared-body", links.absolute(&format!("/manage/bids/{}", bid.id)))
        .arg("declarer", declarer)
        .arg("reference", &reference)
        .arg("title", bid.display_title(tr))
        .arg("round", &round.name);
    team_email(tr, team, "conflict_declared", (&lead.name, &lead.email), &subject, &body)
}

/// A listing in the community directory has not been confirmed for 6 months: is it still right?
/// From the portal (the directory belongs to the installation, not to one programme).
pub fn listing_out_of_date(tr: Tr, links: &Links, member: &Person, listing_id: i64, listing: &str) -> Email {
    let subject = Message::new("emails-listing-check-subject").arg("listing", listing);
    let body = with_link("emails-listing-check-body", links.absolute(&format!("/directory/{listing_id}")))
        .arg("listing", listing);
    email(tr, "listing_out_of_date", (&member.name, &member.email), &subject, &body, false, Signer::Portal)
}

/// What a decision email says, by decision.
pub enum DecisionNotice<'a> {
    /// Sent back with a question, to answer by `deadline` (a date in London).
    Returned {
        note: &'a str,
        deadline: NaiveDate,
    },
    Ineligible {
        reason: &'a str,
    },
    /// An offer: the group is asked to accept by `accept_by`, and its end-of-grant report is
    /// due on `report_due` (dates in London).
    Awarded {
        amount: Pence,
        conditions: &'a str,
        message: &'a str,
        accept_by: NaiveDate,
        report_due: NaiveDate,
    },
    Declined {
        feedback: &'a str,
    },
    Waitlisted,
}

#[allow(clippy::too_many_arguments)]
pub fn decision(
    tr: Tr,
    links: &Links,
    team: &Team,
    to: (&str, &str),
    group: &str,
    bid: &Bid,
    round: &Round,
    notice: &DecisionNotice<'_>,
) -> Email {
    let reference = bid.reference.clone().unwrap_or_default();
    let title = bid.display_title(tr);
    let link = links.absolute(&format!("/bids/{}", bid.id));
    let about = |key: &'static str| with_link(key, link.clone()).arg("group", group).arg("title", &title);
    let (kind, subject, body) = match notice {
        DecisionNotice::Returned { note, deadline } => (
            "bid_returned",
            "emails-bid-returned-subject",
            about("emails-bid-returned-body").arg("note", *note).arg("deadline", *deadline),
        ),
        DecisionNotice::Ineligible { reason } => (
            "bid_ineligible",
            "emails-bid-ineligible-subject",
            about("emails-bid-ineligible-body").arg("round", &round.name).arg("reason", *reason),
        ),
        DecisionNotice::Awarded { amount, conditions, message, accept_by, report_due } => {
            let body = if conditions.is_empty() {
                about("emails-bid-awarded-body")
            } else {
                about("emails-bid-awarded-body-with-conditions").arg("conditions", *conditions)
            };
            (
                "bid_awarded",
                "emails-bid-awarded-subject",
                body.arg("amount", *amount)
                    .arg("reference", &reference)
                    .arg("message", *message)
                    .arg("accept_by", *accept_by)
                    .arg("report_due", *report_due),
            )
        }
        DecisionNotice::Declined { feedback } => (
            "bid_declined",
            "emails-bid-declined-subject",
            about("emails-bid-declined-body").arg("feedback", *feedback),
        ),
        DecisionNotice::Waitlisted => (
            "bid_waitlisted",
            "emails-bid-waitlisted-subject",
            about("emails-bid-waitlisted-body").arg("round", &round.name),
        ),
    };
    let mut subject = Message::new(subject).arg("reference", &reference).arg("title", &title);
    if let DecisionNotice::Awarded { amount, .. } = notice {
        subject = subject.arg("amount", *amount);
    }
    team_email(tr, team, kind, to, &subject, &body)
}

fn recipient(person: &Person) -> (&str, &str) {
    (&person.name, &person.email)
}

#[allow(clippy::too_many_arguments)]
pub fn offer_answered(
    tr: Tr,
    links: &Links,
    team: &Team,
    lead: &Person,
    reference: &str,
    bid_id: i64,
    accepted: bool,
    amount: Pence,
) -> Email {
    let (kind, subject, body) = if accepted {
        ("offer_accepted", "emails-offer-accepted-subject", "emails-offer-accepted-body")
    } else {
        ("offer_declined", "emails-offer-declined-subject", "emails-offer-declined-body")
    };
    let subject = Message::new(subject).arg("reference", reference);
    let body = with_link(body, links.absolute(&format!("/manage/bids/{bid_id}"))).arg("amount", amount);
    team_email(tr, team, kind, recipient(lead), &subject, &body)
}

pub fn award_cancelled(tr: Tr, links: &Links, team: &Team, person: &Person, bid: &Bid, reason: &str) -> Email {
    let title = bid.display_title(tr);
    let subject = Message::new("emails-award-cancelled-subject").arg("title", &title);
    let body = with_link("emails-award-cancelled-body", links.absolute(&format!("/bids/{}", bid.id)))
        .arg("title", &title)
        .arg("reference", bid.reference.clone().unwrap_or_default())
        .arg("reason", reason);
    team_email(tr, team, "award_cancelled", recipient(person), &subject, &body)
}

#[allow(clippy::too_many_arguments)]
pub fn payment_made(
    tr: Tr,
    links: &Links,
    team: &Team,
    person: &Person,
    bid: &Bid,
    amount: Pence,
    paid_on: NaiveDate,
    paid_through: &str,
) -> Email {
    let title = bid.display_title(tr);
    let subject = Message::new("emails-payment-made-subject").arg("amount", amount).arg("title", &title);
    let key = if paid_through.is_empty() { "emails-payment-made-body" } else { "emails-payment-made-host-body" };
    let body = with_link(key, links.absolute(&format!("/bids/{}", bid.id)))
        .arg("amount", amount)
        .arg("title", &title)
        .arg("date", paid_on)
        .arg("host", paid_through);
    team_email(tr, team, "payment_made", recipient(person), &subject, &body)
}

pub fn report_received(tr: Tr, links: &Links, team: &Team, lead: &Person, reference: &str, bid_id: i64) -> Email {
    let subject = Message::new("emails-report-received-subject").arg("reference", reference);
    let body = with_link("emails-report-received-body", links.absolute(&format!("/manage/bids/{bid_id}")));
    team_email(tr, team, "report_received", recipient(lead), &subject, &body)
}

pub fn grant_completed(tr: Tr, links: &Links, team: &Team, person: &Person, bid: &Bid) -> Email {
    let title = bid.display_title(tr);
    let subject = Message::new("emails-grant-completed-subject").arg("title", &title);
    let body =
        with_link("emails-grant-completed-body", links.absolute(&format!("/bids/{}", bid.id))).arg("title", &title);
    team_email(tr, team, "grant_completed", recipient(person), &subject, &body)
}

pub fn report_reminder(
    tr: Tr,
    links: &Links,
    team: &Team,
    person: &Person,
    bid: &Bid,
    due: NaiveDate,
    overdue: bool,
) -> Email {
    let (kind, subject, body) = if overdue {
        ("report_overdue", "emails-report-overdue-subject", "emails-report-overdue-body")
    } else {
        ("report_due_soon", "emails-report-due-subject", "emails-report-due-body")
    };
    let subject = Message::new(subject).arg("title", bid.display_title(tr)).arg("date", due);
    let body = with_link(body, links.absolute(&format!("/bids/{}/report", bid.id))).arg("date", due);
    team_email(tr, team, kind, recipient(person), &subject, &body)
}

/// A lead invites a group that has never applied to an open round: who runs the programme,
/// what the round is for, when it closes (London), the round's link, and (in the team's
/// signature, with `Reply-To`) how to reach a person. `to` is a member, or the group's contact
/// who is not one (`name` may be empty).
pub fn round_invitation(tr: Tr, links: &Links, team: &Team, to: (&str, &str), group: &str, round: &Round) -> Email {
    let closes = tr.london_datetime(round.closes_at);
    let subject = Message::new("emails-round-invitation-subject").arg("round", &round.name);
    let team_name = if team.name.trim().is_empty() { team.programme_name.clone() } else { team.name.clone() };
    let body = with_link("emails-round-invitation-body", links.absolute(&format!("/rounds/{}", round.slug)))
        .arg("group", group)
        .arg("team", team_name)
        .arg("programme", &team.programme_name)
        .arg("round", &round.name)
        .arg("summary", round.summary.trim())
        .arg("closes", &closes);
    team_email(tr, team, "round_invitation", to, &subject, &body)
}

/// Before a round closes, to a member of a group whose bid is started but not sent: the round,
/// when it closes (London), what is still missing and the link to the bid, with how to turn the
/// reminders off. `last` is the reminder a day before; the other goes 7 days before.
#[allow(clippy::too_many_arguments)]
pub fn draft_reminder(
    tr: Tr,
    links: &Links,
    team: &Team,
    person: &Person,
    bid: &Bid,
    round: &Round,
    last: bool,
    missing: &[Missing],
) -> Email {
    let (kind, subject) = if last {
        ("draft_reminder_day", "emails-draft-reminder-day-subject")
    } else {
        ("draft_reminder_week", "emails-draft-reminder-week-subject")
    };
    let closes = tr.london_datetime(round.closes_at);
    let todo = match missing {
        [] => "emails-draft-todo-none",
        [Missing::Money] => "emails-draft-todo-money",
        [Missing::Case] => "emails-draft-todo-case",
        _ => "emails-draft-todo-both",
    };
    let subject = Message::new(subject).arg("round", &round.name).arg("closes", &closes);
    let body = with_link("emails-draft-reminder-body", links.absolute(&format!("/bids/{}", bid.id)))
        .arg("title", bid.display_title(tr))
        .arg("round", &round.name)
        .arg("closes", &closes)
        .arg("todo", Message::new(todo))
        .arg("account", links.absolute("/account"));
    team_email(tr, team, kind, recipient(person), &subject, &body)
}

/// When a round has closed, to a member of a group whose draft was not sent: everything typed
/// in it, so nothing is lost, and that the draft stays readable on its page. The team's
/// signature says whom to ask.
pub fn draft_closed(
    tr: Tr,
    links: &Links,
    team: &Team,
    person: &Person,
    bid: &Bid,
    round: &Round,
    has_recording: bool,
) -> Email {
    let answer = |label: &'static str, text: String| {
        let text = text.trim().to_string();
        (!text.is_empty()).then(|| crate::t!(tr, "emails-draft-answer", label = Message::new(label), answer = text))
    };
    let mut answers: Vec<String> = [
        answer("bids-answer-project", bid.title.clone()),
        answer("bids-answer-summary", bid.summary.clone()),
        answer("bids-answer-amount", bid.amount().map(|amount| tr.money(amount)).unwrap_or_default()),
        answer("bids-answer-purpose", bid.purpose.clone()),
        answer("bids-answer-video", bid.video_url.clone()),
        answer("bids-need", bid.need.clone()),
        answer("bids-reach", bid.reach.clone()),
        answer("bids-impact", bid.impact.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if has_recording {
        answers.push(tr.t("emails-draft-closed-recording"));
    }
    // A draft with nothing in it has no answers to keep: the email only says it was not sent.
    let body = if answers.is_empty() { "emails-draft-closed-empty-body" } else { "emails-draft-closed-body" };
    let subject = Message::new("emails-draft-closed-subject").arg("round", &round.name);
    let body = with_link(body, links.absolute(&format!("/bids/{}", bid.id)))
        .arg("title", bid.display_title(tr))
        .arg("round", &round.name)
        .arg("closes", tr.london_datetime(round.closes_at))
        .arg("answers", answers.join("\n\n"));
    team_email(tr, team, "draft_closed_unsent", recipient(person), &subject, &body)
}

/// A lead answered the view a person gave on the programme's tracker: the item and the link to
/// read the answer (the answer itself stays on the portal, where only that person sees it).
pub fn tracker_view_answered(tr: Tr, links: &Links, team: &Team, person: &Person, item_id: i64, item: &str) -> Email {
    let subject = Message::new("emails-tracker-answered-subject").arg("item", item);
    let link = links.absolute(&format!("/programmes/{}/tracker/{item_id}", team.programme_slug));
    let body = with_link("emails-tracker-answered-body", link).arg("item", item).arg("team", team.name.as_str());
    team_email(tr, team, "tracker_view_answered", (&person.name, &person.email), &subject, &body)
}

/// What a lead passes to the programme's safeguarding contact about a view that raised a worry
/// about someone's safety.
pub struct SafeguardingConcern<'a> {
    pub contact: (&'a str, &'a str),
    pub item: &'a str,
    pub view: &'a str,
    pub given_at: String,
    pub person: (&'a str, &'a str),
    pub flagged_by: &'a str,
}

/// A view passed to the programme's safeguarding contact: the words and who gave them, so the
/// contact can act. Sensitive: its body is not kept once sent.
pub fn safeguarding_concern(tr: Tr, team: &Team, concern: &SafeguardingConcern<'_>) -> Email {
    let subject = Message::new("emails-safeguarding-subject").arg("programme", team.programme_name.as_str());
    let body = Message::new("emails-safeguarding-body")
        .arg("lead", concern.flagged_by)
        .arg("programme", team.programme_name.as_str())
        .arg("item", concern.item)
        .arg("person", concern.person.0)
        .arg("email", concern.person.1)
        .arg("when", concern.given_at.as_str())
        .arg("view", concern.view);
    email(tr, "safeguarding_concern", concern.contact, &subject, &body, true, Signer::Team(team))
}

/// To a member of a group who did not give its new bank details: please check them.
pub fn bank_details_to_check(
    tr: Tr,
    links: &Links,
    team: &Team,
    person: &Person,
    group: &Group,
    given_by: &Person,
    ending: &str,
) -> Email {
    let subject = Message::new("emails-bank-check-subject").arg("group", &group.name);
    let body = with_link("emails-bank-check-body", links.absolute(&format!("/groups/{}/bank-details/check", group.id)))
        .arg("group", &group.name)
        .arg("name", &given_by.name)
        .arg("ending", ending);
    team_email(tr, team, "bank_details_to_check", recipient(person), &subject, &body)
}

/// To the member who changed the group's bank details: the change is told to them too, so a
/// change made by someone else in their name is noticed.
pub fn bank_details_changed_by_you(
    tr: Tr,
    links: &Links,
    team: &Team,
    person: &Person,
    group: &Group,
    ending: &str,
) -> Email {
    let subject = Message::new("emails-bank-changed-subject").arg("group", &group.name);
    let body = with_link("emails-bank-changed-body", links.absolute(&format!("/groups/{}", group.id)))
        .arg("group", &group.name)
        .arg("ending", ending);
    team_email(tr, team, "bank_details_changed", recipient(person), &subject, &body)
}

/// To a programme lead: a group owed money changed its bank details; payments are held.
pub fn bank_details_changed_to_lead(
    tr: Tr,
    links: &Links,
    team: &Team,
    lead: &Person,
    group: &Group,
    bid_id: i64,
    ending: &str,
) -> Email {
    let subject = Message::new("emails-bank-changed-lead-subject").arg("group", &group.name);
    let body =
        with_link("emails-bank-changed-lead-body", links.absolute(&format!("/manage/bids/{bid_id}#bank-details")))
            .arg("group", &group.name)
            .arg("ending", ending);
    team_email(tr, team, "bank_details_changed_lead", recipient(lead), &subject, &body)
}

/// To a host organisation's contact, named by a member of a group: confirm (or not) that the
/// host holds money for the group, and give its bank details. The link is a secret, so the
/// email is sensitive. Written in the portal's source language: the contact has no account and
/// no language saved.
pub fn host_to_confirm(
    links: &Links,
    team: &Team,
    host: &crate::bank_details::hosts::HostInput,
    group: &Group,
    asked_by: &str,
    token: &str,
) -> Email {
    let tr = Tr::source();
    let subject = Message::new("emails-host-subject").arg("group", &group.name);
    let body = with_link("emails-host-body", links.absolute(&format!("/host/{token}")))
        .arg("group", &group.name)
        .arg("host", &host.name)
        .arg("name", asked_by)
        .arg("days", crate::bank_details::hosts::LINK_DAYS);
    email(tr, "host_to_confirm", (&host.contact_name, &host.contact_email), &subject, &body, true, Signer::Team(team))
}

/// To a group's members: the host they named answered (confirmed, or said it does not hold
/// money for the group).
pub fn host_answered(
    tr: Tr,
    links: &Links,
    team: &Team,
    person: &Person,
    group: &Group,
    host_name: &str,
    confirmed: bool,
) -> Email {
    let (subject, body) = if confirmed {
        ("emails-host-confirmed-subject", "emails-host-confirmed-body")
    } else {
        ("emails-host-declined-subject", "emails-host-declined-body")
    };
    let subject = Message::new(subject).arg("host", host_name);
    let body = with_link(body, links.absolute(&format!("/groups/{}/bank-details", group.id)))
        .arg("group", &group.name)
        .arg("host", host_name);
    team_email(tr, team, if confirmed { "host_confirmed" } else { "host_declined" }, recipient(person), &subject, &body)
}

/// To a programme lead: a host confirmed it holds money for a group and gave its bank details,
/// which wait for the lead's call back to the host.
pub fn host_confirmed_to_lead(
    tr: Tr,
    links: &Links,
    team: &Team,
    lead: &Person,
    group: &Group,
    host: &crate::bank_details::hosts::Host,
    bid_id: i64,
) -> Email {
    let subject = Message::new("emails-host-lead-subject").arg("group", &group.name).arg("host", &host.name);
    let body = with_link("emails-host-lead-body", links.absolute(&format!("/manage/bids/{bid_id}#bank-details")))
        .arg("group", &group.name)
        .arg("host", host.described())
        .arg("contact", &host.contact_name)
        .arg("email", &host.contact_email);
    team_email(tr, team, "host_confirmed_lead", recipient(lead), &subject, &body)
}

/// To a programme lead: a group gave a bank account another group has given too.
pub fn bank_account_shared_to_lead(
    tr: Tr,
    links: &Links,
    team: &Team,
    lead: &Person,
    group: &Group,
    bid_id: i64,
    others: &[String],
) -> Email {
    let subject = Message::new("emails-bank-same-account-subject").arg("group", &group.name);
    let body =
        with_link("emails-bank-same-account-body", links.absolute(&format!("/manage/bids/{bid_id}#bank-details")))
            .arg("group", &group.name)
            .arg("groups", others.join(", "));
    team_email(tr, team, "bank_account_shared", recipient(lead), &subject, &body)
}

/// To a programme lead: a member says the group's bank details are not the group's.
pub fn bank_details_disputed_to_lead(
    tr: Tr,
    links: &Links,
    team: &Team,
    lead: &Person,
    group: &Group,
    bid_id: i64,
    member: &Person,
) -> Email {
    let subject = Message::new("emails-bank-disputed-subject").arg("group", &group.name);
    let body = with_link("emails-bank-disputed-body", links.absolute(&format!("/manage/bids/{bid_id}#bank-details")))
        .arg("group", &group.name)
        .arg("name", &member.name);
    team_email(tr, team, "bank_details_disputed", recipient(lead), &subject, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(language: Option<&str>) -> Person {
        let at = NaiveDate::from_ymd_opt(2027, 3, 3).and_then(|d| d.and_hms_opt(17, 0, 0)).expect("time");
        Person {
            id: 7,
            name: "Amina Khan".into(),
            email: "amina@example.org".into(),
            password_hash: String::new(),
            email_verified_at: Some(at),
            is_site_admin: false,
            disabled_at: None,
            created_at: at,
            updated_at: at,
            language: language.map(str::to_string),
            deadline_reminders: true,
            is_directory_editor: false,
        }
    }

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("date")
    }

    fn round() -> Round {
        let at = person(None).created_at;
        Round {
            id: 1,
            programme_id: 1,
            pot_id: 1,
            slug: "spring".into(),
            name: "Spring 2027".into(),
            summary: String::new(),
            opens_at: at,
            closes_at: at,
            min_award_pence: 0,
            max_award_pence: 0,
            eligibility: String::new(),
            uses: String::new(),
            decision_target_on: date(2027, 6, 1),
            panel_size: 2,
            criteria_frozen_at: None,
            created_at: at,
            updated_at: at,
            panel_closed_at: None,
            panel_due_on: None,
            panel_reminder_sent_at: None,
        }
    }

    fn bid() -> Bid {
        let at = person(None).created_at;
        Bid {
            id: 42,
            group_id: 2,
            reference: Some("SG-2027-0042".into()),
            state: crate::bids::lifecycle::BidState::Awarded,
            title: "Tea and talk".into(),
            summary: String::new(),
            amount_requested_pence: None,
            purpose: String::new(),
            created_by: 7,
            language: "pl".into(),
            ..Bid::sample(at)
        }
    }

    /// A team that gave every part of its contact, under a name of its own.
    fn team() -> Team {
        Team {
            programme_slug: "riverside".into(),
            programme_name: "Riverside Small Grants".into(),
            funder_name: "NHS Riverside Integrated Care Board".into(),
            name: "Riverside Community Grants Team".into(),
            email: "grants@riverside.example".into(),
            phone: "0121 496 0000".into(),
            hours: "Monday to Friday, 9am to 5pm".into(),
            has_logo: false,
        }
    }

    const IGNORE_IT: &str = "If you did not expect it, you can ignore it.";

    #[test]
    fn an_email_is_a_greeting_a_body_and_the_signature() {
        let links = Links::new("http://localhost:8080/");
        let email = sign_in_link(Tr::source(), &links, "Amina", "amina@example.org", "abc");
        assert_eq!(email.subject, "Your link to sign in");
        assert_eq!(email.to_name.as_deref(), Some("Amina"));
        assert_eq!(
            email.body_text,
            "Hello Amina,\n\nTo sign in to the small grants portal, open this link within 15 minutes:\n\n\
             http://localhost:8080/login/link/abc\n\nThe link works once. If you did not ask for it, you can ignore \
             this email: nobody can use it without your mailbox.\n\n-- \nThis email was sent by the small grants \
             portal. If you did not expect it, you can ignore it."
        );
        let invitation = group_invitation(Tr::source(), &links, "Bola", "Riverside", "x@example.org", "t");
        assert!(
            invitation.body_text.starts_with("Hello,\n\nBola has invited you to join Riverside"),
            "{}",
            invitation.body_text
        );
    }

    #[test]
    fn account_emails_keep_the_portal_s_signature_and_take_no_replies() {
        let links = Links::new("http://localhost").with_contact("help@portal.example");
        let tr = Tr::source();
        let (name, address) = ("Amina", "amina@example.org");
        let emails = [
            verify_email(tr, &links, name, address, "t"),
            finish_registration(tr, &links, name, address, "t"),
            already_registered(tr, &links, name, address, "t"),
            sign_in_link(tr, &links, name, address, "t"),
            reset_password(tr, &links, name, address, "t"),
            password_changed(tr, &links, name, address),
            second_factor_changed(tr, &links, name, address, SecondFactorChange::TurnedOn),
            group_invitation(tr, &links, "Bola", "Riverside", address, "t"),
        ];
        for email in emails {
            assert!(
                email.body_text.ends_with(&format!("-- \nThis email was sent by the small grants portal. {IGNORE_IT}")),
                "{}: {}",
                email.kind,
                email.body_text
            );
            assert_eq!(email.reply_to, None, "{}: replies to an account email go nowhere", email.kind);
        }
    }

    #[test]
    fn a_programme_email_is_signed_by_its_team_and_replies_go_to_the_team() {
        let links = Links::new("http://localhost");
        let email = grant_completed(Tr::source(), &links, &team(), &person(None), &bid());
        assert!(
            email.body_text.ends_with(
                "\n\n-- \nRiverside Community Grants Team\nfor NHS Riverside Integrated Care Board\n\
                 Email: grants@riverside.example\nPhone: 0121 496 0000\nWhen we answer: Monday to Friday, 9am to 5pm"
            ),
            "{}",
            email.body_text
        );
        assert!(!email.body_text.contains(IGNORE_IT) && !email.body_text.contains("small grants portal"));
        assert_eq!(email.reply_to.as_deref(), Some("grants@riverside.example"));

        // A team known by the funder's name, with only an address: no "for" line, no empty lines.
        let plain = Team {
            name: "NHS Riverside Integrated Care Board".into(),
            phone: String::new(),
            hours: " ".into(),
            ..team()
        };
        let email = payment_made(Tr::source(), &links, &plain, &person(None), &bid(), Pence(100), date(2027, 5, 9), "");
        assert!(
            email.body_text.ends_with("-- \nNHS Riverside Integrated Care Board\nEmail: grants@riverside.example"),
            "{}",
            email.body_text
        );

        // No address anywhere (neither the team's nor the installation's): no Reply-To.
        let unreachable = Team { email: String::new(), ..plain };
        let email = report_reminder(Tr::source(), &links, &unreachable, &person(None), &bid(), date(2028, 1, 1), false);
        assert_eq!(email.reply_to, None);
        assert!(email.body_text.ends_with("-- \nNHS Riverside Integrated Care Board"), "{}", email.body_text);
    }

    #[test]
    fn every_programme_email_is_in_the_team_s_voice() {
        let (links, tr, team, lead, bid, round) =
            (Links::new("http://localhost"), Tr::source(), team(), person(None), bid(), round());
        let to = (lead.name.as_str(), lead.email.as_str());
        let notices = [
            DecisionNotice::Returned { note: "Who runs it?", deadline: date(2027, 4, 1) },
            DecisionNotice::Ineligible { reason: "Outside Riverside" },
            DecisionNotice::Awarded {
                amount: Pence(100),
                conditions: "",
                message: "",
                accept_by: date(2027, 4, 1),
                report_due: date(2028, 3, 3),
            },
            DecisionNotice::Declined { feedback: "Not this time" },
            DecisionNotice::Waitlisted,
        ];
        let mut emails: Vec<Email> =
            notices.iter().map(|notice| decision(tr, &links, &team, to, "Hope Circle", &bid, &round, notice)).collect();
        emails.extend([
            bid_received(tr, &links, &team, &lead, "Hope Circle", "Tea", "SG-1", &round, 42),
            confirm_assisted_bid(tr, &links, &team, "Amina", "amina@example.org", "Grace", "Hope", "Tea", "SG-1", "t"),
            panel_assigned(tr, &links, &team, &lead, 2, &round),
            conflict_declared(tr, &links, &team, &lead, "Marcus", &bid, &round),
            offer_answered(tr, &links, &team, &lead, "SG-1", 42, true, Pence(100)),
            offer_answered(tr, &links, &team, &lead, "SG-1", 42, false, Pence(100)),
            award_cancelled(tr, &links, &team, &lead, &bid, "Closed"),
            payment_made(tr, &links, &team, &lead, &bid, Pence(100), date(2027, 5, 9), ""),
            report_received(tr, &links, &team, &lead, "SG-1", 42),
            grant_completed(tr, &links, &team, &lead, &bid),
            report_reminder(tr, &links, &team, &lead, &bid, date(2028, 3, 3), true),
            draft_reminder(tr, &links, &team, &lead, &bid, &round, false, &[]),
            draft_reminder(tr, &links, &team, &lead, &bid, &round, true, &[Missing::Case]),
            draft_closed(tr, &links, &team, &lead, &bid, &round, false),
        ]);
        for email in emails {
            assert!(email.body_text.contains("-- \nRiverside Community Grants Team\n"), "{}", email.kind);
            assert!(!email.body_text.contains(IGNORE_IT), "{}", email.kind);
            assert_eq!(email.reply_to.as_deref(), Some("grants@riverside.example"), "{}", email.kind);
        }
    }

    #[test]
    fn the_offer_says_by_when_to_accept_and_when_the_report_is_due() {
        let links = Links::new("http://localhost");
        let offer = DecisionNotice::Awarded {
            amount: Pence(250_000),
            conditions: "Tell us if the sessions move",
            message: "Well done",
            accept_by: date(2027, 4, 1),
            report_due: date(2028, 3, 3),
        };
        let to = ("Amina Khan", "amina@example.org");
        let english = decision(Tr::source(), &links, &team(), to, "Hope Circle", &bid(), &round(), &offer);
        assert_eq!(english.kind, "bid_awarded");
        assert!(
            english.body_text.contains("accept it on the portal by 1 April 2027")
                && english.body_text.contains("report will be due on 3 March 2028"),
            "{}",
            english.body_text
        );
        let polish = person(Some("pl"));
        let email = decision(polish.tr(), &links, &team(), to, "Hope Circle", &bid(), &round(), &offer);
        assert!(
            email.body_text.contains("do 1 kwietnia 2027") && email.body_text.contains("do 3 marca 2028"),
            "{}",
            email.body_text
        );
        assert!(email.body_text.contains("E-mail: grants@riverside.example"), "the signature in Polish too");
        assert!(!email.body_text.contains("April") && !email.body_text.contains("Email:"), "no English left");
    }

    /// A draft closing on 20 March 2027 at 5pm London time (UTC then), half filled in.
    fn draft_and_round() -> (Bid, Round) {
        let bid = Bid {
            state: crate::bids::lifecycle::BidState::Draft,
            reference: None,
            summary: "Lunch for people on their own".into(),
            amount_requested_pence: Some(120_000),
            need: "Nobody to eat with\non Sundays.".into(),
            ..bid()
        };
        let closes_at = date(2027, 3, 20).and_hms_opt(17, 0, 0).expect("time");
        (bid, Round { closes_at, ..round() })
    }

    #[test]
    fn a_reminder_says_when_the_round_closes_and_what_is_missing() {
        let links = Links::new("http://localhost");
        let (bid, round) = draft_and_round();
        let week = draft_reminder(Tr::source(), &links, &team(), &person(None), &bid, &round, false, &[Missing::Case]);
        assert_eq!(week.kind, "draft_reminder_week");
        assert_eq!(
            week.subject,
            "Your bid for Spring 2027 is not sent yet: the round closes on 20 March 2027 at 5:00pm"
        );
        assert!(
            week.body_text.starts_with(
                "Hello Amina Khan,\n\nYour group has started a bid, Tea and talk, for Spring 2027, but it has not \
                 been sent yet. The round closes on 20 March 2027 at 5:00pm (UK time)."
            ) && week.body_text.contains("\n\nStill to do: need, reach and impact (a video link")
                && week.body_text.contains("\n\nhttp://localhost/bids/42\n\n")
                && week.body_text.contains("on your account page: http://localhost/account"),
            "{}",
            week.body_text
        );
        let day = draft_reminder(Tr::source(), &links, &team(), &person(None), &bid, &round, true, &[]);
        assert_eq!(day.kind, "draft_reminder_day");
        assert!(day.subject.starts_with("Last reminder: Spring 2027 closes on 20 March 2027 at 5:00pm"));
        assert!(day.body_text.contains("Everything is filled in."), "{}", day.body_text);
        let both = draft_reminder(
            Tr::source(),
            &links,
            &team(),
            &person(None),
            &bid,
            &round,
            true,
            &[Missing::Money, Missing::Case],
        );
        assert!(both.body_text.contains("Still to do: the part about the money, and need"), "{}", both.body_text);
        let polish = draft_reminder(person(Some("pl")).tr(), &links, &team(), &person(None), &bid, &round, false, &[]);
        assert!(polish.body_text.contains("20 marca 2027, godz. 17:00") && !polish.body_text.contains("March"));
    }

    #[test]
    fn at_the_close_the_group_gets_everything_it_typed() {
        let links = Links::new("http://localhost");
        let (bid, round) = draft_and_round();
        let email = draft_closed(Tr::source(), &links, &team(), &person(None), &bid, &round, true);
        assert_eq!(email.kind, "draft_closed_unsent");
        assert_eq!(email.subject, "Spring 2027 has closed: your bid was not sent");
        assert!(
            email.body_text.contains(
                "here is everything in it:\n\nProject: Tea and talk\n\nIn one sentence: Lunch for people on their \
                 own\n\nAmount: £1,200\n\nNeed: Nobody to eat with\non Sundays.\n\nYou also uploaded a recording."
            ),
            "{}",
            email.body_text
        );
        assert!(!email.body_text.contains("Reach:") && !email.body_text.contains("Video:"), "only what was typed");
        assert!(email.body_text.contains("you can still read it on its page:\n\nhttp://localhost/bids/42\n"));
        let empty = Bid {
            title: String::new(),
            summary: String::new(),
            amount_requested_pence: None,
            need: String::new(),
            ..bid
        };
        let email = draft_closed(Tr::source(), &links, &team(), &person(None), &empty, &round, false);
        assert!(
            email.body_text.contains("Your group started a bid, Untitled bid, but nothing had been typed in it")
                && !email.body_text.contains("here is everything"),
            "{}",
            email.body_text
        );
    }

    #[test]
    fn counts_choose_their_plural_form() {
        let links = Links::new("http://localhost");
        let one = panel_assigned(Tr::source(), &links, &team(), &person(None), 1, &round());
        let three = panel_assigned(Tr::source(), &links, &team(), &person(None), 3, &round());
        assert_eq!(one.subject, "1 bid to score for Spring 2027");
        assert_eq!(three.subject, "3 bids to score for Spring 2027");
        assert!(
            three.body_text.contains("You have 3 bids to score for Spring 2027. Please watch"),
            "{}",
            three.body_text
        );
    }

    #[test]
    fn emails_are_written_in_the_recipient_s_language() {
        let polish = person(Some("pl"));
        let tr = polish.tr();
        assert_eq!(tr.code(), "pl", "the saved language");
        assert_eq!(person(None).tr(), Tr::source(), "no saved language: the source");
        assert_eq!(person(Some("xx")).tr(), Tr::source(), "a language no longer built: the source");
        let paid_on = date(2027, 5, 9);
        let email =
            payment_made(tr, &Links::new("http://localhost"), &team(), &polish, &bid(), Pence(123_456), paid_on, "");
        // Polish words, and amounts and dates written the Polish way.
        assert!(email.subject.contains("1234,56 £") && email.subject.contains("Tea and talk"), "{}", email.subject);
        assert!(email.body_text.contains("9 maja 2027"), "{}", email.body_text);
        assert!(email.body_text.starts_with("Dzień dobry"), "{}", email.body_text);
        assert!(!email.body_text.contains("Hello") && !email.subject.contains("paid for"), "no English left");
    }

    #[test]
    fn links_carry_the_installation_s_address_and_contact() {
        let links = Links::new("http://127.0.0.1:9999/").with_contact(" help@portal.example ");
        assert_eq!(links.absolute("/bids/4"), "http://127.0.0.1:9999/bids/4");
        assert_eq!(links.contact_email(), "help@portal.example");
        assert_eq!(Links::new("http://localhost").contact_email(), "", "none unless configured");
    }
}
