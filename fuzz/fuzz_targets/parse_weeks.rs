//! Fuzz target: the weekly-file parser must never panic, whatever the bytes.
#![no_main]

use clearance_atlas::data::{parse, Date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let (Ok(text), Some(latest)) = (std::str::from_utf8(data), Date::new(2027, 1, 1)) {
        let _ = parse::parse_weeks("fuzz.csv", text, latest);
        let _ = parse::parse_totals("fuzz.csv", text, latest, &Default::default());
        let _ = parse::parse_boundaries("fuzz.txt", text);
    }
});
