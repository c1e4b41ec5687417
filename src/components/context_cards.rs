//! Context cards: mines estimated, area contaminated, mine victims, the yearly goal.
//! Plain figures with their sources, no animation.

use super::source_link::SourceLink;
use crate::i18n::{fill, format};
use crate::present::equivalents::{share_of_country, AZERBAIJAN_KM2};
use crate::state::use_app;
use crate::stats;
use leptos::prelude::*;

/// The context section.
#[component]
pub fn ContextCards() -> impl IntoView {
    let app = use_app();
    let data = app.data;
    let mines = move || {
        data.with(|d| {
            stats::latest_context(&d.totals, crate::data::TotalMetric::MinesEstimated).cloned()
        })
    };
    let area = move || {
        data.with(|d| {
            stats::latest_context(&d.totals, crate::data::TotalMetric::AreaContaminatedKm2).cloned()
        })
    };
    let goal = app.later().goal;
    let victims = move || data.with(|d| stats::latest_victims(&d.totals));
    view! {
        <section class="context" aria-labelledby="context-h" data-testid="context">
            <h2 id="context-h">{move || app.t().context_heading}</h2>
            <div class="context-grid">
                {move || mines().map(|t| {
                    let l = app.locale.get();
                    view! {
                        <article class="context-card" data-testid="context-mines">
                            <p class="context-figure">"≈ " {format::int(t.value, l)}</p>
                            <p>{l.messages().ctx_mines} " (" {format::date_short(t.as_of, l)} ")"</p>
                            <p class="sources-line"><SourceLink citation=t.source.clone()/></p>
                        </article>
                    }
                })}
                {move || area().map(|t| {
                    let l = app.locale.get();
                    let pct = format::number(share_of_country(t.value), 1, l);
                    view! {
                        <article class="context-card" data-testid="context-area">
                            <p class="context-figure">{format::int(t.value, l)}</p>
                            <p>{fill(l.messages().ctx_area, &[("pct", &pct), ("total", &format::int(AZERBAIJAN_KM2, l))])}</p>
                            <p class="note">{l.messages().ctx_area_note}</p>
                            <p class="sources-line"><SourceLink citation=t.source.clone()/></p>
                        </article>
                    }
                })}
                {move || victims().map(|v| {
                    let l = app.locale.get();
                    let total = v.count();
                    view! {
                        <article class="context-card victims" data-testid="context-victims">
                            <p class="context-figure">{format::int(total, l)}</p>
                            <p>{fill(l.messages().ctx_victims, &[("n", &format::int(total, l))])}</p>
                            <p>{fill(if v.severely { l.messages().ctx_victims_detail_severe } else { l.messages().ctx_victims_detail }, &[
                                ("killed", &format::int(v.killed, l)),
                                ("injured", &format::int(v.injured, l)),
                                ("date", &format::date(v.as_of, l)),
                            ])}</p>
                            <p class="sources-line"><SourceLink citation=v.source.clone()/></p>
                        </article>
                    }
                })}
                {move || goal.get().map(|t| {
                    let l = app.locale.get();
                    view! {
                        <article class="context-card" data-testid="context-goal">
                            <p class="context-figure">"> " {format::int(t.value, l)}</p>
                            <p>{l.messages().ctx_goal} " (" {t.period.to_string()} ")"</p>
                            <p class="sources-line"><SourceLink citation=t.source.clone()/></p>
                        </article>
                    }
                })}
            </div>
        </section>
    }
}

crate::lazy_part! {
    /// The context cards: a lazy part (chunk `below`).
    below: pub fn context_part() { view! { <ContextCards/> } }
}
