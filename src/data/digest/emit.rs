//! Writes the first-screen digest (see [`super`]) as Rust source: the parsed dataset as four
//! text tables (`pub static WEEKS: &str = "…";`, one record a line, fields between tabs),
//! without what only later sections read (the weeks' sources, reasons in three languages and
//! the outlets' disagreeing figures; the monthly figures and the casualty counts, see
//! [`in_digest`]). Text, not Rust structs: structs of pointers and padding
//! compressed worse (3.7 KB more main module, measured).
//!
//! `build.rs` compiles this file with the data parsers (`#[path]` modules) and runs it on
//! `data/`, so the digest comes from the same parser and rules as every other reading of the
//! files; `tests/digest.rs` checks that what the page builds from the digest equals the parsed
//! files less those fields.

use crate::data::model::*;
use std::fmt::Write;

/// The end of the newest week that counts (what "data as of" starts from).
pub fn newest_week(weeks: &[Week]) -> Option<Date> {
    weeks.iter().filter(|w| w.counts()).map(|w| w.end).max()
}

/// Whether the digest carries a total: all but the monthly figures and the casualty counts,
/// which only sections below the first screen read (the monthly chart, the context cards); they
/// come with the weeks' notes. A monthly figure dated after the newest week (`newest`) stays: it
/// could be what "data as of" refers to.
pub fn in_digest(t: &Total, newest: Option<Date>) -> bool {
    match t.kind {
        TotalKind::Victims => false,
        TotalKind::Monthly => newest.is_none_or(|d| t.as_of > d),
        _ => true,
    }
}

/// Rust source defining the text tables `WEEKS`, `TOTALS`, `DISTRICTS` and `BOUNDARIES` read
/// by `src/data/digest/mod.rs` (one record a line, fields between tabs, the layout written
/// there); `None` when a value has no exact form in them (a tab or a line break in a text, a
/// `|` in a list item, a coordinate with more than three decimals, a figure that does not read
/// back exactly).
pub fn source(
    weeks: &[Week],
    totals: &[Total],
    districts: &[District],
    boundaries: &[Boundary],
) -> Option<String> {
    let mut w = Vec::new();
    for x in weeks {
        let f = [
            x.start.days().to_string(),
            x.end.days().to_string(),
            opt(x.anti_tank),
            opt(x.anti_personnel),
            opt(x.uxo),
            match x.hectares {
                Some(v) => float(v)?,
                None => String::new(),
            },
            index(Qualifier::ALL, x.hectares_qualifier)?,
            index(Status::ALL, x.status)?,
            opt(x.same_report_as.map(|(a, _)| a.days())),
            opt(x.same_report_as.map(|(_, b)| b.days())),
            x.line.to_string(),
        ];
        w.push(f.join("\t"));
    }
    let mut t = Vec::new();
    let newest = newest_week(weeks);
    for x in totals.iter().filter(|t| in_digest(t, newest)) {
        t.push(
            [
                index(TotalKind::ALL, x.kind)?,
                index(Scope::ALL, x.scope)?,
                x.as_of.days().to_string(),
                x.period.to_string(),
                field(x.district.as_ref().map_or("", |d| d.as_str()))?,
                index(TotalMetric::ALL, x.metric)?,
                float(x.value)?,
                index(Qualifier::ALL, x.qualifier)?,
                x.line.to_string(),
                field(&x.source.outlet)?,
                field(x.source.url.as_deref().unwrap_or(""))?,
            ]
            .join("\t"),
        );
    }
    let mut d = Vec::new();
    for x in districts {
        d.push(
            [
                field(x.id.as_str())?,
                field(&x.name_az)?,
                field(&x.name_en)?,
                field(&x.name_ru)?,
                list(&x.aliases)?,
                list(&x.ne_codes)?,
            ]
            .join("\t"),
        );
    }
    let mut b = Vec::new();
    for x in boundaries {
        let mut f = vec![field(&x.code)?, field(&x.name)?];
        for p in &x.polygons {
            let mut rings = Vec::new();
            for r in p {
                let mut pts = Vec::new();
                for &(lon, lat) in r {
                    pts.push(format!("{},{}", milli(lon)?, milli(lat)?));
                }
                rings.push(pts.join(" "));
            }
            f.push(rings.join(";"));
        }
        b.push(f.join("\t"));
    }
    let mut s = String::new();
    for (name, lines) in [
        ("WEEKS", w),
        ("TOTALS", t),
        ("DISTRICTS", d),
        ("BOUNDARIES", b),
    ] {
        let _ = writeln!(s, "pub static {name}: &str = {};", text(&lines.join("\n")));
    }
    Some(s)
}

/// A text field: no tab or line break.
fn field(s: &str) -> Option<String> {
    (!s.contains(['\t', '\n', '\r'])).then(|| s.to_string())
}

/// A list, joined by `|`.
fn list(v: &[String]) -> Option<String> {
    if v.iter().any(|s| s.contains('|')) {
        return None;
    }
    field(&v.join("|"))
}

/// A coordinate in thousandths, when that is exact (`x == m as f64 / 1000.0`).
fn milli(x: f64) -> Option<i32> {
    let m = (x * 1000.0).round();
    let i = m as i32;
    (f64::from(i) / 1000.0 == x).then_some(i)
}

fn index<T: PartialEq>(all: &[T], v: T) -> Option<String> {
    all.iter().position(|x| *x == v).map(|i| i.to_string())
}

fn opt(v: Option<impl std::fmt::Display>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// A figure as the shortest decimal that reads back to it with the app's decimal reader.
fn float(v: f64) -> Option<String> {
    let s = v.to_string();
    (crate::data::parse::plain_decimal(&s) == Some(v)).then_some(s)
}

/// A string literal.
fn text(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
