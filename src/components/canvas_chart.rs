//! The canvas glue for plotters charts: canvas sized to its CSS box × devicePixelRatio,
//! redrawn on resize (ResizeObserver) and whenever the drawing's inputs change; a text
//! fallback if drawing fails.

use crate::chart::{self, Scale, Theme, XMap};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The chart theme: the forced one, else the user's colour scheme.
pub fn theme(forced: Option<crate::embed::url::ThemeChoice>) -> Theme {
    use crate::embed::url::ThemeChoice;
    match forced {
        Some(ThemeChoice::Dark) => return chart::DARK,
        Some(ThemeChoice::Light) => return chart::LIGHT,
        None => {}
    }
    let dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if dark {
        chart::DARK
    } else {
        chart::LIGHT
    }
}

/// A draw function: gets the root area and the scale, returns the x mapping if it has one.
pub type DrawFn =
    Rc<dyn Fn(&DrawingArea<CanvasBackend, Shift>, Scale) -> Result<Option<XMap>, String>>;

/// A canvas that a plotters drawing fills.
#[component]
pub fn CanvasChart(
    /// Draws the chart; re-run when the signals it reads change.
    draw: DrawFn,
    /// `data-testid` of the canvas.
    testid: &'static str,
    /// Accessible description.
    #[prop(into)]
    label: Signal<String>,
    /// Receives the x mapping after each draw (for pointer lookups).
    #[prop(optional)]
    on_map: Option<WriteSignal<Option<XMap>>>,
    /// Height in CSS pixels as a fraction of the width (bounded in CSS).
    #[prop(default = 0.45)]
    aspect: f64,
) -> impl IntoView {
    let canvas_ref = NodeRef::<Canvas>::new();
    let width = RwSignal::new(0.0f64);
    let failed = RwSignal::new(false);

    // Observe the canvas's CSS width; the observer lives as long as the page.
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(e) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                let w = e.content_rect().width();
                if (w - width.get_untracked()).abs() >= 1.0 {
                    width.set(w);
                }
            }
        });
        if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            obs.observe(&canvas);
        }
        cb.forget();
        width.set(canvas.client_width() as f64);
    });

    Effect::new(move |_| {
        let w = width.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if w < 10.0 {
            return;
        }
        let dpr = window().device_pixel_ratio().max(1.0);
        let css_h = (w * aspect).clamp(220.0, 560.0);
        let (pw, ph) = ((w * dpr).round() as u32, (css_h * dpr).round() as u32);
        canvas.set_width(pw);
        canvas.set_height(ph);
        let _ =
            web_sys::HtmlElement::style(&canvas).set_property("height", &format!("{css_h:.0}px"));
        let font = (if w < 500.0 { 12.0 } else { 13.5 }) * dpr * if w > 1600.0 { 1.4 } else { 1.0 };
        let scale = Scale {
            font,
            line: dpr.round().max(1.0) as u32,
        };
        let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
            failed.set(true);
            return;
        };
        let root = plotters::prelude::IntoDrawingArea::into_drawing_area(backend);
        match draw(&root, scale) {
            Ok(map) => {
                failed.set(false);
                if let Some(s) = on_map {
                    s.set(map);
                }
            }
            Err(e) => {
                leptos::logging::warn!("chart {testid} not drawn: {e}");
                failed.set(true);
            }
        }
    });

    view! {
        <canvas
            node_ref=canvas_ref
            class="chart-canvas"
            style=format!("aspect-ratio:100/{:.0}", aspect * 100.0)
            data-testid=testid
            role="img"
            aria-label=move || label.get()
        ></canvas>
        <Show when=move || failed.get()>
            <p class="chart-fallback" role="status">{move || crate::state::use_app().t().chart_fallback}</p>
        </Show>
    }
}
