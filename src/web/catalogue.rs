//! The release build's message catalogues (`i18n::catalogue`): the page's language is fetched
//! before the app mounts, another on a switch. The file names, with their content hashes, are
//! in `<meta name="atlas-catalogues" content="az=i18n-az-….txt en=… ru=…">` (written by
//! `scripts/post-build.mjs`). The shell's language script in `index.html` starts the fetch of
//! the page's language before the wasm arrives (`window.__atlasCatalogue = [lang, promise]`);
//! the single-file build carries all three inline (`#atlas-catalogues-inline`, JSON).

use crate::i18n::{catalogue, Locale};
use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether language `l` can be shown now, without a fetch.
pub fn ready(l: Locale) -> bool {
    !catalogue::FETCHED || catalogue::is_loaded(l)
}

/// Loads language `l`'s catalogue unless it is loaded; false (and a warning in the console)
/// when it cannot be fetched or read.
pub async fn ensure(l: Locale) -> bool {
    if ready(l) {
        return true;
    }
    let Some(text) = text_of(l).await else {
        leptos::logging::warn!("the {} catalogue could not be fetched", l.as_str());
        return false;
    };
    match catalogue::install(l, text) {
        Ok(()) => true,
        Err(e) => {
            leptos::logging::warn!("the {} catalogue was refused: {e}", l.as_str());
            false
        }
    }
}

async fn text_of(l: Locale) -> Option<String> {
    if let Some(t) = inline(l) {
        return Some(t);
    }
    if let Some(p) = prefetched(l) {
        if let Some(t) = JsFuture::from(p).await.ok().and_then(|v| v.as_string()) {
            return Some(t);
        }
    }
    let name = file_name(l)?;
    super::fetch_text(&name).await
}

/// The single-file build's inline catalogues.
fn inline(l: Locale) -> Option<String> {
    let el = document().get_element_by_id("atlas-catalogues-inline")?;
    let all = js_sys::JSON::parse(&el.text_content()?).ok()?;
    js_sys::Reflect::get(&all, &JsValue::from_str(l.as_str()))
        .ok()?
        .as_string()
}

/// The shell script's fetch of this language, taken once (a retry fetches anew).
fn prefetched(l: Locale) -> Option<js_sys::Promise> {
    let key = JsValue::from_str("__atlasCatalogue");
    let w: JsValue = window().into();
    let pair: js_sys::Array = js_sys::Reflect::get(&w, &key).ok()?.dyn_into().ok()?;
    let obj: js_sys::Object = w.unchecked_into();
    let _ = js_sys::Reflect::delete_property(&obj, &key);
    if pair.get(0).as_string().as_deref() != Some(l.as_str()) {
        return None;
    }
    pair.get(1).dyn_into().ok()
}

/// The catalogue file's name from the meta tag.
fn file_name(l: Locale) -> Option<String> {
    let meta = document()
        .query_selector("meta[name=atlas-catalogues]")
        .ok()??;
    let content = meta.get_attribute("content")?;
    content
        .split_whitespace()
        .find_map(|p| p.strip_prefix(l.as_str())?.strip_prefix('='))
        .map(str::to_string)
}
