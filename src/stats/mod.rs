//! Derived figures: sums over a date range, coverage, best annual and cumulative statements,
//! per-district figures and the pace projection. Each result says how it was derived.

use crate::data::{
    Citation, Dataset, Date, Metric, Period, Qualifier, Scope, Status, Total, TotalKind,
    TotalMetric, Week,
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
                out.sums[metric_index(m)].add(v, w.qualifier(m));
            }
        }
    }
    // Hectares are printed with one decimal; keep sums free of float noise.
    for s in &mut out.sums {
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
        let si = Status::ALL.iter().position(|s| *s == w.status).unwrap_or(0);
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

/// The latest published cumulative statement of a metric (ANAMA's or the Cabinet of
/// Ministers' report; never the Ministry of Defence's partial figures): the newest date, and of
/// several on that date the best (exact, then the most precise).
pub fn latest_statement(totals: &[Total], metric: TotalMetric) -> Option<&Total> {
    let newest = headline_statements(totals, metric).map(|t| t.as_of).max()?;
    best(headline_statements(totals, metric).filter(|t| t.as_of == newest))
}

/// The newest exact cumulative statement of a metric dated before `before`.
pub fn latest_exact_before(totals: &[Total], metric: TotalMetric, before: Date) -> Option<&Total> {
    headline_statements(totals, metric)
        .filter(|t| t.qualifier == Qualifier::Exact && t.as_of < before)
        .max_by_key(|t| t.as_of)
}

/// The statements a headline counter may show: cumulative, for the whole region, by ANAMA or
/// the Cabinet of Ministers.
fn headline_statements(totals: &[Total], metric: TotalMetric) -> impl Iterator<Item = &Total> {
    totals.iter().filter(move |t| {
        t.kind == TotalKind::Cumulative
            && matches!(t.scope, Scope::Anama | Scope::Cabinet)
            && t.metric == metric
            && t.district.is_none()
    })
}

/// What the headline counters count.
#[derive(Debug, Clone, PartialEq)]
pub enum Basis {
    /// Each figure is the latest published cumulative statement of its own metric.
    Statements {
        /// The newest of their dates.
        newest: Date,
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
        year: Option<i32>,
    },
}

/// One headline figure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figure {
    /// The value (`None`: nothing published for this selection).
    pub value: Option<f64>,
    /// How it is qualified (for a sum: see [`Sum::qualifier`]).
    pub qualifier: Qualifier,
    /// The date of the statement (statements only).
    pub as_of: Option<Date>,
    /// The period the figure covers, when it is not a running total (a district's year or
    /// years).
    pub period: Period,
    /// Whose statement (statements only).
    pub scope: Option<Scope>,
    /// Weeks that printed it (weekly sums only).
    pub reported: Option<usize>,
    /// Sources of the figure.
    pub sources: Vec<Citation>,
    /// The newest exact statement, when the figure shown is qualified and an older exact one
    /// exists (shown beneath it).
    pub exact: Option<Statement>,
}

impl Figure {
    /// One statement's figure: value, qualifier, date, period, scope and source.
    fn of(t: &Total) -> Self {
        Self {
            value: Some(t.value),
            qualifier: t.qualifier,
            as_of: Some(t.as_of),
            period: t.period,
            scope: Some(t.scope),
            sources: vec![t.source.clone()],
            ..Self::default()
        }
    }

    /// A headline statement's figure, with the newest exact one beneath when it is qualified.
    fn statement(t: &Total, totals: &[Total]) -> Self {
        Self {
            exact: t
                .qualifier
                .is_qualified()
                .then(|| latest_exact_before(totals, t.metric, t.as_of))
                .flatten()
                .map(Statement::from),
            ..Self::of(t)
        }
    }
}

/// The headline counters for a selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// What they count.
    pub basis: Basis,
    /// Per metric, in `Metric::ALL` order.
    pub figures: [Figure; 4],
    /// Mines and UXO in all: a published statement (all time) or the derived sum
    /// anti-tank + anti-personnel + UXO (ranges).
    pub total: Figure,
    /// True when `total` is derived by adding the three counters (or, for a district, mines
    /// and other ordnance).
    pub total_derived: bool,
    /// For a district: mines of both kinds as one published figure, which is all there is per
    /// district for anti-tank and anti-personnel mines (State Statistics Committee).
    pub mines_combined: Option<Figure>,
}

impl Headline {
    /// One figure.
    pub fn get(&self, m: Metric) -> &Figure {
        &self.figures[metric_index(m)]
    }
}

/// Anti-tank + anti-personnel + UXO, when all three are known.
fn derived_total(figures: &[Figure; 4]) -> Figure {
    let items = [Metric::AntiTank, Metric::AntiPersonnel, Metric::Uxo];
    let mut value = Some(0.0);
    let mut qualifier = Qualifier::Exact;
    for m in items {
        let f = &figures[metric_index(m)];
        value = value.zip(f.value).map(|(a, b)| a + b);
        qualifier = combine(qualifier, f.qualifier);
    }
    Figure {
        value,
        qualifier,
        ..Figure::default()
    }
}

/// The headline figures. With no range: each counter is the latest published cumulative
/// statement of its own metric, with its qualifier, date and source, and the newest exact one
/// beneath when it is qualified; the total of items is the latest statement of mines and UXO
/// together. With a range: the sums of the reported weeks in the range, and their sum.
pub fn headline(ds: &Dataset, range: Option<DateRange>) -> Option<Headline> {
    match range {
        None => {
            let figures = Metric::ALL.map(|m| {
                latest_statement(&ds.totals, m.into())
                    .map(|t| Figure::statement(t, &ds.totals))
                    .unwrap_or_default()
            });
            let newest = figures.iter().filter_map(|f| f.as_of).max()?;
            let (total, total_derived) =
                match latest_statement(&ds.totals, TotalMetric::MinesAndUxo) {
                    Some(t) => (Figure::statement(t, &ds.totals), false),
                    None => (derived_total(&figures), true),
                };
            Some(Headline {
                basis: Basis::Statements { newest },
                figures,
                total,
                total_derived,
                mines_combined: None,
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
                    qualifier: s.qualifier,
                    reported: Some(s.reported),
                    sources,
                    ..Figure::default()
                }
            });
            Some(Headline {
                basis: Basis::WeeklySum {
                    weeks: sums.weeks,
                    span: sums.span,
                },
                total: derived_total(&figures),
                total_derived: true,
                mines_combined: None,
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
            .then(a.metric.as_str().cmp(b.metric.as_str()))
            .then(b.period.cmp(&a.period))
            .then(a.as_of.cmp(&b.as_of))
    });
    v
}

/// Headline figures for a district: hectares cleared in `year` (or the latest year before it
/// with a figure) from the per-district statements; unexploded ordnance as the State Statistics
/// Committee's "explosive ordnance other than mines" and the total as its mines plus that
/// ordnance, for their published period (2020–2024). Anti-tank and anti-personnel mines are not
/// published apart per district: their cards stay empty and `mines_combined` says what is.
pub fn district_headline(ds: &Dataset, id: &str, year: Option<i32>) -> Headline {
    let pick = ds
        .totals
        .iter()
        .filter(|t| {
            t.kind == TotalKind::DistrictYear
                && t.metric == TotalMetric::Hectares
                && t.district.as_deref() == Some(id)
        })
        .filter(|t| match (year, t.period.year()) {
            (Some(y), Some(p)) => p <= y,
            (None, Some(_)) => true,
            _ => false,
        })
        .max_by_key(|t| t.period);
    let period_row = |m: TotalMetric| {
        ds.totals
            .iter()
            .filter(|t| {
                t.kind == TotalKind::DistrictPeriod
                    && t.metric == m
                    && t.district.as_deref() == Some(id)
            })
            .max_by_key(|t| t.as_of)
    };
    let mines = period_row(TotalMetric::Mines).map(Figure::of);
    let ordnance = period_row(TotalMetric::ExplosiveOrdnance).map(Figure::of);
    let total = match (&mines, &ordnance) {
        (Some(m), Some(o)) if m.period == o.period => Figure {
            value: m.value.zip(o.value).map(|(a, b)| a + b),
            qualifier: combine(m.qualifier, o.qualifier),
            period: m.period,
            scope: m.scope,
            sources: m.sources.iter().chain(&o.sources).cloned().collect(),
            ..Figure::default()
        },
        _ => Figure::default(),
    };
    Headline {
        basis: Basis::District {
            id: id.to_string(),
            year: pick.and_then(|t| t.period.year()),
        },
        figures: [
            Figure::default(),
            Figure::default(),
            ordnance.unwrap_or_default(),
            pick.map(Figure::of).unwrap_or_default(),
        ],
        total,
        total_derived: true,
        mines_combined: mines,
    }
}

/// What "Data as of" refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum AsOfBasis {
    /// The end of the latest counted weekly period.
    Week {
        /// First day of the period.
        start: Date,
        /// Last day.
        end: Date,
    },
    /// A statement of a clearance figure (annual, monthly, cumulative or per district).
    Statement {
        /// Where it was published.
        source: Citation,
    },
}

/// The date a total's figure refers to: its `as_of`, but never later than the end of the period
/// it covers (an annual total stated in March refers to 31 December).
pub fn refers_to(t: &Total) -> Date {
    let end = match t.period {
        Period::None => None,
        Period::Year(y) | Period::Years(_, y) => Date::new(y, 12, 31),
        Period::Month(y, m) => Date::new(y, m, crate::data::days_in_month(y, m)),
    };
    end.map_or(t.as_of, |e| e.min(t.as_of))
}

/// "Data as of": the newest date a clearance figure refers to — the end of a counted weekly
/// period or the date of a statement of area cleared or items found. Plans, goals, estimates,
/// victims and context never move it.
pub fn data_as_of(ds: &Dataset) -> Option<(Date, AsOfBasis)> {
    let week = ds
        .weeks
        .iter()
        .filter(|w| w.counts())
        .max_by_key(|w| (w.end, w.start))
        .map(|w| {
            (
                w.end,
                AsOfBasis::Week {
                    start: w.start,
                    end: w.end,
                },
            )
        });
    let statement = ds
        .totals
        .iter()
        .filter(|t| {
            t.metric.is_clearance()
                && matches!(
                    t.kind,
                    TotalKind::Annual
                        | TotalKind::Monthly
                        | TotalKind::Cumulative
                        | TotalKind::DistrictYear
                        | TotalKind::DistrictPeriod
                )
        })
        .max_by_key(|t| refers_to(t))
        .map(|t| {
            (
                refers_to(t),
                AsOfBasis::Statement {
                    source: t.source.clone(),
                },
            )
        });
    match (week, statement) {
        (Some(w), Some(s)) => Some(if s.0 > w.0 { s } else { w }),
        (w, s) => w.or(s),
    }
}
