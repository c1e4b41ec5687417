//! Reading and validating the project's data files (weeks, totals, districts, boundaries).
//!
//! The same code reads the embedded files and a file a user loads: every problem is collected
//! with its line and column, nothing panics, and the work is linear in the input size.

mod boundaries;
mod districts;
mod totals;
mod weeks;

pub use boundaries::parse_boundaries;
pub use districts::parse_districts;
pub use totals::parse_totals;
pub use weeks::{parse_weeks, parse_weeks_as, FIGURE_COLUMNS};

use super::csv::{self, Field, Record};
use super::error::{DataError, ErrorKind};
use super::model::*;

pub use super::limits::*;

/// Columns of a header, by name.
struct Columns<'a> {
    file: &'a str,
    /// The header's names, trimmed, in column order. A dozen short names: a scan is quicker
    /// than hashing the name for every field of every row.
    names: Vec<String>,
    width: usize,
    /// A spreadsheet's file (its delimiter is not a comma): decimal commas are read as decimal
    /// points and dates may be written day first (`06.01.2025`), as Excel saves them.
    decimal_comma: bool,
}

impl<'a> Columns<'a> {
    fn new(
        file: &'a str,
        header: &Record,
        required: &[&str],
        errors: &mut Vec<DataError>,
    ) -> Option<Self> {
        let names: Vec<String> = header
            .fields
            .iter()
            .map(|f| f.text.trim().to_string())
            .collect();
        let mut ok = true;
        for r in required {
            if !names.iter().any(|n| n == r) {
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
            names,
            width: header.fields.len(),
            decimal_comma: false,
        })
    }

    fn get<'r, 't>(&self, rec: &'r Record<'t>, name: &str) -> Option<&'r Field<'t>> {
        // The last column of that name, as a map from names to columns would give.
        self.names
            .iter()
            .rposition(|n| n == name)
            .and_then(|i| rec.fields.get(i))
    }

    fn text<'r>(&self, rec: &'r Record<'_>, name: &str) -> &'r str {
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

/// "not a number" for a field.
fn not_a_number(cols: &Columns, rec: &Record, name: &str, text: &str) -> DataError {
    cols.err(
        rec,
        name,
        ErrorKind::NotANumber {
            field: name.into(),
            text: text.into(),
        },
    )
}

/// "out of range" for a field, with the limit.
fn out_of_range(cols: &Columns, rec: &Record, name: &str, text: &str, max: String) -> DataError {
    cols.err(
        rec,
        name,
        ErrorKind::OutOfRange {
            field: name.into(),
            text: text.into(),
            max,
        },
    )
}

/// Reads an optional count: empty is `None`.
fn count(cols: &Columns, rec: &Record, name: &str, errors: &mut Vec<DataError>) -> Option<u32> {
    let t = cols.text(rec, name);
    if t.is_empty() {
        return None;
    }
    let too_many = || out_of_range(cols, rec, name, t, MAX_ITEMS_PER_PERIOD.to_string());
    // A negative number reads as a number and is then out of range.
    if t.strip_prefix('-').is_some_and(is_plain_decimal) {
        errors.push(too_many());
        return None;
    }
    if !t.chars().all(|c| c.is_ascii_digit()) || t.len() > 12 {
        errors.push(not_a_number(cols, rec, name, t));
        return None;
    }
    match t.parse::<u64>() {
        Ok(v) if v <= u64::from(MAX_ITEMS_PER_PERIOD) => u32::try_from(v).ok(),
        _ => {
            errors.push(too_many());
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
    let read = if cols.decimal_comma {
        super::sheet::decimal_point(t)
    } else {
        std::borrow::Cow::Borrowed(t)
    };
    let Some(v) = plain_decimal(&read) else {
        errors.push(not_a_number(cols, rec, name, t));
        return None;
    };
    if !(0.0..=max).contains(&v) {
        errors.push(out_of_range(cols, rec, name, t, format!("{max}")));
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
    let parsed = match Date::parse(t) {
        None if cols.decimal_comma => super::sheet::day_first_date(t),
        d => d,
    };
    match parsed {
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

fn header_and_rows<'a, 't>(
    file: &str,
    text: &'t str,
    delimiter: char,
    records: &'a mut Vec<Record<'t>>,
) -> Result<(Record<'t>, &'a [Record<'t>]), Vec<DataError>> {
    check_size(file, text)?;
    *records = csv::parse_with(file, text, delimiter).map_err(|e| vec![e])?;
    let Some(header) = records.first().cloned() else {
        return Err(vec![DataError::new(file, 1, 0, ErrorKind::NoHeader)]);
    };
    Ok((header, &records[1..]))
}

/// The one table reader: header, required columns, one record per row checked for width, and
/// `row` to read a record (a record that added errors is left out). Returns the rows read and
/// every problem, or only the problems when the header itself is wrong.
fn read_table<T>(
    file: &str,
    text: &str,
    required: &[&str],
    row: impl FnMut(&Columns, &Record, &mut Vec<DataError>) -> Option<T>,
) -> Result<(Vec<T>, Vec<DataError>), Vec<DataError>> {
    read_table_with(file, text, ',', required, row)
}

/// [`read_table`] for a file with another delimiter; decimal commas are accepted when the
/// delimiter is not a comma. A header that names none of the required columns is described
/// (delimiter, width, first words) before the missing columns are listed.
fn read_table_with<T>(
    file: &str,
    text: &str,
    delimiter: char,
    required: &[&str],
    mut row: impl FnMut(&Columns, &Record, &mut Vec<DataError>) -> Option<T>,
) -> Result<(Vec<T>, Vec<DataError>), Vec<DataError>> {
    let mut records = Vec::new();
    let (header, rows) = header_and_rows(file, text, delimiter, &mut records)?;
    let mut errors = Vec::new();
    let Some(mut cols) = Columns::new(file, &header, required, &mut errors) else {
        if errors.len() == required.len() {
            let first: Vec<&str> = header
                .fields
                .iter()
                .take(4)
                .map(|f| f.text.trim())
                .collect();
            errors.insert(
                0,
                DataError::new(
                    file,
                    header.line,
                    0,
                    ErrorKind::LooksLike {
                        delimiter,
                        columns: header.fields.len(),
                        first: first.join(&delimiter.to_string()),
                    },
                ),
            );
        }
        return Err(errors);
    };
    cols.decimal_comma = delimiter != ',';
    let mut out = Vec::with_capacity(rows.len());
    for rec in rows {
        if !check_width(&cols, rec, &mut errors) {
            continue;
        }
        let before = errors.len();
        if let Some(v) = row(&cols, rec, &mut errors) {
            if errors.len() == before {
                out.push(v);
            }
        }
    }
    Ok((out, errors))
}

/// The rows read, or every problem found.
fn finish<T>(out: Vec<T>, errors: Vec<DataError>) -> Result<Vec<T>, Vec<DataError>> {
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reader_keeps_good_rows_and_reports_every_bad_one() {
        let text = "a,b\n1,x\n2\n3,y\n";
        let (rows, errors) = read_table("t.csv", text, &["a", "b"], |cols, rec, errors| {
            let a = cols.text(rec, "a");
            if a == "3" {
                errors.push(cols.err(rec, "a", ErrorKind::NoSource));
            }
            Some(a.to_string())
        })
        .expect("header is fine");
        assert_eq!(rows, vec!["1".to_string()]);
        assert_eq!(
            errors.len(),
            2,
            "the short row and the rejected one: {errors:?}"
        );
        assert_eq!((errors[0].line, errors[1].line), (3, 4));
        let missing = read_table("t.csv", "a\n1\n", &["a", "b"], |_, _, _| Some(()));
        assert!(matches!(missing, Err(e) if e.len() == 1));
    }

    #[test]
    fn a_closed_list_field_names_the_field_and_the_text() {
        let recs = csv::parse("t.csv", "status\nmaybe\n").expect("csv");
        let mut errors = Vec::new();
        let cols = Columns::new("t.csv", &recs[0], &["status"], &mut errors).expect("cols");
        assert_eq!(
            word(&cols, &recs[1], "status", Status::parse, &mut errors),
            None
        );
        assert!(matches!(
            &errors[0].kind,
            ErrorKind::UnknownValue { field, text } if field == "status" && text == "maybe"
        ));
    }
}
