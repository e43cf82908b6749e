//! The programme's measures and the answers a report keeps.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{programme_measures, report_answers};

/// What kind of answer a measure asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MeasureKind {
    /// A whole number, 0 to [`super::rules::MAX_NUMBER`]: summed in the lead's report.
    Number,
    /// Yes or no: the yes answers are counted.
    YesNo,
    /// A few words ([`super::rules::MAX_WORDS`] characters at most): listed per grant.
    Words,
}

impl MeasureKind {
    pub const ALL: [MeasureKind; 3] = [MeasureKind::Number, MeasureKind::YesNo, MeasureKind::Words];

    /// The word stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            MeasureKind::Number => "number",
            MeasureKind::YesNo => "yes_no",
            MeasureKind::Words => "words",
        }
    }

    pub fn parse(text: &str) -> Option<MeasureKind> {
        MeasureKind::ALL.into_iter().find(|kind| kind.key() == text)
    }

    /// The key of its name for the lead.
    pub fn label_key(self) -> &'static str {
        match self {
            MeasureKind::Number => "measures-kind-number",
            MeasureKind::YesNo => "measures-kind-yes-no",
            MeasureKind::Words => "measures-kind-words",
        }
    }

    /// A stored kind. A word the portal never wrote (only a hand-edited row could hold one)
    /// is read as a few words: shown as typed, never summed.
    pub fn stored(text: &str) -> MeasureKind {
        MeasureKind::parse(text).unwrap_or(MeasureKind::Words)
    }
}

/// The national measure a programme's measure counts toward: a short fixed list, and "other"
/// with the lead's own words for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NationalMeasure {
    /// NHS England: people accessing community mental health support.
    NhsCommunityMentalHealthAccess,
    /// People receiving two or more contacts.
    TwoOrMoreContacts,
    /// People new to support.
    NewToSupport,
    /// Another national measure, named in `national_other`.
    Other,
}

impl NationalMeasure {
    pub const ALL: [NationalMeasure; 4] = [
        NationalMeasure::NhsCommunityMentalHealthAccess,
        NationalMeasure::TwoOrMoreContacts,
        NationalMeasure::NewToSupport,
        NationalMeasure::Other,
    ];

    /// The word stored in the database; a measure that counts toward none stores "".
    pub fn key(self) -> &'static str {
        match self {
            NationalMeasure::NhsCommunityMentalHealthAccess => "nhs_cmh_access",
            NationalMeasure::TwoOrMoreContacts => "two_contacts",
            NationalMeasure::NewToSupport => "new_to_support",
            NationalMeasure::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<NationalMeasure> {
        NationalMeasure::ALL.into_iter().find(|national| national.key() == text)
    }

    /// The key of its name for the lead.
    pub fn label_key(self) -> &'static str {
        match self {
            NationalMeasure::NhsCommunityMentalHealthAccess => "measures-national-nhs-cmh-access",
            NationalMeasure::TwoOrMoreContacts => "measures-national-two-contacts",
            NationalMeasure::NewToSupport => "measures-national-new-to-support",
            NationalMeasure::Other => "measures-national-other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = programme_measures)]
pub struct Measure {
    pub id: i64,
    pub programme_id: i64,
    /// The order the report asks the measures in, 1 first.
    pub position: i32,
    /// The question in the community's words.
    pub wording: String,
    /// `MeasureKind::key`.
    pub kind: String,
    /// `NationalMeasure::key`, or "" when it counts toward none.
    pub national: String,
    pub national_other: String,
    /// Retired measures are no longer asked; old reports still show and sum their answers.
    pub retired_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Measure {
    pub fn question(&self) -> Question {
        Question {
            measure_id: self.id,
            position: self.position,
            wording: self.wording.clone(),
            kind: MeasureKind::stored(&self.kind),
            national: NationalMeasure::parse(&self.national),
            national_other: self.national_other.clone(),
        }
    }

    pub fn is_retired(&self) -> bool {
        self.retired_at.is_some()
    }
}

/// One question a report asks: a measure as it reads when the report is sent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Question {
    pub measure_id: i64,
    pub position: i32,
    pub wording: String,
    pub kind: MeasureKind,
    pub national: Option<NationalMeasure>,
    pub national_other: String,
}

impl Question {
    /// The form field that answers it.
    pub fn field(&self) -> String {
        format!("measure-{}", self.measure_id)
    }
}

/// A report's answer, with the question as it was asked.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = report_answers)]
pub struct ReportAnswer {
    pub id: i64,
    pub report_id: i64,
    pub measure_id: i64,
    pub position: i32,
    pub wording: String,
    pub kind: String,
    pub national: String,
    pub national_other: String,
    pub number_answer: Option<i64>,
    pub yes_answer: Option<bool>,
    pub words_answer: String,
}

impl ReportAnswer {
    pub fn question(&self) -> Question {
        Question {
            measure_id: self.measure_id,
            position: self.position,
            wording: self.wording.clone(),
            kind: MeasureKind::stored(&self.kind),
            national: NationalMeasure::parse(&self.national),
            national_other: self.national_other.clone(),
        }
    }

    /// The answer as the form shows it again.
    pub fn typed(&self) -> String {
        match MeasureKind::stored(&self.kind) {
            MeasureKind::Number => self.number_answer.map(|n| n.to_string()).unwrap_or_default(),
            MeasureKind::YesNo => match self.yes_answer {
                Some(true) => "yes".to_string(),
                Some(false) => "no".to_string(),
                None => String::new(),
            },
            MeasureKind::Words => self.words_answer.clone(),
        }
    }
}
