//! What a group types as its bank details, checked for form; how they are shown masked; and
//! the checks a second member or a lead's call back make. Pure.

use crate::forms::{FieldErrors, optional_line, required_line};

/// What the bank details form sends. Never kept in a log or a session: the handler hands it
/// straight to [`check_bank_form`] and the sealed row.
#[derive(Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct BankForm {
    pub account_name: String,
    pub sort_code: String,
    pub account_number: String,
    pub roll_number: String,
    /// Where to go afterwards (the bid whose offer was just accepted), if anywhere.
    pub next: String,
}

impl std::fmt::Debug for BankForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BankForm").field("account_name", &self.account_name).finish_non_exhaustive()
    }
}

/// Bank details as they are sealed: the sort code and account number as digits alone.
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BankDetailsInput {
    pub account_name: String,
    pub sort_code: String,
    pub account_number: String,
    /// A building society's roll number, when its accounts need one; else empty.
    pub roll_number: String,
}

impl std::fmt::Debug for BankDetailsInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BankDetails")
            .field("account_name", &self.account_name)
            .field("account_number", &masked_number(&self.account_number))
            .finish_non_exhaustive()
    }
}

impl BankDetailsInput {
    /// The last four digits of the account number, all that is shown without a reason.
    pub fn ending(&self) -> String {
        ending(&self.account_number)
    }

    /// What identifies the account (not its name), for finding it behind another group.
    pub fn account_key(&self) -> String {
        format!("{}:{}", self.sort_code, self.account_number)
    }
}

/// The digits of `typed` if nothing but digits, spaces and dashes were typed.
fn digits_of(typed: &str) -> Option<String> {
    let kept: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    kept.chars().all(|c| c.is_ascii_digit()).then_some(kept)
}

/// A sort code of six digits, typed with or without dashes and spaces.
fn check_sort_code(errors: &mut FieldErrors, typed: &str) -> String {
    match digits_of(typed) {
        _ if typed.trim().is_empty() => errors.add("sort_code", "bank-error-sort-code-empty"),
        Some(digits) if digits.len() == 6 => return digits,
        _ => errors.add("sort_code", "bank-error-sort-code-shape"),
    }
    String::new()
}

/// An account number of eight digits (a seven-digit one is written with a 0 in front, as
/// banks do, but the person is told rather than the number changed for them).
fn check_account_number(errors: &mut FieldErrors, field: &'static str, typed: &str) -> String {
    match digits_of(typed) {
        _ if typed.trim().is_empty() => errors.add(field, "bank-error-account-number-empty"),
        Some(digits) if digits.len() == 8 => return digits,
        Some(digits) if digits.len() == 7 => errors.add(field, "bank-error-account-number-seven"),
        _ => errors.add(field, "bank-error-account-number-shape"),
    }
    String::new()
}

pub fn check_bank_form(form: &BankForm) -> Result<BankDetailsInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let account_name = required_line(&mut errors, "account_name", &form.account_name, "what-bank-account-name", 140);
    let sort_code = check_sort_code(&mut errors, &form.sort_code);
    let account_number = check_account_number(&mut errors, "account_number", &form.account_number);
    let roll_number = optional_line(&mut errors, "roll_number", &form.roll_number, "what-bank-roll-number", 18);
    if !roll_number.chars().all(|c| c.is_ascii_alphanumeric() || " /-.".contains(c)) {
        errors.add("roll_number", "bank-error-roll-number-shape");
    }
    errors.into_result(BankDetailsInput { account_name, sort_code, account_number, roll_number })
}

/// The last four digits of an account number.
pub fn ending(account_number: &str) -> String {
    let start = account_number.len().saturating_sub(4);
    account_number.get(start..).unwrap_or_default().to_string()
}

/// An account number as shown without a reason: `••••1234`.
pub fn masked_number(account_number: &str) -> String {
    masked_ending(&ending(account_number))
}

/// `••••` and the last four digits.
pub fn masked_ending(ending: &str) -> String {
    format!("••••{ending}")
}

/// A sort code as people write it: `30-94-57`.
pub fn sort_code_shown(digits: &str) -> String {
    if digits.len() == 6 { format!("{}-{}-{}", &digits[..2], &digits[2..4], &digits[4..]) } else { digits.to_string() }
}

/// The second member types the account number from the group's own papers; it is compared
/// with the one given, so a second person has really looked, not only pressed a button.
#[derive(Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CheckForm {
    pub account_number: String,
}

/// The account number the second member typed, as digits; a typing mistake (wrong length,
/// letters) is a field error, told apart from a number that is simply not the one given.
pub fn typed_account_number(form: &CheckForm) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let typed = check_account_number(&mut errors, "account_number", &form.account_number);
    errors.into_result(typed)
}

/// What a lead records after calling the group back on a number from the group's own records.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CallBackForm {
    pub called_name: String,
    pub called_number: String,
    pub read_back: Option<String>,
}

/// Who the lead called, on what number: recorded with the confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallBack {
    pub spoke_with: String,
    pub number_called: String,
}

impl CallBack {
    pub fn note(&self) -> String {
        format!("{} on {}", self.spoke_with, self.number_called)
    }
}

pub fn check_call_back(form: &CallBackForm) -> Result<CallBack, FieldErrors> {
    let mut errors = FieldErrors::new();
    let spoke_with = required_line(&mut errors, "called_name", &form.called_name, "what-bank-called-name", 150);
    let number_called = required_line(&mut errors, "called_number", &form.called_number, "what-bank-called-number", 40);
    if !number_called.is_empty() && number_called.chars().filter(char::is_ascii_digit).count() < 6 {
        errors.add("called_number", "bank-error-called-number-shape");
    }
    if form.read_back.is_none() {
        errors.add("read_back", "bank-error-read-back");
    }
    errors.into_result(CallBack { spoke_with, number_called })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(errors: &FieldErrors, field: &str) -> Option<&'static str> {
        errors.get(field).map(|message| message.key)
    }

    fn form(name: &str, sort_code: &str, number: &str) -> BankForm {
        BankForm {
            account_name: name.into(),
            sort_code: sort_code.into(),
            account_number: number.into(),
            ..BankForm::default()
        }
    }

    #[test]
    fn bank_details_are_read_as_people_write_them() {
        let details = check_bank_form(&form(" Riverside Walkers ", "30-94-57", "1234 5678")).unwrap();
        assert_eq!(details.account_name, "Riverside Walkers");
        assert_eq!((details.sort_code.as_str(), details.account_number.as_str()), ("309457", "12345678"));
        assert_eq!(details.ending(), "5678");
        assert_eq!(sort_code_shown(&details.sort_code), "30-94-57");
    }

    #[test]
    fn each_mistake_is_named_at_its_field() {
        let errors = check_bank_form(&form("", "30-94", "1234567")).unwrap_err();
        assert_eq!(key(&errors, "account_name"), Some("error-enter"));
        assert_eq!(key(&errors, "sort_code"), Some("bank-error-sort-code-shape"));
        assert_eq!(key(&errors, "account_number"), Some("bank-error-account-number-seven"));
        let errors = check_bank_form(&form("A", "", "12ab5678")).unwrap_err();
        assert_eq!(key(&errors, "sort_code"), Some("bank-error-sort-code-empty"));
        assert_eq!(key(&errors, "account_number"), Some("bank-error-account-number-shape"));
        let mut with_roll = form("A", "309457", "12345678");
        with_roll.roll_number = "<script>".into();
        assert_eq!(key(&check_bank_form(&with_roll).unwrap_err(), "roll_number"), Some("bank-error-roll-number-shape"));
    }

    #[test]
    fn numbers_are_masked_to_their_last_four_digits() {
        assert_eq!(masked_number("12345678"), "••••5678");
        let details = check_bank_form(&form("A", "309457", "12345678")).unwrap();
        assert!(!format!("{details:?}").contains("12345678"), "debug output masks the number");
        let typed = form("A", "309457", "12345678");
        assert!(!format!("{typed:?}").contains("1234"), "nor does the form's");
    }

    #[test]
    fn the_second_member_s_typing_mistakes_are_named_not_compared() {
        let typed = |n: &str| typed_account_number(&CheckForm { account_number: n.into() });
        assert_eq!(typed("1234 5678").unwrap(), "12345678");
        assert_eq!(key(&typed("1234").unwrap_err(), "account_number"), Some("bank-error-account-number-shape"));
    }

    #[test]
    fn a_call_back_says_who_and_which_number_and_that_it_was_read_back() {
        let good = CallBackForm {
            called_name: "Ade".into(),
            called_number: "0161 496 0000".into(),
            read_back: Some("yes".into()),
        };
        assert_eq!(check_call_back(&good).unwrap().note(), "Ade on 0161 496 0000");
        let errors =
            check_call_back(&CallBackForm { called_number: "call me".into(), ..CallBackForm::default() }).unwrap_err();
        assert_eq!(key(&errors, "called_name"), Some("error-enter"));
        assert_eq!(key(&errors, "called_number"), Some("bank-error-called-number-shape"));
        assert_eq!(key(&errors, "read_back"), Some("bank-error-read-back"));
    }
}
