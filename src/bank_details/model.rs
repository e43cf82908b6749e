//! A bank details row, and where it stands.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::bank_details;
use crate::i18n::Message;

/// One time a group gave its bank details. The details themselves are in `sealed`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = bank_details)]
pub struct BankDetailsRow {
    pub id: i64,
    pub group_id: i64,
    pub sealed: String,
    pub account_ending: String,
    pub fingerprint: String,
    pub entered_by: i64,
    pub entered_at: NaiveDateTime,
    pub confirmed_by: Option<i64>,
    pub confirmed_at: Option<NaiveDateTime>,
    /// Set when a lead confirmed them after calling the group back: who, on what number.
    pub call_back_note: String,
    pub disputed_by: Option<i64>,
    pub disputed_at: Option<NaiveDateTime>,
    pub replaced_at: Option<NaiveDateTime>,
    /// The host organisation that gave them, when the group is paid through one.
    pub host_id: Option<i64>,
}

/// Where a group's current bank details stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Given, not yet checked by a second person: payments are held.
    Waiting,
    /// Checked by a second member or confirmed by a lead after a call back.
    Confirmed,
    /// A member said they are not the group's: payments are held until new ones are checked.
    Disputed,
}

impl BankDetailsRow {
    pub fn standing(&self) -> Standing {
        match (self.disputed_at, self.confirmed_at) {
            (Some(_), _) => Standing::Disputed,
            (None, Some(_)) => Standing::Confirmed,
            (None, None) => Standing::Waiting,
        }
    }

    /// `••••1234`.
    pub fn masked_number(&self) -> String {
        super::rules::masked_ending(&self.account_ending)
    }

    /// Whether a lead confirmed them on the phone (rather than a second member online).
    pub fn confirmed_by_call_back(&self) -> bool {
        !self.call_back_note.is_empty()
    }
}

/// What sealed texts of a group's bank details are bound to.
pub fn seal_context(group_id: i64) -> String {
    format!("bank_details:group:{group_id}")
}

/// Why payments to a group are held, if they are: its current details are not confirmed.
/// A group that has given none is paid some other way the lead knows of, and is not held.
pub fn payments_held_because(current: Option<&BankDetailsRow>) -> Option<Message> {
    let row = current?;
    match row.standing() {
        Standing::Confirmed => None,
        Standing::Waiting => Some(Message::new("bank-held-waiting").arg("date", row.entered_at.date())),
        Standing::Disputed => Some(Message::new("bank-held-disputed")),
    }
}
