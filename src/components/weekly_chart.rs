//! The weekly trend: hectares per reported period above, the items found stacked below, with a
//! tooltip for the nearest week (pointer or arrow keys) and a text summary.

use super::canvas_chart::CanvasChart;
use super::lazy::Lazy;
use super::source_link::SourceLink;
use crate::chart::{self, model, ChartText, XMap};
use crate::data::{Metric, Status};
use crate::i18n::{fill, format};
use crate::present::labels;
use crate::state::use_app;
use crate::stats::{self, DateRange};
use crate::web::canvas::DrawFn;
use crate::web::theme;
use leptos::ev;
use leptos::prelude::*;
use std::rc::Rc;

/// The weekly chart with its legend, tooltip, note and source.
#[component]
pub fn WeeklyChart() -> impl IntoView {
    let app = use_app();
    let range = app.derived().week_range;
    let bars = app.derived().week_bars;
    let active = RwSignal::new(None::<usize>);
    let xmap = RwSignal::new(None::<XMap>);
    Effect::new(move |_| {
        bars.track();
        active.set(None);
    });

    let draw: DrawFn = Rc::new(move |root, scale| {
        let r: Option<DateRange> = range.get();
        let b = bars.get();
        let text = ChartText::new(app.locale.get());
        let a = active.get();
        let Some(r) = r else { return Ok(None) };
        chart::draw_weekly(
            root,
            &b,
            chart::weekly_x_range(r),
            &chart::Look {
                theme: &theme(app.theme.get()),
                text: &text,
                scale,
            },
            a,
        )
        .map(Some)
    });

    let on_move = move |e: ev::PointerEvent| {
        let Some(x) = crate::web::pointer_canvas_px(&e)
            .and_then(|px| xmap.get_untracked().and_then(|m| m.data_x(px)))
        else {
            return;
        };
        let i = bars.with_untracked(|b| model::nearest(b, x));
        if i != active.get_untracked() {
            active.set(i);
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let n = bars.with_untracked(Vec::len);
        if let Some(next) = model::key_step(active.get_untracked(), n, &e.key()) {
            e.prevent_default();
            active.set(next);
        }
    };

    let summary = move || {
        let l = app.locale.get();
        let t = l.messages();
        let r = range.get()?;
        let s = app.data.with(|d| stats::range_sums(&d.weeks, r));
        let items = s.get(Metric::AntiTank).value
            + s.get(Metric::AntiPersonnel).value
            + s.get(Metric::Uxo).value;
        Some(fill(
            t.chart_summary_weekly,
            &[
                ("period", &format::period(r.from, r.to, l)),
                ("n", &s.weeks.to_string()),
                ("ha", &format::auto(s.get(Metric::Hectares).value, 1, l)),
                ("items", &format::int(items, l)),
            ],
        ))
    };
    // A kiosk screen is wide and fixed: a flatter chart, so the scene fits (kiosk::weekly_aspect).
    let aspect = if app.mode == crate::embed::url::Mode::Kiosk {
        let (w, h) = crate::web::viewport();
        crate::kiosk::weekly_aspect(w, h)
    } else {
        0.5
    };
    let withheld = move || {
        let r = range.get();
        app.data.with(|d| {
            d.weeks
                .iter()
                .filter(|w| w.status == Status::Withheld && r.is_some_and(|r| r.contains(w)))
                .count()
        })
    };

    view! {
        <section class="chart-section weekly" aria-labelledby="weekly-h">
            <h2 id="weekly-h">{move || app.t().weekly_heading}</h2>
            {move || app.data.with(|d| labels::weekly_finding(d, app.locale.get())).map(|(title, method)| view! {
                <p class="chart-title" data-testid="weekly-finding">{title}</p>
                <p class="note finding-method">{method}</p>
            })}
            <ChartLegend/>
            <div
                class="chart-wrap"
                tabindex="0"
                aria-describedby="weekly-keys"
                on:pointermove=on_move
                on:pointerdown=on_move
                on:pointerleave=move |e: ev::PointerEvent| {
                    // Touch fires pointerleave as the finger lifts: a tapped week stays shown.
                    if e.pointer_type() == "mouse" {
                        active.set(None);
                    }
                }
                on:keydown=on_key
                on:focusout=move |e: ev::FocusEvent| {
                    // A tap elsewhere moves the focus out: the card closes.
                    if crate::web::focus_left(&e) {
                        active.set(None);
                    }
                }
            >
                <CanvasChart draw=draw testid="chart-weekly" label=Signal::derive(move || summary().unwrap_or_default()) on_map=xmap.write_only() aspect=aspect min_height=320.0 print_aspect=0.4/>
                <Lazy load=move || weekly_tip_part(active, xmap) name="weekly-tip" quiet=true/>
                <Show when=move || bars.with(Vec::is_empty)>
                    <p class="chart-empty">{move || app.t().chart_empty}</p>
                </Show>
            </div>
            <p class="note" id="weekly-keys">
                {move || fill(app.t().weekly_note, &[("n", &withheld().to_string())])} " " <span class="chart-keys">{move || app.t().chart_keys}</span>
            </p>
            <p class="chart-source">{move || app.t().weekly_source} " " <a href="#data-table">{move || app.t().view_table}</a></p>
        </section>
    }
}

/// The legend shared by the weekly chart and its tooltip (same colours as the counters).
#[component]
fn ChartLegend() -> impl IntoView {
    let app = use_app();
    view! {
        <ul class="chart-legend">
            <li><span class="key ha"></span>{move || app.t().legend_ha_bars}</li>
            <li><span class="key typical"></span>{move || fill(app.t().legend_typical, &[("n", &model::TYPICAL_PERIODS.to_string())])}</li>
            <li><span class="key at"></span>{move || app.t().anti_tank}</li>
            <li><span class="key ap"></span>{move || app.t().anti_personnel}</li>
            <li><span class="key uxo"></span>{move || app.t().uxo}</li>
            <li><span class="key disputed"></span>{move || app.t().legend_disputed}</li>
        </ul>
    }
}

crate::lazy_part! {
    /// The week's card: only pointing at or keying through the chart shows it, so it is a lazy
    /// part (chunk `below`), loaded once the first screen is drawn.
    below: fn weekly_tip_part(active: RwSignal<Option<usize>>, xmap: RwSignal<Option<XMap>>) {
        view! { <WeeklyTip active=active xmap=xmap/> }
    }
}

/// The card of the active week: its figures, status and sources, beside its bar.
#[component]
fn WeeklyTip(
    /// The week shown (an index into the bars).
    active: RwSignal<Option<usize>>,
    /// The chart's x mapping, to place the card.
    xmap: RwSignal<Option<XMap>>,
) -> impl IntoView {
    let app = use_app();
    let bars = app.derived().week_bars;
    move || {
        let i = active.get()?;
        let b = bars.with(|b| b.get(i).cloned())?;
        let m = xmap.get()?;
        let l = app.locale.get();
        let t = l.messages();
        let (w, pending) = app
            .data
            .with(|d| Some((d.weeks.get(b.index).cloned()?, d.notes_pending)))?;
        let dpr = window().device_pixel_ratio().max(1.0);
        let left_px = m.pixel_x(b.mid()) / dpr;
        let total_px = f64::from(m.px.1) / dpr;
        let side = if left_px > total_px * 0.6 {
            "left"
        } else {
            "right"
        };
        let row = |label: &'static str, cls: &'static str, v: Option<f64>, ha: bool| {
            let text = match v {
                Some(v) if ha => labels::qualified(
                    t,
                    w.hectares_qualifier,
                    &format!("{} {}", format::auto(v, 2, l), t.unit_ha),
                ),
                Some(v) => format::int(v, l),
                None => "—".into(),
            };
            view! { <li><span class=format!("key {cls}")></span>{label} ": " <strong>{text}</strong></li> }
        };
        Some(view! {
            <div class=format!("chart-tooltip {side}") style=format!("left:{left_px:.0}px") data-testid="weekly-tooltip" role="status">
                <p class="tt-name">{format::period(w.start, w.end, l)}</p>
                <ul>
                    {row(t.anti_tank, "at", w.value(Metric::AntiTank), false)}
                    {row(t.anti_personnel, "ap", w.value(Metric::AntiPersonnel), false)}
                    {row(t.uxo, "uxo", w.value(Metric::Uxo), false)}
                    {row(t.hectares, "ha", w.value(Metric::Hectares), true)}
                </ul>
                <p class="tt-period">{labels::status_label(t, w.status)}</p>
                {if w.sources.is_empty() && pending {
                    view! { <p class="sources-line sources-pending">{t.sources_loading}</p> }.into_any()
                } else {
                    view! {
                        <p class="sources-line">
                            {w.sources.into_iter().take(2).map(|c| view! { <SourceLink citation=c/> " " }).collect_view()}
                        </p>
                    }
                    .into_any()
                }}
            </div>
        })
    }
}
