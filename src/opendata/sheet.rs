//! The same public awards as the 360Giving grants sheet: one row per grant under exactly the
//! column titles of the standard's spreadsheet template (`grants-sheet-column-titles.csv`,
//! copied from the standard), so the file opens in a spreadsheet and converts back to 360Giving
//! JSON with the standard's own tools. Columns we have nothing for stay empty.
//!
//! The equality answers have no columns in the template and stay out of the sheet.

use std::sync::OnceLock;

use super::{
    Publication, award_date, description, funder_id, funder_name, grant_id, outward_code, planned_dates, pounds_text,
};
use crate::exports::cell;
use crate::grants::queries::PublicAward;
use crate::groups::rules::org_id;
use crate::money::Pence;

const COLUMN_TITLES_CSV: &str = include_str!("grants-sheet-column-titles.csv");

/// The template's column titles, in order.
pub fn column_titles() -> &'static [String] {
    static TITLES: OnceLock<Vec<String>> = OnceLock::new();
    TITLES.get_or_init(|| {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(COLUMN_TITLES_CSV.as_bytes());
        reader
            .records()
            .next()
            .and_then(Result::ok)
            .map(|record| record.iter().map(str::to_string).collect())
            .unwrap_or_default()
    })
}

/// The values we publish for one grant, by column title (the same data as the JSON grant).
fn cells(public: &PublicAward, publication: &Publication) -> Vec<(&'static str, String)> {
    let (bid, group, round, programme) = (&public.bid, &public.group, &public.round, &public.programme);
    let (start, end) = planned_dates(public).unzip();
    vec![
        ("Identifier", grant_id(public)),
        ("Title", bid.title.clone()),
        ("Description", description(public)),
        ("Currency", "GBP".into()),
        ("Amount Applied For", bid.amount_requested_pence.map(|p| pounds_text(Pence(p))).unwrap_or_default()),
        ("Amount Awarded", pounds_text(public.award.amount())),
        ("Award Date", award_date(public)),
        ("Planned Dates:Start Date", start.unwrap_or_default()),
        ("Planned Dates:End Date", end.unwrap_or_default()),
        ("Recipient Org:Identifier", org_id(group, &programme.identifier_prefix)),
        ("Recipient Org:Name", group.name.clone()),
        ("Recipient Org:Charity Number", group.charity_number.trim().to_string()),
        ("Recipient Org:Company Number", group.company_number.trim().to_string()),
        ("Recipient Org:Postal Code", outward_code(&group.postcode).unwrap_or_default()),
        ("Recipient Org:Web Address", group.website.trim().to_string()),
        ("Beneficiary Location:Name", group.area.trim().to_string()),
        ("Beneficiary Location:Country Code", if group.area.trim().is_empty() { String::new() } else { "GB".into() }),
        ("Funding Org:Identifier", funder_id(programme).to_string()),
        ("Funding Org:Name", funder_name(programme).to_string()),
        ("Grant Programme:Code", round.slug.clone()),
        ("Grant Programme:Title", round.name.clone()),
        ("Grant Programme:URL", publication.url(&format!("/rounds/{}", round.slug))),
        ("From An Open Call?", "Yes".into()),
    ]
}

/// One grant's row, in the template's column order. Every cell goes through
/// [`exports::cell`](crate::exports::cell): group names and titles are typed by the public.
pub fn row(public: &PublicAward, publication: &Publication) -> Vec<String> {
    let cells = cells(public, publication);
    column_titles()
        .iter()
        .map(|title| cells.iter().find(|(column, _)| column == title).map(|(_, value)| cell(value)).unwrap_or_default())
        .collect()
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new())
}

/// The start of the file: the header row. Unlike the lead's spreadsheets (made for Excel, which
/// needs a byte order mark to read UTF-8), this file is for the standard's tools: flatten-tool
/// reads a mark as part of the first title and loses the Identifier column.
pub fn head() -> Result<Vec<u8>, csv::Error> {
    let mut writer = writer();
    writer.write_record(column_titles())?;
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// The rows of one page of awards.
pub fn rows<'a>(
    awards: impl IntoIterator<Item = &'a PublicAward>,
    publication: &Publication,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = writer();
    for public in awards {
        writer.write_record(row(public, publication))?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::public_award;
    use super::*;

    fn publication() -> Publication {
        Publication::new(
            &url::Url::parse("https://grants.example.org").unwrap(),
            chrono::NaiveDate::from_ymd_opt(2027, 8, 1).unwrap(),
        )
    }

    #[test]
    fn the_titles_are_the_standards_template() {
        let titles = column_titles();
        assert_eq!(titles.len(), 46);
        assert_eq!(titles[0], "Identifier");
        assert_eq!(titles.last().map(String::as_str), Some("For Regrant Type"));
    }

    #[test]
    fn every_column_we_fill_is_in_the_template() {
        for (title, _) in cells(&public_award(), &publication()) {
            assert!(column_titles().iter().any(|t| t == title), "{title} is not a template column");
        }
    }

    #[test]
    fn a_row_follows_the_template_columns() {
        let row = row(&public_award(), &publication());
        let titles = column_titles();
        assert_eq!(row.len(), titles.len());
        let at = |title: &str| row[titles.iter().position(|t| t == title).unwrap()].as_str();
        assert_eq!(at("Identifier"), "360G-riverside-SG-2027-0042");
        assert_eq!(at("Amount Awarded"), "2000.50");
        assert_eq!(at("Amount Applied For"), "2500");
        assert_eq!(at("Award Date"), "2027-07-01");
        assert_eq!(at("Recipient Org:Identifier"), "360G-riverside-org-9");
        assert_eq!(at("Recipient Org:Postal Code"), "B11");
        assert_eq!(at("Funding Org:Identifier"), "GB-NHS-QWU");
        assert_eq!(at("From An Open Call?"), "Yes");
        assert_eq!(at("Recipient Ind:Name"), "", "columns we have nothing for stay empty");
    }

    #[test]
    fn formulas_typed_by_the_public_are_neutralised() {
        let mut public = public_award();
        public.group.name = "=HYPERLINK(\"http://evil.example\",\"x\")".into();
        public.bid.title = "+44 call us".into();
        let bytes = rows([&public], &publication()).unwrap();
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes.as_slice());
        let record = reader.records().next().unwrap().unwrap();
        assert!(record.iter().any(|c| c == "'=HYPERLINK(\"http://evil.example\",\"x\")"));
        assert!(record.iter().any(|c| c == "'+44 call us"));
    }

    #[test]
    fn the_file_starts_with_the_titles_and_no_byte_order_mark() {
        let head = head().unwrap();
        assert!(head.starts_with(b"Identifier,"));
        assert!(head.ends_with(b"For Regrant Type\r\n"));
    }
}
