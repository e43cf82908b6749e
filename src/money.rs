//! Money is an integer number of pence, never a float. People type pounds in many ways
//! (`£2,500`, `2500`, `2500.50`); [`Pence::parse`] reads every sensible one exactly and refuses
//! the rest with a message for the field.

use std::fmt;

/// An amount of money in pence. Negative amounts exist only in sums and differences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Pence(pub i64);

/// The largest amount anyone may type: no VCSE pot is anywhere near £1 billion, so anything
/// larger is a typing mistake.
pub const MAX_TYPED: Pence = Pence(100_000_000_000);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("Enter an amount")]
    Empty,
    #[error("Enter an amount in pounds, like 2500 or £2,500.50")]
    NotMoney,
    #[error("Enter an amount with no more than 2 numbers after the decimal point")]
    TooPrecise,
    #[error("Enter an amount that is not negative")]
    Negative,
    #[error("Enter an amount of £1,000,000,000 or less")]
    TooLarge,
}

impl MoneyError {
    /// The problem as a message for the field, in the reader's language.
    pub fn message(&self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            MoneyError::Empty => "money-error-empty",
            MoneyError::NotMoney => "money-error-not-money",
            MoneyError::TooPrecise => "money-error-too-precise",
            MoneyError::Negative => "money-error-negative",
            MoneyError::TooLarge => "money-error-too-large",
        })
    }
}

impl From<MoneyError> for crate::i18n::Message {
    fn from(error: MoneyError) -> crate::i18n::Message {
        error.message()
    }
}

impl Pence {
    pub const ZERO: Pence = Pence(0);

    pub fn from_pounds(pounds: i64) -> Pence {
        Pence(pounds * 100)
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Reads what a person typed: an optional `£`, digits with optional thousands commas in the
    /// right places, and optionally a point and one or two digits of pence.
    pub fn parse(input: &str) -> Result<Pence, MoneyError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(MoneyError::Empty);
        }
        if text.starts_with('-') || text.starts_with("£-") || text.starts_with("-£") {
            return Err(MoneyError::Negative);
        }
        let text = text.strip_prefix('£').unwrap_or(text).trim_start();
        let (whole, fraction) = match text.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (text, None),
        };
        let pounds = parse_pounds(whole)?;
        let pence = match fraction {
            None => 0,
            Some(digits) if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) => {
                return Err(MoneyError::NotMoney);
            }
            Some(digits) if digits.len() > 2 => return Err(MoneyError::TooPrecise),
            Some(digits) if digits.len() == 1 => digits.parse::<i64>().map_err(|_| MoneyError::NotMoney)? * 10,
            Some(digits) => digits.parse::<i64>().map_err(|_| MoneyError::NotMoney)?,
        };
        let total = pounds.checked_mul(100).and_then(|p| p.checked_add(pence)).ok_or(MoneyError::TooLarge)?;
        if total > MAX_TYPED.0 {
            return Err(MoneyError::TooLarge);
        }
        Ok(Pence(total))
    }

    /// Pounds and pence as typed back into a form: `2500` or `2500.50`.
    pub fn to_input(self) -> String {
        if self.0 % 100 == 0 {
            format!("{}", self.0 / 100)
        } else {
            format!("{}.{:02}", self.0 / 100, (self.0 % 100).abs())
        }
    }
}

/// Whole pounds with optional thousands separators every three digits.
fn parse_pounds(text: &str) -> Result<i64, MoneyError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return Err(MoneyError::NotMoney);
    }
    if text.contains(',') {
        let groups: Vec<&str> = text.split(',').collect();
        let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return Err(MoneyError::NotMoney);
        }
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if digits.len() > 12 {
        return Err(MoneyError::TooLarge);
    }
    digits.parse().map_err(|_| MoneyError::NotMoney)
}

impl std::ops::Add for Pence {
    type Output = Pence;
    fn add(self, other: Pence) -> Pence {
        Pence(self.0 + other.0)
    }
}

impl std::ops::Sub for Pence {
    type Output = Pence;
    fn sub(self, other: Pence) -> Pence {
        Pence(self.0 - other.0)
    }
}

impl std::ops::AddAssign for Pence {
    fn add_assign(&mut self, other: Pence) {
        self.0 += other.0;
    }
}

impl std::iter::Sum for Pence {
    fn sum<I: Iterator<Item = Pence>>(iter: I) -> Pence {
        Pence(iter.map(|p| p.0).sum())
    }
}

/// `£2,500` for whole pounds, `£2,500.50` otherwise; `-£40` below zero.
impl fmt::Display for Pence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let absolute = self.0.unsigned_abs();
        let pounds = group_thousands(absolute / 100);
        match absolute % 100 {
            0 => write!(f, "{sign}£{pounds}"),
            pence => write!(f, "{sign}£{pounds}.{pence:02}"),
        }
    }
}

fn group_thousands(number: u64) -> String {
    let digits = number.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_ways_people_type_pounds() {
        for (input, pence) in [
            ("2500", 250_000),
            ("£2,500", 250_000),
            (" £2,500.50 ", 250_050),
            ("2500.5", 250_050),
            ("0.99", 99),
            ("£ 12", 1_200),
            ("1,000,000", 100_000_000),
            ("0", 0),
        ] {
            assert_eq!(Pence::parse(input), Ok(Pence(pence)), "{input}");
        }
    }

    #[test]
    fn refuses_anything_else_with_a_reason() {
        assert_eq!(Pence::parse(""), Err(MoneyError::Empty));
        assert_eq!(Pence::parse("   "), Err(MoneyError::Empty));
        assert_eq!(Pence::parse("-5"), Err(MoneyError::Negative));
        assert_eq!(Pence::parse("£-5"), Err(MoneyError::Negative));
        assert_eq!(Pence::parse("12.345"), Err(MoneyError::TooPrecise));
        for bad in
            ["£1e9", "abc", "12,34", "1,0000", ",100", "2500.", "12.3.4", "£", "2 500", "1.5e3", "$100", "0x10", "NaN"]
        {
            assert_eq!(Pence::parse(bad), Err(MoneyError::NotMoney), "{bad}");
        }
        assert_eq!(Pence::parse("1000000001"), Err(MoneyError::TooLarge));
        assert_eq!(Pence::parse("99999999999999999999"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn shows_pounds_with_separators() {
        assert_eq!(Pence(250_000).to_string(), "£2,500");
        assert_eq!(Pence(250_050).to_string(), "£2,500.50");
        assert_eq!(Pence(60_000_000).to_string(), "£600,000");
        assert_eq!(Pence(5).to_string(), "£0.05");
        assert_eq!(Pence(-4_000).to_string(), "-£40");
        assert_eq!(Pence(12_345_678_900).to_string(), "£123,456,789");
    }

    #[test]
    fn round_trips_through_a_form() {
        for pence in [0, 5, 250_000, 250_050, 99_999_999] {
            assert_eq!(Pence::parse(&Pence(pence).to_input()), Ok(Pence(pence)));
        }
    }
}
