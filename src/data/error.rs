//! Errors found while reading a data file: where (file, line, column) and what, as data
//! so that the page can say it in the reader's language.

use std::fmt;

/// What is wrong with a value or a record.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// A quoted field never closes.
    UnterminatedQuote,
    /// A `"` inside an unquoted field.
    StrayQuote,
    /// Characters after a closing quote.
    TextAfterQuote,
    /// The header row lacks a required column.
    MissingColumn(String),
    /// The file has no header row.
    NoHeader,
    /// A row has a different number of fields than the header.
    FieldCount { expected: usize, found: usize },
    /// A number could not be read.
    NotANumber { field: String, text: String },
    /// A number is outside its allowed range.
    OutOfRange {
        field: String,
        text: String,
        max: String,
    },
    /// A date could not be read (expected YYYY-MM-DD).
    BadDate { field: String, text: String },
    /// A date is outside the allowed span.
    DateOutOfSpan { field: String, text: String },
    /// The end of a period is before its start.
    EndBeforeStart,
    /// A period is longer than allowed.
    PeriodTooLong { days: i32 },
    /// An unknown word in a closed list.
    UnknownValue { field: String, text: String },
    /// No citation, or a citation without an outlet.
    NoSource,
    /// A source URL that is not http(s).
    BadUrl(String),
    /// The same period twice.
    DuplicatePeriod,
    /// Two counted periods overlap by more than one day.
    Overlap { other: String },
    /// `same_report_as` names a period that is not in the file.
    UnknownReference(String),
    /// The file is larger than allowed.
    TooLarge { bytes: usize, max: usize },
    /// The file is not text (binary data).
    NotText,
    /// The file is a spreadsheet workbook (`.xlsx`, `.ods`), not a text table.
    Workbook,
    /// The header names none of the weekly file's columns: what the file looks like instead.
    LooksLike {
        /// The delimiter found (`,`, `;` or a tab).
        delimiter: char,
        /// Columns in the header.
        columns: usize,
        /// The header's start.
        first: String,
    },
    /// A district id that is not in the district list.
    UnknownDistrict(String),
    /// A line of the boundaries file could not be read.
    BadGeometry(String),
}

/// One problem in a data file.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    /// File name as given by the caller.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (0 when the problem concerns the whole line).
    pub column: usize,
    /// What is wrong.
    pub kind: ErrorKind,
}

impl DataError {
    /// A new error at a position.
    pub fn new(file: &str, line: usize, column: usize, kind: ErrorKind) -> Self {
        Self {
            file: file.to_string(),
            line,
            column,
            kind,
        }
    }
}

/// The delimiter's name: English (0), Azerbaijani (1), Russian (2).
pub fn delimiter_name(d: char, lang: usize) -> &'static str {
    let names = match d {
        ';' => [
            "semicolon-separated",
            "nöqtəli vergüllə ayrılmış",
            "разделённых точкой с запятой",
        ],
        '\t' => ["tab-separated", "tabla ayrılmış", "разделённых табуляцией"],
        _ => [
            "comma-separated",
            "vergüllə ayrılmış",
            "разделённых запятой",
        ],
    };
    names[lang.min(2)]
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ErrorKind::*;
        match self {
            UnterminatedQuote => write!(f, "a quoted field is never closed"),
            StrayQuote => write!(f, "a quote mark inside an unquoted field"),
            TextAfterQuote => write!(f, "text after a closing quote"),
            MissingColumn(c) => write!(f, "the header has no column '{c}'"),
            NoHeader => write!(f, "the file has no header row"),
            FieldCount { expected, found } => {
                write!(f, "expected {expected} fields, found {found}")
            }
            NotANumber { field, text } => write!(f, "{field} '{}' is not a number", clip(text)),
            OutOfRange { field, text, max } => {
                write!(f, "{field} '{}' is out of range (0 to {max})", clip(text))
            }
            BadDate { field, text } => {
                write!(f, "{field} '{}' is not a date (YYYY-MM-DD)", clip(text))
            }
            DateOutOfSpan { field, text } => write!(
                f,
                "{field} '{}' is outside 2020-11-10 to a week from today",
                clip(text)
            ),
            EndBeforeStart => write!(f, "the period ends before it starts"),
            PeriodTooLong { days } => write!(
                f,
                "the period is {days} days long (at most {})",
                super::limits::MAX_PERIOD_DAYS
            ),
            UnknownValue { field, text } => write!(f, "{field} '{}' is not known", clip(text)),
            NoSource => write!(f, "the record has no source"),
            BadUrl(u) => write!(f, "source address '{}' is not an http(s) URL", clip(u)),
            DuplicatePeriod => write!(f, "the same period appears twice"),
            Overlap { other } => write!(
                f,
                "the period overlaps {other} by more than a day; mark one with same_report_as"
            ),
            UnknownReference(r) => write!(
                f,
                "same_report_as '{}' is not a period in the file",
                clip(r)
            ),
            TooLarge { bytes, max } => write!(f, "the file is {bytes} bytes; the limit is {max}"),
            NotText => write!(f, "the file is not text: save it from the spreadsheet as CSV"),
            Workbook => write!(f, "this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it with File → Save as → CSV, keeping the header row"),
            LooksLike { delimiter, columns, first } => write!(
                f,
                "the file is a table of {columns} {} columns beginning “{}”, not a weekly data file: its first line must name the columns start, end, anti_tank, anti_personnel, uxo, hectares, hectares_qualifier, status, reason, sources; start from “Download weeks.csv” on this page",
                delimiter_name(*delimiter, 0),
                clip(first)
            ),
            UnknownDistrict(d) => write!(f, "district '{}' is not known", clip(d)),
            BadGeometry(s) => write!(f, "boundary line not understood: {}", clip(s)),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column > 0 {
            write!(
                f,
                "{} line {}, column {}: {}",
                self.file, self.line, self.column, self.kind
            )
        } else {
            write!(f, "{} line {}: {}", self.file, self.line, self.kind)
        }
    }
}

impl std::error::Error for DataError {}
