//! Plural and ordinal forms, by the CLDR rules for integers, written out per language (no
//! tables: a few lines each, tested over 0–1,000,000 against independent readings of the rules).
//!
//! Catalogue strings choose a form with a token after the number: `{n|week|weeks}` (English:
//! one, other), `{n|неделя|недели|недель}` (Russian: one, few, many) and `{y|ord}`
//! (Azerbaijani: the ordinal suffix, `2023-cü`). The count of forms names the rule, so
//! [`super::fill`] needs no locale; Azerbaijani nouns do not change after a numeral. `{v|abl}`
//! gives the Azerbaijani ablative suffix (`40 000-dən çox`).

/// A Russian plural category for an integer (CLDR `ru` cardinal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuForm {
    /// `v = 0 and i % 10 = 1 and i % 100 != 11`: 1, 21, 101, 1001 …
    One,
    /// `v = 0 and i % 10 = 2..4 and i % 100 != 12..14`: 2–4, 22–24, 102 …
    Few,
    /// `v = 0 and (i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14)`: 0, 5–20, 25 …
    Many,
    /// Fractions (`v != 0`): "1,5 недели".
    Other,
}

/// The Russian category of an integer.
pub fn ru(n: u64) -> RuForm {
    let (m10, m100) = (n % 10, n % 100);
    if m10 == 1 && m100 != 11 {
        RuForm::One
    } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
        RuForm::Few
    } else {
        RuForm::Many
    }
}

/// True when English uses the singular (CLDR `en` cardinal `one`: `i = 1 and v = 0`).
pub fn en_one(n: u64, fraction: bool) -> bool {
    n == 1 && !fraction
}

/// The Azerbaijani ordinal suffix after digits (`2023-cü`, `2026-cı`, `2030-cu`, `2021-ci`):
/// it follows the vowel harmony of the last numeral spoken — the units if not zero, else the
/// tens, else hundreds ("yüz"), thousands ("min") or millions ("milyon").
pub fn az_ordinal(n: u64) -> &'static str {
    const CI: &str = "-ci";
    const CI_BACK: &str = "-cı";
    const CU: &str = "-cu";
    const CU_ROUND: &str = "-cü";
    if n == 0 {
        return CI_BACK; // sıfır
    }
    match n % 10 {
        1 | 2 | 5 | 7 | 8 => return CI, // bir, iki, beş, yeddi, səkkiz
        3 | 4 => return CU_ROUND,       // üç, dörd
        6 => return CI_BACK,            // altı
        9 => return CU,                 // doqquz
        _ => {}
    }
    match (n / 10) % 10 {
        1 | 3 => return CU,          // on, otuz
        2 | 5 | 7 | 8 => return CI,  // iyirmi, əlli, yetmiş, səksən
        4 | 6 | 9 => return CI_BACK, // qırx, altmış, doxsan
        _ => {}
    }
    if !(n / 100).is_multiple_of(10) {
        return CU_ROUND; // yüz
    }
    if !(n / 1000).is_multiple_of(1000) {
        return CI; // min
    }
    CU // milyon (and milyard: "milyardıncı" is beyond any count shown)
}

/// The Azerbaijani ablative suffix after digits (`40 000-dən`, `1 160-dan`, `30-dan`): "-dən"
/// after a front vowel, "-dan" after a back one, by the same last spoken numeral as
/// [`az_ordinal`] (whose `-ci`/`-cü` are front, `-cı`/`-cu` back). A decimal is read out last
/// by its fraction ("bir tam onda iki"), so the fraction's digits decide.
pub fn az_ablative(n: u64) -> &'static str {
    match az_ordinal(n) {
        "-ci" | "-cü" => "-dən",
        _ => "-dan",
    }
}

/// The ablative after a word (a unit): "ha" is read "hektar", "km²" "kvadrat kilometr";
/// any other word by its last vowel.
fn az_ablative_after_word(word: &str) -> &'static str {
    match word {
        "ha" => "-dan",
        "km²" | "m²" => "-dən",
        _ => match word
            .chars()
            .rev()
            .find(|c| "aıoueəiöüAIOUEƏİÖÜ".contains(*c))
        {
            Some(c) if "aıouAIOU".contains(c) => "-dan",
            _ => "-dən",
        },
    }
}

/// The integer part of a formatted number and whether it has a fraction, read with the
/// decimal mark `point` (any other non-digit is a group separator).
fn read(text: &str, point: char) -> Option<(u64, bool)> {
    let (int, frac) = match text.split_once(point) {
        Some((i, f)) => (i, f.chars().any(|c| c.is_ascii_digit() && c != '0')),
        None => (text, false),
    };
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok().map(|n| (n, frac))
}

/// The form a token selects for a formatted value: `forms` is what follows the `|` in
/// `{n|…}`. Two forms follow the English rule, three the Russian one, `ord` gives the
/// Azerbaijani ordinal suffix and `abl` its ablative ("-dan"/"-dən"). A value that is not a
/// number takes the last form.
pub fn select<'a>(value: &str, forms: &'a str) -> std::borrow::Cow<'a, str> {
    let f: Vec<&'a str> = forms.split('|').collect();
    match f.as_slice() {
        ["ord"] => read(value, ',').map_or("", |(n, _)| az_ordinal(n)).into(),
        ["abl"] => {
            // After a unit the suffix follows the unit as read out: "1 160 ha-dan" (hektar).
            if let Some(word) = value
                .rsplit([' ', '\u{a0}'])
                .next()
                .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()))
            {
                return az_ablative_after_word(word).into();
            }
            let spoken_last = match value.split_once(',') {
                Some((_, f)) if f.chars().any(|c| c.is_ascii_digit() && c != '0') => f,
                _ => value,
            };
            read(spoken_last, ',')
                .map_or("", |(n, _)| az_ablative(n))
                .into()
        }
        [one, other] => match read(value, '.') {
            Some((n, fr)) if en_one(n, fr) => (*one).into(),
            _ => (*other).into(),
        },
        [one, few, many] => {
            match read(value, ',').map(|(n, fr)| if fr { RuForm::Other } else { ru(n) }) {
                Some(RuForm::One) => (*one).into(),
                Some(RuForm::Few) | Some(RuForm::Other) => (*few).into(),
                _ => (*many).into(),
            }
        }
        _ => f.last().copied().unwrap_or("").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CLDR `ru` rule text, read from the decimal digits of the number written out.
    fn ru_by_text(n: u64) -> RuForm {
        let s = n.to_string();
        let last = s.chars().last().and_then(|c| c.to_digit(10)).unwrap_or(0);
        let last2: u32 = s[s.len().saturating_sub(2)..].parse().unwrap_or(0);
        if last == 1 && last2 != 11 {
            RuForm::One
        } else if [2, 3, 4].contains(&last) && ![12, 13, 14].contains(&last2) {
            RuForm::Few
        } else {
            RuForm::Many
        }
    }

    #[test]
    fn azerbaijani_ablative_follows_the_last_spoken_numeral() {
        // Spelled out: qırx min-dən, min yüz altmış-dan, otuz-dan, yüz-dən, altı-dan,
        // doqquz-dan, sıfır-dan, iyirmi-dən; a decimal by its fraction (… tam onda iki-dən).
        for (v, want) in [
            ("40\u{a0}000", "-dən"),
            ("1\u{a0}160", "-dan"),
            ("30", "-dan"),
            ("100", "-dən"),
            ("6", "-dan"),
            ("9", "-dan"),
            ("0", "-dan"),
            ("20", "-dən"),
            ("1\u{a0}191,2", "-dən"),
            ("1\u{a0}191,60", "-dan"),
            ("1\u{a0}191,30", "-dan"),
            ("1\u{a0}191,5", "-dən"),
            ("1\u{a0}191,0", "-dən"),
        ] {
            assert_eq!(select(v, "abl"), want, "{v}");
        }
        assert_eq!(select("1\u{a0}160 ha", "abl"), "-dan");
        assert_eq!(select("40\u{a0}000 ədəd", "abl"), "-dən");
    }

    #[test]
    fn russian_rule_over_a_million() {
        for n in 0..=1_000_000u64 {
            assert_eq!(ru(n), ru_by_text(n), "{n}");
        }
        assert_eq!(select("1,5", "неделя|недели|недель"), "недели");
        assert_eq!(select("1\u{a0}001", "неделя|недели|недель"), "неделя");
    }

    /// Azerbaijani numerals spelled out, as ICU's spellout rules for `az` do.
    fn spell(n: u64) -> String {
        const ONES: [&str; 10] = [
            "", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz",
        ];
        const TENS: [&str; 10] = [
            "", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan",
        ];
        fn below_thousand(n: u64) -> Vec<&'static str> {
            let mut w = Vec::new();
            let (h, t, o) = (n / 100, (n / 10) % 10, n % 10);
            if h > 1 {
                w.push(ONES[h as usize]);
            }
            if h > 0 {
                w.push("yüz");
            }
            if t > 0 {
                w.push(TENS[t as usize]);
            }
            if o > 0 {
                w.push(ONES[o as usize]);
            }
            w
        }
        if n == 0 {
            return "sıfır".into();
        }
        let mut words = Vec::new();
        let (m, th, rest) = (n / 1_000_000, (n / 1000) % 1000, n % 1000);
        if m > 0 {
            words.extend(below_thousand(m));
            words.push("milyon");
        }
        if th > 0 {
            if th > 1 {
                words.extend(below_thousand(th));
            }
            words.push("min");
        }
        words.extend(below_thousand(rest));
        words.join(" ")
    }

    /// The suffix by the rule text: the harmony of the last vowel of the last word spoken.
    fn suffix_by_text(n: u64) -> &'static str {
        let spoken = spell(n);
        let last_vowel = spoken
            .chars()
            .rev()
            .find(|c| "aıoueəiöü".contains(*c))
            .unwrap_or('i');
        match last_vowel {
            'a' | 'ı' => "-cı",
            'o' | 'u' => "-cu",
            'ö' | 'ü' => "-cü",
            _ => "-ci",
        }
    }

    #[test]
    fn azerbaijani_ordinal_over_a_million() {
        for n in 0..=1_000_000u64 {
            assert_eq!(az_ordinal(n), suffix_by_text(n), "{n}: {}", spell(n));
        }
        for (n, s) in [
            (2023, "-cü"),
            (2024, "-cü"),
            (2026, "-cı"),
            (2030, "-cu"),
            (2021, "-ci"),
            (2020, "-ci"),
            (2000, "-ci"),
            (100, "-cü"),
            (40, "-cı"),
            (9, "-cu"),
        ] {
            assert_eq!(az_ordinal(n), s, "{n}");
        }
    }

    #[test]
    fn english_rule() {
        for n in 0..=1_000_000u64 {
            assert_eq!(en_one(n, false), n == 1);
        }
        assert_eq!(select("1", "week|weeks"), "week");
        assert_eq!(select("1.5", "week|weeks"), "weeks");
        assert_eq!(select("1,001", "week|weeks"), "weeks");
        assert_eq!(select("0", "week|weeks"), "weeks");
    }
}
