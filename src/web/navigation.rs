//! The header navigation: only the links a person may use.

use crate::accounts::{Action, Roles};

/// A link in the header navigation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NavLink {
    pub href: &'static str,
    /// The message key of the link's words.
    pub label: &'static str,
}

pub fn links_for(roles: Option<&Roles>) -> Vec<NavLink> {
    let Some(roles) = roles else {
        return vec![
            NavLink { href: "/", label: "nav-funding-rounds" },
            NavLink { href: "/login", label: "nav-sign-in" },
            NavLink { href: "/register", label: "nav-register" },
        ];
    };
    // The front door says what it holds: a group's bids, or a panel member's or lead's work.
    let has_work =
        roles.site_admin || roles.directory_editor || roles.is_lead_anywhere() || roles.is_panel_member_anywhere();
    let dashboard = if has_work { "nav-dashboard-work" } else { "nav-dashboard" };
    let mut links = vec![NavLink { href: "/dashboard", label: dashboard }];
    if roles.is_panel_member_anywhere() {
        links.push(NavLink { href: "/panel", label: "nav-panel" });
    }
    if roles.site_admin || roles.is_lead_anywhere() {
        links.push(NavLink { href: "/manage/programmes", label: "nav-programmes" });
    }
    if roles.may(Action::EditDirectory) {
        links.push(NavLink { href: "/directory/review", label: "nav-directory-review" });
    }
    if roles.may(Action::ManageUsers) {
        links.push(NavLink { href: "/manage/users", label: "nav-people" });
    }
    links.push(NavLink { href: "/account", label: "nav-account" });
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{ProgrammeRole, RoleGrant};

    fn hrefs(roles: Option<&Roles>) -> Vec<&'static str> {
        links_for(roles).into_iter().map(|l| l.href).collect()
    }

    #[test]
    fn each_person_sees_only_what_they_may_use() {
        assert_eq!(hrefs(None), ["/", "/login", "/register"]);
        assert_eq!(hrefs(Some(&Roles::none(1))), ["/dashboard", "/account"]);
        let panel = Roles {
            person_id: 2,
            site_admin: false,
            directory_editor: false,
            grants: vec![RoleGrant {
                id: 1,
                programme_id: 1,
                programme_name: "P".into(),
                role: ProgrammeRole::Panel,
                lived_experience: true,
            }],
        };
        assert_eq!(hrefs(Some(&panel)), ["/dashboard", "/panel", "/account"]);
        let admin = Roles { person_id: 3, site_admin: true, directory_editor: false, grants: vec![] };
        assert_eq!(
            hrefs(Some(&admin)),
            ["/dashboard", "/manage/programmes", "/directory/review", "/manage/users", "/account"]
        );
        let editor = Roles { person_id: 4, directory_editor: true, ..Roles::default() };
        assert_eq!(hrefs(Some(&editor)), ["/dashboard", "/directory/review", "/account"]);
        let front_door = |roles: &Roles| links_for(Some(roles))[0].label;
        assert_eq!(front_door(&Roles::none(1)), "nav-dashboard", "a group's bids");
        assert_eq!((front_door(&panel), front_door(&admin)), ("nav-dashboard-work", "nav-dashboard-work"));
    }
}
