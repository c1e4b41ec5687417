//! `atlas-data`: the data maintainer's command line.
//!
//! `atlas-data check [DIR]` validates the data files in DIR (default `data/`) and prints
//! coverage and the disputed and withheld records; it exits non-zero on any error.

use clearance_atlas::data::{Dataset, Date, Status};
use clearance_atlas::stats;
use std::process::ExitCode;

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days(i32::try_from(secs / 86_400).unwrap_or(0))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("check") {
        eprintln!("usage: atlas-data check [DATA_DIR]");
        return ExitCode::from(2);
    }
    let dir = args.get(1).cloned().unwrap_or_else(|| "data".to_string());
    let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}"));
    let (Ok(w), Ok(t), Ok(d), Ok(b)) = (
        read("weeks.csv"),
        read("totals.csv"),
        read("districts.csv"),
        read("boundaries.txt"),
    ) else {
        eprintln!("error: cannot read the four data files in {dir}");
        return ExitCode::from(1);
    };
    let ds = match Dataset::parse(&w, &t, &d, &b, today().add_days(7)) {
        Ok(ds) => ds,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!("{} error(s)", errors.len());
            return ExitCode::from(1);
        }
    };
    let n = stats::status_counts(&ds.weeks);
    println!(
        "weeks: {} records ({} confirmed, {} single-source, {} disputed, {} withheld)",
        ds.weeks.len(),
        n[0],
        n[1],
        n[2],
        n[3]
    );
    println!(
        "totals: {} statements; districts: {}; boundary units: {}",
        ds.totals.len(),
        ds.districts.len(),
        ds.boundaries.len()
    );
    println!("year  periods  counted  weekly_ha  annual_ha  coverage");
    for c in stats::coverage(&ds) {
        let (annual, cov) = match c.annual_hectares {
            Some(a) if a > 0.0 => (
                format!("{a:.2}"),
                format!("{:.1}%", 100.0 * c.weekly_hectares / a),
            ),
            _ => ("-".into(), "-".into()),
        };
        println!(
            "{}  {:7}  {:7}  {:9.2}  {:>9}  {:>8}",
            c.year,
            c.by_status.iter().sum::<usize>(),
            c.counted,
            c.weekly_hectares,
            annual,
            cov
        );
    }
    println!("monthly reconciliation (weeks starting in the month vs ANAMA's monthly total):");
    println!("month    weeks  weekly_ha  monthly_ha  share");
    for m in clearance_atlas::chart::model::month_bars(&ds) {
        let (Some(from), Some(to)) = (
            Date::new(m.year, m.month, 1),
            Date::new(
                m.year,
                m.month,
                clearance_atlas::data::days_in_month(m.year, m.month),
            ),
        ) else {
            continue;
        };
        let s = stats::range_sums(&ds.weeks, stats::DateRange { from, to });
        let ha = s.get(clearance_atlas::data::Metric::Hectares);
        let share = if m.value > 0.0 {
            format!("{:.1}%", 100.0 * ha.value / m.value)
        } else {
            "-".into()
        };
        println!(
            "{}-{:02}  {:5}  {:9.2}  {:10.2}  {:>6}",
            m.year, m.month, ha.reported, ha.value, m.value, share
        );
    }
    for w in ds
        .weeks
        .iter()
        .filter(|w| matches!(w.status, Status::Disputed | Status::Withheld))
    {
        println!("{} {}..{}: {}", w.status.as_str(), w.start, w.end, w.reason);
    }
    ExitCode::SUCCESS
}
