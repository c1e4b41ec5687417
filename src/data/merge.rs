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

use super::csv;
use super::error::DataError;
use super::model::*;
use super::parse::{is_safe_url, plain_decimal, FIGURE_COLUMNS};

/// One period of the reference file (`week_start,week_end,…,status,reason,sources`).
#[derive(Debug, Clone, PartialEq)]
pub struct RefWeek {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// Anti-tank, anti-personnel, UXO, hectares, in `Metric::ALL` order.
    pub values: [Option<f64>; 4],
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
    /// The figures printed, in `Metric::ALL` order.
    pub values: [Option<f64>; 4],
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
                    super::ErrorKind::MissingColumn((*n).to_string()),
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
                super::ErrorKind::UnknownValue {
                    field: what.into(),
                    text: String::new(),
                },
            )
        };
        let (Some(start), Some(end)) = (Date::parse(f(0)), Date::parse(f(1))) else {
            errors.push(bad("week_start"));
            continue;
        };
        let values = [number(f(2)), number(f(3)), number(f(4)), number(f(5))];
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
            super::ErrorKind::MissingColumn("week_start … outlet".into()),
        )]);
    };
    Ok(rows
        .iter()
        .map(|r| {
            let f = |i: usize| r.fields.get(i).map(|f| f.text.trim()).unwrap_or("");
            Article {
                period: Date::parse(f(s)).zip(Date::parse(f(e))),
                values: [number(f(at)), number(f(ap)), number(f(ux)), number(f(ha))],
                url: f(u).to_string(),
                outlet: f(o).to_string(),
            }
        })
        .collect())
}

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
    values: &[Option<f64>; 4],
    articles: &[Article],
) -> Vec<Alternative> {
    let mut out: Vec<Alternative> = Vec::new();
    for (i, m) in Metric::ALL.iter().enumerate() {
        if values[i].is_some() {
            continue;
        }
        for a in articles.iter().filter(|a| a.period == Some((start, end))) {
            if let Some(v) = a.values[i] {
                let alt = Alternative {
                    metric: *m,
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
        anti_tank: as_u32(r.values[0]),
        anti_personnel: as_u32(r.values[1]),
        uxo: as_u32(r.values[2]),
        hectares: r.values[3],
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
        for (i, m) in Metric::ALL.iter().enumerate() {
            let (mine, theirs) = (w.value(*m), r.values[i]);
            match (mine, theirs) {
                (Some(a), Some(b)) if (a - b).abs() < 1e-9 => {
                    if *m == Metric::Hectares && w.hectares_qualifier != r.qualifier {
                        disagree = true;
                        rep.conflicts.push(format!(
                            "{period}: hectares qualifier '{}' here, '{}' in the reference (kept)",
                            w.hectares_qualifier.as_str(),
                            r.qualifier.as_str()
                        ));
                    }
                }
                (Some(a), Some(b))
                    if *m == Metric::Hectares
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

/// What adding one new reading (a pasted report) did to the weekly records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddKind {
    /// A period the data lacked: added as single-source.
    Added,
    /// The article is already cited for the period: nothing changed.
    AlreadyCited,
    /// The figures agree: the source was added.
    SourceAdded,
    /// The figures agree and two independent outlets now print them: confirmed.
    Confirmed,
    /// The figures differ: the period is disputed, with both readings kept.
    Disputed,
    /// The period is withheld: nothing changed (a maintainer decides).
    Withheld,
}

impl AddKind {
    /// Its name, for the page's `data-kind` (never from `Debug`: the release build drops Debug
    /// formatting, `-Zfmt-debug=none`).
    pub fn as_str(self) -> &'static str {
        match self {
            AddKind::Added => "Added",
            AddKind::AlreadyCited => "AlreadyCited",
            AddKind::SourceAdded => "SourceAdded",
            AddKind::Confirmed => "Confirmed",
            AddKind::Disputed => "Disputed",
            AddKind::Withheld => "Withheld",
        }
    }
}

/// The outcome of [`add_week`], with the figures it touched.
#[derive(Debug, Clone, PartialEq)]
pub struct Added {
    /// What happened.
    pub kind: AddKind,
    /// The period.
    pub period: (Date, Date),
    /// Figures that differ (now open, both readings kept as alternatives).
    pub disputed: Vec<Metric>,
    /// Figures the record lacked and the new source printed.
    pub filled: Vec<Metric>,
    /// "over N" figures replaced by the new source's precise, consistent value.
    pub refined: Vec<Metric>,
}

impl Added {
    /// True when the records changed.
    pub fn changed(&self) -> bool {
        !matches!(self.kind, AddKind::AlreadyCited | AddKind::Withheld)
    }

    /// One line in English for the command line.
    pub fn describe(&self) -> String {
        let (a, b) = self.period;
        let list = |ms: &[Metric]| ms.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ");
        let mut s = match self.kind {
            AddKind::Added => format!("{a}..{b}: added (single-source)"),
            AddKind::AlreadyCited => {
                format!("{a}..{b}: this article is already cited; nothing changed")
            }
            AddKind::SourceAdded => format!("{a}..{b}: same figures; source added"),
            AddKind::Confirmed => {
                format!("{a}..{b}: same figures from a second outlet; source added, now confirmed")
            }
            AddKind::Disputed => format!(
                "{a}..{b}: figures differ ({}); now disputed with both readings",
                list(&self.disputed)
            ),
            AddKind::Withheld => format!(
                "{a}..{b}: the period is withheld; nothing changed (edit data/weeks.csv by hand)"
            ),
        };
        if !self.filled.is_empty() {
            s.push_str(&format!("; added {}", list(&self.filled)));
        }
        if !self.refined.is_empty() {
            s.push_str(&format!("; refined {}", list(&self.refined)));
        }
        s
    }
}

/// Names of the figures in the three languages, for the reasons written on a dispute.
fn metric_words(m: Metric) -> [&'static str; 3] {
    match m {
        Metric::AntiTank => [
            "anti-tank mines",
            "tank əleyhinə minalar",
            "противотанковые мины",
        ],
        Metric::AntiPersonnel => [
            "anti-personnel mines",
            "piyada əleyhinə minalar",
            "противопехотные мины",
        ],
        Metric::Uxo => [
            "unexploded ordnance",
            "partlamamış hərbi sursat",
            "неразорвавшиеся боеприпасы",
        ],
        Metric::Hectares => ["hectares", "hektarlar", "гектары"],
    }
}

fn joined(parts: &[String], sep: &str) -> String {
    parts.join(sep)
}

/// Adds one new reading of a period (`new`, with one citation) to `ours` by the merge rules:
/// a new period comes in as single-source; the same figures add the source (and confirm the
/// period when two independent outlets now print them); a figure the record lacked is filled;
/// an "over N" is refined by a consistent precise value; a different figure makes the period
/// disputed, with both readings kept as alternatives and the reason written in en/az/ru.
/// Nothing is overwritten. Adding the same article again changes nothing.
pub fn add_week(ours: &mut Vec<Week>, new: Week) -> Added {
    let period = (new.start, new.end);
    let mut out = Added {
        kind: AddKind::Added,
        period,
        disputed: Vec::new(),
        filled: Vec::new(),
        refined: Vec::new(),
    };
    let Some(w) = ours.iter_mut().find(|w| (w.start, w.end) == period) else {
        ours.push(new);
        crate::sort::sort_by_key(ours, |w| (w.start, w.end));
        return out;
    };
    let new_urls: Vec<&str> = new
        .sources
        .iter()
        .filter_map(|c| c.url.as_deref())
        .collect();
    if new_urls
        .iter()
        .any(|u| w.sources.iter().any(|c| c.url.as_deref() == Some(*u)))
    {
        out.kind = AddKind::AlreadyCited;
        return out;
    }
    if w.status == Status::Withheld {
        out.kind = AddKind::Withheld;
        return out;
    }
    let new_outlet = new
        .sources
        .first()
        .map(|c| c.outlet.replace([';', '<', '>'], " ").trim().to_string())
        .unwrap_or_default();
    let old_outlets = w
        .sources
        .iter()
        .map(|c| {
            c.outlet
                .replace([';', '<', '>', ','], " ")
                .trim()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" / ");
    let mut reasons: [Vec<String>; 3] = Default::default();
    for m in Metric::ALL {
        let (mine, theirs) = (w.value(m), new.value(m));
        let q_new = new.qualifier(m);
        match (mine, theirs) {
            (_, None) => {}
            (Some(a), Some(b)) if (a - b).abs() < 1e-9 && w.qualifier(m) == q_new => {}
            (Some(a), Some(b))
                if m == Metric::Hectares
                    && (refines(b, q_new, a)
                        || (w.qualifier(m) == q_new
                            && q_new.is_qualified()
                            && (a - b).abs() < 1e-9)) => {}
            (Some(a), Some(b))
                if m == Metric::Hectares
                    && q_new == Qualifier::Exact
                    && refines(a, w.hectares_qualifier, b) =>
            {
                w.hectares = Some(b);
                w.hectares_qualifier = Qualifier::Exact;
                out.refined.push(m);
            }
            (None, Some(b))
                if w.status != Status::Disputed
                    || !w.alternatives.iter().any(|x| x.metric == m) =>
            {
                set_value(w, m, b, q_new);
                out.filled.push(m);
            }
            (mine, Some(b)) => {
                // A dispute: the figure is left open and every reading kept.
                if let Some(a) = mine {
                    let alt = Alternative {
                        metric: m,
                        value: a,
                        outlet: old_outlets.clone(),
                    };
                    if !w.alternatives.contains(&alt) {
                        w.alternatives.push(alt);
                    }
                }
                let alt = Alternative {
                    metric: m,
                    value: b,
                    outlet: new_outlet.clone(),
                };
                if !w.alternatives.contains(&alt) {
                    w.alternatives.push(alt);
                }
                clear_value(w, m);
                out.disputed.push(m);
                let words = metric_words(m);
                let a = mine.map(|a| format!("{a}")).unwrap_or_else(|| "—".into());
                reasons[0].push(format!(
                    "on {}: {old_outlets} printed {a}, {new_outlet} printed {b}",
                    words[0]
                ));
                reasons[1].push(format!(
                    "{}: {old_outlets} {a}, {new_outlet} isə {b} yazıb",
                    words[1]
                ));
                reasons[2].push(format!(
                    "{}: {old_outlets} — {a}, {new_outlet} — {b}",
                    words[2]
                ));
            }
        }
    }
    w.sources.extend(new.sources);
    if !out.disputed.is_empty() {
        w.status = Status::Disputed;
        let add = [
            format!(
                "Outlets disagree {}; the figure is left open.",
                joined(&reasons[0], "; ")
            ),
            format!(
                "Mənbələr fərqlənir — {}; rəqəm açıq saxlanılır.",
                joined(&reasons[1], "; ")
            ),
            format!(
                "Данные расходятся — {}; цифра оставлена открытой.",
                joined(&reasons[2], "; ")
            ),
        ];
        for (field, text) in [&mut w.reason, &mut w.reason_az, &mut w.reason_ru]
            .into_iter()
            .zip(add)
        {
            if !field.is_empty() {
                field.push(' ');
            }
            field.push_str(&text);
        }
        out.kind = AddKind::Disputed;
    } else if w.status == Status::SingleSource && independent_outlets(&w.sources) >= 2 {
        w.status = Status::Confirmed;
        out.kind = AddKind::Confirmed;
    } else {
        out.kind = AddKind::SourceAdded;
    }
    out
}

fn set_value(w: &mut Week, m: Metric, v: f64, q: Qualifier) {
    let count = as_u32(Some(v));
    match m {
        Metric::AntiTank => w.anti_tank = count,
        Metric::AntiPersonnel => w.anti_personnel = count,
        Metric::Uxo => w.uxo = count,
        Metric::Hectares => {
            w.hectares = Some(v);
            w.hectares_qualifier = q;
        }
    }
}

fn clear_value(w: &mut Week, m: Metric) {
    match m {
        Metric::AntiTank => w.anti_tank = None,
        Metric::AntiPersonnel => w.anti_personnel = None,
        Metric::Uxo => w.uxo = None,
        Metric::Hectares => {
            w.hectares = None;
            w.hectares_qualifier = Qualifier::Exact;
        }
    }
}

/// Quotes a CSV field when needed (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

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
        out.push_str(&row.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
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
            values: [Some(1.0), Some(2.0), Some(3.0), Some(ha)],
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
            values: [None; 4],
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
        r.values[1] = None;
        r.reason = "AP differs".into();
        let arts = [Article {
            period: Some((d("2021-11-15"), d("2021-11-20"))),
            values: [Some(1.0), Some(25.0), Some(3.0), Some(157.0)],
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
