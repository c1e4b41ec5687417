//! The weekly file written back in the project's format (`atlas-data merge` and `add`, the
//! report form's download): the reader's counterpart, so that reading what it writes gives the
//! same records.

use crate::data::csv;
use crate::data::model::*;
use crate::data::parse::FIGURE_COLUMNS;

/// The columns `write_weeks` writes, in order.
pub fn week_file_columns() -> Vec<&'static str> {
    let mut c = vec!["start", "end"];
    c.extend(FIGURE_COLUMNS);
    c.extend([
        "same_report_as",
        "alternatives",
        "reason",
        "reason_az",
        "reason_ru",
        "sources",
    ]);
    c
}

/// Writes weekly records in the project's file format, after the comment lines `preamble`
/// (each starting with `#`). Reading the result gives the same records.
pub fn write_weeks(preamble: &str, weeks: &[Week]) -> String {
    let mut out = String::from(preamble);
    out.push_str(&week_file_columns().join(","));
    out.push('\n');
    for w in weeks {
        let n = |v: Option<u32>| v.map(|x| x.to_string()).unwrap_or_default();
        let alternatives = w
            .alternatives
            .iter()
            .map(|a| format!("{}={} {}", a.metric.as_str(), a.value, a.outlet))
            .collect::<Vec<_>>()
            .join("; ");
        let sources = w
            .sources
            .iter()
            .map(|c| format!("{} <{}>", c.outlet, c.url.as_deref().unwrap_or("")))
            .collect::<Vec<_>>()
            .join("; ");
        let row = [
            w.start.to_string(),
            w.end.to_string(),
            n(w.anti_tank),
            n(w.anti_personnel),
            n(w.uxo),
            w.hectares.map(|h| format!("{h}")).unwrap_or_default(),
            w.hectares_qualifier.as_str().to_string(),
            w.status.as_str().to_string(),
            w.same_report_as
                .map(|(a, b)| format!("{a}..{b}"))
                .unwrap_or_default(),
            alternatives,
            w.reason.clone(),
            w.reason_az.clone(),
            w.reason_ru.clone(),
            sources,
        ];
        out.push_str(
            &row.iter()
                .map(|c| csv::quote(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push('\n');
    }
    out
}

/// The comment lines at the top of a data file.
pub fn preamble(text: &str) -> String {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect()
}
