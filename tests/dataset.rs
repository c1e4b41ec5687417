//! The embedded dataset is valid, complete and says what DATA.md says it does.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::data::{Dataset, Date, Metric, Status, TotalKind};
use clearance_atlas::stats::{self, DateRange};

fn ds() -> Dataset {
    let latest = Date::new(2030, 1, 1).expect("date");
    match Dataset::embedded(latest) {
        Ok(d) => d,
        Err(e) => panic!("embedded data invalid: {e:?}"),
    }
}

/// Reads a column of the raw weeks file independently of the app's parser (simple split; the
/// numeric columns come before any quoted field).
fn raw_weeks() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string("data/weeks.csv").expect("read");
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split(',').take(8).map(String::from).collect())
        .collect()
}

#[test]
fn embedded_data_is_valid() {
    let d = ds();
    assert_eq!(d.weeks.len(), 123);
    assert_eq!(d.districts.len(), 13);
    assert!(d.totals.len() > 300);
    assert_eq!(d.boundaries.len(), 79);
}

/// The embedded totals (built without the maintainers' `note` column) hold every statement of
/// `data/totals.csv` with every other field, its source included, unchanged.
#[test]
fn embedded_totals_lose_only_the_notes() {
    use clearance_atlas::data::parse::parse_totals;
    let latest = Date::new(2030, 1, 1).expect("date");
    let d = ds();
    let ids: std::collections::HashSet<&str> = d.districts.iter().map(|x| x.id.as_str()).collect();
    let full = std::fs::read_to_string("data/totals.csv").expect("read");
    let Ok(mut from_file) = parse_totals("totals.csv", &full, latest, &ids) else {
        panic!("data/totals.csv invalid")
    };
    assert!(
        from_file.iter().any(|t| !t.note.is_empty()),
        "the file has notes"
    );
    assert!(
        d.totals.iter().all(|t| t.note.is_empty()),
        "the embedded copy has none"
    );
    assert!(!clearance_atlas::data::TOTALS_CSV.contains(",note"));
    for t in &mut from_file {
        t.note.clear();
    }
    assert_eq!(from_file, d.totals);
}

#[test]
fn statuses_match_the_curated_start() {
    let n = stats::status_counts(&ds().weeks);
    assert_eq!(n, [31, 83, 1, 8]);
}

#[test]
fn every_record_has_a_source() {
    let d = ds();
    for w in &d.weeks {
        assert!(!w.sources.is_empty(), "week {} has no source", w.start);
        for c in &w.sources {
            assert!(!c.outlet.is_empty());
            if let Some(u) = &c.url {
                assert!(u.starts_with("http://") || u.starts_with("https://"), "{u}");
            }
        }
        if matches!(w.status, Status::Disputed | Status::Withheld) {
            assert!(!w.reason.is_empty(), "{} needs a reason", w.start);
        }
    }
    // Exactly one week lacks an address: 16-22 Dec 2024 (URL not captured).
    let no_url: Vec<_> = d
        .weeks
        .iter()
        .filter(|w| w.sources.iter().all(|c| c.url.is_none()))
        .map(|w| w.start.to_string())
        .collect();
    assert_eq!(no_url, vec!["2024-12-16"]);
    for t in &d.totals {
        assert!(!t.source.outlet.is_empty());
    }
}

#[test]
fn disputed_week_keeps_both_readings() {
    let d = ds();
    let w = d
        .weeks
        .iter()
        .find(|w| w.status == Status::Disputed)
        .expect("one disputed week");
    assert_eq!(w.start.to_string(), "2023-06-12");
    assert_eq!(w.anti_personnel, None);
    assert_eq!(w.alternatives.len(), 2);
}

#[test]
fn weekly_sum_over_everything_equals_independent_sum() {
    let d = ds();
    let raw = raw_weeks();
    // Counted rows: not withheld, and not one of the three second prints.
    let second = [
        "2021-08-16,2021-08-21",
        "2022-06-01,2022-06-04",
        "2023-09-11,2023-09-18",
    ];
    let mut ha = 0.0;
    let mut at = 0.0;
    for r in &raw {
        let key = format!("{},{}", r[0], r[1]);
        if r[7] == "withheld" || second.contains(&key.as_str()) {
            continue;
        }
        ha += r[5].parse::<f64>().unwrap_or(0.0);
        at += r[2].parse::<f64>().unwrap_or(0.0);
    }
    let range = stats::full_range(&d.weeks).expect("range");
    let s = stats::range_sums(&d.weeks, range);
    assert!((s.get(Metric::Hectares).value - ha).abs() < 0.01);
    assert!((s.get(Metric::AntiTank).value - at).abs() < 0.01);
    assert_eq!(s.weeks, 123 - 8 - 2); // two second prints are not withheld
}

#[test]
fn range_sums_for_2025() {
    let d = ds();
    let r = DateRange {
        from: Date::new(2025, 1, 1).expect("d"),
        to: Date::new(2025, 12, 31).expect("d"),
    };
    let raw = raw_weeks();
    let expected: f64 = raw
        .iter()
        .filter(|r| r[0].starts_with("2025") && r[7] != "withheld")
        .map(|r| r[5].parse::<f64>().unwrap_or(0.0))
        .sum();
    let s = stats::range_sums(&d.weeks, r);
    assert!((s.get(Metric::Hectares).value - expected).abs() < 0.01);
    assert!(
        (expected - 37357.4).abs() < 0.05,
        "weeks-README says 37,357.4 ha"
    );
}

#[test]
fn headline_all_time_is_the_latest_cumulative_statement() {
    let d = ds();
    let h = stats::headline(&d, None).expect("headline");
    assert_eq!(
        h.basis,
        stats::Basis::Statement {
            as_of: Date::new(2025, 11, 10).expect("d")
        }
    );
    assert_eq!(h.get(Metric::Hectares).value, Some(237821.5));
    assert_eq!(h.get(Metric::AntiPersonnel).value, Some(39201.0));
    assert_eq!(h.get(Metric::AntiTank).value, Some(22637.0));
    assert_eq!(h.get(Metric::Uxo).value, Some(164128.0));
    assert_eq!(h.total_items(), Some(39201.0 + 22637.0 + 164128.0));
}

#[test]
fn annual_totals_and_district_sums() {
    let d = ds();
    assert_eq!(
        stats::annual(&d.totals, 2022, Metric::Hectares).map(|t| t.value),
        Some(41915.77)
    );
    assert_eq!(
        stats::annual(&d.totals, 2024, Metric::Hectares).map(|t| t.value),
        Some(62023.9)
    );
    for (year, total) in [(2023, 53081.8), (2025, 69205.7)] {
        let y = year.to_string();
        let sum: f64 = d
            .totals
            .iter()
            .filter(|t| {
                t.kind == TotalKind::DistrictYear && t.period == y && t.metric == "hectares"
            })
            .map(|t| t.value)
            .sum();
        assert!((sum - total).abs() < 0.05, "{year}: {sum} vs {total}");
    }
}

#[test]
fn victims_and_context() {
    let d = ds();
    let v = stats::latest_victims(&d.totals).expect("victims");
    assert_eq!((v.killed, v.injured, v.total), (71.0, 346.0, Some(417.0)));
    assert_eq!(v.as_of, Date::new(2026, 1, 28).expect("d"));
    let m = stats::latest_context(&d.totals, "mines_estimated").expect("mines");
    assert_eq!(m.value, 1_500_000.0);
    let a = stats::latest_context(&d.totals, "area_contaminated_km2").expect("area");
    assert_eq!(a.value, 11667.0);
}

#[test]
fn coverage_matches_weeks_readme() {
    let d = ds();
    let c = stats::coverage(&d);
    let y2023 = c.iter().find(|c| c.year == 2023).expect("2023");
    assert_eq!(y2023.by_status, [6, 20, 1, 3]);
    let y2024 = c.iter().find(|c| c.year == 2024).expect("2024");
    // weeks-README's table (21,146.1 ha) predates the 16-22 Dec 2024 record (770.7 ha).
    assert_eq!(y2024.by_status.iter().sum::<usize>(), 16);
    assert!((y2024.weekly_hectares - (21146.1 + 770.7)).abs() < 0.05);
}
