//! The time-lapse ("Play"): the range's end moves period by period from the first reported
//! period to the latest, so the counters grow as sums of the reported weeks and the weekly chart
//! fills in. Where the sequence is at is a pure function of the time played, so the page's
//! player and a video of it (drawn frame by frame) show the same thing at the same moment.
//!
//! The steps are the range slider's stops ([`super::slider`]): the start of every counted
//! period. Step `i` is the range from the first period to the end of period `i`. A missing week
//! is a gap in the stops, never a step of its own: the time-lapse moves from report to report.
//! With reduced motion the steps are the years: the last period of each year, in turn.

use super::slider;
use crate::data::{Date, Week};
use crate::stats::DateRange;

/// How fast the whole span plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pace {
    /// 24 seconds.
    Slow,
    /// 16 seconds (the default: long enough to read the dates, short enough for a reel).
    #[default]
    Normal,
    /// 10 seconds.
    Fast,
}

impl Pace {
    /// The choices, slowest first.
    pub const ALL: [Pace; 3] = [Pace::Slow, Pace::Normal, Pace::Fast];

    /// Milliseconds from the first step to the last.
    pub fn span_ms(self) -> f64 {
        match self {
            Pace::Slow => 24_000.0,
            Pace::Normal => 16_000.0,
            Pace::Fast => 10_000.0,
        }
    }

    /// The pace a kiosk's weekly scene plays at: the slowest whose run ends at least 2 s before
    /// a scene of `interval_s` seconds does (so the latest figures stand before the next
    /// scene); `None` when even the fastest does not fit (the scene then shows the whole span).
    pub fn for_scene(interval_s: u32) -> Option<Pace> {
        let room = (f64::from(interval_s) - 2.0) * 1000.0;
        Pace::ALL.into_iter().find(|p| p.span_ms() <= room)
    }

    /// The name in the page's markup and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Pace::Slow => "slow",
            Pace::Normal => "normal",
            Pace::Fast => "fast",
        }
    }
}

/// The steps of one dataset's time-lapse.
#[derive(Debug, Clone, PartialEq)]
pub struct Timelapse {
    /// The slider's stops: the start of each counted period, in order.
    stops: Vec<Date>,
    /// The last period's end (where the last step's range ends).
    last_end: Option<Date>,
    /// For each year with a counted period, the index of its last stop, in order.
    year_ends: Vec<usize>,
}

impl Timelapse {
    /// The time-lapse of `weeks` (sorted by period, as the data keeps them).
    pub fn new(weeks: &[Week]) -> Self {
        let stops = slider::stops(weeks);
        let last_end = weeks.iter().filter(|w| w.counts()).map(|w| w.end).max();
        let mut year_ends: Vec<usize> = Vec::new();
        for (i, d) in stops.iter().enumerate() {
            match year_ends.last_mut() {
                Some(last) if stops[*last].y == d.y => *last = i,
                _ => year_ends.push(i),
            }
        }
        Timelapse {
            stops,
            last_end,
            year_ends,
        }
    }

    /// How many steps (counted periods) there are.
    pub fn len(&self) -> usize {
        self.stops.len()
    }

    /// Whether there is nothing to play.
    pub fn is_empty(&self) -> bool {
        self.stops.is_empty()
    }

    /// The last step.
    pub fn last(&self) -> usize {
        self.len().saturating_sub(1)
    }

    /// Milliseconds one step lasts at `pace` (the span shared by the steps after the first).
    fn step_ms(&self, pace: Pace, reduced: bool) -> f64 {
        let n = if reduced {
            self.year_ends.len()
        } else {
            self.len()
        };
        pace.span_ms() / (n.max(2) - 1) as f64
    }

    /// The step shown `t_ms` after the time-lapse began at `pace`: the first at 0, the last at
    /// the pace's span and after. With `reduced` motion only years' last steps are shown (the
    /// first year's at 0, the last year's at the span).
    pub fn step_at(&self, t_ms: f64, pace: Pace, reduced: bool) -> usize {
        if self.is_empty() {
            return 0;
        }
        if !reduced {
            return self.step_in(t_ms, pace.span_ms());
        }
        let k = (t_ms.max(0.0) / self.step_ms(pace, reduced) + 1e-9).floor();
        let i = (k as usize).min(self.year_ends.len().saturating_sub(1));
        self.year_ends.get(i).copied().unwrap_or(0)
    }

    /// The step shown `t_ms` into a time-lapse that takes `span_ms` from the first step to the
    /// last, one report at a time (the page's paces, and the video's own span).
    pub fn step_in(&self, t_ms: f64, span_ms: f64) -> usize {
        if self.is_empty() {
            return 0;
        }
        let step = span_ms / (self.len().max(2) - 1) as f64;
        ((t_ms.max(0.0) / step + 1e-9).floor() as usize).min(self.last())
    }

    /// When step `step` is first shown at `pace` (to resume from where the range ends): the
    /// inverse of [`Self::step_at`]. With `reduced` motion, the time of the year the step is in
    /// (a step before its year's last is shown from the year before's time).
    pub fn time_of(&self, step: usize, pace: Pace, reduced: bool) -> f64 {
        let k = if reduced {
            self.year_ends
                .iter()
                .position(|&e| e >= step)
                .unwrap_or(self.year_ends.len().saturating_sub(1))
                .saturating_sub(usize::from(!self.year_ends.contains(&step)))
        } else {
            step.min(self.last())
        };
        k as f64 * self.step_ms(pace, reduced)
    }

    /// Whether the time-lapse has ended by `t_ms`.
    pub fn done(&self, t_ms: f64, pace: Pace) -> bool {
        t_ms >= pace.span_ms()
    }

    /// The range step `step` shows: from the first period to the end of period `step`. Always a
    /// range, the last step too, so the counters stay sums of the reported weeks throughout.
    pub fn range(&self, step: usize) -> Option<DateRange> {
        let from = *self.stops.first()?;
        let to = match self.stops.get(step + 1) {
            Some(next) => next.add_days(-1),
            None => self.last_end?,
        };
        Some(DateRange { from, to })
    }

    /// The step a range ends at (where Play resumes): the last stop on or before its end; the
    /// last step for no range (the whole span).
    pub fn step_of(&self, range: Option<DateRange>) -> usize {
        match range {
            Some(r) => slider::stop_of(&self.stops, r.to, false),
            None => self.last(),
        }
    }

    /// The date a step's range ends on (the running date shown while playing).
    pub fn date(&self, step: usize) -> Option<Date> {
        self.range(step).map(|r| r.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Qualifier, Status};

    fn d(s: &str) -> Date {
        Date::parse(s).expect("date")
    }

    fn week(start: &str, end: &str, status: Status) -> Week {
        Week {
            start: d(start),
            end: d(end),
            anti_tank: None,
            anti_personnel: None,
            uxo: None,
            hectares: Some(10.0),
            hectares_qualifier: Qualifier::Exact,
            status,
            same_report_as: None,
            alternatives: Vec::new(),
            reason: String::new(),
            reason_az: String::new(),
            reason_ru: String::new(),
            sources: Vec::new(),
            line: 0,
        }
    }

    /// Five counted periods over three years, a gap (no report for 2–8 Jan 2024) and a
    /// withheld week that is no step.
    fn weeks() -> Vec<Week> {
        vec![
            week("2022-12-19", "2022-12-25", Status::Confirmed),
            week("2022-12-26", "2023-01-01", Status::Confirmed),
            week("2023-12-25", "2024-01-01", Status::Confirmed),
            week("2024-01-09", "2024-01-15", Status::Withheld),
            week("2024-01-16", "2024-01-22", Status::Confirmed),
            week("2025-03-03", "2025-03-09", Status::Confirmed),
        ]
    }

    #[test]
    fn the_steps_are_the_counted_periods_and_the_range_grows_from_the_first() {
        let t = Timelapse::new(&weeks());
        assert_eq!(t.len(), 5);
        let r = t.range(0).expect("range");
        assert_eq!((r.from, r.to), (d("2022-12-19"), d("2022-12-25")));
        // A gap is no step: the range runs to the day before the next report.
        let r = t.range(2).expect("range");
        assert_eq!((r.from, r.to), (d("2022-12-19"), d("2024-01-15")));
        // The last step is the whole span, as a range (sums, not statements).
        let r = t.range(4).expect("range");
        assert_eq!((r.from, r.to), (d("2022-12-19"), d("2025-03-09")));
        assert_eq!(t.range(9).map(|r| r.to), Some(d("2025-03-09")));
        assert_eq!(t.date(1), Some(d("2023-12-24")));
    }

    #[test]
    fn time_moves_one_step_per_share_of_the_span_and_stops_at_the_end() {
        let t = Timelapse::new(&weeks());
        let p = Pace::Normal; // 16 s over 4 intervals: a step every 4 s
        assert_eq!(t.step_at(0.0, p, false), 0);
        assert_eq!(t.step_at(3_999.0, p, false), 0);
        assert_eq!(t.step_at(4_000.0, p, false), 1);
        assert_eq!(t.step_at(15_999.0, p, false), 3);
        assert_eq!(t.step_at(16_000.0, p, false), 4);
        assert_eq!(t.step_at(99_000.0, p, false), 4);
        assert_eq!(t.step_at(-5.0, p, false), 0);
        assert!(!t.done(15_999.0, p) && t.done(16_000.0, p));
        // Faster and slower.
        assert_eq!(t.step_at(5_000.0, Pace::Fast, false), 2);
        assert_eq!(t.step_at(5_000.0, Pace::Slow, false), 0);
    }

    #[test]
    fn a_kiosk_scene_plays_at_the_slowest_pace_that_ends_before_it_does() {
        assert_eq!(Pace::for_scene(30), Some(Pace::Slow));
        assert_eq!(Pace::for_scene(20), Some(Pace::Normal));
        assert_eq!(Pace::for_scene(18), Some(Pace::Normal));
        assert_eq!(Pace::for_scene(17), Some(Pace::Fast));
        assert_eq!(Pace::for_scene(12), Some(Pace::Fast));
        assert_eq!(Pace::for_scene(11), None);
        assert_eq!(Pace::for_scene(3), None);
    }

    #[test]
    fn reduced_motion_steps_a_year_at_a_time() {
        let t = Timelapse::new(&weeks());
        // Periods starting in 2022, 2023, 2024 and 2025: four years, 16 s / 3 apart; each
        // shows its year's last period.
        let p = Pace::Normal;
        assert_eq!(t.step_at(0.0, p, true), 1);
        assert_eq!(t.step_at(5_333.0, p, true), 1);
        assert_eq!(t.step_at(5_334.0, p, true), 2);
        assert_eq!(t.step_at(10_667.0, p, true), 3);
        assert_eq!(t.step_at(16_000.0, p, true), 4);
    }

    #[test]
    fn resuming_starts_where_the_range_ends() {
        let t = Timelapse::new(&weeks());
        for p in Pace::ALL {
            for s in 0..t.len() {
                assert_eq!(t.step_at(t.time_of(s, p, false), p, false), s);
            }
        }
        let r = t.range(2);
        assert_eq!(t.step_of(r), 2);
        assert_eq!(t.step_of(None), 4);
        // Reduced motion resumes at the year the step is in.
        assert_eq!(
            t.step_at(t.time_of(3, Pace::Normal, true), Pace::Normal, true),
            3
        );
        // A step inside a year resumes from the year before's last.
        assert_eq!(t.time_of(0, Pace::Normal, true), 0.0);
    }

    #[test]
    fn nothing_to_play_is_no_range() {
        let t = Timelapse::new(&[]);
        assert!(t.is_empty());
        assert_eq!(t.step_at(1_000.0, Pace::Normal, false), 0);
        assert_eq!(t.range(0), None);
    }
}
