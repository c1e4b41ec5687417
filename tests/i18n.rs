//! Messages with a count choose their words by the language's rule: every count in an English
//! or Russian message carries a plural token, and the forms come out right for 0, 1, 2, 5, 11,
//! 21, 22, 25, 101, 111, 123 and 1,001. Azerbaijani years take their ordinal suffix.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::i18n::{fill, format, Locale, Messages};

const COUNTS: [u64; 12] = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111, 123, 1001];

/// The catalogue of one language as `key -> text`, from the macro's own list of names (the
/// test walks every message, including ones added later).
fn catalogue(name: &str) -> Vec<(String, String)> {
    let l = match name {
        "AZ" => Locale::Az,
        "RU" => Locale::Ru,
        _ => Locale::En,
    };
    Messages::NAMES
        .iter()
        .zip(l.compiled_messages().values())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Placeholders that hold a count of things named by a noun after them.
const COUNTED: [&str; 7] = ["n", "k", "b", "n1", "n2", "items", "pitches"];

/// Counts that need no agreement, each for a reason: a unit symbol or an indeclinable noun
/// follows, the noun is understood from the phrase before, or the count stands after a colon
/// or dash.
const EXEMPT: [(&str, &str, &str); 10] = [
    ("EN", "still_there", "n"),            // "in 10 s"
    ("EN", "weekly_partial", "k"),         // "3 of 5 weeks"
    ("EN", "weekly_finding_method", "n1"), // "27 reported periods of 2025 and 19 of 2021"
    ("RU", "still_there", "n"),            // "через 10 с"
    ("RU", "weekly_partial", "k"),         // "за 3 из 5 недель": the noun follows {n}
    ("RU", "print_sources", "n"),          // "5 СМИ"
    ("RU", "loaded_ok", "n"),              // "записей: 5"
    ("RU", "custom_banner", "n"),          // "записей: 5"
    ("EN", "video_progress", "n"),         // "frame 5 of 540": the noun comes first
    ("RU", "video_progress", "n"),         // "кадр 5 из 540"
];

#[test]
fn every_count_in_english_and_russian_carries_a_plural_token() {
    for lang in ["EN", "RU"] {
        for (key, text) in catalogue(lang) {
            for p in COUNTED {
                if !text.contains(&format!("{{{p}}}")) || EXEMPT.contains(&(lang, key.as_str(), p))
                {
                    continue;
                }
                assert!(
                    text.contains(&format!("{{{p}|")),
                    "{lang} {key}: {{{p}}} has no plural form: {text}"
                );
            }
        }
    }
}

fn render(l: Locale, key: &str, n: u64) -> String {
    let text = catalogue(match l {
        Locale::Az => "AZ",
        Locale::En => "EN",
        Locale::Ru => "RU",
    })
    .into_iter()
    .find(|(k, _)| k == key)
    .map(|(_, v)| v)
    .expect("key");
    let v = format::int(n as f64, l);
    let args: Vec<(&str, &str)> = COUNTED.iter().map(|p| (*p, v.as_str())).collect();
    fill(&text, &args)
}

/// One, few, many by the number's last digits, written out as the table a Russian editor
/// would: 1, 21, 101, 1001 → one; 2, 22, 123 → few; 0, 5, 11, 25, 111 → many.
fn ru_expected(n: u64) -> usize {
    match n {
        1 | 21 | 101 | 1001 => 0,
        2 | 22 | 123 => 1,
        _ => 2,
    }
}

#[test]
fn russian_forms_for_the_table_of_counts() {
    let table: [(&str, [&str; 3]); 9] = [
        (
            "weekly_basis",
            [
                "опубликованную неделю",
                "опубликованные недели",
                "опубликованных недель",
            ],
        ),
        ("table_summary", ["период,", "периода,", "периодов,"]),
        (
            "weekly_note",
            [
                "исключённая неделя на графике не показана",
                "исключённые недели на графике не показаны",
                "исключённых недель на графике не показано",
            ],
        ),
        (
            "partial_sum_source",
            [
                "опубликованную неделю",
                "опубликованные недели",
                "опубликованных недель",
            ],
        ),
        ("map_summary", ["район.", "района.", "районов."]),
        (
            "km2_equiv",
            ["футбольное поле", "футбольных поля", "футбольных полей"],
        ),
        ("load_failed", ["ошибка.", "ошибки.", "ошибок."]),
        ("pace_text", ["год.", "года.", "лет."]),
        (
            "chart_summary_weekly",
            ["предмет.", "предмета.", "предметов."],
        ),
    ];
    for (key, forms) in table {
        for n in COUNTS {
            let out = render(Locale::Ru, key, n);
            let want = forms[ru_expected(n)];
            let num = format::int(n as f64, Locale::Ru);
            assert!(out.contains(&format!("{num} {want}")), "{key} {n}: {out}");
        }
    }
}

#[test]
fn english_forms_for_the_table_of_counts() {
    let table = [
        ("weekly_basis", "reported week,", "reported weeks,"),
        ("table_summary", "period,", "periods,"),
        ("partial_sum_source", "reported week ", "reported weeks "),
        ("map_summary", "district.", "districts."),
        ("loaded_ok", "weekly record ", "weekly records "),
        ("load_failed", "problem.", "problems."),
    ];
    for (key, one, other) in table {
        for n in COUNTS {
            let out = render(Locale::En, key, n);
            let num = format::int(n as f64, Locale::En);
            let want = if n == 1 { one } else { other };
            assert!(out.contains(&format!("{num} {want}")), "{key} {n}: {out}");
        }
    }
}

#[test]
fn azerbaijani_years_take_their_ordinal_suffix() {
    for (y, s) in [
        (2021, "2021-ci"),
        (2023, "2023-cü"),
        (2024, "2024-cü"),
        (2026, "2026-cı"),
        (2030, "2030-cu"),
    ] {
        let out = fill(
            &catalogue("AZ")
                .into_iter()
                .find(|(k, _)| k == "layer_hectares")
                .expect("key")
                .1,
            &[("period", &y.to_string())],
        );
        assert!(out.starts_with(s), "{out}");
    }
    let d = clearance_atlas::data::Date::new(2026, 3, 13).expect("date");
    assert_eq!(format::date(d, Locale::Az), "13 mart 2026-cı il");
}

/// The words the language review named are gone from the az and ru catalogues.
#[test]
fn reviewed_wording_is_gone() {
    let bad = [
        "Minadan Təmizləmə",
        "Национального агентства",
        "Azerbaijan National Agency",
        "düzəlişlər xoşdur",
        "Axtarılmış",
        "ortalama",
        "подозрительные площади",
        "+ sursat",
        "+ боеприпасы",
        "Расположение района",
        "о районе {name}",
        "тарixinədək",
        "tarixinədək",
    ];
    for lang in ["AZ", "EN", "RU"] {
        for (key, text) in catalogue(lang) {
            for b in bad {
                assert!(!text.contains(b), "{lang} {key}: '{b}' in {text}");
            }
        }
    }
    let html = std::fs::read_to_string("index.html").expect("index.html");
    assert!(!html.contains("Azerbaijan National Agency"));
}

/// The names of a message's plain placeholders (`{name}`), sorted; plural and ordinal tokens
/// (`{name|…}`) choose words and may differ by language.
fn placeholders(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(t, _)| t))
        .filter(|t| !t.contains('|'))
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn every_placeholder_appears_in_all_three_languages() {
    let (az, en, ru) = (catalogue("AZ"), catalogue("EN"), catalogue("RU"));
    let mut bad = Vec::new();
    for ((a, e), r) in az.iter().zip(&en).zip(&ru) {
        let (pa, pe, pr) = (placeholders(&a.1), placeholders(&e.1), placeholders(&r.1));
        if pa != pe || pr != pe {
            bad.push(format!("{}: az {pa:?} en {pe:?} ru {pr:?}", e.0));
        }
    }
    assert!(bad.is_empty(), "placeholders differ:\n{}", bad.join("\n"));
}

/// Latin-script words a Russian or Azerbaijani message may hold: names, abbreviations, units,
/// key and file names.
const LATIN_ALLOWED: [&str; 35] = [
    "ANAMA",
    "Clearance",
    "Atlas",
    "CSV",
    "PNG",
    "JSON",
    "README",
    "Excel",
    "LibreOffice",
    "UTF",
    "Windows",
    "Tab",
    "Enter",
    "Escape",
    "Natural",
    "Earth",
    "Made",
    "with",
    "admin",
    "weeks",
    "csv",
    "xlsx",
    "ods",
    "https",
    "Report",
    "az",
    "Trend",
    "APA",
    "ha",
    "km",
    "m",
    "N",
    "start",
    "end",
    "sources",
];

fn latin_words(text: &str) -> Vec<String> {
    // Placeholders and tokens are not text.
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_russian_catalogue_has_no_english_words() {
    let mut bad = Vec::new();
    for (key, text) in catalogue("RU") {
        for w in latin_words(&text) {
            if !LATIN_ALLOWED.contains(&w.as_str()) {
                bad.push(format!("{key}: {w}"));
            }
        }
    }
    assert!(bad.is_empty(), "Latin-script words in ru: {bad:?}");
}

/// Azerbaijani is written in Latin script, so an English word left in it is found by the
/// English catalogue's own words: any of them in an az message that is not also Azerbaijani
/// (or a name, unit or abbreviation) fails.
#[test]
fn the_azerbaijani_catalogue_has_no_english_words() {
    const ALSO_AZ: [&str; 12] = [
        "may", "status", "ha", "km", "tab", "mart", "tank", "region", "problem", "in", "format",
        "video",
    ];
    let english: Vec<String> = catalogue("EN")
        .iter()
        .flat_map(|(_, t)| latin_words(t))
        .map(|w| w.to_lowercase())
        .filter(|w| w.len() > 1)
        .collect();
    let mut bad = Vec::new();
    for (key, text) in catalogue("AZ") {
        for w in latin_words(&text) {
            let lw = w.to_lowercase();
            if english.contains(&lw)
                && !ALSO_AZ.contains(&lw.as_str())
                && !LATIN_ALLOWED.contains(&w.as_str())
            {
                bad.push(format!("{key}: {w}"));
            }
        }
    }
    assert!(bad.is_empty(), "English words in az: {bad:?}");
}

#[test]
fn the_victims_label_agrees_with_the_count_shown_above_it() {
    // The count is its own figure on the card; the label after it takes its form.
    let t = Locale::Ru.compiled_messages().ctx_victims;
    for (n, want) in [
        ("417", "жертв"),
        ("421", "жертва"),
        ("382", "жертвы"),
        ("419", "жертв"),
    ] {
        assert!(fill(t, &[("n", n)]).starts_with(want), "{n}");
    }
    let en = Locale::En.compiled_messages().ctx_victims;
    assert_eq!(
        fill(en, &[("n", "419")]),
        "mine victims since November 2020"
    );
}
