//! The data table: every weekly record with its figures, status, reason and sources —
//! the text alternative of the charts.

use super::method::status_label;
use super::source_link::SourceLink;
use crate::data::{Metric, Qualifier};
use crate::i18n::{fill, format};
use crate::state::use_app;
use leptos::prelude::*;

/// Collapsible table of all weekly records.
#[component]
pub fn DataTable() -> impl IntoView {
    let app = use_app();
    let n = move || app.data.with(|d| d.weeks.len());
    view! {
        <section class="table-section" id="data-table" aria-labelledby="table-h">
            <h2 id="table-h">{move || app.t().table_heading}</h2>
            <details>
                <summary>{move || fill(app.t().table_summary, &[("n", &n().to_string())])}</summary>
                <div class="table-wrap">
                    <table class="weeks" data-testid="data-table">
                        <thead>
                            <tr>
                                <th scope="col">{move || app.t().period}</th>
                                <th scope="col" class="num">{move || app.t().anti_tank}</th>
                                <th scope="col" class="num">{move || app.t().anti_personnel}</th>
                                <th scope="col" class="num">{move || app.t().uxo}</th>
                                <th scope="col" class="num">{move || app.t().hectares}</th>
                                <th scope="col">{move || app.t().status}</th>
                                <th scope="col">{move || app.t().sources}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let l = app.locale.get();
                                let t = l.messages();
                                app.data.with(|d| {
                                    d.weeks
                                        .iter()
                                        .rev()
                                        .map(|w| {
                                            let cell = |m: Metric| {
                                                w.value(m)
                                                    .map(|v| {
                                                        let q = if m == Metric::Hectares && w.hectares_qualifier == Qualifier::Over { "> " } else { "" };
                                                        format!("{q}{}", format::auto(v, 4, l))
                                                    })
                                                    .unwrap_or_else(|| "—".into())
                                            };
                                            view! {
                                                <tr class=format!("row-{}", w.status.as_str())>
                                                    <th scope="row">{format::period(w.start, w.end, l)}</th>
                                                    <td class="num">{cell(Metric::AntiTank)}</td>
                                                    <td class="num">{cell(Metric::AntiPersonnel)}</td>
                                                    <td class="num">{cell(Metric::Uxo)}</td>
                                                    <td class="num">{cell(Metric::Hectares)}</td>
                                                    <td>
                                                        <span class=format!("status-dot {}", w.status.as_str())></span>
                                                        {status_label(t, w.status)}
                                                        {(!w.reason.is_empty()).then(|| view! { <span class="cell-reason">{w.reason.clone()}</span> })}
                                                    </td>
                                                    <td class="cell-sources">
                                                        {w.sources.iter().cloned().map(|c| view! { <SourceLink citation=c/> " " }).collect_view()}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()
                                })
                            }}
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
