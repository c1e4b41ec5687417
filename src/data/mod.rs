//! The dataset: model, embedded files, parsing and validation.
//!
//! The files under `data/` are compiled into the binary with `include_str!` (the totals without
//! their maintainer notes, see `build.rs`). The page never fetches its own data; invalid
//! embedded data fails the native tests (see `tests/dataset.rs`).

pub mod csv;
pub mod digest;
pub mod error;
pub mod limits;
pub mod merge;
pub mod model;
pub mod parse;
pub mod report;
pub mod sheet;
pub mod write;

pub use error::{DataError, ErrorKind};
pub use model::*;

use std::collections::HashSet;

/// The embedded weekly records.
pub const WEEKS_CSV: &str = include_str!("../../data/weeks.csv");
/// The comment lines above `data/weeks.csv`'s header (for files the app writes; the release
/// page's wasm does not carry the whole file, see [`digest`]).
pub const WEEKS_PREAMBLE: &str = include_str!(concat!(env!("OUT_DIR"), "/weeks-preamble.txt"));
/// The embedded totals: `data/totals.csv` without its `note` column (see `build.rs`).
pub const TOTALS_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/totals.csv"));
/// The embedded district list.
pub const DISTRICTS_CSV: &str = include_str!("../../data/districts.csv");
/// The embedded boundaries.
pub const BOUNDARIES_TXT: &str = include_str!("../../data/boundaries.txt");

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// Weekly records sorted by period.
    pub weeks: Vec<Week>,
    /// Totals statements.
    pub totals: Vec<Total>,
    /// Districts under clearance.
    pub districts: Vec<District>,
    /// Natural Earth units of Azerbaijan plus the country outline (`AZE`).
    pub boundaries: Vec<Boundary>,
    /// The notes (the weeks' sources, reasons and the outlets' disagreeing figures; the monthly
    /// and casualty totals) are still to come: the release build starts from the first-screen
    /// [`digest`] and reads them after the page is ready. What shows or writes them waits while
    /// this is true.
    pub notes_pending: bool,
}

impl Dataset {
    /// Parses the four files. `latest` is the last date a record may carry.
    pub fn parse(
        weeks: &str,
        totals: &str,
        districts: &str,
        boundaries: &str,
        latest: Date,
    ) -> Result<Self, Vec<DataError>> {
        let districts = parse::parse_districts("districts.csv", districts)?;
        let ids: HashSet<&str> = districts.iter().map(|d| d.id.as_str()).collect();
        let mut errors = Vec::new();
        let weeks = parse::parse_weeks("weeks.csv", weeks, latest).unwrap_or_else(|e| {
            errors.extend(e);
            Vec::new()
        });
        let totals = parse::parse_totals("totals.csv", totals, latest, &ids).unwrap_or_else(|e| {
            errors.extend(e);
            Vec::new()
        });
        let boundaries =
            parse::parse_boundaries("boundaries.txt", boundaries).unwrap_or_else(|e| {
                errors.extend(e);
                Vec::new()
            });
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            weeks,
            totals,
            districts,
            boundaries,
            notes_pending: false,
        })
    }

    /// The embedded dataset. `latest` bounds the dates (today + 7 days in the browser).
    pub fn embedded(latest: Date) -> Result<Self, Vec<DataError>> {
        Self::parse(WEEKS_CSV, TOTALS_CSV, DISTRICTS_CSV, BOUNDARIES_TXT, latest)
    }

    /// This dataset with its weekly records replaced by a user's file, checked with the same
    /// parser and rules as the embedded data, and what the file turned out to be. The file may
    /// be saved the way spreadsheets save "CSV" (see [`sheet`]): UTF-8 with or without BOM,
    /// UTF-16, Windows-1251/1252; comma, semicolon or tab; decimal commas. At most 5 MB.
    pub fn with_weeks_file(
        &self,
        file: &str,
        bytes: &[u8],
        latest: Date,
    ) -> Result<(Self, sheet::FileFormat), Vec<DataError>> {
        if bytes.len() > parse::MAX_FILE_BYTES {
            return Err(vec![DataError::new(
                file,
                0,
                0,
                ErrorKind::TooLarge {
                    bytes: bytes.len(),
                    max: parse::MAX_FILE_BYTES,
                },
            )]);
        }
        let (text, encoding) = sheet::decode(bytes).map_err(|e| {
            let kind = match e {
                sheet::NotText::Workbook => ErrorKind::Workbook,
                sheet::NotText::Binary => ErrorKind::NotText,
            };
            vec![DataError::new(file, 1, 0, kind)]
        })?;
        let delimiter = sheet::delimiter(&text);
        let weeks = parse::parse_weeks_as(file, &text, latest, delimiter.char())?;
        let decimal_comma = delimiter != sheet::Delimiter::Comma
            && csv::parse_with(file, &text, delimiter.char())
                .ok()
                .and_then(|recs| {
                    let (head, rows) = recs.split_first()?;
                    let i = head
                        .fields
                        .iter()
                        .position(|f| f.text.trim() == "hectares")?;
                    Some(
                        rows.iter()
                            .any(|r| r.fields.get(i).is_some_and(|f| f.text.contains(','))),
                    )
                })
                .unwrap_or(false);
        Ok((
            Self {
                weeks,
                // A file's weeks carry their own notes; the embedded data's later totals may
                // still be on their way (`digest`).
                notes_pending: self.notes_pending,
                ..self.clone()
            },
            sheet::FileFormat {
                encoding,
                delimiter,
                decimal_comma,
            },
        ))
    }

    /// A district by id.
    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.id == id)
    }
}
