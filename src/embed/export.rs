//! Exports: the data of the current view as CSV (one source URL per row), safe to open in a
//! spreadsheet (cells that could start a formula are prefixed), and as JSON.

use crate::data::{Date, Metric, Week};
use crate::i18n::{fill, Locale};
use crate::stats::DateRange;

/// The current view's weeks as a JSON document: the title, whose figures they are (the outlets
/// that printed them), the data's date, the view's address, the range and every week in it
/// with all its fields and sources.
pub fn weeks_json(
    weeks: &[Week],
    range: Option<DateRange>,
    l: Locale,
    as_of: Option<Date>,
    address: &str,
) -> Option<String> {
    #[derive(serde::Serialize)]
    struct Export<'a> {
        title: &'a str,
        source: String,
        data_as_of: Option<String>,
        address: &'a str,
        from: Option<String>,
        to: Option<String>,
        weeks: Vec<&'a Week>,
    }
    let t = l.messages();
    let outlets = super::frame::outlets_of_weeks(weeks, range);
    let doc = Export {
        title: t.title,
        source: fill(
            t.export_source_weeks,
            &[(
                "outlets",
                &super::frame::outlet_list(&outlets, 4, t.export_more),
            )],
        ),
        data_as_of: as_of.map(|d| d.to_string()),
        address,
        from: range.map(|r| r.from.to_string()),
        to: range.map(|r| r.to.to_string()),
        weeks: weeks
            .iter()
            .filter(|w| range.is_none_or(|r| r.contains(w)))
            .collect(),
    };
    serde_json::to_string_pretty(&doc).ok()
}

/// Quotes a CSV cell when needed and defuses spreadsheet formulas.
pub fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    crate::data::csv::quote(&s).into_owned()
}

/// Every weekly record whose period starts in `range` (all records when `None`), one row per
/// record with its status and its first source's outlet and URL.
pub fn weeks_csv(weeks: &[Week], range: Option<DateRange>) -> String {
    let mut out = String::from(
        "start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,counted,reason,source_outlet,source_url\n",
    );
    for w in weeks.iter().filter(|w| range.is_none_or(|r| r.contains(w))) {
        let v = |m: Metric| w.value(m).map(|x| format!("{x}")).unwrap_or_default();
        let src = w.sources.first();
        let row = [
            w.start.to_string(),
            w.end.to_string(),
            v(Metric::AntiTank),
            v(Metric::AntiPersonnel),
            v(Metric::Uxo),
            v(Metric::Hectares),
            w.hectares_qualifier.as_str().to_string(),
            w.status.as_str().to_string(),
            if w.counts() { "yes" } else { "no" }.to_string(),
            w.reason.clone(),
            src.map(|c| c.outlet.clone()).unwrap_or_default(),
            src.and_then(|c| c.url.clone()).unwrap_or_default(),
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("-5"), "'-5");
    }
}
