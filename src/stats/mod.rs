//! Derived figures: sums over a date range, coverage, best annual and cumulative statements,
//! per-district figures and the pace projection. Each result says how it was derived.

use crate::data::{
    Citation, Dataset, Date, DistrictId, Metric, PerMetric, Period, Qualifier, Scope, Status,
    Total, TotalKind, TotalMetric, Week,
};

mod headline;
pub use headline::*;

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
    /// How the sum is qualified: `Exact` when every added value was exact, `About` when one
    /// was "about N" or "nearly N" (the sum is approximate), else `Over` when one was "over N"
    /// (the sum is a lower bound: "at least").
    pub qualifier: Qualifier,
}

impl Sum {
    /// Adds a value and its qualifier.
    pub fn add(&mut self, v: f64, q: Qualifier) {
        self.value += v;
        self.reported += 1;
        self.qualifier = combine(self.qualifier, q);
    }
}

/// The qualifier of a sum of two qualified values: approximate wins over a lower bound,
/// a lower bound over exact.
pub fn combine(a: Qualifier, b: Qualifier) -> Qualifier {
    let rank = |q: Qualifier| match q {
        Qualifier::Exact => 0,
        Qualifier::Over => 1,
        _ => 2,
    };
    let r = rank(a).max(rank(b));
    match r {
        0 => Qualifier::Exact,
        1 => Qualifier::Over,
        _ => Qualifier::About,
    }
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
    /// Per metric.
    pub sums: PerMetric<Sum>,
    /// First and last counted week start.
    pub span: Option<(Date, Date)>,
}

impl RangeSums {
    /// The sum for one metric.
    pub fn get(&self, m: Metric) -> Sum {
        self.sums[m]
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
                out.sums[m].add(v, w.qualifier(m));
            }
        }
    }
    // Hectares are printed with one decimal; keep sums free of float noise.
    for s in out.sums.values_mut() {
        s.value = (s.value * 1000.0).round() / 1000.0;
    }
    out
}

/// A preset of the range control, relative to the latest reported week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// The last 12 weeks (84 days) to the end of the latest week.
    Last12Weeks,
    /// From 1 January of the latest week's year.
    LatestYear,
    /// Every week (no range).
    All,
}

impl Preset {
    /// The range it selects (`None`: everything).
    pub fn range(self, weeks: &[Week]) -> Option<DateRange> {
        let full = full_range(weeks)?;
        match self {
            Preset::Last12Weeks => Some(DateRange {
                from: full.to.add_days(-83),
                to: full.to,
            }),
            Preset::LatestYear => Some(DateRange {
                from: Date::new(full.to.y, 1, 1)?,
                to: full.to,
            }),
            Preset::All => None,
        }
    }
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
    /// Whose figure.
    pub scope: Scope,
    /// Where it was published.
    pub source: Citation,
}

impl From<&Total> for Statement {
    fn from(t: &Total) -> Self {
        Self {
            value: t.value,
            qualifier: t.qualifier,
            as_of: t.as_of,
            scope: t.scope,
            source: t.source.clone(),
        }
    }
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
    best(totals.iter().filter(|t| {
        t.kind == TotalKind::Annual
            && t.scope == Scope::Anama
            && t.period == Period::Year(year)
            && t.metric == TotalMetric::from(metric)
    }))
}

/// Years with an ANAMA annual hectares total.
pub fn annual_years(totals: &[Total]) -> Vec<i32> {
    let mut ys: Vec<i32> = totals
        .iter()
        .filter(|t| {
            t.kind == TotalKind::Annual
                && t.scope == Scope::Anama
                && t.metric == TotalMetric::Hectares
        })
        .filter_map(|t| t.period.year())
        .collect();
    crate::sort::sort(&mut ys);
    ys.dedup();
    ys
}

/// The latest statement of a context metric (e.g. `mines_estimated`).
pub fn latest_context(totals: &[Total], metric: TotalMetric) -> Option<&Total> {
    totals
        .iter()
        .filter(|t| t.kind == TotalKind::Context && t.metric == metric)
        .max_by_key(|t| t.as_of)
}

/// The stated goal of hectares to clear in a year: the newest statement of it, with its source
/// and qualifier ("more than 65,000 ha"). The one rule for the annual chart's line, the context
/// card, the goal campaign card and the annual export.
pub fn stated_goal(totals: &[Total]) -> Option<&Total> {
    latest_context(totals, TotalMetric::GoalHectaresPerYear)
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
    /// True when the source counts the injured as severely injured (say "severely", as it does).
    pub severely: bool,
    /// Killed plus injured as printed, when printed.
    pub total: Option<f64>,
    /// Where it was published.
    pub source: Citation,
}

impl Victims {
    /// How many victims: the total as printed, else killed plus injured (a derived figure,
    /// the parts of the same statement).
    pub fn count(&self) -> f64 {
        self.total.unwrap_or(self.killed + self.injured)
    }
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
        let get = |m: TotalMetric| v.iter().find(|t| t.as_of == d && t.metric == m);
        let injured = get(TotalMetric::Injured)
            .map(|i| (i, false))
            .or_else(|| get(TotalMetric::SeverelyInjured).map(|i| (i, true)));
        if let (Some(k), Some((i, severely))) = (get(TotalMetric::Killed), injured) {
            return Some(Victims {
                as_of: d,
                killed: k.value,
                injured: i.value,
                severely,
                total: get(TotalMetric::Victims).map(|t| t.value),
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
    /// Counted periods (not withheld, not a second print of another period's report).
    pub counted: usize,
    /// Counted periods that printed hectares.
    pub with_hectares: usize,
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
        let si = w.status.index();
        c.by_status[si] += 1;
        if w.counts() {
            c.counted += 1;
            if let Some(h) = w.hectares {
                c.with_hectares += 1;
                c.weekly_hectares += h;
            }
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

/// Whole weeks from the data's date to `today` (0 when the date is today or later): how
/// current the figures are, shown next to "Data as of".
pub fn weeks_since(as_of: Date, today: Date) -> i32 {
    ((today.days() - as_of.days()) / 7).max(0)
}

/// True when a kiosk's figures are older than `stale_weeks` and it should say "figures to
/// <date>" rather than look live.
pub fn is_stale(as_of: Date, today: Date, stale_weeks: u32) -> bool {
    i64::from(today.days() - as_of.days()) > i64::from(stale_weeks) * 7
}

#[cfg(test)]
mod tests {
    #[test]
    fn weeks_since_and_staleness_count_whole_weeks() {
        let d = |s: &str| crate::data::Date::parse(s).expect("date");
        assert_eq!(super::weeks_since(d("2026-03-09"), d("2026-03-15")), 0);
        assert_eq!(super::weeks_since(d("2026-03-09"), d("2026-03-16")), 1);
        assert_eq!(super::weeks_since(d("2026-03-09"), d("2026-01-01")), 0);
        assert!(!super::is_stale(d("2026-03-09"), d("2026-05-04"), 8));
        assert!(super::is_stale(d("2026-03-09"), d("2026-05-05"), 8));
    }

    use super::*;

    #[test]
    fn decimals_counts_places() {
        assert_eq!(decimals(41915.0), 0);
        assert_eq!(decimals(41915.77), 2);
        assert_eq!(decimals(0.0955), 4);
    }
}
