//! Messages with a count choose their words by the language's rule: every count in an English
//! or Russian message carries a plural token, and the forms come out right for 0, 1, 2, 5, 11,
//! 21, 22, 25, 101, 111, 123 and 1,001. Azerbaijani years take their ordinal suffix.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::i18n::{fill, format, Locale};

const COUNTS: [u64; 12] = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111, 123, 1001];

/// The catalogue of one language, read from the source as `key -> text` (the test walks every
/// message, including ones added later).
fn catalogue(name: &str) -> Vec<(String, String)> {
    let src = std::fs::read_to_string("src/i18n/messages.rs").expect("read");
    let start = src
        .find(&format!("pub const {name}: Messages = Messages {{"))
        .expect("catalogue");
    let body = &src[start..];
    let body = &body[..body.find("\n};").expect("end")];
    body.lines()
        .filter_map(|l| {
            let l = l.trim();
            let (k, v) = l.split_once(": \"")?;
            let v = v.strip_suffix("\",")?;
            Some((k.to_string(), v.replace("\\\"", "\"")))
        })
        .collect()
}

/// Placeholders that hold a count of things named by a noun after them.
const COUNTED: [&str; 6] = ["n", "k", "b", "n1", "n2", "items"];

/// Counts that need no agreement, each for a reason: a unit symbol or an indeclinable noun
/// follows, the noun is understood from the phrase before, or the count stands after a colon
/// or dash.
const EXEMPT: [(&str, &str, &str); 9] = [
    ("EN", "still_there", "n"),            // "in 10 s"
    ("EN", "weekly_partial", "k"),         // "3 of 5 weeks"
    ("EN", "weekly_finding_method", "n1"), // "27 reported periods of 2025 and 19 of 2021"
    ("RU", "still_there", "n"),            // "через 10 с"
    ("RU", "weekly_partial", "n"),         // "из 5"
    ("RU", "print_sources", "n"),          // "5 СМИ"
    ("RU", "load_failed", "n"),            // "проблем — 5"
    ("RU", "loaded_ok", "n"),              // "записей: 5"
    ("RU", "custom_banner", "n"),          // "записей: 5"
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
    let table: [(&str, [&str; 3]); 7] = [
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
                "скрытая неделя не показана",
                "скрытые недели не показаны",
                "скрытых недель не показано",
            ],
        ),
        (
            "partial_sum_source",
            [
                "опубликованной недели",
                "опубликованных недель",
                "опубликованных недель",
            ],
        ),
        ("map_summary", ["территория.", "территории.", "территорий."]),
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
