//! The places a programme serves: wards, neighbourhoods, primary care networks or places, a list
//! its lead edits. Each area may list the postcode districts or sectors that lie in it ("B11",
//! "B11 1"), so a group's postcode can offer the right area. Pure: the rows, the matching and
//! the lead's form checked.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::programme_areas;
use crate::forms::{FieldErrors, optional_text, required_line};
use crate::i18n::Message;

/// What kind of place an area is, in the programme's own geography.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaKind {
    Ward,
    Neighbourhood,
    PrimaryCareNetwork,
    Place,
}

impl AreaKind {
    pub const ALL: [AreaKind; 4] =
        [AreaKind::Ward, AreaKind::Neighbourhood, AreaKind::PrimaryCareNetwork, AreaKind::Place];

    /// The word stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            AreaKind::Ward => "ward",
            AreaKind::Neighbourhood => "neighbourhood",
            AreaKind::PrimaryCareNetwork => "pcn",
            AreaKind::Place => "place",
        }
    }

    pub fn parse(text: &str) -> Option<AreaKind> {
        AreaKind::ALL.into_iter().find(|kind| kind.key() == text)
    }

    /// The key of its name for people.
    pub fn label_key(self) -> &'static str {
        match self {
            AreaKind::Ward => "areas-kind-ward",
            AreaKind::Neighbourhood => "areas-kind-neighbourhood",
            AreaKind::PrimaryCareNetwork => "areas-kind-pcn",
            AreaKind::Place => "areas-kind-place",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = programme_areas)]
pub struct ProgrammeArea {
    pub id: i64,
    pub programme_id: i64,
    pub name: String,
    /// `AreaKind::key`.
    pub kind: String,
    /// Postcode districts or sectors in the area, separated by spaces or commas ("B11 B12 1").
    pub postcodes: String,
    pub created_at: NaiveDateTime,
}

impl ProgrammeArea {
    pub fn kind(&self) -> AreaKind {
        AreaKind::parse(&self.kind).unwrap_or(AreaKind::Place)
    }

    /// The postcode prefixes the lead listed, tidied to capitals ("B11", "B12 1"). A sector is
    /// written as its district, a space and its digit; a bare digit after a district joins it.
    pub fn postcode_prefixes(&self) -> Vec<String> {
        let mut prefixes: Vec<String> = Vec::new();
        for word in self.postcodes.split([',', ';', '\n']).flat_map(str::split_whitespace) {
            let word = word.to_uppercase();
            let is_sector_digit = word.len() == 1 && word.chars().all(|c| c.is_ascii_digit());
            match prefixes.last_mut() {
                Some(last) if is_sector_digit && !last.contains(' ') => {
                    last.push(' ');
                    last.push_str(&word);
                }
                _ => prefixes.push(word),
            }
        }
        prefixes
    }

    /// Whether a (tidied) postcode such as "B11 1AA" lies in this area by its listed districts
    /// or sectors. "B1" does not take in "B11": a district must match whole.
    pub fn takes_in(&self, postcode: &str) -> bool {
        let postcode = postcode.trim().to_uppercase();
        let Some((district, inward)) = postcode.split_once(' ') else {
            return false;
        };
        let sector = inward.chars().next().map(|digit| format!("{district} {digit}"));
        self.postcode_prefixes().iter().any(|prefix| prefix == district || Some(prefix) == sector.as_ref())
    }
}

/// The areas a postcode lies in, in the list's order: what a bid is offered first.
pub fn areas_for_postcode<'a>(areas: &'a [ProgrammeArea], postcode: &str) -> Vec<&'a ProgrammeArea> {
    areas.iter().filter(|area| area.takes_in(postcode)).collect()
}

/// The longest name of an area.
const MAX_NAME: usize = 100;
/// The longest list of postcodes (a place may take in dozens of districts).
const MAX_POSTCODES: usize = 2_000;

/// The lead's form for one area, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct AreaForm {
    pub name: String,
    pub kind: String,
    pub postcodes: String,
}

impl AreaForm {
    pub fn from_area(area: &ProgrammeArea) -> AreaForm {
        AreaForm { name: area.name.clone(), kind: area.kind.clone(), postcodes: area.postcodes.clone() }
    }
}

/// The form checked: the name trimmed, the postcodes tidied to "B11, B12 1".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaInput {
    pub name: String,
    pub kind: AreaKind,
    pub postcodes: String,
}

/// Whether `prefix` is a postcode district ("B11", "SW1A", "M1") or a sector ("B11 1").
pub fn is_postcode_prefix(prefix: &str) -> bool {
    let (district, sector) = match prefix.split_once(' ') {
        Some((district, sector)) => (district, Some(sector)),
        None => (prefix, None),
    };
    let letters = district.chars().take_while(char::is_ascii_uppercase).count();
    let rest = &district[letters..];
    let mut rest_chars = rest.chars();
    let district_ok = (1..=2).contains(&letters)
        && rest_chars.next().is_some_and(|c| c.is_ascii_digit())
        && rest_chars.clone().count() <= 1
        && rest_chars.all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    let sector_ok = sector.is_none_or(|s| s.len() == 1 && s.chars().all(|c| c.is_ascii_digit()));
    district_ok && sector_ok
}

/// Checks the form for an area. `others` are the programme's other areas (not the one being
/// changed): two areas of one programme cannot share a name, whatever its capitals.
pub fn check_area(form: &AreaForm, others: &[ProgrammeArea]) -> Result<AreaInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = required_line(&mut errors, "name", &form.name, "what-area-name", MAX_NAME);
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if !name.is_empty() && others.iter().any(|area| area.name.to_lowercase() == name.to_lowercase()) {
        errors.add("name", Message::new("areas-error-name-taken").arg("name", name.as_str()));
    }
    let kind = AreaKind::parse(&form.kind);
    if kind.is_none() {
        errors.add("kind", "areas-error-kind");
    }
    let typed = optional_text(&mut errors, "postcodes", &form.postcodes, "what-area-postcodes", MAX_POSTCODES);
    let listed = ProgrammeArea { postcodes: typed, ..ProgrammeArea::blank() }.postcode_prefixes();
    if let Some(wrong) = listed.iter().find(|prefix| !is_postcode_prefix(prefix)) {
        errors.add("postcodes", Message::new("areas-error-postcode").arg("postcode", wrong.as_str()));
    }
    let mut postcodes: Vec<String> = Vec::new();
    for prefix in listed {
        if !postcodes.contains(&prefix) {
            postcodes.push(prefix);
        }
    }
    errors.into_result(AreaInput { name, kind: kind.unwrap_or(AreaKind::Place), postcodes: postcodes.join(", ") })
}

impl ProgrammeArea {
    fn blank() -> ProgrammeArea {
        ProgrammeArea {
            id: 0,
            programme_id: 0,
            name: String::new(),
            kind: String::new(),
            postcodes: String::new(),
            created_at: NaiveDateTime::default(),
        }
    }
}

/// A free-text area as groups typed it, made one key: spaces tidied and compared without
/// capitals, so "sparkbrook " and "Sparkbrook" are mapped once.
pub fn free_text_key(typed: &str) -> String {
    typed.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str, kind: &str, postcodes: &str) -> AreaForm {
        AreaForm { name: name.into(), kind: kind.into(), postcodes: postcodes.into() }
    }

    #[test]
    fn an_area_is_checked_and_its_postcodes_tidied() {
        let input = check_area(&form("  Sparkbrook   ward ", "ward", "b11 1, B12\nb11 1 sw1a"), &[]).unwrap();
        assert_eq!(input.name, "Sparkbrook ward");
        assert_eq!(input.kind, AreaKind::Ward);
        assert_eq!(input.postcodes, "B11 1, B12, SW1A", "each once, in capitals");
        assert_eq!(check_area(&form("Place", "place", ""), &[]).unwrap().postcodes, "");
    }

    #[test]
    fn a_bad_area_is_refused_at_its_fields() {
        let errors = check_area(&form(" ", "county", "B11 12 B1X9"), &[]).unwrap_err();
        assert_eq!(errors.english("name").as_deref(), Some("Enter the area's name"));
        assert!(errors.get("kind").is_some());
        assert_eq!(
            errors.english("postcodes").as_deref(),
            Some("12 is not a postcode district (like B11) or sector (like B11 1)")
        );
        let taken = check_area(&form("northfield", "ward", ""), &[area("Northfield", "")]).unwrap_err();
        assert!(taken.english("name").unwrap().contains("already"), "{taken:?}");
    }

    #[test]
    fn postcode_prefixes_are_districts_or_sectors() {
        for good in ["B1", "B11", "SW1A", "M1", "EC1V 2", "B11 1"] {
            assert!(is_postcode_prefix(good), "{good}");
        }
        for bad in ["", "11", "BBB1", "B", "B11 12", "B11 A", "B1111"] {
            assert!(!is_postcode_prefix(bad), "{bad}");
        }
    }

    #[test]
    fn free_text_areas_are_one_key_however_typed() {
        assert_eq!(free_text_key(" Sparkbrook  Ward"), free_text_key("sparkbrook ward"));
    }

    fn area(name: &str, postcodes: &str) -> ProgrammeArea {
        ProgrammeArea {
            id: 1,
            programme_id: 1,
            name: name.to_string(),
            kind: "ward".to_string(),
            postcodes: postcodes.to_string(),
            created_at: NaiveDateTime::default(),
        }
    }

    #[test]
    fn a_postcode_is_offered_the_areas_that_list_its_district_or_sector() {
        let areas = [area("Northfield", "b31, B38"), area("Sparkbrook", "B11 1 B12"), area("Centre", "B1")];
        let names = |postcode: &str| -> Vec<String> {
            areas_for_postcode(&areas, postcode).iter().map(|a| a.name.clone()).collect()
        };
        assert_eq!(names("B31 2AB"), ["Northfield"]);
        assert_eq!(names("B11 1AA"), ["Sparkbrook"], "sector B11 1");
        assert!(names("B11 9ZZ").is_empty(), "another sector of B11");
        assert_eq!(names("B12 0QQ"), ["Sparkbrook"]);
        assert_eq!(names("B1 1BB"), ["Centre"], "B1 is not B11");
        assert!(names("").is_empty());
    }

    #[test]
    fn sectors_and_districts_are_read_from_the_leads_list() {
        assert_eq!(area("x", "B11 1, b12\nB13 4").postcode_prefixes(), ["B11 1", "B12", "B13 4"]);
    }
}
