//! Reading and validating the project's data files (weeks, totals, districts, boundaries).
//!
//! The same code reads the embedded files and a file a user loads: every problem is collected
//! with its line and column, nothing panics, and the work is linear in the input size.

use super::csv::{self, Field, Record};
use super::error::{DataError, ErrorKind};
use super::model::*;
use std::collections::{HashMap, HashSet};

/// Largest data file accepted (bytes).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Largest count of one kind of item in one reporting period.
pub const MAX_ITEMS_PER_PERIOD: u32 = 100_000;
/// Largest area cleared in one reporting period (hectares). The largest plausible week on
/// record is under 3,000 ha; 10,000 leaves room while catching slipped decimal points.
pub const MAX_HECTARES_PER_PERIOD: f64 = 10_000.0;
/// Longest reporting period (days).
pub const MAX_PERIOD_DAYS: i32 = 31;
/// Earliest date any record may carry: the start of operations.
pub const EARLIEST: Date = Date {
    y: 2020,
    m: 11,
    d: 10,
};

/// Columns of a header, by name.
struct Columns<'a> {
    file: &'a str,
    index: HashMap<String, usize>,
    width: usize,
}

impl<'a> Columns<'a> {
    fn new(
        file: &'a str,
        header: &Record,
        required: &[&str],
        errors: &mut Vec<DataError>,
    ) -> Option<Self> {
        let index: HashMap<String, usize> = header
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| (f.text.trim().to_string(), i))
            .collect();
        let mut ok = true;
        for r in required {
            if !index.contains_key(*r) {
                errors.push(DataError::new(
                    file,
                    header.line,
                    0,
                    ErrorKind::MissingColumn((*r).to_string()),
                ));
                ok = false;
            }
        }
        ok.then_some(Self {
            file,
            index,
            width: header.fields.len(),
        })
    }

    fn get<'r>(&self, rec: &'r Record, name: &str) -> Option<&'r Field> {
        self.index.get(name).and_then(|&i| rec.fields.get(i))
    }

    fn text<'r>(&self, rec: &'r Record, name: &str) -> &'r str {
        self.get(rec, name).map(|f| f.text.trim()).unwrap_or("")
    }

    fn err(&self, rec: &Record, name: &str, kind: ErrorKind) -> DataError {
        let col = self.get(rec, name).map(|f| f.column).unwrap_or(0);
        DataError::new(self.file, rec.line, col, kind)
    }
}

/// Reads a plain decimal (`-`? digits with at most one `.`, at most 15 characters): the exact
/// integer mantissa divided by an exact power of ten, one correctly rounded IEEE division, so
/// the value is exactly what `str::parse::<f64>` gives. It keeps the standard library's general
/// float parser, with its 10 KB power table, out of the wasm.
pub fn plain_decimal(s: &str) -> Option<f64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    if !is_plain_decimal(body) {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut frac: Option<usize> = None;
    for c in body.bytes() {
        if c == b'.' {
            frac = Some(0);
        } else {
            mantissa = mantissa * 10 + u64::from(c - b'0');
            if let Some(f) = frac.as_mut() {
                *f += 1;
            }
        }
    }
    let v = mantissa as f64 / POW10.get(frac.unwrap_or(0)).copied()?;
    Some(if neg { -v } else { v })
}

fn is_plain_decimal(s: &str) -> bool {
    let mut dot = false;
    let mut digits = 0;
    for c in s.chars() {
        match c {
            '0'..='9' => digits += 1,
            '.' if !dot => dot = true,
            _ => return false,
        }
    }
    digits > 0 && s.len() <= 15 && !s.starts_with('.') && !s.ends_with('.')
}

/// Reads a field whose value is one word of a closed list (`parse`); an unknown word is an
/// error naming the field and the text.
fn word<T>(
    cols: &Columns,
    rec: &Record,
    name: &str,
    parse: impl Fn(&str) -> Option<T>,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    let t = cols.text(rec, name);
    let v = parse(t);
    if v.is_none() {
        errors.push(cols.err(
            rec,
            name,
            ErrorKind::UnknownValue {
                field: name.into(),
                text: t.into(),
            },
        ));
    }
    v
}

/// Reads an optional count: empty is `None`.
fn count(cols: &Columns, rec: &Record, name: &str, errors: &mut Vec<DataError>) -> Option<u32> {
    let t = cols.text(rec, name);
    if t.is_empty() {
        return None;
    }
    if let Some(rest) = t.strip_prefix('-') {
        if is_plain_decimal(rest) {
            errors.push(cols.err(
                rec,
                name,
                ErrorKind::OutOfRange {
                    field: name.into(),
                    text: t.into(),
                    max: MAX_ITEMS_PER_PERIOD.to_string(),
                },
            ));
            return None;
        }
    }
    if !t.chars().all(|c| c.is_ascii_digit()) || t.len() > 12 {
        errors.push(cols.err(
            rec,
            name,
            ErrorKind::NotANumber {
                field: name.into(),
                text: t.into(),
            },
        ));
        return None;
    }
    match t.parse::<u64>() {
        Ok(v) if v <= u64::from(MAX_ITEMS_PER_PERIOD) => u32::try_from(v).ok(),
        _ => {
            errors.push(cols.err(
                rec,
                name,
                ErrorKind::OutOfRange {
                    field: name.into(),
                    text: t.into(),
                    max: MAX_ITEMS_PER_PERIOD.to_string(),
                },
            ));
            None
        }
    }
}

/// Reads an optional non-negative decimal with an upper bound.
fn decimal(
    cols: &Columns,
    rec: &Record,
    name: &str,
    max: f64,
    errors: &mut Vec<DataError>,
) -> Option<f64> {
    let t = cols.text(rec, name);
    if t.is_empty() {
        return None;
    }
    // A negative plain decimal reads as a number and is then out of range.
    let Some(v) = plain_decimal(t) else {
        errors.push(cols.err(
            rec,
            name,
            ErrorKind::NotANumber {
                field: name.into(),
                text: t.into(),
            },
        ));
        return None;
    };
    if !(0.0..=max).contains(&v) {
        errors.push(cols.err(
            rec,
            name,
            ErrorKind::OutOfRange {
                field: name.into(),
                text: t.into(),
                max: format!("{max}"),
            },
        ));
        return None;
    }
    Some(v)
}

fn date(
    cols: &Columns,
    rec: &Record,
    name: &str,
    latest: Date,
    errors: &mut Vec<DataError>,
) -> Option<Date> {
    let t = cols.text(rec, name);
    match Date::parse(t) {
        None => {
            errors.push(cols.err(
                rec,
                name,
                ErrorKind::BadDate {
                    field: name.into(),
                    text: t.into(),
                },
            ));
            None
        }
        Some(d) if d < EARLIEST || d > latest => {
            errors.push(cols.err(
                rec,
                name,
                ErrorKind::DateOutOfSpan {
                    field: name.into(),
                    text: t.into(),
                },
            ));
            None
        }
        Some(d) => Some(d),
    }
}

/// True for an absolute http(s) URL without characters that could break out of an attribute.
pub fn is_safe_url(u: &str) -> bool {
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && u.len() > 8
        && u.len() <= 2048
        && !u.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
        })
}

/// Parses `Outlet <url>; Outlet <url>`; `Outlet <>` is a citation without an address.
pub fn parse_citations(s: &str) -> Result<Vec<Citation>, ErrorKind> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let trimmed = rest.trim_start_matches(|c: char| c == ';' || c.is_whitespace());
        if trimmed.is_empty() {
            break;
        }
        let Some(open) = trimmed.find('<') else {
            return Err(ErrorKind::UnknownValue {
                field: "sources".into(),
                text: trimmed.into(),
            });
        };
        let Some(close_rel) = trimmed[open..].find('>') else {
            return Err(ErrorKind::UnknownValue {
                field: "sources".into(),
                text: trimmed.into(),
            });
        };
        let outlet = trimmed[..open].trim();
        let url = trimmed[open + 1..open + close_rel].trim();
        if outlet.is_empty() {
            return Err(ErrorKind::NoSource);
        }
        let url = if url.is_empty() {
            None
        } else if is_safe_url(url) {
            Some(url.to_string())
        } else {
            return Err(ErrorKind::BadUrl(url.into()));
        };
        out.push(Citation {
            outlet: outlet.to_string(),
            url,
        });
        rest = &trimmed[open + close_rel + 1..];
    }
    if out.is_empty() {
        return Err(ErrorKind::NoSource);
    }
    Ok(out)
}

fn parse_period_ref(s: &str) -> Option<(Date, Date)> {
    let (a, b) = s.split_once("..")?;
    Some((Date::parse(a.trim())?, Date::parse(b.trim())?))
}

fn parse_alternatives(s: &str) -> Result<Vec<Alternative>, String> {
    let mut out = Vec::new();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (lhs, outlet) = part.split_once(' ').ok_or_else(|| part.to_string())?;
        let (m, v) = lhs.split_once('=').ok_or_else(|| part.to_string())?;
        let metric = Metric::parse(m).ok_or_else(|| part.to_string())?;
        let value = plain_decimal(v)
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

fn check_size(file: &str, text: &str) -> Result<(), Vec<DataError>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![DataError::new(
            file,
            0,
            0,
            ErrorKind::TooLarge {
                bytes: text.len(),
                max: MAX_FILE_BYTES,
            },
        )]);
    }
    Ok(())
}

fn header_and_rows<'a>(
    file: &str,
    text: &str,
    records: &'a mut Vec<Record>,
) -> Result<(Record, &'a [Record]), Vec<DataError>> {
    check_size(file, text)?;
    *records = csv::parse(file, text).map_err(|e| vec![e])?;
    let Some(header) = records.first().cloned() else {
        return Err(vec![DataError::new(file, 1, 0, ErrorKind::NoHeader)]);
    };
    Ok((header, &records[1..]))
}

fn check_width(cols: &Columns, rec: &Record, errors: &mut Vec<DataError>) -> bool {
    if rec.fields.len() != cols.width {
        errors.push(DataError::new(
            cols.file,
            rec.line,
            0,
            ErrorKind::FieldCount {
                expected: cols.width,
                found: rec.fields.len(),
            },
        ));
        return false;
    }
    true
}

const WEEK_COLUMNS: [&str; 10] = [
    "start",
    "end",
    "anti_tank",
    "anti_personnel",
    "uxo",
    "hectares",
    "hectares_qualifier",
    "status",
    "reason",
    "sources",
];

/// Parses and validates the weekly records. `latest` is the last date a record may carry
/// (a week from today in the browser). Returns every problem found, not just the first.
pub fn parse_weeks(file: &str, text: &str, latest: Date) -> Result<Vec<Week>, Vec<DataError>> {
    let mut records = Vec::new();
    let (header, rows) = header_and_rows(file, text, &mut records)?;
    let mut errors = Vec::new();
    let Some(cols) = Columns::new(file, &header, &WEEK_COLUMNS, &mut errors) else {
        return Err(errors);
    };
    let mut weeks = Vec::with_capacity(rows.len());
    for rec in rows {
        if !check_width(&cols, rec, &mut errors) {
            continue;
        }
        let before = errors.len();
        let start = date(&cols, rec, "start", latest, &mut errors);
        let end = date(&cols, rec, "end", latest, &mut errors);
        let anti_tank = count(&cols, rec, "anti_tank", &mut errors);
        let anti_personnel = count(&cols, rec, "anti_personnel", &mut errors);
        let uxo = count(&cols, rec, "uxo", &mut errors);
        let hectares = decimal(&cols, rec, "hectares", MAX_HECTARES_PER_PERIOD, &mut errors);
        let hectares_qualifier = word(
            &cols,
            rec,
            "hectares_qualifier",
            Qualifier::parse,
            &mut errors,
        )
        .unwrap_or_default();
        let status =
            word(&cols, rec, "status", Status::parse, &mut errors).unwrap_or(Status::SingleSource);
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
        let alternatives = match parse_alternatives(cols.text(rec, "alternatives")) {
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
            continue;
        }
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        weeks.push(Week {
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
        });
    }
    check_periods(file, &mut weeks, &mut errors);
    if errors.is_empty() {
        Ok(weeks)
    } else {
        Err(errors)
    }
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
    let mut records = Vec::new();
    let (header, rows) = header_and_rows(file, text, &mut records)?;
    let mut errors = Vec::new();
    let Some(cols) = Columns::new(file, &header, &TOTAL_COLUMNS, &mut errors) else {
        return Err(errors);
    };
    let mut out = Vec::with_capacity(rows.len());
    for rec in rows {
        if !check_width(&cols, rec, &mut errors) {
            continue;
        }
        let before = errors.len();
        let kind = word(&cols, rec, "kind", TotalKind::parse, &mut errors);
        let scope = word(&cols, rec, "scope", Scope::parse, &mut errors);
        let as_of = date(&cols, rec, "as_of", latest, &mut errors);
        let d = cols.text(rec, "district");
        let district = if d.is_empty() {
            None
        } else if d == "other" || districts.contains(d) {
            Some(d.to_string())
        } else {
            errors.push(cols.err(rec, "district", ErrorKind::UnknownDistrict(d.into())));
            None
        };
        let metric = word(&cols, rec, "metric", TotalMetric::parse, &mut errors);
        let period = word(&cols, rec, "period", Period::parse, &mut errors);
        let value = decimal(&cols, rec, "value", 1.0e9, &mut errors);
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
        let qualifier = word(&cols, rec, "qualifier", Qualifier::parse, &mut errors);
        let source = match parse_citations(cols.text(rec, "source")) {
            Ok(mut c) => Some(c.remove(0)),
            Err(k) => {
                errors.push(cols.err(rec, "source", k));
                None
            }
        };
        if errors.len() > before {
            continue;
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
            continue;
        };
        out.push(Total {
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
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Parses the district list.
pub fn parse_districts(file: &str, text: &str) -> Result<Vec<District>, Vec<DataError>> {
    let mut records = Vec::new();
    let (header, rows) = header_and_rows(file, text, &mut records)?;
    let mut errors = Vec::new();
    let required = ["id", "name_az", "name_en", "name_ru", "aliases", "ne_code"];
    let Some(cols) = Columns::new(file, &header, &required, &mut errors) else {
        return Err(errors);
    };
    let mut out = Vec::new();
    for rec in rows {
        if !check_width(&cols, rec, &mut errors) {
            continue;
        }
        let id = cols.text(rec, "id");
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase()) {
            errors.push(cols.err(rec, "id", ErrorKind::UnknownDistrict(id.into())));
            continue;
        }
        let split = |s: &str| -> Vec<String> {
            s.split('|')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(String::from)
                .collect()
        };
        out.push(District {
            id: id.to_string(),
            name_az: cols.text(rec, "name_az").to_string(),
            name_en: cols.text(rec, "name_en").to_string(),
            name_ru: cols.text(rec, "name_ru").to_string(),
            aliases: split(cols.text(rec, "aliases")),
            ne_codes: split(cols.text(rec, "ne_code")),
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn parse_ring(s: &str) -> Option<Ring> {
    let mut ring = Vec::new();
    for pair in s.split_ascii_whitespace() {
        let (x, y) = pair.split_once(',')?;
        let x = plain_decimal(x)?;
        let y = plain_decimal(y)?;
        if !x.is_finite()
            || !y.is_finite()
            || !(-180.0..=180.0).contains(&x)
            || !(-90.0..=90.0).contains(&y)
        {
            return None;
        }
        ring.push((x, y));
    }
    (ring.len() >= 4).then_some(ring)
}

/// Parses the compact boundaries format (see scripts/boundaries/prepare.mjs).
pub fn parse_boundaries(file: &str, text: &str) -> Result<Vec<Boundary>, Vec<DataError>> {
    check_size(file, text)?;
    let mut out: Vec<Boundary> = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let bad = || {
            DataError::new(
                file,
                n,
                1,
                ErrorKind::BadGeometry(line.chars().take(30).collect()),
            )
        };
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
        match tag {
            "F" => {
                let (code, name) = rest.split_once(' ').unwrap_or((rest, ""));
                out.push(Boundary {
                    code: code.to_string(),
                    name: name.to_string(),
                    polygons: Vec::new(),
                });
            }
            "P" | "H" => {
                let Some(ring) = parse_ring(rest) else {
                    errors.push(bad());
                    continue;
                };
                let Some(b) = out.last_mut() else {
                    errors.push(bad());
                    continue;
                };
                if tag == "P" {
                    b.polygons.push(vec![ring]);
                } else if let Some(p) = b.polygons.last_mut() {
                    p.push(ring);
                } else {
                    errors.push(bad());
                }
            }
            _ => errors.push(bad()),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
