//! Exports that stand alone (`embed::frame`): the weekly (last 12 weeks), annual and monthly
//! charts framed in az, en and ru each carry their title (the finding), subtitle, source line naming the
//! outlets, the data date and the address; snapshots per language.
#![cfg(not(target_arch = "wasm32"))]

mod snapshot;

use clearance_atlas::chart::PlainSvg;
use clearance_atlas::data::{Dataset, Date};
use clearance_atlas::embed::frame;
use clearance_atlas::i18n::{fill, format, Locale};
use clearance_atlas::present::labels;
use clearance_atlas::stats::{self, DateRange};

const ADDRESS: &str = "https://example.org/atlas/?from=2025-12-15";

#[test]
fn every_export_carries_title_source_date_and_address_in_every_language() {
    let d = Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("valid");
    let full = stats::full_range(&d.weeks).expect("range");
    let r = DateRange {
        from: full.to.add_days(-84),
        to: full.to,
    };
    let (as_of_date, _) = stats::data_as_of(&d).expect("as of");
    for l in Locale::ALL {
        let t = l.messages();
        let as_of = fill(t.data_as_of, &[("date", &format::date(as_of_date, l))]);
        let titles = [
            labels::weekly_finding(&d, l).expect("finding").0,
            labels::annual_title(&clearance_atlas::chart::model::annual_bars(&d), l),
            t.monthly_heading.to_string(),
        ];
        let stamp = frame::Stamp {
            lang: l,
            as_of: &as_of,
            address: ADDRESS,
        };
        let exports = [
            ("weekly", frame::weekly_export::<PlainSvg>(&d, r, &stamp)),
            ("annual", frame::annual_export::<PlainSvg>(&d, &stamp)),
            ("monthly", frame::monthly_export::<PlainSvg>(&d, &stamp)),
        ];
        let source_word = t.source;
        let mut all = String::new();
        for ((name, svg), title) in exports.into_iter().zip(titles) {
            let svg = svg.unwrap_or_else(|| panic!("{l:?} {name}: drawn"));
            // The title, as its first wrapped line begins.
            let start: String = title
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                svg.contains(&frame::esc(&start)),
                "{l:?} {name}: lacks the title {title}"
            );
            let (w, h) = frame::svg_size(&svg).expect("size");
            assert!(w > 1000.0 && h > 450.0, "{l:?} {name}: {w}×{h}");
            for part in [
                as_of.as_str(),
                "https://example.org/atlas/?from=2025-12-15",
                source_word,
            ] {
                let esc = frame::esc(part);
                assert!(svg.contains(&esc), "{l:?} {name}: lacks {part}");
            }
            all.push_str(&svg);
        }
        let path = format!("tests/snapshots/exports-{}.svg.txt", l.as_str());
        snapshot::check(&path, &all);
    }
}

#[test]
fn the_json_export_holds_the_views_weeks_and_says_whose_they_are() {
    use clearance_atlas::embed::export::weeks_json;
    let d = Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("valid");
    let range = DateRange {
        from: Date::new(2025, 1, 1).expect("d"),
        to: Date::new(2025, 12, 31).expect("d"),
    };
    let as_of = Date::new(2026, 3, 9);
    let text = weeks_json(
        &d.weeks,
        Some(range),
        Locale::Ru,
        as_of,
        "https://example.org/?lang=ru",
    )
    .expect("json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let expected: Vec<String> = d
        .weeks
        .iter()
        .filter(|w| range.contains(w))
        .map(|w| w.start.to_string())
        .collect();
    let got: Vec<String> = v["weeks"]
        .as_array()
        .expect("weeks")
        .iter()
        .filter_map(|w| w["start"].as_str().map(String::from))
        .collect();
    assert!(got.len() > 20, "a year of reported weeks: {}", got.len());
    assert_eq!(got, expected);
    assert!(got.iter().all(|s| s.starts_with("2025-")));
    assert_eq!(v["from"], "2025-01-01");
    assert_eq!(v["data_as_of"], "2026-03-09");
    assert_eq!(v["address"], "https://example.org/?lang=ru");
    // Whose figures: the outlets of that year's counted weeks, in the page's language: four
    // named, the others counted.
    let source = v["source"].as_str().expect("source");
    let mut outlets: Vec<&str> = d
        .weeks
        .iter()
        .filter(|w| range.contains(w) && w.counts())
        .flat_map(|w| w.sources.iter().map(|c| c.outlet_name()))
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    let named = outlets.iter().filter(|o| source.contains(**o)).count();
    assert_eq!(named, 4, "{source}");
    assert!(
        source.contains(&format!("ещё {} изданий", outlets.len() - 4)),
        "{source}"
    );
    assert!(!source.contains('{'), "{source}");
}
