//! The report reader against the fixtures in `tests/fixtures/reports.txt`: every fixture reads
//! to its expected row or is refused for its expected reason; no text makes it panic, and its
//! work grows linearly with the text.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::data::report::{read, Refusal, Unsure};
use clearance_atlas::data::{Date, Metric, Qualifier};
use proptest::prelude::*;

const FIXTURES: &str = include_str!("fixtures/reports.txt");

fn today() -> Date {
    Date::new(2026, 3, 20).expect("date")
}

struct Fixture {
    name: String,
    expect: Vec<(String, String)>,
    text: String,
}

fn fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    for block in FIXTURES.split("\n=== ").skip(1) {
        let (name, rest) = block.split_once('\n').expect("fixture name line");
        let (expect, text) = rest.split_once('\n').unwrap_or((rest, ""));
        let expect = expect
            .strip_prefix("expect:")
            .expect("expect line")
            .split_whitespace()
            .map(|kv| {
                let (k, v) = kv.split_once('=').expect("key=value");
                (k.to_string(), v.to_string())
            })
            .collect();
        out.push(Fixture {
            name: name.trim().to_string(),
            expect,
            text: text.to_string(),
        });
    }
    out
}

fn refusal_kind(r: &Refusal) -> &'static str {
    match r {
        Refusal::Empty => "empty",
        Refusal::TooLong { .. } => "too-long",
        Refusal::NoFigures => "no-figures",
        Refusal::NotWeekly { .. } => "not-weekly",
        Refusal::Summary { .. } => "summary",
        Refusal::TwoPeriods { .. } => "two-periods",
        Refusal::Unattributable { .. } => "unattributable",
    }
}

fn expected_figure(v: &str) -> Option<(Qualifier, f64)> {
    if v == "-" {
        return None;
    }
    let (q, n) = if let Some(n) = v.strip_prefix('>') {
        (Qualifier::Over, n)
    } else if let Some(n) = v.strip_prefix('~') {
        (Qualifier::About, n)
    } else if let Some(n) = v.strip_prefix('≲') {
        (Qualifier::Nearly, n)
    } else if let Some(n) = v.strip_prefix('≤') {
        (Qualifier::UpTo, n)
    } else {
        (Qualifier::Exact, v)
    };
    Some((q, n.parse().expect("fixture number")))
}

#[test]
fn there_are_forty_fixtures_in_three_languages_with_refusals() {
    let f = fixtures();
    let accepted = f
        .iter()
        .filter(|x| !x.expect.iter().any(|(k, _)| k == "refuse"))
        .count();
    assert!(accepted >= 40, "{accepted} accepted fixtures");
    assert!(f.len() - accepted >= 8);
    for lang in ["en-", "az-", "ru-"] {
        assert!(
            f.iter().filter(|x| x.name.starts_with(lang)).count() >= 10,
            "{lang}"
        );
    }
}

#[test]
fn every_fixture_reads_to_its_expected_row_or_reason() {
    let mut failures = Vec::new();
    for f in fixtures() {
        let got = read(&f.text, today());
        let get = |k: &str| {
            f.expect
                .iter()
                .find(|(x, _)| x == k)
                .map(|(_, v)| v.as_str())
        };
        if let Some(kind) = get("refuse") {
            match &got {
                Err(r) if refusal_kind(r) == kind => {}
                other => failures.push(format!(
                    "{}: expected refusal {kind}, got {other:?}",
                    f.name
                )),
            }
            continue;
        }
        let r = match got {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{}: refused {e:?}", f.name));
                continue;
            }
        };
        let period = r
            .period
            .map(|(a, b)| format!("{a}..{b}"))
            .unwrap_or("none".into());
        if get("period") != Some(period.as_str()) {
            failures.push(format!(
                "{}: period {period}, expected {:?}",
                f.name,
                get("period")
            ));
        }
        if let Some(y) = get("year") {
            if (y == "printed") != r.year_printed {
                failures.push(format!("{}: year printed {}", f.name, r.year_printed));
            }
            if y == "proposed"
                && !r
                    .unsure
                    .iter()
                    .any(|u| matches!(u, Unsure::YearProposed { monday: true, .. }))
            {
                failures.push(format!("{}: no proposed Monday year", f.name));
            }
        }
        for (key, m) in [
            ("at", Metric::AntiTank),
            ("ap", Metric::AntiPersonnel),
            ("uxo", Metric::Uxo),
            ("ha", Metric::Hectares),
        ] {
            let want = get(key).map(expected_figure).unwrap_or(None);
            let have = r.figure(m).map(|x| (x.qualifier, x.value));
            let same = match (want, have) {
                (Some((q1, a)), Some((q2, b))) => q1 == q2 && (a - b).abs() < 1e-6,
                (None, None) => true,
                _ => false,
            };
            if !same {
                failures.push(format!(
                    "{}: {key} read {have:?}, expected {want:?}",
                    f.name
                ));
            }
            if let Some(fig) = r.figure(m) {
                if fig.words.is_empty()
                    || !f
                        .text
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .contains(&fig.words)
                {
                    failures.push(format!(
                        "{}: {key} words {:?} not in the text",
                        f.name, fig.words
                    ));
                }
            }
        }
        if let Some(m2) = get("m2") {
            let v: f64 = m2.parse().expect("m2");
            if r.figure(Metric::Hectares)
                .and_then(|x| x.from_square_metres)
                != Some(v)
            {
                failures.push(format!("{}: square metres not named", f.name));
            }
        }
        if let Some(list) = get("unsure") {
            for key in list.split(',') {
                let m = match key {
                    "at" => Metric::AntiTank,
                    "ap" => Metric::AntiPersonnel,
                    "uxo" => Metric::Uxo,
                    _ => Metric::Hectares,
                };
                let marked = r.unsure.iter().any(|u| matches!(u,
                    Unsure::AmbiguousNumber { metric, .. } | Unsure::NotACount { metric, .. } if *metric == m)
                    || (m == Metric::Hectares && matches!(u, Unsure::TooLarge { .. })));
                if !marked {
                    failures.push(format!(
                        "{}: {key} not marked unsure: {:?}",
                        f.name, r.unsure
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_long_text_is_read_in_linear_work() {
    let unit = fixtures()
        .into_iter()
        .find(|f| f.name == "az-number-after-label")
        .expect("fixture")
        .text;
    // The same paragraph many times over: refused (many figures), but after linear work.
    let steps = |n: usize| {
        let text = unit.repeat(n);
        let chars = text.chars().count();
        // Work is counted inside the reader; a refusal still reads everything once.
        let long = format!("{text} 1 anti-tank 2 anti-tank");
        let _ = read(&long, today());
        let r = read(
            &format!(
                "From March 2 to 8, 2026, 15 anti-tank mines. {}",
                "mines 12, 34 hectares; ".repeat(n * 20)
            ),
            today(),
        );
        (chars, r.map(|r| r.steps).unwrap_or(0))
    };
    let (c1, s1) = steps(2);
    let (c2, s2) = steps(40);
    assert!(s1 > 0 && s2 > 0);
    let per_char_small = s1 as f64 / c1.max(1) as f64;
    let per_char_large = s2 as f64 / c2.max(1) as f64;
    assert!(
        per_char_large < per_char_small * 1.5 + 1.0,
        "work per character grew: {per_char_small} -> {per_char_large}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_text_makes_the_reader_panic(s in "\\PC{0,400}") {
        let _ = read(&s, today());
    }

    #[test]
    fn report_like_noise_never_panics_and_figures_stay_in_bounds(
        parts in proptest::collection::vec(prop_oneof![
            Just("anti-tank".to_string()), Just("tank əleyhinə".to_string()), Just("противотанковых".to_string()),
            Just("hektar".to_string()), Just("га".to_string()), Just("m²".to_string()), Just("-dən çox".to_string()),
            Just("mayın".to_string()), Just("по".to_string()), Just("сентября".to_string()), Just("December".to_string()),
            Just("-".to_string()), Just(",".to_string()), Just("min".to_string()), Just("over".to_string()),
            "[0-9]{1,4}([ ,.][0-9]{1,3}){0,3}".prop_map(|s| s),
        ], 0..60)
    ) {
        let text = parts.join(" ");
        if let Ok(r) = read(&text, today()) {
            for f in r.figures.values().flatten() {
                prop_assert!(f.value.is_finite() && f.value >= 0.0);
            }
            if let Some((a, b)) = r.period {
                prop_assert!(a <= b);
            }
        }
    }
}
