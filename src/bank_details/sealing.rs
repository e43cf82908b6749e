//! Bank details are kept sealed: encrypted with the data key (AES-256-GCM) so a copy of the
//! database, a backup or a log of its rows gives no one an account number. Each sealed text
//! names the key that sealed it, so the key can be changed: the new key seals, the old ones
//! still open what they sealed until `smallgrants reseal` has sealed it again with the new one
//! (see the README's "Bank details and the data key").
//!
//! Sealed texts are bound to the group they belong to (the AES-GCM associated data), so a
//! sealed text copied into another group's row does not open.
//!
//! The same account behind two groups is found without opening anything: each row keeps a
//! fingerprint of its sort code and account number, a keyed hash (HMAC-SHA-256) that cannot be
//! turned back into the number.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Bytes in a data key.
pub const KEY_BYTES: usize = 32;
/// Bytes of the random nonce sealed with each text.
const NONCE_BYTES: usize = 12;
/// The format of a sealed text, its first field.
const FORMAT: &str = "v1";

/// Why a sealed text did not open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("sealed with key {0}, which is not configured (SMALLGRANTS_PREVIOUS_DATA_KEYS)")]
    UnknownKey(String),
    #[error("the sealed text is damaged or belongs to another record")]
    Damaged,
}

/// One data key and the short id sealed texts name it by.
#[derive(Clone)]
struct DataKey {
    id: String,
    cipher: Aes256Gcm,
    fingerprint_key: [u8; 32],
}

impl DataKey {
    fn new(bytes: &[u8; KEY_BYTES]) -> DataKey {
        let digest = Sha256::digest(bytes);
        let id = hex::encode(&digest[..4]);
        // The fingerprint key is derived from, not equal to, the sealing key.
        let fingerprint_key: [u8; 32] =
            Sha256::new().chain_update(b"smallgrants fingerprint").chain_update(bytes).finalize().into();
        DataKey { id, cipher: Aes256Gcm::new(bytes.into()), fingerprint_key }
    }
}

/// The key that seals, and the earlier keys that may still open.
#[derive(Clone)]
pub struct DataKeys {
    current: DataKey,
    previous: Vec<DataKey>,
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DataKeys").field("current", &self.current.id).finish_non_exhaustive()
    }
}

impl DataKeys {
    pub fn new(current: &[u8; KEY_BYTES], previous: &[[u8; KEY_BYTES]]) -> DataKeys {
        DataKeys { current: DataKey::new(current), previous: previous.iter().map(DataKey::new).collect() }
    }

    /// The id of the key that seals now.
    pub fn current_id(&self) -> &str {
        &self.current.id
    }

    /// Seals `plain` for the record named by `context` (e.g. `group:12`).
    pub fn seal(&self, plain: &[u8], context: &str) -> String {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::fill(&mut nonce);
        let sealed = self
            .current
            .cipher
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain, aad: context.as_bytes() })
            .expect("AES-GCM seals any text shorter than 64 GB");
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        format!("{FORMAT}:{}:{}", self.current.id, STANDARD_NO_PAD.encode(bytes))
    }

    /// Opens a sealed text of the record named by `context`.
    pub fn open(&self, sealed: &str, context: &str) -> Result<Vec<u8>, SealError> {
        let mut parts = sealed.splitn(3, ':');
        let (Some(FORMAT), Some(id), Some(body)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(SealError::Damaged);
        };
        let key = self.key(id).ok_or_else(|| SealError::UnknownKey(id.to_string()))?;
        let bytes = STANDARD_NO_PAD.decode(body).map_err(|_| SealError::Damaged)?;
        if bytes.len() < NONCE_BYTES {
            return Err(SealError::Damaged);
        }
        let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
        key.cipher
            .decrypt(Nonce::from_slice(nonce), Payload { msg: sealed, aad: context.as_bytes() })
            .map_err(|_| SealError::Damaged)
    }

    /// Whether a sealed text was sealed with an earlier key (and should be sealed again).
    pub fn sealed_with_old_key(&self, sealed: &str) -> bool {
        sealed.split(':').nth(1).is_some_and(|id| id != self.current.id)
    }

    /// A keyed hash of `text` under the current key: equal texts give equal fingerprints.
    pub fn fingerprint(&self, text: &str) -> String {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.current.fingerprint_key).expect("HMAC takes any key length");
        mac.update(text.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    fn key(&self, id: &str) -> Option<&DataKey> {
        std::iter::once(&self.current).chain(&self.previous).find(|key| key.id == id)
    }
}

/// Reads a key given as 64 hex digits.
pub fn parse_key(text: &str) -> Option<[u8; KEY_BYTES]> {
    hex::decode(text.trim()).ok()?.try_into().ok()
}

/// A new random key.
pub fn new_key() -> [u8; KEY_BYTES] {
    let mut bytes = [0u8; KEY_BYTES];
    rand::fill(&mut bytes);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(current: u8, previous: &[u8]) -> DataKeys {
        let previous: Vec<[u8; 32]> = previous.iter().map(|b| [*b; 32]).collect();
        DataKeys::new(&[current; 32], &previous)
    }

    #[test]
    fn a_sealed_text_opens_only_for_its_own_record() {
        let keys = keys(1, &[]);
        let sealed = keys.seal(b"30945712345678", "group:7");
        assert!(!sealed.contains("12345678"), "{sealed}");
        assert_eq!(keys.open(&sealed, "group:7").unwrap(), b"30945712345678");
        assert_eq!(keys.open(&sealed, "group:8"), Err(SealError::Damaged), "moved to another group");
        assert_ne!(keys.seal(b"same", "group:7"), keys.seal(b"same", "group:7"), "a fresh nonce each time");
    }

    #[test]
    fn old_keys_open_what_they_sealed_until_it_is_sealed_again() {
        let old = keys(1, &[]);
        let sealed = old.seal(b"details", "group:1");
        let rotated = keys(2, &[1]);
        assert!(rotated.sealed_with_old_key(&sealed));
        assert_eq!(rotated.open(&sealed, "group:1").unwrap(), b"details");
        let resealed = rotated.seal(b"details", "group:1");
        assert!(!rotated.sealed_with_old_key(&resealed));
        let forgotten = keys(2, &[]);
        assert!(matches!(forgotten.open(&sealed, "group:1"), Err(SealError::UnknownKey(_))));
    }

    #[test]
    fn damaged_texts_are_refused_not_panicked_on() {
        let keys = keys(1, &[]);
        let sealed = keys.seal(b"details", "group:1");
        let mut flipped = sealed.clone().into_bytes();
        let last = flipped.len() - 2;
        flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
        for bad in ["", "v1", "v1:x:", &format!("v2{}", &sealed[2..]), std::str::from_utf8(&flipped).unwrap()] {
            assert!(keys.open(bad, "group:1").is_err(), "{bad}");
        }
    }

    #[test]
    fn fingerprints_match_for_the_same_account_and_depend_on_the_key() {
        let keys_one = keys(1, &[]);
        assert_eq!(keys_one.fingerprint("309457:12345678"), keys_one.fingerprint("309457:12345678"));
        assert_ne!(keys_one.fingerprint("309457:12345678"), keys_one.fingerprint("309457:12345679"));
        assert_ne!(keys_one.fingerprint("309457:12345678"), keys(2, &[]).fingerprint("309457:12345678"));
        assert!(!keys_one.fingerprint("309457:12345678").contains("12345678"));
    }

    #[test]
    fn keys_are_read_from_64_hex_digits() {
        assert_eq!(parse_key(&"ab".repeat(32)), Some([0xab; 32]));
        assert_eq!(parse_key("abcd"), None);
        assert_eq!(parse_key(&"zz".repeat(32)), None);
    }
}
