//! The first screen as HTML, written by the build into `index.html` (native only).
//!
//! The page's own components (header, counters, map, range control, weekly chart) rendered
//! once, at build time, for the default view (no range, no district, the embedded data) in each
//! language, with Leptos's `to_html`. The shell shows the reader's language while the wasm
//! loads, so the figures, the map and the chart's frame appear with the HTML and style sheet
//! instead of after the wasm; the app then draws the same page underneath and takes its place
//! in one frame once it is ready (`web::page::mark_ready`). Effects do not run here (they would
//! touch the browser): what an effect draws — the weekly chart's canvas — is blank until the
//! app draws it, in a box of the size it will have.
//!
//! Nothing in it depends on the day it is read: the header's age ("3 weeks ago") is left out
//! (`web::today` is the first day natively) and the app adds it.

use crate::components::{
    counters::Counters, header::Header, range_control::RangeControl, region_map::RegionMap,
    weekly_chart::WeeklyChart,
};
use crate::data::Dataset;
use crate::i18n::Locale;
use crate::state::AppState;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// An executor that drops what it is given: the effects the components create are for the
/// browser and never run in a prerender.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: Pin<Box<dyn Future<Output = ()> + Send>>) {}
    fn spawn_local(&self, _: Pin<Box<dyn Future<Output = ()>>>) {}
    fn poll_local(&self) {}
}

/// The first screen in `locale`, as the app lays it out inside `#app` for the default view.
pub fn first_screen(data: &Dataset, locale: Locale) -> String {
    // Fails only when an executor is already set (a second call): that one is ours.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    let html = owner.with(|| {
        let app = AppState::new(data.clone(), locale, Default::default());
        provide_context(app);
        view! {
            <a class="skip-link" href="#figures">{locale.messages().skip_link}</a>
            <Header/>
            <main id="figures" tabindex="-1">
                <Counters/>
                <RegionMap/>
                <RangeControl/>
                <WeeklyChart/>
            </main>
        }
        .to_html()
    });
    drop(owner);
    clean(&html)
}

/// The controls of the first screen a reader can use before the app is ready: their
/// `data-testid` becomes `data-tap` in the prerender, and the shell's script queues a tap on one
/// and makes it on the live control of the same id once the app is ready (index.html).
pub const TAPPABLE: [&str; 8] = [
    "district-",
    "preset-",
    "lang-",
    "map-layer",
    "share-button",
    "range-from",
    "range-to",
    "play",
];

/// True when a control with this test id queues a tap made before the app is ready.
pub fn is_tappable(testid: &str) -> bool {
    const CONTAINERS: [&str; 4] = [
        "lang-switch",
        "district-panel",
        "district-ranking",
        "district-facts",
    ];
    !CONTAINERS.contains(&testid) && TAPPABLE.iter().any(|p| testid.starts_with(p))
}

/// Drops what only the live page uses: Leptos's hydration markers (`<!>`, `<!--<() />-->`) and
/// the `data-testid` attributes (the tests address the app, never its stand-in); a control a
/// reader can tap keeps its id as `data-tap` ([`is_tappable`]).
pub fn clean(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', ' ']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("<!>") {
            rest = r;
        } else if let Some(r) = rest.strip_prefix("<!--") {
            match r.find("-->") {
                Some(end) => rest = &r[end + 3..],
                None => rest = "",
            }
        } else if let Some(r) = rest.strip_prefix(" data-testid=\"") {
            match r.find('"') {
                Some(end) => {
                    if is_tappable(&r[..end]) {
                        out.push_str(" data-tap=\"");
                        out.push_str(&r[..end + 1]);
                    }
                    rest = &r[end + 1..];
                }
                None => rest = "",
            }
        } else {
            let n = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..n]);
            rest = &rest[n..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn clean_drops_markers_and_test_ids_only() {
        assert_eq!(
            clean(r#"<p data-testid="x" class="a">1<!> 2<!--<() />--></p> data-testid"#),
            r#"<p class="a">1 2</p> data-testid"#
        );
    }

    #[test]
    fn controls_a_reader_can_tap_keep_their_id_as_data_tap() {
        assert_eq!(
            clean(
                r#"<path data-testid="district-jabrayil" d="M0"></path><nav data-testid="lang-switch"><button data-testid="lang-az">AZ</button></nav>"#
            ),
            r#"<path data-tap="district-jabrayil" d="M0"></path><nav><button data-tap="lang-az">AZ</button></nav>"#
        );
        assert_eq!(
            clean(r#"<button data-testid="preset-12w">"#),
            r#"<button data-tap="preset-12w">"#
        );
        assert_eq!(clean(r#"<p data-testid="counter-hectares">"#), "<p>");
        assert_eq!(clean(r#"<ol data-testid="district-ranking">"#), "<ol>");
    }
}
