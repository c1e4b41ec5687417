#![cfg(not(target_arch = "wasm32"))]
//! The app shell in index.html (the header shown while the wasm loads) says exactly what the
//! app's English header says, so the swap on mount changes nothing a reader can see.

use clearance_atlas::i18n::Locale;

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let Some(from) = text.find(start).map(|i| i + start.len()) else {
        panic!("index.html has no {start}")
    };
    let Some(len) = text[from..].find(end) else {
        panic!("index.html: {start} is not closed")
    };
    &text[from..from + len]
}

#[test]
fn shell_header_matches_the_english_catalogue() {
    let html = std::fs::read_to_string("index.html").expect("read index.html");
    let shell = between(&html, "<div id=\"loading\">", "<p class=\"boot-message\"");
    let t = Locale::En.messages();
    assert_eq!(between(shell, "<h1>", "</h1>"), t.title);
    assert_eq!(between(shell, "<p class=\"purpose\">", "</p>"), t.purpose);
    assert_eq!(
        between(
            shell,
            "class=\"btn share-btn\" tabindex=\"-1\" disabled>",
            "</button>"
        ),
        t.share
    );
    for code in ["AZ", "EN", "RU"] {
        assert!(
            shell.contains(&format!(">{code}</button>")),
            "language {code} placeholder"
        );
    }
}

/// The shell's language script carries the az and ru catalogue's title, purpose, share label,
/// document title and description, so an az or ru page never shows English while loading.
#[test]
fn shell_script_speaks_az_and_ru_as_the_catalogue() {
    let html = std::fs::read_to_string("index.html").expect("read index.html");
    let script = between(&html, "<script>", "</script>");
    for (code, l) in [("az", Locale::Az), ("ru", Locale::Ru)] {
        let t = l.messages();
        let json = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
        let want = format!(
            "\"{code}\":[\"{}\",\"{}\",\"{}\",\"{}\",\"{}\"]",
            json(t.title),
            json(t.purpose),
            json(t.share),
            json(t.doc_title),
            json(t.doc_description)
        );
        assert!(script.contains(&want), "{code}: expected {want}");
    }
    let en = Locale::En.messages();
    assert_eq!(between(&html, "<title>", "</title>"), en.doc_title);
    assert!(html.contains(&format!(
        "name=\"description\" content=\"{}\"",
        en.doc_description
    )));
}
