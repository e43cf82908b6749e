//! Bid and file rows.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::lifecycle::BidState;
use super::video::{self, VideoLink};
use crate::db::schema::{bid_eligibility_answers, bid_files, bids};
use crate::i18n::Tr;
use crate::money::Pence;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = bids)]
pub struct Bid {
    pub id: i64,
    pub round_id: i64,
    pub group_id: i64,
    /// `SG-2027-0042`, given when first sent.
    pub reference: Option<String>,
    /// Read through the lifecycle's own names: a value it does not know is an error, never a
    /// guess (see `BidState::try_from`).
    #[diesel(deserialize_as = String)]
    pub state: BidState,
    pub title: String,
    pub summary: String,
    pub amount_requested_pence: Option<i64>,
    /// What the money pays for.
    pub purpose: String,
    pub video_url: String,
    pub need: String,
    pub reach: String,
    pub impact: String,
    /// The community connector who helped, if any.
    pub assisted_by: Option<i64>,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
    pub returned_at: Option<NaiveDateTime>,
    /// The lead's question when the bid was returned.
    pub return_note: String,
    pub confirmed_by_group_at: Option<NaiveDateTime>,
    pub version: i32,
    /// The lead's words with a decision: why it is not eligible, or feedback when declined.
    pub decision_note: String,
    /// The language the bid is written or recorded in (see `bids::language`).
    pub language: String,
    /// The language's name, when the group chose "another language".
    pub language_other: String,
    /// The parts of the case the video or recording tells (`need`, `reach`, `impact`, comma
    /// separated): see [`Bid::told_in_recording`].
    pub recording_covers: String,
}

/// The three parts of the case, as stored in `recording_covers`.
pub const CASE_PARTS: [&str; 3] = ["need", "reach", "impact"];

#[cfg(test)]
impl Bid {
    /// A draft, "Walk and talk", asking for £2,500, made at `at`: for tests, which change what
    /// they need with `Bid { …, ..Bid::sample(at) }`.
    pub fn sample(at: chrono::NaiveDateTime) -> Bid {
        Bid {
            id: 1,
            round_id: 1,
            group_id: 1,
            reference: None,
            state: BidState::Draft,
            title: "Walk and talk".into(),
            summary: "Weekly walks".into(),
            amount_requested_pence: Some(250_000),
            purpose: "A walk leader".into(),
            video_url: String::new(),
            need: String::new(),
            reach: String::new(),
            impact: String::new(),
            assisted_by: None,
            created_by: 1,
            created_at: at,
            updated_at: at,
            submitted_at: None,
            returned_at: None,
            return_note: String::new(),
            confirmed_by_group_at: None,
            version: 1,
            decision_note: String::new(),
            language: "en".into(),
            language_other: String::new(),
            recording_covers: CASE_PARTS.join(","),
        }
    }
}

impl Bid {
    /// Whether the video or recording tells this part of the case (`need`, `reach` or
    /// `impact`), as the group said.
    pub fn told_in_recording(&self, part: &str) -> bool {
        self.recording_covers.split(',').any(|covered| covered == part)
    }

    pub fn amount(&self) -> Option<Pence> {
        self.amount_requested_pence.map(Pence)
    }

    pub fn video(&self) -> Option<VideoLink> {
        if self.video_url.is_empty() { None } else { video::parse(&self.video_url).ok() }
    }

    /// What the bid is called on lists: its title, or a placeholder in the reader's language
    /// for an untitled draft.
    pub fn display_title(&self, tr: Tr) -> String {
        display_title(&self.title, tr)
    }
}

/// A bid's `title` as lists show it: the title, or a placeholder in the reader's language for an
/// untitled draft.
pub fn display_title(title: &str, tr: Tr) -> String {
    if title.is_empty() { tr.t("bids-untitled") } else { title.to_string() }
}

/// Whether a stored file is the bid's recording or a supporting file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Recording,
    Attachment,
}

impl FileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Recording => "recording",
            FileKind::Attachment => "attachment",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = bid_files)]
pub struct BidFile {
    pub id: i64,
    pub bid_id: i64,
    pub kind: String,
    #[serde(skip)]
    pub storage_key: String,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub uploaded_by: i64,
    pub uploaded_at: NaiveDateTime,
    pub deleted_at: Option<NaiveDateTime>,
}

impl BidFile {
    pub fn is_recording(&self) -> bool {
        self.kind == FileKind::Recording.as_str()
    }
}

/// An answer to an eligibility question, kept with the bid when it started, with the question
/// as the group read it then.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = bid_eligibility_answers)]
pub struct EligibilityAnswer {
    pub bid_id: i64,
    pub question_id: i64,
    /// `yes` or `no`.
    pub answer: String,
    pub question_text: String,
}

impl EligibilityAnswer {
    pub fn answer(&self) -> Option<crate::rounds::eligibility::Answer> {
        crate::rounds::eligibility::Answer::parse(&self.answer)
    }
}
