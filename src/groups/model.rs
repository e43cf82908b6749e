//! Group, member, invitation and equality rows.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{community_groups, group_equality, group_invitations, group_members};

/// The kinds of group the portal knows, from the smallest to the most formal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    Unregistered,
    Faith,
    Charity,
    Cio,
    Cic,
    CommunityBenefitSociety,
    SocialEnterprise,
    Other,
}

impl GroupKind {
    pub const ALL: [GroupKind; 8] = [
        GroupKind::Unregistered,
        GroupKind::Faith,
        GroupKind::Charity,
        GroupKind::Cio,
        GroupKind::Cic,
        GroupKind::CommunityBenefitSociety,
        GroupKind::SocialEnterprise,
        GroupKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::Unregistered => "unregistered",
            GroupKind::Faith => "faith",
            GroupKind::Charity => "charity",
            GroupKind::Cio => "cio",
            GroupKind::Cic => "cic",
            GroupKind::CommunityBenefitSociety => "community_benefit_society",
            GroupKind::SocialEnterprise => "social_enterprise",
            GroupKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<GroupKind> {
        GroupKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The key of the kind's name as groups read it (`groups-kind-…` in `groups.ftl`).
    pub fn label_key(self) -> &'static str {
        match self {
            GroupKind::Unregistered => "groups-kind-unregistered",
            GroupKind::Faith => "groups-kind-faith",
            GroupKind::Charity => "groups-kind-charity",
            GroupKind::Cio => "groups-kind-cio",
            GroupKind::Cic => "groups-kind-cic",
            GroupKind::CommunityBenefitSociety => "groups-kind-community-benefit-society",
            GroupKind::SocialEnterprise => "groups-kind-social-enterprise",
            GroupKind::Other => "groups-kind-other",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = community_groups)]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub charity_number: String,
    pub company_number: String,
    pub area: String,
    pub postcode: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Group {
    pub fn kind(&self) -> Option<GroupKind> {
        GroupKind::parse(&self.kind)
    }

    /// The key of the group's kind as people read it ("Faith group").
    pub fn kind_label_key(&self) -> &'static str {
        self.kind().unwrap_or(GroupKind::Other).label_key()
    }
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = group_members)]
pub struct Member {
    pub id: i64,
    pub group_id: i64,
    pub person_id: i64,
    pub is_connector: bool,
    pub added_by: Option<i64>,
    pub added_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = group_invitations)]
pub struct Invitation {
    pub id: i64,
    pub group_id: i64,
    pub email: String,
    pub token_hash: String,
    pub invited_by: i64,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub accepted_at: Option<NaiveDateTime>,
    pub accepted_by: Option<i64>,
}

/// A group's answers to the voluntary equality questions.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset, serde::Serialize)]
#[diesel(table_name = group_equality)]
pub struct Equality {
    pub group_id: i64,
    pub leadership_status: String,
    pub leadership_codes: String,
    pub leadership_note: String,
    pub beneficiaries_status: String,
    pub beneficiaries_codes: String,
    pub beneficiaries_note: String,
    pub updated_by: Option<i64>,
    pub updated_at: NaiveDateTime,
}

impl Equality {
    pub fn leadership_codes(&self) -> Vec<&str> {
        split_codes(&self.leadership_codes)
    }

    pub fn beneficiaries_codes(&self) -> Vec<&str> {
        split_codes(&self.beneficiaries_codes)
    }
}

/// The codes of a comma-separated list, as equality answers and the profiles kept with bids
/// store them.
pub fn split_codes(text: &str) -> Vec<&str> {
    text.split(',').map(str::trim).filter(|c| !c.is_empty()).collect()
}
