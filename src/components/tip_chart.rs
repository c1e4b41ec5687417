//! A bar chart with a card for the bar under the pointer, finger or keyboard: value with its
//! qualifier, whose figure, and its source one step away. Used by the annual and monthly charts.
//!
//! Mouse: hover shows the nearest bar, leaving hides it. Touch and pen: a tap selects the
//! nearest bar and the card stays until another tap, a tap outside (the chart loses focus) or
//! Escape; a drag moves it, a vertical swipe still scrolls the page. Keyboard: arrows, Home and
//! End move, Escape closes.

use super::canvas_chart::CanvasChart;
use super::source_link::SourceLink;
use crate::chart::model::Card;
use crate::chart::XMap;
use crate::web::canvas::DrawFn;
use leptos::ev;
use leptos::prelude::*;

/// A canvas chart with a tooltip card per bar.
#[component]
pub fn TipChart(
    /// Draws the chart (reads `active` to highlight the bar).
    draw: DrawFn,
    /// `data-testid` of the canvas; the card gets `{testid}-tooltip`.
    testid: &'static str,
    /// Accessible description.
    #[prop(into)]
    label: Signal<String>,
    /// Height as a fraction of the width.
    aspect: f64,
    /// The bar under the pointer or keyboard.
    active: RwSignal<Option<usize>>,
    /// Centres of the bars in data x.
    #[prop(into)]
    mids: Signal<Vec<f64>>,
    /// One card per bar.
    #[prop(into)]
    tips: Signal<Vec<Card>>,
    /// Id of the note that explains the keys.
    keys_id: &'static str,
) -> impl IntoView {
    let xmap = RwSignal::new(None::<XMap>);
    let pick = move |e: &ev::PointerEvent| {
        let Some(x) = crate::web::pointer_canvas_px(e)
            .and_then(|px| xmap.get_untracked().and_then(|m| m.data_x(px)))
        else {
            return;
        };
        let i = mids.with_untracked(|m| crate::chart::model::nearest_of(m.iter().copied(), x));
        if i != active.get_untracked() {
            active.set(i);
        }
    };
    let on_move = move |e: ev::PointerEvent| {
        // A finger or pen moves the selection only while pressed (a drag across the chart).
        if e.pointer_type() == "mouse" || e.buttons() != 0 {
            pick(&e);
        }
    };
    let on_down = move |e: ev::PointerEvent| pick(&e);
    let on_leave = move |e: ev::PointerEvent| {
        if e.pointer_type() == "mouse" {
            active.set(None);
        }
    };
    // A tap elsewhere on the page moves the focus out of the chart: the card closes (a tap on
    // its source link keeps the focus inside, and the card open).
    let on_focusout = move |e: ev::FocusEvent| {
        if crate::web::focus_left(&e) {
            active.set(None);
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let n = mids.with_untracked(Vec::len);
        if let Some(next) = crate::chart::model::key_step(active.get_untracked(), n, &e.key()) {
            e.prevent_default();
            active.set(next);
        }
    };
    let card = move || {
        let i = active.get()?;
        let tip = tips.with(|t| t.get(i).cloned())?;
        let m = xmap.get()?;
        let x = mids.with(|v| v.get(i).copied())?;
        let dpr = window().device_pixel_ratio().max(1.0);
        let left_px = m.pixel_x(x) / dpr;
        let side = if left_px > f64::from(m.px.1) / dpr * 0.6 {
            "left"
        } else {
            "right"
        };
        Some(view! {
            <div
                class=format!("chart-tooltip {side}")
                style=format!("left:{left_px:.0}px")
                data-testid=format!("{testid}-tooltip")
                role="status"
            >
                <p class="tt-name">{tip.title}</p>
                <p class="tt-value"><strong>{tip.value}</strong></p>
                <p class="tt-period">{tip.detail}</p>
                {tip.source.map(|c| view! { <p class="sources-line"><SourceLink citation=c/></p> })}
            </div>
        })
    };
    view! {
        <div
            class="chart-wrap"
            tabindex="0"
            aria-describedby=keys_id
            on:pointermove=on_move
            on:pointerdown=on_down
            on:pointerleave=on_leave
            on:keydown=on_key
            on:focusout=on_focusout
        >
            <CanvasChart draw=draw testid=testid label=label on_map=xmap.write_only() aspect=aspect/>
            {card}
        </div>
    }
}
