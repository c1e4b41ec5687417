//! Loading newer data without a rebuild: file picker, drag and drop, `?data=` for kiosks, and
//! a copy kept in local storage on request. The file is checked with the embedded data's own
//! parser; on failure the page keeps what it had and lists every problem in the reader's language.

use crate::data::sheet::{Delimiter, FileFormat};
use crate::data::DataError;
use crate::i18n::{errors, fill};
use crate::state::use_app;
use crate::web::files::{apply_bytes, read_file, storage, LoadOutcome, STORAGE_KEY};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What a loaded file turned out to be, in words: "semicolon-separated, decimal comma, UTF-8".
fn format_words(t: &crate::i18n::Messages, f: FileFormat) -> String {
    let delimiter = match f.delimiter {
        Delimiter::Comma => t.fmt_comma,
        Delimiter::Semicolon => t.fmt_semicolon,
        Delimiter::Tab => t.fmt_tab,
    };
    let mut parts = vec![delimiter];
    if f.decimal_comma {
        parts.push(t.fmt_decimal_comma);
    }
    parts.push(f.encoding.name());
    parts.join(", ")
}

/// The "Load newer data" panel; `children` follow its file box (the page puts the report
/// form's opener there).
#[component]
pub fn DataLoader(children: Children) -> impl IntoView {
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
            // A file that cannot be read (moved, access refused) says so; it is not an empty file.
            let result = match read_file(file).await {
                Some(bytes) => apply_bytes(app, &name, &bytes, keep.get_untracked()),
                None => LoadOutcome::Unreadable(name),
            };
            outcome.set(Some(result));
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
            LoadOutcome::Loaded(file, n, format, not_kept) => view! {
                <p class="load-ok" role="status" data-testid="load-ok">
                    {fill(t.loaded_ok, &[("n", &n.to_string()), ("file", &file), ("format", &format_words(t, format))])}
                </p>
                {not_kept.then(|| view! { <p class="load-warn" role="alert" data-testid="keep-failed">{t.keep_failed}</p> })}
            }
            .into_any(),
            LoadOutcome::Unreadable(file) => view! {
                <div class="load-errors" role="alert" data-testid="load-unreadable">
                    <p>{fill(t.file_unreadable, &[("file", &file)])}</p>
                </div>
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
            {children()}
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
                        app.reset_to_embedded();
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
