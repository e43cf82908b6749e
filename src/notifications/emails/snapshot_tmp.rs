//! TEMPORARY: snapshot of every email and my pages, to check the English stays word for word.
#![allow(unused)]
use chrono::NaiveDate;

use crate::accounts::Person;
use crate::bids::Bid;
use crate::bids::lifecycle::BidState;
use crate::money::Pence;
use crate::rounds::Round;
use super::*;

macro_rules! call {
    ($f:ident $(, $a:expr)* $(,)?) => { super::$f($($a),*) };
}

fn dt() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2027, 3, 3).unwrap().and_hms_opt(17, 0, 0).unwrap()
}

fn person() -> Person {
    Person {
        id: 7, name: "Amina Khan".into(), email: "amina@example.org".into(), password_hash: String::new(),
        email_verified_at: None, is_site_admin: false, disabled_at: None, created_at: dt(), updated_at: dt(), language: None,
    }
}

fn round() -> Round {
    Round {
        id: 1, programme_id: 1, pot_id: 1, slug: "spring".into(), name: "Spring 2027".into(), summary: String::new(),
        opens_at: dt(), closes_at: dt(), min_award_pence: 0, max_award_pence: 0, eligibility: String::new(),
        uses: String::new(), decision_target_on: NaiveDate::from_ymd_opt(2027, 6, 1).unwrap(), panel_size: 3,
        criteria_frozen_at: None, created_at: dt(), updated_at: dt(), panel_closed_at: None,
    }
}

fn bid(title: &str) -> Bid {
    Bid {
        id: 42, round_id: 1, group_id: 2, reference: Some("SG-2027-0042".into()), state: BidState::Draft,
        title: title.into(), summary: String::new(), amount_requested_pence: None, purpose: String::new(),
        video_url: String::new(), need: String::new(), reach: String::new(), impact: String::new(), assisted_by: None,
        created_by: 1, created_at: dt(), updated_at: dt(), submitted_at: None, returned_at: None,
        return_note: String::new(), confirmed_by_group_at: None, version: 1, decision_note: String::new(),
        language: "en".into(), language_other: String::new(),
    }
}

fn show(out: &mut String, email: &crate::notifications::outbox::Email) {
    out.push_str(&format!("=== {} | {} | {:?} | {}\n{}\n\n", email.kind, email.to_address, email.to_name, email.subject, email.body_text));
}

#[test]
fn snapshot() {
    let Ok(path) = std::env::var("SNAPSHOT_OUT") else { return };
    let links = Links::new("http://localhost:8080/");
    let l = &links;
    let p = person();
    let r = round();
    let b = bid("Tea and talk");
    let u = bid("");
    let mut out = String::new();
    show(&mut out, &call!(verify_email, l, "Amina", "a@b.org", "tok"));
    show(&mut out, &call!(finish_registration, l, "Amina", "a@b.org", "tok"));
    show(&mut out, &call!(already_registered, l, "Amina", "a@b.org", "tok"));
    show(&mut out, &call!(sign_in_link, l, "Amina", "a@b.org", "tok"));
    show(&mut out, &call!(reset_password, l, "Amina", "a@b.org", "tok"));
    show(&mut out, &call!(password_changed, l, "Amina", "a@b.org"));
    for change in [SecondFactorChange::TurnedOn, SecondFactorChange::TurnedOff, SecondFactorChange::NewRecoveryCodes, SecondFactorChange::ResetByAdmin] {
        show(&mut out, &call!(second_factor_changed, l, "Amina", "a@b.org", change));
    }
    show(&mut out, &call!(group_invitation, l, "Bola", "Riverside Tenants", "x@y.org", "tok"));
    show(&mut out, &call!(bid_received, l, &p, "Riverside Tenants", "Tea and talk", "SG-2027-0042", &r, 42));
    show(&mut out, &call!(confirm_assisted_bid, l, "Chi", "c@d.org", "Bola", "Riverside", "Tea", "SG-1", "tok"));
    show(&mut out, &call!(confirm_assisted_bid, l, "", "c@d.org", "Bola", "Riverside", "Tea", "SG-1", "tok"));
    show(&mut out, &call!(panel_assigned, l, &p, 1, &r));
    show(&mut out, &call!(panel_assigned, l, &p, 3, &r));
    show(&mut out, &call!(conflict_declared, l, &p, "Dee", &b, &r));
    show(&mut out, &call!(conflict_declared, l, &p, "Dee", &u, &r));
    let notices = [
        DecisionNotice::Returned { note: "Which hall?", deadline: "3 March 2027 at 5:00pm".into() },
        DecisionNotice::Ineligible { reason: "Outside the area" },
        DecisionNotice::Awarded { amount: Pence(250_050), conditions: "", message: "Well done" },
        DecisionNotice::Awarded { amount: Pence(250_000), conditions: "Report by June", message: "Well done" },
        DecisionNotice::Declined { feedback: "Strong, but" },
        DecisionNotice::Waitlisted,
    ];
    for notice in &notices {
        show(&mut out, &call!(decision, l, ("Amina", "a@b.org"), "Riverside", &b, &r, notice));
    }
    show(&mut out, &call!(offer_answered, l, &p, "SG-1", 42, true, Pence(100_000)));
    show(&mut out, &call!(offer_answered, l, &p, "SG-1", 42, false, Pence(100_000)));
    show(&mut out, &call!(award_cancelled, l, &p, &b, "No longer running"));
    show(&mut out, &call!(payment_made, l, &p, &b, Pence(123_456), NaiveDate::from_ymd_opt(2027, 5, 9).unwrap()));
    show(&mut out, &call!(report_received, l, &p, "SG-1", 42));
    show(&mut out, &call!(grant_completed, l, &p, &b));
    show(&mut out, &call!(report_reminder, l, &p, &b, NaiveDate::from_ymd_opt(2027, 9, 1).unwrap(), false));
    show(&mut out, &call!(report_reminder, l, &p, &u, NaiveDate::from_ymd_opt(2027, 9, 1).unwrap(), true));
    std::fs::write(path, out).unwrap();
}
