//! Native benchmarks of the pure hot paths (divan): parsing the embedded data, aggregation over
//! a range, building the map (projection of all paths), drawing the weekly chart to SVG.
//! Run: `cargo bench --bench hot_paths`.

use clearance_atlas::chart::{self, ChartText, Scale};
use clearance_atlas::data::{Dataset, Date};
use clearance_atlas::i18n::Locale;
use clearance_atlas::{geo, stats};

fn main() {
    divan::main();
}

fn ds() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("valid data")
}

#[divan::bench]
fn parse_embedded_data() -> Dataset {
    ds()
}

#[divan::bench]
fn range_sums_all_weeks(b: divan::Bencher) {
    let d = ds();
    let r = stats::full_range(&d.weeks).expect("range");
    b.bench(|| stats::range_sums(divan::black_box(&d.weeks), r));
}

#[divan::bench]
fn build_map(b: divan::Bencher) {
    let d = ds();
    b.bench(|| geo::build_map(divan::black_box(&d)));
}

#[divan::bench]
fn weekly_chart_to_svg(b: divan::Bencher) {
    let d = ds();
    let r = stats::full_range(&d.weeks).expect("range");
    let text = ChartText::new(Locale::En);
    let scale = Scale {
        font: 13.0,
        line: 1,
    };
    b.bench(|| {
        let look = chart::Look {
            theme: &chart::LIGHT,
            text: &text,
            scale,
        };
        chart::weekly_svg::<chart::PlainSvg>(&d.weeks, r, &look, (1200, 500))
    });
}
