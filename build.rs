//! Build step for the embedded data: the copy of `data/totals.csv` compiled into the app leaves
//! out the free-text `note` column, which the page never shows (it is for maintainers, and
//! `atlas-data check data` still reads the full file). That keeps about 7 KB (brotli) of prose
//! out of the wasm. Every other column, the sources included, is embedded byte for byte.
//!
//! If the file is not the simple shape expected (a quoted field spanning lines, a row with the
//! wrong number of fields), it is embedded unchanged and the parser reports what is wrong.

use std::{env, fs, path::Path};

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
    println!("cargo::rerun-if-changed=data/totals.csv");
    println!("cargo::rerun-if-changed=build.rs");
    let text = fs::read_to_string("data/totals.csv").expect("data/totals.csv must be readable");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let embedded = drop_last_column(&text, "note").unwrap_or(text);
    fs::write(Path::new(&out_dir).join("totals.csv"), embedded).expect("OUT_DIR is writable");
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
