//! The weekly records table (`weeks.csv`): figures, status, references between periods,
//! alternatives and citations, and the checks across periods.

use super::{
    count, date, decimal, finish, parse_citations, plain_decimal, read_table_with, word,
    MAX_HECTARES_PER_PERIOD, MAX_PERIOD_DAYS,
};
use crate::data::error::{DataError, ErrorKind};
use crate::data::model::*;
use std::collections::HashSet;

fn parse_period_ref(s: &str) -> Option<(Date, Date)> {
    let (a, b) = s.split_once("..")?;
    Some((Date::parse(a.trim())?, Date::parse(b.trim())?))
}

fn parse_alternatives(s: &str, decimal_comma: bool) -> Result<Vec<Alternative>, String> {
    let mut out = Vec::new();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (lhs, outlet) = part.split_once(' ').ok_or_else(|| part.to_string())?;
        let (m, v) = lhs.split_once('=').ok_or_else(|| part.to_string())?;
        let metric = Metric::parse(m).ok_or_else(|| part.to_string())?;
        let v = if decimal_comma {
            crate::data::sheet::decimal_point(v)
        } else {
            std::borrow::Cow::Borrowed(v)
        };
        let value = plain_decimal(&v)
            .filter(|_| !v.starts_with('-'))
            .ok_or_else(|| part.to_string())?;
        out.push(Alternative {
            metric,
            value,
            outlet: outlet.trim().to_string(),
        });
    }
    Ok(out)
}

/// The figure and status columns every weekly file has, here and in the reference data.
pub const FIGURE_COLUMNS: [&str; 6] = [
    "anti_tank",
    "anti_personnel",
    "uxo",
    "hectares",
    "hectares_qualifier",
    "status",
];

/// The columns a weekly file must have (`same_report_as`, `alternatives`, `reason_az` and
/// `reason_ru` are optional).
fn required_columns() -> Vec<&'static str> {
    let mut c = vec!["start", "end"];
    c.extend(FIGURE_COLUMNS);
    c.extend(["reason", "sources"]);
    c
}

/// Parses and validates the weekly records. `latest` is the last date a record may carry
/// (a week from today in the browser). Returns every problem found, not just the first.
pub fn parse_weeks(file: &str, text: &str, latest: Date) -> Result<Vec<Week>, Vec<DataError>> {
    parse_weeks_as(file, text, latest, ',')
}

/// [`parse_weeks`] for a file with another delimiter (`;` or a tab, as spreadsheets save
/// them); decimal commas are read where the delimiter is not a comma.
pub fn parse_weeks_as(
    file: &str,
    text: &str,
    latest: Date,
    delimiter: char,
) -> Result<Vec<Week>, Vec<DataError>> {
    let (mut weeks, mut errors) = read_table_with(
        file,
        text,
        delimiter,
        &required_columns(),
        |cols, rec, errors| {
            let before = errors.len();
            let start = date(cols, rec, "start", latest, errors);
            let end = date(cols, rec, "end", latest, errors);
            let anti_tank = count(cols, rec, "anti_tank", errors);
            let anti_personnel = count(cols, rec, "anti_personnel", errors);
            let uxo = count(cols, rec, "uxo", errors);
            let hectares = decimal(cols, rec, "hectares", MAX_HECTARES_PER_PERIOD, errors);
            let hectares_qualifier =
                word(cols, rec, "hectares_qualifier", Qualifier::parse, errors).unwrap_or_default();
            let status =
                word(cols, rec, "status", Status::parse, errors).unwrap_or(Status::SingleSource);
            let sr = cols.text(rec, "same_report_as");
            let same_report_as = if sr.is_empty() {
                None
            } else {
                let p = parse_period_ref(sr);
                if p.is_none() {
                    errors.push(cols.err(
                        rec,
                        "same_report_as",
                        ErrorKind::UnknownReference(sr.into()),
                    ));
                }
                p
            };
            let alternatives =
                match parse_alternatives(cols.text(rec, "alternatives"), cols.decimal_comma) {
                    Ok(a) => a,
                    Err(bad) => {
                        errors.push(cols.err(
                            rec,
                            "alternatives",
                            ErrorKind::UnknownValue {
                                field: "alternatives".into(),
                                text: bad,
                            },
                        ));
                        Vec::new()
                    }
                };
            let sources = match parse_citations(cols.text(rec, "sources")) {
                Ok(c) => c,
                Err(k) => {
                    errors.push(cols.err(rec, "sources", k));
                    Vec::new()
                }
            };
            if let (Some(a), Some(b)) = (start, end) {
                if b < a {
                    errors.push(cols.err(rec, "end", ErrorKind::EndBeforeStart));
                } else if b.days() - a.days() + 1 > MAX_PERIOD_DAYS {
                    errors.push(cols.err(
                        rec,
                        "end",
                        ErrorKind::PeriodTooLong {
                            days: b.days() - a.days() + 1,
                        },
                    ));
                }
            }
            if errors.len() > before {
                return None;
            }
            let (Some(start), Some(end)) = (start, end) else {
                return None;
            };
            Some(Week {
                start,
                end,
                anti_tank,
                anti_personnel,
                uxo,
                hectares,
                hectares_qualifier,
                status,
                same_report_as,
                alternatives,
                reason: cols.text(rec, "reason").to_string(),
                reason_az: cols.text(rec, "reason_az").to_string(),
                reason_ru: cols.text(rec, "reason_ru").to_string(),
                sources,
                line: rec.line,
            })
        },
    )?;
    check_periods(file, &mut weeks, &mut errors);
    finish(weeks, errors)
}

/// Duplicates, dangling references and overlaps between counted periods.
fn check_periods(file: &str, weeks: &mut [Week], errors: &mut Vec<DataError>) {
    crate::sort::sort_by_key(weeks, |w| (w.start, w.end));
    let periods: HashSet<(Date, Date)> = weeks.iter().map(|w| (w.start, w.end)).collect();
    for pair in weeks.windows(2) {
        if (pair[0].start, pair[0].end) == (pair[1].start, pair[1].end) {
            errors.push(DataError::new(
                file,
                pair[1].line,
                0,
                ErrorKind::DuplicatePeriod,
            ));
        }
    }
    for w in weeks.iter() {
        if let Some(r) = w.same_report_as {
            if !periods.contains(&r) || r == (w.start, w.end) {
                errors.push(DataError::new(
                    file,
                    w.line,
                    0,
                    ErrorKind::UnknownReference(format!("{}..{}", r.0, r.1)),
                ));
            }
        }
    }
    // Counted periods are sorted by start; each may share at most one day with the previous.
    let mut last: Option<&Week> = None;
    for w in weeks.iter().filter(|w| w.counts()) {
        if let Some(p) = last {
            if w.start.days() < p.end.days() {
                errors.push(DataError::new(
                    file,
                    w.line,
                    0,
                    ErrorKind::Overlap {
                        other: format!("{}..{}", p.start, p.end),
                    },
                ));
            }
        }
        if last.is_none_or(|p| w.end > p.end) {
            last = Some(w);
        }
    }
}
