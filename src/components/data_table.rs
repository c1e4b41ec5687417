//! The data table: every weekly record with its figures, status, reason and sources —
//! the text alternative of the charts.

use super::disclosure::Disclosure;
use super::source_link::SourceLink;
use crate::data::Metric;
use crate::i18n::{fill, format};
use crate::present::labels::{self, status_label};
use crate::state::use_app;
use leptos::prelude::*;

/// Collapsible table of all weekly records.
#[component]
pub fn DataTable() -> impl IntoView {
    let app = use_app();
    let n = move || app.data.with(|d| d.weeks.len());
    // Sort column (0 period, 1–4 the metrics) and direction; newest first by default.
    let sort = RwSignal::new((0usize, true));
    let metric_of = |c: usize| match c {
        1 => Some(Metric::AntiTank),
        2 => Some(Metric::AntiPersonnel),
        3 => Some(Metric::Uxo),
        4 => Some(Metric::Hectares),
        _ => None,
    };
    let header = move |col: usize, label: &'static str, num: bool| {
        let aria = move || {
            let (c, desc) = sort.get();
            if c != col {
                "none"
            } else if desc {
                "descending"
            } else {
                "ascending"
            }
        };
        view! {
            <th scope="col" class:num=num aria-sort=aria>
                <button
                    type="button"
                    class="sort"
                    data-testid=format!("sort-{col}")
                    on:click=move |_| sort.update(|(c, d)| {
                        if *c == col {
                            *d = !*d;
                        } else {
                            *c = col;
                            *d = true;
                        }
                    })
                >
                    {label}
                </button>
            </th>
        }
    };
    view! {
        <section class="table-section" id="data-table" data-testid="table-section" aria-labelledby="table-h">
            <h2 id="table-h">{move || app.t().table_heading}</h2>
            // The rows are built when the table is first opened (it stays hidden in print too).
            <Disclosure summary=ViewFn::from(move || fill(app.t().table_summary, &[("n", &n().to_string())]))>
                <div class="table-wrap">
                    <table class="weeks" data-testid="data-table">
                        <thead>
                            <tr>
                                {move || {
                                    let t = app.t();
                                    view! {
                                        {header(0, t.period, false)}
                                        {header(1, t.anti_tank, true)}
                                        {header(2, t.anti_personnel, true)}
                                        {header(3, t.uxo, true)}
                                        {header(4, t.hectares, true)}
                                    }
                                }}
                                <th scope="col">{move || app.t().status}</th>
                                <th scope="col">{move || app.t().sources}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let l = app.locale.get();
                                let t = l.messages();
                                let (col, desc) = sort.get();
                                app.data.with(|d| {
                                    let mut rows: Vec<&crate::data::Week> = d.weeks.iter().collect();
                                    crate::present::table::sort_rows(&mut rows, metric_of(col), desc);
                                    rows.into_iter()
                                        .map(|w| {
                                            let cell = |m: Metric| {
                                                w.value(m)
                                                    .map(|v| labels::with_symbol(w.qualifier(m), &format::auto(v, 4, l)))
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
                                                        {(!w.reason.is_empty()).then(|| view! { <span class="cell-reason">{w.reason_in(l).to_string()}</span> })}
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
                <p class="note" data-testid="qualifier-legend">{move || app.t().q_legend}</p>
            </Disclosure>
        </section>
    }
}

crate::lazy_part! {
    /// The data table: a lazy part (chunk `below`).
    below: pub fn table_part() { view! { <DataTable/> } }
}
