//! The embedded dataset is valid, complete, and every figure the page derives from it equals
//! what an independent reading of the files in `data/` gives. No expected figure is typed in
//! here: each is recomputed from the files with the small reader below, not the app's parser.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::data::{Dataset, Date, Metric, Period, Qualifier, Status, TotalKind};
use clearance_atlas::stats::{self, DateRange};
use std::collections::HashMap;

type Row = HashMap<String, String>;

fn ds() -> Dataset {
    let latest = Date::new(2030, 1, 1).expect("date");
    match Dataset::embedded(latest) {
        Ok(d) => d,
        Err(e) => panic!("embedded data invalid: {e:?}"),
    }
}

/// An independent RFC 4180 reader: comment lines skipped, quoted fields with commas and `""`.
fn read(path: &str) -> Vec<Row> {
    let text = std::fs::read_to_string(path).expect("read");
    let mut records: Vec<Vec<String>> = Vec::new();
    let (mut field, mut rec, mut quoted, mut at_start) = (String::new(), Vec::new(), false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if at_start && c == '#' {
            for c in chars.by_ref() {
                if c == '\n' {
                    break;
                }
            }
            continue;
        }
        at_start = false;
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => rec.push(std::mem::take(&mut field)),
            ('\n', false) => {
                rec.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut rec));
                at_start = true;
            }
            _ => field.push(c),
        }
    }
    let header = records.remove(0);
    records
        .into_iter()
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

fn num(r: &Row, k: &str) -> Option<f64> {
    r.get(k)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().expect(k))
}

fn counted(r: &Row) -> bool {
    r["status"] != "withheld" && r["same_report_as"].is_empty()
}

#[test]
fn embedded_data_is_valid_and_complete() {
    let d = ds();
    assert_eq!(d.weeks.len(), read("data/weeks.csv").len());
    assert_eq!(d.totals.len(), read("data/totals.csv").len());
    assert_eq!(d.districts.len(), 13);
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
    assert!(from_file.iter().any(|t| !t.note.is_empty()));
    assert!(d.totals.iter().all(|t| t.note.is_empty()));
    assert!(!clearance_atlas::data::TOTALS_CSV.contains(",note"));
    for t in &mut from_file {
        t.note.clear();
    }
    assert_eq!(from_file, d.totals);
}

#[test]
fn statuses_match_the_file() {
    let raw = read("data/weeks.csv");
    let n = stats::status_counts(&ds().weeks);
    for (i, s) in Status::ALL.iter().enumerate() {
        let expected = raw.iter().filter(|r| r["status"] == s.as_str()).count();
        assert_eq!(n[i], expected, "{s:?}");
    }
}

#[test]
fn every_record_has_a_source_and_a_public_reason() {
    let d = ds();
    for w in &d.weeks {
        assert!(!w.sources.is_empty(), "week {} has no source", w.start);
        for c in &w.sources {
            assert!(!c.outlet.is_empty());
            if let Some(u) = &c.url {
                assert!(u.starts_with("http://") || u.starts_with("https://"), "{u}");
            }
        }
        if matches!(w.status, Status::Disputed | Status::Withheld) || !w.reason.is_empty() {
            assert!(!w.reason.is_empty(), "{} needs a reason", w.start);
            assert!(
                !w.reason_az.is_empty(),
                "{} needs an Azerbaijani reason",
                w.start
            );
            assert!(
                !w.reason_ru.is_empty(),
                "{} needs a Russian reason",
                w.start
            );
        }
        // Maintainers' shorthand never reaches the page.
        for r in [&w.reason, &w.reason_az, &w.reason_ru] {
            for bad in [
                "notes:",
                "audit:",
                "CHECK",
                "VERIFY",
                "do not display",
                "verify",
            ] {
                assert!(!r.contains(bad), "{}: '{bad}' in {r}", w.start);
            }
        }
    }
    // Weeks without any address are exactly the rows whose every citation is `Outlet <>`.
    let raw = read("data/weeks.csv");
    let expected: Vec<String> = raw
        .iter()
        .filter(|r| r["sources"].split(';').all(|c| c.trim().ends_with("<>")))
        .map(|r| r["start"].clone())
        .collect();
    let no_url: Vec<String> = d
        .weeks
        .iter()
        .filter(|w| w.sources.iter().all(|c| c.url.is_none()))
        .map(|w| w.start.to_string())
        .collect();
    assert_eq!(no_url, expected);
    for t in &d.totals {
        assert!(!t.source.outlet.is_empty());
    }
}

#[test]
fn disputed_weeks_keep_every_reading() {
    let d = ds();
    for w in d.weeks.iter().filter(|w| w.status == Status::Disputed) {
        let open: Vec<Metric> = Metric::ALL
            .into_iter()
            .filter(|m| w.value(*m).is_none())
            .collect();
        assert!(
            !open.is_empty(),
            "{}: a disputed figure is left open",
            w.start
        );
        for m in open.into_iter().filter(|m| *m != Metric::Hectares) {
            let readings = w.alternatives.iter().filter(|a| a.metric == m).count();
            assert!(readings >= 2, "{}: {m:?} keeps both readings", w.start);
        }
    }
}

#[test]
fn inspected_land_is_not_summed_as_cleared() {
    let d = ds();
    let w = d
        .weeks
        .iter()
        .find(|w| w.reason.contains("inspected"))
        .expect("the December 2020 record");
    assert_eq!(w.hectares, None);
}

#[test]
fn weekly_sum_over_everything_equals_independent_sum() {
    let d = ds();
    let raw = read("data/weeks.csv");
    let rows: Vec<&Row> = raw.iter().filter(|r| counted(r)).collect();
    let range = stats::full_range(&d.weeks).expect("range");
    let s = stats::range_sums(&d.weeks, range);
    for m in Metric::ALL {
        let expected: f64 = rows.iter().filter_map(|r| num(r, m.as_str())).sum();
        assert!((s.get(m).value - expected).abs() < 0.01, "{m:?}");
        let reported = rows.iter().filter(|r| num(r, m.as_str()).is_some()).count();
        assert_eq!(s.get(m).reported, reported, "{m:?}");
    }
    assert_eq!(s.weeks, rows.len());
    // Qualified hectares make the sum approximate ("about"/"nearly" rows exist).
    let any_about = rows
        .iter()
        .any(|r| matches!(r["hectares_qualifier"].as_str(), "about" | "nearly"));
    assert_eq!(
        s.get(Metric::Hectares).qualifier == Qualifier::About,
        any_about
    );
}

#[test]
fn coverage_per_year_recomputed_from_the_file() {
    let d = ds();
    let raw = read("data/weeks.csv");
    for c in stats::coverage(&d) {
        let y = c.year.to_string();
        let year: Vec<&Row> = raw.iter().filter(|r| r["start"].starts_with(&y)).collect();
        assert_eq!(c.by_status.iter().sum::<usize>(), year.len());
        let ha: Vec<f64> = year
            .iter()
            .filter(|r| counted(r))
            .filter_map(|r| num(r, "hectares"))
            .collect();
        assert_eq!(c.with_hectares, ha.len(), "{y}");
        assert!(
            (c.weekly_hectares - ha.iter().sum::<f64>()).abs() < 0.01,
            "{y}"
        );
    }
}

/// The reference's weeks-README table, for 2024: 17 periods, 22,391.9 ha, 36.1 % — recomputed
/// from our files, not copied from the README.
#[test]
fn coverage_2024_agrees_with_the_reference_readme_shape() {
    let d = ds();
    let c = stats::coverage(&d);
    let y = c.iter().find(|c| c.year == 2024).expect("2024");
    let annual = y.annual_hectares.expect("annual 2024");
    let share = (1000.0 * y.weekly_hectares / annual).round() / 10.0;
    let totals = read("data/totals.csv");
    let file_annual = totals
        .iter()
        .find(|r| r["kind"] == "annual" && r["period"] == "2024" && r["metric"] == "hectares")
        .and_then(|r| num(r, "value"))
        .expect("file");
    assert_eq!(annual, file_annual);
    assert!(share > 0.0 && share < 100.0);
}

/// The newest cumulative statement per metric, read independently (ANAMA and Cabinet scopes).
fn newest(totals: &[Row], metric: &str) -> Row {
    let mut v: Vec<&Row> = totals
        .iter()
        .filter(|r| {
            r["kind"] == "cumulative"
                && (r["scope"] == "anama" || r["scope"] == "cabinet")
                && r["metric"] == metric
        })
        .collect();
    v.sort_by(|a, b| a["as_of"].cmp(&b["as_of"]));
    let last = v.last().expect("a statement")["as_of"].clone();
    // Of several on the newest date, an exact one first.
    let mut same: Vec<&&Row> = v.iter().filter(|r| r["as_of"] == last).collect();
    same.sort_by_key(|r| !r["qualifier"].is_empty());
    (*same[0]).clone()
}

#[test]
fn headline_is_the_newest_statement_of_each_metric_with_its_exact_one_beneath() {
    let d = ds();
    let totals = read("data/totals.csv");
    let h = stats::headline(&d, None).expect("headline");
    for m in Metric::ALL {
        let want = newest(&totals, m.as_str());
        let f = h.get(m);
        assert_eq!(f.value, num(&want, "value"), "{m:?}");
        assert_eq!(f.qualifier.as_str(), want["qualifier"], "{m:?}");
        assert_eq!(f.as_of.map(|x| x.to_string()), Some(want["as_of"].clone()));
        let url = f.sources[0].url.clone().unwrap_or_default();
        assert!(want["source"].contains(&format!("<{url}>")), "{m:?}");
        // The exact statement beneath: newest exact one dated before, when qualified.
        let exact = (!want["qualifier"].is_empty()).then(|| {
            totals
                .iter()
                .filter(|r| {
                    r["kind"] == "cumulative"
                        && (r["scope"] == "anama" || r["scope"] == "cabinet")
                        && r["metric"] == m.as_str()
                        && r["qualifier"].is_empty()
                        && r["as_of"] < want["as_of"]
                })
                .max_by(|a, b| a["as_of"].cmp(&b["as_of"]))
                .and_then(|r| num(r, "value"))
        });
        assert_eq!(
            f.exact.as_ref().map(|e| e.value),
            exact.flatten(),
            "{m:?} exact"
        );
    }
    let t = newest(&totals, "mines_and_uxo");
    assert_eq!(h.total.value, num(&t, "value"));
    assert!(!h.total_derived);
}

#[test]
fn data_as_of_is_the_newest_clearance_figure_never_a_plan() {
    let d = ds();
    let (date, _) = stats::data_as_of(&d).expect("as of");
    let raw = read("data/weeks.csv");
    let newest_week = raw
        .iter()
        .filter(|r| counted(r))
        .map(|r| r["end"].clone())
        .max()
        .expect("weeks");
    assert!(date.to_string() >= newest_week);
    // No plan, goal, estimate or victims row moves it.
    let totals = read("data/totals.csv");
    for r in totals
        .iter()
        .filter(|r| r["kind"] == "context" || r["kind"] == "victims")
    {
        if r["as_of"] > newest_week {
            assert_ne!(date.to_string(), r["as_of"], "{r:?}");
        }
    }
}

#[test]
fn range_sums_for_each_year_equal_the_file() {
    let d = ds();
    let raw = read("data/weeks.csv");
    for y in 2021..=2026 {
        let r = DateRange {
            from: Date::new(y, 1, 1).expect("d"),
            to: Date::new(y, 12, 31).expect("d"),
        };
        let expected: f64 = raw
            .iter()
            .filter(|r| r["start"].starts_with(&y.to_string()) && counted(r))
            .filter_map(|r| num(r, "hectares"))
            .sum();
        let s = stats::range_sums(&d.weeks, r);
        assert!(
            (s.get(Metric::Hectares).value - expected).abs() < 0.01,
            "{y}"
        );
    }
}

#[test]
fn annual_totals_and_district_sums() {
    let d = ds();
    let totals = read("data/totals.csv");
    for r in totals
        .iter()
        .filter(|r| r["kind"] == "annual" && r["scope"] == "anama" && r["metric"] == "hectares")
    {
        let y: i32 = r["period"].parse().expect("year");
        let t = stats::annual(&d.totals, y, Metric::Hectares).expect("annual");
        assert_eq!(t.period, Period::Year(y));
    }
    for y in [2023, 2025] {
        let annual = stats::annual(&d.totals, y, Metric::Hectares)
            .expect("a")
            .value;
        let sum: f64 = d
            .totals
            .iter()
            .filter(|t| {
                t.kind == TotalKind::DistrictYear
                    && t.period == Period::Year(y)
                    && t.metric == clearance_atlas::data::TotalMetric::Hectares
            })
            .map(|t| t.value)
            .sum();
        assert!((sum - annual).abs() < 0.05, "{y}: {sum} vs {annual}");
    }
}

#[test]
fn the_finding_is_recomputed_from_the_file() {
    let d = ds();
    let f = clearance_atlas::chart::model::weekly_finding(&d.weeks).expect("finding");
    let raw = read("data/weeks.csv");
    let mean = |y: i32| {
        let v: Vec<f64> = raw
            .iter()
            .filter(|r| r["start"].starts_with(&y.to_string()) && counted(r))
            .filter_map(|r| num(r, "hectares"))
            .collect();
        (v.iter().sum::<f64>() / v.len() as f64, v.len())
    };
    let (m1, n1) = mean(f.y1);
    let (m2, n2) = mean(f.y2);
    assert!((f.mean1 - m1).abs() < 1e-9 && (f.mean2 - m2).abs() < 1e-9);
    assert_eq!((f.n1, f.n2), (n1, n2));
    assert!((f.ratio() - m2 / m1).abs() < 1e-9);
}

#[test]
fn monthly_bars_cite_their_own_row() {
    let d = ds();
    let totals = read("data/totals.csv");
    for b in clearance_atlas::chart::model::month_bars(&d) {
        let p = format!("{}-{:02}", b.year, b.month);
        let rows: Vec<&Row> = totals
            .iter()
            .filter(|r| {
                r["kind"] == "monthly"
                    && r["scope"] == "anama"
                    && r["period"] == p
                    && r["metric"] == "hectares"
            })
            .collect();
        let row = rows
            .iter()
            .find(|r| num(r, "value") == Some(b.value))
            .expect("the bar's row");
        let url = b.source.url.clone().unwrap_or_default();
        assert!(row["source"].ends_with(&format!("<{url}>")), "{p}");
        assert_eq!(b.qualifier.as_str(), row["qualifier"], "{p}");
    }
}

#[test]
fn pace_rates_are_ordered() {
    let d = ds();
    let p = clearance_atlas::chart::model::pace(&d).expect("pace");
    assert!(p.rate_low <= p.rate_high);
    assert!(p.years.0 <= p.years.1);
    assert_eq!(
        p.rate_low.min(p.rate_high),
        p.rate_annual.min(p.rate_weekly)
    );
}

#[test]
fn victims_and_context() {
    let d = ds();
    let totals = read("data/totals.csv");
    let v = stats::latest_victims(&d.totals).expect("victims");
    let newest = totals
        .iter()
        .filter(|r| r["kind"] == "victims" && r["metric"] == "killed")
        .map(|r| r["as_of"].clone())
        .max()
        .expect("file");
    assert_eq!(v.as_of.to_string(), newest);
    // The newest count's figures, read from the file itself: the count shown is its printed
    // total, killed and injured are its parts, and "severely" is said only where the row is
    // severely_injured.
    let on = |m: &str| {
        totals
            .iter()
            .find(|r| r["kind"] == "victims" && r["as_of"] == newest && r["metric"] == m)
            .map(|r| r["value"].parse::<f64>().expect("a number"))
    };
    assert_eq!(Some(v.count()), on("victims"));
    assert_eq!(Some(v.killed), on("killed"));
    let severe = on("severely_injured");
    assert_eq!(v.severely, severe.is_some());
    assert_eq!(Some(v.injured), severe.or(on("injured")));
    assert_eq!(v.count(), v.killed + v.injured, "the parts add up");
}

/// The State Statistics Committee's figures are scoped `ssc` wherever they come from its
/// article: no ANAMA-scoped statement cites the same address as a per-district SSC row.
#[test]
fn statistics_committee_figures_keep_their_scope() {
    let totals = read("data/totals.csv");
    let ssc: Vec<&str> = totals
        .iter()
        .filter(|r| r["scope"] == "ssc")
        .map(|r| r["source"].as_str())
        .collect();
    for r in totals.iter().filter(|r| r["scope"] == "anama") {
        assert!(!ssc.contains(&r["source"].as_str()), "{r:?}");
    }
}

/// A district's counters: UXO and the total from the Statistics Committee's per-district rows
/// (other explosive ordnance; mines + that ordnance), anti-tank and anti-personnel left empty
/// with the combined mines figure to say so.
#[test]
fn district_counters_use_the_statistics_committee_rows() {
    let d = ds();
    let totals = read("data/totals.csv");
    for dist in &d.districts {
        let row = |m: &str| {
            totals
                .iter()
                .find(|r| {
                    r["kind"] == "district_period"
                        && r["district"] == dist.id.as_str()
                        && r["metric"] == m
                })
                .and_then(|r| num(r, "value"))
        };
        let h = stats::district_headline(&d, &dist.id, None);
        assert_eq!(
            h.get(Metric::Uxo).value,
            row("explosive_ordnance"),
            "{}",
            dist.id
        );
        assert_eq!(h.get(Metric::AntiTank).value, None);
        assert_eq!(
            h.mines_combined.as_ref().and_then(|f| f.value),
            row("mines")
        );
        let total = row("mines")
            .zip(row("explosive_ordnance"))
            .map(|(a, b)| a + b);
        assert_eq!(h.total.value, total, "{}", dist.id);
        for f in h.figures.values().chain([&h.total]) {
            assert_eq!(
                f.value.is_some(),
                !f.sources.is_empty(),
                "{}: a figure and its source",
                dist.id
            );
        }
    }
}

#[test]
fn presets_select_from_the_latest_week() {
    let d = ds();
    let full = stats::full_range(&d.weeks).expect("range");
    let r = stats::Preset::Last12Weeks
        .range(&d.weeks)
        .expect("12 weeks");
    assert_eq!((r.to, r.to.days() - r.from.days()), (full.to, 83));
    let y = stats::Preset::LatestYear.range(&d.weeks).expect("year");
    assert_eq!((y.from.y, y.from.m, y.from.d), (full.to.y, 1, 1));
    assert_eq!(stats::Preset::All.range(&d.weeks), None);
}

/// `atlas-data json` writes what the files say: dates as `YYYY-MM-DD`, every citation kept.
#[test]
fn the_json_export_keeps_dates_and_citations() {
    let d = ds();
    let v = serde_json::to_value(&d.weeks).expect("json");
    let raw = read("data/weeks.csv");
    assert_eq!(v.as_array().map(Vec::len), Some(raw.len()));
    for (w, r) in v.as_array().expect("array").iter().zip(&raw) {
        assert_eq!(w["start"], r["start"].as_str());
        let n = r["sources"].split(';').count();
        assert_eq!(w["sources"].as_array().map(Vec::len), Some(n));
    }
}
