//! What the charts draw, derived from the dataset: weekly bars, annual bars with the partial
//! current year, monthly bars, the nearest week for a pointer, and the pace projection.

use crate::data::{
    Citation, Dataset, Date, Metric, Period, Qualifier, Scope, Status, TotalKind, TotalMetric, Week,
};
use crate::stats::{self, DateRange};

/// One reported period on the weekly chart.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekBar {
    /// Index into `Dataset::weeks`.
    pub index: usize,
    /// Start (days since 1970).
    pub start: f64,
    /// End (days since 1970), inclusive.
    pub end: f64,
    /// Anti-tank.
    pub at: Option<f64>,
    /// Anti-personnel.
    pub ap: Option<f64>,
    /// UXO.
    pub uxo: Option<f64>,
    /// Hectares.
    pub ha: Option<f64>,
    /// Status (disputed bars are marked).
    pub status: Status,
}

impl WeekBar {
    /// Top of the stacked bar.
    pub fn stack_top(&self) -> f64 {
        self.at.unwrap_or(0.0) + self.ap.unwrap_or(0.0) + self.uxo.unwrap_or(0.0)
    }

    /// The bar's horizontal extent: the period's days, with a small gap between neighbours.
    pub fn x_span(&self) -> (f64, f64) {
        let w = (self.end - self.start + 1.0).max(3.0);
        let mid = (self.start + self.end + 1.0) / 2.0;
        (mid - w * 0.42, mid + w * 0.42)
    }

    /// Centre of the period.
    pub fn mid(&self) -> f64 {
        (self.start + self.end + 1.0) / 2.0
    }
}

/// The counted weeks of a range as bars (withheld and second prints left out).
pub fn week_bars(weeks: &[Week], range: DateRange) -> Vec<WeekBar> {
    weeks
        .iter()
        .enumerate()
        .filter(|(_, w)| range.contains(w) && w.counts())
        .map(|(i, w)| WeekBar {
            index: i,
            start: f64::from(w.start.days()),
            end: f64::from(w.end.days()),
            at: w.value(Metric::AntiTank),
            ap: w.value(Metric::AntiPersonnel),
            uxo: w.value(Metric::Uxo),
            ha: w.value(Metric::Hectares),
            status: w.status,
        })
        .collect()
}

/// How many reported periods the "typical week" line takes the median of.
pub const TYPICAL_PERIODS: usize = 8;

/// The "typical week": at each reported period with hectares, the median hectares of the last
/// `n` *reported* periods up to it (from the third on). Missing weeks are not filled in: they
/// are simply not among the periods the median is taken over.
pub fn typical_week(bars: &[WeekBar], n: usize) -> Vec<(f64, f64)> {
    let mut recent: Vec<f64> = Vec::with_capacity(n);
    let mut out = Vec::new();
    for b in bars {
        let Some(h) = b.ha else { continue };
        if recent.len() == n.max(1) {
            recent.remove(0);
        }
        recent.push(h);
        if recent.len() >= 3.min(n.max(1)) {
            let mut sorted = recent.clone();
            crate::sort::sort_by(&mut sorted, f64::total_cmp);
            let m = sorted.len();
            let median = if m % 2 == 1 {
                sorted[m / 2]
            } else {
                (sorted[m / 2 - 1] + sorted[m / 2]) / 2.0
            };
            out.push((b.mid(), median));
        }
    }
    out
}

/// The top of a panel's value axis, and whether taller values are clipped. With ten values or
/// more, a maximum above twice the 90th percentile marks outliers: the axis stops at a nice
/// bound above the 95th percentile (and 1.4 × the 90th), so one extraordinary week does not
/// flatten every other bar; the taller bars are cut with their values printed.
pub fn panel_top(values: &[f64]) -> (f64, bool) {
    let max = values.iter().copied().fold(0.0, f64::max);
    if values.len() < 10 {
        return (super::nice_max(max), false);
    }
    let mut sorted = values.to_vec();
    crate::sort::sort_by(&mut sorted, f64::total_cmp);
    let pct = |p: f64| {
        let rank = ((sorted.len() as f64) * p).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    };
    let (p90, p95) = (pct(0.9), pct(0.95));
    if max > p90 * 2.0 {
        let top = super::nice_max((p95 * 1.15).max(p90 * 1.4));
        (top, max > top)
    } else {
        (super::nice_max(max), false)
    }
}

/// The first days of the years inside a time range (days since 1970), with the year.
pub fn year_starts(x0: f64, x1: f64) -> Vec<(f64, i32)> {
    let first = Date::from_days(x0.floor() as i32).y;
    let last = Date::from_days(x1.ceil() as i32).y;
    (first..=last)
        .filter_map(|y| Date::new(y, 1, 1).map(|d| (f64::from(d.days()), y)))
        .filter(|(x, _)| *x > x0 && *x < x1)
        .collect()
}

/// The bar nearest to a data x (days), if any.
pub fn nearest(bars: &[WeekBar], x: f64) -> Option<usize> {
    nearest_of(bars.iter().map(WeekBar::mid), x)
}

/// Where a key moves the selection among `n` bars: arrows step, Home and End jump, Escape
/// clears (`Some(None)`); `None` when the key does nothing (or there are no bars).
pub fn key_step(cur: Option<usize>, n: usize, key: &str) -> Option<Option<usize>> {
    if n == 0 {
        return None;
    }
    Some(match key {
        "ArrowRight" => Some(cur.map_or(0, |i| (i + 1).min(n - 1))),
        "ArrowLeft" => Some(cur.map_or(n - 1, |i| i.saturating_sub(1))),
        "Home" => Some(0),
        "End" => Some(n - 1),
        "Escape" => None,
        _ => return None,
    })
}

/// The index of the centre nearest to a data x, if any.
pub fn nearest_of(mids: impl Iterator<Item = f64>, x: f64) -> Option<usize> {
    mids.enumerate()
        .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
        .map(|(i, _)| i)
}

/// One year on the annual chart.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnualBar {
    /// The year.
    pub year: i32,
    /// Axis label ("2025", "2026*").
    pub label: String,
    /// Hectares.
    pub value: f64,
    /// How the figure was qualified (for the partial year: the sum's qualifier).
    pub qualifier: Qualifier,
    /// True for the current year: a sum of reported weeks so far, not an annual total.
    pub partial: bool,
    /// Weeks summed (partial year only).
    pub weeks: usize,
    /// Whose figure (`None` for the partial year's weekly sum).
    pub scope: Option<Scope>,
    /// Where the annual total was published; for the partial year, the first source of each
    /// week summed.
    pub sources: Vec<Citation>,
}

/// Annual ANAMA totals from 2022 on, plus the year after the last total as a partial sum of
/// its reported weeks (drawn hollow and labelled as such).
pub fn annual_bars(ds: &Dataset) -> Vec<AnnualBar> {
    let years: Vec<i32> = stats::annual_years(&ds.totals)
        .into_iter()
        .filter(|y| *y >= 2022)
        .collect();
    let mut out: Vec<AnnualBar> = years
        .iter()
        .filter_map(|&y| {
            stats::annual(&ds.totals, y, Metric::Hectares).map(|t| AnnualBar {
                year: y,
                label: y.to_string(),
                value: t.value,
                qualifier: t.qualifier,
                partial: false,
                weeks: 0,
                scope: Some(t.scope),
                sources: vec![t.source.clone()],
            })
        })
        .collect();
    if let Some(&last) = years.last() {
        let y = last + 1;
        if let (Some(from), Some(to)) = (Date::new(y, 1, 1), Date::new(y, 12, 31)) {
            let range = DateRange { from, to };
            let s = stats::range_sums(&ds.weeks, range);
            let ha = s.get(Metric::Hectares);
            if ha.reported > 0 {
                out.push(AnnualBar {
                    year: y,
                    label: format!("{y}*"),
                    value: ha.value,
                    qualifier: ha.qualifier,
                    partial: true,
                    weeks: ha.reported,
                    scope: None,
                    sources: ds
                        .weeks
                        .iter()
                        .filter(|w| range.contains(w) && w.counts() && w.hectares.is_some())
                        .filter_map(|w| w.sources.first().cloned())
                        .collect(),
                });
            }
        }
    }
    out
}

/// What the card of one bar says (annual and monthly charts), in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The bar's name ("2025", "March 2023").
    pub title: String,
    /// The value with its qualifier and unit.
    pub value: String,
    /// Whose figure and what it is.
    pub detail: String,
    /// Where it was published (none for a derived bar).
    pub source: Option<Citation>,
}

/// One month on the monthly chart.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthBar {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Hectares.
    pub value: f64,
    /// How the figure was qualified (drawn hollow when not exact).
    pub qualifier: Qualifier,
    /// Whose figure.
    pub scope: Scope,
    /// Where it was published (the address may be unknown).
    pub source: Citation,
}

impl AnnualBar {
    /// Centre of the `i`-th bar on the annual chart's axis (one unit per year).
    pub fn mid(i: usize) -> f64 {
        i as f64 + 0.5
    }
}

impl MonthBar {
    /// Centre of the bar (days since 1970).
    pub fn mid(&self) -> f64 {
        Date::new(self.year, self.month, 1).map_or(0.0, |d| f64::from(d.days()) + 14.5)
    }

    /// True when the bar is drawn hollow: the figure is qualified ("over", "about", "nearly").
    pub fn hollow(&self) -> bool {
        self.qualifier.is_qualified()
    }
}

/// Monthly ANAMA hectares totals (the best statement per month).
pub fn month_bars(ds: &Dataset) -> Vec<MonthBar> {
    let monthly = |t: &&crate::data::Total| {
        t.kind == TotalKind::Monthly && t.scope == Scope::Anama && t.metric == TotalMetric::Hectares
    };
    let mut months: Vec<Period> = ds.totals.iter().filter(monthly).map(|t| t.period).collect();
    crate::sort::sort(&mut months);
    months.dedup();
    months
        .into_iter()
        .filter_map(|p| {
            let Period::Month(year, month) = p else {
                return None;
            };
            let best = stats::best(ds.totals.iter().filter(monthly).filter(|t| t.period == p))?;
            Some(MonthBar {
                year,
                month,
                value: best.value,
                qualifier: best.qualifier,
                scope: best.scope,
                source: best.source.clone(),
            })
        })
        .collect()
}

/// The mean hectares per reported period of a year: the plain mean of the printed figures of
/// its counted periods (whatever their length; most are 6 or 7 days), with how many there are.
/// `None` when fewer than `min_periods` periods printed hectares.
pub fn mean_reported_hectares(
    weeks: &[Week],
    year: i32,
    min_periods: usize,
) -> Option<(f64, usize)> {
    let ha: Vec<f64> = weeks
        .iter()
        .filter(|w| w.counts() && w.start.y == year)
        .filter_map(|w| w.hectares)
        .collect();
    (ha.len() >= min_periods.max(1)).then(|| (ha.iter().sum::<f64>() / ha.len() as f64, ha.len()))
}

/// The weekly chart's finding: the mean hectares per reported period of the latest year with
/// at least 10 such periods against the first one.
#[derive(Debug, Clone, PartialEq)]
pub struct WeeklyFinding {
    /// The first year.
    pub y1: i32,
    /// Its mean per reported period (ha).
    pub mean1: f64,
    /// Its reported periods.
    pub n1: usize,
    /// The latest year.
    pub y2: i32,
    /// Its mean per reported period (ha).
    pub mean2: f64,
    /// Its reported periods.
    pub n2: usize,
}

impl WeeklyFinding {
    /// `mean2 / mean1`.
    pub fn ratio(&self) -> f64 {
        self.mean2 / self.mean1
    }
}

/// The finding stated in the weekly chart's title (see [`WeeklyFinding`]).
pub fn weekly_finding(weeks: &[Week]) -> Option<WeeklyFinding> {
    let years: Vec<i32> = (2021..=2100)
        .filter(|y| mean_reported_hectares(weeks, *y, 10).is_some())
        .collect();
    let (y1, y2) = (*years.first()?, *years.last()?);
    let (mean1, n1) = mean_reported_hectares(weeks, y1, 10)?;
    let (mean2, n2) = mean_reported_hectares(weeks, y2, 10)?;
    (y1 != y2 && mean1 > 0.0).then_some(WeeklyFinding {
        y1,
        mean1,
        n1,
        y2,
        mean2,
        n2,
    })
}

/// The pace projection: how many years the stated contaminated area would take at recent
/// rates, as a range with its assumptions.
#[derive(Debug, Clone, PartialEq)]
pub struct Pace {
    /// Area still to clear (ha): the whole area stated contaminated at `area_as_of`. Nothing
    /// cleared since is subtracted, and survey usually shrinks such areas, so the range
    /// errs long.
    pub remaining_ha: f64,
    /// The latest full annual total (ha/yr).
    pub rate_annual: f64,
    /// The year of that total.
    pub rate_annual_year: i32,
    /// The mean of the reported periods in the last 52 weeks, scaled to 7 days, × 52 (ha/yr).
    pub rate_weekly: f64,
    /// Reported periods in the last 52 weeks.
    pub weeks: usize,
    /// The slower of the two rates (ha/yr).
    pub rate_low: f64,
    /// The faster of the two rates (ha/yr).
    pub rate_high: f64,
    /// Years at the faster and at the slower of the two rates.
    pub years: (f64, f64),
    /// Date of the contaminated-area statement.
    pub area_as_of: Date,
    /// Where the contaminated area was stated.
    pub area_source: Citation,
    /// Where the annual total was published.
    pub annual_source: Citation,
}

/// Computes the pace from the dataset (None when a needed figure is missing).
pub fn pace(ds: &Dataset) -> Option<Pace> {
    let area = stats::latest_context(&ds.totals, TotalMetric::AreaContaminatedKm2)?;
    let remaining_ha = area.value * 100.0;
    let last_year = *stats::annual_years(&ds.totals).last()?;
    let annual_total = stats::annual(&ds.totals, last_year, Metric::Hectares)?;
    let annual = annual_total.value;
    let end = ds
        .weeks
        .iter()
        .filter(|w| w.counts())
        .map(|w| w.end)
        .max()?;
    let from = end.add_days(-7 * 52 + 1);
    let ws: Vec<f64> = ds
        .weeks
        .iter()
        .filter(|w| w.counts() && w.start >= from && w.end <= end)
        .filter_map(|w| w.hectares.map(|h| h * 7.0 / f64::from(w.days())))
        .collect();
    if ws.is_empty() || annual <= 0.0 {
        return None;
    }
    let weekly_mean = ws.iter().sum::<f64>() / ws.len() as f64;
    let rate_weekly = weekly_mean * 52.0;
    let (rate_high, rate_low) = (annual.max(rate_weekly), annual.min(rate_weekly));
    Some(Pace {
        remaining_ha,
        rate_annual: annual,
        rate_annual_year: last_year,
        rate_weekly,
        weeks: ws.len(),
        rate_low,
        rate_high,
        years: (remaining_ha / rate_high, remaining_ha / rate_low),
        area_as_of: area.as_of,
        area_source: area.source.clone(),
        annual_source: annual_total.source.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(start: i32, end: i32, ha: Option<f64>) -> WeekBar {
        WeekBar {
            index: 0,
            start: f64::from(start),
            end: f64::from(end),
            at: Some(1.0),
            ap: None,
            uxo: Some(2.0),
            ha,
            status: Status::SingleSource,
        }
    }

    #[test]
    fn the_typical_week_skips_missing_weeks_and_unprinted_hectares() {
        let bars = vec![
            bar(0, 6, Some(10.0)),
            bar(7, 13, Some(12.0)),
            bar(21, 27, Some(9.0)), // a missing week before this one
            bar(28, 34, None),      // no hectares printed
            bar(35, 41, Some(8.0)),
        ];
        // From the third reported value on: median(10, 12, 9) = 10, median(12, 9, 8) = 9.
        assert_eq!(typical_week(&bars, 3), vec![(24.5, 10.0), (38.5, 9.0)]);
    }

    #[test]
    fn keys_step_through_bars() {
        assert_eq!(key_step(None, 3, "ArrowRight"), Some(Some(0)));
        assert_eq!(key_step(Some(2), 3, "ArrowRight"), Some(Some(2)));
        assert_eq!(key_step(None, 3, "ArrowLeft"), Some(Some(2)));
        assert_eq!(key_step(Some(1), 3, "End"), Some(Some(2)));
        assert_eq!(key_step(Some(1), 3, "Escape"), Some(None));
        assert_eq!(key_step(Some(1), 3, "a"), None);
        assert_eq!(key_step(None, 0, "Home"), None);
    }

    #[test]
    fn stack_ignores_missing_values_without_inventing_them() {
        let b = bar(0, 6, None);
        assert_eq!(b.stack_top(), 3.0);
        assert_eq!(
            nearest(&[bar(0, 6, None), bar(14, 20, None)], 12.0),
            Some(1)
        );
    }
}
