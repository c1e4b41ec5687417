//! The panel beside the map: the selected district's facts with sources, or, with no
//! selection, every district ranked by the current layer.

use super::source_link::SourceLink;
use crate::data::{DistrictId, TotalKind};
use crate::i18n::{fill, format};
use crate::present::labels::{layer_label, layer_value};
use crate::state::use_app;
use crate::stats;
use leptos::prelude::*;

/// District facts or the ranking.
#[component]
pub fn DistrictPanel() -> impl IntoView {
    let app = use_app();
    view! {
        <aside class="district-panel" data-testid="district-panel" aria-live="polite">
            {move || match app.district.get() {
                Some(id) => view! { <Facts id=id/> }.into_any(),
                None => view! { <Ranking/> }.into_any(),
            }}
        </aside>
    }
}

#[component]
fn Facts(
    /// District id.
    id: DistrictId,
) -> impl IntoView {
    let app = use_app();
    move || {
        let l = app.locale.get();
        let t = l.messages();
        app.data.with(|d| {
            let name = d
                .district(&id)
                .map(|x| l.district_name(x).to_string())
                .unwrap_or_else(|| id.to_string());
            let facts = stats::district_facts(d, &id);
            let rows = facts
                .iter()
                .map(|f| {
                    let label = match f.kind {
                        TotalKind::DistrictShare => {
                            fill(t.fact_share, &[("date", &format::date_short(f.as_of, l))])
                        }
                        _ => layer_label(
                            t,
                            &crate::geo::choropleth::Layer {
                                metric: f.metric,
                                period: f.period,
                            },
                        ),
                    };
                    let value = match f.kind {
                        TotalKind::DistrictShare => format!("{}%", format::auto(f.value, 2, l)),
                        _ if f.metric == crate::data::TotalMetric::Hectares => {
                            format!("{} {}", format::auto(f.value, 1, l), t.unit_ha)
                        }
                        _ => format!("{} {}", format::int(f.value, l), t.unit_items),
                    };
                    let value = crate::present::labels::qualified(t, f.qualifier, &value);
                    view! {
                        <li class="fact">
                            <span class="fact-label">{label}</span>
                            <span class="fact-value">{value}</span>
                            <span class="fact-src"><SourceLink citation=f.source.clone()/></span>
                        </li>
                    }
                })
                .collect_view();
            let empty = facts.is_empty();
            view! {
                <h3 data-testid="panel-title">{fill(t.panel_facts_heading, &[("name", &name)])}</h3>
                {if empty {
                    view! { <p>{fill(t.no_facts, &[("name", &name)])}</p> }.into_any()
                } else {
                    view! { <ul class="facts" data-testid="district-facts">{rows}</ul> }
                    .into_any()
                }}
                <button type="button" class="btn" on:click=move |_| app.district.set(None)>
                    {t.whole_region}
                </button>
            }
        })
    }
}

#[component]
fn Ranking() -> impl IntoView {
    let app = use_app();
    let layer = app.derived().layer_view;
    move || {
        let l = app.locale.get();
        let t = l.messages();
        let v = layer.get()?;
        let vals: Vec<(DistrictId, f64)> = v
            .ranking()
            .into_iter()
            .map(|x| (x.0.clone(), x.1))
            .collect();
        let max = vals.first().map(|x| x.1).unwrap_or(1.0).max(1e-9);
        let rows = vals
            .into_iter()
            .map(|(id, value)| {
                let name = app.district_name(&id).unwrap_or_else(|| id.to_string());
                let colour = v.fill(&id).map_or("var(--withheld)", |c| c.css());
                let pct = 100.0 * value / max;
                let id2 = id.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            class="rank-row"
                            on:click=move |_| app.district.set(Some(id2.clone()))
                            on:mouseenter={
                                let id = id.clone();
                                move |_| app.hovered.set(Some(id.clone()))
                            }
                            on:mouseleave=move |_| app.hovered.set(None)
                        >
                            <span class="rank-name">{name}</span>
                            <span class="rank-value">{layer_value(&v.layer, value, l)}</span>
                            <span class="rank-bar" aria-hidden="true">
                                <span style=format!("width:{pct:.1}%;background:{colour}")></span>
                            </span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <h3>{t.panel_region_heading}</h3>
            <p class="note">{layer_label(t, &v.layer)}</p>
            <ol class="ranking" data-testid="district-ranking">{rows}</ol>
        })
    }
}
