//! Password hashing with argon2id at OWASP's recommended parameters (19 MiB, 2 passes, one
//! lane), stored as PHC strings so old hashes keep working and can be upgraded at sign-in.
//!
//! Hashing is deliberately slow; callers run it on a blocking thread, never the async executor.

use std::sync::OnceLock;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::i18n::Message;

/// The parameters new hashes get.
fn current_params() -> Params {
    Params::new(Params::DEFAULT_M_COST, Params::DEFAULT_T_COST, Params::DEFAULT_P_COST, None)
        .expect("the default argon2 parameters are valid")
}

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, current_params())
}

/// A PHC string for `password` with a fresh random salt.
pub fn hash(password: &str) -> String {
    hasher().hash_password(password.as_bytes()).expect("hashing with valid parameters cannot fail").to_string()
}

/// The result of checking a password against a stored hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// Right password; `needs_rehash` when the hash uses older parameters than today's.
    Correct {
        needs_rehash: bool,
    },
    Wrong,
}

/// Checks `password` against `stored` (a PHC string). A damaged hash counts as wrong.
pub fn verify(password: &str, stored: &str) -> Verification {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return Verification::Wrong;
    };
    if hasher().verify_password(password.as_bytes(), &parsed).is_err() {
        return Verification::Wrong;
    }
    Verification::Correct { needs_rehash: !uses_current_parameters(&parsed) }
}

fn uses_current_parameters(hash: &PasswordHash) -> bool {
    let current = current_params();
    hash.algorithm.as_str() == "argon2id"
        && hash.version == Some(Version::V0x13.into())
        && Params::try_from(hash).is_ok_and(|params| {
            params.m_cost() == current.m_cost()
                && params.t_cost() == current.t_cost()
                && params.p_cost() == current.p_cost()
        })
}

/// Does the same work as checking a real password, for sign-ins with an unknown email, so the
/// time taken does not reveal whether an account exists.
pub fn verify_against_dummy(password: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("not a real password, only for equal timing"));
    let _ = verify(password, dummy);
}

/// Passwords at least 10 characters long, and not among the most common ones; no other rules,
/// because composition rules make passwords harder to remember without making them stronger.
pub const MIN_LENGTH: usize = 10;
/// Long enough for any passphrase, short enough that hashing stays cheap.
pub const MAX_LENGTH: usize = 200;

/// Why a new password cannot be used, as the message shown beside the field.
pub fn check_new_password(password: &str, email: &str, name: &str) -> Result<(), Message> {
    let length = password.chars().count();
    if password.is_empty() {
        return Err("accounts-enter-new-password".into());
    }
    if length < MIN_LENGTH {
        return Err(Message::new("accounts-password-too-short").arg("min", MIN_LENGTH));
    }
    if length > MAX_LENGTH {
        return Err(Message::new("accounts-password-too-long").arg("max", MAX_LENGTH));
    }
    let lowered = password.to_lowercase();
    if COMMON_PASSWORDS.contains(&lowered.as_str()) {
        return Err("accounts-password-too-common".into());
    }
    if !email.is_empty() && lowered == email.trim().to_lowercase() {
        return Err("accounts-password-is-email".into());
    }
    if !name.trim().is_empty() && lowered.replace(' ', "") == name.trim().to_lowercase().replace(' ', "") {
        return Err("accounts-password-is-name".into());
    }
    Ok(())
}

/// The most used passwords of 10 or more characters in published breach lists (lower case).
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "123456789a",
    "0123456789",
    "0987654321",
    "1111111111",
    "0000000000",
    "1234512345",
    "1234554321",
    "1122334455",
    "1q2w3e4r5t",
    "1qaz2wsx3edc",
    "qwertyuiop",
    "qwerty1234",
    "qwerty12345",
    "qwerty123456",
    "asdfghjkl1",
    "zxcvbnm123",
    "password12",
    "password123",
    "password1234",
    "password1!",
    "password01",
    "passw0rd123",
    "p@ssw0rd123",
    "iloveyou12",
    "iloveyou123",
    "football123",
    "liverpool1",
    "liverpool123",
    "chelsea123",
    "arsenal123",
    "manchester1",
    "manchester",
    "sunshine123",
    "princess123",
    "welcome123",
    "welcome1234",
    "letmein123",
    "monkey12345",
    "dragon1234",
    "baseball123",
    "superman123",
    "changeme123",
    "administrator",
    "admin12345",
    "admin123456",
    "abcdefghij",
    "abcdefg123",
    "abc1234567",
    "abcd123456",
    "a123456789",
    "q1w2e3r4t5",
    "q1w2e3r4t5y6",
    "zaq12wsxcde3",
    "1qazxsw23edc",
    "passwordpassword",
    "qwertyqwerty",
    "trustno1trustno1",
    "starwars123",
    "pokemon123",
    "computer123",
    "whatever123",
    "blink182blink",
    "michael123",
    "jennifer123",
    "jordan2323",
    "summer2024",
    "summer2025",
    "summer2026",
    "winter2025",
    "winter2026",
    "spring2026",
    "autumn2026",
    "january2026",
    "november2026",
    "december2026",
    "christmas123",
    "smallgrants",
    "smallgrants1",
    "smallgrants123",
    "grants12345",
    "nhspassword",
    "nhs1234567",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_phc_strings_with_owasp_parameters() {
        let stored = hash("correct horse battery");
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
        assert_ne!(hash("correct horse battery"), stored, "each hash has its own salt");
        assert_eq!(verify("correct horse battery", &stored), Verification::Correct { needs_rehash: false });
        assert_eq!(verify("wrong horse battery", &stored), Verification::Wrong);
        assert_eq!(verify("anything", "not a hash"), Verification::Wrong);
    }

    #[test]
    fn weaker_old_hashes_still_verify_and_ask_to_be_upgraded() {
        let weak = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8 * 1024, 1, 1, None).unwrap());
        let stored = weak.hash_password(b"an older password").unwrap().to_string();
        assert_eq!(verify("an older password", &stored), Verification::Correct { needs_rehash: true });
    }

    /// The problem with a new password, in British English.
    fn problem(password: &str, email: &str, name: &str) -> String {
        crate::i18n::Tr::source().message(&check_new_password(password, email, name).unwrap_err())
    }

    #[test]
    fn new_passwords_need_length_and_must_not_be_common() {
        assert!(check_new_password("four random words", "a@b.org", "Amina").is_ok());
        assert_eq!(problem("", "", ""), "Enter a password");
        assert_eq!(problem("short", "", ""), "Password must be 10 characters or more");
        assert_eq!(
            problem("Password123", "", ""),
            "This password is too common. Try three or four random words together"
        );
        assert_eq!(
            problem("amina@example.org", "amina@example.org", ""),
            "Your password must not be your email address"
        );
        assert_eq!(problem("Amina Khan1", "", "amina khan1"), "Your password must not be your name");
        assert_eq!(problem(&"x".repeat(201), "", ""), "Password must be 200 characters or fewer");
        assert!(check_new_password("no rules about symbols or digits", "", "").is_ok());
    }
}
