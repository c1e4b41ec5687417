//! Locale number and date formatting: az and ru `1 234,5` (space thousands, decimal comma),
//! en `1,234.5`; month names per locale. Pure, no allocation beyond the output string.

use super::Locale;
use crate::data::Date;

/// The thousands separator for az and ru: a no-break space, so numbers never wrap.
pub const NBSP: char = '\u{a0}';

/// Formats `v` with `decimals` places (trailing zeros kept) in the locale's style.
pub fn number(v: f64, decimals: usize, loc: Locale) -> String {
    let neg = v < 0.0;
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let (group, point) = match loc {
        Locale::En => (',', '.'),
        Locale::Az | Locale::Ru => (NBSP, ','),
    };
    let mut out = String::with_capacity(s.len() + 4);
    if neg && v != 0.0 {
        out.push('−');
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(point);
        out.push_str(f);
    }
    out
}

/// An integer count.
pub fn int(v: f64, loc: Locale) -> String {
    number(v.round(), 0, loc)
}

/// A value with as many decimals as it needs (at most `max`): rounded to `max` decimals, then
/// without the trailing zeros. A sum of one-decimal figures that floating point leaves at
/// 86,279.99999… is "86,280", not "86,280.0".
pub fn auto(v: f64, max: usize, loc: Locale) -> String {
    let max = max.min(6);
    let mut scaled = (v * 10f64.powi(max as i32)).round();
    let mut d = max;
    while d > 0 && scaled % 10.0 == 0.0 {
        scaled /= 10.0;
        d -= 1;
    }
    number(v, d, loc)
}

/// Month names, nominative for az/en; Russian genitive as used in dates ("10 ноября 2025").
pub fn month_name(m: u8, loc: Locale) -> &'static str {
    #[rustfmt::skip]
    const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    #[rustfmt::skip]
    const AZ: [&str; 12] = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"];
    #[rustfmt::skip]
    const RU: [&str; 12] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    month_of(m, loc, [&EN, &AZ, &RU])
}

/// Month `m` (1–12; out of range clamps) from one table per language (en, az, ru).
fn month_of(m: u8, loc: Locale, tables: [&[&'static str; 12]; 3]) -> &'static str {
    let i = usize::from(m.clamp(1, 12) - 1);
    let [en, az, ru] = tables;
    match loc {
        Locale::En => en[i],
        Locale::Az => az[i],
        Locale::Ru => ru[i],
    }
}

/// A month standing alone as a title, capitalised and in the nominative ("April 2021",
/// "Aprel 2021", "Апрель 2021"); [`month_name`] is the form inside a date.
pub fn month_title(m: u8, loc: Locale) -> &'static str {
    #[rustfmt::skip]
    const AZ: [&str; 12] = ["Yanvar", "Fevral", "Mart", "Aprel", "May", "İyun", "İyul", "Avqust", "Sentyabr", "Oktyabr", "Noyabr", "Dekabr"];
    #[rustfmt::skip]
    const RU: [&str; 12] = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
    let i = usize::from(m.clamp(1, 12) - 1);
    match loc {
        Locale::Az => AZ[i],
        Locale::Ru => RU[i],
        Locale::En => month_name(m, loc),
    }
}

/// A phrase set after a comma mid-sentence: its first letter in lower case ("Tartar, hectares
/// cleared…"; a screen reader reads a capital there as a new sentence). Words in capitals
/// (ANAMA) stay as they are.
pub fn lower_first(s: &str) -> String {
    // ASCII and the Russian capitals only (А–Я, Ё): the labels it is given are the catalogue's,
    // and Unicode's case tables would cost the wasm several KB.
    let lower = |c: char| match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ё' => 'ё',
        _ => c,
    };
    let mut c = s.chars();
    match (c.next(), c.next()) {
        (Some(f), Some(n)) if lower(n) == n => {
            let mut out = String::with_capacity(s.len());
            out.push(lower(f));
            out.push_str(&s[f.len_utf8()..]);
            out
        }
        _ => s.to_string(),
    }
}

/// Short month names for axes.
pub fn month_short(m: u8, loc: Locale) -> &'static str {
    #[rustfmt::skip]
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    #[rustfmt::skip]
    const AZ: [&str; 12] = ["yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek"];
    #[rustfmt::skip]
    const RU: [&str; 12] = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
    month_of(m, loc, [&EN, &AZ, &RU])
}

/// Month names inside a date in running text: the Russian abbreviations are genitive
/// ("10–16 мая 2021", "2–9 марта 2026"); Azerbaijani does not abbreviate months in prose
/// ("2–9 mart 2026"); English as on the axes.
pub fn month_in_date(m: u8, loc: Locale) -> &'static str {
    #[rustfmt::skip]
    const RU: [&str; 12] = ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."];
    match loc {
        Locale::Ru => RU[usize::from(m.clamp(1, 12) - 1)],
        Locale::Az => month_name(m, loc),
        Locale::En => month_short(m, loc),
    }
}

/// Russian running text puts "г." after a year ("9 марта 2026 г."); the others add nothing.
fn year_mark(loc: Locale) -> &'static str {
    match loc {
        Locale::Ru => "\u{a0}г.",
        _ => "",
    }
}

/// A full date: "10 November 2025", "10 noyabr 2025-ci il" (the official Azerbaijani style,
/// the year with its ordinal suffix), "10 ноября 2025 г.".
pub fn date(d: Date, loc: Locale) -> String {
    match loc {
        Locale::Az => format!(
            "{} {} {}{} il",
            d.d,
            month_name(d.m, loc),
            d.y,
            super::plural::az_ordinal(d.y.unsigned_abs().into())
        ),
        _ => format!("{} {} {}{}", d.d, month_name(d.m, loc), d.y, year_mark(loc)),
    }
}

/// A short date: "10 Nov 2025", "10 нояб. 2025" (axes and ranges: no "г.").
pub fn date_short(d: Date, loc: Locale) -> String {
    format!("{} {} {}", d.d, month_in_date(d.m, loc), d.y)
}

/// A period: "3–12 Jan 2025", "28 Apr – 4 May 2025", "10–16 мая 2021 г.".
pub fn period(a: Date, b: Date, loc: Locale) -> String {
    let mut p = period_plain(a, b, loc);
    p.push_str(year_mark(loc));
    p
}

fn period_plain(a: Date, b: Date, loc: Locale) -> String {
    if a.y == b.y && a.m == b.m {
        format!("{}–{} {} {}", a.d, b.d, month_in_date(b.m, loc), b.y)
    } else if a.y == b.y {
        format!(
            "{} {} – {} {} {}",
            a.d,
            month_in_date(a.m, loc),
            b.d,
            month_in_date(b.m, loc),
            b.y
        )
    } else {
        format!("{} – {}", date_short(a, loc), date_short(b, loc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_per_locale() {
        assert_eq!(number(1234.5, 1, Locale::En), "1,234.5");
        assert_eq!(number(1234.5, 1, Locale::Az), "1\u{a0}234,5");
        assert_eq!(number(1234.5, 1, Locale::Ru), "1\u{a0}234,5");
        assert_eq!(number(237821.5, 1, Locale::Az), "237\u{a0}821,5");
        assert_eq!(number(237821.5, 1, Locale::Ru), "237\u{a0}821,5");
        assert_eq!(number(1_500_000.0, 0, Locale::En), "1,500,000");
        assert_eq!(number(164128.0, 0, Locale::En), "164,128");
        assert_eq!(number(12.0, 0, Locale::En), "12");
        assert_eq!(number(0.0, 1, Locale::En), "0.0");
        assert_eq!(int(999.6, Locale::En), "1,000");
        assert_eq!(auto(69205.7, 2, Locale::En), "69,205.7");
        assert_eq!(auto(41915.77, 2, Locale::Ru), "41\u{a0}915,77");
        assert_eq!(auto(13000.0, 2, Locale::En), "13,000");
        // Floating-point sums: no trailing zero from a remainder below the last decimal.
        assert_eq!(auto(86_279.999_99, 1, Locale::En), "86,280");
        assert_eq!(auto(0.1 + 0.2, 2, Locale::En), "0.3");
        assert_eq!(auto(1_384.049_999_9, 1, Locale::Az), "1\u{a0}384");
        assert_eq!(auto(-2.5, 1, Locale::En), "−2.5");
    }

    #[test]
    fn dates_per_locale() {
        let d = Date::new(2025, 11, 10).expect("valid");
        assert_eq!(date(d, Locale::En), "10 November 2025");
        assert_eq!(date(d, Locale::Az), "10 noyabr 2025-ci il");
        let m = Date::new(2026, 3, 13).expect("valid");
        assert_eq!(date(m, Locale::Az), "13 mart 2026-cı il");
        let (a, b) = (
            Date::new(2021, 5, 10).expect("v"),
            Date::new(2021, 5, 16).expect("v"),
        );
        assert_eq!(period(a, b, Locale::Ru), "10–16 мая 2021\u{a0}г.");
        assert_eq!(period(a, b, Locale::Az), "10–16 may 2021");
        assert_eq!(date(d, Locale::Ru), "10 ноября 2025\u{a0}г.");
        assert_eq!(month_title(4, Locale::Ru), "Апрель");
        assert_eq!(lower_first("Очищено гектаров"), "очищено гектаров");
        assert_eq!(lower_first("ANAMA"), "ANAMA");
        assert_eq!(lower_first("Hectares cleared"), "hectares cleared");
        assert_eq!(lower_first("Ёлка"), "ёлка");
        assert_eq!(month_title(6, Locale::Az), "İyun");
        assert_eq!(month_title(4, Locale::Az), "Aprel");
        assert_eq!(month_title(4, Locale::En), "April");
        let (a, b) = (
            Date::new(2025, 12, 29).expect("v"),
            Date::new(2026, 3, 9).expect("v"),
        );
        assert_eq!(period(a, b, Locale::Az), "29 dekabr 2025 – 9 mart 2026");
        let a = Date::new(2025, 4, 28).expect("valid");
        let b = Date::new(2025, 5, 4).expect("valid");
        assert_eq!(period(a, b, Locale::En), "28 Apr – 4 May 2025");
    }
}
