//! An award's payment plan as dated instalments that add up to the award. Whether an instalment
//! is paid is worked out from the award's payments taken in order of due date, so a payment
//! recorded by hand and one made in a payment run count alike, and nothing has to be kept in
//! step. The rules here are pure; the reading and saving are at the end.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::award_instalments;
use crate::forms::FieldErrors;
use crate::money::{MoneyError, Pence};

/// Instalments a lead can set on one award.
pub const MOST: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = award_instalments)]
pub struct Instalment {
    pub id: i64,
    pub award_id: i64,
    pub amount_pence: i64,
    pub due_on: NaiveDate,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
}

impl Instalment {
    pub fn amount(&self) -> Pence {
        Pence(self.amount_pence)
    }
}

/// How much of an instalment the payments so far cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Covered {
    Paid,
    /// Part paid: this much of it.
    Part(Pence),
    Unpaid,
}

/// The instalments in due order, each with how much of it is paid.
pub fn covered(instalments: &[Instalment], paid: Pence) -> Vec<(&Instalment, Covered)> {
    let mut in_order: Vec<&Instalment> = instalments.iter().collect();
    in_order.sort_by_key(|instalment| (instalment.due_on, instalment.id));
    let mut left = paid;
    in_order
        .into_iter()
        .map(|instalment| {
            let covered = if left >= instalment.amount() {
                Covered::Paid
            } else if left.0 > 0 {
                Covered::Part(left)
            } else {
                Covered::Unpaid
            };
            left = Pence((left.0 - instalment.amount_pence).max(0));
            (instalment, covered)
        })
        .collect()
}

/// What is due by `day` and not yet paid, across an award's instalments.
pub fn unpaid_by(instalments: &[Instalment], paid: Pence, day: NaiveDate) -> Pence {
    covered(instalments, paid)
        .into_iter()
        .filter(|(instalment, _)| instalment.due_on <= day)
        .map(|(instalment, covered)| match covered {
            Covered::Paid => Pence(0),
            Covered::Part(part) => instalment.amount() - part,
            Covered::Unpaid => instalment.amount(),
        })
        .sum()
}

/// What the instalments form sends: up to [`MOST`] rows of an amount and a due date.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct InstalmentsForm {
    pub instalment_amount_1: String,
    pub instalment_due_1: String,
    pub instalment_amount_2: String,
    pub instalment_due_2: String,
    pub instalment_amount_3: String,
    pub instalment_due_3: String,
    pub instalment_amount_4: String,
    pub instalment_due_4: String,
}

impl InstalmentsForm {
    /// The rows as typed: (amount, due date).
    pub fn rows(&self) -> [(&str, &str); MOST] {
        [
            (&self.instalment_amount_1, &self.instalment_due_1),
            (&self.instalment_amount_2, &self.instalment_due_2),
            (&self.instalment_amount_3, &self.instalment_due_3),
            (&self.instalment_amount_4, &self.instalment_due_4),
        ]
    }

    /// The form filled with the instalments as they stand.
    pub fn from_instalments(instalments: &[Instalment]) -> InstalmentsForm {
        let mut typed: Vec<(String, String)> =
            instalments.iter().map(|i| (i.amount().to_input(), i.due_on.format("%Y-%m-%d").to_string())).collect();
        typed.resize(MOST, (String::new(), String::new()));
        let mut rows = typed.into_iter();
        let mut next = || rows.next().unwrap_or_default();
        let ((a1, d1), (a2, d2), (a3, d3), (a4, d4)) = (next(), next(), next(), next());
        InstalmentsForm {
            instalment_amount_1: a1,
            instalment_due_1: d1,
            instalment_amount_2: a2,
            instalment_due_2: d2,
            instalment_amount_3: a3,
            instalment_due_3: d3,
            instalment_amount_4: a4,
            instalment_due_4: d4,
        }
    }
}

/// Checks the rows (empty rows are left out) against the award they must add up to.
pub fn check_instalments(form: &InstalmentsForm, award: Pence) -> Result<Vec<(Pence, NaiveDate)>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut rows = Vec::new();
    for (n, (amount, due)) in form.rows().into_iter().enumerate() {
        let (amount_field, due_field) = (format!("instalment_amount_{}", n + 1), format!("instalment_due_{}", n + 1));
        if amount.trim().is_empty() && due.trim().is_empty() {
            continue;
        }
        let amount = match Pence::parse(amount) {
            Ok(amount) if amount.is_zero() => {
                errors.add(&amount_field, "grants-error-instalment-zero");
                None
            }
            Ok(amount) => Some(amount),
            Err(MoneyError::Empty) => {
                errors.add(&amount_field, "grants-error-instalment-amount-empty");
                None
            }
            Err(error) => {
                errors.add(&amount_field, error);
                None
            }
        };
        let due = crate::rounds::rules::parse_date(due);
        if due.is_none() {
            errors.add(&due_field, "grants-error-instalment-due");
        }
        if let (Some(amount), Some(due)) = (amount, due) {
            rows.push((amount, due));
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.add("instalment_amount_1", "grants-error-instalments-none");
    }
    let total: Pence = rows.iter().map(|(amount, _)| *amount).sum();
    if errors.is_empty() && total != award {
        errors.add(
            "instalment_amount_1",
            crate::i18n::Message::new("grants-error-instalments-total").arg("total", total).arg("award", award),
        );
    }
    rows.sort_by_key(|(_, due)| *due);
    errors.into_result(rows)
}

/// An award's instalments, in due order.
pub fn of_award(conn: &mut DbConn, award_id: i64) -> QueryResult<Vec<Instalment>> {
    award_instalments::table
        .filter(award_instalments::award_id.eq(award_id))
        .order((award_instalments::due_on, award_instalments::id))
        .select(Instalment::as_select())
        .load(conn)
}

/// Puts `rows` in place of the award's instalments. Call inside the transaction that records
/// the change's audit event.
pub fn replace(
    conn: &mut DbConn,
    award_id: i64,
    rows: &[(Pence, NaiveDate)],
    actor: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(award_instalments::table.filter(award_instalments::award_id.eq(award_id))).execute(conn)?;
    for (amount, due_on) in rows {
        diesel::insert_into(award_instalments::table)
            .values((
                award_instalments::award_id.eq(award_id),
                award_instalments::amount_pence.eq(amount.0),
                award_instalments::due_on.eq(due_on),
                award_instalments::created_by.eq(actor),
                award_instalments::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
    }

    fn instalment(id: i64, pounds: i64, due: u32) -> Instalment {
        Instalment {
            id,
            award_id: 1,
            amount_pence: pounds * 100,
            due_on: day(due),
            created_by: 1,
            created_at: NaiveDateTime::default(),
        }
    }

    #[test]
    fn payments_cover_instalments_in_due_order() {
        let plan = [instalment(2, 500, 20), instalment(1, 1_500, 5)];
        let states: Vec<Covered> = covered(&plan, Pence::from_pounds(1_700)).into_iter().map(|(_, c)| c).collect();
        assert_eq!(states, [Covered::Paid, Covered::Part(Pence::from_pounds(200))]);
        assert_eq!(unpaid_by(&plan, Pence::from_pounds(1_700), day(10)), Pence(0), "only the first is due by the 10th");
        assert_eq!(unpaid_by(&plan, Pence::from_pounds(1_700), day(20)), Pence::from_pounds(300));
        assert_eq!(unpaid_by(&plan, Pence(0), day(31)), Pence::from_pounds(2_000));
    }

    fn form(rows: &[(&str, &str)]) -> InstalmentsForm {
        let mut form = InstalmentsForm::default();
        let fields = [
            (&mut form.instalment_amount_1, &mut form.instalment_due_1),
            (&mut form.instalment_amount_2, &mut form.instalment_due_2),
            (&mut form.instalment_amount_3, &mut form.instalment_due_3),
            (&mut form.instalment_amount_4, &mut form.instalment_due_4),
        ];
        for ((amount, due), (typed_amount, typed_due)) in fields.into_iter().zip(rows) {
            *amount = typed_amount.to_string();
            *due = typed_due.to_string();
        }
        form
    }

    #[test]
    fn instalments_must_add_up_to_the_award_each_with_an_amount_and_a_date() {
        let award = Pence::from_pounds(2_000);
        let rows = check_instalments(&form(&[("500", "2027-03-01"), ("£1,500", "2027-01-05")]), award).unwrap();
        assert_eq!(
            rows,
            [
                (Pence::from_pounds(1_500), day(5)),
                (Pence::from_pounds(500), NaiveDate::from_ymd_opt(2027, 3, 1).unwrap())
            ]
        );
        let short = check_instalments(&form(&[("1500", "2027-01-05")]), award).unwrap_err();
        assert_eq!(short.get("instalment_amount_1").map(|m| m.key), Some("grants-error-instalments-total"));
        let half = check_instalments(&form(&[("1500", ""), ("", "2027-01-05")]), award).unwrap_err();
        assert_eq!(half.get("instalment_due_1").map(|m| m.key), Some("grants-error-instalment-due"));
        assert_eq!(half.get("instalment_amount_2").map(|m| m.key), Some("grants-error-instalment-amount-empty"));
        let none = check_instalments(&form(&[]), award).unwrap_err();
        assert_eq!(none.get("instalment_amount_1").map(|m| m.key), Some("grants-error-instalments-none"));
    }

    #[test]
    fn the_form_shows_the_instalments_as_they_stand() {
        let form = InstalmentsForm::from_instalments(&[instalment(1, 1_500, 5), instalment(2, 500, 20)]);
        assert_eq!(form.rows()[1], ("500", "2027-01-20"));
        assert_eq!(form.rows()[2], ("", ""));
    }
}
