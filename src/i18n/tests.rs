//! The message files' own checks: they parse, every language has every message a group can
//! read, every key the code names exists, and amounts and dates read right in each language.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;

use super::catalog::{Catalog, LOCALE_FILES, SOURCE, STAFF_FOLDER};
use super::{Message, Tr, catalog};
use crate::money::Pence;

fn tr(code: &str) -> Tr {
    Tr::for_code(code).unwrap_or_else(|| panic!("{code} is built"))
}

#[test]
fn every_message_file_parses_and_no_key_is_defined_twice() {
    if let Err(problems) = Catalog::load(LOCALE_FILES) {
        panic!("message file problems:\n{}", problems.join("\n"));
    }
    assert!(catalog().languages.len() >= 3, "en-GB, pl and ur at least");
}

#[test]
fn every_language_has_every_message_a_group_reads() {
    let source = catalog().source();
    let needed: Vec<(&String, &String)> = source
        .keys_by_file
        .iter()
        .filter(|(file, _)| !file.starts_with(STAFF_FOLDER))
        .flat_map(|(file, keys)| keys.iter().map(move |key| (file, key)))
        .collect();
    assert!(needed.len() > 50, "the source has the applicant's messages");
    for language in catalog().languages.iter().filter(|l| l.code != SOURCE) {
        let has: BTreeSet<&String> = language.keys_by_file.values().flatten().collect();
        let missing: Vec<String> =
            needed.iter().filter(|(_, key)| !has.contains(key)).map(|(file, key)| format!("{file}: {key}")).collect();
        assert!(
            missing.is_empty(),
            "locales/{} lacks {} messages:\n{}",
            language.code,
            missing.len(),
            missing.join("\n")
        );
        let source_keys: BTreeSet<&String> = source.keys_by_file.values().flatten().collect();
        let extra: Vec<&&String> = has.iter().filter(|key| !source_keys.contains(*key)).collect();
        assert!(extra.is_empty(), "locales/{} has messages the source does not: {extra:?}", language.code);
    }
}

/// Every literal key the code hands to the translator, by the shapes it is written in.
fn keys_named_in_code() -> BTreeSet<String> {
    let patterns = [
        r#"\.t\(\s*"([a-z0-9-]+)""#,
        r#"\.attr\(\s*"([a-z0-9-]+)""#,
        r#"\bt!\(\s*[\w.]+\s*,\s*"([a-z0-9-]+)""#,
        r#"Message::new\(\s*"([a-z0-9-]+)""#,
        r#"Message::about\(\s*"([a-z0-9-]+)"\s*,\s*"([a-z0-9-]+)""#,
        r#"errors\.add\(\s*[^,]+,\s*"([a-z0-9-]+)""#,
        r#"FieldErrors::single\(\s*[^,]+,\s*"([a-z0-9-]+)""#,
        r#"flash\(\s*"([a-z0-9-]+)""#,
        r#"label: "([a-z0-9-]+)""#,
        r#""(what-[a-z0-9-]+)""#,
        r#"=> "([a-z]+-[a-z0-9-]+)",?\s*$"#,
    ];
    let regexes: Vec<regex_lite::Regex> =
        patterns.iter().map(|p| regex_lite::Regex::new(&format!("(?m){p}")).expect("pattern")).collect();
    let mut keys = BTreeSet::new();
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read source");
        // Test modules name keys that are meant not to exist.
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        for regex in &regexes {
            for captures in regex.captures_iter(text) {
                keys.extend(captures.iter().skip(1).flatten().map(|m| m.as_str().to_string()));
            }
        }
    }
    keys
}

fn rust_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
            files.push(path);
        }
    }
}

#[test]
fn every_key_the_code_names_is_in_the_source_language() {
    let source: BTreeSet<&String> = catalog().source().keys_by_file.values().flatten().collect();
    let named = keys_named_in_code();
    assert!(named.len() > 50, "the scan finds the code's keys ({} found)", named.len());
    let missing: Vec<&String> = named.iter().filter(|key| !source.contains(key)).collect();
    assert!(missing.is_empty(), "keys used in src/ but missing from locales/{SOURCE}: {missing:?}");
}

#[test]
fn amounts_are_written_the_way_each_language_writes_them() {
    let (en, pl, ur) = (tr("en-GB"), tr("pl"), tr("ur"));
    assert_eq!(en.money(Pence(250_000)), "£2,500");
    assert_eq!(en.money(Pence(250_050)), "£2,500.50");
    assert_eq!(en.money(Pence(-100_000_000)), "-£1,000,000");
    assert_eq!(pl.money(Pence(250_050)), "2500,50 £", "Polish groups from five digits");
    assert_eq!(pl.money(Pence(1_250_000)), "12\u{a0}500 £");
    assert_eq!(ur.money(Pence(250_000)), "\u{2066}£2,500\u{2069}", "kept left to right inside Urdu sentences");
    assert_eq!(pl.number(1_234_567), "1\u{a0}234\u{a0}567");
    assert_eq!(en.number(999), "999");
}

#[test]
fn dates_and_times_use_the_language_s_month_names_and_clock() {
    let (en, pl, ur) = (tr("en-GB"), tr("pl"), tr("ur"));
    let day = NaiveDate::from_ymd_opt(2026, 12, 2).expect("date");
    assert_eq!(en.date(day), "2 December 2026");
    assert_eq!(pl.date(day), "2 grudnia 2026", "Polish months in the genitive");
    assert_eq!(ur.date(day), "2 دسمبر 2026");
    let winter_five = NaiveDate::from_ymd_opt(2027, 1, 15).and_then(|d| d.and_hms_opt(17, 0, 0)).expect("time");
    let summer_five = NaiveDate::from_ymd_opt(2027, 7, 15).and_then(|d| d.and_hms_opt(16, 0, 0)).expect("time");
    assert_eq!(en.london_datetime(winter_five), "15 January 2027 at 5:00pm");
    assert_eq!(en.london_datetime(summer_five), "15 July 2027 at 5:00pm", "British Summer Time");
    assert_eq!(pl.london_datetime(winter_five), "15 stycznia 2027, godz. 17:00");
    let noon = NaiveDate::from_ymd_opt(2027, 1, 15).and_then(|d| d.and_hms_opt(12, 0, 0)).expect("time");
    assert_eq!(en.london_time(noon), "midday");
}

#[test]
fn plural_forms_come_from_each_language_s_rules() {
    let files: &[(&str, &str, &str)] = &[
        (
            "en-GB",
            "language.toml",
            "name = \"English\"\nenglish_name = \"English\"\ndirection = \"ltr\"\n[review]\nstatus = \"draft\"\n",
        ),
        ("en-GB", "a.ftl", "bids = { $count ->\n    [one] { $count } bid\n   *[other] { $count } bids\n}\n"),
        (
            "pl",
            "language.toml",
            "name = \"Polski\"\nenglish_name = \"Polish\"\ndirection = \"ltr\"\n[review]\nstatus = \"draft\"\n",
        ),
        (
            "pl",
            "a.ftl",
            "bids = { $count ->\n    [one] { $count } wniosek\n    [few] { $count } wnioski\n   *[many] { $count } wniosków\n}\n",
        ),
    ];
    let loaded = Catalog::load(files).expect("loads");
    let polish = loaded.language("pl").expect("pl");
    let say = |count: i64| {
        let message = polish.bundle.get_message("bids").expect("message");
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", count);
        polish.bundle.format_pattern(message.value().expect("value"), Some(&args), &mut vec![]).into_owned()
    };
    assert_eq!(say(1), "1 wniosek");
    assert_eq!(say(3), "3 wnioski");
    assert_eq!(say(5), "5 wniosków");
    assert_eq!(say(22), "22 wnioski");
    assert_eq!(say(12), "12 wniosków");
}

#[test]
fn a_broken_file_is_reported_with_its_place() {
    let files: &[(&str, &str, &str)] = &[
        (
            "en-GB",
            "language.toml",
            "name = \"English\"\nenglish_name = \"English\"\ndirection = \"sideways\"\n[review]\nstatus = \"maybe\"\n",
        ),
        ("en-GB", "a.ftl", "good = Fine\nbroken = { $count ->\n"),
        ("en-GB", "b.ftl", "good = Twice\n"),
    ];
    let problems = Catalog::load(files).err().expect("problems found");
    let all = problems.join("\n");
    assert!(all.contains("locales/en-GB/a.ftl"), "{all}");
    assert!(all.contains("locales/en-GB/b.ftl"), "the duplicate key is named: {all}");
    assert!(all.contains("sideways") && all.contains("maybe"), "{all}");
}

#[test]
fn arguments_nested_messages_and_missing_keys() {
    let en = tr("en-GB");
    let enter = Message::about("error-enter", "what-test-name");
    // An unknown key shows as itself rather than failing the page.
    assert_eq!(en.t("no-such-key"), "no-such-key");
    assert_eq!(en.message(&Message::new("error-title").arg("title", "Sign in")), "Error: Sign in");
    assert!(en.message(&enter).starts_with("Enter "));
    let polish = tr("pl");
    assert_eq!(polish.t("layout-sign-out"), "Wyloguj się");
    assert_eq!(tr("ur").direction().html(), "rtl");
    assert_eq!(polish.direction().html(), "ltr");
}
