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

/// The prerendered first screen (`clearance_atlas::prerender`, baked into index.html by the
/// build) is the page's own first screen in each language: its header, the five counters with
/// the headline figures, the map's districts, the range and the weekly chart's frame; with none
/// of the live page's hooks (hydration markers, test ids, scripts) and nothing that depends on
/// the day it is read.
#[test]
fn prerendered_first_screen_is_the_pages_own_in_each_language() {
    use clearance_atlas::data::{Dataset, Date};
    use clearance_atlas::prerender::first_screen;
    use clearance_atlas::stats;
    let ds = Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("embedded data");
    let districts = ds
        .districts
        .iter()
        .filter(|d| !d.ne_codes.is_empty())
        .count();
    for l in Locale::ALL {
        let html = first_screen(&ds, l);
        let t = l.messages();
        let h1 = between(&html, "<h1>", "</h1>");
        assert_eq!(h1.replace("&#x27;", "'"), t.title, "{l:?}");
        assert!(html.contains(t.counters_heading), "{l:?}");
        assert_eq!(html.matches("class=\"counter counter-").count(), 5, "{l:?}");
        assert_eq!(
            html.matches("class=\"district\"").count(),
            districts,
            "{l:?}"
        );
        assert_eq!(html.matches("type=\"range\"").count(), 2, "{l:?}");
        assert!(html.contains("class=\"chart-canvas\""), "{l:?}");
        // The pressed language button is this page's.
        let pressed = format!(
            "lang=\"{0}\" data-tap=\"lang-{0}\" aria-pressed=\"true\"",
            l.as_str()
        );
        assert!(html.contains(&pressed), "{l:?}: {pressed}");
        // The controls a reader can tap before the app is ready carry their id (index.html
        // queues the tap and makes it on the app's control of the same data-testid).
        for tap in [
            "preset-12w",
            "map-layer",
            "share-button",
            "range-to",
            "district-fuzuli",
        ] {
            assert!(
                html.contains(&format!("data-tap=\"{tap}\"")),
                "{l:?}: {tap}"
            );
        }
        for hook in ["<!>", "<!--", "data-testid", "<script"] {
            assert!(!html.contains(hook), "{l:?}: {hook}");
        }
        let ago = t.weeks_ago.split(' ').next_back().unwrap_or_default();
        assert!(
            !html.contains(ago),
            "{l:?}: an age ({ago}) in a page read later"
        );
    }
    // The hectares counter shows the headline figure the app computes from the data.
    let en = first_screen(&ds, Locale::En);
    let hectares = between(&en, "counter-hectares\">", "</article>");
    let value = between(hectares, "<span class=\"value\">", "</span>");
    let headline = stats::headline(&ds, None).expect("a headline");
    let v = headline.get(clearance_atlas::data::Metric::Hectares).value;
    assert_eq!(
        Some(value.replace(',', "").parse::<f64>().expect("a number")),
        v
    );
}

/// The shell shows the prerendered first screen only when no data file is kept: it reads the
/// same storage key the app keeps the file under.
#[test]
fn shell_script_knows_where_a_kept_file_is() {
    let html = std::fs::read_to_string("index.html").expect("read index.html");
    let script = between(&html, "<script>", "</script>");
    let key = clearance_atlas::web::files::STORAGE_KEY;
    assert!(
        script.contains(&format!("localStorage.getItem(\"{key}\")")),
        "the shell's script must read {key}"
    );
}
