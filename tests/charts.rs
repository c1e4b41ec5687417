//! Charts render natively to SVG with the same drawing code: snapshots, bars and gaps
//! counted against the data, and the pace projection for a known input.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::chart::{self, model, ChartText, Scale};
use clearance_atlas::data::{Dataset, Date, Metric};
use clearance_atlas::i18n::Locale;
use clearance_atlas::stats;

fn ds() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("d")).expect("valid embedded data")
}

fn text() -> ChartText {
    ChartText {
        y_items: "Items per period".into(),
        y_ha: "Hectares".into(),
        legend: Default::default(),
        goal: "Goal".into(),
        locale: Locale::En,
    }
}

const SCALE: Scale = Scale {
    font: 13.0,
    line: 1,
};

/// Rounds every decimal number in an SVG so that snapshots ignore float noise.
fn round_numbers(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut num = String::new();
    let flush = |num: &mut String, out: &mut String| {
        if num.contains('.') && !num.ends_with('.') {
            match num.parse::<f64>() {
                Ok(v) => out.push_str(&format!("{}", v.round())),
                Err(_) => out.push_str(num),
            }
        } else {
            out.push_str(num);
        }
        num.clear();
    };
    for c in svg.chars() {
        if c.is_ascii_digit() || (c == '.' && !num.is_empty()) {
            num.push(c);
        } else {
            flush(&mut num, &mut out);
            out.push(c);
        }
    }
    flush(&mut num, &mut out);
    out
}

fn check_snapshot(name: &str, svg: &str) {
    let path = format!("tests/snapshots/{name}.svg");
    let got = round_numbers(svg);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &got).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {path}: run with UPDATE_SNAPSHOTS=1 and review it"));
    assert!(
        got == want,
        "{path} changed: rerun with UPDATE_SNAPSHOTS=1 after reviewing"
    );
}

fn weekly_svg(d: &Dataset) -> (String, Vec<model::WeekBar>) {
    let r = stats::full_range(&d.weeks).expect("range");
    let bars = model::week_bars(&d.weeks, r);
    let svg = chart::weekly_svg::<chart::PlainSvg>(
        &d.weeks,
        r,
        &chart::LIGHT,
        &text(),
        (1200, 500),
        SCALE,
    )
    .expect("draws");
    (svg, bars)
}

#[test]
fn weekly_chart_draws_one_bar_segment_per_printed_value() {
    let d = ds();
    let (svg, bars) = weekly_svg(&d);
    let count = |hex: &str| svg.matches(&format!("fill=\"{hex}\"")).count();
    let printed = |m: Metric| {
        let r = stats::full_range(&d.weeks).expect("range");
        d.weeks
            .iter()
            .filter(|w| r.contains(w) && w.counts() && w.value(m).is_some())
            .count()
    };
    assert_eq!(count("#D55E00"), printed(Metric::AntiTank));
    assert_eq!(count("#CC79A7"), printed(Metric::AntiPersonnel));
    assert_eq!(count("#0072B2"), printed(Metric::Uxo));
    // Withheld weeks are absent: no bar starts at a withheld week's position.
    assert!(bars.iter().all(|b| d.weeks[b.index].counts()));
    // The hectares line breaks at every gap: one polyline per run of two or more weeks.
    let runs = model::hectare_runs(&bars);
    let lines = svg
        .matches("<polyline fill=\"none\" opacity=\"1\" stroke=\"#00694D\"")
        .count();
    assert_eq!(lines, runs.iter().filter(|r| r.len() > 1).count());
    assert!(runs.len() > 20, "the series has many gaps: {}", runs.len());
    check_snapshot("weekly", &svg);
}

#[test]
fn annual_and_monthly_snapshots() {
    let d = ds();
    let bars = model::annual_bars(&d);
    let labels: Vec<&str> = bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, vec!["2022", "2023", "2024", "2025", "2026*"]);
    assert!(bars[4].partial && !bars[3].partial);
    assert_eq!(bars[3].value, 69205.7);
    let svg = chart::to_svg::<chart::PlainSvg>((800, 450), |root| {
        chart::draw_annual(
            root,
            &bars,
            Some(65000.0),
            &chart::LIGHT,
            &text(),
            SCALE,
            None,
        )
        .map(|_| ())
    })
    .expect("draws");
    assert!(svg.contains("69,205.7"));
    check_snapshot("annual", &svg);
    let months = model::month_bars(&d);
    assert!(months.len() > 30);
    let svg = chart::to_svg::<chart::PlainSvg>((1000, 300), |root| {
        chart::draw_monthly(root, &months, &chart::LIGHT, &text(), SCALE, None).map(|_| ())
    })
    .expect("draws");
    check_snapshot("monthly", &svg);
}

#[test]
fn pace_for_a_known_input() {
    let mut weeks = String::from("start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,reason,sources\n");
    let mut day = Date::new(2025, 1, 6).expect("d");
    for _ in 0..10 {
        weeks.push_str(&format!(
            "{},{},1,1,1,1000,,single-source,,T <https://example.org/a>\n",
            day,
            day.add_days(6)
        ));
        day = day.add_days(7);
    }
    let totals = "kind,scope,as_of,period,district,metric,value,qualifier,source,note\n\
        annual,anama,2024-12-31,2024,,hectares,40000,,T <https://example.org/b>,\n\
        context,anama,2024-10-31,,,area_contaminated_km2,1000,,T <https://example.org/c>,\n";
    let districts = "id,name_az,name_en,name_ru,aliases,ne_code\nfuzuli,Füzuli,Fuzuli,Физули,,\n";
    let d = Dataset::parse(
        &weeks,
        totals,
        districts,
        "",
        Date::new(2030, 1, 1).expect("d"),
    )
    .expect("valid");
    let p = model::pace(&d).expect("pace");
    assert_eq!(p.remaining_ha, 100_000.0);
    assert_eq!(p.rate_weekly, 52_000.0);
    assert_eq!(p.rate_annual, 40_000.0);
    assert!((p.years.0 - 100_000.0 / 52_000.0).abs() < 1e-9);
    assert!((p.years.1 - 2.5).abs() < 1e-9);
    assert_eq!(p.weeks, 10);
}
