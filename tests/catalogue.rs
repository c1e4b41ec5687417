//! Every message of the catalogue is used somewhere in the code, and every message the code
//! reads exists (the latter the compiler checks: `Messages` is a struct).
#![cfg(not(target_arch = "wasm32"))]

fn rust_files(dir: &str, out: &mut Vec<(String, String)>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p.to_string_lossy(), out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push((
                p.to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).expect("read"),
            ));
        }
    }
}

#[test]
fn every_catalogue_key_is_used() {
    let mut files = Vec::new();
    rust_files("src", &mut files);
    let messages = files
        .iter()
        .find(|(p, _)| p.ends_with("i18n/messages.rs"))
        .map(|(_, s)| s.clone())
        .expect("messages.rs");
    let keys: Vec<&str> = messages
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .filter_map(|l| l.split_once(": &'static str,").map(|(k, _)| k))
        .collect();
    assert!(keys.len() > 100, "found {} keys", keys.len());
    let code: String = files
        .iter()
        .filter(|(p, _)| !p.ends_with("i18n/messages.rs"))
        .map(|(_, s)| s.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let unused: Vec<&str> = keys
        .iter()
        .copied()
        .filter(|k| {
            let needle = format!(".{k}");
            !code.match_indices(&needle).any(|(i, _)| {
                let next = code[i + needle.len()..].chars().next().unwrap_or(' ');
                !(next.is_alphanumeric() || next == '_')
            })
        })
        .collect();
    assert!(unused.is_empty(), "unused catalogue keys: {unused:?}");
}
