//! The rules of the second factor, with no database: time-based codes from an authenticator app
//! (RFC 6238: 6 digits, 30-second steps, SHA-1, one step of clock drift either way), the
//! recovery codes that stand in for a lost phone, and who must pass a second step.
//!
//! Codes are made and checked by `totp-rs`; what is ours is the policy: a code is accepted once
//! (the step it matched must be later than the last one used), and a person holding a lead or
//! site-admin role has those powers only in a session that passed the second step.

use chrono::NaiveDateTime;
use totp_rs::{Builder, Secret, Totp};

use super::tokens;

/// Seconds each code lasts.
pub const STEP_SECONDS: u64 = 30;
/// Digits in a code.
pub const DIGITS: u8 = 6;
/// How many steps either side of now a code is accepted in, for a phone's clock drift and
/// for a code typed as it changes.
const SKEW_STEPS: u64 = 1;
/// Recovery codes made at once.
pub const RECOVERY_CODE_COUNT: usize = 10;
/// Characters in a recovery code (shown in two groups of five).
const RECOVERY_CODE_LENGTH: usize = 10;
/// Letters and digits a recovery code is made of: no 0/o, 1/l/i, so it can be read aloud or
/// copied from paper without doubt. 31 symbols, so 10 of them carry about 49.5 bits: far more
/// than the few guesses the throttle allows.
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A new random secret (160 bits, as RFC 4226 recommends), as the base32 text apps take.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::fill(&mut bytes);
    Secret::from(bytes.to_vec()).to_base32()
}

/// The secret with spaces every four characters, for typing into an app by hand.
pub fn grouped_secret(secret_base32: &str) -> String {
    secret_base32.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

fn totp(secret_base32: &str, account: &str, issuer: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    Builder::new()
        .with_digits(DIGITS)
        .with_step_duration(STEP_SECONDS)
        .with_skew(SKEW_STEPS as u16)
        .with_secret(secret)
        .with_account_name(account.replace(':', " "))
        .with_issuer(Some(issuer.replace(':', " ")))
        .build()
        .ok()
}

/// The `otpauth://` address a QR code carries, naming the portal and the person's address, so
/// the app lists the entry recognisably.
pub fn otpauth_url(secret_base32: &str, email: &str, issuer: &str) -> Option<String> {
    totp(secret_base32, email, issuer)?.to_url().ok()
}

fn unix_seconds(at: NaiveDateTime) -> u64 {
    at.and_utc().timestamp().max(0) as u64
}

/// The code an app shows at `at` (for the demo's printed secrets and for tests).
pub fn code_at(secret_base32: &str, at: NaiveDateTime) -> Option<String> {
    Some(totp(secret_base32, "", "smallgrants")?.generate(unix_seconds(at)).to_string())
}

/// The time step a typed code matches at `now`, if it is right and newer than `last_used_step`
/// (so a code seen over someone's shoulder cannot be used again). Two steps near each other
/// can show the same six digits (about one check in half a million), so the earliest step not
/// yet used is looked for, not the earliest that matches: otherwise a right code from the app
/// would be refused as used.
pub fn accepted_step(secret_base32: &str, code: &str, now: NaiveDateTime, last_used_step: i64) -> Option<i64> {
    let totp = totp(secret_base32, "", "smallgrants")?;
    let origin = unix_seconds(now) / STEP_SECONDS;
    let window = origin.saturating_sub(SKEW_STEPS)..=origin + SKEW_STEPS;
    window
        .filter_map(|step| i64::try_from(step).ok().filter(|step| *step > last_used_step))
        .find(|step| totp.generate(*step as u64 * STEP_SECONDS).to_string() == code)
}

/// What a person typed in the `code` field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypedCode {
    /// Six digits from the app.
    App(String),
    /// A recovery code, normalised (lower case, no spaces or dashes).
    Recovery(String),
}

/// Why a typed code cannot be checked at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    Empty,
    WrongShape,
}

/// Reads the `code` field: spaces and dashes are ignored, as apps and paper show them.
pub fn read_code(typed: &str) -> Result<TypedCode, CodeProblem> {
    let compact: String =
        typed.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_lowercase).collect();
    if compact.is_empty() {
        return Err(CodeProblem::Empty);
    }
    if compact.len() == DIGITS as usize && compact.chars().all(|c| c.is_ascii_digit()) {
        return Ok(TypedCode::App(compact));
    }
    if compact.len() == RECOVERY_CODE_LENGTH && compact.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)) {
        return Ok(TypedCode::Recovery(compact));
    }
    Err(CodeProblem::WrongShape)
}

/// A fresh set of recovery codes, as shown to the person (`abcde-fghjk`), with the hashes to
/// store.
pub fn new_recovery_codes() -> Vec<(String, String)> {
    (0..RECOVERY_CODE_COUNT)
        .map(|_| {
            let code: String = (0..RECOVERY_CODE_LENGTH)
                .map(|_| RECOVERY_ALPHABET[rand::random_range(0..RECOVERY_ALPHABET.len())] as char)
                .collect();
            let shown = format!("{}-{}", &code[..5], &code[5..]);
            (shown, hash_recovery_code(&code))
        })
        .collect()
}

/// The stored form of a normalised recovery code.
pub fn hash_recovery_code(normalised: &str) -> String {
    tokens::hash_token(&format!("recovery:{normalised}"))
}

/// How far a session may act, from what the person holds and what the session proved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionAccess {
    /// Everything the person's roles allow.
    Full,
    /// The person has an authenticator app and this session has not had a code yet: it is not
    /// signed in until it has.
    AwaitingCode,
    /// A lead or site admin without an authenticator app yet: signed in, but those roles' powers
    /// wait until they set one up.
    MustEnrol,
}

/// The one rule for every session.
pub fn session_access(has_app: bool, holds_staff_role: bool, passed_second_step: bool) -> SessionAccess {
    match (has_app, holds_staff_role, passed_second_step) {
        (_, _, true) => SessionAccess::Full,
        (true, _, false) => SessionAccess::AwaitingCode,
        (false, true, false) => SessionAccess::MustEnrol,
        (false, false, false) => SessionAccess::Full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(unix: i64) -> NaiveDateTime {
        DateTime::from_timestamp(unix, 0).unwrap().naive_utc()
    }

    /// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", last six digits.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_match_the_rfc_test_vectors() {
        assert_eq!(code_at(RFC_SECRET, at(59)).unwrap(), "287082");
        assert_eq!(code_at(RFC_SECRET, at(1_111_111_109)).unwrap(), "081804");
        assert_eq!(code_at(RFC_SECRET, at(1_234_567_890)).unwrap(), "005924");
        assert_eq!(code_at(RFC_SECRET, at(2_000_000_000)).unwrap(), "279037");
    }

    #[test]
    fn a_code_is_accepted_once_and_within_one_step_of_drift() {
        let now = at(1_234_567_890);
        let code = code_at(RFC_SECRET, now).unwrap();
        let step = accepted_step(RFC_SECRET, &code, now, 0).expect("the current code");
        assert_eq!(step, 1_234_567_890 / 30);
        assert_eq!(accepted_step(RFC_SECRET, &code, now, step), None, "the same code twice");
        let late = now + chrono::Duration::seconds(30);
        assert_eq!(accepted_step(RFC_SECRET, &code, late, 0), Some(step), "a code typed as it changes");
        let too_late = now + chrono::Duration::seconds(90);
        assert_eq!(accepted_step(RFC_SECRET, &code, too_late, 0), None);
        assert_eq!(accepted_step(RFC_SECRET, "000000", now, 0).filter(|_| code != "000000"), None);
    }

    #[test]
    fn the_next_code_is_accepted_when_it_repeats_the_one_just_used() {
        // Steps 153567 and 153569 of this secret show the same digits.
        let (used, next) = (153_567, 153_569);
        let code = code_at(RFC_SECRET, at(used * 30)).unwrap();
        assert_eq!(code_at(RFC_SECRET, at(next * 30)).unwrap(), code);
        let between = at((used + 1) * 30);
        assert_eq!(accepted_step(RFC_SECRET, &code, between, used), Some(next));
    }

    #[test]
    fn new_secrets_are_random_and_give_an_app_address() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 32, "160 bits in base32");
        let url = otpauth_url(&a, "lead@example.org", "smallgrants").unwrap();
        assert!(url.starts_with("otpauth://totp/smallgrants:lead%40example.org?"), "{url}");
        assert!(url.contains(&format!("secret={a}")), "{url}");
        assert_eq!(grouped_secret("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }

    #[test]
    fn typed_codes_are_read_generously() {
        assert_eq!(read_code(" 123 456 "), Ok(TypedCode::App("123456".into())));
        assert_eq!(read_code("ABCDE-FGHJK"), Ok(TypedCode::Recovery("abcdefghjk".into())));
        assert_eq!(read_code(""), Err(CodeProblem::Empty));
        assert_eq!(read_code("12345"), Err(CodeProblem::WrongShape));
        assert_eq!(read_code("abcde-fghj0"), Err(CodeProblem::WrongShape), "0 is not in the alphabet");
    }

    #[test]
    fn recovery_codes_are_ten_distinct_readable_codes() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODE_COUNT);
        let mut shown: Vec<&str> = codes.iter().map(|(code, _)| code.as_str()).collect();
        shown.sort_unstable();
        shown.dedup();
        assert_eq!(shown.len(), RECOVERY_CODE_COUNT);
        for (code, hash) in &codes {
            let Ok(TypedCode::Recovery(normalised)) = read_code(code) else { panic!("{code} reads back") };
            assert_eq!(&hash_recovery_code(&normalised), hash);
        }
    }

    #[test]
    fn staff_act_only_after_the_second_step_and_others_only_if_they_chose_one() {
        use SessionAccess::*;
        assert_eq!(session_access(false, false, false), Full, "an applicant without an app");
        assert_eq!(session_access(true, false, false), AwaitingCode, "an applicant who turned it on");
        assert_eq!(session_access(true, true, false), AwaitingCode);
        assert_eq!(session_access(false, true, false), MustEnrol, "a new lead");
        assert_eq!(session_access(true, true, true), Full);
        assert_eq!(session_access(true, false, true), Full);
    }
}
