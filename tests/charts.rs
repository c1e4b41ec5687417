//! Charts render natively to SVG with the same drawing code: snapshots, bars and gaps
//! counted against the data, and the pace projection for a known input.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::chart::{self, model, ChartText, Scale};
use clearance_atlas::data::{Dataset, Date};
use clearance_atlas::i18n::{format, Locale};
use clearance_atlas::stats;

fn ds() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("d")).expect("valid embedded data")
}

fn text() -> ChartText {
    ChartText {
        y_items: "Items per period".into(),
        y_ha: "Hectares".into(),
        y_ha_year: "Hectares per year".into(),
        y_ha_month: "Hectares per month".into(),
        legend: Default::default(),
        goal: "Goal".into(),
        locale: Locale::En,
    }
}

const SCALE: Scale = Scale {
    font: 13.0,
    line: 1,
};

fn look(text: &ChartText) -> chart::Look<'_> {
    chart::Look {
        theme: &chart::LIGHT,
        text,
        scale: SCALE,
    }
}

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

fn weekly_svg_at(d: &Dataset, size: (u32, u32)) -> (String, Vec<model::WeekBar>) {
    let r = stats::full_range(&d.weeks).expect("range");
    let bars = model::week_bars(&d.weeks, r);
    let svg =
        chart::weekly_svg::<chart::PlainSvg>(&d.weeks, r, &look(&text()), size).expect("draws");
    (svg, bars)
}

#[test]
fn weekly_chart_draws_two_panels_from_the_reported_periods() {
    let d = ds();
    let (svg, bars) = weekly_svg_at(&d, (1280, 560));
    let count = |hex: &str| svg.matches(&format!("fill=\"{hex}\"")).count();
    // Items panel: one segment per printed value, except segments that start above the
    // panel's top (cut with the outlier).
    let items: Vec<f64> = bars
        .iter()
        .map(|b| b.stack_top())
        .filter(|v| *v > 0.0)
        .collect();
    let (items_top, items_clipped) = model::panel_top(&items);
    let mut drawn = [0usize; 3];
    for b in &bars {
        let mut y = 0.0;
        for (k, v) in [b.at, b.ap, b.uxo].into_iter().enumerate() {
            if let Some(v) = v {
                if y < items_top {
                    drawn[k] += 1;
                }
                y += v;
            }
        }
    }
    assert_eq!(count("#D55E00"), drawn[0]);
    assert_eq!(count("#CC79A7"), drawn[1]);
    assert_eq!(count("#0072B2"), drawn[2]);
    // Main panel: one hectare bar per period that printed hectares.
    assert_eq!(
        count("#00694D"),
        bars.iter().filter(|b| b.ha.is_some()).count()
    );
    // Withheld weeks are absent.
    assert!(bars.iter().all(|b| d.weeks[b.index].counts()));
    // The outlier week is cut and its value printed; the typical week is one line.
    let biggest = items.iter().copied().fold(0.0, f64::max);
    assert!(
        items_clipped,
        "the largest week ({biggest} items) is an outlier"
    );
    assert!(
        svg.contains(&format::auto(biggest, 1, Locale::En)),
        "its value is printed"
    );
    assert_eq!(
        svg.matches("<polyline fill=\"none\" opacity=\"1\" stroke=\"#1B1F24\"")
            .count(),
        1
    );
    // Every year inside the range is named.
    for y in 2021..=2026 {
        assert!(svg.contains(&format!("\n{y}\n</text>")), "year {y}");
    }
    check_snapshot("weekly", &svg);
}

#[test]
fn weekly_chart_snapshots_at_phone_and_tablet_widths() {
    let d = ds();
    for (w, h) in [(320u32, 340u32), (768, 400)] {
        let (svg, _) = weekly_svg_at(&d, (w, h));
        // Fewer date ticks on a narrow chart: no label is wider than its share of the axis.
        let dates = svg.matches(" 202").count();
        assert!(dates >= 2, "{w}: dates on the axis");
        check_snapshot(&format!("weekly-{w}"), &svg);
    }
}

#[test]
fn the_typical_week_is_a_median_of_reported_periods_only() {
    let bar = |start: f64, ha: Option<f64>| model::WeekBar {
        index: 0,
        start,
        end: start + 6.0,
        at: None,
        ap: None,
        uxo: None,
        ha,
        status: clearance_atlas::data::Status::Confirmed,
    };
    // A gap (no week at 14) and a week without hectares are not zeros.
    let bars = [
        bar(0.0, Some(10.0)),
        bar(7.0, Some(30.0)),
        bar(21.0, None),
        bar(28.0, Some(20.0)),
        bar(35.0, Some(1000.0)),
    ];
    let t = model::typical_week(&bars, 3);
    assert_eq!(t, vec![(31.5, 20.0), (38.5, 30.0)]);
    let (top, clipped) =
        model::panel_top(&[1.0; 30].iter().copied().chain([100.0]).collect::<Vec<_>>());
    assert!(clipped && top < 100.0);
    assert_eq!(model::panel_top(&[5.0, 8.0]), (8.0, false));
    let years = model::year_starts(
        f64::from(Date::new(2021, 6, 1).expect("d").days()),
        f64::from(Date::new(2023, 2, 1).expect("d").days()),
    );
    assert_eq!(
        years.iter().map(|y| y.1).collect::<Vec<_>>(),
        vec![2022, 2023]
    );
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
        chart::draw_annual(root, &bars, Some(65000.0), &look(&text()), None).map(|_| ())
    })
    .expect("draws");
    assert!(svg.contains("69,205.7"));
    // Each chart says what its bars are per: a year here, a month below.
    assert!(svg.contains("Hectares per year"));
    check_snapshot("annual", &svg);
    let months = model::month_bars(&d);
    assert!(months.len() > 30);
    let svg = chart::to_svg::<chart::PlainSvg>((1000, 300), |root| {
        chart::draw_monthly(root, &months, &look(&text()), None).map(|_| ())
    })
    .expect("draws");
    assert!(svg.contains("Hectares per month"));
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
