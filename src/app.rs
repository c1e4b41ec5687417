//! The page: loads the embedded data, applies the URL state, provides state, lays out the
//! story for the standard, embed and kiosk modes; shows a readable error instead of a blank
//! page when the data cannot be read or the app panics.

use crate::components::{
    annual_chart::annual_part,
    context_cards::context_part,
    counters::Counters,
    data_loader::{CustomDataBanner, DataLoader},
    data_table::table_part,
    header::Header,
    kiosk_shell::kiosk_part,
    lazy::{Lazy, Parts},
    method::method_part,
    range_control::RangeControl,
    region_map::RegionMap,
    report_form::PasteReport,
    take_away::print_qr_part,
    weekly_chart::WeeklyChart,
};
use crate::data::Dataset;
use crate::embed::url::{self, Block, Known, Mode};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::page;
use crate::web::stage::Stage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the app into `#app`, replacing the loading message. A prerendered first screen
/// (`#loading.first-screen`, see `crate::prerender`) stays in view, with the app drawing beneath
/// it, until the app's own first screen is ready (`page::uncover`).
pub fn mount() {
    let doc = document();
    if let Some(el) = doc.get_element_by_id("loading") {
        if el.class_list().contains("first-screen") {
            if let Some(app) = doc.get_element_by_id("app") {
                let _ = app.class_list().add_1("covered");
            }
        } else {
            el.remove();
        }
    }
    let target = doc
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(t) => leptos::mount::mount_to(t, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
    crate::web::page::register_service_worker();
}

/// The page's language at start-up: the URL's `lang`, else the browser's, else English.
pub fn initial_locale() -> Locale {
    let query = window().location().search().unwrap_or_default();
    let known = Known {
        districts: &[],
        layers: &[],
    };
    url::parse(&query, &known)
        .0
        .lang
        .unwrap_or_else(page::browser_locale)
}

/// The state for a dataset and this page's address: the view it asks for, its language (else
/// `default_locale`), its mode and fixed options. Returns the parsed address too.
fn state_from_url(ds: Dataset, default_locale: Locale) -> (AppState, url::ViewState) {
    let query = window().location().search().unwrap_or_default();
    let v = read_url(&ds, &query);
    let state = AppState::new(ds, v.lang.unwrap_or(default_locale), v.options.clone());
    state.show_view(&v);
    (state, v)
}

/// Reads the page's address against the dataset's districts and layers; logs every ignored
/// parameter.
fn read_url(ds: &Dataset, query: &str) -> url::ViewState {
    let ids: Vec<&str> = ds.districts.iter().map(|d| d.id.as_str()).collect();
    let layers: Vec<String> = crate::geo::choropleth::layers(ds)
        .iter()
        .map(|l| l.key())
        .collect();
    let (v, warnings) = url::parse(
        query,
        &Known {
            districts: &ids,
            layers: &layers,
        },
    );
    for w in warnings {
        leptos::logging::warn!("ignored URL parameter '{}': {}", w.param, w.reason);
    }
    v
}

/// The weeks' notes (`web::notes`) as a quiet lazy part: it shows nothing.
async fn notes_part(state: AppState) -> crate::components::lazy::Part {
    crate::web::notes::load(state)
        .await
        .map_err(|_| crate::components::lazy::PartError)?;
    Ok(leptos::children::ViewFn::from(|| ()))
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let default_locale = page::browser_locale();
    let t0 = page::now_ms();
    // The release build starts from the compiled-in digest (no parsing; the weeks' notes
    // follow, `web::notes`); other builds, or data that did not parse at build time, parse the
    // embedded files.
    // The problems are written out here, so that the digest build, whose data was checked
    // when it was built, carries no error texts in its main module (about 1 KB).
    #[cfg(all(feature = "split", target_arch = "wasm32", atlas_digest))]
    let parsed: Result<Dataset, Vec<String>> = crate::data::digest::dataset().ok_or_else(Vec::new);
    #[cfg(not(all(feature = "split", target_arch = "wasm32", atlas_digest)))]
    let parsed = Dataset::embedded(crate::web::today().add_days(7))
        .map_err(|es| es.iter().map(ToString::to_string).collect::<Vec<String>>());
    // Start-up cost of the embedded data, for the benchmark.
    if let Some(h) = page::html() {
        let _ = h
            .dataset()
            .set("parseMs", &format!("{:.2}", page::now_ms() - t0));
    }
    match parsed {
        Ok(ds) => {
            let (state, v) = state_from_url(ds, default_locale);
            provide_context(state);
            // A kept data file or `?data=`: their loader is fetched and applied before the
            // counters and the map are drawn, so they never show the embedded figures first.
            let kept = crate::web::files::kept_text();
            let start_data = kept.is_some() || v.options.data.is_some();
            page::follow_language_and_theme(state);
            page::keep_url_in_step(state, default_locale);
            // The page renders in steps (see `web::stage`).
            let stage = Stage::new();
            if start_data {
                let path = v.options.data.clone();
                leptos::task::spawn_local(async move {
                    crate::web::files::apply_start_data(state, kept, path).await;
                    stage.after_paint(0);
                });
            } else {
                stage.after_paint(0);
            }
            let at = move |n: u8| stage.at(n);
            // Complete once the lazy parts below the first screen have loaded (or failed).
            let parts = Parts::provide();
            let pending = parts.pending;
            Effect::new(move |_| {
                if at(3) {
                    parts.below.set(true);
                }
            });
            let completed = StoredValue::new(false);
            Effect::new(move |_| match stage.get() {
                1 => stage.next_task(1),
                2 => {
                    page::mark_ready();
                    stage.after_paint(2);
                }
                3 if pending.get() == 0 => {
                    // A frame later, so that parts created in this step have counted themselves.
                    request_animation_frame(move || {
                        if pending.get_untracked() == 0 && !completed.get_value() {
                            completed.set_value(true);
                            page::mark_complete();
                            if state.mode == Mode::Standard {
                                crate::components::share::preload();
                            }
                        }
                    });
                }
                _ => {}
            });
            if state.mode == Mode::Embed {
                Effect::new(move |_| page::post_height_when_framed());
            }
            if state.mode == Mode::Kiosk {
                page::start_heartbeat();
            }
            let shows = move |b: Block| state.shows(b);
            view! {
                <a class="skip-link" href="#figures">{move || state.t().skip_link}</a>
                <Header/>
                <CustomDataBanner/>
                <main id="figures" tabindex="-1">
                    <Show when=move || at(1) && shows(Block::Counters)><Counters/></Show>
                    <Show when=move || at(1) && shows(Block::Map)><RegionMap/></Show>
                    <Show when=move || at(2) && shows(Block::Range)><RangeControl/></Show>
                    <Show when=move || at(2) && shows(Block::Weekly)><WeeklyChart/></Show>
                    // Below the first screen: lazy parts, loaded once the first screen is ready.
                    <Show when=move || at(3) && shows(Block::Annual)><Lazy load=annual_part name="annual" notes=true/></Show>
                    <Show when=move || at(3) && shows(Block::Context)><Lazy load=context_part name="context" notes=true/></Show>
                    <Show when=move || at(3) && shows(Block::Table)><Lazy load=table_part name="table" notes=true/></Show>
                    <Show when=move || at(3) && state.mode == Mode::Standard>
                        <Lazy load=method_part name="method" notes=true/>
                        <Lazy load=loader_part name="loader"/>
                    </Show>
                </main>
                // Last, so that it never sits in the first screen and then moves (CLS).
                <Show when=move || at(3)><Footer/></Show>
                <Show when=move || state.mode == Mode::Kiosk><Lazy load=kiosk_part name="kiosk"/></Show>
                // The weeks' notes (release build: after the first screen; shows nothing).
                <Lazy load=move || notes_part(state) name="notes" quiet=true/>
            }
            .into_any()
        }
        Err(errors) => {
            // Never leave the prerendered figures over a page that cannot show its own.
            page::uncover();
            view! { <DataErrors errors=errors locale=default_locale/> }.into_any()
        }
    }
}

/// Footer: in embed mode a small "Full view · Sources" link to this view without `embed`.
#[component]
fn Footer() -> impl IntoView {
    let app = crate::state::use_app();
    let full_url = move || {
        let path = window().location().pathname().unwrap_or_default();
        format!("{path}{}", app.view_query(Mode::Standard))
    };
    // The printed bulletin's one line of sources: the outlets of the headline figures, how many
    // outlets printed the weekly reports, and the address of this exact view.
    let print_sources = move || {
        let l = app.locale.get();
        let mut outlets: Vec<String> = Vec::new();
        if let Some(h) = app.derived().headline.get() {
            for f in h.figures.values().chain(std::iter::once(&h.total)) {
                for c in f.sources.iter().take(1) {
                    let name = c.outlet_shown(l == crate::i18n::Locale::En).to_string();
                    if !outlets.contains(&name) {
                        outlets.push(name);
                    }
                }
            }
        }
        let n = app.data.with(|d| {
            let mut all: Vec<&str> = d
                .weeks
                .iter()
                .filter(|w| w.counts())
                .flat_map(|w| w.sources.iter().map(|c| c.outlet_name()))
                .collect();
            crate::sort::sort(&mut all);
            all.dedup();
            all.len()
        });
        let url = format!(
            "{}{}",
            page::address(),
            window().location().search().unwrap_or_default()
        );
        crate::i18n::fill(
            l.messages().print_sources,
            &[
                ("outlets", &outlets.join(", ")),
                ("n", &n.to_string()),
                ("url", &url),
            ],
        )
    };
    view! {
        <footer class="site-footer">
            {move || match app.mode {
                Mode::Embed => view! {
                    <p class="embed-credit">
                        <a href=full_url target="_blank" rel="noopener">{app.t().full_view}</a>
                        " · ANAMA"
                    </p>
                }
                .into_any(),
                _ => view! { <p>{app.t().footer}</p> }.into_any(),
            }}
            <p class="print-only print-sources" data-testid="print-sources">{print_sources}</p>
            {(app.mode == Mode::Standard).then(|| view! { <Lazy load=print_qr_part name="print-qr"/> })}
        </footer>
    }
}

/// The list of problems when the data cannot be read: visible, never a blank page.
#[component]
fn DataErrors(
    /// Every problem found, in words.
    errors: Vec<String>,
    /// The language.
    locale: Locale,
) -> impl IntoView {
    Effect::new(move |_| {
        page::mark_ready();
        page::mark_complete();
    });
    view! {
        <main class="data-errors" role="alert" data-testid="data-errors">
            <h1>{locale.messages().title}</h1>
            <p>{locale.messages().data_error}</p>
            <ul>
                {errors.into_iter().take(200).map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
        </main>
    }
}

crate::lazy_part! {
    /// The data loader with the report form's opener: a lazy part (chunk `below`). Composed
    /// here, so that neither component imports the other.
    below: fn loader_part() { view! { <DataLoader><PasteReport/></DataLoader> } }
}
