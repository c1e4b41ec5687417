//! Browser tests (wasm-bindgen-test in headless Chromium): mount the app, act, assert the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The newest cumulative statement of a metric (ANAMA or Cabinet of Ministers), read from the
/// raw file by the test itself: (date, value, qualifier); of two on one date the exact one.
fn newest_statement(metric: &str) -> (String, f64, String) {
    let text = include_str!("../data/totals.csv");
    let mut best: Option<(String, f64, String)> = None;
    for line in text
        .lines()
        .filter(|l| l.starts_with("cumulative,anama,") || l.starts_with("cumulative,cabinet,"))
    {
        let f: Vec<&str> = line.split(',').collect();
        if f[5] != metric {
            continue;
        }
        let v: f64 = f[6].parse().expect("number");
        let better = best.as_ref().is_none_or(|(d, _, q)| {
            f[2] > d.as_str() || (f[2] == d.as_str() && !q.is_empty() && f[7].is_empty())
        });
        if better {
            best = Some((f[2].to_string(), v, f[7].to_string()));
        }
    }
    best.expect("a cumulative statement")
}

fn latest_cumulative(metric: &str) -> f64 {
    newest_statement(metric).1
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

/// Mounts a fresh app and waits until it has drawn everything (`data-complete`).
async fn mount_fresh() {
    // Each test starts from a clean URL: the app writes its view state into the query string.
    let path = window().location().pathname().unwrap_or_default();
    window()
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .expect("replaceState");
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
    if let Some(root) = document().document_element() {
        let _ = root.remove_attribute("data-ready");
        let _ = root.remove_attribute("data-complete");
    }
    leptos::mount::mount_to(app, clearance_atlas::App).forget();
    for _ in 0..500 {
        let done = document()
            .document_element()
            .and_then(|e| e.get_attribute("data-complete"))
            .is_some();
        if done {
            return;
        }
        sleep(10).await;
    }
    panic!("the app did not finish drawing within 5 s");
}

#[wasm_bindgen_test]
async fn counters_show_the_latest_cumulative_statement() {
    mount_fresh().await;
    let ha = latest_cumulative("hectares");
    let ap = latest_cumulative("anti_personnel");
    let en = |v: f64, d: usize| {
        clearance_atlas::i18n::format::auto(v, d, clearance_atlas::i18n::Locale::En)
    };
    assert_eq!(text_of("[data-testid=counter-hectares] .value"), en(ha, 1));
    assert_eq!(
        text_of("[data-testid=counter-anti-personnel] .value"),
        en(ap, 0)
    );
    // A qualified statement says so in words, and the newest date is named.
    let (date, _, q) = newest_statement("hectares");
    let words = text_of("[data-testid=counter-hectares] .counter-figure");
    assert_eq!(words.starts_with("about"), q == "about", "{words}");
    let newest = clearance_atlas::data::Date::parse(&date).expect("date");
    assert!(text_of("[data-testid=counters-basis]").contains(
        &clearance_atlas::i18n::format::date(newest, clearance_atlas::i18n::Locale::En)
    ));
}

#[wasm_bindgen_test]
async fn language_switch_changes_text_and_html_lang() {
    mount_fresh().await;
    click("[data-testid=lang-ru]");
    leptos::task::tick().await;
    let lang = document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    assert_eq!(lang, "ru");
    assert_eq!(
        text_of("[data-testid=counter-hectares] .value"),
        clearance_atlas::i18n::format::auto(
            latest_cumulative("hectares"),
            1,
            clearance_atlas::i18n::Locale::Ru
        )
    );
    assert!(text_of("h1").contains("Разминирование"));
}

fn key(selector: &str, k: &str) {
    let el = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .expect("element");
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(k);
    let ev =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    el.dispatch_event(&ev).expect("dispatch");
}

fn attr(selector: &str, name: &str) -> String {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute(name))
        .unwrap_or_default()
}

/// Fuzuli's 2025 hectares as printed in the data file.
fn fuzuli_2025() -> f64 {
    include_str!("../data/totals.csv")
        .lines()
        .find(|l| l.starts_with("district_year,") && l.contains(",2025,fuzuli,hectares,"))
        .and_then(|l| l.split(',').nth(6))
        .and_then(|v| v.parse().ok())
        .expect("fuzuli 2025 row")
}

#[wasm_bindgen_test]
async fn clicking_a_district_selects_it_and_drives_the_counters() {
    mount_fresh().await;
    assert_eq!(
        attr("[data-testid=district-fuzuli]", "data-selected"),
        "false"
    );
    click("[data-testid=district-fuzuli]");
    leptos::task::tick().await;
    assert_eq!(
        attr("[data-testid=district-fuzuli]", "data-selected"),
        "true"
    );
    assert_eq!(
        attr("[data-testid=district-fuzuli]", "aria-pressed"),
        "true"
    );
    let en =
        clearance_atlas::i18n::format::number(fuzuli_2025(), 1, clearance_atlas::i18n::Locale::En);
    assert_eq!(text_of("[data-testid=counter-hectares] .value"), en);
    assert!(text_of("[data-testid=counters-basis]").contains("Fuzuli"));
    // Anti-tank mines are not published apart per district: the card says what is, the
    // Statistics Committee's mines of both kinds, read here from the file.
    let mines = include_str!("../data/totals.csv")
        .lines()
        .find(|l| l.starts_with("district_period,ssc,") && l.contains(",fuzuli,mines,"))
        .and_then(|l| l.split(',').nth(6))
        .and_then(|v| v.parse::<f64>().ok())
        .expect("Fuzuli's mines in the file");
    let at = text_of("[data-testid=counter-anti-tank]");
    assert!(
        at.contains(&clearance_atlas::i18n::format::int(
            mines,
            clearance_atlas::i18n::Locale::En
        )),
        "{at}"
    );
    assert!(text_of("[data-testid=panel-title]").contains("Fuzuli"));
    // Escape clears the selection.
    key("[data-testid=district-fuzuli]", "Escape");
    leptos::task::tick().await;
    assert_eq!(
        attr("[data-testid=district-fuzuli]", "data-selected"),
        "false"
    );
    assert!(text_of("[data-testid=counters-basis]").contains("latest published statement"));
}

#[wasm_bindgen_test]
async fn enter_on_a_focused_district_selects_it() {
    mount_fresh().await;
    key("[data-testid=district-fuzuli]", "Enter");
    leptos::task::tick().await;
    assert_eq!(
        attr("[data-testid=district-fuzuli]", "data-selected"),
        "true"
    );
    click("[data-testid=whole-region]");
    leptos::task::tick().await;
    assert_eq!(
        attr("[data-testid=district-fuzuli]", "data-selected"),
        "false"
    );
}

#[wasm_bindgen_test]
async fn hover_shows_the_tooltip_with_the_value_from_the_data_file() {
    mount_fresh().await;
    let el = document()
        .query_selector("[data-testid=district-fuzuli]")
        .ok()
        .flatten()
        .expect("path");
    let ev = web_sys::MouseEvent::new("mouseenter").expect("event");
    el.dispatch_event(&ev).expect("dispatch");
    leptos::task::tick().await;
    let tip = text_of("[data-testid=map-tooltip]");
    let en =
        clearance_atlas::i18n::format::number(fuzuli_2025(), 1, clearance_atlas::i18n::Locale::En);
    assert!(
        tip.contains("Fuzuli") && tip.contains(&en),
        "tooltip: {tip}"
    );
    assert!(tip.contains("Report.az"));
}

/// Sum of a numeric column of weeks.csv over counted weeks starting in `year`, read by the test.
fn weekly_sum(year: &str, col: usize) -> f64 {
    include_str!("../data/weeks.csv")
        .lines()
        .filter(|l| l.starts_with(year))
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|f| f[7] != "withheld" && f[8].is_empty())
        .filter_map(|f| f[col].parse::<f64>().ok())
        .sum()
}

#[wasm_bindgen_test]
async fn range_preset_changes_counters_to_weekly_sums() {
    mount_fresh().await;
    click("[data-testid=preset-year]");
    leptos::task::tick().await;
    let ha = weekly_sum("2026", 5);
    let at = weekly_sum("2026", 2);
    let en = |v: f64, d: usize| {
        clearance_atlas::i18n::format::number(v, d, clearance_atlas::i18n::Locale::En)
    };
    assert_eq!(text_of("[data-testid=counter-hectares] .value"), en(ha, 1));
    assert_eq!(text_of("[data-testid=counter-anti-tank] .value"), en(at, 0));
    assert!(text_of("[data-testid=counters-basis]").contains("Sum of"));
    assert_eq!(attr("[data-testid=preset-year]", "aria-pressed"), "true");
    click("[data-testid=preset-all]");
    leptos::task::tick().await;
    assert!(text_of("[data-testid=counters-basis]").contains("latest published statement"));
}

#[wasm_bindgen_test]
async fn arrow_keys_walk_the_weekly_chart() {
    mount_fresh().await;
    key(".chart-wrap[aria-describedby=weekly-keys]", "Home");
    leptos::task::tick().await;
    // The first counted week in the file: 15-21 Dec 2020.
    let tip = text_of("[data-testid=weekly-tooltip]");
    assert!(tip.contains("15–21 Dec 2020"), "tooltip: {tip}");
    key(".chart-wrap[aria-describedby=weekly-keys]", "ArrowRight");
    leptos::task::tick().await;
    assert!(text_of("[data-testid=weekly-tooltip]").contains("5–10 Apr 2021"));
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

#[wasm_bindgen_test]
async fn counters_show_final_figures_on_load_and_count_up_only_on_a_change() {
    mount_fresh().await;
    sleep(100).await;
    let final_text = clearance_atlas::i18n::format::auto(
        latest_cumulative("hectares"),
        1,
        clearance_atlas::i18n::Locale::En,
    );
    assert_eq!(text_of("[data-testid=counter-hectares] .value"), final_text);
    // On load nothing animates: what a capture sees is the final figure.
    assert!(document()
        .query_selector("[data-testid=counter-hectares] .value-anim")
        .ok()
        .flatten()
        .is_none());
    let before = text_of("[data-testid=counter-hectares] .value");
    click("[data-testid=preset-year]");
    // The count-up starts from the old figure in the same update: the new figure is never
    // shown first and then taken back.
    leptos::task::tick().await;
    let figure = |s: String| -> f64 {
        let digits: String = s
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        digits.parse().unwrap_or(f64::NAN)
    };
    assert_eq!(
        figure(text_of("[data-testid=counter-hectares] .value-anim")),
        figure(before)
    );
    sleep(100).await;
    let final_text = text_of("[data-testid=counter-hectares] .value");
    let anim = text_of("[data-testid=counter-hectares] .value-anim");
    assert!(
        !anim.is_empty() && anim != final_text,
        "animating copy: {anim}"
    );
    assert_eq!(
        attr("[data-testid=counter-hectares] .value-anim", "aria-hidden"),
        "true"
    );
    sleep(1200).await;
    assert_eq!(
        document()
            .query_selector("[data-testid=counter-hectares] .value-anim")
            .ok()
            .flatten()
            .map(|_| ()),
        None
    );
}

/// The canvas surface sets a font only when it changes (`web::canvas::Font`): a rotated label
/// is drawn between `save()` and `restore()`, and whatever it draws, the context's font must
/// stay the one the surface believes it set, or the next label is drawn in a stale font.
#[wasm_bindgen_test]
fn canvas_text_keeps_its_font_across_rotated_labels() {
    use clearance_atlas::web::canvas::Surface;
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    let canvas = document()
        .create_element("canvas")
        .expect("canvas")
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .expect("a canvas element");
    canvas.set_width(300);
    canvas.set_height(200);
    let ctx = canvas
        .get_context("2d")
        .expect("context")
        .expect("2d")
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .expect("2d context");
    let mut surface = Surface::canvas(canvas.clone()).expect("surface");
    let small = TextStyle::from(("sans-serif", 10.0)).pos(Pos::new(HPos::Left, VPos::Top));
    let big = TextStyle::from(("sans-serif", 20.0)).transform(FontTransform::Rotate270);
    let font_of = |size: &str| format!("{size}px sans-serif");
    surface.draw_text("a", &small, (10, 10)).expect("drawn");
    assert!(ctx.font().contains(&font_of("10")), "{}", ctx.font());
    surface
        .draw_text("rotated", &big, (50, 150))
        .expect("drawn");
    assert!(
        ctx.font().contains(&font_of("20")),
        "the rotated label's font outlives its restore(): {}",
        ctx.font()
    );
    surface.draw_text("b", &small, (10, 30)).expect("drawn");
    assert!(ctx.font().contains(&font_of("10")), "{}", ctx.font());
    surface
        .draw_text("rotated again", &big, (80, 150))
        .expect("drawn");
    surface
        .draw_text("c", &big.transform(FontTransform::None), (10, 60))
        .expect("drawn");
    assert!(ctx.font().contains(&font_of("20")), "{}", ctx.font());
}
