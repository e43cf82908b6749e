//! Rules for the involvement forms and reports. Pure: no database.

use chrono::{Datelike, NaiveDate};

use super::model::{BudgetBalances, Choice, HelpCost, HowPaid, Payment, PaymentKind, Source};
use crate::forms::{FieldErrors, optional_line, optional_text, required_line};
use crate::funds::FinancialYear;
use crate::i18n::Message;
use crate::money::{MoneyError, Pence};

/// What the allocation form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct AllocationForm {
    pub year: String,
    /// `increase` or `decrease`; ignored for the first allocation.
    pub direction: String,
    /// Named apart from the payment form's `amount`: both forms are on one page.
    pub allocation_amount: String,
    pub reason: String,
}

/// A checked change to an involvement budget's allocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllocationChange {
    pub increase: bool,
    pub amount: Pence,
    pub reason: String,
}

/// The first allocation needs no reason; every later change does, so the ledger says why.
pub fn check_allocation(form: &AllocationForm, first: bool) -> Result<AllocationChange, FieldErrors> {
    let mut errors = FieldErrors::new();
    let increase = match (first, form.direction.as_str()) {
        (true, _) | (false, "increase") => true,
        (false, "decrease") => false,
        _ => {
            errors.add("direction", "involvement-error-direction");
            true
        }
    };
    let amount = positive_amount(&mut errors, "allocation_amount", &form.allocation_amount);
    let reason = if first {
        optional_line(&mut errors, "reason", &form.reason, "what-involvement-reason", 200)
    } else {
        required_line(&mut errors, "reason", &form.reason, "what-involvement-reason", 200)
    };
    match amount {
        Some(amount) if errors.is_empty() => Ok(AllocationChange { increase, amount, reason }),
        _ => Err(errors),
    }
}

fn positive_amount(errors: &mut FieldErrors, field: &str, text: &str) -> Option<Pence> {
    match Pence::parse(text) {
        Ok(amount) if amount.is_zero() => {
            errors.add(field, "involvement-error-amount-zero");
            None
        }
        Ok(amount) => Some(amount),
        Err(MoneyError::Empty) => {
            errors.add(field, "involvement-error-amount-empty");
            None
        }
        Err(error) => {
            errors.add(field, error);
            None
        }
    }
}

/// What the payment form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PaymentForm {
    pub year: String,
    pub kind: String,
    /// A panel member of the programme.
    pub person_id: String,
    /// Or the email of anyone with an account (for people giving views).
    pub email: String,
    pub round_id: String,
    pub group_name: String,
    pub help_cost: String,
    pub source: String,
    pub what_for: String,
    pub amount: String,
    pub paid_on: String,
    pub how_paid: String,
    pub note: String,
    /// `yes` when the lead confirms a person who declined payment has changed their mind.
    pub changed_mind: String,
}

/// Who is paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payee {
    Person(i64),
    /// Someone with an account, found by their email address when the payment is recorded.
    Email(String),
    /// A group (help to apply), by name: it may not be on the portal yet.
    Group(String),
}

/// A checked payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentInput {
    pub kind: PaymentKind,
    pub payee: Payee,
    pub round_id: Option<i64>,
    pub help_cost: Option<HelpCost>,
    pub source: Source,
    pub what_for: String,
    pub amount: Pence,
    pub paid_on: NaiveDate,
    pub how_paid: HowPaid,
    pub note: String,
    pub changed_mind: bool,
}

/// What the payment form may choose from: the programme's panel members and rounds.
pub struct PaymentChoices<'a> {
    pub year: FinancialYear,
    pub panel_ids: &'a [i64],
    pub round_ids: &'a [i64],
}

/// Checks the payment form. Who may be paid depends on the kind: panel scoring pays a panel
/// member for a round; giving views pays a panel member or anyone with an account; help to
/// apply pays a group's cost, from the involvement budget or the VCSE pot. The date must fall
/// in the budget's financial year (the year's money paid it).
pub fn check_payment(form: &PaymentForm, choices: &PaymentChoices<'_>) -> Result<PaymentInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let kind = PaymentKind::parse(&form.kind);
    if kind.is_none() {
        errors.add("kind", "involvement-error-kind");
    }
    let person = form.person_id.trim().parse::<i64>().ok().filter(|id| choices.panel_ids.contains(id));
    if !form.person_id.trim().is_empty() && person.is_none() {
        errors.add("person_id", "involvement-error-person");
    }
    let email = optional_line(&mut errors, "email", &form.email, "what-involvement-email", 254).to_lowercase();
    let mut round_id = None;
    let mut help_cost = None;
    let mut source = Source::InvolvementBudget;
    let payee = match kind {
        Some(PaymentKind::PanelScoring) => {
            round_id = form.round_id.trim().parse::<i64>().ok().filter(|id| choices.round_ids.contains(id));
            if round_id.is_none() {
                errors.add("round_id", "involvement-error-round");
            }
            if person.is_none() && form.person_id.trim().is_empty() {
                errors.add("person_id", "involvement-error-panel-member");
            }
            person.map(Payee::Person)
        }
        Some(PaymentKind::GivingViews) => match (person, email.is_empty()) {
            (Some(id), true) => Some(Payee::Person(id)),
            (None, false) if email.contains('@') => Some(Payee::Email(email)),
            (None, false) => {
                errors.add("email", "involvement-error-email");
                None
            }
            (Some(_), false) => {
                errors.add("email", "involvement-error-one-person");
                None
            }
            (None, true) => {
                if form.person_id.trim().is_empty() {
                    errors.add("person_id", "involvement-error-who");
                }
                None
            }
        },
        Some(PaymentKind::HelpToApply) => {
            help_cost = HelpCost::parse(&form.help_cost);
            if help_cost.is_none() {
                errors.add("help_cost", "involvement-error-help-cost");
            }
            source = match Source::parse(&form.source) {
                Some(chosen) => chosen,
                None => {
                    errors.add("source", "involvement-error-source");
                    Source::InvolvementBudget
                }
            };
            let name = required_line(&mut errors, "group_name", &form.group_name, "what-involvement-group", 120);
            Some(Payee::Group(name))
        }
        None => None,
    };
    let what_for = required_line(&mut errors, "what_for", &form.what_for, "what-involvement-what-for", 200);
    let amount = positive_amount(&mut errors, "amount", &form.amount);
    let paid_on = match crate::rounds::rules::parse_date(&form.paid_on) {
        Some(date) if FinancialYear::of_date(date) != choices.year => {
            errors.add(
                "paid_on",
                Message::new("involvement-error-paid-on-year")
                    .arg("year", choices.year.label())
                    .arg("first", first_day(choices.year))
                    .arg("last", first_day(choices.year.next()).pred_opt().unwrap_or(first_day(choices.year))),
            );
            None
        }
        Some(date) => Some(date),
        None if form.paid_on.trim().is_empty() => {
            errors.add("paid_on", "involvement-error-paid-on-empty");
            None
        }
        None => {
            errors.add("paid_on", "involvement-error-paid-on-not-a-date");
            None
        }
    };
    let how_paid = HowPaid::parse(&form.how_paid);
    if how_paid.is_none() {
        errors.add("how_paid", "involvement-error-how-paid");
    }
    let note = optional_text(&mut errors, "note", &form.note, "what-involvement-note", 1000);
    match (kind, payee, amount, paid_on, how_paid) {
        (Some(kind), Some(payee), Some(amount), Some(paid_on), Some(how_paid)) if errors.is_empty() => {
            Ok(PaymentInput {
                kind,
                payee,
                round_id,
                help_cost,
                source,
                what_for,
                amount,
                paid_on,
                how_paid,
                note,
                changed_mind: form.changed_mind == "yes",
            })
        }
        _ => Err(errors),
    }
}

fn first_day(year: FinancialYear) -> NaiveDate {
    NaiveDate::from_ymd_opt(year.0, 4, 1).expect("1 April exists")
}

/// Whether the budget can pay `amount`: `Err` carries what is left.
pub fn payable(balances: &BudgetBalances, amount: Pence) -> Result<(), Pence> {
    if amount <= balances.left() { Ok(()) } else { Err(balances.left()) }
}

/// A payment to someone who said no to payment is refused unless the lead confirms the person
/// has changed their mind (they may have told the lead so; the choice is theirs to change back).
pub fn refused_as_declined(choice: Option<Choice>, changed_mind: bool) -> bool {
    choice == Some(Choice::Declined) && !changed_mind
}

/// Totals of payments by kind, in the order of [`PaymentKind::ALL`], with how many payments.
pub fn by_kind(payments: &[Payment]) -> Vec<(PaymentKind, Pence, usize)> {
    PaymentKind::ALL
        .iter()
        .map(|kind| {
            let of_kind = payments.iter().filter(|p| p.kind == *kind);
            let total = of_kind.clone().fold(Pence(0), |sum, p| sum + p.amount);
            (*kind, total, of_kind.count())
        })
        .collect()
}

/// Totals paid in each month of the year by the date paid, April first.
pub fn by_month(year: FinancialYear, payments: &[Payment]) -> [((i32, u32), Pence); 12] {
    let months = year.months();
    let mut totals = months.map(|month| (month, Pence(0)));
    for payment in payments {
        let month = (payment.paid_on.year(), payment.paid_on.month());
        if let Some(slot) = totals.iter_mut().find(|(m, _)| *m == month) {
            slot.1 += payment.amount;
        }
    }
    totals
}

/// How many different people were paid (groups helped to apply are not people).
pub fn people_paid(payments: &[Payment]) -> usize {
    let mut ids: Vec<i64> = payments.iter().filter_map(|p| p.person_id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// Money spent on involvement in a year, for the equity report: no names.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct InvolvementSpend {
    pub total: Pence,
    /// Of the total, help-to-apply costs paid from the VCSE pot.
    pub from_pot: Pence,
    pub by_kind: Vec<(PaymentKind, Pence, usize)>,
    pub people_paid: usize,
}

pub fn spend(payments: &[Payment]) -> InvolvementSpend {
    InvolvementSpend {
        total: payments.iter().fold(Pence(0), |sum, p| sum + p.amount),
        from_pot: payments.iter().filter(|p| p.source == Source::VcsePot).fold(Pence(0), |sum, p| sum + p.amount),
        by_kind: by_kind(payments),
        people_paid: people_paid(payments),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: FinancialYear = FinancialYear(2026);

    fn choices() -> PaymentChoices<'static> {
        PaymentChoices { year: YEAR, panel_ids: &[7, 8], round_ids: &[3] }
    }

    fn form(kind: &str) -> PaymentForm {
        PaymentForm {
            kind: kind.into(),
            what_for: "Scoring the spring round".into(),
            amount: "£75".into(),
            paid_on: "2026-06-01".into(),
            how_paid: "vouchers".into(),
            ..Default::default()
        }
    }

    #[test]
    fn panel_scoring_pays_a_panel_member_for_a_round() {
        let input = check_payment(
            &PaymentForm { person_id: "7".into(), round_id: "3".into(), ..form("panel_scoring") },
            &choices(),
        )
        .unwrap();
        assert_eq!(input.payee, Payee::Person(7));
        assert_eq!(input.round_id, Some(3));
        assert_eq!(input.source, Source::InvolvementBudget);
        assert_eq!(input.amount, Pence::from_pounds(75));
        let errors =
            check_payment(&PaymentForm { person_id: "9".into(), ..form("panel_scoring") }, &choices()).unwrap_err();
        assert!(errors.get("person_id").is_some(), "not on the panel");
        assert!(errors.get("round_id").is_some());
    }

    #[test]
    fn giving_views_pays_a_panel_member_or_someone_by_email() {
        let by_email =
            check_payment(&PaymentForm { email: " Sam@Example.org ".into(), ..form("giving_views") }, &choices());
        assert_eq!(by_email.unwrap().payee, Payee::Email("sam@example.org".into()));
        let nobody = check_payment(&form("giving_views"), &choices()).unwrap_err();
        assert!(nobody.get("person_id").is_some());
        let both = check_payment(
            &PaymentForm { person_id: "7".into(), email: "sam@example.org".into(), ..form("giving_views") },
            &choices(),
        )
        .unwrap_err();
        assert!(both.get("email").is_some());
    }

    #[test]
    fn help_to_apply_names_a_group_a_cost_and_a_source() {
        let input = check_payment(
            &PaymentForm {
                group_name: "Hillside Elders".into(),
                help_cost: "interpreter".into(),
                source: "vcse_pot".into(),
                ..form("help_to_apply")
            },
            &choices(),
        )
        .unwrap();
        assert_eq!(input.payee, Payee::Group("Hillside Elders".into()));
        assert_eq!(input.source, Source::VcsePot);
        let errors = check_payment(&form("help_to_apply"), &choices()).unwrap_err();
        for field in ["group_name", "help_cost", "source"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn only_panel_scoring_and_views_come_from_the_budget_whatever_is_sent() {
        let input = check_payment(
            &PaymentForm { person_id: "7".into(), source: "vcse_pot".into(), ..form("giving_views") },
            &choices(),
        )
        .unwrap();
        assert_eq!(input.source, Source::InvolvementBudget);
    }

    #[test]
    fn bad_amounts_dates_and_ways_of_paying_are_refused_at_their_fields() {
        let errors = check_payment(
            &PaymentForm {
                person_id: "7".into(),
                amount: "0".into(),
                paid_on: "2027-04-01".into(),
                how_paid: "bank".into(),
                ..form("giving_views")
            },
            &choices(),
        )
        .unwrap_err();
        assert!(errors.get("amount").is_some());
        assert!(errors.english("paid_on").unwrap().contains("2026/27"));
        assert!(errors.get("how_paid").is_some());
        let errors = check_payment(&PaymentForm { kind: "bonus".into(), ..form("") }, &choices()).unwrap_err();
        assert!(errors.get("kind").is_some());
    }

    #[test]
    fn the_budget_pays_only_what_it_has_left() {
        let b = BudgetBalances { allocated: Pence::from_pounds(200), paid: Pence::from_pounds(80) };
        assert_eq!(payable(&b, Pence::from_pounds(120)), Ok(()));
        assert_eq!(payable(&b, Pence(12_001)), Err(Pence::from_pounds(120)));
    }

    #[test]
    fn a_declined_payment_needs_the_lead_to_confirm_a_change_of_mind() {
        assert!(refused_as_declined(Some(Choice::Declined), false));
        assert!(!refused_as_declined(Some(Choice::Declined), true));
        assert!(!refused_as_declined(Some(Choice::Vouchers), false));
        assert!(!refused_as_declined(None, false));
    }

    #[test]
    fn allocations_after_the_first_need_a_reason() {
        let first = AllocationForm { allocation_amount: "2000".into(), ..Default::default() };
        assert!(check_allocation(&first, true).unwrap().increase);
        let errors = check_allocation(&first, false).unwrap_err();
        assert!(errors.get("reason").is_some() && errors.get("direction").is_some());
        let lower = AllocationForm { direction: "decrease".into(), reason: "Fewer workshops".into(), ..first };
        assert!(!check_allocation(&lower, false).unwrap().increase);
    }

    fn paid(kind: PaymentKind, person: Option<i64>, pounds: i64, on: (i32, u32, u32), source: Source) -> Payment {
        Payment {
            id: 1,
            programme_id: 1,
            year: YEAR,
            source,
            kind,
            person_id: person,
            payee: String::new(),
            help_cost: None,
            round_id: None,
            what_for: String::new(),
            amount: Pence::from_pounds(pounds),
            paid_on: NaiveDate::from_ymd_opt(on.0, on.1, on.2).unwrap(),
            how_paid: HowPaid::Vouchers,
            note: String::new(),
            declined_before: false,
            created_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn reports_add_up_by_kind_month_and_person() {
        let payments = [
            paid(PaymentKind::PanelScoring, Some(7), 100, (2026, 6, 3), Source::InvolvementBudget),
            paid(PaymentKind::PanelScoring, Some(7), 100, (2026, 9, 3), Source::InvolvementBudget),
            paid(PaymentKind::GivingViews, Some(8), 25, (2027, 1, 9), Source::InvolvementBudget),
            paid(PaymentKind::HelpToApply, None, 60, (2027, 1, 20), Source::VcsePot),
        ];
        let kinds = by_kind(&payments);
        assert_eq!(kinds[0], (PaymentKind::PanelScoring, Pence::from_pounds(200), 2));
        assert_eq!(kinds[2], (PaymentKind::HelpToApply, Pence::from_pounds(60), 1));
        let months = by_month(YEAR, &payments);
        assert_eq!(months[2], ((2026, 6), Pence::from_pounds(100)));
        assert_eq!(months[9], ((2027, 1), Pence::from_pounds(85)));
        let spent = spend(&payments);
        assert_eq!(spent.total, Pence::from_pounds(285));
        assert_eq!(spent.from_pot, Pence::from_pounds(60));
        assert_eq!(spent.people_paid, 2);
    }
}
