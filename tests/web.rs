//! Browser tests (wasm-bindgen-test in headless Chromium): mount the app, act, assert the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The latest cumulative ANAMA figure of a metric, read from the raw file by the test itself.
fn latest_cumulative(metric: &str) -> f64 {
    let text = include_str!("../data/totals.csv");
    let mut best: Option<(String, f64)> = None;
    for line in text.lines().filter(|l| l.starts_with("cumulative,anama,")) {
        let f: Vec<&str> = line.split(',').collect();
        if f[5] == metric && f[7].is_empty() {
            let v: f64 = f[6].parse().expect("number");
            if best.as_ref().is_none_or(|(d, _)| f[2] > d.as_str()) {
                best = Some((f[2].to_string(), v));
            }
        }
    }
    best.expect("a cumulative statement").1
}

fn text_of(selector: &str) -> String {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn click(selector: &str) {
    let el = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .expect("element to click");
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &{
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init
    })
    .expect("event");
    el.dispatch_event(&ev).expect("dispatch");
}

fn mount_fresh() {
    // Keep the test runner's own output in the body: replace only our container.
    if let Some(old) = document().get_element_by_id("app") {
        old.remove();
    }
    let app = document()
        .create_element("div")
        .expect("div")
        .dyn_into::<web_sys::HtmlElement>()
        .expect("html element");
    app.set_id("app");
    document()
        .body()
        .expect("body")
        .append_child(&app)
        .expect("append");
    leptos::mount::mount_to(app, clearance_atlas::App).forget();
}

#[wasm_bindgen_test]
async fn counters_show_the_latest_cumulative_statement() {
    mount_fresh();
    leptos::task::tick().await;
    let ha = latest_cumulative("hectares");
    let ap = latest_cumulative("anti_personnel");
    let en = |v: f64, d: usize| {
        clearance_atlas::i18n::format::number(v, d, clearance_atlas::i18n::Locale::En)
    };
    assert_eq!(text_of("[data-testid=counter-hectares] .value"), en(ha, 1));
    assert_eq!(
        text_of("[data-testid=counter-anti-personnel] .value"),
        en(ap, 0)
    );
    assert!(text_of("[data-testid=counters-basis]").contains("10 November 2025"));
}

#[wasm_bindgen_test]
async fn language_switch_changes_text_and_html_lang() {
    mount_fresh();
    leptos::task::tick().await;
    click("[data-testid=lang-ru]");
    leptos::task::tick().await;
    let lang = document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    assert_eq!(lang, "ru");
    assert_eq!(
        text_of("[data-testid=counter-hectares] .value"),
        "237\u{a0}821,5"
    );
    assert!(text_of("h1").contains("Разминирование"));
}
