//! Adding a pasted report to the weekly file: the merge rules for one new reading, and
//! `atlas-data add` on a copy of the real file (appends a row; the same text again changes
//! nothing; a text that is not a weekly report is refused and nothing is written).
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::data::merge::{self, AddKind};
use clearance_atlas::data::parse::parse_weeks;
use clearance_atlas::data::report::{read, Row};
use clearance_atlas::data::{Date, Metric, Status};
use std::process::Command;

fn latest() -> Date {
    Date::new(2030, 1, 1).expect("date")
}

fn today() -> Date {
    Date::new(2026, 3, 20).expect("date")
}

fn row(text: &str, outlet: &str, url: &str) -> Row {
    let r = read(text, today()).expect("reads");
    let mut row = Row::from_reading(&r);
    row.outlet = outlet.into();
    row.url = url.into();
    row
}

const FEB16_RU: &str = "С 16 по 22 февраля 2026 г. обезврежено 28 противотанковых и 175 противопехотных мин, 796 неразорвавшихся боеприпасов. Очищено 1616,5 га.";

#[test]
fn the_same_figures_from_another_outlet_add_a_source_and_different_ones_dispute() {
    let text = std::fs::read_to_string("data/weeks.csv").expect("read");
    let mut weeks = parse_weeks("weeks.csv", &text, latest()).expect("valid");
    let n = weeks.len();
    let find = |w: &[clearance_atlas::data::Week]| {
        w.iter()
            .find(|w| w.start == Date::new(2026, 2, 16).expect("d"))
            .cloned()
            .expect("the week of 16 February 2026 is in the data")
    };
    let before = find(&weeks);

    let same = row(FEB16_RU, "APA (Russian)", "https://ru.apa.az/example-1");
    let out = merge::add_week(&mut weeks, same.to_week(latest()).expect("valid row"));
    assert_eq!(out.kind, AddKind::SourceAdded);
    let after = find(&weeks);
    assert_eq!(after.sources.len(), before.sources.len() + 1);
    assert_eq!(after.anti_tank, before.anti_tank);
    assert_eq!(weeks.len(), n);

    // Again: nothing changes.
    let again = merge::add_week(&mut weeks, same.to_week(latest()).expect("valid row"));
    assert_eq!(again.kind, AddKind::AlreadyCited);
    assert!(!again.changed());

    let other = row(
        &FEB16_RU.replace("28 противо", "29 противо"),
        "Oxu.az",
        "https://oxu.az/example-2",
    );
    let out = merge::add_week(&mut weeks, other.to_week(latest()).expect("valid row"));
    assert_eq!(out.kind, AddKind::Disputed);
    assert_eq!(out.disputed, vec![Metric::AntiTank]);
    let w = find(&weeks);
    assert_eq!(w.status, Status::Disputed);
    assert_eq!(w.anti_tank, None, "the disputed figure is left open");
    let values: Vec<f64> = w.alternatives.iter().map(|a| a.value).collect();
    assert!(
        values.contains(&28.0) && values.contains(&29.0),
        "{:?}",
        w.alternatives
    );
    assert!(
        w.reason.contains("Oxu.az printed 29")
            && !w.reason_az.is_empty()
            && !w.reason_ru.is_empty()
    );
    // The result is a valid file.
    let out = merge::write_weeks(&merge::preamble(&text), &weeks);
    parse_weeks("weeks.csv", &out, latest()).expect("still valid");
}

#[test]
fn a_second_outlet_confirms_a_single_source_week_and_a_new_week_is_single_source() {
    let mut weeks = Vec::new();
    let a = row("From March 9 to 15, 2026, 12 anti-tank mines, 80 anti-personnel mines and 700 UXO were neutralized; over 1,001 hectares were cleared.", "Trend", "https://en.trend.az/a");
    assert_eq!(
        merge::add_week(&mut weeks, a.to_week(latest()).expect("row")).kind,
        AddKind::Added
    );
    assert_eq!(weeks[0].status, Status::SingleSource);
    let b = row("2026-cı il martın 9-dan 15-dək 12 tank əleyhinə mina, 80 piyada əleyhinə mina və 700 partlamamış hərbi sursat aşkarlanıb, 1 001,5 hektar ərazi təmizlənib.", "Report.az", "https://report.az/b");
    let out = merge::add_week(&mut weeks, b.to_week(latest()).expect("row"));
    assert_eq!(out.kind, AddKind::Confirmed);
    assert_eq!(
        out.refined,
        vec![Metric::Hectares],
        "“over 1,001” refined by 1,001.5"
    );
    assert_eq!(weeks[0].hectares, Some(1001.5));
}

#[test]
fn a_row_needs_its_source_and_counts_with_qualifiers_say_so() {
    let mut r = row("June 21-25, 2021: 74 anti-tank mines, over 84 anti-personnel mines and 134 items of unexploded ordnance were defused, and some 111 hectares were cleared.", "", "");
    assert!(r.to_week(latest()).is_err(), "no outlet, no address");
    r.outlet = "Azernews".into();
    r.url = "javascript:alert(1)".into();
    assert!(r.to_week(latest()).is_err(), "not an http(s) address");
    r.url = "https://www.azernews.az/karabakh/1.html".into();
    let w = r.to_week(latest()).expect("valid");
    assert!(w.reason.contains("more than 84"), "{}", w.reason);
    assert!(w.reason_az.contains("84") && w.reason_ru.contains("более 84"));
    assert_eq!(w.hectares_qualifier.as_str(), "about");
}

fn atlas_data(args: &[&str], stdin: &str) -> (bool, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_atlas-data"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("atlas-data runs");
    // A call refused before it reads its input (no --source) closes the pipe: that write may
    // fail, and the exit status and output below say what happened.
    if let Err(e) = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    let out = child.wait_with_output().expect("output");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn atlas_data_add_appends_once_and_refuses_what_is_not_a_week() {
    let dir = std::env::temp_dir().join(format!("atlas-add-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let path = dir.join("weeks.csv");
    std::fs::copy("data/weeks.csv", &path).expect("copy");
    let p = path.to_str().expect("path");
    let report = "From March 9 to 15, 12 anti-tank mines, 80 anti-personnel mines and 700 UXO were neutralized; 1,001.5 hectares were cleared.";
    let src = ["--source", "Trend <https://en.trend.az/azerbaijan/example>"];

    // The year is not printed: proposed, and nothing is written until it is confirmed.
    let (ok, out) = atlas_data(&["add", src[0], src[1], "--weeks", p], report);
    assert!(!ok && out.contains("--year 2026"), "{out}");
    let original = std::fs::read_to_string("data/weeks.csv").expect("read");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), original);

    let (ok, out) = atlas_data(
        &["add", src[0], src[1], "--year", "2026", "--weeks", p, "-"],
        report,
    );
    assert!(ok && out.contains("added"), "{out}");
    let once = std::fs::read_to_string(&path).expect("read");
    assert_eq!(once.lines().count(), original.lines().count() + 1);
    assert!(once.contains("2026-03-09,2026-03-15,12,80,700,1001.5,,single-source"));

    let (ok, out) = atlas_data(
        &["add", src[0], src[1], "--year", "2026", "--weeks", p],
        report,
    );
    assert!(ok && out.contains("no changes"), "{out}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), once);

    let monthly = "Agentlikdən verilən məlumata görə, mayın 1-dən 31-dək piyada əleyhinə 546, tank əleyhinə 279 mina və 1 021 partlamamış hərbi sursat aşkarlanıb.";
    let (ok, out) = atlas_data(&["add", src[0], src[1], "--weeks", p], monthly);
    assert!(
        !ok && out.contains("refused") && out.contains("31 days"),
        "{out}"
    );
    let (ok, out) = atlas_data(&["add", "--weeks", p], report);
    assert!(!ok && out.contains("--source"), "{out}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), once);
    let _ = std::fs::remove_dir_all(&dir);
}
