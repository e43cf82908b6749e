//! The payment file a run gives the finance team, in one of two layouts: the bulk Bacs layout
//! UK business banks import (no heading row: sort code, account number, payee name, amount,
//! reference), and the layout the site admin sets to match the finance system's supplier
//! payment import (a heading row, then the columns in the admin's order). Pure: the handler
//! opens the sealed bank details and hands the rows here.

use crate::exports::cell;
use crate::money::Pence;

/// Bacs allows a payee name and a reference of at most 18 characters.
pub const BACS_TEXT_MOST: usize = 18;

/// One payment as it goes into the file, with the bank details opened.
#[derive(Clone)]
pub struct FileRow {
    pub sort_code: String,
    pub account_number: String,
    pub roll_number: String,
    /// The name on the bank account the group gave.
    pub account_name: String,
    pub group_name: String,
    pub bid_reference: String,
    pub amount: Pence,
    /// The day the run was made (the finance system's invoice or payment date).
    pub run_date: chrono::NaiveDate,
    pub run_id: i64,
}

impl std::fmt::Debug for FileRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileRow").field("group_name", &self.group_name).finish_non_exhaustive()
    }
}

/// Text as Bacs accepts it: capitals, digits, spaces and `. & / -` only (anything else becomes
/// a space), spaces run together, at most 18 characters, and never starting with `-` (which a
/// spreadsheet would read as a formula).
pub fn bacs_text(text: &str) -> String {
    let kept: String = text
        .to_uppercase()
        .chars()
        .filter(|c| !matches!(c, '\'' | '’'))
        .map(|c| {
            let c = plain_letter(c);
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '&' | '/' | '-') { c } else { ' ' }
        })
        .collect();
    let words = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = words.trim_start_matches(['-', ' ']);
    trimmed.chars().take(BACS_TEXT_MOST).collect::<String>().trim_end().to_string()
}

/// The letter without its accent, for the accented capitals of the languages groups write
/// names in (French, German, Polish, Portuguese, Spanish, Turkish and the like).
fn plain_letter(c: char) -> char {
    match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ą' => 'A',
        'Ç' | 'Ć' | 'Č' => 'C',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ę' | 'Ě' => 'E',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => 'I',
        'Ł' => 'L',
        'Ñ' | 'Ń' => 'N',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
        'Ś' | 'Š' | 'Ş' => 'S',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'Ý' | 'Ÿ' => 'Y',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        'Ğ' => 'G',
        other => other,
    }
}

/// `1200.00`: pounds and pence with no sign or separator, as bank imports expect.
pub fn amount_text(amount: Pence) -> String {
    format!("{}.{:02}", amount.0 / 100, amount.0 % 100)
}

/// `30-94-57`.
fn sort_code_text(digits: &str) -> String {
    crate::bank_details::rules::sort_code_shown(digits)
}

/// What a column of the finance system's layout holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    SortCode,
    AccountNumber,
    RollNumber,
    /// The account name in Bacs form (18 characters).
    PayeeName,
    /// The account name as the group gave it.
    AccountName,
    GroupName,
    /// The payment reference in Bacs form: the bid's reference.
    Reference,
    /// Pounds and pence: `1200.00`.
    Amount,
    /// Pence as a whole number: `120000`.
    AmountPence,
    /// The day the run was made, `2027-03-01`.
    RunDate,
    /// The same day as `01/03/2027`, as many UK finance systems read dates.
    RunDateUk,
    /// The run's number, to match the file to the portal.
    RunNumber,
}

impl Field {
    pub const ALL: [Field; 12] = [
        Field::SortCode,
        Field::AccountNumber,
        Field::RollNumber,
        Field::PayeeName,
        Field::AccountName,
        Field::GroupName,
        Field::Reference,
        Field::Amount,
        Field::AmountPence,
        Field::RunDate,
        Field::RunDateUk,
        Field::RunNumber,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::SortCode => "sort_code",
            Field::AccountNumber => "account_number",
            Field::RollNumber => "roll_number",
            Field::PayeeName => "payee_name",
            Field::AccountName => "account_name",
            Field::GroupName => "group_name",
            Field::Reference => "reference",
            Field::Amount => "amount",
            Field::AmountPence => "amount_pence",
            Field::RunDate => "run_date",
            Field::RunDateUk => "run_date_uk",
            Field::RunNumber => "run_number",
        }
    }

    pub fn parse(text: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.as_str() == text)
    }

    /// The message naming the field on the admin's layout page.
    pub fn label_key(self) -> &'static str {
        match self {
            Field::SortCode => "payment-field-sort-code",
            Field::AccountNumber => "payment-field-account-number",
            Field::RollNumber => "payment-field-roll-number",
            Field::PayeeName => "payment-field-payee-name",
            Field::AccountName => "payment-field-account-name",
            Field::GroupName => "payment-field-group-name",
            Field::Reference => "payment-field-reference",
            Field::Amount => "payment-field-amount",
            Field::AmountPence => "payment-field-amount-pence",
            Field::RunDate => "payment-field-run-date",
            Field::RunDateUk => "payment-field-run-date-uk",
            Field::RunNumber => "payment-field-run-number",
        }
    }

    /// The cell of `row` this field fills, safe to open in a spreadsheet.
    pub fn value(self, row: &FileRow) -> String {
        match self {
            Field::SortCode => sort_code_text(&row.sort_code),
            Field::AccountNumber => row.account_number.clone(),
            Field::RollNumber => cell(&row.roll_number),
            Field::PayeeName => bacs_text(&row.account_name),
            Field::AccountName => cell(&row.account_name),
            Field::GroupName => cell(&row.group_name),
            Field::Reference => bacs_text(&row.bid_reference),
            Field::Amount => amount_text(row.amount),
            Field::AmountPence => row.amount.0.to_string(),
            Field::RunDate => row.run_date.format("%Y-%m-%d").to_string(),
            Field::RunDateUk => row.run_date.format("%d/%m/%Y").to_string(),
            Field::RunNumber => row.run_id.to_string(),
        }
    }
}

/// One column of the admin's layout.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Column {
    pub heading: String,
    pub field: Field,
}

/// The bulk Bacs layout's columns, in order.
pub const BACS: [Field; 5] = [Field::SortCode, Field::AccountNumber, Field::PayeeName, Field::Amount, Field::Reference];

fn write_csv(heading: Option<Vec<String>>, rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for record in heading.into_iter().chain(rows) {
        writer.write_record(&record).expect("writing to memory");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("CSV of UTF-8 cells")
}

/// The file in the bulk Bacs layout: one line per payment, no heading row (bank imports reject
/// one).
pub fn bacs_file(rows: &[FileRow]) -> String {
    write_csv(None, rows.iter().map(|row| BACS.iter().map(|field| field.value(row)).collect()))
}

/// The file in the admin's layout: the headings, then one line per payment.
pub fn finance_file(columns: &[Column], rows: &[FileRow]) -> String {
    let heading = columns.iter().map(|column| cell(&column.heading)).collect();
    write_csv(Some(heading), rows.iter().map(|row| columns.iter().map(|column| column.field.value(row)).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str) -> FileRow {
        FileRow {
            sort_code: "309457".into(),
            account_number: "01234567".into(),
            roll_number: String::new(),
            account_name: name.into(),
            group_name: "Riverside Walkers".into(),
            bid_reference: "SG-2027-0042".into(),
            amount: Pence(120_050),
            run_date: chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
            run_id: 7,
        }
    }

    #[test]
    fn the_bacs_file_has_one_line_per_payment_in_the_banks_order() {
        let file = bacs_file(&[row("Riverside Walkers"), row("St Anne's Women's Circle (Leeds)")]);
        assert_eq!(
            file,
            "30-94-57,01234567,RIVERSIDE WALKERS,1200.50,SG-2027-0042\r\n\
             30-94-57,01234567,ST ANNES WOMENS CI,1200.50,SG-2027-0042\r\n"
        );
    }

    #[test]
    fn names_and_references_keep_to_what_bacs_accepts() {
        assert_eq!(bacs_text("Zoë's café & bar"), "ZOES CAFE & BAR");
        assert_eq!(bacs_text("Łódź Świetlica"), "LODZ SWIETLICA");
        assert_eq!(bacs_text("=HYPERLINK(\"x\")"), "HYPERLINK X");
        assert_eq!(bacs_text("-- Hope / Circle"), "HOPE / CIRCLE");
        assert_eq!(bacs_text("A very long group name indeed"), "A VERY LONG GROUP");
        assert!(bacs_text("A very long group name indeed").len() <= BACS_TEXT_MOST);
        assert_eq!(amount_text(Pence(5)), "0.05");
    }

    #[test]
    fn the_finance_layout_has_the_admins_headings_and_columns() {
        let columns = vec![
            Column { heading: "Supplier".into(), field: Field::GroupName },
            Column { heading: "Net".into(), field: Field::AmountPence },
            Column { heading: "Date".into(), field: Field::RunDateUk },
            Column { heading: "=cmd".into(), field: Field::SortCode },
        ];
        let file = finance_file(&columns, &[row("Riverside Walkers")]);
        assert_eq!(file, "Supplier,Net,Date,'=cmd\r\nRiverside Walkers,120050,01/03/2027,30-94-57\r\n");
    }
}
