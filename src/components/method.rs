//! "Sources and method": coverage per year, statuses explained, disputed and withheld weeks,
//! scopes and the boundary credit.

use super::source_link::SourceList;
use crate::data::Status;
use crate::i18n::{format, Messages};
use crate::present::labels::{status_column, status_label};
use crate::state::use_app;
use crate::stats;
use leptos::prelude::*;

fn status_explain(t: &Messages, s: Status) -> &'static str {
    match s {
        Status::Confirmed => t.explain_confirmed,
        Status::SingleSource => t.explain_single,
        Status::Disputed => t.explain_disputed,
        Status::Withheld => t.explain_withheld,
    }
}

/// The method section.
#[component]
pub fn SourcesMethod() -> impl IntoView {
    let app = use_app();
    let coverage = Memo::new(move |_| app.data.with(|d| stats::coverage(d)));
    let flagged = move || {
        app.data.with(|d| {
            d.weeks
                .iter()
                .filter(|w| matches!(w.status, Status::Disputed | Status::Withheld))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="method" aria-labelledby="method-h" data-testid="method">
            <h2 id="method-h">{move || app.t().method_heading}</h2>
            <p class="lede">{move || app.t().method_intro}</p>
            <h3 id="coverage-h">{move || app.t().coverage_heading}</h3>
            // Focusable: on a phone the table scrolls sideways, and a keyboard must reach it.
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="coverage-h">
                <table class="coverage" data-testid="coverage-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || app.t().col_year}</th>
                            <th scope="col" class="num">{move || app.t().col_periods}</th>
                            {Status::ALL
                                .iter()
                                .copied()
                                .map(|s| view! {
                                    <th scope="col" class="num">
                                        <span class=format!("status-dot {}", s.as_str())></span>
                                        {move || status_column(app.t(), s)}
                                    </th>
                                })
                                .collect_view()}
                            <th scope="col" class="num">{move || app.t().col_weekly_ha}</th>
                            <th scope="col" class="num">{move || app.t().col_annual_ha}</th>
                            <th scope="col" class="num">{move || app.t().col_coverage}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let l = app.locale.get();
                            coverage
                                .get()
                                .into_iter()
                                .map(|c| {
                                    let share = c
                                        .annual_hectares
                                        .filter(|a| *a > 0.0)
                                        .map(|a| format!("{}%", format::number(100.0 * c.weekly_hectares / a, 1, l)))
                                        .unwrap_or_else(|| "—".into());
                                    view! {
                                        <tr data-year=c.year>
                                            <th scope="row">{c.year}</th>
                                            <td class="num">{c.counted}</td>
                                            {c.by_status.iter().map(|n| view! { <td class="num">{*n}</td> }).collect_view()}
                                            <td class="num">{format::auto(c.weekly_hectares, 2, l)}</td>
                                            <td class="num">{c.annual_hectares.map(|a| format::auto(a, 2, l)).unwrap_or_else(|| "—".into())}</td>
                                            <td class="num">{share}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <p class="note">{move || app.t().derived_coverage}</p>
            <dl class="status-legend">
                {Status::ALL
                    .iter()
                    .copied()
                    .map(|s| view! {
                        <dt><span class=format!("status-dot {}", s.as_str())></span>{move || status_label(app.t(), s)}</dt>
                        <dd>{move || status_explain(app.t(), s)}</dd>
                    })
                    .collect_view()}
            </dl>
            <h3>{move || app.t().flagged_heading}</h3>
            <ul class="flagged" data-testid="flagged-weeks">
                {move || {
                    let l = app.locale.get();
                    flagged()
                        .into_iter()
                        .map(|w| {
                            let sources = w.sources.clone();
                            view! {
                                <li class=format!("flag {}", w.status.as_str())>
                                    <strong>{format::period(w.start, w.end, l)}</strong>
                                    " · "
                                    <span class="status-tag">{status_label(l.messages(), w.status)}</span>
                                    <span class="reason">{w.reason_in(l).to_string()}</span>
                                    <SourceList sources=Signal::derive(move || sources.clone())/>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <p class="note">{move || app.t().scope_note}</p>
            <p class="note">{move || app.t().boundary_credit}</p>
        </section>
    }
}

crate::lazy_part! {
    /// Sources and method: a lazy part (chunk `below`).
    below: pub fn method_part() { view! { <SourcesMethod/> } }
}
