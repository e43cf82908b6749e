//! Counting the groups that have never applied, apart from the database.
//!
//! Decisions, for leads and readers of the code:
//! - **Never applied** means never *sent* a bid to any round of the programme: a draft never
//!   sent, or withdrawn unsent, is not applying. A bid to another programme does not count.
//! - **Area**: the programme's own areas the group's postcode lies in (several when the lead's
//!   lists overlap); otherwise the group's typed area, as the lead mapped it or when it is the
//!   name of one of the programme's areas; otherwise the typed area itself; otherwise "area not
//!   given".
//! - **Self-description**: the group's current answer about who leads it, each DEI code counted
//!   under its category (`DEI010110` "African" under `DEI010100` "Black / African / Caribbean /
//!   Black British"), so "no Black-led group" can be seen; "not answered" and "prefer not to
//!   say" are rows of their own.
//! - **Privacy.** Groups were told their equality answers are "never shown to the panel" and
//!   appear "only as totals", "so nobody can be picked out" (`groups-equality-why`, the privacy
//!   notice). So a lead never sees one group's answers: the list of groups shows name, kind and
//!   area only and is never narrowed by self-description; self-description is shown only as
//!   counts, and a count is hidden when it could pick groups out because the groups counted
//!   are few (1 to 4 have the description) or nearly all of those listed have it (fewer than 5
//!   do not), since the names are on the same page; "none" is shown only among 5 or more.
//!   Choosing a self-description shows how many in each area have it, under the same rule; it
//!   never filters the names.

use crate::groups::dei;
use crate::reports::equity::SMALLEST_SHOWN;

/// Where a group is, as the page counts it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AreaLabel {
    /// One of the programme's areas, or an area as the group typed it.
    Named(String),
    NotGiven,
}

impl AreaLabel {
    /// The value of the page's `area` filter: the name, or `-` for "not given" (an area typed
    /// as a lone dash would be filtered with it, which says the same).
    pub fn param(&self) -> String {
        match self {
            AreaLabel::Named(name) => name.clone(),
            AreaLabel::NotGiven => NOT_GIVEN_PARAM.to_string(),
        }
    }

    pub fn from_param(text: &str) -> Option<AreaLabel> {
        match text.trim() {
            "" => None,
            NOT_GIVEN_PARAM => Some(AreaLabel::NotGiven),
            name => Some(AreaLabel::Named(name.to_string())),
        }
    }
}

const NOT_GIVEN_PARAM: &str = "-";

/// How a group describes who leads it, as a row of the page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Described {
    /// A DEI category (or a population group the group chose as a whole), by code.
    Code(String),
    /// "No particular group: everyone in our area".
    Everyone,
    PreferNotToSay,
    NotAnswered,
}

impl Described {
    /// The value of the page's `described` filter.
    pub fn param(&self) -> String {
        match self {
            Described::Code(code) => code.clone(),
            Described::Everyone => "everyone".into(),
            Described::PreferNotToSay => "prefer-not-to-say".into(),
            Described::NotAnswered => "not-answered".into(),
        }
    }

    pub fn from_param(text: &str) -> Option<Described> {
        match text.trim() {
            "everyone" => Some(Described::Everyone),
            "prefer-not-to-say" => Some(Described::PreferNotToSay),
            "not-answered" => Some(Described::NotAnswered),
            code => dei::taxonomy().iter().any(|c| c.code == code).then(|| Described::Code(category_of(code))),
        }
    }

    /// The key of the row's name.
    pub fn label_key(&self) -> String {
        match self {
            Described::Code(code) => crate::rounds::reservations::community_key(code),
            Described::Everyone => "reports-equity-everyone".into(),
            Described::PreferNotToSay => "reports-equity-prefer-not-to-say".into(),
            Described::NotAnswered => "reports-equity-not-answered".into(),
        }
    }

    /// Rows in the taxonomy's order, then "everyone", "prefer not to say", "not answered".
    fn rank(&self) -> (usize, usize) {
        match self {
            Described::Code(code) => (0, dei::taxonomy().iter().position(|c| &c.code == code).unwrap_or(usize::MAX)),
            Described::Everyone => (1, 0),
            Described::PreferNotToSay => (2, 0),
            Described::NotAnswered => (3, 0),
        }
    }
}

/// The category a DEI code is counted under: a subcategory's category; a category or a
/// population group itself. An unknown code stands for itself.
pub fn category_of(code: &str) -> String {
    let Some(known) = dei::taxonomy().iter().find(|c| c.code == code) else { return code.to_string() };
    if known.level < 3 {
        return known.code.clone();
    }
    let parent = format!("{}00", &known.code[..7]);
    if dei::taxonomy().iter().any(|c| c.code == parent) {
        parent
    } else {
        dei::population_group_of(code).map_or_else(|| code.to_string(), |group| group.code.clone())
    }
}

/// A group's leadership answer as rows: each category once, or the answer's own row.
pub fn described_rows(status: Option<&str>, codes: &str) -> Vec<Described> {
    use crate::groups::rules::EqualityStatus;
    match status.and_then(EqualityStatus::parse) {
        Some(EqualityStatus::PreferNotToSay) => vec![Described::PreferNotToSay],
        Some(EqualityStatus::General) => vec![Described::Everyone],
        Some(EqualityStatus::Answered) => {
            let mut rows: Vec<Described> = Vec::new();
            for code in codes.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                let row = Described::Code(category_of(code));
                if !rows.contains(&row) {
                    rows.push(row);
                }
            }
            if rows.is_empty() { vec![Described::NotAnswered] } else { rows }
        }
        None => vec![Described::NotAnswered],
    }
}

/// A known group that has never applied to the programme, as the page counts and lists it.
/// Its self-description is kept for counting only: views never show it beside the group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownGroup {
    /// The registered group (`community_groups`). Every directory listing belongs to one, so
    /// a group known only from the directory is here too, and is invited like any other.
    pub group_id: i64,
    pub name: String,
    /// The key of its kind's name.
    pub kind_key: &'static str,
    /// At least one.
    pub areas: Vec<AreaLabel>,
    /// At least one.
    pub described: Vec<Described>,
    /// What it lists in the community directory (id, name), public now.
    pub listings: Vec<(i64, String)>,
}

/// The area a group is counted in, from what it told the portal (see the module's decisions).
/// `postcode_areas` are the names of the programme's areas its postcode lies in; `mapped`, the
/// programme's area the lead mapped its typed area to; `programme_areas`, every area's name.
pub fn area_labels(
    postcode_areas: Vec<String>,
    typed: &str,
    mapped: Option<String>,
    programme_areas: &[String],
) -> Vec<AreaLabel> {
    if !postcode_areas.is_empty() {
        return postcode_areas.into_iter().map(AreaLabel::Named).collect();
    }
    let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(area) = mapped {
        return vec![AreaLabel::Named(area)];
    }
    if typed.is_empty() {
        return vec![AreaLabel::NotGiven];
    }
    let same = programme_areas.iter().find(|name| name.eq_ignore_ascii_case(&typed));
    vec![AreaLabel::Named(same.cloned().unwrap_or_else(|| crate::i18n::capitalise(&typed)))]
}

/// A count on the page, or hidden because it could pick out groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(usize),
    Hidden,
}

/// A count of groups with a self-description out of `of` groups listed: hidden when between
/// 1 and 4 have it, or when fewer than 5 of those listed do not (see the module's decisions).
/// Nobody having it is shown only among 5 or more groups: "none of these 12 groups is
/// Black-led" is what tells a lead to look beyond the portal, while "none of these 2" would
/// say too much about each of the two.
pub fn shown(count: usize, of: usize) -> Shown {
    let small = SMALLEST_SHOWN as usize;
    let enough_without = of.saturating_sub(count) >= small;
    if (count == 0 || count >= small) && enough_without { Shown::Count(count) } else { Shown::Hidden }
}

/// Groups in each area, most first (ties by name, "not given" last).
pub fn by_area<'a>(groups: impl IntoIterator<Item = &'a KnownGroup>) -> Vec<(AreaLabel, usize)> {
    let mut rows: Vec<(AreaLabel, usize)> = Vec::new();
    for group in groups {
        for area in &group.areas {
            match rows.iter_mut().find(|(label, _)| label == area) {
                Some((_, count)) => *count += 1,
                None => rows.push((area.clone(), 1)),
            }
        }
    }
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows
}

/// Groups with each self-description among `groups` (counts before hiding), in the
/// taxonomy's order with the honest gaps last.
pub fn by_description<'a>(groups: impl IntoIterator<Item = &'a KnownGroup>) -> Vec<(Described, usize)> {
    let mut rows: Vec<(Described, usize)> = Vec::new();
    for group in groups {
        for described in &group.described {
            match rows.iter_mut().find(|(label, _)| label == described) {
                Some((_, count)) => *count += 1,
                None => rows.push((described.clone(), 1)),
            }
        }
    }
    rows.sort_by_key(|(label, _)| label.rank());
    rows
}

/// Invitations one lead may send in an hour: enough for a morning's outreach to an area, few
/// enough that a mistake or a stolen session cannot mail every group on the portal.
pub const INVITATIONS_PER_LEAD_PER_HOUR: usize = 30;

/// The key the throttle counts a lead's invitations under.
pub fn throttle_key(lead_id: i64) -> String {
    format!("round-invitation:{lead_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(areas: &[&str], described: &[Described]) -> KnownGroup {
        KnownGroup {
            group_id: 1,
            name: "Group".into(),
            kind_key: "groups-kind-faith",
            areas: areas.iter().map(|a| AreaLabel::Named(a.to_string())).collect(),
            described: described.to_vec(),
            listings: Vec::new(),
        }
    }

    #[test]
    fn codes_count_under_their_category() {
        assert_eq!(category_of("DEI010110"), "DEI010100");
        assert_eq!(category_of("DEI010100"), "DEI010100");
        assert_eq!(category_of("DEI010000"), "DEI010000");
        assert_eq!(category_of("DEI019910"), "DEI019900");
        assert_eq!(category_of("DEI800010"), "DEI800010");
        assert_eq!(
            described_rows(Some("answered"), "DEI010110, DEI010120,DEI020200"),
            [Described::Code("DEI010100".into()), Described::Code("DEI020200".into())]
        );
        assert_eq!(described_rows(Some("prefer_not_to_say"), ""), [Described::PreferNotToSay]);
        assert_eq!(described_rows(None, ""), [Described::NotAnswered]);
        assert_eq!(described_rows(Some("answered"), ""), [Described::NotAnswered]);
    }

    #[test]
    fn a_count_that_could_pick_out_groups_is_hidden() {
        assert_eq!(shown(0, 5), Shown::Count(0), "nobody among five has it");
        assert_eq!(shown(0, 3), Shown::Hidden, "nobody among three: too few to say");
        assert_eq!(shown(1, 40), Shown::Hidden, "one group");
        assert_eq!(shown(4, 40), Shown::Hidden);
        assert_eq!(shown(5, 40), Shown::Count(5));
        assert_eq!(shown(12, 12), Shown::Hidden, "every group listed has it");
        assert_eq!(shown(8, 12), Shown::Hidden, "all but four have it");
        assert_eq!(shown(7, 12), Shown::Count(7));
    }

    #[test]
    fn areas_come_from_the_postcode_then_the_mapping_then_what_was_typed() {
        let areas = ["Sparkbrook".to_string(), "Northfield".to_string()];
        let named = |name: &str| AreaLabel::Named(name.into());
        assert_eq!(area_labels(vec!["Sparkbrook".into()], "elsewhere", None, &areas), [named("Sparkbrook")]);
        assert_eq!(area_labels(vec![], "Northfield ward", Some("Northfield".into()), &areas), [named("Northfield")]);
        assert_eq!(area_labels(vec![], " northfield ", None, &areas), [named("Northfield")]);
        assert_eq!(area_labels(vec![], "small heath", None, &areas), [named("Small heath")]);
        assert_eq!(area_labels(vec![], "  ", None, &areas), [AreaLabel::NotGiven]);
        assert_eq!(AreaLabel::from_param(&AreaLabel::NotGiven.param()), Some(AreaLabel::NotGiven));
        assert_eq!(AreaLabel::from_param(""), None);
    }

    #[test]
    fn groups_are_counted_by_area_and_by_description() {
        let black_led = Described::Code("DEI010100".into());
        let groups = [
            group(&["Northfield"], std::slice::from_ref(&black_led)),
            group(&["Northfield", "Sparkbrook"], &[Described::NotAnswered]),
            group(&["Sparkbrook"], &[black_led.clone(), Described::Code("DEI020200".into())]),
        ];
        assert_eq!(
            by_area(&groups),
            [(AreaLabel::Named("Northfield".into()), 2), (AreaLabel::Named("Sparkbrook".into()), 2)]
        );
        assert_eq!(
            by_description(&groups),
            [(black_led, 2), (Described::Code("DEI020200".into()), 1), (Described::NotAnswered, 1)]
        );
        assert_eq!(Described::from_param("DEI010110"), Some(Described::Code("DEI010100".into())));
        assert_eq!(Described::from_param("nonsense"), None);
    }
}
