//! The layer order of `src/` (docs/architecture.md): a module imports only from the layers
//! below it. The few imports that still run upward are listed in `KNOWN` with what would remove
//! them; a new one fails here.
#![cfg(not(target_arch = "wasm32"))]

/// Lowest first. `app` and `prerender` sit on top of everything.
const ORDER: [&str; 15] = [
    "sort",
    "data",
    "stats",
    "geo",
    "i18n",
    "chart",
    "present",
    "embed",
    "kiosk",
    "state",
    "web",
    "components",
    "app",
    "prerender",
    "bin",
];

/// Upward imports that exist today, each with its way out (none now).
const KNOWN: [(&str, &str); 0] = [];

fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn layer_of(path: &std::path::Path) -> Option<usize> {
    let rel = path.strip_prefix("src").ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    ORDER.iter().position(|l| *l == name)
}

/// The modules a source file names as `crate::module`, `use crate::{module, …}` included.
fn imports(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + 7..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
            }
        } else {
            out.push(
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    out
}

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let mut all = Vec::new();
    files(std::path::Path::new("src"), &mut all);
    let mut upward = Vec::new();
    for path in &all {
        let Some(me) = layer_of(path) else { continue };
        let text: String = std::fs::read_to_string(path)
            .expect("read")
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for m in imports(&text) {
            let Some(them) = ORDER.iter().position(|l| *l == m) else {
                continue;
            };
            if them > me && !KNOWN.contains(&(ORDER[me], ORDER[them])) {
                upward.push(format!("{} imports crate::{m}", path.display()));
            }
        }
    }
    upward.sort();
    upward.dedup();
    // The known list only shrinks: an entry that no import needs any more must go.
    for (from, to) in KNOWN {
        let used = all.iter().any(|p| {
            layer_of(p).is_some_and(|me| ORDER[me] == from)
                && imports(&std::fs::read_to_string(p).unwrap_or_default())
                    .iter()
                    .any(|m| m == to)
        });
        assert!(
            used,
            "KNOWN lists {from} -> {to}, which no file imports any more"
        );
    }
    assert!(
        upward.is_empty(),
        "imports from a higher layer:\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_pure_layers_use_neither_leptos_nor_web_sys() {
    let mut all = Vec::new();
    files(std::path::Path::new("src"), &mut all);
    let pure = [
        "sort", "data", "stats", "geo", "i18n", "chart", "present", "embed", "kiosk",
    ];
    for path in &all {
        let Some(me) = layer_of(path) else { continue };
        if !pure.contains(&ORDER[me]) {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read");
        for lib in ["leptos::", "web_sys::", "wasm_bindgen::"] {
            assert!(!text.contains(lib), "{} uses {lib}", path.display());
        }
    }
}
