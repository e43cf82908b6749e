//! Where a bid serves, among its programme's areas (wards, neighbourhoods, primary care networks
//! or places: `programmes::areas`). A group ticks the areas on "About the money", offered first
//! from its postcode; "somewhere else" is for work outside the list. The equity report counts
//! bids by these ticks, and falls back to the area the group typed (mapped by the lead) for a bid
//! that ticked none. Answering is not needed to send: a group unsure of its ward is not held up,
//! and the typed area still places its bid. Pure: the rows are read by `bids::queries::places_of`
//! and written by `bids::actions::save_money`.

use crate::programmes::areas::{ProgrammeArea, areas_for_postcode};

/// The value the "somewhere else" box sends, beside the areas' ids.
pub const ELSEWHERE: &str = "elsewhere";

/// A bid's places: the programme's areas (none when the programme has not listed any, and then
/// nothing is asked) and which the bid ticked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BidPlaces {
    pub areas: Vec<ProgrammeArea>,
    pub ticked: Vec<i64>,
    pub elsewhere: bool,
}

impl BidPlaces {
    /// The programme has a list of areas, so the bid is asked where it serves.
    pub fn asked(&self) -> bool {
        !self.areas.is_empty()
    }

    /// The group said where the bid serves (an area or somewhere else).
    pub fn answered(&self) -> bool {
        !self.ticked.is_empty() || self.elsewhere
    }

    /// The names of the areas ticked, in the programme's order.
    pub fn ticked_names(&self) -> Vec<&str> {
        self.areas.iter().filter(|area| self.ticked.contains(&area.id)).map(|area| area.name.as_str()).collect()
    }

    /// The boxes to show ticked on the form, as the values they send: the bid's own answer, or,
    /// before it has one, the areas the group's postcode lies in.
    pub fn form_values(&self, group_postcode: &str) -> Vec<String> {
        if self.answered() {
            let mut values: Vec<String> = self.ticked.iter().map(i64::to_string).collect();
            if self.elsewhere {
                values.push(ELSEWHERE.to_string());
            }
            values
        } else {
            areas_for_postcode(&self.areas, group_postcode).iter().map(|area| area.id.to_string()).collect()
        }
    }
}

/// The answer to "where does it serve", checked against the programme's areas.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlacesAnswer {
    pub area_ids: Vec<i64>,
    pub elsewhere: bool,
}

/// Reads the boxes ticked (`values`, as sent). An id the programme does not list (an area the
/// lead removed while the form was open, or a made-up value) is left out: the group sees what
/// was kept on "Check your answers".
pub fn check_places(values: &[String], areas: &[ProgrammeArea]) -> PlacesAnswer {
    let mut answer = PlacesAnswer::default();
    for value in values {
        if value == ELSEWHERE {
            answer.elsewhere = true;
        } else if let Some(area) = value.parse::<i64>().ok().and_then(|id| areas.iter().find(|area| area.id == id))
            && !answer.area_ids.contains(&area.id)
        {
            answer.area_ids.push(area.id);
        }
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn area(id: i64, name: &str, postcodes: &str) -> ProgrammeArea {
        ProgrammeArea {
            id,
            programme_id: 1,
            name: name.into(),
            kind: "ward".into(),
            postcodes: postcodes.into(),
            created_at: NaiveDateTime::default(),
        }
    }

    fn places(ticked: &[i64], elsewhere: bool) -> BidPlaces {
        BidPlaces {
            areas: vec![area(1, "Lozells", "B19"), area(2, "Aston", "B6"), area(3, "Handsworth", "B21")],
            ticked: ticked.to_vec(),
            elsewhere,
        }
    }

    #[test]
    fn a_bid_not_yet_answered_is_offered_the_areas_of_its_groups_postcode() {
        assert_eq!(places(&[], false).form_values("B19 1AA"), ["1"]);
        assert!(places(&[], false).form_values("M1 1AA").is_empty(), "a postcode outside every area offers none");
        assert!(places(&[], false).form_values("").is_empty());
    }

    #[test]
    fn a_bid_that_answered_keeps_its_own_answer_whatever_its_postcode() {
        assert_eq!(places(&[2, 3], false).form_values("B19 1AA"), ["2", "3"]);
        assert_eq!(places(&[], true).form_values("B19 1AA"), [ELSEWHERE]);
        assert_eq!(places(&[3, 1], false).ticked_names(), ["Lozells", "Handsworth"], "in the programme's order");
    }

    #[test]
    fn only_the_programmes_areas_are_kept_from_the_boxes_ticked() {
        let areas = places(&[], false).areas;
        let sent = |values: &[&str]| check_places(&values.iter().map(|v| v.to_string()).collect::<Vec<_>>(), &areas);
        assert_eq!(sent(&["2", "1", "2"]), PlacesAnswer { area_ids: vec![2, 1], elsewhere: false });
        assert_eq!(sent(&["99", "x", "elsewhere"]), PlacesAnswer { area_ids: vec![], elsewhere: true });
        assert_eq!(sent(&[]), PlacesAnswer::default());
    }

    #[test]
    fn a_programme_without_areas_asks_nothing() {
        assert!(!BidPlaces::default().asked());
        assert!(places(&[], false).asked());
        assert!(!places(&[], false).answered());
        assert!(places(&[], true).answered());
    }
}
