//! The 360Giving DEI taxonomy (the data standard's codes and titles, kept in
//! `dei_taxonomy_codes.csv`): population groups, the categories within them and their
//! subcategories. Groups pick from it to describe who leads them and whom they serve.
//!
//! The titles in the file are the standard's own (English) words, as open data publishes them;
//! pages show each code by its message (`groups-dei-…` in `groups.ftl`), in the reader's
//! language.

use std::sync::OnceLock;

const TAXONOMY_CSV: &str = include_str!("dei_taxonomy_codes.csv");

/// One code of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeiCode {
    pub code: String,
    /// The standard's title, in English.
    pub title: String,
    /// The key of the title as pages show it: `groups-dei-010100` for `DEI010100`.
    pub key: String,
    /// 1 for a population group (`DEI010000`), 2 for a category (`DEI010100`), 3 below that.
    pub level: u8,
}

/// Every code, in the standard's order.
pub fn taxonomy() -> &'static [DeiCode] {
    static CODES: OnceLock<Vec<DeiCode>> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut reader = csv::Reader::from_reader(TAXONOMY_CSV.as_bytes());
        let mut codes: Vec<DeiCode> = reader
            .records()
            .filter_map(Result::ok)
            .filter_map(|record| {
                let code = record.get(0)?.trim().to_string();
                let title = record.get(1)?.trim().to_string();
                let level = level_of(&code)?;
                let key = format!("groups-dei-{}", code.strip_prefix("DEI")?);
                Some(DeiCode { code, title, key, level })
            })
            .collect();
        // A few codes (Northern Ireland's community background) have no population group
        // above them; they stand on their own.
        let tops: Vec<String> = codes.iter().filter(|c| c.level == 1).map(|c| c.code[..5].to_string()).collect();
        for code in codes.iter_mut().filter(|c| c.level > 1) {
            if !tops.iter().any(|top| code.code.starts_with(top.as_str())) {
                code.level = 1;
            }
        }
        codes
    })
}

/// `DEI010000` is a population group, `DEI010100` a category, `DEI010110` a subcategory.
fn level_of(code: &str) -> Option<u8> {
    let digits = code.strip_prefix("DEI")?;
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(if digits.ends_with("0000") {
        1
    } else if digits.ends_with("00") {
        2
    } else {
        3
    })
}

pub fn title_of(code: &str) -> Option<&'static str> {
    taxonomy().iter().find(|c| c.code == code).map(|c| c.title.as_str())
}

/// The population group a code belongs to (its first four digits followed by zeros).
pub fn population_group_of(code: &str) -> Option<&'static DeiCode> {
    let all = taxonomy();
    if let Some(own) = all.iter().find(|c| c.code == code && c.level == 1) {
        return Some(own);
    }
    let prefix = code.get(..5)?;
    all.iter().find(|c| c.level == 1 && c.code.starts_with(prefix) && c.code.ends_with("0000"))
}

/// Population groups, each with the codes beneath it, for the form.
pub fn grouped() -> Vec<(&'static DeiCode, Vec<&'static DeiCode>)> {
    let mut groups: Vec<(&DeiCode, Vec<&DeiCode>)> =
        taxonomy().iter().filter(|c| c.level == 1).map(|c| (c, Vec::new())).collect();
    for code in taxonomy().iter().filter(|c| c.level > 1) {
        let parent = population_group_of(&code.code).map(|p| p.code.as_str());
        if let Some((_, children)) = groups.iter_mut().find(|(group, _)| Some(group.code.as_str()) == parent) {
            children.push(code);
        }
    }
    groups
}

/// Keeps only known codes, in the standard's order, without repeats.
pub fn known_codes(submitted: &[String]) -> Vec<String> {
    taxonomy().iter().filter(|c| submitted.iter().any(|s| s == &c.code)).map(|c| c.code.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_taxonomy_loads_with_its_levels() {
        let all = taxonomy();
        assert!(all.len() > 60);
        assert_eq!(title_of("DEI010100"), Some("Black / African / Caribbean / Black British"));
        assert_eq!(title_of("DEI020200"), Some("Mental Health"));
        assert_eq!(all.iter().find(|c| c.code == "DEI010000").unwrap().level, 1);
        assert_eq!(all.iter().find(|c| c.code == "DEI010100").unwrap().level, 2);
        assert_eq!(all.iter().find(|c| c.code == "DEI010110").unwrap().level, 3);
        assert_eq!(population_group_of("DEI010320").unwrap().code, "DEI010000");
    }

    #[test]
    fn codes_are_grouped_under_their_population_group() {
        let grouped = grouped();
        let (first, children) = &grouped[0];
        assert_eq!(first.code, "DEI010000");
        assert!(children.iter().any(|c| c.code == "DEI010310"));
        assert!(children.iter().all(|c| c.code.starts_with("DEI01")));
        let total: usize = grouped.iter().map(|(_, c)| c.len() + 1).sum();
        assert_eq!(total, taxonomy().len(), "every code appears once");
    }

    #[test]
    fn every_code_has_its_title_as_a_message() {
        let english = crate::i18n::Tr::source();
        for code in taxonomy() {
            assert_eq!(english.t(&code.key), code.title, "{} in locales/en-GB/groups.ftl", code.code);
        }
    }

    #[test]
    fn unknown_codes_are_dropped() {
        let kept = known_codes(&["DEI020200".into(), "NOT-A-CODE".into(), "DEI010000".into(), "DEI010000".into()]);
        assert_eq!(kept, ["DEI010000", "DEI020200"]);
    }
}
