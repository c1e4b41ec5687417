//! The release build's weeks' notes file (see `data::digest`): the whole `data/weeks.csv`
//! beside the app as `weeks-<hash>.csv`, named in `<meta name="atlas-weeks" content="…">` by
//! `scripts/post-build.mjs` and precached by the service worker; the single-file build carries
//! it inline (`#atlas-weeks-inline`, a JSON string).

use crate::data::Week;
use crate::state::AppState;
use leptos::prelude::{document, WithValue};

/// The file's text, or `None` when it cannot be had now (offline before the cache was filled).
pub async fn text() -> Option<String> {
    if let Some(el) = document().get_element_by_id("atlas-weeks-inline") {
        return js_sys::JSON::parse(&el.text_content()?).ok()?.as_string();
    }
    let name = document()
        .query_selector("meta[name=atlas-weeks]")
        .ok()??
        .get_attribute("content")?;
    super::fetch_text(&name).await
}

/// The notes could not be had (not fetched, not read, or not the embedded weeks).
#[derive(Debug)]
pub struct NotesMissing;

impl From<leptos::wasm_split::SplitLoaderError> for NotesMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotesMissing
    }
}

crate::lazy_fn! {
    /// The whole weekly file read by the app's parser, in the chunk `below` (so the parsers
    /// stay out of the main module).
    below: fn read_weeks(text: String) -> Result<Vec<Week>, NotesMissing> {
        crate::data::parse::parse_weeks("weeks.csv", &text, crate::web::today().add_days(7))
            .map_err(|e| {
                leptos::logging::warn!("the weeks' notes file has {} problem(s)", e.len());
                NotesMissing
            })
    }
}

/// Fetches, reads and joins the weeks' notes to the embedded data (at once when it has them
/// already: builds without the digest). The page runs it as a quiet lazy part once the first
/// screen is drawn, so a failure is retried with the other parts (`app::notes_part`).
pub async fn load(app: AppState) -> Result<(), NotesMissing> {
    if app.embedded.with_value(|d| d.notes_pending) {
        let Some(text) = text().await else {
            leptos::logging::warn!("the weeks' notes file could not be fetched");
            return Err(NotesMissing);
        };
        if !app.take_notes(read_weeks(text).await?) {
            leptos::logging::warn!("the weeks' notes file is not the one the page was built with");
            return Err(NotesMissing);
        }
    }
    Ok(())
}
