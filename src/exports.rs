//! Spreadsheet exports: every cell is safe to open in Excel, LibreOffice or Google Sheets.

/// A text cell with formula injection neutralised: a cell starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return would run as a formula, so it gets a leading apostrophe (which
/// spreadsheets hide, showing the text as typed).
pub fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_neutralised_and_text_is_kept() {
        assert_eq!(cell("=HYPERLINK(\"http://evil\",\"x\")"), "'=HYPERLINK(\"http://evil\",\"x\")");
        assert_eq!(cell("+44 121"), "'+44 121");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("Hope Circle"), "Hope Circle");
        assert_eq!(cell(""), "");
    }
}
