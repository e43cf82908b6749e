//! The places a programme serves: wards, neighbourhoods, primary care networks or places, a list
//! its lead edits. Each area may list the postcode districts or sectors that lie in it ("B11",
//! "B11 1"), so a group's postcode can offer the right area. Pure: the rows and the matching.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::programme_areas;

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

#[cfg(test)]
mod tests {
    use super::*;

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
