//! The one place that decides who may do what. Handlers name the [`Action`] they are about to
//! take and ask [`Roles::may`]; pages ask the same question to decide which links to show.
//!
//! Decisions that depend on data beyond roles (is this person a member of that group? is this
//! bid assigned to this panel member?) are made by the domain module that owns the data, and
//! those modules call back here for the role part.

use super::model::{ProgrammeRole, RoleGrant};

/// Everything the portal knows about a person's rights.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles {
    pub person_id: i64,
    pub site_admin: bool,
    /// Keeps the community directory current (site-wide).
    pub directory_editor: bool,
    pub grants: Vec<RoleGrant>,
}

/// Something a person may or may not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Find people, change their roles, disable accounts.
    ManageUsers,
    /// Create a programme and appoint its first leads.
    CreateProgramme,
    /// Write the installation's privacy notice and accessibility statement.
    EditNotices,
    /// Change a programme, its pots and rounds, screen and decide bids, record payments, see
    /// its reports.
    ManageProgramme(i64),
    /// Score bids assigned to them in this programme.
    ReviewInProgramme(i64),
    /// Start and edit bids with groups in this programme.
    AssistInProgramme(i64),
    /// Approve, edit and hide the community directory's listings.
    EditDirectory,
    /// Add and rename the community directory's categories (the site admin's list).
    EditDirectoryCategories,
    /// Set the columns of the payment file for the finance system (the site admin's choice).
    SetPaymentFileLayout,
}

impl Roles {
    /// Someone with no roles (an applicant, or a visitor).
    pub fn none(person_id: i64) -> Roles {
        Roles { person_id, ..Roles::default() }
    }

    pub fn has(&self, programme_id: i64, role: ProgrammeRole) -> bool {
        self.grants.iter().any(|grant| grant.programme_id == programme_id && grant.role == role)
    }

    /// The programmes in which this person holds `role`.
    pub fn programmes_with(&self, role: ProgrammeRole) -> Vec<i64> {
        let mut ids: Vec<i64> = self.grants.iter().filter(|g| g.role == role).map(|g| g.programme_id).collect();
        ids.dedup();
        ids
    }

    pub fn is_lead_anywhere(&self) -> bool {
        self.grants.iter().any(|g| g.role == ProgrammeRole::Lead)
    }

    pub fn is_panel_member_anywhere(&self) -> bool {
        self.grants.iter().any(|g| g.role == ProgrammeRole::Panel)
    }

    pub fn is_connector_anywhere(&self) -> bool {
        self.grants.iter().any(|g| g.role == ProgrammeRole::Connector)
    }

    /// Whether the person decides where money goes or who may do what (a lead anywhere, or a
    /// site admin): such people must pass a second step at sign-in to use those powers.
    pub fn holds_staff_role(&self) -> bool {
        self.site_admin || self.is_lead_anywhere()
    }

    /// The same person without the lead and site-admin powers, for a session that has not
    /// passed the second step: every check and every page then treats them as neither.
    pub fn without_staff_powers(&self) -> Roles {
        Roles {
            person_id: self.person_id,
            site_admin: false,
            directory_editor: self.directory_editor,
            grants: self.grants.iter().filter(|g| g.role != ProgrammeRole::Lead).cloned().collect(),
        }
    }

    /// Site admins look after the instance, so they may do what a lead may do anywhere (every
    /// such change is audited with their name); they do not score bids or apply for groups.
    pub fn may(&self, action: Action) -> bool {
        match action {
            Action::ManageUsers | Action::CreateProgramme | Action::EditNotices => self.site_admin,
            Action::ManageProgramme(programme) => self.site_admin || self.has(programme, ProgrammeRole::Lead),
            Action::ReviewInProgramme(programme) => self.has(programme, ProgrammeRole::Panel),
            Action::AssistInProgramme(programme) => self.has(programme, ProgrammeRole::Connector),
            Action::EditDirectory => self.site_admin || self.directory_editor,
            Action::EditDirectoryCategories | Action::SetPaymentFileLayout => self.site_admin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(programme_id: i64, role: ProgrammeRole) -> RoleGrant {
        RoleGrant { id: 0, programme_id, programme_name: format!("P{programme_id}"), role, lived_experience: false }
    }

    #[test]
    fn a_lead_manages_only_their_own_programme() {
        let lead = Roles {
            person_id: 1,
            site_admin: false,
            directory_editor: false,
            grants: vec![grant(7, ProgrammeRole::Lead)],
        };
        assert!(lead.may(Action::ManageProgramme(7)));
        assert!(!lead.may(Action::ManageProgramme(8)));
        assert!(!lead.may(Action::ManageUsers));
        assert!(!lead.may(Action::CreateProgramme));
        assert!(!lead.may(Action::ReviewInProgramme(7)), "leading is not scoring");
    }

    #[test]
    fn panel_members_and_connectors_act_only_where_granted() {
        let person = Roles {
            person_id: 2,
            site_admin: false,
            directory_editor: false,
            grants: vec![grant(7, ProgrammeRole::Panel), grant(8, ProgrammeRole::Connector)],
        };
        assert!(person.may(Action::ReviewInProgramme(7)));
        assert!(!person.may(Action::ReviewInProgramme(8)));
        assert!(person.may(Action::AssistInProgramme(8)));
        assert!(!person.may(Action::AssistInProgramme(7)));
        assert!(!person.may(Action::ManageProgramme(7)));
    }

    #[test]
    fn site_admins_manage_everything_but_do_not_score_or_assist() {
        let admin = Roles { person_id: 3, site_admin: true, directory_editor: false, grants: vec![] };
        assert!(admin.may(Action::ManageUsers));
        assert!(admin.may(Action::CreateProgramme));
        assert!(admin.may(Action::ManageProgramme(99)));
        assert!(!admin.may(Action::ReviewInProgramme(99)));
        assert!(!admin.may(Action::AssistInProgramme(99)));
    }

    #[test]
    fn without_staff_powers_a_lead_and_admin_keeps_only_panel_and_connector_roles() {
        let person = Roles {
            person_id: 5,
            site_admin: true,
            directory_editor: false,
            grants: vec![grant(7, ProgrammeRole::Lead), grant(8, ProgrammeRole::Panel)],
        };
        assert!(person.holds_staff_role());
        let limited = person.without_staff_powers();
        assert!(!limited.holds_staff_role());
        assert!(!limited.may(Action::ManageProgramme(7)));
        assert!(!limited.may(Action::ManageUsers));
        assert!(limited.may(Action::ReviewInProgramme(8)));
        assert!(!Roles { grants: vec![grant(8, ProgrammeRole::Panel)], ..Roles::none(6) }.holds_staff_role());
    }

    #[test]
    fn someone_without_roles_may_do_none_of_it() {
        let applicant = Roles::none(4);
        for action in [
            Action::ManageUsers,
            Action::CreateProgramme,
            Action::ManageProgramme(1),
            Action::ReviewInProgramme(1),
            Action::AssistInProgramme(1),
        ] {
            assert!(!applicant.may(action), "{action:?}");
        }
    }
}
