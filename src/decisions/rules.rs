//! The lead's decision forms, checked into domain values or messages at their fields. Pure: no
//! database, no web types. What needs the database (is the amount within what was asked and
//! what the round has left? does the bid have its panel?) is checked in `actions`, inside the
//! transaction that makes the decision.

use chrono::{NaiveDate, NaiveDateTime};

use crate::forms::{self, FieldErrors};
use crate::i18n::{Message, Tr};
use crate::money::Pence;

/// The longest note, reason, feedback, conditions or message a lead may write; the group reads
/// it in an email, so a page of text is plenty.
pub const MAX_TEXT: usize = 5_000;
/// The longest payment plan ("Paid in one instalment…").
pub const MAX_PAYMENT_PLAN: usize = 1_000;
/// What an award says about payment unless the lead writes something else, in `tr`'s language
/// (the deciding lead's): the group reads it in its offer.
pub fn default_payment_plan(tr: Tr) -> String {
    tr.t("rounds-award-default-payment-plan")
}

/// What the decision forms send, kept as typed so the page can show it again with its errors.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    pub note: String,
    pub reason: String,
    pub amount: String,
    pub conditions: String,
    pub message: String,
    pub feedback: String,
    pub payment_plan: String,
    pub report_due: String,
    pub accept_by: String,
    pub paid_on: String,
    pub reference: String,
    /// A group's acceptance given on the phone to the lead: who said yes, and the acceptance's
    /// own answers as they gave them.
    pub spoke_with: String,
    pub accepted_name: String,
    pub agree: Option<String>,
    pub public: String,
    /// Why the lead decides this bid out of rank order, when they do (shown to the panel); the
    /// waiting list's form has its own field, as it sits on the same page as the decline form.
    pub order_reason: String,
    pub waitlist_reason: String,
    /// A call back to confirm the group's bank details: who the lead spoke to, on what number,
    /// and that the details were read back and matched.
    pub called_name: String,
    pub called_number: String,
    pub read_back: Option<String>,
    /// A running grant's instalments, as the lead typed them.
    #[serde(flatten)]
    pub instalments: crate::grants::instalments::InstalmentsForm,
}

/// An award as the lead set it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardInput {
    pub amount: Pence,
    pub conditions: String,
    pub message: String,
    pub payment_plan: String,
    pub report_due_on: NaiveDate,
    /// By when the group is asked to accept (or turn down) the offer. A request, not a lapse:
    /// see [`ACCEPT_WITHIN`].
    pub accept_by_on: NaiveDate,
}

/// When the light end-of-grant report is due unless the lead chooses: a year after the award.
pub fn default_report_due(now: NaiveDateTime) -> NaiveDate {
    (crate::time::in_london(now) + chrono::Months::new(12)).date_naive()
}

/// How long a group is given to answer an offer unless the lead chooses a date: the offer email
/// and the group's bid page ask for an answer within 28 days of the decision (counted in London
/// days). The date is a request, not a lapse: nothing expires or is cancelled automatically when
/// it passes. The offer can still be accepted; a lead who has heard nothing follows the group
/// up, and may cancel the award to give the money back to the round.
pub const ACCEPT_WITHIN: chrono::Days = chrono::Days::new(28);

/// The date a group is asked to accept an offer made at `now` by, unless the lead chooses one:
/// [`ACCEPT_WITHIN`] after the day of the decision in London.
pub fn default_accept_by(now: NaiveDateTime) -> NaiveDate {
    crate::time::in_london(now).date_naive() + ACCEPT_WITHIN
}

/// Text the group will read, from a text area: present (else `empty` at the field), and checked
/// like every text area (`forms::optional_text`: no hidden control characters, no more than
/// `max` characters; a longer one is a message, never cut short).
fn required(field: &str, value: &str, what: &'static str, empty: Message, max: usize) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let text = forms::optional_text(&mut errors, field, value, what, max);
    if text.is_empty() {
        errors.add(field, empty);
    }
    errors.into_result(text)
}

/// Optional text from a text area, checked the same way.
fn optional(field: &str, value: &str, what: &'static str, max: usize) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let text = forms::optional_text(&mut errors, field, value, what, max);
    errors.into_result(text)
}

/// `return`: the question for the group.
pub fn check_return(form: &DecisionForm) -> Result<String, FieldErrors> {
    required("note", &form.note, "what-decision-question", Message::new("decisions-error-enter-question"), MAX_TEXT)
}

/// `ineligible`: why, sent to the group.
pub fn check_ineligible(form: &DecisionForm) -> Result<String, FieldErrors> {
    required(
        "reason",
        &form.reason,
        "what-decision-reason",
        Message::new("decisions-error-enter-ineligible-reason"),
        MAX_TEXT,
    )
}

/// `decline`: feedback for the group.
pub fn check_decline(form: &DecisionForm) -> Result<String, FieldErrors> {
    required(
        "feedback",
        &form.feedback,
        "what-decision-feedback",
        Message::new("decisions-error-enter-feedback"),
        MAX_TEXT,
    )
}

/// `cancel`: why the award is cancelled, sent to the group.
pub fn check_cancel(form: &DecisionForm) -> Result<String, FieldErrors> {
    required(
        "reason",
        &form.reason,
        "what-decision-reason",
        Message::new("decisions-error-enter-cancel-reason"),
        MAX_TEXT,
    )
}

/// `award`: the amount, an optional plan, report date, date to accept by, conditions and
/// message. `today` is the date in London; `tr` is the lead's language, which the usual payment
/// plan is written in. A date to accept by must be after today and before the report is due.
pub fn check_award(
    tr: Tr,
    form: &DecisionForm,
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<AwardInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let amount = Pence::parse(&form.amount).map_err(|e| errors.add("amount", e)).ok();
    let report_due_on = match form.report_due.trim() {
        "" => Some(default_report_due(now)),
        text => match crate::rounds::rules::parse_date(text) {
            Some(date) if date > today => Some(date),
            _ => {
                errors.add("report_due", "decisions-error-report-due");
                None
            }
        },
    };
    let accept_by_on = match form.accept_by.trim() {
        "" => Some(default_accept_by(now)),
        text => match crate::rounds::rules::parse_date(text) {
            Some(date) if date > today => Some(date),
            _ => {
                errors.add("accept_by", "decisions-error-accept-by");
                None
            }
        },
    };
    let accept_by_on = match (accept_by_on, report_due_on) {
        (Some(accept_by), Some(report_due)) if accept_by >= report_due => {
            errors.add("accept_by", "decisions-error-accept-by-after-report");
            None
        }
        (accept_by, _) => accept_by,
    };
    let payment_plan = match form.payment_plan.trim() {
        "" => Some(default_payment_plan(tr)),
        text => optional("payment_plan", text, "what-decision-payment-plan", MAX_PAYMENT_PLAN)
            .map_err(|e| errors.extend(e))
            .ok(),
    };
    let conditions = optional("conditions", &form.conditions, "what-decision-conditions", MAX_TEXT)
        .map_err(|e| errors.extend(e))
        .ok();
    let message =
        optional("message", &form.message, "what-decision-message", MAX_TEXT).map_err(|e| errors.extend(e)).ok();
    match (amount, report_due_on, accept_by_on, payment_plan, conditions, message) {
        (
            Some(amount),
            Some(report_due_on),
            Some(accept_by_on),
            Some(payment_plan),
            Some(conditions),
            Some(message),
        ) if errors.is_empty() => {
            Ok(AwardInput { amount, conditions, message, payment_plan, report_due_on, accept_by_on })
        }
        _ => Err(errors),
    }
}

/// `assign`: the panel members ticked (checkboxes named `member_{id}`).
pub fn check_assignment(pairs: &[(String, String)]) -> Result<Vec<i64>, FieldErrors> {
    let members: Vec<i64> = pairs.iter().filter_map(|(k, _)| k.strip_prefix("member_")?.parse().ok()).collect();
    if members.is_empty() {
        Err(FieldErrors::single("panel", "decisions-error-choose-panel-member"))
    } else {
        Ok(members)
    }
}

/// Where a decision departs from the ranking: a bid funded from below the funding line, or one
/// above it declined or put on the waiting list. The lead gives a reason, which the round's
/// panel sees with the outcome: a departure without a word is what sole accountability looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Departure {
    BelowLine,
    AboveLine,
}

impl Departure {
    /// Whether deciding a bid this way departs from the ranking, given whether the ranking has
    /// it above the line (`Some(true)`), below it (`Some(false)`), or not among the bids still to
    /// decide (`None`).
    pub fn of(awarding: bool, above_line: Option<bool>) -> Option<Departure> {
        match (awarding, above_line?) {
            (true, false) => Some(Departure::BelowLine),
            (false, true) => Some(Departure::AboveLine),
            _ => None,
        }
    }

    /// The word stored with the reason.
    pub fn key(self) -> &'static str {
        match self {
            Departure::BelowLine => "below_line",
            Departure::AboveLine => "above_line",
        }
    }

    pub fn parse(text: &str) -> Option<Departure> {
        match text {
            "below_line" => Some(Departure::BelowLine),
            "above_line" => Some(Departure::AboveLine),
            _ => None,
        }
    }

    /// What the lead is asked when no reason was given.
    pub fn missing_reason(self) -> Message {
        match self {
            Departure::BelowLine => Message::new("decisions-error-order-reason-below"),
            Departure::AboveLine => Message::new("decisions-error-order-reason-above"),
        }
    }
}

/// The reason for deciding out of rank order, as typed: checked like every text area; whether
/// one is needed is for the decision itself to say (`Departure`).
pub fn check_order_reason(form: &DecisionForm) -> Result<String, FieldErrors> {
    optional("order_reason", &form.order_reason, "what-decision-order-reason", MAX_TEXT)
}

/// The same for the waiting list's form.
pub fn check_waitlist_reason(form: &DecisionForm) -> Result<String, FieldErrors> {
    optional("waitlist_reason", &form.waitlist_reason, "what-decision-order-reason", MAX_TEXT)
}

/// A decision taken on several bids at once from the ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkChoice {
    /// Each bid awarded what it asked for, with the usual plan (in the lead's language).
    Award {
        payment_plan: String,
    },
    Decline {
        feedback: String,
    },
    Waitlist,
}

/// Several bids decided at once: which, how, and the lead's reason for those of them decided out
/// of rank order (one reason for all of them; empty when none is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkDecision {
    pub bid_ids: Vec<i64>,
    pub choice: BulkChoice,
    pub order_reason: String,
}

/// The ranking's form: the ticked bids (`bid_ids`), the `decision`, `feedback` to decline and
/// `order_reason` for bids decided out of rank order. `tr` is the lead's language, which the
/// usual payment plan of awards is written in.
pub fn check_bulk(tr: Tr, pairs: &[(String, String)]) -> Result<BulkDecision, FieldErrors> {
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or_default();
    let selected: Vec<i64> = pairs.iter().filter(|(k, _)| k == "bid_ids").filter_map(|(_, v)| v.parse().ok()).collect();
    if selected.is_empty() {
        return Err(FieldErrors::single("decision", "decisions-error-select-bid"));
    }
    let choice = match field("decision") {
        "award" => BulkChoice::Award { payment_plan: default_payment_plan(tr) },
        "waitlist" => BulkChoice::Waitlist,
        "decline" if field("feedback").trim().is_empty() => {
            return Err(FieldErrors::single("feedback", "decisions-error-bulk-feedback"));
        }
        "decline" => BulkChoice::Decline {
            feedback: optional("feedback", field("feedback"), "what-decision-feedback", MAX_TEXT)?,
        },
        _ => return Err(FieldErrors::single("decision", "decisions-error-choose-decision")),
    };
    let order_reason = optional("order_reason", field("order_reason"), "what-decision-order-reason", MAX_TEXT)?;
    Ok(BulkDecision { bid_ids: selected, choice, order_reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap().and_hms_opt(12, 0, 0).unwrap()
    }

    fn today() -> NaiveDate {
        now().date()
    }

    #[test]
    fn an_award_reads_the_amount_and_fills_in_the_usual_plan_and_date() {
        let form = DecisionForm { amount: "£2,500".into(), ..DecisionForm::default() };
        let award = check_award(Tr::source(), &form, today(), now()).unwrap();
        assert_eq!(award.amount, Pence::from_pounds(2_500));
        assert_eq!(award.payment_plan, "One payment, made once you have accepted the offer.");
        assert_eq!(award.report_due_on, default_report_due(now()));
        assert_eq!(award.accept_by_on, NaiveDate::from_ymd_opt(2026, 12, 30).unwrap(), "28 days after the decision");
        let chosen = DecisionForm { accept_by: "2027-01-15".into(), ..form };
        assert_eq!(check_award(Tr::source(), &chosen, today(), now()).unwrap().accept_by_on.to_string(), "2027-01-15");
    }

    #[test]
    fn the_date_to_accept_by_is_after_today_and_before_the_report() {
        let form = |accept_by: &str, report_due: &str| DecisionForm {
            amount: "100".into(),
            accept_by: accept_by.into(),
            report_due: report_due.into(),
            ..DecisionForm::default()
        };
        for past in ["2026-12-02", "2026-11-30", "soon"] {
            let errors = check_award(Tr::source(), &form(past, ""), today(), now()).unwrap_err();
            assert_eq!(
                errors.english("accept_by").as_deref(),
                Some("Enter a date after today, like 2027-01-15"),
                "{past}"
            );
        }
        let errors = check_award(Tr::source(), &form("2027-06-01", "2027-05-01"), today(), now()).unwrap_err();
        assert_eq!(
            errors.english("accept_by").as_deref(),
            Some("The date to accept by must be before the report is due")
        );
        assert!(check_award(Tr::source(), &form("2026-12-03", ""), today(), now()).is_ok(), "tomorrow will do");
    }

    #[test]
    fn bad_award_fields_are_each_named_and_long_text_is_refused_not_cut() {
        let form = DecisionForm {
            amount: "lots".into(),
            report_due: "2020-01-01".into(),
            payment_plan: "x".repeat(MAX_PAYMENT_PLAN + 1),
            conditions: "y".repeat(MAX_TEXT + 1),
            ..DecisionForm::default()
        };
        let errors = check_award(Tr::source(), &form, today(), now()).unwrap_err();
        for field in ["amount", "report_due", "payment_plan", "conditions"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        assert_eq!(
            errors.english("payment_plan").as_deref(),
            Some("The payment plan must be 1000 characters or fewer")
        );
    }

    #[test]
    fn notes_reasons_and_feedback_are_required_and_bounded() {
        let empty = DecisionForm::default();
        assert!(check_return(&empty).unwrap_err().get("note").is_some());
        assert!(check_ineligible(&empty).unwrap_err().get("reason").is_some());
        assert!(check_decline(&empty).unwrap_err().get("feedback").is_some());
        assert!(check_cancel(&empty).unwrap_err().get("reason").is_some());
        let long = DecisionForm { note: "z".repeat(MAX_TEXT + 1), ..DecisionForm::default() };
        assert_eq!(
            check_return(&long).unwrap_err().english("note").as_deref(),
            Some("The question must be 5000 characters or fewer")
        );
        let fine = DecisionForm { note: "  Who runs it?  ".into(), ..DecisionForm::default() };
        assert_eq!(check_return(&fine).unwrap(), "Who runs it?");
    }

    #[test]
    fn bulk_decisions_need_bids_a_choice_and_feedback_to_decline() {
        let pairs =
            |list: &[(&str, &str)]| list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
        assert!(check_bulk(Tr::source(), &pairs(&[("decision", "award")])).is_err());
        assert!(check_bulk(Tr::source(), &pairs(&[("bid_ids", "4"), ("decision", "")])).is_err());
        assert!(
            check_bulk(Tr::source(), &pairs(&[("bid_ids", "4"), ("decision", "decline")]))
                .unwrap_err()
                .get("feedback")
                .is_some()
        );
        assert_eq!(
            check_bulk(Tr::source(), &pairs(&[("bid_ids", "4"), ("bid_ids", "5"), ("decision", "award")])).unwrap(),
            BulkDecision {
                bid_ids: vec![4, 5],
                choice: BulkChoice::Award { payment_plan: default_payment_plan(Tr::source()) },
                order_reason: String::new(),
            }
        );
        assert_eq!(check_assignment(&pairs(&[("member_9", "on")])).unwrap(), vec![9]);
        assert!(check_assignment(&pairs(&[])).is_err());
    }

    #[test]
    fn funding_below_the_line_or_turning_down_above_it_departs_from_the_ranking() {
        assert_eq!(Departure::of(true, Some(false)), Some(Departure::BelowLine));
        assert_eq!(Departure::of(false, Some(true)), Some(Departure::AboveLine));
        assert_eq!(Departure::of(true, Some(true)), None);
        assert_eq!(Departure::of(false, Some(false)), None);
        assert_eq!(Departure::of(true, None), None, "not among the bids still to decide");
    }
}
