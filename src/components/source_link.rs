//! Citations: the outlet's name, linked only when the address is http(s); a figure's list of
//! sources.

use crate::data::{parse::is_safe_url, Citation};
use crate::i18n::Locale;
use crate::state::use_app;
use leptos::prelude::*;

/// One source, as a link that opens in a new tab without referrer, or as plain text.
#[component]
pub fn SourceLink(
    /// The citation to show.
    citation: Citation,
) -> impl IntoView {
    let app = use_app();
    // Read once: every place that shows a link is redrawn when the language changes (a source
    // list, a card or a tooltip in the reader's language). A reactive text here, one per link,
    // made the kiosk's wasm memory grow with every tooltip and card it drew (bench: the quick
    // soak's wasm memory 2.69 -> 3.13 MB, now 2.56 -> 2.63 MB).
    let outlet = citation
        .outlet_shown(app.locale.get_untracked() == Locale::En)
        .to_string();
    match citation.url.filter(|u| is_safe_url(u)) {
        Some(url) => view! {
            <a class="source-link" href=url target="_blank" rel="noopener noreferrer">{outlet}</a>
        }
        .into_any(),
        None => view! {
            <span class="source-link no-url">
                {outlet} " (" {move || app.t().no_address} ")"
            </span>
        }
        .into_any(),
    }
}

/// The sources of a figure: up to three links, then a count.
#[component]
pub fn SourceList(
    /// The citations.
    #[prop(into)]
    sources: Signal<Vec<Citation>>,
) -> impl IntoView {
    let app = use_app();
    move || {
        let s = sources.get();
        // No label without a source after it: a figure with no source shows none, or says
        // that its sources are on their way (a range's figures before the weeks' notes).
        if s.is_empty() && app.data.with(|d| d.notes_pending) {
            return Some(
                view! {
                    <p class="sources-line sources-pending" data-testid="sources-pending">
                        {move || app.t().sources_loading}
                    </p>
                }
                .into_any(),
            );
        }
        (!s.is_empty()).then(|| {
            view! {
            <p class="sources-line">
                {{
                    let n = s.len();
                    let label = if n > 1 { app.t().sources } else { app.t().source };
                    view! {
                        <span class="sources-label">{label} ": "</span>
                        {s.into_iter()
                            .take(3)
                            .enumerate()
                            .map(|(i, c)| view! {
                                {(i > 0).then_some(", ")}
                                <SourceLink citation=c/>
                            })
                            .collect_view()}
                        {(n > 3).then(|| format!(" +{}", n - 3))}
                    }
                }}
            </p>
            }
            .into_any()
        })
    }
}
