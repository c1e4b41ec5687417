//! The release build's notes files (see `data::digest`): the whole `data/weeks.csv` beside the
//! app as `weeks-<hash>.csv` and the embedded totals as `totals-<hash>.csv`, named in
//! `<meta name="atlas-weeks" content="…">` and `<meta name="atlas-totals" content="…">` by
//! `scripts/post-build.mjs` and precached by the service worker; the single-file build carries
//! them inline (`#atlas-weeks-inline`, `#atlas-totals-inline`, JSON strings).

use crate::data::{Total, Week};
use crate::state::AppState;
use leptos::prelude::{document, WithValue};

/// One notes file's text (`which`: "weeks" or "totals"), or `None` when it cannot be had now
/// (offline before the cache was filled).
async fn text(which: &str) -> Option<String> {
    if let Some(el) = document().get_element_by_id(&format!("atlas-{which}-inline")) {
        return js_sys::JSON::parse(&el.text_content()?).ok()?.as_string();
    }
    let name = document()
        .query_selector(&format!("meta[name=atlas-{which}]"))
        .ok()??
        .get_attribute("content")?;
    super::fetch_text(&name).await
}

/// The notes could not be had (not fetched, not read, or not the embedded data's).
#[derive(Debug)]
pub struct NotesMissing;

impl From<leptos::wasm_split::SplitLoaderError> for NotesMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotesMissing
    }
}

crate::lazy_fn! {
    /// The whole weekly file and the totals read by the app's parsers, in the chunk `below`
    /// (so the parsers stay out of the main module).
    below: fn read_notes(weeks: String, totals: String, districts: Vec<String>) -> Result<(Vec<Week>, Vec<Total>), NotesMissing> {
        use crate::data::parse;
        let latest = crate::web::today().add_days(7);
        let ids: std::collections::HashSet<&str> = districts.iter().map(String::as_str).collect();
        let problems = |n: usize| {
            leptos::logging::warn!("the notes files have {n} problem(s)");
            NotesMissing
        };
        let w = parse::parse_weeks("weeks.csv", &weeks, latest).map_err(|e| problems(e.len()))?;
        let t = parse::parse_totals("totals.csv", &totals, latest, &ids).map_err(|e| problems(e.len()))?;
        Ok((w, t))
    }
}

/// Fetches, reads and joins the notes to the embedded data (at once when it has them already:
/// builds without the digest). The page runs it as a quiet lazy part once the first screen is
/// drawn, so a failure is retried with the other parts (`app::notes_part`).
pub async fn load(app: AppState) -> Result<(), NotesMissing> {
    if app.embedded.with_value(|d| d.notes_pending) {
        // Both files at once, not one after the other.
        let (Some(weeks), Some(totals)) =
            futures::future::join(text("weeks"), text("totals")).await
        else {
            leptos::logging::warn!("the notes files could not be fetched");
            return Err(NotesMissing);
        };
        let districts = app.embedded.with_value(|d| {
            d.districts
                .iter()
                .map(|x| x.id.as_str().to_string())
                .collect()
        });
        let (w, t) = read_notes(weeks, totals, districts).await?;
        if !app.take_notes(w, t) {
            leptos::logging::warn!("the notes files are not the ones the page was built with");
            return Err(NotesMissing);
        }
    }
    Ok(())
}
