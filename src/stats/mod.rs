//! Derived figures: sums over a date range, coverage, best annual and cumulative statements,
//! per-district figures and the pace projection. Each result says how it was derived.

use crate::data::{
    Citation, Dataset, Date, Metric, Qualifier, Scope, Status, Total, TotalKind, Week,
};

/// An inclusive range of dates; a week is in the range when its start is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
}

impl DateRange {
    /// True when the week starts inside the range.
    pub fn contains(&self, w: &Week) -> bool {
        w.start >= self.from && w.start <= self.to
    }
}

/// The sum of one metric over the counted weeks of a range.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Sum {
    /// The sum of printed values.
    pub value: f64,
    /// Weeks that printed this metric.
    pub reported: usize,
    /// True when at least one added value is a lower bound ("over N").
    pub lower_bound: bool,
}

/// Sums of the four weekly metrics over a range.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RangeSums {
    /// Counted weeks in the range (not withheld, not a second print).
    pub weeks: usize,
    /// Withheld weeks in the range (left out).
    pub withheld: usize,
    /// Disputed weeks in the range (counted for their undisputed figures).
    pub disputed: usize,
    /// Per metric, in `Metric::ALL` order.
    pub sums: [Sum; 4],
    /// First and last counted week start.
    pub span: Option<(Date, Date)>,
}

impl RangeSums {
    /// The sum for one metric.
    pub fn get(&self, m: Metric) -> Sum {
        self.sums[metric_index(m)]
    }
}

/// Position of a metric in `Metric::ALL`.
pub fn metric_index(m: Metric) -> usize {
    match m {
        Metric::AntiTank => 0,
        Metric::AntiPersonnel => 1,
        Metric::Uxo => 2,
        Metric::Hectares => 3,
    }
}

/// Adds up the counted weeks whose start is in `range`. Missing values are not zeros:
/// each sum says how many weeks printed that figure.
pub fn range_sums(weeks: &[Week], range: DateRange) -> RangeSums {
    let mut out = RangeSums::default();
    for w in weeks.iter().filter(|w| range.contains(w)) {
        if w.status == Status::Withheld {
            out.withheld += 1;
            continue;
        }
        if !w.counts() {
            continue;
        }
        out.weeks += 1;
        if w.status == Status::Disputed {
            out.disputed += 1;
        }
        out.span = Some(match out.span {
            None => (w.start, w.start),
            Some((a, b)) => (a.min(w.start), b.max(w.start)),
        });
        for m in Metric::ALL {
            if let Some(v) = w.value(m) {
                let s = &mut out.sums[metric_index(m)];
                s.value += v;
                s.reported += 1;
                if m == Metric::Hectares && w.hectares_qualifier == Qualifier::Over {
                    s.lower_bound = true;
                }
            }
        }
    }
    // Hectares are printed with one decimal; keep sums free of float noise.
    for s in &mut out.sums {
        s.value = (s.value * 1000.0).round() / 1000.0;
    }
    out
}

/// The full span of the weekly series.
pub fn full_range(weeks: &[Week]) -> Option<DateRange> {
    let from = weeks.iter().map(|w| w.start).min()?;
    let to = weeks.iter().map(|w| w.end).max()?;
    Some(DateRange { from, to })
}

/// A statement of a figure with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The value.
    pub value: f64,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// The date it refers to.
    pub as_of: Date,
    /// Where it was published.
    pub source: Citation,
}

impl From<&Total> for Statement {
    fn from(t: &Total) -> Self {
        Self {
            value: t.value,
            qualifier: t.qualifier,
            as_of: t.as_of,
            source: t.source.clone(),
        }
    }
}

/// The latest ANAMA cumulative statement that gives all four figures on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct Cumulative {
    /// Date of the statement.
    pub as_of: Date,
    /// Per metric, in `Metric::ALL` order.
    pub values: [Statement; 4],
}

/// Finds the latest date with an ANAMA cumulative statement of all four metrics.
pub fn latest_cumulative(totals: &[Total]) -> Option<Cumulative> {
    let mut dates: Vec<Date> = totals
        .iter()
        .filter(|t| t.kind == TotalKind::Cumulative && t.scope == Scope::Anama)
        .map(|t| t.as_of)
        .collect();
    crate::sort::sort(&mut dates);
    dates.dedup();
    for d in dates.into_iter().rev() {
        let pick = |m: Metric| {
            totals.iter().find(|t| {
                t.kind == TotalKind::Cumulative
                    && t.scope == Scope::Anama
                    && t.as_of == d
                    && t.metric == m.as_str()
                    && t.qualifier == Qualifier::Exact
            })
        };
        if let (Some(a), Some(b), Some(c), Some(h)) = (
            pick(Metric::AntiTank),
            pick(Metric::AntiPersonnel),
            pick(Metric::Uxo),
            pick(Metric::Hectares),
        ) {
            return Some(Cumulative {
                as_of: d,
                values: [a.into(), b.into(), c.into(), h.into()],
            });
        }
    }
    None
}

fn decimals(v: f64) -> u32 {
    let mut n = 0;
    let mut x = v;
    while n < 6 && (x - x.round()).abs() > 1e-9 {
        x *= 10.0;
        n += 1;
    }
    n
}

/// Of several statements of the same figure, the best: exact before qualified, then the most
/// precise, then the earliest published.
pub fn best<'a>(candidates: impl Iterator<Item = &'a Total>) -> Option<&'a Total> {
    candidates.min_by_key(|t| {
        (
            t.qualifier != Qualifier::Exact,
            std::cmp::Reverse(decimals(t.value)),
            t.as_of,
        )
    })
}

/// One year's ANAMA total for a metric.
pub fn annual(totals: &[Total], year: i32, metric: Metric) -> Option<&Total> {
    let y = year.to_string();
    best(totals.iter().filter(|t| {
        t.kind == TotalKind::Annual
            && t.scope == Scope::Anama
            && t.period == y
            && t.metric == metric.as_str()
    }))
}

/// Years with an ANAMA annual hectares total.
pub fn annual_years(totals: &[Total]) -> Vec<i32> {
    let mut ys: Vec<i32> = totals
        .iter()
        .filter(|t| {
            t.kind == TotalKind::Annual && t.scope == Scope::Anama && t.metric == "hectares"
        })
        .filter_map(|t| t.period.parse().ok())
        .collect();
    crate::sort::sort(&mut ys);
    ys.dedup();
    ys
}

/// The latest statement of a context metric (e.g. `mines_estimated`).
pub fn latest_context<'a>(totals: &'a [Total], metric: &str) -> Option<&'a Total> {
    totals
        .iter()
        .filter(|t| t.kind == TotalKind::Context && t.metric == metric)
        .max_by_key(|t| t.as_of)
}

/// Mine victims since November 2020 at the latest date that gives killed and injured.
#[derive(Debug, Clone, PartialEq)]
pub struct Victims {
    /// Date of the count.
    pub as_of: Date,
    /// Killed.
    pub killed: f64,
    /// Injured.
    pub injured: f64,
    /// Killed plus injured as printed, when printed.
    pub total: Option<f64>,
    /// Where it was published.
    pub source: Citation,
}

/// Latest dated count of mine victims with both killed and injured.
pub fn latest_victims(totals: &[Total]) -> Option<Victims> {
    let v: Vec<&Total> = totals
        .iter()
        .filter(|t| t.kind == TotalKind::Victims)
        .collect();
    let mut dates: Vec<Date> = v.iter().map(|t| t.as_of).collect();
    crate::sort::sort(&mut dates);
    dates.dedup();
    for d in dates.into_iter().rev() {
        let get = |m: &str| v.iter().find(|t| t.as_of == d && t.metric == m);
        if let (Some(k), Some(i)) = (get("killed"), get("injured")) {
            return Some(Victims {
                as_of: d,
                killed: k.value,
                injured: i.value,
                total: get("victims").map(|t| t.value),
                source: k.source.clone(),
            });
        }
    }
    None
}

/// Per-year coverage of the weekly series.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct YearCoverage {
    /// The year (of the period's start).
    pub year: i32,
    /// Periods by status, in `Status::ALL` order.
    pub by_status: [usize; 4],
    /// Counted periods.
    pub counted: usize,
    /// Sum of counted weekly hectares.
    pub weekly_hectares: f64,
    /// ANAMA's annual hectares for the year, when stated.
    pub annual_hectares: Option<f64>,
}

/// Coverage of the weekly series per year, with the annual totals to compare.
pub fn coverage(ds: &Dataset) -> Vec<YearCoverage> {
    let mut out: Vec<YearCoverage> = Vec::new();
    for w in &ds.weeks {
        let y = w.start.y;
        let idx = match out.iter().position(|c| c.year == y) {
            Some(i) => i,
            None => {
                out.push(YearCoverage {
                    year: y,
                    ..Default::default()
                });
                out.len() - 1
            }
        };
        let c = &mut out[idx];
        let si = Status::ALL.iter().position(|s| *s == w.status).unwrap_or(0);
        c.by_status[si] += 1;
        if w.counts() {
            c.counted += 1;
            c.weekly_hectares += w.hectares.unwrap_or(0.0);
        }
    }
    for c in &mut out {
        c.weekly_hectares = (c.weekly_hectares * 100.0).round() / 100.0;
        c.annual_hectares = annual(&ds.totals, c.year, Metric::Hectares).map(|t| t.value);
    }
    crate::sort::sort_by_key(&mut out, |c| c.year);
    out
}

/// Counts of records by status.
pub fn status_counts(weeks: &[Week]) -> [usize; 4] {
    let mut n = [0; 4];
    for w in weeks {
        if let Some(i) = Status::ALL.iter().position(|s| *s == w.status) {
            n[i] += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_counts_places() {
        assert_eq!(decimals(41915.0), 0);
        assert_eq!(decimals(41915.77), 2);
        assert_eq!(decimals(0.0955), 4);
    }
}

/// What the headline counters count.
#[derive(Debug, Clone, PartialEq)]
pub enum Basis {
    /// The latest official cumulative statement.
    Statement {
        /// Its date.
        as_of: Date,
    },
    /// A sum of reported weeks.
    WeeklySum {
        /// Counted weeks.
        weeks: usize,
        /// First and last week start.
        span: Option<(Date, Date)>,
    },
    /// A district's own statements.
    District {
        /// District id.
        id: String,
        /// The year of the hectares figure, if any.
        period: Option<String>,
    },
}

/// One headline figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The value (`None`: nothing published for this selection).
    pub value: Option<f64>,
    /// True when the value is a lower bound.
    pub lower_bound: bool,
    /// Weeks that printed it (weekly sums only).
    pub reported: Option<usize>,
    /// Sources of the figure.
    pub sources: Vec<Citation>,
}

/// The headline counters for a selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// What they count.
    pub basis: Basis,
    /// Per metric, in `Metric::ALL` order.
    pub figures: [Figure; 4],
}

impl Headline {
    /// One figure.
    pub fn get(&self, m: Metric) -> &Figure {
        &self.figures[metric_index(m)]
    }

    /// Anti-tank + anti-personnel + UXO, when all three are known.
    pub fn total_items(&self) -> Option<f64> {
        let a = self.get(Metric::AntiTank).value?;
        let b = self.get(Metric::AntiPersonnel).value?;
        let c = self.get(Metric::Uxo).value?;
        Some(a + b + c)
    }
}

/// The headline figures: all-time from the latest cumulative statement when no range is
/// selected; otherwise the sums of the reported weeks in the range.
pub fn headline(ds: &Dataset, range: Option<DateRange>) -> Option<Headline> {
    match range {
        None => {
            let c = latest_cumulative(&ds.totals)?;
            let figures = c.values.clone().map(|s| Figure {
                value: Some(s.value),
                lower_bound: s.qualifier == Qualifier::Over,
                reported: None,
                sources: vec![s.source],
            });
            Some(Headline {
                basis: Basis::Statement { as_of: c.as_of },
                figures,
            })
        }
        Some(r) => {
            let sums = range_sums(&ds.weeks, r);
            let figures = Metric::ALL.map(|m| {
                let s = sums.get(m);
                let mut sources = Vec::new();
                for w in ds
                    .weeks
                    .iter()
                    .filter(|w| r.contains(w) && w.counts() && w.value(m).is_some())
                {
                    if let Some(c) = w.sources.first() {
                        sources.push(c.clone());
                    }
                }
                Figure {
                    value: (s.reported > 0).then_some(s.value),
                    lower_bound: s.lower_bound,
                    reported: Some(s.reported),
                    sources,
                }
            });
            Some(Headline {
                basis: Basis::WeeklySum {
                    weeks: sums.weeks,
                    span: sums.span,
                },
                figures,
            })
        }
    }
}

/// Everything the dataset states about one district, ordered by kind and date.
pub fn district_facts<'a>(ds: &'a Dataset, id: &str) -> Vec<&'a Total> {
    let mut v: Vec<&Total> = ds
        .totals
        .iter()
        .filter(|t| t.district.as_deref() == Some(id))
        .filter(|t| {
            matches!(
                t.kind,
                TotalKind::DistrictYear | TotalKind::DistrictPeriod | TotalKind::DistrictShare
            )
        })
        .collect();
    let rank = |k: TotalKind| match k {
        TotalKind::DistrictYear => 0,
        TotalKind::DistrictPeriod => 1,
        _ => 2,
    };
    crate::sort::sort_by(&mut v, |a, b| {
        rank(a.kind)
            .cmp(&rank(b.kind))
            .then(a.metric.cmp(&b.metric))
            .then(b.period.cmp(&a.period))
            .then(a.as_of.cmp(&b.as_of))
    });
    v
}

/// Headline figures for a district: hectares cleared in `year` (or the latest year before it
/// with a figure) from the per-district statements; mines and ordnance are not published per
/// district and year, so they are `None`.
pub fn district_headline(ds: &Dataset, id: &str, year: Option<i32>) -> Headline {
    let pick = ds
        .totals
        .iter()
        .filter(|t| {
            t.kind == TotalKind::DistrictYear
                && t.metric == "hectares"
                && t.district.as_deref() == Some(id)
        })
        .filter(|t| match (year, t.period.parse::<i32>()) {
            (Some(y), Ok(p)) => p <= y,
            (None, Ok(_)) => true,
            _ => false,
        })
        .max_by(|a, b| a.period.cmp(&b.period));
    let none = || Figure {
        value: None,
        lower_bound: false,
        reported: None,
        sources: Vec::new(),
    };
    let ha = pick.map(|t| Figure {
        value: Some(t.value),
        lower_bound: t.qualifier == Qualifier::Over,
        reported: None,
        sources: vec![t.source.clone()],
    });
    Headline {
        basis: Basis::District {
            id: id.to_string(),
            period: pick.map(|t| t.period.clone()),
        },
        figures: [none(), none(), none(), ha.unwrap_or_else(none)],
    }
}
