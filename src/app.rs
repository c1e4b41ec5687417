//! The page: loads the embedded data, provides state, lays out the story; shows a readable
//! error instead of a blank page when the data cannot be read or the app panics.

use crate::components::{
    annual_chart::AnnualChart, context_cards::ContextCards, counters::Counters,
    data_table::DataTable, header::Header, method::SourcesMethod, range_control::RangeControl,
    region_map::RegionMap, weekly_chart::WeeklyChart,
};
use crate::data::{DataError, Dataset, Date};
use crate::i18n::Locale;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Today's date from the browser clock (UTC).
pub fn today() -> Date {
    let ms = js_sys::Date::now();
    Date::from_days((ms / 86_400_000.0).floor() as i32)
}

/// The language to start with: the browser's, else English.
fn initial_locale() -> Locale {
    window()
        .navigator()
        .language()
        .and_then(|l| Locale::parse(&l))
        .unwrap_or_default()
}

/// Writes a readable message into the page when the app panics, then logs the panic.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(el) = doc.get_element_by_id("crash") {
                let _ = el.remove_attribute("hidden");
            }
            if let Some(el) = doc.get_element_by_id("loading") {
                el.remove();
            }
        }
    }));
}

/// Mounts the app into `#app`, replacing the loading message.
pub fn mount() {
    let doc = document();
    if let Some(el) = doc.get_element_by_id("loading") {
        el.remove();
    }
    let target = doc
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(t) => leptos::mount::mount_to(t, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}

/// Marks the page ready for embedders, kiosks and tests after the first complete draw.
fn mark_ready() {
    request_animation_frame(|| {
        if let Some(el) = document().document_element() {
            if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = h.dataset().set("ready", "1");
            }
        }
    });
}

/// Sets `<html lang>` to follow the language.
fn sync_html_lang(locale: Locale) {
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("lang", locale.as_str());
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let locale = initial_locale();
    match Dataset::embedded(today().add_days(7)) {
        Ok(ds) => {
            let state = AppState::new(ds, locale);
            provide_context(state);
            Effect::new(move |_| sync_html_lang(state.locale.get()));
            Effect::new(move |_| mark_ready());
            view! {
                <a class="skip-link" href="#figures">{move || state.t().skip_link}</a>
                <Header/>
                <main id="figures" tabindex="-1">
                    <Counters/>
                    <RegionMap/>
                    <RangeControl/>
                    <WeeklyChart/>
                    <AnnualChart/>
                    <ContextCards/>
                    <DataTable/>
                    <SourcesMethod/>
                </main>
                <footer class="site-footer">
                    <p>{move || state.t().footer}</p>
                </footer>
            }
            .into_any()
        }
        Err(errors) => view! { <DataErrors errors=errors locale=locale/> }.into_any(),
    }
}

/// The list of problems when the data cannot be read: visible, never a blank page.
#[component]
fn DataErrors(
    /// Every problem found.
    errors: Vec<DataError>,
    /// The language.
    locale: Locale,
) -> impl IntoView {
    Effect::new(move |_| mark_ready());
    view! {
        <main class="data-errors" role="alert" data-testid="data-errors">
            <h1>{locale.messages().title}</h1>
            <p>{locale.messages().data_error}</p>
            <ul>
                {errors.into_iter().take(200).map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}
            </ul>
        </main>
    }
}
