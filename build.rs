//! Build step for the embedded data: the copy of `data/totals.csv` compiled into the app leaves
//! out the free-text `note` column, which the page never shows (it is for maintainers, and
//! `atlas-data check data` still reads the full file). That keeps about 7 KB (brotli) of prose
//! out of the wasm. Every other column, the sources included, is embedded byte for byte.
//!
//! If the file is not the simple shape expected (a quoted field spanning lines, a row with the
//! wrong number of fields), it is embedded unchanged and the parser reports what is wrong.

//!
//! It also writes the first-screen digest (`src/data/digest/`): the files parsed here by the
//! app's own parsers (compiled in below with `#[path]`) and written out as Rust tables, so the
//! page's main module carries neither the CSV text nor its parsers. When `data/` does not
//! parse, no digest is written and the page parses the embedded text as before, showing what
//! is wrong.

use std::{env, fs, path::Path};

#[path = "src/sort.rs"]
#[allow(dead_code)]
mod sort;

/// The app's data model and parsers, as in the crate (`crate::data::…` resolves here).
#[allow(dead_code, unused_imports)]
mod data {
    #[path = "../src/data/csv.rs"]
    pub mod csv;
    #[path = "../src/data/digest/emit.rs"]
    pub mod emit;
    #[path = "../src/data/error.rs"]
    pub mod error;
    #[path = "../src/data/limits.rs"]
    pub mod limits;
    #[path = "../src/data/model.rs"]
    pub mod model;
    #[path = "../src/data/parse/mod.rs"]
    pub mod parse;
    #[path = "../src/data/sheet.rs"]
    pub mod sheet;
    pub use model::*;
}

fn main() {
    // The atlas's public address (kiosk QR code, print bulletin, link previews), one build
    // setting: ATLAS_PUBLIC_URL=https://example.org/atlas/ trunk build --release.
    println!("cargo::rerun-if-env-changed=ATLAS_PUBLIC_URL");
    let public = env::var("ATLAS_PUBLIC_URL").unwrap_or_default();
    let public = public.trim();
    if !public.is_empty()
        && (!(public.starts_with("https://") || public.starts_with("http://"))
            || public.len() > 300
            || public
                .chars()
                .any(|c| c.is_whitespace() || "\"<>'`\\".contains(c)))
    {
        panic!(
            "ATLAS_PUBLIC_URL must be an http(s) address of at most 300 characters, got {public:?}"
        );
    }
    println!("cargo::rustc-env=ATLAS_PUBLIC_URL={public}");
    for f in [
        "data/totals.csv",
        "data/weeks.csv",
        "data/districts.csv",
        "data/boundaries.txt",
        "build.rs",
        "src/sort.rs",
        "src/data/csv.rs",
        "src/data/error.rs",
        "src/data/limits.rs",
        "src/data/model.rs",
        "src/data/parse",
        "src/data/sheet.rs",
        "src/data/digest/emit.rs",
    ] {
        println!("cargo::rerun-if-changed={f}");
    }
    println!("cargo::rustc-check-cfg=cfg(atlas_digest)");
    let text = fs::read_to_string("data/totals.csv").expect("data/totals.csv must be readable");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    let embedded = drop_last_column(&text, "note").unwrap_or(text);
    let weeks = fs::read_to_string("data/weeks.csv").expect("data/weeks.csv must be readable");
    // The comment lines above the header, for files the app writes (report reader).
    let preamble: String = weeks
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(out.join("weeks-preamble.txt"), preamble).expect("OUT_DIR is writable");
    let digest = digest(&weeks, &embedded);
    fs::write(out.join("totals.csv"), embedded).expect("OUT_DIR is writable");
    match digest {
        Some(source) => {
            fs::write(out.join("digest.rs"), source).expect("OUT_DIR is writable");
            println!("cargo::rustc-cfg=atlas_digest");
        }
        None => println!(
            "cargo::warning=data/ does not parse: no first-screen digest; the page will show the errors"
        ),
    }
}

/// The digest's Rust source, from the files as the page would parse them (records dated up to
/// a week after today, as in the browser).
fn digest(weeks: &str, totals: &str) -> Option<String> {
    use data::{model::Date, parse};
    let read = |f: &str| fs::read_to_string(f).ok();
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs()
        / 86_400;
    let latest = Date::from_days(i32::try_from(days).ok()? + 7);
    let districts = parse::parse_districts("districts.csv", &read("data/districts.csv")?).ok()?;
    let ids: std::collections::HashSet<&str> = districts.iter().map(|d| d.id.as_str()).collect();
    let weeks = parse::parse_weeks("weeks.csv", weeks, latest).ok()?;
    let totals = parse::parse_totals("totals.csv", totals, latest, &ids).ok()?;
    let boundaries =
        parse::parse_boundaries("boundaries.txt", &read("data/boundaries.txt")?).ok()?;
    data::emit::source(&weeks, &totals, &districts, &boundaries)
}

/// The text without its last column if the header's last column is `name` and every record
/// has the header's width; `None` otherwise.
fn drop_last_column(text: &str, name: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut width = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = &line[body.len()..];
        if body.is_empty() || body.starts_with('#') {
            out.push_str(line);
            continue;
        }
        let commas = unquoted_commas(body)?;
        let last = *commas.last()?;
        match width {
            None => {
                if body[last + 1..].trim() != name {
                    return None;
                }
                width = Some(commas.len());
            }
            Some(w) if w != commas.len() => return None,
            Some(_) => {}
        }
        out.push_str(&body[..last]);
        out.push_str(ending);
    }
    Some(out)
}

/// Byte offsets of the commas outside quotes; `None` if a quote stays open at the line's end.
fn unquoted_commas(line: &str) -> Option<Vec<usize>> {
    let mut quoted = false;
    let mut commas = Vec::new();
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas.push(i),
            _ => {}
        }
    }
    (!quoted).then_some(commas)
}
