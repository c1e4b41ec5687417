//! What the charts draw, derived from the dataset: weekly bars, annual bars with the partial
//! current year, monthly bars, the nearest week for a pointer, and the pace projection.

use crate::data::{Dataset, Date, Metric, Qualifier, Status, TotalKind, Week};
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

/// Runs of hectare points over contiguous periods: a new run starts after any gap of more
/// than one day, or after a period without hectares, so a missing week is never bridged.
pub fn hectare_runs(bars: &[WeekBar]) -> Vec<Vec<(f64, f64)>> {
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut prev_end: Option<f64> = None;
    for b in bars {
        let contiguous = prev_end.is_some_and(|e| b.start - e <= 2.0);
        match b.ha {
            Some(h) => {
                if contiguous && !runs.is_empty() {
                    if let Some(r) = runs.last_mut() {
                        r.push((b.mid(), h));
                    }
                } else {
                    runs.push(vec![(b.mid(), h)]);
                }
                prev_end = Some(b.end);
            }
            None => prev_end = None,
        }
    }
    runs
}

/// The bar nearest to a data x (days), if any.
pub fn nearest(bars: &[WeekBar], x: f64) -> Option<usize> {
    bars.iter()
        .enumerate()
        .min_by(|a, b| (a.1.mid() - x).abs().total_cmp(&(b.1.mid() - x).abs()))
        .map(|(i, _)| i)
}

/// One year on the annual chart.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnualBar {
    /// Axis label ("2025", "2026*").
    pub label: String,
    /// Hectares.
    pub value: f64,
    /// True for the current year: a sum of reported weeks so far, not an annual total.
    pub partial: bool,
    /// Weeks summed (partial year only).
    pub weeks: usize,
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
                label: y.to_string(),
                value: t.value,
                partial: false,
                weeks: 0,
            })
        })
        .collect();
    if let Some(&last) = years.last() {
        let y = last + 1;
        if let (Some(from), Some(to)) = (Date::new(y, 1, 1), Date::new(y, 12, 31)) {
            let s = stats::range_sums(&ds.weeks, DateRange { from, to });
            let ha = s.get(Metric::Hectares);
            if ha.reported > 0 {
                out.push(AnnualBar {
                    label: format!("{y}*"),
                    value: ha.value,
                    partial: true,
                    weeks: ha.reported,
                });
            }
        }
    }
    out
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
    /// "over N" or "about N".
    pub lower_bound: bool,
}

/// Monthly ANAMA hectares totals (the best statement per month).
pub fn month_bars(ds: &Dataset) -> Vec<MonthBar> {
    let mut months: Vec<String> = ds
        .totals
        .iter()
        .filter(|t| {
            t.kind == TotalKind::Monthly
                && t.scope == crate::data::Scope::Anama
                && t.metric == "hectares"
        })
        .map(|t| t.period.clone())
        .collect();
    crate::sort::sort(&mut months);
    months.dedup();
    months
        .into_iter()
        .filter_map(|p| {
            let best = stats::best(ds.totals.iter().filter(|t| {
                t.kind == TotalKind::Monthly
                    && t.scope == crate::data::Scope::Anama
                    && t.metric == "hectares"
                    && t.period == p
            }))?;
            let (y, m) = p.split_once('-')?;
            Some(MonthBar {
                year: y.parse().ok()?,
                month: m.parse().ok()?,
                value: best.value,
                lower_bound: best.qualifier != Qualifier::Exact,
            })
        })
        .collect()
}

/// The pace projection: how many years the stated contaminated area would take at recent
/// rates, as a range with its assumptions.
#[derive(Debug, Clone, PartialEq)]
pub struct Pace {
    /// Area still to clear (ha): contaminated area stated at `area_as_of`, less hectares
    /// cleared since, per the annual totals of the years after it (conservative: never less).
    pub remaining_ha: f64,
    /// One rate (ha/yr): the latest full annual total.
    pub rate_annual: f64,
    /// The year of that total.
    pub rate_annual_year: i32,
    /// The other rate (ha/yr): mean of the reported weeks in the last 52 weeks × 52.
    pub rate_weekly: f64,
    /// Reported weeks in the last 52 weeks.
    pub weeks: usize,
    /// Years at the faster and at the slower of the two rates.
    pub years: (f64, f64),
    /// Date of the contaminated-area statement.
    pub area_as_of: Date,
}

/// Computes the pace from the dataset (None when a needed figure is missing).
pub fn pace(ds: &Dataset) -> Option<Pace> {
    let area = stats::latest_context(&ds.totals, "area_contaminated_km2")?;
    let remaining_ha = area.value * 100.0;
    let last_year = *stats::annual_years(&ds.totals).last()?;
    let annual = stats::annual(&ds.totals, last_year, Metric::Hectares)?.value;
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
    let (fast, slow) = (annual.max(rate_weekly), annual.min(rate_weekly));
    Some(Pace {
        remaining_ha,
        rate_annual: annual,
        rate_annual_year: last_year,
        rate_weekly,
        weeks: ws.len(),
        years: (remaining_ha / fast, remaining_ha / slow),
        area_as_of: area.as_of,
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
    fn gaps_break_the_hectares_line() {
        let bars = vec![
            bar(0, 6, Some(10.0)),
            bar(7, 13, Some(12.0)),
            bar(21, 27, Some(9.0)), // a missing week before this one
            bar(28, 34, None),      // no hectares printed
            bar(35, 41, Some(8.0)),
        ];
        let runs = hectare_runs(&bars);
        assert_eq!(runs.len(), 3);
        assert_eq!(runs[0].len(), 2);
        assert_eq!(runs[1].len(), 1);
        assert_eq!(runs[2].len(), 1);
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
