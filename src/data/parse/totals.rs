//! The totals table (`totals.csv`): annual, monthly, cumulative, per-district, victims and
//! context statements, each typed once (kind, scope, metric, period, qualifier).

use super::{date, decimal, finish, parse_citations, read_table, word};
use crate::data::error::{DataError, ErrorKind};
use crate::data::model::*;
use std::collections::HashSet;

/// Required columns; `note` is optional (the embedded copy leaves it out, see `build.rs`).
const TOTAL_COLUMNS: [&str; 9] = [
    "kind",
    "scope",
    "as_of",
    "period",
    "district",
    "metric",
    "value",
    "qualifier",
    "source",
];

/// Parses and validates the totals. `districts` are the known district ids (`other` is allowed too).
pub fn parse_totals(
    file: &str,
    text: &str,
    latest: Date,
    districts: &HashSet<&str>,
) -> Result<Vec<Total>, Vec<DataError>> {
    let (out, errors) = read_table(file, text, &TOTAL_COLUMNS, |cols, rec, errors| {
        let before = errors.len();
        let kind = word(cols, rec, "kind", TotalKind::parse, errors);
        let scope = word(cols, rec, "scope", Scope::parse, errors);
        let as_of = date(cols, rec, "as_of", latest, errors);
        let d = cols.text(rec, "district");
        let district = if d.is_empty() {
            None
        } else if d == "other" || districts.contains(d) {
            Some(d.into())
        } else {
            errors.push(cols.err(rec, "district", ErrorKind::UnknownDistrict(d.into())));
            None
        };
        let metric = word(cols, rec, "metric", TotalMetric::parse, errors);
        let period = word(cols, rec, "period", Period::parse, errors);
        let value = decimal(cols, rec, "value", 1.0e9, errors);
        if value.is_none() && errors.len() == before {
            errors.push(cols.err(
                rec,
                "value",
                ErrorKind::NotANumber {
                    field: "value".into(),
                    text: String::new(),
                },
            ));
        }
        let qualifier = word(cols, rec, "qualifier", Qualifier::parse, errors);
        let source = match parse_citations(cols.text(rec, "source")) {
            Ok(mut c) => Some(c.remove(0)),
            Err(k) => {
                errors.push(cols.err(rec, "source", k));
                None
            }
        };
        if errors.len() > before {
            return None;
        }
        let (
            Some(kind),
            Some(scope),
            Some(as_of),
            Some(metric),
            Some(period),
            Some(value),
            Some(qualifier),
            Some(source),
        ) = (kind, scope, as_of, metric, period, value, qualifier, source)
        else {
            return None;
        };
        Some(Total {
            kind,
            scope,
            as_of,
            period,
            district,
            metric,
            value,
            qualifier,
            source,
            note: cols.text(rec, "note").to_string(),
            line: rec.line,
        })
    })?;
    finish(out, errors)
}
