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
    let outlet = {
        let c = citation.clone();
        move || c.outlet_shown(app.locale.get() == Locale::En).to_string()
    };
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
        // No label without a source after it: a figure with no source shows none.
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
        })
    }
}
