//! Rules for the pot forms. Pure: no database.

use super::year::FinancialYear;
use crate::forms::{FieldErrors, required_line, required_text};
use crate::i18n::Message;
use crate::money::{MoneyError, Pence};

/// What the pot form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PotForm {
    pub financial_year: String,
    pub name: String,
    pub allocation: String,
    pub transformation_total: String,
    pub ring_fence_percent: String,
}

#[derive(Debug, Clone)]
pub struct PotInput {
    pub year: FinancialYear,
    pub name: String,
    pub allocation: Pence,
    pub transformation_total: Option<Pence>,
    pub ring_fence_basis_points: Option<i32>,
}

/// A percentage such as `25` or `27.5` in hundredths of a percent (basis points).
pub fn parse_percent(text: &str) -> Option<i32> {
    let text = text.trim().trim_end_matches('%').trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty()
        || fraction.len() > 2
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i32 = whole.parse().ok()?;
    let fraction: i32 = format!("{fraction:0<2}").parse().ok()?;
    let points = whole.checked_mul(100)?.checked_add(fraction)?;
    (1..=10_000).contains(&points).then_some(points)
}

/// `total × percent`, to the penny (rounded half up).
pub fn share_of(total: Pence, basis_points: i32) -> Pence {
    Pence((i128::from(total.0) * i128::from(basis_points) + 5_000).div_euclid(10_000) as i64)
}

pub fn check_pot(form: &PotForm, allowed_years: &[FinancialYear]) -> Result<PotInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let year = form.financial_year.trim().parse::<i32>().ok().map(FinancialYear).filter(|y| allowed_years.contains(y));
    if year.is_none() {
        errors.add("financial_year", "manage-pot-error-choose-year");
    }
    let name = required_line(&mut errors, "name", &form.name, "what-pot-name", 120);
    let total = match Pence::parse(&form.transformation_total) {
        Ok(total) => Some(total),
        Err(MoneyError::Empty) => None,
        Err(error) => {
            errors.add("transformation_total", error);
            None
        }
    };
    let percent = match form.ring_fence_percent.trim() {
        "" => None,
        text => {
            let parsed = parse_percent(text);
            if parsed.is_none() {
                errors.add("ring_fence_percent", "manage-pot-error-percentage");
            }
            parsed
        }
    };
    let worked_out = total.zip(percent).map(|(total, points)| share_of(total, points));
    let allocation = match (Pence::parse(&form.allocation), worked_out) {
        (Ok(allocation), Some(expected)) if allocation != expected => {
            errors.add("allocation", Message::new("manage-pot-error-allocation-mismatch").arg("expected", expected));
            None
        }
        (Ok(allocation), _) => Some(allocation),
        (Err(MoneyError::Empty), Some(expected)) => Some(expected),
        (Err(MoneyError::Empty), None) => {
            errors.add("allocation", "manage-pot-error-enter-allocation");
            None
        }
        (Err(error), _) => {
            errors.add("allocation", error);
            None
        }
    };
    if (total.is_some()) != (percent.is_some()) && errors.is_empty() {
        let field = if total.is_some() { "ring_fence_percent" } else { "transformation_total" };
        errors.add(field, "manage-pot-error-total-and-percentage");
    }
    let (Some(year), Some(allocation)) = (year, allocation) else {
        return Err(errors);
    };
    errors.into_result(PotInput {
        year,
        name,
        allocation,
        transformation_total: total,
        ring_fence_basis_points: percent,
    })
}

/// What the allocation correction form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct AdjustForm {
    pub direction: String,
    pub amount: String,
    pub reason: String,
}

#[derive(Debug)]
pub struct Adjustment {
    pub increase: bool,
    pub amount: Pence,
    pub reason: String,
}

pub fn check_adjustment(form: &AdjustForm) -> Result<Adjustment, FieldErrors> {
    let mut errors = FieldErrors::new();
    let increase = match form.direction.as_str() {
        "increase" => Some(true),
        "decrease" => Some(false),
        _ => {
            errors.add("direction", "manage-pot-error-choose-direction");
            None
        }
    };
    let amount = match Pence::parse(&form.amount) {
        Ok(amount) if amount.is_zero() => {
            errors.add("amount", "manage-pot-error-amount-zero");
            None
        }
        Ok(amount) => Some(amount),
        Err(error) => {
            errors.add("amount", error);
            None
        }
    };
    let reason = required_text(&mut errors, "reason", &form.reason, "what-pot-correction-reason", 500);
    match (increase, amount) {
        (Some(increase), Some(amount)) if errors.is_empty() => Ok(Adjustment { increase, amount, reason }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_become_basis_points() {
        assert_eq!(parse_percent("25"), Some(2500));
        assert_eq!(parse_percent("27.5"), Some(2750));
        assert_eq!(parse_percent("12.25%"), Some(1225));
        assert_eq!(parse_percent("0"), None);
        assert_eq!(parse_percent("101"), None);
        assert_eq!(parse_percent("12.345"), None);
        assert_eq!(parse_percent("abc"), None);
        assert_eq!(share_of(Pence::from_pounds(2_400_000), 2500), Pence::from_pounds(600_000));
    }

    #[test]
    fn the_allocation_is_worked_out_from_the_total_and_percentage() {
        let years = [FinancialYear(2026)];
        let form = PotForm {
            financial_year: "2026".into(),
            name: "VCSE ring-fence 2026/27".into(),
            transformation_total: "£2,400,000".into(),
            ring_fence_percent: "25".into(),
            ..PotForm::default()
        };
        let pot = check_pot(&form, &years).unwrap();
        assert_eq!(pot.allocation, Pence::from_pounds(600_000));
        let wrong = PotForm { allocation: "500000".into(), ..form.clone() };
        assert!(check_pot(&wrong, &years).unwrap_err().english("allocation").unwrap().contains("£600,000"));
        let other_year = PotForm { financial_year: "2031".into(), ..form };
        assert!(check_pot(&other_year, &years).unwrap_err().get("financial_year").is_some());
    }

    #[test]
    fn absurd_amounts_are_refused() {
        let form = PotForm {
            financial_year: "2026".into(),
            name: "Pot".into(),
            allocation: "£1e9".into(),
            ..PotForm::default()
        };
        assert!(check_pot(&form, &[FinancialYear(2026)]).unwrap_err().get("allocation").is_some());
        let adjustment = AdjustForm { direction: "increase".into(), amount: "-100".into(), reason: "x".into() };
        assert!(check_adjustment(&adjustment).unwrap_err().get("amount").is_some());
    }
}
