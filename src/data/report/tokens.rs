//! Tokens: one pass over the characters; numbers as printed (digits, groups, decimal marks, words); the language.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    /// A number as printed: digit groups and the separators between them.
    Num(String),
    /// A word, lower-case.
    Word(String),
    /// Any other visible character.
    Punct(char),
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '²' || c == '\u{301}'
}

/// Splits the text into numbers, words and punctuation. A number keeps its thousands groups
/// ("1 164,9", "2,436,776", "1.164,9"): a space is part of a number only before exactly three
/// digits after a first group of at most three.
pub(super) fn tokenize(text: &str) -> Vec<Token> {
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
pub(super) fn number_value(raw: &str, lang: Lang) -> Option<(f64, bool)> {
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
    let v = crate::data::parse::plain_decimal(&clean)?;
    Some((v, ambiguous))
}

/// Numbers written as words, for the small counts the press spells out.
pub(super) fn number_word(w: &str) -> Option<f64> {
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

pub(super) fn detect_lang(tokens: &[Token]) -> Lang {
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
