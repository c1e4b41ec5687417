//! The reference merge on the real files: the project's weekly file survives a write unchanged,
//! and merging the reference twice changes nothing the second time.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::data::merge;
use clearance_atlas::data::parse::parse_weeks;
use clearance_atlas::data::{Date, Status};

fn latest() -> Date {
    Date::new(2030, 1, 1).expect("date")
}

#[test]
fn the_weekly_file_round_trips_through_the_writer_byte_for_byte() {
    let text = std::fs::read_to_string("data/weeks.csv").expect("read");
    let weeks = parse_weeks("weeks.csv", &text, latest()).expect("valid");
    assert_eq!(merge::write_weeks(&merge::preamble(&text), &weeks), text);
}

/// Uses the reference beside the project when it is there (as in CI and on developers'
/// machines); a reference of the right shape is made up otherwise, so the test always runs.
#[test]
fn merging_the_reference_is_idempotent_and_never_overwrites_a_figure() {
    let text = std::fs::read_to_string("data/weeks.csv").expect("read");
    let ours = parse_weeks("weeks.csv", &text, latest()).expect("valid");
    let reference = std::fs::read_to_string("../shared/data/weeks.csv").unwrap_or_else(|_| {
        "week_start,week_end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,reason,sources\n\
         2021-04-05,2021-04-10,47,90,435,60,over,confirmed,,https://news.az/a https://trend.az/b\n"
            .to_string()
    });
    let articles = std::fs::read_to_string("../shared/data/weekly.csv").unwrap_or_default();
    let r = merge::parse_reference("ref.csv", &reference).expect("reference");
    let a = merge::parse_articles("weekly.csv", &articles).unwrap_or_default();
    let mut once = ours.clone();
    merge::merge(&mut once, &r, &a);
    let first = merge::write_weeks("", &once);
    parse_weeks("merged.csv", &first, latest()).expect("the merged file is valid");
    let mut twice = once.clone();
    let report = merge::merge(&mut twice, &r, &a);
    assert!(report.unchanged(), "{:?}", report.changes);
    assert_eq!(merge::write_weeks("", &twice), first);
    // No figure of ours changed except a lower bound refined to a precise value.
    for w in &ours {
        let m = once
            .iter()
            .find(|x| (x.start, x.end) == (w.start, w.end))
            .expect("kept");
        assert_eq!(
            (m.anti_tank, m.anti_personnel, m.uxo),
            (w.anti_tank, w.anti_personnel, w.uxo)
        );
        if m.hectares != w.hectares {
            assert!(merge::refines(
                w.hectares.expect("had one"),
                w.hectares_qualifier,
                m.hectares.expect("has one")
            ));
        }
        assert!(m.sources.starts_with(&w.sources), "sources only appended");
        if m.status != w.status {
            assert_eq!(
                (w.status, m.status),
                (Status::SingleSource, Status::Confirmed)
            );
        }
    }
}
