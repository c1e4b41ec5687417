//! The district list (`districts.csv`): ids, names in three languages, aliases and the
//! Natural Earth units that make up each district.

use super::{finish, read_table};
use crate::data::error::{DataError, ErrorKind};
use crate::data::model::*;

/// Parses the district list.
pub fn parse_districts(file: &str, text: &str) -> Result<Vec<District>, Vec<DataError>> {
    let required = ["id", "name_az", "name_en", "name_ru", "aliases", "ne_code"];
    let (out, errors) = read_table(file, text, &required, |cols, rec, errors| {
        let id = cols.text(rec, "id");
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase()) {
            errors.push(cols.err(rec, "id", ErrorKind::UnknownDistrict(id.into())));
            return None;
        }
        let split = |s: &str| -> Vec<String> {
            s.split('|')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(String::from)
                .collect()
        };
        Some(District {
            id: id.into(),
            name_az: cols.text(rec, "name_az").to_string(),
            name_en: cols.text(rec, "name_en").to_string(),
            name_ru: cols.text(rec, "name_ru").to_string(),
            aliases: split(cols.text(rec, "aliases")),
            ne_codes: split(cols.text(rec, "ne_code")),
        })
    })?;
    finish(out, errors)
}
