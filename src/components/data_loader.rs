//! Loading newer data without a rebuild: file picker, drag and drop, `?data=` for kiosks, and
//! a copy kept in local storage on request. The file is checked with the embedded data's own
//! parser; on failure the page keeps what it had and lists every problem in the reader's language.

use crate::app::today;
use crate::data::DataError;
use crate::i18n::{errors, fill};
use crate::state::{use_app, AppState};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Local storage key of a kept data file.
pub const STORAGE_KEY: &str = "clearance-atlas:weeks";

/// Result of the last load, for the message area.
#[derive(Clone, PartialEq)]
pub enum LoadOutcome {
    /// Loaded: file name and records.
    Loaded(String, usize),
    /// Rejected: file name and problems.
    Failed(String, Vec<DataError>),
}

/// Parses bytes as a weekly data file and applies them; returns the outcome.
pub fn apply_bytes(app: AppState, name: &str, bytes: &[u8], keep: bool) -> LoadOutcome {
    let base = app.embedded.get_value();
    match base.with_weeks_file(name, bytes, today().add_days(7)) {
        Ok(ds) => {
            let n = ds.weeks.len();
            app.data.set(Arc::new(ds));
            app.custom.set(Some(n));
            if keep {
                if let (Some(s), Ok(text)) = (storage(), std::str::from_utf8(bytes)) {
                    let _ = s.set_item(STORAGE_KEY, text);
                }
            }
            LoadOutcome::Loaded(name.to_string(), n)
        }
        Err(e) => LoadOutcome::Failed(name.to_string(), e),
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Restores a kept data file, if any (called once at start-up).
pub fn restore_kept(app: AppState) {
    let Some(text) = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) else {
        return;
    };
    if let LoadOutcome::Failed(_, e) = apply_bytes(app, "local storage", text.as_bytes(), false) {
        leptos::logging::warn!("kept data file ignored: {} problem(s)", e.len());
    }
}

/// Fetches `?data=` (a relative, same-origin path checked by the URL parser) and applies it.
pub fn load_from_url(app: AppState, path: String) {
    leptos::task::spawn_local(async move {
        let outcome = async {
            let resp = JsFuture::from(window().fetch_with_str(&path)).await.ok()?;
            let resp: web_sys::Response = resp.dyn_into().ok()?;
            if !resp.ok() {
                return None;
            }
            let buf = JsFuture::from(resp.array_buffer().ok()?).await.ok()?;
            let bytes = js_sys::Uint8Array::new(&buf).to_vec();
            Some(apply_bytes(app, &path, &bytes, false))
        }
        .await;
        match outcome {
            Some(LoadOutcome::Failed(_, e)) => {
                for x in e.iter().take(20) {
                    leptos::logging::warn!("data file {path}: {x}");
                }
            }
            None => leptos::logging::warn!("data file {path} could not be fetched"),
            _ => {}
        }
    });
}

async fn read_file(file: web_sys::File) -> Option<Vec<u8>> {
    let buf = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

/// The "Load newer data" panel.
#[component]
pub fn DataLoader() -> impl IntoView {
    let app = use_app();
    let outcome = RwSignal::new(None::<LoadOutcome>);
    let keep = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let take = move |file: web_sys::File| {
        let name: String = file
            .name()
            .chars()
            .filter(|c| !c.is_control())
            .take(80)
            .collect();
        if file.size() > crate::data::parse::MAX_FILE_BYTES as f64 {
            outcome.set(Some(LoadOutcome::Failed(
                name.clone(),
                vec![DataError::new(
                    &name,
                    0,
                    0,
                    crate::data::ErrorKind::TooLarge {
                        bytes: file.size() as usize,
                        max: crate::data::parse::MAX_FILE_BYTES,
                    },
                )],
            )));
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let bytes = read_file(file).await.unwrap_or_default();
            outcome.set(Some(apply_bytes(app, &name, &bytes, keep.get_untracked())));
            busy.set(false);
        });
    };
    let on_change = move |e: ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = e.target().and_then(|t| t.dyn_into().ok());
        if let Some(input) = input {
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                take(f);
            }
            input.set_value("");
        }
    };
    let on_drop = move |e: ev::DragEvent| {
        e.prevent_default();
        if let Some(f) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0))
        {
            take(f);
        }
    };
    let message = move || {
        let l = app.locale.get();
        let t = l.messages();
        outcome.get().map(|o| match o {
            LoadOutcome::Loaded(file, n) => view! {
                <p class="load-ok" role="status" data-testid="load-ok">
                    {fill(t.loaded_ok, &[("n", &n.to_string()), ("file", &file)])}
                </p>
            }
            .into_any(),
            LoadOutcome::Failed(file, errs) => view! {
                <div class="load-errors" role="alert" data-testid="load-errors">
                    <p>{fill(t.load_failed, &[("n", &errs.len().to_string()), ("file", &file)])}</p>
                    <ul>
                        {errs.iter().take(100).map(|e| view! { <li>{errors::describe(e, l)}</li> }).collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="data-loader" aria-labelledby="loader-h" data-testid="data-loader">
            <h3 id="loader-h">{move || app.t().update_heading}</h3>
            <p class="note">{move || app.t().update_intro}</p>
            <div
                class="drop-zone"
                on:dragover=move |e: ev::DragEvent| e.prevent_default()
                on:drop=on_drop
            >
                <label class="btn file-btn">
                    {move || app.t().choose_file}
                    <input type="file" accept=".csv,text/csv" data-testid="data-file" on:change=on_change/>
                </label>
                <span class="note">{move || app.t().drop_here}</span>
                <label class="keep">
                    <input type="checkbox" prop:checked=move || keep.get() on:change=move |e| keep.set(event_target_checked(&e))/>
                    {move || app.t().keep_data}
                </label>
            </div>
            <p class="note" aria-live="polite">{move || busy.get().then_some("…")}</p>
            {message}
        </section>
    }
}

/// The banner shown while custom data is in use, with a reset.
#[component]
pub fn CustomDataBanner() -> impl IntoView {
    let app = use_app();
    move || {
        let n = app.custom.get()?;
        let t = app.t();
        Some(view! {
            <div class="custom-banner" role="status" data-testid="custom-banner">
                <span>{fill(t.custom_banner, &[("n", &n.to_string())])}</span>
                <button
                    type="button"
                    class="btn"
                    data-testid="reset-data"
                    on:click=move |_| {
                        app.data.set(app.embedded.get_value());
                        app.custom.set(None);
                        if let Some(s) = storage() {
                            let _ = s.remove_item(STORAGE_KEY);
                        }
                    }
                >
                    {t.reset_data}
                </button>
            </div>
        })
    }
}
