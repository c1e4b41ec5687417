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

use super::model::{Date, Metric, Qualifier};
use super::parse::MAX_HECTARES_PER_PERIOD;
use serde::Serialize;

/// Longest text the reader accepts (characters): a weekly report is under 3,000.
pub const MAX_REPORT_CHARS: usize = 100_000;

/// Longest period read as one report (days): ANAMA's weeks run 5 to 8 days, and a few reports
/// cover two weeks; a month or more is a summary, not a week.
pub const MAX_WEEK_DAYS: i32 = 16;

/// The language a report is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Lang {
    /// English.
    En,
    /// Azerbaijani (Latin script).
    Az,
    /// Russian.
    Ru,
}

impl Lang {
    /// The language's code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Az => "az",
            Lang::Ru => "ru",
        }
    }
}

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
    /// Anti-tank, anti-personnel, UXO, hectares (`Metric::ALL` order).
    pub figures: [Option<Figure>; 4],
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
        let i = Metric::ALL.iter().position(|x| *x == m)?;
        self.figures[i].as_ref()
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A number as printed: digit groups and the separators between them.
    Num(String),
    /// A word, lower-case.
    Word(String),
    /// Any other visible character.
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '²' || c == '\u{301}'
}

/// Splits the text into numbers, words and punctuation. A number keeps its thousands groups
/// ("1 164,9", "2,436,776", "1.164,9"): a space is part of a number only before exactly three
/// digits after a first group of at most three.
fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let digit_run = |i: usize| {
        let mut j = i;
        while j < n && chars[j].1.is_ascii_digit() {
            j += 1;
        }
        j - i
    };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if is_space(c) {
            i += 1;
            continue;
        }
        let start = byte_at(i);
        if c.is_ascii_digit() {
            let first = digit_run(i);
            let mut j = i + first;
            let mut raw: String = chars[i..j].iter().map(|x| x.1).collect();
            let mut groups_of_three = first <= 3;
            loop {
                if j + 1 >= n {
                    break;
                }
                let sep = chars[j].1;
                let run = digit_run(j + 1);
                if run == 0 {
                    break;
                }
                if is_space(sep) {
                    if groups_of_three && run == 3 && !raw.contains([',', '.']) {
                        raw.push(' ');
                        raw.extend(chars[j + 1..j + 1 + run].iter().map(|x| x.1));
                        j += 1 + run;
                        continue;
                    }
                    break;
                }
                if sep == ',' || sep == '.' {
                    groups_of_three &= run == 3;
                    raw.push(sep);
                    raw.extend(chars[j + 1..j + 1 + run].iter().map(|x| x.1));
                    j += 1 + run;
                    continue;
                }
                break;
            }
            out.push(Token {
                tok: Tok::Num(raw),
                start,
                end: byte_at(j),
            });
            i = j;
        } else if is_word_char(c) {
            let mut j = i;
            let mut w = String::new();
            while j < n && (is_word_char(chars[j].1) || (j > i && chars[j].1.is_ascii_digit())) {
                w.extend(chars[j].1.to_lowercase());
                j += 1;
            }
            // Azerbaijani dotted/dotless i and Turkish forms fold to one spelling.
            let w = w.replace("i\u{307}", "i");
            out.push(Token {
                tok: Tok::Word(w),
                start,
                end: byte_at(j),
            });
            i = j;
        } else {
            let p = match c {
                '–' | '—' | '‑' | '−' => '-',
                '«' | '»' | '“' | '”' | '„' => '"',
                _ => c,
            };
            out.push(Token {
                tok: Tok::Punct(p),
                start,
                end: byte_at(i + 1),
            });
            i += 1;
        }
    }
    out
}

/// A number's value, and whether it reads two ways. Spaces group thousands; with both `,` and
/// `.` the later one is the decimal mark; one mark followed by one, two or four or more digits
/// is decimal; one mark followed by exactly three digits is a thousands group in English
/// ("1,198") and ambiguous otherwise ("1.164" in an Azerbaijani text).
fn number_value(raw: &str, lang: Lang) -> Option<(f64, bool)> {
    let s: String = raw.chars().filter(|c| *c != ' ').collect();
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let (thousands, decimal, ambiguous) = match (commas, dots) {
        (0, 0) => (None, None, false),
        (c, d) if c > 0 && d > 0 => {
            if s.rfind(',') > s.rfind('.') {
                (Some('.'), Some(','), false)
            } else {
                (Some(','), Some('.'), false)
            }
        }
        (c, 0) if c > 1 => (Some(','), None, false),
        (0, d) if d > 1 => (Some('.'), None, false),
        _ => {
            let mark = if commas == 1 { ',' } else { '.' };
            let after = s.rsplit(mark).next().map(str::len).unwrap_or(0);
            if after == 3 {
                if lang == Lang::En && mark == ',' {
                    (Some(','), None, false)
                } else {
                    (None, Some(mark), true)
                }
            } else {
                (None, Some(mark), false)
            }
        }
    };
    let mut clean = String::with_capacity(s.len());
    for c in s.chars() {
        if Some(c) == thousands {
            continue;
        }
        clean.push(if Some(c) == decimal { '.' } else { c });
    }
    if clean.len() > 15 {
        return None;
    }
    let v = super::parse::plain_decimal(&clean)?;
    Some((v, ambiguous))
}

/// Numbers written as words, for the small counts the press spells out.
fn number_word(w: &str) -> Option<f64> {
    const WORDS: &[(&str, u8)] = &[
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("bir", 1),
        ("iki", 2),
        ("üç", 3),
        ("dörd", 4),
        ("beş", 5),
        ("altı", 6),
        ("yeddi", 7),
        ("səkkiz", 8),
        ("doqquz", 9),
        ("один", 1),
        ("одна", 1),
        ("одну", 1),
        ("два", 2),
        ("две", 2),
        ("три", 3),
        ("четыре", 4),
        ("пять", 5),
        ("шесть", 6),
        ("семь", 7),
        ("восемь", 8),
        ("девять", 9),
        ("десять", 10),
    ];
    WORDS
        .iter()
        .find(|(k, _)| *k == w)
        .map(|(_, v)| f64::from(*v))
}

fn detect_lang(tokens: &[Token]) -> Lang {
    let (mut ru, mut az, mut en) = (0, 0, 0);
    for t in tokens {
        if let Tok::Word(w) = &t.tok {
            if w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
                ru += 1;
            } else if w.contains(['ə', 'ğ', 'ı', 'ş', 'ç', 'ö', 'ü'])
                || matches!(w.as_str(), "və" | "mina" | "hektar" | "ərazi" | "ötən")
            {
                az += 1;
            } else if matches!(
                w.as_str(),
                "the" | "and" | "mines" | "were" | "of" | "hectares" | "week"
            ) {
                en += 1;
            }
        }
    }
    if ru > az && ru > en {
        Lang::Ru
    } else if az > en {
        Lang::Az
    } else {
        Lang::En
    }
}

// ---------------------------------------------------------------------------------------------
// Periods

fn month_of(w: &str) -> Option<u8> {
    const MONTHS: [[&str; 3]; 12] = [
        ["january", "yanvar", "январ"],
        ["february", "fevral", "феврал"],
        ["march", "mart", "март"],
        ["april", "aprel", "апрел"],
        ["may", "may", "ма"],
        ["june", "iyun", "июн"],
        ["july", "iyul", "июл"],
        ["august", "avqust", "август"],
        ["september", "sentyabr", "сентябр"],
        ["october", "oktyabr", "октябр"],
        ["november", "noyabr", "ноябр"],
        ["december", "dekabr", "декабр"],
    ];
    const SHORT: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    for (i, forms) in MONTHS.iter().enumerate() {
        let m = (i + 1) as u8;
        if w == forms[0] || (w.len() <= 4 && (w == SHORT[i] || (w == "sept" && m == 9))) {
            return Some(m);
        }
        // Azerbaijani: the name, or its genitive ("mayın", "dekabrın", "iyunun").
        if let Some(rest) = w.strip_prefix(forms[1]) {
            if matches!(
                rest,
                "" | "ın" | "in" | "un" | "ün" | "da" | "də" | "dan" | "dən"
            ) {
                return Some(m);
            }
        }
        // Russian: the stem with a case ending ("сентября", "мая", "марта").
        if let Some(rest) = w.strip_prefix(forms[2]) {
            let ok = if m == 5 {
                matches!(rest, "й" | "я" | "е")
            } else {
                matches!(rest, "ь" | "я" | "е" | "а" | "")
            };
            if ok {
                return Some(m);
            }
        }
    }
    None
}

fn day_of(t: &Token) -> Option<u8> {
    match &t.tok {
        Tok::Num(r) if r.len() <= 2 && r.chars().all(|c| c.is_ascii_digit()) => {
            r.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
        }
        _ => None,
    }
}

fn year_of(t: &Token) -> Option<i32> {
    match &t.tok {
        Tok::Num(r) if r.len() == 4 && r.chars().all(|c| c.is_ascii_digit()) => {
            r.parse::<i32>().ok().filter(|y| (2019..=2040).contains(y))
        }
        _ => None,
    }
}

fn word_is(t: Option<&Token>, words: &[&str]) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::Word(w)) if words.contains(&w.as_str()))
}

fn punct_is(t: Option<&Token>, c: char) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::Punct(p)) if *p == c)
}

/// A range word or mark between two days: `-`, "to", "till", "through", "and", "по", "до".
/// Returns how many tokens it takes.
fn connector(tokens: &[Token], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    match &t.tok {
        Tok::Punct('-') | Tok::Punct('/') => Some(1),
        Tok::Word(w)
            if matches!(
                w.as_str(),
                "to" | "till" | "until" | "through" | "thru" | "and" | "по" | "до"
            ) =>
        {
            Some(1)
        }
        _ => None,
    }
}

/// The Azerbaijani "-dən"/"-dan" (from) after a day: returns the tokens it takes.
fn az_from(tokens: &[Token], i: usize) -> Option<usize> {
    (punct_is(tokens.get(i), '-')
        && word_is(
            tokens.get(i + 1),
            &["dən", "dan", "tən", "tan", "ndən", "ndan", "den"],
        ))
    .then_some(2)
}

/// The Azerbaijani "-dək"/"-ə qədər" (until) after a day.
fn az_until(tokens: &[Token], i: usize) -> Option<usize> {
    if !punct_is(tokens.get(i), '-') {
        return None;
    }
    if word_is(tokens.get(i + 1), &["dək", "dek", "dak", "dәk"]) {
        return Some(2);
    }
    if word_is(
        tokens.get(i + 1),
        &["ə", "a", "yə", "ya", "nə", "na", "ü", "u"],
    ) && word_is(tokens.get(i + 2), &["qədər", "qeder"])
    {
        return Some(3);
    }
    None
}

/// A year printed after the period: `, 2024`, `2024 года`, `2024-cü il`.
fn year_after(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let mut j = i;
    if punct_is(tokens.get(j), ',') {
        j += 1;
    }
    let y = year_of(tokens.get(j)?)?;
    let mut k = j + 1;
    if punct_is(tokens.get(k), '-') && word_is(tokens.get(k + 1), &["ci", "cı", "cu", "cü"]) {
        k += 2;
    }
    if word_is(
        tokens.get(k),
        &["il", "ildə", "года", "г", "year", "ilin", "ci"],
    ) {
        k += 1;
    }
    Some((y, k))
}

/// A year printed before the period: "2024-cü ilin", "2024-cü il".
fn year_before(tokens: &[Token], i: usize) -> Option<i32> {
    // … 2024 - cü ilin <month> …
    let mut j = i;
    if j >= 1 && word_is(tokens.get(j - 1), &["ilin", "il", "ildə"]) {
        j -= 1;
    } else {
        return None;
    }
    if j >= 2
        && word_is(tokens.get(j - 1), &["ci", "cı", "cu", "cü"])
        && punct_is(tokens.get(j - 2), '-')
    {
        j -= 2;
    }
    year_of(tokens.get(j.checked_sub(1)?)?)
}

/// A period as printed: day and month of each end, the year when printed, the token span.
#[derive(Debug, Clone, PartialEq)]
struct Printed {
    from: (u8, u8),
    to: (u8, u8),
    year: Option<i32>,
    first: usize,
    last: usize,
}

/// Tries every period shape at token `i`.
fn period_at(tokens: &[Token], i: usize) -> Option<Printed> {
    let t = tokens.get(i)?;
    let month = |k: usize| match tokens.get(k).map(|t| &t.tok) {
        Some(Tok::Word(w)) => month_of(w),
        _ => None,
    };
    let day = |k: usize| tokens.get(k).and_then(day_of);
    let finish = |from: (u8, u8), to: (u8, u8), first: usize, after: usize| {
        let (year, last) = match year_after(tokens, after) {
            Some((y, k)) => (Some(y), k - 1),
            None => (year_before(tokens, first), after - 1),
        };
        Some(Printed {
            from,
            to,
            year,
            first,
            last,
        })
    };
    if let Tok::Word(_) = &t.tok {
        let m1 = month(i)?;
        let d1 = day(i + 1)?;
        // az: "mayın 17-dən [iyunun] 22-dək"
        if let Some(k) = az_from(tokens, i + 2) {
            let j = i + 2 + k;
            let (m2, j) = match month(j) {
                Some(m) => (m, j + 1),
                None => (m1, j),
            };
            let d2 = day(j)?;
            let u = az_until(tokens, j + 1)?;
            return finish((d1, m1), (d2, m2), i, j + 1 + u);
        }
        // en: "December 18-24", "October 7 to October 13, 2024", "October 7 – November 2"
        let mut j = i + 2;
        if punct_is(tokens.get(j), ',') {
            if let Some(y) = year_of(tokens.get(j + 1)?) {
                // "December 29, 2025 – January 4, 2026": the first year is the start's.
                let k = connector(tokens, j + 2)?;
                let m2 = month(j + 2 + k)?;
                let d2 = day(j + 3 + k)?;
                let mut p = finish((d1, m1), (d2, m2), i, j + 4 + k)?;
                if p.year.is_none() {
                    p.year = Some(if m2 < m1 { y + 1 } else { y });
                }
                return Some(p);
            }
        }
        let k = connector(tokens, j)?;
        j += k;
        let (m2, j) = match month(j) {
            Some(m) => (m, j + 1),
            None => (m1, j),
        };
        let d2 = day(j)?;
        return finish((d1, m1), (d2, m2), i, j + 1);
    }
    let d1 = day(i)?;
    // "16-22 dekabr", "с 8 по 14 сентября", "28 ноября - 4 декабря", "from 7 to 13 October"
    let (m1, j) = match month(i + 1) {
        Some(m) => (Some(m), i + 2),
        None => (None, i + 1),
    };
    let k = connector(tokens, j)?;
    let d2 = day(j + k)?;
    let m2 = month(j + k + 1)?;
    finish((d1, m1.unwrap_or(m2)), (d2, m2), i, j + k + 2)
}

/// Every period printed in the text, with the word ranges they cover.
fn periods(tokens: &[Token], steps: &mut usize) -> Vec<Printed> {
    let mut out: Vec<Printed> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        *steps += 1;
        if let Some(p) = period_at(tokens, i) {
            i = p.last + 1;
            out.push(p);
        } else {
            i += 1;
        }
    }
    out
}

fn span_text(text: &str, tokens: &[Token], first: usize, last: usize) -> String {
    let (Some(a), Some(b)) = (tokens.get(first), tokens.get(last)) else {
        return String::new();
    };
    text.get(a.start..b.end)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------
// Figures

/// An item word: the metric and how many tokens it takes. Prefix forms end with `*`.
fn label_at(tokens: &[Token], i: usize) -> Option<(Metric, usize)> {
    const LABELS: &[(Metric, &[&str])] = &[
        (Metric::AntiTank, &["anti", "-", "tank*"]),
        (Metric::AntiTank, &["anti", "tank*"]),
        (Metric::AntiTank, &["antitank*"]),
        (Metric::AntiTank, &["tank", "əleyhinə"]),
        (Metric::AntiTank, &["tank", "eleyhine"]),
        (Metric::AntiTank, &["противотанков*"]),
        (Metric::AntiPersonnel, &["anti", "-", "personnel"]),
        (Metric::AntiPersonnel, &["anti", "personnel"]),
        (Metric::AntiPersonnel, &["antipersonnel"]),
        (Metric::AntiPersonnel, &["piyada", "əleyhinə"]),
        (Metric::AntiPersonnel, &["piyada", "eleyhine"]),
        (Metric::AntiPersonnel, &["противопехотн*"]),
        (Metric::Uxo, &["unexploded"]),
        (Metric::Uxo, &["uxo*"]),
        (Metric::Uxo, &["partlamamış"]),
        (Metric::Uxo, &["partlamamis"]),
        (Metric::Uxo, &["phs*"]),
        (Metric::Uxo, &["неразорвавш*"]),
        (Metric::Uxo, &["нрб"]),
        (Metric::Uxo, &["боеприпас*"]),
    ];
    'labels: for (m, words) in LABELS {
        for (k, w) in words.iter().enumerate() {
            let Some(t) = tokens.get(i + k) else {
                continue 'labels;
            };
            let ok = match (&t.tok, w.strip_suffix('*')) {
                (Tok::Punct(p), _) => w.len() == 1 && w.starts_with(*p),
                (Tok::Word(x), Some(prefix)) => x.starts_with(prefix),
                (Tok::Word(x), None) => x == w,
                _ => false,
            };
            if !ok {
                continue 'labels;
            }
        }
        return Some((*m, words.len()));
    }
    None
}

/// An area unit word: hectares (`true`) or square metres (`false`), and the tokens it takes.
fn area_unit_at(tokens: &[Token], i: usize) -> Option<(bool, usize)> {
    let w = match tokens.get(i).map(|t| &t.tok) {
        Some(Tok::Word(w)) => w.as_str(),
        _ => return None,
    };
    if w.starts_with("hectare")
        || w.starts_with("hektar")
        || w.starts_with("гектар")
        || matches!(w, "ha" | "га")
    {
        return Some((true, 1));
    }
    if matches!(w, "m²" | "m2" | "м²" | "м2" | "sqm" | "kvm") {
        return Some((false, 1));
    }
    let next_m = |k: usize| {
        word_is(tokens.get(k), &["m", "м", "m²", "м²", "metr", "metre"])
            || matches!(tokens.get(k).map(|t| &t.tok), Some(Tok::Word(x)) if x.starts_with("meter") || x.starts_with("metre") || x.starts_with("метр") || x.starts_with("metr"))
    };
    if matches!(w, "sq" | "kv" | "кв")
        || w.starts_with("square")
        || w.starts_with("kvadrat")
        || w.starts_with("квадрат")
    {
        let mut k = i + 1;
        if punct_is(tokens.get(k), '.') {
            k += 1;
        }
        if next_m(k) {
            return Some((false, k - i + 1));
        }
    }
    None
}

/// Qualifier words printed before a number.
fn qualifier_before(tokens: &[Token], j: usize) -> Option<(Qualifier, usize)> {
    let w = |k: usize| match tokens.get(k).map(|t| &t.tok) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let one = |x: &str| match x {
        "over" | "above" | "exceeding" | "более" | "свыше" | "больше" => {
            Some(Qualifier::Over)
        }
        "about"
        | "around"
        | "approximately"
        | "some"
        | "roughly"
        | "approx"
        | "около"
        | "примерно"
        | "порядка"
        | "приблизительно"
        | "təxminən"
        | "təqribən"
        | "texminen" => Some(Qualifier::About),
        "nearly" | "almost" | "почти" => Some(Qualifier::Nearly),
        _ => None,
    };
    let last = w(j.checked_sub(1)?)?;
    if let Some(q) = one(last) {
        return Some((q, 1));
    }
    let prev = j.checked_sub(2).and_then(w);
    match (prev, last) {
        (Some("more"), "than") => Some((Qualifier::Over, 2)),
        (Some("at"), "least") => Some((Qualifier::Over, 2)),
        (Some("up"), "to") => Some((Qualifier::UpTo, 2)),
        (Some("close"), "to") => Some((Qualifier::Nearly, 2)),
        (Some("az"), "qala") => Some((Qualifier::Nearly, 2)),
        _ => None,
    }
}

/// Azerbaijani qualifiers printed after a number or unit: "-dən çox"/"-dən artıq" (over),
/// "-ə yaxın" (nearly), or "hektardan çox".
fn qualifier_after(tokens: &[Token], j: usize) -> Option<(Qualifier, usize)> {
    let mut k = j;
    if punct_is(tokens.get(k), '-') {
        k += 1;
    }
    let suffix = match tokens.get(k).map(|t| &t.tok) {
        Some(Tok::Word(w)) => w.as_str(),
        _ => return None,
    };
    let next = tokens.get(k + 1);
    if matches!(suffix, "dən" | "dan" | "tən" | "tan" | "ndən" | "ndan")
        && word_is(next, &["çox", "artıq", "cox", "artiq"])
    {
        return Some((Qualifier::Over, k + 2 - j));
    }
    if matches!(suffix, "ə" | "a" | "yə" | "ya" | "nə" | "na") && word_is(next, &["yaxın", "yaxin"])
    {
        return Some((Qualifier::Nearly, k + 2 - j));
    }
    None
}

/// Words that may stand between a number and its item word ("items of", "ədəd").
fn filler(t: Option<&Token>) -> bool {
    word_is(
        t,
        &[
            "items",
            "item",
            "pieces",
            "piece",
            "units",
            "unit",
            "of",
            "ədəd",
            "единиц",
            "единицы",
            "единица",
            "штук",
            "new",
            "more",
            "additional",
            "daha",
        ],
    )
}

/// A candidate figure for a metric.
#[derive(Debug, Clone)]
struct Cand {
    metric: Metric,
    value: f64,
    ambiguous: bool,
    qualifier: Qualifier,
    first: usize,
    last: usize,
    square_metres: Option<f64>,
}

fn num_at(tokens: &[Token], k: usize, lang: Lang) -> Option<(f64, bool, usize)> {
    // "8 min 537" (Azerbaijani thousands in words) reads as one number ending at the last part.
    match &tokens.get(k)?.tok {
        Tok::Num(raw) => {
            let (v, amb) = number_value(raw, lang)?;
            Some((v, amb, k))
        }
        Tok::Word(w) => number_word(w).map(|v| (v, false, k)),
        _ => None,
    }
}

/// The number printed right before token `i` (after skipping qualifier and filler words),
/// with the first token it covers. Handles "8 min 537" and "84-dən çox".
fn number_before(tokens: &[Token], i: usize, lang: Lang) -> Option<(f64, bool, Qualifier, usize)> {
    let mut j = i;
    let mut fillers = 0;
    while j > 0 && fillers < 3 && filler(tokens.get(j - 1)) {
        j -= 1;
        fillers += 1;
    }
    // "84-dən çox piyada əleyhinə mina": a qualifier after the number.
    let mut q_after = None;
    for back in [4usize, 3] {
        if let Some(s) = j.checked_sub(back) {
            if matches!(tokens.get(s).map(|t| &t.tok), Some(Tok::Num(_))) {
                if let Some((q, n)) = qualifier_after(tokens, s + 1) {
                    if s + 1 + n == j {
                        q_after = Some(q);
                        j = s + 1;
                        break;
                    }
                }
            }
        }
    }
    let k = j.checked_sub(1)?;
    let (mut v, amb, _) = num_at(tokens, k, lang)?;
    let mut first = k;
    // "8 min 537"
    if k >= 2 && word_is(tokens.get(k - 1), &["min"]) && v < 1000.0 {
        if let Some((th, false, _)) = num_at(tokens, k - 2, lang) {
            v += th * 1000.0;
            first = k - 2;
        }
    } else if word_is(tokens.get(k), &["min"]) {
        return None;
    }
    let q = match q_after {
        Some(q) => q,
        None => match qualifier_before(tokens, first) {
            Some((q, n)) => {
                first -= n;
                q
            }
            None => Qualifier::Exact,
        },
    };
    Some((v, amb, q, first))
}

/// A number printed right after an item word ("piyada əleyhinə 93").
fn number_after(tokens: &[Token], j: usize, lang: Lang) -> Option<(f64, bool, usize)> {
    let (mut v, amb, mut last) = num_at(tokens, j, lang)?;
    if !matches!(tokens.get(j).map(|t| &t.tok), Some(Tok::Num(_))) {
        return None;
    }
    if word_is(tokens.get(j + 1), &["min"]) {
        if let Some((rest, false, k)) = num_at(tokens, j + 2, lang) {
            if rest < 1000.0 {
                v = v * 1000.0 + rest;
                last = k;
            }
        }
    }
    Some((v, amb, last))
}

fn candidates(tokens: &[Token], lang: Lang, steps: &mut usize) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut used = vec![false; tokens.len()];
    let mut after_wanted: Vec<(Metric, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        *steps += 1;
        if let Some((m, n)) = label_at(tokens, i) {
            match number_before(tokens, i, lang) {
                Some((v, amb, q, first)) if !used[first..i].iter().any(|u| *u) => {
                    for u in &mut used[first..i] {
                        *u = true;
                    }
                    out.push(Cand {
                        metric: m,
                        value: v,
                        ambiguous: amb,
                        qualifier: q,
                        first,
                        last: i + n - 1,
                        square_metres: None,
                    });
                }
                _ => after_wanted.push((m, i, i + n)),
            }
            i += n;
            continue;
        }
        if let Some((ha, n)) = area_unit_at(tokens, i) {
            if let Some((v, amb, q0, first)) = number_before(tokens, i, lang) {
                if !used[first..i].iter().any(|u| *u) {
                    for u in &mut used[first..i] {
                        *u = true;
                    }
                    let mut last = i + n - 1;
                    let mut q = q0;
                    // "hektardan çox", "ha-dan çox", "1700 hektara yaxın"
                    if let Some(Tok::Word(w)) = tokens.get(i).map(|t| &t.tok) {
                        if (w.ends_with("dan") || w.ends_with("dən"))
                            && word_is(tokens.get(i + 1), &["çox", "artıq"])
                        {
                            q = Qualifier::Over;
                            last = i + 1;
                        } else if w.ends_with('a') && word_is(tokens.get(i + 1), &["yaxın"]) {
                            q = Qualifier::Nearly;
                            last = i + 1;
                        }
                    }
                    if let Some((qa, k)) = qualifier_after(tokens, i + n) {
                        q = qa;
                        last = i + n + k - 1;
                    }
                    out.push(Cand {
                        metric: Metric::Hectares,
                        value: if ha { v } else { v / 10_000.0 },
                        ambiguous: amb,
                        qualifier: q,
                        first,
                        last,
                        square_metres: (!ha).then_some(v),
                    });
                }
            }
            i += n;
            continue;
        }
        i += 1;
    }
    // The Azerbaijani "piyada əleyhinə 93, tank əleyhinə 33 mina" shape: the number after.
    for (m, first, j) in after_wanted {
        *steps += 1;
        if used.get(j).copied().unwrap_or(true) {
            continue;
        }
        if let Some((v, amb, last)) = number_after(tokens, j, lang) {
            // Not a number that belongs to the next item word ("…mina, 26 tank əleyhinə").
            if label_at(tokens, last + 1).is_some() || area_unit_at(tokens, last + 1).is_some() {
                continue;
            }
            for u in &mut used[j..=last] {
                *u = true;
            }
            let (q, last) = match qualifier_after(tokens, last + 1) {
                Some((q, k)) => (q, last + k),
                None => (Qualifier::Exact, last),
            };
            out.push(Cand {
                metric: m,
                value: v,
                ambiguous: amb,
                qualifier: q,
                first,
                last,
                square_metres: None,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Summary words

/// Words that mark a monthly, annual or cumulative report.
fn summary_word(tokens: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| match tokens.get(k).map(|t| &t.tok) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let a = w(i)?;
    let b = w(i + 1);
    let one = matches!(
        a,
        "monthly" | "annual" | "aylıq" | "illik" | "indiyədək" | "ежемесячн" | "годовой"
    ) || a.starts_with("ежемесячн")
        || a.starts_with("годов");
    if one {
        return Some(1);
    }
    let two = matches!(
        (a, b),
        ("so", Some("far"))
            | ("to", Some("date"))
            | ("since", Some(_))
            | ("last", Some("month"))
            | ("past", Some("month"))
            | ("this", Some("year"))
            | ("last", Some("year"))
            | ("ötən", Some("ay"))
            | ("keçən", Some("ay"))
            | ("bu", Some("il"))
            | ("ötən", Some("il"))
            | ("за", Some("месяц"))
            | ("в", Some("этом"))
            | ("с", Some("начала"))
            | ("с", Some("момента"))
            | ("индийə", Some(_))
            | ("indiyə", Some("qədər"))
    );
    two.then_some(2)
}

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
    let mut figures: [Option<Figure>; 4] = [None, None, None, None];
    let mut chosen: [Option<&Cand>; 4] = [None; 4];
    for c in &cands {
        steps += 1;
        let idx = Metric::ALL.iter().position(|m| *m == c.metric).unwrap_or(0);
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
    for (idx, c) in chosen.iter().enumerate() {
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
    if chosen.iter().all(Option::is_none) {
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

// ---------------------------------------------------------------------------------------------
// From a reading to a row of the weekly file

/// A row to add, as the person confirmed it: the reading's figures (edited or not) and the
/// article they came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// First and last day.
    pub period: Option<(Date, Date)>,
    /// The four figures, `Metric::ALL` order.
    pub values: [Option<f64>; 4],
    /// Their qualifiers; only the hectares' has a column, the counts' go into the reason.
    pub qualifiers: [Qualifier; 4],
    /// The outlet's name.
    pub outlet: String,
    /// The article's address.
    pub url: String,
}

impl Row {
    /// The row a reading proposes (the outlet and address still to be filled in).
    pub fn from_reading(r: &Reading) -> Self {
        let mut row = Row {
            period: r.period,
            ..Row::default()
        };
        for (i, f) in r.figures.iter().enumerate() {
            if let Some(f) = f {
                row.values[i] = Some(f.value);
                row.qualifiers[i] = f.qualifier;
            }
        }
        row
    }

    /// The weekly record, checked with the data file's own rules (the same parser reads it
    /// back): a period, at least one figure, an outlet and an http(s) address are required.
    pub fn to_week(&self, latest: Date) -> Result<super::Week, Vec<super::DataError>> {
        use super::{Citation, DataError, ErrorKind, Status, Week};
        let file = "report";
        let mut errors = Vec::new();
        if self.period.is_none() {
            errors.push(DataError::new(
                file,
                0,
                0,
                ErrorKind::BadDate {
                    field: "start".into(),
                    text: String::new(),
                },
            ));
        }
        if self.outlet.trim().is_empty() {
            errors.push(DataError::new(file, 0, 0, ErrorKind::NoSource));
        }
        let url = self.url.trim();
        if !super::parse::is_safe_url(url) {
            errors.push(DataError::new(file, 0, 0, ErrorKind::BadUrl(url.into())));
        }
        if self.values.iter().all(Option::is_none) {
            errors.push(DataError::new(
                file,
                0,
                0,
                ErrorKind::NotANumber {
                    field: "hectares".into(),
                    text: String::new(),
                },
            ));
        }
        let Some((start, end)) = self.period else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let count = |v: Option<f64>| {
            v.map(|x| {
                if x.fract() == 0.0 && (0.0..=4e9).contains(&x) {
                    x as u32
                } else {
                    u32::MAX
                }
            })
        };
        let mut reason = [String::new(), String::new(), String::new()];
        for (i, m) in Metric::ALL.iter().take(3).enumerate() {
            let q = self.qualifiers[i];
            if let (Some(v), true) = (self.values[i], q.is_qualified()) {
                let words = match m {
                    Metric::AntiTank => [
                        "Anti-tank mines",
                        "Tank əleyhinə minalar",
                        "Противотанковые мины",
                    ],
                    Metric::AntiPersonnel => [
                        "Anti-personnel mines",
                        "Piyada əleyhinə minalar",
                        "Противопехотные мины",
                    ],
                    _ => [
                        "UXO",
                        "Partlamamış hərbi sursat",
                        "Неразорвавшиеся боеприпасы",
                    ],
                };
                let (en, az, ru) = match q {
                    Qualifier::Over => ("more than", "-dən çox", "более"),
                    Qualifier::About => ("about", "təxminən", "около"),
                    Qualifier::Nearly => ("nearly", "-ə yaxın", "почти"),
                    _ => ("up to", "-dək", "до"),
                };
                let az_text = if az.starts_with('-') {
                    format!("“{v}{az}”")
                } else {
                    format!("“{az} {v}”")
                };
                for (k, text) in [
                    format!("{} were printed as “{en} {v}”: approximate.", words[0]),
                    format!("{} {az_text} kimi yazılıb: təqribidir.", words[1]),
                    format!("{} напечатаны как «{ru} {v}»: приблизительно.", words[2]),
                ]
                .into_iter()
                .enumerate()
                {
                    if !reason[k].is_empty() {
                        reason[k].push(' ');
                    }
                    reason[k].push_str(&text);
                }
            }
        }
        let [reason, reason_az, reason_ru] = reason;
        let week = Week {
            start,
            end,
            anti_tank: count(self.values[0]),
            anti_personnel: count(self.values[1]),
            uxo: count(self.values[2]),
            hectares: self.values[3],
            hectares_qualifier: self.qualifiers[3],
            status: Status::SingleSource,
            same_report_as: None,
            alternatives: Vec::new(),
            reason,
            reason_az,
            reason_ru,
            sources: vec![Citation {
                outlet: self.outlet.replace([';', '<', '>'], " ").trim().to_string(),
                url: Some(url.to_string()),
            }],
            line: 0,
        };
        // The file's own rules: write the row and read it back.
        let text = super::merge::write_weeks("", std::slice::from_ref(&week));
        let mut back = super::parse::parse_weeks(file, &text, latest)?;
        back.pop()
            .ok_or_else(|| vec![DataError::new(file, 0, 0, ErrorKind::NoHeader)])
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
