//! The first-screen digest: the embedded dataset as compiled-in tables, without the weeks'
//! notes (their sources, their reasons in three languages and the outlets' disagreeing
//! figures) and without the totals only later sections read (monthly figures, casualty
//! counts: [`emit::in_digest`]). The totals it has keep their sources: the first screen's
//! statements show them at once.
//!
//! The release build's main module is what must arrive before the page answers a tap. Embedded
//! as CSV text, the data (22.8 KB brotli) and its parsers, validation and error messages stayed
//! in it. `build.rs` parses `data/` with the same parsers at build time and writes these tables
//! ([`emit`]); the page builds its [`Dataset`] from them with a few splits ([`read`]), no
//! parser, no validation, no error messages (they were checked at build time). The weeks'
//! notes follow as files beside the app (`weeks-<hash>.csv`, the whole `data/weeks.csv`, and
//! `totals-<hash>.csv`, the embedded totals), read by a lazy part after the page is ready
//! (`web::notes`): until then
//! [`Dataset::notes_pending`] is true, and the parts that show or write the notes wait for
//! them. If `data/` does not parse at build time there is no digest (`cfg(atlas_digest)` is not
//! set) and the page parses the embedded text as before, showing the errors.

pub mod emit;

use super::model::*;
use super::Dataset;

#[cfg(atlas_digest)]
mod tables {
    include!(concat!(env!("OUT_DIR"), "/digest.rs"));
}

/// The digest's dataset (`None` when `data/` did not parse at build time).
pub fn dataset() -> Option<Dataset> {
    #[cfg(atlas_digest)]
    {
        use tables::*;
        read(WEEKS, TOTALS, DISTRICTS, BOUNDARIES)
    }
    #[cfg(not(atlas_digest))]
    {
        None
    }
}

/// Reads the four tables [`emit::source`] writes: one record a line, fields between tabs.
/// - weeks: start and end (days since 1970), anti-tank, anti-personnel, UXO, hectares (empty:
///   not reported), qualifier and status (indices into `Qualifier::ALL`, `Status::ALL`), the
///   period of the same report (two days, or empty), the line in the file (the week's
///   sources come with its notes);
/// - totals: kind, scope (indices), as-of day, period (as in the file), district (empty: the
///   region), metric (index), value, qualifier (index), line, outlet, address;
/// - districts: id, names in az, en, ru, aliases and Natural Earth codes (each `|`-separated);
/// - boundaries: code, name, then one field per polygon: rings between `;`, points between
///   spaces, `lon,lat` in thousandths of a degree.
///
/// The tables are written by the build from files the app's parser accepted, and
/// `tests/digest.rs` reads them back against the files; a table that does not read gives
/// `None`, never a partial dataset.
pub fn read(weeks: &str, totals: &str, districts: &str, boundaries: &str) -> Option<Dataset> {
    Some(Dataset {
        weeks: lines(weeks).map(week).collect::<Option<_>>()?,
        totals: lines(totals).map(total).collect::<Option<_>>()?,
        districts: lines(districts).map(district).collect::<Option<_>>()?,
        boundaries: lines(boundaries).map(boundary).collect::<Option<_>>()?,
        notes_pending: true,
    })
}

fn lines(t: &str) -> impl Iterator<Item = std::str::Split<'_, char>> {
    t.split('\n')
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t'))
}

fn int<T: std::str::FromStr>(f: Option<&str>) -> Option<T> {
    f?.parse().ok()
}

/// An empty field is `None`; otherwise the value must read.
fn maybe<T: std::str::FromStr>(f: Option<&str>) -> Option<Option<T>> {
    match f? {
        "" => Some(None),
        s => s.parse().ok().map(Some),
    }
}

fn day(f: Option<&str>) -> Option<Date> {
    int(f).map(Date::from_days)
}

fn pick<T: Copy>(all: &[T], f: Option<&str>) -> Option<T> {
    all.get(int::<usize>(f)?).copied()
}

fn decimal(f: Option<&str>) -> Option<f64> {
    super::parse::plain_decimal(f?)
}

fn text(f: Option<&str>) -> Option<String> {
    f.map(str::to_string)
}

fn citation(outlet: &str, url: &str) -> Citation {
    Citation {
        outlet: outlet.to_string(),
        url: (!url.is_empty()).then(|| url.to_string()),
    }
}

fn week(mut f: std::str::Split<'_, char>) -> Option<Week> {
    // Fields are read in the order written, which is the tables' column order.
    Some(Week {
        start: day(f.next())?,
        end: day(f.next())?,
        anti_tank: maybe(f.next())?,
        anti_personnel: maybe(f.next())?,
        uxo: maybe(f.next())?,
        hectares: match f.next()? {
            "" => None,
            s => Some(super::parse::plain_decimal(s)?),
        },
        hectares_qualifier: pick(Qualifier::ALL, f.next())?,
        status: pick(Status::ALL, f.next())?,
        same_report_as: match (maybe::<i32>(f.next())?, maybe::<i32>(f.next())?) {
            (Some(a), Some(b)) => Some((Date::from_days(a), Date::from_days(b))),
            _ => None,
        },
        line: int(f.next())?,
        // The notes come later (`web::notes`), the week's sources with them.
        alternatives: Vec::new(),
        reason: String::new(),
        reason_az: String::new(),
        reason_ru: String::new(),
        sources: Vec::new(),
    })
}

fn total(mut f: std::str::Split<'_, char>) -> Option<Total> {
    Some(Total {
        kind: pick(TotalKind::ALL, f.next())?,
        scope: pick(Scope::ALL, f.next())?,
        as_of: day(f.next())?,
        period: Period::parse(f.next()?)?,
        district: text(f.next())
            .filter(|d| !d.is_empty())
            .map(DistrictId::from),
        metric: pick(TotalMetric::ALL, f.next())?,
        value: decimal(f.next())?,
        qualifier: pick(Qualifier::ALL, f.next())?,
        line: int(f.next())?,
        source: citation(f.next()?, f.next()?),
        note: String::new(),
    })
}

fn list(f: Option<&str>) -> Option<Vec<String>> {
    Some(match f? {
        "" => Vec::new(),
        s => s.split('|').map(str::to_string).collect(),
    })
}

fn district(mut f: std::str::Split<'_, char>) -> Option<District> {
    Some(District {
        id: text(f.next())?.into(),
        name_az: text(f.next())?,
        name_en: text(f.next())?,
        name_ru: text(f.next())?,
        aliases: list(f.next())?,
        ne_codes: list(f.next())?,
    })
}

fn boundary(mut f: std::str::Split<'_, char>) -> Option<Boundary> {
    let code = text(f.next())?;
    let name = text(f.next())?;
    let point = |p: &str| -> Option<(f64, f64)> {
        let (x, y) = p.split_once(',')?;
        let m = |v: &str| v.parse::<i32>().ok().map(|v| f64::from(v) / 1000.0);
        Some((m(x)?, m(y)?))
    };
    let polygons = f
        .map(|poly| {
            poly.split(';')
                .map(|ring| ring.split(' ').map(point).collect::<Option<Ring>>())
                .collect::<Option<Polygon>>()
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Boundary {
        code,
        name,
        polygons,
    })
}

/// The digest `d` with its notes: `weeks` and `totals` as parsed from the full files, taken
/// when they are the same weeks with the same figures and the digest's totals are theirs less
/// the later ones (`None` otherwise: the files beside the app are not the ones the digest was
/// made from). The districts and boundaries are kept as they are.
pub fn with_notes(d: &Dataset, weeks: Vec<Week>, totals: Vec<Total>) -> Option<Dataset> {
    let same = weeks.len() == d.weeks.len()
        && weeks.iter().zip(&d.weeks).all(|(full, digest)| {
            let mut w = full.clone();
            strip_notes(&mut w);
            w == *digest
        })
        && first_screen_totals(&totals, &weeks) == d.totals;
    same.then(|| Dataset {
        weeks,
        totals,
        notes_pending: false,
        ..d.clone()
    })
}

/// The totals the digest carries of `totals`.
fn first_screen_totals(totals: &[Total], weeks: &[Week]) -> Vec<Total> {
    let newest = emit::newest_week(weeks);
    totals
        .iter()
        .filter(|t| emit::in_digest(t, newest))
        .cloned()
        .collect()
}

/// A week without its notes.
fn strip_notes(w: &mut Week) {
    w.alternatives.clear();
    w.reason.clear();
    w.reason_az.clear();
    w.reason_ru.clear();
    w.sources.clear();
}

/// What the digest keeps of a parsed dataset: the same, less the weeks' notes and the later
/// totals (what
/// `tests/digest.rs` compares the digest with).
pub fn without_notes(d: &Dataset) -> Dataset {
    let mut d = d.clone();
    d.totals = first_screen_totals(&d.totals, &d.weeks);
    d.weeks.iter_mut().for_each(strip_notes);
    d.notes_pending = true;
    d
}
