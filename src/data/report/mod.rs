//! Reading a weekly ANAMA report as the press prints it, in English, Azerbaijani or Russian:
//! the period, the three item counts and the area, each with its qualifier and the words it was
//! read from.
//!
//! The reader is deliberately cautious. It finds item words ("anti-tank", "tank əleyhinə",
//! "противотанковых"…) and takes the number printed right before them (or, in Azerbaijani's
//! "piyada əleyhinə 93" shape, right after them); the area is a number before "hectares", "ha",
//! "hektar", "га", or square metres divided by 10,000. Anything it cannot tie to one item with
//! one value is left empty and marked; a text that is not one week's report (a month, a
//! cumulative total, two periods, two different figures for one item) is refused with the
//! reason. When the year is not printed it is proposed from the weekday (ANAMA's periods start
//! on Mondays) and marked for the person to confirm.
//!
//! One pass over the characters makes the tokens; every later scan looks a fixed number of
//! tokens around each one, so the work is linear in the text's length ([`Reading::steps`]).

use crate::data::model::{Date, Metric, PerMetric, Qualifier};
use crate::data::parse::MAX_HECTARES_PER_PERIOD;
use serde::Serialize;

/// Longest text the reader accepts (characters): a weekly report is under 3,000.
pub const MAX_REPORT_CHARS: usize = 100_000;

/// Longest period read as one report (days): ANAMA's weeks run 5 to 8 days, and a few reports
/// cover two weeks; a month or more is a summary, not a week.
pub const MAX_WEEK_DAYS: i32 = 16;

/// The language a report is printed in.
pub use crate::data::model::Lang;

/// One figure as read: its value, qualifier and the words it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The value (hectares for the area, converted from m² when printed so).
    pub value: f64,
    /// "over", "about", "nearly", "up to", or exact.
    pub qualifier: Qualifier,
    /// The words of the text the figure was read from.
    pub words: String,
    /// The area was printed in square metres: the value is that figure ÷ 10,000.
    pub from_square_metres: Option<f64>,
}

/// Why a field was left empty.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Unsure {
    /// No period was found: the person enters it.
    NoPeriod,
    /// The year was not printed; the reader proposes one from the weekday.
    YearProposed {
        /// The proposed year of the first day.
        year: i32,
        /// True when the proposed start is a Monday (false: no year makes it one).
        monday: bool,
    },
    /// A number that reads two ways ("1.164" is 1164 or 1.164).
    AmbiguousNumber {
        /// Which figure.
        metric: Metric,
        /// The words.
        words: String,
    },
    /// A count printed with a fraction.
    NotACount {
        /// Which figure.
        metric: Metric,
        /// The words.
        words: String,
    },
    /// An area larger than any week could be.
    TooLarge {
        /// The words.
        words: String,
    },
}

/// Why a text is not read as a weekly report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Refusal {
    /// Nothing but blanks.
    Empty,
    /// Longer than [`MAX_REPORT_CHARS`].
    TooLong {
        /// Characters in the text.
        chars: usize,
    },
    /// No figure could be tied to an item.
    NoFigures,
    /// The period is longer than a reporting week (a month, a year, a total since 2020).
    NotWeekly {
        /// The period's words.
        words: String,
        /// Its length in days.
        days: i32,
    },
    /// A monthly, annual or cumulative report with no weekly period.
    Summary {
        /// The words that say so.
        words: String,
    },
    /// Two different periods in one text.
    TwoPeriods {
        /// The first period's words.
        first: String,
        /// The second period's words.
        second: String,
    },
    /// Two different figures for one item: which one is the week's cannot be told.
    Unattributable {
        /// Which figure.
        metric: Metric,
        /// The first figure's words.
        first: String,
        /// The second figure's words.
        second: String,
    },
}

/// What the reader made of a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reading {
    /// The language detected.
    pub lang: Lang,
    /// The period's first and last day, when found.
    pub period: Option<(Date, Date)>,
    /// The words of the period.
    pub period_words: String,
    /// True when the year was printed; false when proposed (see `unsure`).
    pub year_printed: bool,
    /// Anti-tank, anti-personnel, UXO, hectares.
    pub figures: PerMetric<Option<Figure>>,
    /// Fields left empty or proposed, and why.
    pub unsure: Vec<Unsure>,
    /// Work done (tokens visited), for the linear-time test.
    pub steps: usize,
}

impl Reading {
    /// The period with its first day in `year` (the person's confirmation of a proposed year).
    pub fn period_in(&self, year: i32) -> Option<(Date, Date)> {
        let (s, e) = self.period?;
        let start = Date::new(year, s.m, s.d)?;
        let end = Date::new(year + (e.y - s.y), e.m, e.d)?;
        Some((start, end))
    }

    /// The year proposed from the weekday, when the year was not printed.
    pub fn proposed_year(&self) -> Option<i32> {
        self.unsure.iter().find_map(|u| match u {
            Unsure::YearProposed { year, .. } => Some(*year),
            _ => None,
        })
    }

    /// A figure by metric.
    pub fn figure(&self, m: Metric) -> Option<&Figure> {
        self.figures[m].as_ref()
    }
}

mod figures;
mod periods;
mod row;
mod tokens;

use figures::*;
use periods::*;
use tokens::*;

pub use row::Row;

// ---------------------------------------------------------------------------------------------
// The reader

fn propose_year(from: (u8, u8), today: Date) -> Option<(i32, bool)> {
    let latest = today.add_days(7);
    let mut fallback = None;
    for y in (today.y - 6..=today.y + 1).rev() {
        let Some(d) = Date::new(y, from.1, from.0) else {
            continue;
        };
        if d > latest {
            continue;
        }
        // 1970-01-05 was a Monday.
        if (d.days() - 4).rem_euclid(7) == 0 {
            return Some((y, true));
        }
        fallback.get_or_insert(y);
    }
    fallback.map(|y| (y, false))
}

/// Reads a weekly report. `today` bounds the proposed year (a period starts no later than a
/// week from today).
pub fn read(text: &str, today: Date) -> Result<Reading, Refusal> {
    let chars = text.chars().count();
    if chars > MAX_REPORT_CHARS {
        return Err(Refusal::TooLong { chars });
    }
    if text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    let mut steps = chars;
    let tokens = tokenize(text);
    let lang = detect_lang(&tokens);
    steps += tokens.len();

    // Periods.
    let found = periods(&tokens, &mut steps);
    let mut distinct: Vec<&Printed> = Vec::new();
    for p in &found {
        if !distinct.iter().any(|q| {
            q.from == p.from
                && q.to == p.to
                && (q.year == p.year || p.year.is_none() || q.year.is_none())
        }) {
            distinct.push(p);
        }
    }
    let words = |p: &Printed| span_text(text, &tokens, p.first, p.last);
    if distinct.len() > 1 {
        return Err(Refusal::TwoPeriods {
            first: words(distinct[0]),
            second: words(distinct[1]),
        });
    }
    let mut unsure = Vec::new();
    let mut year_printed = false;
    let printed = distinct.first().map(|p| {
        // The printed year, wherever the period was printed with it.
        let year = found
            .iter()
            .filter(|q| q.from == p.from && q.to == p.to)
            .find_map(|q| q.year);
        (p, year)
    });
    let mut period = None;
    let mut period_words = String::new();
    if let Some((p, year)) = printed {
        period_words = words(p);
        let crosses = p.to.1 < p.from.1;
        let start_year = match year {
            Some(y) => {
                year_printed = true;
                // A year printed after the period is the last day's.
                Some(if crosses { y - 1 } else { y })
            }
            None => match propose_year(p.from, today) {
                Some((y, monday)) => {
                    unsure.push(Unsure::YearProposed { year: y, monday });
                    Some(y)
                }
                None => None,
            },
        };
        if let Some(y) = start_year {
            let start = Date::new(y, p.from.1, p.from.0);
            let end = Date::new(if crosses { y + 1 } else { y }, p.to.1, p.to.0);
            if let (Some(s), Some(e)) = (start, end) {
                let days = e.days() - s.days() + 1;
                if !(1..=MAX_WEEK_DAYS).contains(&days) {
                    return Err(Refusal::NotWeekly {
                        words: period_words,
                        days,
                    });
                }
                period = Some((s, e));
            }
        }
    }
    if period.is_none() {
        // A summary's own words, when no week was printed.
        let mut i = 0;
        while i < tokens.len() {
            steps += 1;
            if let Some(n) = summary_word(&tokens, i) {
                return Err(Refusal::Summary {
                    words: span_text(text, &tokens, i, i + n - 1),
                });
            }
            i += 1;
        }
        unsure.retain(|u| !matches!(u, Unsure::YearProposed { .. }));
        unsure.push(Unsure::NoPeriod);
        year_printed = false;
    }

    // Figures.
    let cands = candidates(&tokens, lang, &mut steps);
    let mut figures: PerMetric<Option<Figure>> = PerMetric::default();
    let mut chosen: PerMetric<Option<&Cand>> = PerMetric::default();
    for c in &cands {
        steps += 1;
        let idx = c.metric;
        match chosen[idx] {
            None => chosen[idx] = Some(c),
            Some(prev) => {
                let same = (prev.value - c.value).abs() < 1e-9
                    || (c.metric == Metric::Hectares
                        && (prev.square_metres.is_some() != c.square_metres.is_some())
                        && (prev.value - c.value).abs() < 1.0);
                if same {
                    // "2 436 776 m² (243 ha)": the hectares as printed win over the m²; a
                    // headline's "67 hectares" and the text's "more than 67": the qualified.
                    if (prev.square_metres.is_some() && c.square_metres.is_none())
                        || (!prev.qualifier.is_qualified() && c.qualifier.is_qualified())
                    {
                        chosen[idx] = Some(c);
                    }
                    continue;
                }
                return Err(Refusal::Unattributable {
                    metric: c.metric,
                    first: span_text(text, &tokens, prev.first, prev.last),
                    second: span_text(text, &tokens, c.first, c.last),
                });
            }
        }
    }
    for (idx, c) in chosen.iter() {
        let Some(c) = c else { continue };
        let words = span_text(text, &tokens, c.first, c.last);
        if c.ambiguous {
            unsure.push(Unsure::AmbiguousNumber {
                metric: c.metric,
                words,
            });
            continue;
        }
        if c.metric != Metric::Hectares && c.value.fract() != 0.0 {
            unsure.push(Unsure::NotACount {
                metric: c.metric,
                words,
            });
            continue;
        }
        if c.metric == Metric::Hectares && c.value > MAX_HECTARES_PER_PERIOD {
            unsure.push(Unsure::TooLarge { words });
            continue;
        }
        figures[idx] = Some(Figure {
            value: c.value,
            qualifier: c.qualifier,
            words,
            from_square_metres: c.square_metres,
        });
    }
    if chosen.values().all(Option::is_none) {
        return Err(Refusal::NoFigures);
    }
    Ok(Reading {
        lang,
        period,
        period_words,
        year_printed,
        figures,
        unsure,
        steps,
    })
}

impl Refusal {
    /// The reason in English, for the command line (the page says it in the reader's language).
    pub fn describe(&self) -> String {
        match self {
            Refusal::Empty => "the text is empty".into(),
            Refusal::TooLong { chars } => format!("the text is {chars} characters long; paste one report (at most {MAX_REPORT_CHARS})"),
            Refusal::NoFigures => "no figure could be tied to anti-tank mines, anti-personnel mines, UXO or hectares: is this a weekly report?".into(),
            Refusal::NotWeekly { words, days } => format!("the period “{words}” is {days} days long: a monthly or cumulative report, not a week"),
            Refusal::Summary { words } => format!("“{words}”: a monthly, annual or cumulative report, not a week"),
            Refusal::TwoPeriods { first, second } => format!("two periods in one text (“{first}” and “{second}”): paste one week's report"),
            Refusal::Unattributable { metric, first, second } => format!("two different figures for {} (“{first}” and “{second}”): paste only the week's paragraph", metric.as_str()),
        }
    }
}

impl Unsure {
    /// The note in English, for the command line.
    pub fn describe(&self) -> String {
        match self {
            Unsure::NoPeriod => "no period found: enter the first and last day".into(),
            Unsure::YearProposed { year, monday: true } => format!("the year is not printed: {year} proposed (the first day is a Monday that year)"),
            Unsure::YearProposed { year, monday: false } => format!("the year is not printed: {year} proposed, though the first day is not a Monday in any recent year"),
            Unsure::AmbiguousNumber { metric, words } => format!("{}: “{words}” reads two ways; left empty", metric.as_str()),
            Unsure::NotACount { metric, words } => format!("{}: “{words}” is not a whole number; left empty", metric.as_str()),
            Unsure::TooLarge { words } => format!("hectares: “{words}” is more than any week could clear; left empty"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 3, 20).expect("date")
    }

    #[test]
    fn numbers_read_the_way_each_press_prints_them() {
        let v = |s: &str, l| number_value(s, l).map(|x| x.0);
        assert_eq!(v("1 164,9", Lang::Az), Some(1164.9));
        assert_eq!(v("1,164.9", Lang::En), Some(1164.9));
        assert_eq!(v("1.164,9", Lang::Az), Some(1164.9));
        assert_eq!(v("1,198", Lang::En), Some(1198.0));
        assert_eq!(v("770,7", Lang::Ru), Some(770.7));
        assert_eq!(v("2,436,776", Lang::En), Some(2_436_776.0));
        assert_eq!(number_value("1.164", Lang::Az).map(|x| x.1), Some(true));
    }

    #[test]
    fn tokens_keep_space_grouped_thousands_only() {
        let t = tokenize("2 436 776 m² and 2024 141 mines");
        assert_eq!(t[0].tok, Tok::Num("2 436 776".into()));
        assert!(t.iter().any(|x| x.tok == Tok::Num("141".into())));
    }

    #[test]
    fn months_in_three_languages() {
        assert_eq!(month_of("mayın"), Some(5));
        assert_eq!(month_of("dekabrın"), Some(12));
        assert_eq!(month_of("iyunun"), Some(6));
        assert_eq!(month_of("сентября"), Some(9));
        assert_eq!(month_of("мая"), Some(5));
        assert_eq!(month_of("марта"), Some(3));
        assert_eq!(month_of("мартов"), None);
        assert_eq!(month_of("manat"), None);
        assert_eq!(month_of("mines"), None);
    }

    #[test]
    fn a_year_is_proposed_from_the_monday() {
        // 16 December: a Monday in 2024, not in 2025.
        let r = read(
            "From December 16 to 22, 26 anti-tank mines were neutralized.",
            today(),
        )
        .expect("reads");
        assert_eq!(
            r.period,
            Some((
                Date::new(2024, 12, 16).expect("d"),
                Date::new(2024, 12, 22).expect("d")
            ))
        );
        assert!(!r.year_printed);
        assert!(r.unsure.contains(&Unsure::YearProposed {
            year: 2024,
            monday: true
        }));
    }
}
