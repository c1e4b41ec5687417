//! The corpus of bad data files: each is rejected with the problem it was made for, located by
//! line; the page's data stays as it was. Plus property tests: no panic on arbitrary input,
//! valid files round-trip.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::data::{parse, Dataset, Date};
use clearance_atlas::i18n::{errors, Locale};
use proptest::prelude::*;

fn ds() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("d")).expect("valid")
}

fn latest() -> Date {
    Date::new(2026, 11, 26).expect("d")
}

#[test]
fn every_bad_file_is_rejected_with_its_reason() {
    let d = ds();
    let expected = std::fs::read_to_string("tests/bad-files/EXPECTED.tsv").expect("EXPECTED.tsv");
    let mut n = 0;
    for line in expected.lines().filter(|l| !l.is_empty()) {
        let (file, want) = line.split_once('\t').expect("file<TAB>reason");
        let bytes = std::fs::read(format!("tests/bad-files/{file}")).expect(file);
        match d.with_weeks_file(file, &bytes, latest()) {
            Ok(_) => panic!("{file} was accepted"),
            Err(e) => {
                let all: Vec<String> = e.iter().map(|x| x.to_string()).collect();
                assert!(
                    all.iter().any(|m| m.contains(want)),
                    "{file}: expected '{want}', got {all:?}"
                );
                // Every problem is described in all three languages, with its place.
                for x in &e {
                    for l in Locale::ALL {
                        assert!(errors::describe(x, l).contains(file));
                    }
                }
            }
        }
        n += 1;
    }
    assert!(n >= 50, "the corpus has {n} files");
}

#[test]
fn a_ten_megabyte_file_is_refused_before_parsing() {
    let big = vec![b'a'; 10 * 1024 * 1024];
    let e = ds()
        .with_weeks_file("big.csv", &big, latest())
        .expect_err("too large");
    assert!(e[0].to_string().contains("limit is 5242880"));
}

#[test]
fn a_bom_is_accepted_and_the_embedded_file_round_trips() {
    let d = ds();
    let bytes = std::fs::read("tests/bad-files/good-with-bom.csv").expect("file");
    let d2 = d
        .with_weeks_file("good-with-bom.csv", &bytes, latest())
        .expect("valid");
    assert_eq!(d2.0.weeks.len(), 2);
    let again = d
        .with_weeks_file(
            "weeks.csv",
            clearance_atlas::data::WEEKS_CSV.as_bytes(),
            Date::new(2030, 1, 1).expect("d"),
        )
        .expect("embedded file is valid");
    assert_eq!(again.0.weeks, d.weeks);
}

#[test]
fn errors_name_the_line() {
    let text = "start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,reason,sources\n\
        2025-01-06,2025-01-12,1,2,3,\"12,5,0\",,single-source,,T <https://t.az/a>\n";
    let e = parse::parse_weeks("w.csv", text, latest()).expect_err("bad");
    assert_eq!(e[0].line, 2);
    assert_eq!(
        e[0].to_string(),
        "w.csv line 2, column 29: hectares '12,5,0' is not a number"
    );
    assert!(errors::describe(&e[0], Locale::Ru).contains("строка 2"));
    assert!(errors::describe(&e[0], Locale::Az).contains("2-ci sətir"));
}

fn week_line(i: u32, at: u32, ha_tenths: u32) -> String {
    let start = Date::new(2021, 1, 4).expect("d").add_days((i * 7) as i32);
    format!(
        "{},{},{},{},{},{}.{},,single-source,,Outlet {i} <https://example.org/{i}>",
        start,
        start.add_days(6),
        at,
        at / 2,
        at * 3,
        ha_tenths / 10,
        ha_tenths % 10
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = ds().with_weeks_file("fuzz.csv", &bytes, latest());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "[ -~\\n\",<>;]{0,2000}") {
        let _ = parse::parse_weeks("fuzz.csv", &text, latest());
        let _ = parse::parse_boundaries("fuzz.txt", &text);
        let _ = parse::parse_citations(&text);
    }

    #[test]
    fn valid_files_round_trip(rows in proptest::collection::vec((0u32..5000, 0u32..99_999), 1..40)) {
        let mut text = String::from("start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,reason,sources\n");
        for (i, (at, ha)) in rows.iter().enumerate() {
            text.push_str(&week_line(i as u32, *at, *ha));
            text.push('\n');
        }
        let weeks = parse::parse_weeks("gen.csv", &text, latest()).expect("generated file is valid");
        prop_assert_eq!(weeks.len(), rows.len());
        for (w, (at, ha)) in weeks.iter().zip(rows.iter()) {
            prop_assert_eq!(w.anti_tank, Some(*at));
            prop_assert_eq!(w.hectares, Some(f64::from(*ha) / 10.0));
        }
    }
}

proptest! {
    /// The app's own decimal reader gives exactly what the standard library's parser gives, for
    /// every plain decimal it accepts, and refuses everything that is not one.
    #[test]
    fn plain_decimal_is_exactly_std_parse(
        int in 0u64..10_000_000_000,
        frac in proptest::option::of("[0-9]{1,6}"),
        neg in any::<bool>(),
    ) {
        let body = match &frac {
            Some(f) => format!("{int}.{f}"),
            None => int.to_string(),
        };
        let s = if neg { format!("-{body}") } else { body.clone() };
        let ours = parse::plain_decimal(&s);
        if body.len() <= 15 {
            let std: f64 = s.parse().map_err(|_| TestCaseError::fail("std refused"))?;
            prop_assert_eq!(ours.map(f64::to_bits), Some(std.to_bits()), "{}", s);
        } else {
            prop_assert_eq!(ours, None);
        }
    }

    #[test]
    fn plain_decimal_refuses_other_text(s in "[0-9eE+.,x -]{0,8}") {
        let plain = {
            let b = s.strip_prefix('-').unwrap_or(&s);
            !b.is_empty()
                && b.bytes().all(|c| c.is_ascii_digit() || c == b'.')
                && b.matches('.').count() <= 1
                && !b.starts_with('.')
                && !b.ends_with('.')
        };
        prop_assert_eq!(parse::plain_decimal(&s).is_some(), plain, "{}", s);
    }
}
