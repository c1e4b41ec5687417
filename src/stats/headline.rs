//! The headline: the latest published statements of each metric (never sums of the weeks the
//! press happened to print), the exact one beneath a rounded one, and the sums of a range.

use super::*;

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
pub(super) fn headline_statements(
    totals: &[Total],
    metric: TotalMetric,
) -> impl Iterator<Item = &Total> {
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
        id: DistrictId,
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
    /// Per metric.
    pub figures: PerMetric<Figure>,
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
        &self.figures[m]
    }
}

/// Anti-tank + anti-personnel + UXO, when all three are known.
pub(super) fn derived_total(figures: &PerMetric<Figure>) -> Figure {
    let items = [Metric::AntiTank, Metric::AntiPersonnel, Metric::Uxo];
    let mut value = Some(0.0);
    let mut qualifier = Qualifier::Exact;
    for m in items {
        let f = &figures[m];
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
            let figures = PerMetric::from_fn(|m| {
                latest_statement(&ds.totals, m.into())
                    .map(|t| Figure::statement(t, &ds.totals))
                    .unwrap_or_default()
            });
            let newest = figures.values().filter_map(|f| f.as_of).max()?;
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
            let figures = PerMetric::from_fn(|m| {
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
            id: id.into(),
            year: pick.and_then(|t| t.period.year()),
        },
        figures: PerMetric::new([
            Figure::default(),
            Figure::default(),
            ordnance.unwrap_or_default(),
            pick.map(Figure::of).unwrap_or_default(),
        ]),
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
