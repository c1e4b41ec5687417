//! A citation: the outlet's name, linked only when the address is http(s).

use crate::data::{parse::is_safe_url, Citation};
use crate::state::use_app;
use leptos::prelude::*;

/// One source, as a link that opens in a new tab without referrer, or as plain text.
#[component]
pub fn SourceLink(
    /// The citation to show.
    citation: Citation,
) -> impl IntoView {
    let app = use_app();
    match citation.url.filter(|u| is_safe_url(u)) {
        Some(url) => view! {
            <a class="source-link" href=url target="_blank" rel="noopener noreferrer">{citation.outlet}</a>
        }
        .into_any(),
        None => view! {
            <span class="source-link no-url">
                {citation.outlet} " (" {move || app.t().no_address} ")"
            </span>
        }
        .into_any(),
    }
}
