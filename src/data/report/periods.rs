//! Periods: the dates a report prints ("10–16 May 2021", "10-16 may 2021-ci il", "с 10 по 16 мая").

use super::*;

pub(super) fn month_of(w: &str) -> Option<u8> {
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

pub(super) fn day_of(t: &Token) -> Option<u8> {
    match &t.tok {
        Tok::Num(r) if r.len() <= 2 && r.chars().all(|c| c.is_ascii_digit()) => {
            r.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
        }
        _ => None,
    }
}

pub(super) fn year_of(t: &Token) -> Option<i32> {
    match &t.tok {
        Tok::Num(r) if r.len() == 4 && r.chars().all(|c| c.is_ascii_digit()) => {
            r.parse::<i32>().ok().filter(|y| (2019..=2040).contains(y))
        }
        _ => None,
    }
}

pub(super) fn word_is(t: Option<&Token>, words: &[&str]) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::Word(w)) if words.contains(&w.as_str()))
}

pub(super) fn punct_is(t: Option<&Token>, c: char) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::Punct(p)) if *p == c)
}

/// A range word or mark between two days: `-`, "to", "till", "through", "and", "по", "до".
/// Returns how many tokens it takes.
pub(super) fn connector(tokens: &[Token], i: usize) -> Option<usize> {
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
pub(super) fn az_from(tokens: &[Token], i: usize) -> Option<usize> {
    (punct_is(tokens.get(i), '-')
        && word_is(
            tokens.get(i + 1),
            &["dən", "dan", "tən", "tan", "ndən", "ndan", "den"],
        ))
    .then_some(2)
}

/// The Azerbaijani "-dək"/"-ə qədər" (until) after a day.
pub(super) fn az_until(tokens: &[Token], i: usize) -> Option<usize> {
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
pub(super) fn year_after(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
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
pub(super) fn year_before(tokens: &[Token], i: usize) -> Option<i32> {
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
pub(super) struct Printed {
    pub(super) from: (u8, u8),
    pub(super) to: (u8, u8),
    pub(super) year: Option<i32>,
    pub(super) first: usize,
    pub(super) last: usize,
}

/// Tries every period shape at token `i`.
pub(super) fn period_at(tokens: &[Token], i: usize) -> Option<Printed> {
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
pub(super) fn periods(tokens: &[Token], steps: &mut usize) -> Vec<Printed> {
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

pub(super) fn span_text(text: &str, tokens: &[Token], first: usize, last: usize) -> String {
    let (Some(a), Some(b)) = (tokens.get(first), tokens.get(last)) else {
        return String::new();
    };
    text.get(a.start..b.end)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
