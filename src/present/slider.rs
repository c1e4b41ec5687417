//! The range slider's rules: its stops are the start dates of the reported periods, and a range
//! ends the day before the next period starts, so that the last period chosen is whole.

use crate::data::{Date, Week};
use crate::stats::DateRange;

/// The slider's stops: the distinct start dates of the counted periods, in order (the weeks
/// are sorted by period).
pub fn stops(weeks: &[Week]) -> Vec<Date> {
    let mut s: Vec<Date> = weeks
        .iter()
        .filter(|w| w.counts())
        .map(|w| w.start)
        .collect();
    s.dedup();
    s
}

/// The stop a range's start (`from`) or end sits at: the first stop on or after the start, the
/// last stop on or before the end.
pub fn stop_of(stops: &[Date], d: Date, from: bool) -> usize {
    if from {
        stops.iter().position(|x| *x >= d).unwrap_or(0)
    } else {
        stops
            .iter()
            .rposition(|x| *x <= d)
            .unwrap_or(stops.len().saturating_sub(1))
    }
}

/// What handles at stops `a` and `b` (in either order) select: `None` for the whole span (no
/// range), else from the first stop's date to the day before the stop after the last, or to
/// `last_end` (the last period's end) when the last stop is the last of all.
pub fn range_between(
    stops: &[Date],
    last_end: Option<Date>,
    a: usize,
    b: usize,
) -> Option<DateRange> {
    let (a, b) = (a.min(b), a.max(b));
    if a == 0 && b + 1 >= stops.len() {
        return None;
    }
    let from = *stops.get(a)?;
    let to = stops
        .get(b + 1)
        .map(|d| d.add_days(-1))
        .or(last_end)
        .unwrap_or(from);
    Some(DateRange { from, to })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("date")
    }

    fn three() -> Vec<Date> {
        vec![d("2026-02-16"), d("2026-02-23"), d("2026-03-02")]
    }

    #[test]
    fn a_range_runs_to_the_day_before_the_next_period() {
        let s = three();
        let r = range_between(&s, Some(d("2026-03-09")), 0, 1).expect("a range");
        assert_eq!((r.from, r.to), (d("2026-02-16"), d("2026-03-01")));
        // The last stop runs to the last period's end (2–9 March 2026 is eight days).
        let r = range_between(&s, Some(d("2026-03-09")), 1, 2).expect("a range");
        assert_eq!((r.from, r.to), (d("2026-02-23"), d("2026-03-09")));
        // The handles in either order.
        assert_eq!(range_between(&s, None, 1, 0), range_between(&s, None, 0, 1));
    }

    #[test]
    fn the_whole_span_is_no_range() {
        assert_eq!(range_between(&three(), Some(d("2026-03-09")), 0, 2), None);
        assert_eq!(range_between(&three(), None, 2, 0), None);
    }

    #[test]
    fn a_range_sits_on_the_stops_it_covers() {
        let s = three();
        let r = range_between(&s, Some(d("2026-03-09")), 1, 1).expect("a range");
        assert_eq!(stop_of(&s, r.from, true), 1);
        assert_eq!(stop_of(&s, r.to, false), 1);
        // A date between stops: the start moves to the next stop, the end to the previous.
        assert_eq!(stop_of(&s, d("2026-02-20"), true), 1);
        assert_eq!(stop_of(&s, d("2026-02-20"), false), 0);
    }

    #[test]
    fn the_stops_of_the_real_data_are_the_counted_periods_starts() {
        let ds = crate::data::Dataset::embedded(d("2030-01-01")).expect("data");
        let s = stops(&ds.weeks);
        assert!(s.windows(2).all(|w| w[0] < w[1]), "distinct and in order");
        let counted = ds.weeks.iter().filter(|w| w.counts()).count();
        assert!(s.len() <= counted && s.len() > 100, "{} stops", s.len());
        let full = crate::stats::full_range(&ds.weeks).expect("weeks");
        assert_eq!(range_between(&s, Some(full.to), 0, s.len() - 1), None);
    }
}
