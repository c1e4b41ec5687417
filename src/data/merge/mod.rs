//! Merging the compiled reference data (`../shared/data/weeks.csv`) into the project's own
//! `data/weeks.csv`, by the rules of the reference's README, without ever overwriting a figure:
//!
//! - a period the project lacks is added, with its outlets' names (from the reference's
//!   `weekly.csv`, one row per article) and, for a disputed period, every reading those
//!   articles printed as `alternatives`;
//! - a source the project lacks is appended to the period's citations;
//! - a figure printed "over N" (or "about N") is replaced by a precise value consistent with it
//!   (the reference README: "a rounded or 'over N' figure that is consistent with a more
//!   precise one counts as agreement, and the precise value is used");
//! - `single-source` becomes `confirmed` when the reference says so, the figures agree and the
//!   citations now come from two independent outlets (different domains);
//! - everything else that differs (a figure, a qualifier, a status the other way) is reported
//!   as a conflict and left as it is. A second run changes nothing.

mod add;
mod reference;

pub use crate::data::write::{preamble, week_file_columns, write_weeks};
pub use add::*;
pub use reference::*;

use crate::data::model::*;

/// The host of an http(s) address, lower-case, without `www.`.
fn host(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let h = rest.split(['/', '?', '#']).next().unwrap_or("");
    h.to_ascii_lowercase()
        .trim_start_matches("www.")
        .to_string()
}

/// The registrable part of a host (its last two labels): `en.trend.az` and `trend.az` are one
/// outlet, as are the editions of Day.az.
pub fn domain(url: &str) -> String {
    let h = host(url);
    let labels: Vec<&str> = h.split('.').collect();
    labels[labels.len().saturating_sub(2)..].join(".")
}

/// How many independent outlets (different domains) the citations name.
pub fn independent_outlets(sources: &[Citation]) -> usize {
    let mut d: Vec<String> = sources
        .iter()
        .filter_map(|c| c.url.as_deref())
        .map(domain)
        .collect();
    crate::sort::sort(&mut d);
    d.dedup();
    d.len()
}

/// A citation for an address: the outlet named by the articles, else the host.
fn citation(url: &str, articles: &[Article]) -> Citation {
    let outlet = articles
        .iter()
        .find(|a| a.url == url && !a.outlet.is_empty())
        .map(|a| a.outlet.clone())
        .unwrap_or_else(|| host(url));
    Citation {
        outlet: outlet.replace([';', '<', '>'], " ").trim().to_string(),
        url: Some(url.to_string()),
    }
}

/// True when `precise` (exact) refines `(value, q)`: "over N" with N ≤ v < 1.05 N, "about N"
/// within 5 %, "nearly N" with 0.9 N ≤ v ≤ N.
pub fn refines(value: f64, q: Qualifier, precise: f64) -> bool {
    match q {
        Qualifier::Over => precise >= value && precise < value * 1.05,
        Qualifier::About => (precise - value).abs() <= value * 0.05,
        Qualifier::Nearly => precise <= value && precise >= value * 0.9,
        _ => false,
    }
}

/// What a merge did and what it left for a person to decide.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Lines saying what changed.
    pub changes: Vec<String>,
    /// Lines saying what differs and was left as it is.
    pub conflicts: Vec<String>,
}

impl Report {
    /// True when nothing changed.
    pub fn unchanged(&self) -> bool {
        self.changes.is_empty()
    }
}

fn alternatives_from(
    start: Date,
    end: Date,
    values: &PerMetric<Option<f64>>,
    articles: &[Article],
) -> Vec<Alternative> {
    let mut out: Vec<Alternative> = Vec::new();
    for (m, value) in values.iter() {
        if value.is_some() {
            continue;
        }
        for a in articles.iter().filter(|a| a.period == Some((start, end))) {
            if let Some(v) = a.values[m] {
                let alt = Alternative {
                    metric: m,
                    value: v,
                    outlet: a.outlet.replace([';', '<', '>'], " ").trim().to_string(),
                };
                if !out.contains(&alt) {
                    out.push(alt);
                }
            }
        }
    }
    out
}

fn as_u32(v: Option<f64>) -> Option<u32> {
    v.filter(|x| x.fract() == 0.0 && *x <= f64::from(u32::MAX))
        .map(|x| x as u32)
}

fn week_from(r: &RefWeek, articles: &[Article]) -> Week {
    Week {
        start: r.start,
        end: r.end,
        anti_tank: as_u32(r.values[Metric::AntiTank]),
        anti_personnel: as_u32(r.values[Metric::AntiPersonnel]),
        uxo: as_u32(r.values[Metric::Uxo]),
        hectares: r.values[Metric::Hectares],
        hectares_qualifier: r.qualifier,
        status: r.status,
        same_report_as: None,
        alternatives: if r.status == Status::Disputed {
            alternatives_from(r.start, r.end, &r.values, articles)
        } else {
            Vec::new()
        },
        reason: r.reason.clone(),
        reason_az: String::new(),
        reason_ru: String::new(),
        sources: r.urls.iter().map(|u| citation(u, articles)).collect(),
        line: 0,
    }
}

fn fmt_value(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_else(|| "empty".into())
}

/// Merges the reference into `ours` (kept sorted by period) and says what it did.
pub fn merge(ours: &mut Vec<Week>, reference: &[RefWeek], articles: &[Article]) -> Report {
    let mut rep = Report::default();
    for r in reference {
        let period = format!("{}..{}", r.start, r.end);
        let Some(w) = ours
            .iter_mut()
            .find(|w| (w.start, w.end) == (r.start, r.end))
        else {
            let w = week_from(r, articles);
            rep.changes.push(format!(
                "{period}: added ({}, {} source(s){})",
                w.status.as_str(),
                w.sources.len(),
                if w.alternatives.is_empty() {
                    String::new()
                } else {
                    format!(", {} alternative reading(s)", w.alternatives.len())
                }
            ));
            if !w.reason.is_empty() {
                rep.conflicts.push(format!(
                    "{period}: new reason in the reference's words; write it for the public (reason, reason_az, reason_ru): {}",
                    w.reason
                ));
            }
            ours.push(w);
            continue;
        };
        // Figures.
        let mut disagree = false;
        for (m, theirs) in r.values.iter() {
            let (mine, theirs) = (w.value(m), *theirs);
            match (mine, theirs) {
                (Some(a), Some(b)) if (a - b).abs() < 1e-9 => {
                    if m == Metric::Hectares && w.hectares_qualifier != r.qualifier {
                        disagree = true;
                        rep.conflicts.push(format!(
                            "{period}: hectares qualifier '{}' here, '{}' in the reference (kept)",
                            w.hectares_qualifier.as_str(),
                            r.qualifier.as_str()
                        ));
                    }
                }
                (Some(a), Some(b))
                    if m == Metric::Hectares
                        && r.qualifier == Qualifier::Exact
                        && refines(a, w.hectares_qualifier, b) =>
                {
                    rep.changes.push(format!(
                        "{period}: hectares '{} {a}' refined to the precise {b}",
                        w.hectares_qualifier.as_str()
                    ));
                    w.hectares = Some(b);
                    w.hectares_qualifier = Qualifier::Exact;
                }
                (None, None) | (Some(_), None) => {}
                (a, b) => {
                    disagree = true;
                    rep.conflicts.push(format!(
                        "{period}: {} is {} here, {} in the reference (kept)",
                        m.as_str(),
                        fmt_value(a),
                        fmt_value(b)
                    ));
                }
            }
        }
        // Sources.
        for u in &r.urls {
            if !w
                .sources
                .iter()
                .any(|c| c.url.as_deref() == Some(u.as_str()))
            {
                let c = citation(u, articles);
                rep.changes
                    .push(format!("{period}: source added: {} <{u}>", c.outlet));
                w.sources.push(c);
            }
        }
        // Status.
        if w.status != r.status {
            if w.status == Status::SingleSource
                && r.status == Status::Confirmed
                && !disagree
                && independent_outlets(&w.sources) >= 2
            {
                rep.changes
                    .push(format!("{period}: single-source -> confirmed"));
                w.status = Status::Confirmed;
            } else {
                rep.conflicts.push(format!(
                    "{period}: status '{}' here, '{}' in the reference (kept)",
                    w.status.as_str(),
                    r.status.as_str()
                ));
            }
        }
        if w.reason.is_empty() && !r.reason.is_empty() {
            rep.conflicts.push(format!(
                "{period}: the reference gives a reason this row has none of (not copied: write it for the public): {}",
                r.reason
            ));
        }
    }
    crate::sort::sort_by_key(ours, |w| (w.start, w.end));
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("test date")
    }

    fn week(start: &str, end: &str, ha: Option<f64>, q: Qualifier, status: Status) -> Week {
        Week {
            start: d(start),
            end: d(end),
            anti_tank: Some(1),
            anti_personnel: Some(2),
            uxo: Some(3),
            hectares: ha,
            hectares_qualifier: q,
            status,
            same_report_as: None,
            alternatives: Vec::new(),
            reason: String::new(),
            reason_az: String::new(),
            reason_ru: String::new(),
            sources: vec![Citation {
                outlet: "News.az".into(),
                url: Some("https://news.az/a".into()),
            }],
            line: 0,
        }
    }

    fn reference(start: &str, end: &str, ha: f64, status: Status, urls: &[&str]) -> RefWeek {
        RefWeek {
            start: d(start),
            end: d(end),
            values: PerMetric::new([Some(1.0), Some(2.0), Some(3.0), Some(ha)]),
            qualifier: Qualifier::Exact,
            status,
            reason: String::new(),
            urls: urls.iter().map(|u| u.to_string()).collect(),
        }
    }

    #[test]
    fn refines_a_lower_bound_adds_sources_confirms_and_is_idempotent() {
        let mut ours = vec![week(
            "2024-05-20",
            "2024-05-26",
            Some(1160.0),
            Qualifier::Over,
            Status::SingleSource,
        )];
        let r = [reference(
            "2024-05-20",
            "2024-05-26",
            1164.9,
            Status::Confirmed,
            &["https://news.az/a", "https://infonews.az/?p=1"],
        )];
        let arts = [Article {
            period: None,
            values: PerMetric::default(),
            url: "https://infonews.az/?p=1".into(),
            outlet: "Infonews.az (Azerbaijani)".into(),
        }];
        let rep = merge(&mut ours, &r, &arts);
        assert_eq!(rep.changes.len(), 3, "{rep:?}");
        assert_eq!(ours[0].hectares, Some(1164.9));
        assert_eq!(ours[0].hectares_qualifier, Qualifier::Exact);
        assert_eq!(ours[0].status, Status::Confirmed);
        assert_eq!(ours[0].sources[1].outlet, "Infonews.az (Azerbaijani)");
        let text = write_weeks("# x\n", &ours);
        let again = merge(&mut ours, &r, &arts);
        assert!(again.unchanged(), "{again:?}");
        assert_eq!(write_weeks("# x\n", &ours), text);
    }

    #[test]
    fn a_different_figure_is_a_conflict_never_an_overwrite() {
        let mut ours = vec![week(
            "2021-06-07",
            "2021-06-12",
            Some(111.6),
            Qualifier::Exact,
            Status::SingleSource,
        )];
        let r = [reference(
            "2021-06-07",
            "2021-06-12",
            11.6,
            Status::Confirmed,
            &["https://news.az/a", "https://trend.az/b"],
        )];
        let rep = merge(&mut ours, &r, &[]);
        assert_eq!(ours[0].hectares, Some(111.6));
        assert_eq!(
            ours[0].status,
            Status::SingleSource,
            "no upgrade on a conflict"
        );
        assert!(rep
            .conflicts
            .iter()
            .any(|c| c.contains("hectares is 111.6")));
        assert!(rep.conflicts.iter().any(|c| c.contains("status")));
    }

    #[test]
    fn same_outlet_twice_does_not_confirm() {
        let mut ours = vec![week(
            "2025-09-29",
            "2025-10-05",
            Some(10.0),
            Qualifier::Exact,
            Status::SingleSource,
        )];
        ours[0].sources[0].url = Some("https://news.day.az/1".into());
        let r = [reference(
            "2025-09-29",
            "2025-10-05",
            10.0,
            Status::Confirmed,
            &["https://news.day.az/1", "https://day.az/ru/2"],
        )];
        merge(&mut ours, &r, &[]);
        assert_eq!(ours[0].status, Status::SingleSource);
    }

    #[test]
    fn a_new_disputed_period_gets_every_reading_as_alternatives() {
        let mut ours = Vec::new();
        let mut r = reference(
            "2021-11-15",
            "2021-11-20",
            157.0,
            Status::Disputed,
            &["https://trend.az/x"],
        );
        r.values[Metric::AntiPersonnel] = None;
        r.reason = "AP differs".into();
        let arts = [Article {
            period: Some((d("2021-11-15"), d("2021-11-20"))),
            values: PerMetric::new([Some(1.0), Some(25.0), Some(3.0), Some(157.0)]),
            url: "https://trend.az/x".into(),
            outlet: "Trend (English)".into(),
        }];
        let rep = merge(&mut ours, &[r], &arts);
        assert_eq!(ours.len(), 1);
        assert_eq!(ours[0].anti_personnel, None);
        assert_eq!(ours[0].alternatives.len(), 1);
        assert_eq!(ours[0].alternatives[0].value, 25.0);
        assert_eq!(
            rep.conflicts.len(),
            1,
            "the reason is flagged for rewriting"
        );
    }

    #[test]
    fn domains_group_editions() {
        assert_eq!(domain("https://en.trend.az/a"), "trend.az");
        assert_eq!(domain("https://www.trend.az/a"), "trend.az");
        assert_eq!(domain("http://news.day.az/x?y"), "day.az");
        assert!(refines(1160.0, Qualifier::Over, 1164.9));
        assert!(!refines(1160.0, Qualifier::Over, 1100.0));
        assert!(!refines(1160.0, Qualifier::Exact, 1164.9));
    }
}
