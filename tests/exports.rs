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

#[test]
fn the_map_export_stands_alone_with_its_layer_classes_and_sources() {
    use clearance_atlas::geo::choropleth;
    // The map as the browser serialises it: a view box, a no-break space in a label.
    let markup = r#"<svg viewBox="0 0 1000 500" data-testid="region-map"><text class="label">1&nbsp;234</text></svg>"#;
    let (svg, size) = frame::standalone_map(markup);
    assert_eq!(size, (1200, 600), "1200 px wide at the view box's shape");
    assert!(svg.starts_with(
        r#"<svg viewBox="0 0 1000 500" data-testid="region-map" xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><style>"#
    ));
    assert!(
        svg.contains("1&#160;234") && !svg.contains("&nbsp;"),
        "XML knows no &nbsp;"
    );
    // No usable view box: the page's own shape.
    assert_eq!(
        frame::standalone_map("<svg viewBox=\"0 0 0 0\"></svg>").1,
        (1200, 840)
    );

    let d = Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("valid");
    let layer = choropleth::layers(&d).into_iter().next().expect("a layer");
    let view = choropleth::layer_view(&d, layer);
    for l in Locale::ALL {
        let t = l.messages();
        let stamp = frame::Stamp {
            lang: l,
            as_of: "as of",
            address: ADDRESS,
        };
        let out = frame::map_export(&svg, size, &view, &stamp);
        assert!(out.contains(&frame::esc(t.map_heading)), "{l:?}");
        assert!(out.contains(&frame::esc(&labels::layer_label(t, &view.layer))));
        for (range, _) in labels::map_classes(&view, l) {
            assert!(out.contains(&frame::esc(&range)), "{l:?}: legend {range}");
        }
        assert!(out.contains(&frame::esc(t.no_figure)));
        let first_outlet = view.values[0].2.outlet_name();
        assert!(
            out.contains(&frame::esc(first_outlet)),
            "{l:?}: {first_outlet}"
        );
        assert!(out.contains(ADDRESS));
    }
}
