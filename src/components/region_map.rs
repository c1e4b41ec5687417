//! The interactive region map: districts as SVG paths coloured by the selected layer, grey
//! context, a locator of the whole country, tooltip card, legend, keyboard and touch access.

use super::lazy::Lazy;
use super::source_link::SourceLink;
use crate::data::DistrictId;
use crate::geo::MapModel;
use crate::i18n::{fill, format};
use crate::present::labels::{layer_label, layer_value};
use crate::state::use_app;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;

/// The map section: controls, map, legend and the district panel beside it.
#[component]
pub fn RegionMap() -> impl IntoView {
    let app = use_app();
    let model: Memo<Arc<MapModel>> = app.derived().map_model;
    let view_memo = app.derived().layer_view;
    let layers = app.derived().layers;
    let focus = Signal::derive(move || app.hovered.get());

    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            app.district.set(None);
            app.hovered.set(None);
        }
    };
    let summary = move || {
        let l = app.locale.get();
        let t = l.messages();
        let v = view_memo.get()?;
        let top = v.top()?;
        let name = app.district_name(&top.0)?;
        Some(fill(
            t.map_summary,
            &[
                ("n", &model.get().districts.len().to_string()),
                ("layer", &layer_label(t, &v.layer)),
                ("top", &name),
                ("value", &layer_value(&v.layer, top.1, l)),
            ],
        ))
    };

    view! {
        <section class="map-section" aria-labelledby="map-h" on:keydown=on_keydown>
            <h2 id="map-h">{move || app.t().map_heading}</h2>
            <div class="map-layout">
                <div class="map-col">
                    <div class="map-controls">
                        <label class="layer-select">
                            <span>{move || app.t().map_layer_label}</span>
                            <select
                                data-testid="map-layer"
                                on:change=move |e| {
                                    let key = event_target_value(&e);
                                    let l = layers.get_untracked().into_iter().find(|l| l.key() == key);
                                    app.layer.set(l);
                                }
                            >
                                {move || {
                                    let cur = app.current_layer();
                                    layers
                                        .get()
                                        .into_iter()
                                        .map(|l| {
                                            let selected = cur.as_ref() == Some(&l);
                                            let label = layer_label(app.t(), &l);
                                            view! { <option value=l.key() selected=selected>{label}</option> }
                                        })
                                        .collect_view()
                                }}
                            </select>
                        </label>
                        <button
                            type="button"
                            class="btn"
                            data-testid="whole-region"
                            disabled=move || app.district.get().is_none()
                            on:click=move |_| app.district.set(None)
                        >
                            {move || app.t().whole_region}
                        </button>
                    </div>
                    <p class="hint">{move || app.t().map_hint}</p>
                    <div class="map-wrap">
                        <svg
                            class="region-map"
                            data-testid="region-map"
                            viewBox=move || {
                                let p = model.get().projection;
                                format!("0 0 {:.0} {:.0}", p.width, p.height)
                            }
                            role="group"
                            aria-label=summary
                        >
                            <defs>
                                <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                                    <rect width="8" height="8" class="hatch-bg"></rect>
                                    <line x1="0" y1="0" x2="0" y2="8" class="hatch-line"></line>
                                </pattern>
                            </defs>
                            <path class="context" d=move || model.get().context.clone()></path>
                            <path class="outline" d=move || model.get().outline.clone()></path>
                            {move || {
                                model
                                    .get()
                                    .districts
                                    .iter()
                                    .map(|s| view! { <DistrictPath id=s.id.clone() d=s.path.clone()/> })
                                    .collect_view()
                            }}
                            <g class="labels" aria-hidden="true">
                                {move || {
                                    let l = app.locale.get();
                                    let names: Vec<String> = app.data.with(|d| {
                                        d.districts.iter().map(|x| l.district_name(x).to_string()).collect()
                                    });
                                    model
                                        .get()
                                        .districts
                                        .iter()
                                        .map(|s| {
                                            let name = app.district_name(&s.id)
                                                .unwrap_or_default();
                                            let short = crate::geo::unique_prefix(&name, &names, 3);
                                            let dark = view_memo
                                                .get()
                                                .and_then(|v| v.fill(&s.id))
                                                .is_some_and(|c| c.luminance() < 0.2);
                                            let cls = |size: &str, show: bool| {
                                                format!("label {size}{}{}", if show { "" } else { " hidden" }, if dark { " on-dark" } else { "" })
                                            };
                                            view! {
                                                <text class=cls("lg", s.show_label_large) x=format!("{:.1}", s.label.0) y=format!("{:.1}", s.label.1)>{name}</text>
                                                <text class=cls("sm", s.show_label_small) x=format!("{:.1}", s.label.0) y=format!("{:.1}", s.label.1)>{short}</text>
                                            }
                                        })
                                        .collect_view()
                                }}
                            </g>
                        </svg>
                        <Locator model=model/>
                        <Lazy load=move || map_tip_part(model, focus) name="map-tip" quiet=true/>
                    </div>
                    <Legend/>
                    <NoPolygonList/>
                </div>
                <super::district_panel::DistrictPanel/>
            </div>
        </section>
    }
}

/// One district path: coloured by class or hatched, operable by mouse, touch and keyboard.
#[component]
fn DistrictPath(
    /// Canonical district id.
    id: DistrictId,
    /// SVG path data (precomputed).
    d: String,
) -> impl IntoView {
    let app = use_app();
    let layer = app.derived().layer_view;
    let id_sel = id.clone();
    let selected = Memo::new(move |_| app.district.get().as_deref() == Some(id_sel.as_str()));
    let id_fill = id.clone();
    let fill = move || {
        layer
            .get()
            .and_then(|v| v.fill(&id_fill).map(|c| c.css().to_string()))
            .unwrap_or_else(|| "url(#hatch)".into())
    };
    let id_label = id.clone();
    let label = move || {
        let l = app.locale.get();
        let t = l.messages();
        let name = app
            .data
            .with(|d| {
                d.district(&id_label)
                    .map(|x| l.district_name(x).to_string())
            })
            .unwrap_or_default();
        let value = layer.get().map(|v| match v.get(&id_label) {
            Some(x) => format!(
                "{}: {}",
                crate::i18n::format::lower_first(&layer_label(t, &v.layer)),
                layer_value(&v.layer, x.1, l)
            ),
            None => t.no_figure.to_string(),
        });
        format!("{name}, {}", value.unwrap_or_default())
    };
    let toggle = {
        let id = id.clone();
        move || {
            let cur = app.district.get_untracked();
            if cur.as_deref() == Some(id.as_str()) {
                app.district.set(None);
            } else {
                app.district.set(Some(id.clone()));
            }
        }
    };
    let toggle_key = toggle.clone();
    let (id_enter, id_focus) = (id.clone(), id.clone());
    view! {
        <path
            class="district"
            class:selected=move || selected.get()
            class:no-data=move || layer.get().and_then(|v| v.fill(&id).map(|_| ())).is_none()
            data-testid=format!("district-{id_enter}")
            data-selected=move || selected.get().to_string()
            d=d
            fill=fill
            role="button"
            tabindex="0"
            aria-pressed=move || selected.get().to_string()
            aria-label=label
            on:mouseenter=move |_| app.hovered.set(Some(id_enter.clone()))
            on:mouseleave=move |_| app.hovered.set(None)
            on:focus=move |_| app.hovered.set(Some(id_focus.clone()))
            on:blur=move |_| app.hovered.set(None)
            on:click=move |_| toggle()
            on:keydown=move |e: ev::KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    toggle_key();
                }
            }
        ></path>
    }
}

crate::lazy_part! {
    /// The district card: only pointing at or focusing a district shows it, so it is a lazy
    /// part (chunk `below`), loaded once the first screen is drawn.
    below: fn map_tip_part(model: Memo<Arc<MapModel>>, focus: Signal<Option<DistrictId>>) {
        view! { <Tooltip model=model focus=focus/> }
    }
}

/// The card shown for the hovered, focused or selected district.
#[component]
fn Tooltip(
    /// The map model (for positions).
    model: Memo<Arc<MapModel>>,
    /// The district to show.
    #[prop(into)]
    focus: Signal<Option<DistrictId>>,
) -> impl IntoView {
    let app = use_app();
    let layer = app.derived().layer_view;
    move || {
        let id = focus.get()?;
        let m = model.get();
        let shape = m.districts.iter().find(|s| s.id == id)?;
        let (w, h) = (m.projection.width, m.projection.height);
        let left = 100.0 * shape.label.0 / w;
        let top = 100.0 * shape.label.1 / h;
        let l = app.locale.get();
        let t = l.messages();
        let name = app.district_name(&id)?;
        let v = layer.get()?;
        let body = match v.get(&id) {
            Some((_, value, src)) => {
                let share = v
                    .share_of_total(*value)
                    .map(|pct| fill(t.share_of_total, &[("pct", &format::number(pct, 1, l))]));
                view! {
                    <p class="tt-value">{layer_value(&v.layer, *value, l)}</p>
                    <p class="tt-period">{layer_label(t, &v.layer)}</p>
                    {share.map(|s| view! { <p class="tt-share">{s}</p> })}
                    <p class="sources-line">{t.source} ": " <SourceLink citation=src.clone()/></p>
                }
                .into_any()
            }
            None => view! {
                <p class="tt-none">{t.no_figure}</p>
                <p class="tt-period">{layer_label(t, &v.layer)}</p>
            }
            .into_any(),
        };
        let side = if left > 55.0 { "left" } else { "right" };
        Some(view! {
            <div
                class=format!("map-tooltip {side}")
                data-testid="map-tooltip"
                style=format!("left:{left:.1}%;top:{top:.1}%")
            >
                <p class="tt-name">{name}</p>
                {body}
            </div>
        })
    }
}

/// The locator: the whole country, the region, Baku and the frame of the main view.
#[component]
fn Locator(
    /// The map model.
    model: Memo<Arc<MapModel>>,
) -> impl IntoView {
    let app = use_app();
    move || {
        let m = model.get();
        let lc = &m.locator;
        let (fx, fy, fw, fh) = lc.frame;
        view! {
            <svg
                class="locator"
                viewBox=format!("0 0 {:.0} {:.0}", lc.size.0, lc.size.1)
                role="img"
                aria-label=move || app.t().locator
            >
                <path class="loc-country" d=lc.outline.clone()></path>
                <path class="loc-region" d=lc.region.clone()></path>
                <rect class="loc-frame" x=format!("{fx:.1}") y=format!("{fy:.1}") width=format!("{fw:.1}") height=format!("{fh:.1}")></rect>
                <circle class="loc-baku" cx=format!("{:.1}", lc.baku.0) cy=format!("{:.1}", lc.baku.1) r="5"></circle>
                <text class="loc-label" x=format!("{:.1}", lc.baku.0 - 9.0) y=format!("{:.1}", lc.baku.1 + 4.0) text-anchor="end">
                    {move || app.t().baku}
                </text>
            </svg>
        }
    }
}

/// Legend: swatches with class ranges and units, plus "no published figure".
#[component]
fn Legend() -> impl IntoView {
    let app = use_app();
    let layer = app.derived().layer_view;
    move || {
        let v = layer.get()?;
        let l = app.locale.get();
        let t = l.messages();
        let items = crate::present::labels::map_classes(&v, l);
        let title = if v.layer.is_area() {
            t.legend_area
        } else {
            t.legend_items
        };
        Some(view! {
            <div class="legend" data-testid="map-legend">
                <p class="legend-title">{title}</p>
                <ul>
                    {items
                        .into_iter()
                        .map(|(r, c)| view! {
                            <li><span class="swatch" style=format!("background:{c}")></span>{r}</li>
                        })
                        .collect_view()}
                    <li><span class="swatch hatched"></span>{t.no_figure}</li>
                </ul>
                {(!v.layer.is_area()).then(|| view! { <p class="note">{t.mines_note}</p> })}
            </div>
        })
    }
}

/// Districts without a polygon (Aghdara), listed with their figure — never drawn.
#[component]
fn NoPolygonList() -> impl IntoView {
    let app = use_app();
    let layer = app.derived().layer_view;
    move || {
        let l = app.locale.get();
        let t = l.messages();
        let v = layer.get();
        let list = app.data.with(|d| {
            d.districts
                .iter()
                .filter(|x| x.ne_codes.is_empty())
                .map(|x| (x.id.clone(), l.district_name(x).to_string()))
                .collect::<Vec<_>>()
        });
        list.into_iter()
            .map(|(id, name)| {
                let value = v
                    .as_ref()
                    .and_then(|v| v.get(&id).map(|x| layer_value(&v.layer, x.1, l)))
                    .unwrap_or_else(|| t.no_figure.to_string());
                let id2 = id.clone();
                let pressed =
                    move || (app.district.get().as_deref() == Some(id2.as_str())).to_string();
                view! {
                    <p class="no-polygon">
                        <button
                            type="button"
                            class="btn link"
                            data-testid=format!("district-{id}")
                            aria-pressed=pressed
                            on:click={
                                let id = id.clone();
                                move |_| app.district.set(Some(id.clone()))
                            }
                        >
                            {name}
                        </button>
                        " (" {t.no_polygon} "): " {value}
                    </p>
                }
            })
            .collect_view()
    }
}
