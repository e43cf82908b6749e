//! The finance system's layout of the payment file, set by the site admin: up to
//! [`MOST_COLUMNS`] columns, each a heading and what goes in it. It must hold the sort code,
//! the account number and an amount, or the file could not pay anyone. Kept as JSON in the
//! newest row of `payment_file_layouts` (earlier rows are its history).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::files::{Column, Field};
use crate::audit::{self, NewEvent};
use crate::db::schema::payment_file_layouts;
use crate::db::{DbConn, write_transaction};
use crate::forms::FieldErrors;

pub const MOST_COLUMNS: usize = 10;
const HEADING_MOST: usize = 60;

/// The layout in use, if the admin has set one.
pub fn current(conn: &mut DbConn) -> QueryResult<Option<Vec<Column>>> {
    let columns: Option<String> = payment_file_layouts::table
        .order(payment_file_layouts::id.desc())
        .select(payment_file_layouts::columns_json)
        .first(conn)
        .optional()?;
    Ok(columns.and_then(|text| serde_json::from_str(&text).ok()))
}

/// Saves `columns` as the layout in use, with an audit event.
pub fn save(conn: &mut DbConn, actor: i64, columns: &[Column], now: NaiveDateTime) -> QueryResult<()> {
    let text = serde_json::to_string(columns).expect("columns serialise");
    write_transaction(conn, |conn| {
        diesel::insert_into(payment_file_layouts::table)
            .values((
                payment_file_layouts::columns_json.eq(&text),
                payment_file_layouts::changed_by.eq(actor),
                payment_file_layouts::changed_at.eq(now),
            ))
            .execute(conn)?;
        let event = NewEvent {
            actor_id: Some(actor),
            action: "payment_file_layout_changed",
            subject_type: "site",
            ..NewEvent::default()
        }
        .with_details(Some(serde_json::json!({ "columns": columns })));
        audit::record(conn, &event, now)
    })
}

/// What the layout form sends: `heading_N` and `field_N` for N from 1.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct LayoutForm(pub std::collections::HashMap<String, String>);

impl LayoutForm {
    /// The rows as typed, in order: (heading, field).
    pub fn rows(&self) -> Vec<(String, String)> {
        (1..=MOST_COLUMNS)
            .map(|n| {
                let typed = |name: &str| self.0.get(&format!("{name}_{n}")).cloned().unwrap_or_default();
                (typed("heading"), typed("field"))
            })
            .collect()
    }

    /// The form filled with the layout as it stands.
    pub fn from_columns(columns: &[Column]) -> LayoutForm {
        let mut typed = std::collections::HashMap::new();
        for (n, column) in columns.iter().enumerate() {
            typed.insert(format!("heading_{}", n + 1), column.heading.clone());
            typed.insert(format!("field_{}", n + 1), column.field.as_str().to_string());
        }
        LayoutForm(typed)
    }
}

/// Checks the rows (rows left empty are skipped).
pub fn check_layout(form: &LayoutForm) -> Result<Vec<Column>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut columns = Vec::new();
    for (n, (heading, field)) in form.rows().into_iter().enumerate() {
        let (heading, field) = (heading.trim(), field.trim());
        if heading.is_empty() && field.is_empty() {
            continue;
        }
        let (heading_name, field_name) = (format!("heading_{}", n + 1), format!("field_{}", n + 1));
        if heading.is_empty() {
            errors.add(&heading_name, "payment-layout-error-heading");
        } else if heading.chars().count() > HEADING_MOST {
            errors.add(&heading_name, "payment-layout-error-heading-long");
        }
        match Field::parse(field) {
            Some(field) if !heading.is_empty() => columns.push(Column { heading: heading.to_string(), field }),
            Some(_) => {}
            None => errors.add(&field_name, "payment-layout-error-field"),
        }
    }
    if errors.is_empty() {
        let has = |wanted: &[Field]| columns.iter().any(|column| wanted.contains(&column.field));
        if !has(&[Field::SortCode]) || !has(&[Field::AccountNumber]) || !has(&[Field::Amount, Field::AmountPence]) {
            errors.add("heading_1", "payment-layout-error-needs");
        }
    }
    errors.into_result(columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(rows: &[(&str, &str)]) -> LayoutForm {
        let mut typed = std::collections::HashMap::new();
        for (n, (heading, field)) in rows.iter().enumerate() {
            typed.insert(format!("heading_{}", n + 1), heading.to_string());
            typed.insert(format!("field_{}", n + 1), field.to_string());
        }
        LayoutForm(typed)
    }

    #[test]
    fn a_layout_needs_where_to_pay_and_how_much() {
        let columns =
            check_layout(&form(&[("Sort", "sort_code"), ("", ""), ("Acc", "account_number"), ("Net", "amount_pence")]))
                .unwrap();
        assert_eq!(columns.len(), 3, "the empty row is skipped");
        let short = check_layout(&form(&[("Sort", "sort_code"), ("Net", "amount")])).unwrap_err();
        assert_eq!(short.get("heading_1").map(|m| m.key), Some("payment-layout-error-needs"));
        let wrong =
            check_layout(&form(&[("Sort", "sort_code"), ("", "account_number"), ("X", "password")])).unwrap_err();
        assert_eq!(wrong.get("heading_2").map(|m| m.key), Some("payment-layout-error-heading"));
        assert_eq!(wrong.get("field_3").map(|m| m.key), Some("payment-layout-error-field"));
    }

    #[test]
    fn the_form_shows_the_layout_as_it_stands() {
        let columns = vec![Column { heading: "Payee".into(), field: Field::PayeeName }];
        let rows = LayoutForm::from_columns(&columns).rows();
        assert_eq!(rows[0], ("Payee".to_string(), "payee_name".to_string()));
        assert_eq!(rows[1], (String::new(), String::new()));
    }
}
