//! The lead's spreadsheets for a pot: awards, payments and the ledger. Each opens cleanly in
//! Excel, LibreOffice or Google Sheets: UTF-8 with a byte-order mark (so Excel reads "£" and
//! accents right), money as plain numbers in pounds, dates as YYYY-MM-DD, and every text cell
//! a group or person typed neutralised against formula injection. Column names and the
//! portal's own words in cells are in the reader's language (`staff/reports.ftl`).

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;

use crate::bids::BidState;
use crate::db::DbConn;
use crate::db::schema::{awards, bids, community_groups, grant_reports, ledger_entries, payments, people, rounds};
use crate::decisions::Award;
use crate::exports::cell;
use crate::funds::EntryKind;
use crate::i18n::Tr;
use crate::measures::summary::Summary;
use crate::measures::{MeasureKind, NationalMeasure};
use crate::money::Pence;
use crate::time::in_london;

/// Writes rows to CSV bytes, starting with the byte-order mark.
pub fn to_csv(
    header: impl IntoIterator<Item = impl AsRef<[u8]>>,
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|error| csv::Error::from(error.into_error()))
}

fn pounds(amount: Pence) -> String {
    amount.to_input()
}

/// A spreadsheet's column names, from their keys.
pub fn header(tr: Tr, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|key| tr.t(key)).collect()
}

fn yes_or_no(tr: Tr, yes: bool) -> String {
    tr.t(if yes { "reports-csv-yes" } else { "reports-csv-no" })
}

fn date(at: chrono::NaiveDateTime) -> String {
    in_london(at).format("%Y-%m-%d").to_string()
}

/// An award with its bid's reference, title, state and request, its group and its round.
type AwardRow = (Award, Option<String>, String, String, Option<i64>, String, String);

/// One row per award made from the pot's rounds.
pub fn awards_csv(conn: &mut DbConn, pot_id: i64, tr: Tr) -> QueryResult<Vec<Vec<String>>> {
    let rows: Vec<AwardRow> = awards::table
        .inner_join(bids::table.inner_join(rounds::table).inner_join(community_groups::table))
        .filter(rounds::pot_id.eq(pot_id))
        .order(awards::id.asc())
        .select((
            Award::as_select(),
            bids::reference,
            bids::title,
            bids::state,
            bids::amount_requested_pence,
            community_groups::name,
            rounds::name,
        ))
        .load(conn)?;
    let paid = paid_by_award(conn, pot_id)?;
    let reported: HashSet<i64> = grant_reports::table
        .inner_join(bids::table.inner_join(rounds::table))
        .filter(rounds::pot_id.eq(pot_id))
        .select(grant_reports::bid_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|(award, reference, title, state, requested, group, round)| {
            let paid = paid.get(&award.id).copied().unwrap_or_default();
            let state = BidState::parse(&state).unwrap_or(BidState::Draft);
            let released = if award.closed_at.is_some() { award.amount() - paid } else { Pence(0) };
            vec![
                cell(&reference.unwrap_or_default()),
                cell(&group),
                cell(&title),
                cell(&round),
                requested.map(|r| pounds(Pence(r))).unwrap_or_default(),
                pounds(award.amount()),
                date(award.decided_at),
                tr.t(state.lead_label_key()),
                award.accepted_at.map(date).unwrap_or_default(),
                cell(&award.accepted_name),
                yes_or_no(tr, award.public_consent),
                pounds(paid),
                pounds(released),
                award.report_due_on.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                yes_or_no(tr, reported.contains(&award.bid_id)),
                cell(&award.paid_through),
            ]
        })
        .collect())
}

/// The keys of the awards spreadsheet's columns.
pub const AWARDS_HEADER: [&str; 16] = [
    "reports-csv-reference",
    "reports-csv-group",
    "reports-csv-project",
    "reports-csv-round",
    "reports-csv-requested",
    "reports-csv-awarded",
    "reports-csv-decided-on",
    "reports-csv-state",
    "reports-csv-accepted-on",
    "reports-csv-accepted-by",
    "reports-csv-named-publicly",
    "reports-csv-paid",
    "reports-csv-released",
    "reports-csv-report-due",
    "reports-csv-report-received",
    "reports-csv-paid-through",
];

fn paid_by_award(conn: &mut DbConn, pot_id: i64) -> QueryResult<HashMap<i64, Pence>> {
    let rows: Vec<(i64, i64)> = payments::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(rounds::table)))
        .filter(rounds::pot_id.eq(pot_id))
        .select((payments::award_id, payments::amount_pence))
        .load(conn)?;
    let mut paid: HashMap<i64, Pence> = HashMap::new();
    for (award, amount) in rows {
        *paid.entry(award).or_default() += Pence(amount);
    }
    Ok(paid)
}

/// One row per payment from the pot.
pub fn payments_csv(conn: &mut DbConn, pot_id: i64, _tr: Tr) -> QueryResult<Vec<Vec<String>>> {
    type Row = (chrono::NaiveDate, i64, String, chrono::NaiveDateTime, Option<String>, String, String, String);
    let rows: Vec<Row> = payments::table
        .inner_join(awards::table.inner_join(bids::table.inner_join(rounds::table).inner_join(community_groups::table)))
        .filter(rounds::pot_id.eq(pot_id))
        .order((payments::paid_on.asc(), payments::id.asc()))
        .select((
            payments::paid_on,
            payments::amount_pence,
            payments::reference,
            payments::recorded_at,
            bids::reference,
            community_groups::name,
            rounds::name,
            awards::paid_through,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(paid_on, amount, reference, recorded_at, bid_reference, group, round, paid_through)| {
            vec![
                paid_on.format("%Y-%m-%d").to_string(),
                pounds(Pence(amount)),
                cell(&reference),
                cell(&bid_reference.unwrap_or_default()),
                cell(&group),
                cell(&round),
                date(recorded_at),
                cell(&paid_through),
            ]
        })
        .collect())
}

/// The keys of the payments spreadsheet's columns.
pub const PAYMENTS_HEADER: [&str; 8] = [
    "reports-csv-paid-on",
    "reports-csv-amount",
    "reports-csv-payment-reference",
    "reports-csv-bid-reference",
    "reports-csv-group",
    "reports-csv-round",
    "reports-csv-recorded-on",
    "reports-csv-paid-through",
];

/// Every movement of the pot's money, oldest first, as the ledger holds it.
pub fn ledger_csv(conn: &mut DbConn, pot_id: i64, tr: Tr) -> QueryResult<Vec<Vec<String>>> {
    type Row =
        (i64, chrono::NaiveDateTime, String, i64, Option<String>, Option<String>, Option<String>, Option<String>);
    let rows: Vec<Row> = ledger_entries::table
        .left_join(rounds::table.on(ledger_entries::round_id.eq(rounds::id.nullable())))
        .left_join(bids::table.on(ledger_entries::bid_id.eq(bids::id.nullable())))
        .left_join(people::table.on(ledger_entries::created_by.eq(people::id.nullable())))
        .filter(ledger_entries::pot_id.eq(pot_id))
        .order(ledger_entries::id.asc())
        .select((
            ledger_entries::id,
            ledger_entries::created_at,
            ledger_entries::kind,
            ledger_entries::amount_pence,
            ledger_entries::reason,
            rounds::name.nullable(),
            bids::reference.nullable(),
            people::name.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, at, kind, amount, reason, round, bid, by)| {
            vec![
                id.to_string(),
                in_london(at).format("%Y-%m-%d %H:%M").to_string(),
                EntryKind::parse(&kind).map_or(kind.clone(), |k| tr.t(k.label_key())),
                pounds(Pence(amount)),
                cell(&round.unwrap_or_default()),
                cell(&bid.unwrap_or_default()),
                cell(&reason.unwrap_or_default()),
                cell(&by.unwrap_or_default()),
            ]
        })
        .collect())
}

/// The keys of the ledger spreadsheet's columns.
pub const LEDGER_HEADER: [&str; 8] = [
    "reports-csv-entry",
    "reports-csv-when",
    "reports-csv-what",
    "reports-csv-amount",
    "reports-csv-round",
    "reports-csv-bid",
    "reports-csv-reason",
    "reports-csv-by",
];

/// The keys of the measures spreadsheet's columns: how the lines are grouped (round, pot or
/// financial year), which round, pot or year, the measure as it was asked, its kind of answer,
/// the national measure it counts toward (empty if none), how many reports answered it, the
/// numbers added up (numbers only) and the yes and no answers (yes/no only). A line per
/// grouping, group and question, in the order of the measures report; the same figures.
pub const MEASURES_HEADER: [&str; 9] = [
    "reports-csv-measures-grouping",
    "reports-csv-measures-group",
    "reports-csv-measures-question",
    "reports-csv-measures-kind",
    "reports-csv-measures-national",
    "reports-csv-measures-reports",
    "reports-csv-measures-total",
    "reports-csv-measures-yes",
    "reports-csv-measures-no",
];

/// The name of a national measure for the lead: one of the list, or the lead's own words.
pub fn national_name(tr: Tr, national: Option<NationalMeasure>, other: &str) -> String {
    match national {
        None => String::new(),
        Some(NationalMeasure::Other) if !other.is_empty() => other.to_string(),
        Some(national) => tr.t(national.label_key()),
    }
}

/// The measures report's sums as spreadsheet lines.
pub fn measures_csv(summary: &Summary, tr: Tr) -> Vec<Vec<String>> {
    let groupings = [
        ("reports-csv-measures-by-round", &summary.by_round),
        ("reports-csv-measures-by-pot", &summary.by_pot),
        ("reports-csv-measures-by-year", &summary.by_year),
    ];
    let mut lines = Vec::new();
    for (key, groups) in groupings {
        for group in groups.iter() {
            for total in &group.totals {
                let number = total.asked.kind == MeasureKind::Number;
                lines.push(vec![
                    tr.t(key),
                    cell(&group.label),
                    cell(&total.asked.wording),
                    tr.t(total.asked.kind.label_key()),
                    cell(&national_name(tr, total.asked.national, &total.asked.national_other)),
                    total.reports.to_string(),
                    if number { total.sum.to_string() } else { String::new() },
                    if number { String::new() } else { total.yes.to_string() },
                    if number { String::new() } else { total.no.to_string() },
                ]);
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheets_start_with_a_byte_order_mark_and_quote_properly() {
        let bytes = to_csv(["Group", "Amount (£)"], [vec![cell("=HYPERLINK(\"x\")"), "12.50".into()]]).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with('\u{feff}'));
        assert_eq!(text.lines().nth(1), Some(r#""'=HYPERLINK(""x"")",12.50"#));
    }
}
