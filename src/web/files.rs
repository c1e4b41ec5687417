//! Loading a weekly data file in the browser: from the file picker or a drop, from `?data=`
//! (kiosks), or the copy kept in local storage. The file is checked with the embedded data's
//! own parser; on failure nothing changes and the outcome lists every problem.

use super::today;
use crate::data::sheet::FileFormat;
use crate::data::DataError;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Local storage key of a kept data file.
pub const STORAGE_KEY: &str = "clearance-atlas:weeks";

/// Result of the last load, for the message area.
#[derive(Clone, PartialEq)]
pub enum LoadOutcome {
    /// Loaded: file name, records, what the file turned out to be, and true when the reader
    /// asked to keep it and the browser's storage refused (full, or turned off).
    Loaded(String, usize, FileFormat, bool),
    /// Rejected: file name and problems.
    Failed(String, Vec<DataError>),
    /// The file could not be read at all (moved, or access refused): its name.
    Unreadable(String),
}

/// Parses bytes as a weekly data file and applies them; returns the outcome.
pub fn apply_bytes(app: AppState, name: &str, bytes: &[u8], keep: bool) -> LoadOutcome {
    let base = app.embedded.get_value();
    match base.with_weeks_file(name, bytes, today().add_days(7)) {
        Ok((ds, format)) => {
            let n = ds.weeks.len();
            app.use_dataset(ds);
            let not_kept = keep && !keep_bytes(bytes);
            LoadOutcome::Loaded(name.to_string(), n, format, not_kept)
        }
        Err(e) => LoadOutcome::Failed(name.to_string(), e),
    }
}

/// Keeps a loaded file in local storage, as the text it decoded to (a UTF-16 or Windows-1251
/// file included); false when the storage is off or refuses it (full).
fn keep_bytes(bytes: &[u8]) -> bool {
    match (storage(), crate::data::sheet::decode(bytes)) {
        (Some(s), Ok((text, _))) => s.set_item(STORAGE_KEY, &text).is_ok(),
        _ => false,
    }
}

/// The page's local storage, where it is allowed.
pub fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The kept data file's text, if the reader kept one (a cheap look at local storage).
pub fn kept_text() -> Option<String> {
    storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
}

/// Applies the data a page starts with instead of the embedded file: the kept copy at once,
/// `?data=` when it has been fetched. Resolves once the kept copy is applied or refused (each
/// refusal logged); in the release build its code is a chunk of its own (`kept`), fetched only
/// by a page that has such data.
pub async fn apply_start_data(app: AppState, kept: Option<String>, path: Option<String>) {
    match start_data(app, kept, path).await {
        Ok(()) => {}
        Err(LoaderMissing) => {
            leptos::logging::warn!(
                "the data file loader could not be fetched; the embedded data is shown"
            )
        }
    }
}

/// The `kept` chunk could not be fetched.
#[derive(Debug)]
pub struct LoaderMissing;

impl From<leptos::wasm_split::SplitLoaderError> for LoaderMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoaderMissing
    }
}

crate::lazy_fn! {
    /// The start-up's data files applied, in the chunk `kept`.
    kept: fn start_data(
        app: AppState,
        kept: Option<String>,
        path: Option<String>
    ) -> Result<(), LoaderMissing> {
        apply_kept_and_url(app, kept, path);
        Ok(())
    }
}

fn apply_kept_and_url(app: AppState, kept: Option<String>, path: Option<String>) {
    if let Some(text) = kept {
        if let LoadOutcome::Failed(_, e) = apply_bytes(app, "local storage", text.as_bytes(), false)
        {
            leptos::logging::warn!("kept data file ignored: {} problem(s)", e.len());
        }
    }
    // The page does not wait for `?data=` (a slow server would hold the first screen): it is
    // applied when it arrives, as a file the reader loads.
    if let Some(path) = path {
        leptos::task::spawn_local(load_from_url(app, path));
    }
}

/// Fetches `?data=` (a relative, same-origin path checked by the URL parser) and applies it.
async fn load_from_url(app: AppState, path: String) {
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
}

/// The bytes of a file the reader chose or dropped.
pub async fn read_file(file: web_sys::File) -> Option<Vec<u8>> {
    let buf = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Offers `content` as a file download; false when the browser refused to make it.
pub fn download(name: &str, mime: &str, content: &str) -> bool {
    download_part(name, mime, &JsValue::from_str(content))
}

/// Offers one part (a string, or a byte array: `Blob` takes either) as a file download; false
/// when the browser refused to make it.
pub fn download_part(name: &str, mime: &str, part: &JsValue) -> bool {
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(href) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let started = click_link(name, &href);
    let _ = web_sys::Url::revoke_object_url(&href);
    started
}

/// Clicks a temporary link to `href` that downloads as `name`; false when it could not.
pub fn click_link(name: &str, href: &str) -> bool {
    let Ok(a) = leptos::prelude::document().create_element("a") else {
        return false;
    };
    let _ = a.set_attribute("href", href);
    let _ = a.set_attribute("download", name);
    match a.dyn_ref::<web_sys::HtmlElement>() {
        Some(a) => {
            a.click();
            true
        }
        None => false,
    }
}
