//! Who runs a programme and how to reach a person there, in the three sizes groups meet it: a
//! line on a round's card, a panel on the programme's pages (round, bid, "sent"), and the
//! footer of every page within the programme.

use maud::{Markup, html};

use crate::i18n::Tr;
use crate::programmes::Team;

/// A `tel:` link for a number as the team typed it ("0121 496 0000"): digits and a leading +,
/// without the "(0)" written inside international numbers, which is not dialled.
pub fn phone_href(phone: &str) -> String {
    let digits: String = phone.replace("(0)", "").chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// The team's email address and phone number as links, with the hours someone answers.
fn ways_to_reach(tr: Tr, team: &Team) -> Markup {
    html! {
        @if !team.email.is_empty() {
            li { (tr.t("team-email")) " " a href={ "mailto:" (team.email) } { (team.email) } }
        }
        @if !team.phone.is_empty() {
            li {
                (tr.t("team-phone")) " " a href=(phone_href(&team.phone)) { bdi { (team.phone) } }
                @if !team.hours.is_empty() { " " span dir="auto" { "(" (team.hours) ")" } }
            }
        }
    }
}

/// "Run by <team> for <funder>", or "Run by <funder>" when the team is the funder.
fn run_by(tr: Tr, team: &Team) -> String {
    if team.name == team.funder_name {
        crate::t!(tr, "team-run-by-funder", funder = team.funder_name.as_str())
    } else {
        crate::t!(tr, "team-run-by", team = team.name.as_str(), funder = team.funder_name.as_str())
    }
}

/// One line on a round's card on the home page.
pub fn card_line(tr: Tr, team: &Team) -> Markup {
    html! {
        p class="body-s round-card__team" {
            span dir="auto" { (run_by(tr, team)) }
            @if !team.email.is_empty() {
                " · " a href={ "mailto:" (team.email) } { (team.email) }
            }
            @if !team.phone.is_empty() {
                " · " a href=(phone_href(&team.phone)) { bdi { (team.phone) } }
            }
        }
    }
}

/// The panel on a programme's pages: who runs it and how to reach a person, with the logo.
pub fn panel(tr: Tr, team: &Team) -> Markup {
    html! {
        section class="team-panel" aria-labelledby="team-panel-heading" {
            @if team.has_logo {
                img class="team-panel__logo" src=(logo_path(team)) alt="" width="160" height="64";
            }
            h2 class="heading-s" id="team-panel-heading" { (tr.t("team-panel-heading")) }
            p class="body" dir="auto" { (run_by(tr, team)) }
            ul class="list team-panel__ways" { (ways_to_reach(tr, team)) }
        }
    }
}

/// Where the programme's logo is served.
pub fn logo_path(team: &Team) -> String {
    format!("/programmes/{}/logo", team.programme_slug)
}

/// The footer's part for a page within the programme.
pub fn footer(tr: Tr, team: &Team) -> Markup {
    html! {
        div class="site-footer__team" {
            p {
                strong dir="auto" { (team.programme_name) } " – " span dir="auto" { (run_by(tr, team)) }
            }
            ul class="site-footer__links" {
                (ways_to_reach(tr, team))
                li { a href={ "/programmes/" (team.programme_slug) "/privacy" } { (tr.t("team-privacy-link")) } }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_keep_only_what_a_phone_dials() {
        assert_eq!(phone_href("0121 496 0000"), "tel:01214960000");
        assert_eq!(phone_href("+44 (0)121 496-0000"), "tel:+441214960000");
    }
}
