//! The reference files read: its `weeks.csv` (one period a row) and `weekly.csv` (one article
//! a row, for the outlets' names and every reading they printed).

use crate::data::csv;
use crate::data::error::DataError;
use crate::data::model::*;
use crate::data::parse::{is_safe_url, plain_decimal, FIGURE_COLUMNS};

/// One period of the reference file (`week_start,week_end,…,status,reason,sources`).
#[derive(Debug, Clone, PartialEq)]
pub struct RefWeek {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// Anti-tank, anti-personnel, UXO, hectares.
    pub values: PerMetric<Option<f64>>,
    /// Qualifier of the hectares.
    pub qualifier: Qualifier,
    /// Status by the reference's rules.
    pub status: Status,
    /// The reference's reason (maintainers' wording).
    pub reason: String,
    /// Source addresses, the one whose figures were used first.
    pub urls: Vec<String>,
}

/// One article of the reference's `weekly.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The period printed, when dated.
    pub period: Option<(Date, Date)>,
    /// The figures printed.
    pub values: PerMetric<Option<f64>>,
    /// Address.
    pub url: String,
    /// Outlet name.
    pub outlet: String,
}

fn header_index(rec: &csv::Record, name: &str) -> Option<usize> {
    rec.fields.iter().position(|f| f.text.trim() == name)
}

fn records<'t>(file: &str, text: &'t str) -> Result<Vec<csv::Record<'t>>, Vec<DataError>> {
    csv::parse(file, text).map_err(|e| vec![e])
}

fn number(s: &str) -> Option<f64> {
    plain_decimal(s.trim()).filter(|v| *v >= 0.0)
}

/// Reads the reference `weeks.csv`. Rows that cannot be read are reported as errors.
pub fn parse_reference(file: &str, text: &str) -> Result<Vec<RefWeek>, Vec<DataError>> {
    let recs = records(file, text)?;
    let Some((head, rows)) = recs.split_first() else {
        return Ok(Vec::new());
    };
    let col = |n: &str| header_index(head, n);
    let mut names = vec!["week_start", "week_end"];
    names.extend(FIGURE_COLUMNS);
    names.extend(["reason", "sources"]);
    let mut idx = [0usize; 10];
    for (i, n) in names.iter().enumerate() {
        match col(n) {
            Some(c) => idx[i] = c,
            None => {
                return Err(vec![DataError::new(
                    file,
                    head.line,
                    0,
                    crate::data::ErrorKind::MissingColumn((*n).to_string()),
                )])
            }
        }
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for r in rows {
        let f = |i: usize| r.fields.get(idx[i]).map(|f| f.text.trim()).unwrap_or("");
        let bad = |what: &str| {
            DataError::new(
                file,
                r.line,
                0,
                crate::data::ErrorKind::UnknownValue {
                    field: what.into(),
                    text: String::new(),
                },
            )
        };
        let (Some(start), Some(end)) = (Date::parse(f(0)), Date::parse(f(1))) else {
            errors.push(bad("week_start"));
            continue;
        };
        let values = PerMetric::new([number(f(2)), number(f(3)), number(f(4)), number(f(5))]);
        let (Some(qualifier), Some(status)) = (Qualifier::parse(f(6)), Status::parse(f(7))) else {
            errors.push(bad("status"));
            continue;
        };
        out.push(RefWeek {
            start,
            end,
            values,
            qualifier,
            status,
            reason: f(8).to_string(),
            urls: f(9)
                .split_whitespace()
                .filter(|u| is_safe_url(u))
                .map(String::from)
                .collect(),
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Reads the reference `weekly.csv` (one row per article). Undated rows keep `period: None`.
pub fn parse_articles(file: &str, text: &str) -> Result<Vec<Article>, Vec<DataError>> {
    let recs = records(file, text)?;
    let Some((head, rows)) = recs.split_first() else {
        return Ok(Vec::new());
    };
    let col = |n: &str| header_index(head, n);
    let (Some(s), Some(e), Some(at), Some(ap), Some(ux), Some(ha), Some(u), Some(o)) = (
        col("week_start"),
        col("week_end"),
        col("anti_tank"),
        col("anti_personnel"),
        col("uxo"),
        col("hectares"),
        col("source_url"),
        col("outlet"),
    ) else {
        return Err(vec![DataError::new(
            file,
            head.line,
            0,
            crate::data::ErrorKind::MissingColumn("week_start … outlet".into()),
        )]);
    };
    Ok(rows
        .iter()
        .map(|r| {
            let f = |i: usize| r.fields.get(i).map(|f| f.text.trim()).unwrap_or("");
            Article {
                period: Date::parse(f(s)).zip(Date::parse(f(e))),
                values: PerMetric::new([
                    number(f(at)),
                    number(f(ap)),
                    number(f(ux)),
                    number(f(ha)),
                ]),
                url: f(u).to_string(),
                outlet: f(o).to_string(),
            }
        })
        .collect())
}
