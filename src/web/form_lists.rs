//! Forms with a field given many times (a box for each area, all named `area`). The usual
//! `web::Form<T>` keeps one value per name, so such a form is read as its name and value pairs
//! and turned into `T` here: the names in `lists` become lists, every other name keeps its
//! last value.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// `T` from the form's pairs, with `lists` read as every value given (an empty list when none).
pub fn from_pairs<T: DeserializeOwned>(pairs: &[(String, String)], lists: &[&str]) -> Result<T, serde_json::Error> {
    let mut fields = Map::new();
    for name in lists {
        fields.insert((*name).to_string(), Value::Array(Vec::new()));
    }
    for (name, value) in pairs {
        match fields.get_mut(name.as_str()) {
            Some(Value::Array(values)) if lists.contains(&name.as_str()) => values.push(Value::String(value.clone())),
            _ => {
                fields.insert(name.clone(), Value::String(value.clone()));
            }
        }
    }
    serde_json::from_value(Value::Object(fields))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, serde::Deserialize, PartialEq)]
    #[serde(default)]
    struct Form {
        title: String,
        area: Vec<String>,
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(name, value)| (name.to_string(), value.to_string())).collect()
    }

    #[test]
    fn a_field_given_many_times_is_a_list_and_the_rest_keep_one_value() {
        let form: Form =
            from_pairs(&pairs(&[("title", "Walks"), ("area", "3"), ("area", "elsewhere")]), &["area"]).unwrap();
        assert_eq!(form, Form { title: "Walks".into(), area: vec!["3".into(), "elsewhere".into()] });
        let none: Form = from_pairs(&pairs(&[("title", "Walks"), ("csrf_token", "x")]), &["area"]).unwrap();
        assert!(none.area.is_empty(), "no box ticked is an empty list");
    }
}
