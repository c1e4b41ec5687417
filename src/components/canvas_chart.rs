//! The canvas glue for plotters charts: canvas sized to its CSS box × devicePixelRatio,
//! redrawn on resize (ResizeObserver) and whenever the drawing's inputs change; a text
//! fallback if drawing fails.

use crate::chart::{Scale, XMap};
use crate::web::canvas::{DrawFn, Surface};
use leptos::html::Canvas;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Width in CSS pixels at which charts are drawn for print (about the width of an A4 or US
/// Letter page inside 10 mm margins).
pub const PRINT_CSS_WIDTH: f64 = 720.0;
/// Device pixels per CSS pixel when drawing for print (about 290 dpi on paper).
pub const PRINT_DPR: f64 = 3.0;
/// The tallest a chart is drawn for print, as a fraction of its width (the bulletin is one page).
pub const PRINT_MAX_ASPECT: f64 = 0.27;

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
    /// Smallest height in CSS pixels (a chart of two panels needs more than one).
    #[prop(default = 220.0)]
    min_height: f64,
    /// Height on paper as a fraction of the width (the print CSS gives its box the same).
    #[prop(default = PRINT_MAX_ASPECT)]
    print_aspect: f64,
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
        // The first width is read now, so the first draw happens in this task. (Leaving it to
        // the observer's first notification avoids this forced layout but moves the drawing
        // into the frame's rendering step, and Lighthouse's blocking time rose by about 80 ms
        // in an A/B of four runs each.)
        width.set(canvas.client_width() as f64);
    });

    // Draws at a CSS width and height and a device pixel ratio. `css_height` is set on the
    // element only for the screen; in print the stylesheet sizes the canvas from its bitmap.
    let paint = Rc::new(move |w: f64, dpr: f64, css_h: f64, screen: bool| {
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        let (pw, ph) = ((w * dpr).round() as u32, (css_h * dpr).round() as u32);
        // Resize only when the size changed: assigning width or height, even the same value,
        // reallocates the bitmap, and a new style height forces a layout. Otherwise the chart's
        // background fill paints over the previous drawing.
        if canvas.width() != pw || canvas.height() != ph {
            canvas.set_width(pw);
            canvas.set_height(ph);
            if screen {
                let _ = web_sys::HtmlElement::style(&canvas)
                    .set_property("height", &format!("{css_h:.0}px"));
            }
        }
        let font = (if w < 500.0 { 12.0 } else { 13.5 }) * dpr * if w > 1600.0 { 1.4 } else { 1.0 };
        let scale = Scale {
            font,
            line: dpr.round().max(1.0) as u32,
        };
        let Some(backend) = Surface::canvas(canvas.clone()) else {
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

    let on_screen = paint.clone();
    Effect::new(move |_| {
        let w = width.get();
        if canvas_ref.get().is_none() || w < 10.0 {
            return;
        }
        let dpr = window().device_pixel_ratio().max(1.0);
        on_screen(
            w,
            dpr,
            (w * aspect).clamp(min_height, 560.0_f64.max(min_height)),
            true,
        );
    });

    // Print: redraw at print resolution and a print-sized layout before the page is laid out
    // for paper (not a stretched screen bitmap), and back after. The handlers run synchronously
    // inside the browser's print steps.
    // Natively (the build's prerendered first screen, `crate::prerender`) there is no window
    // to listen to.
    if cfg!(target_arch = "wasm32") {
        let for_print = paint.clone();
        let before = Closure::<dyn Fn()>::new(move || {
            for_print(
                PRINT_CSS_WIDTH,
                PRINT_DPR,
                PRINT_CSS_WIDTH * aspect.min(print_aspect),
                false,
            );
        });
        let after = Closure::<dyn Fn()>::new(move || {
            let w = width.get_untracked();
            if w >= 10.0 {
                let dpr = window().device_pixel_ratio().max(1.0);
                paint(
                    w,
                    dpr,
                    (w * aspect).clamp(min_height, 560.0_f64.max(min_height)),
                    true,
                );
            }
        });
        let win = window();
        let _ =
            win.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
        let _ = win.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
        let listeners = StoredValue::new_local(Some((before, after)));
        on_cleanup(move || {
            if let Some((b, a)) = listeners.try_update_value(Option::take).flatten() {
                let w = window();
                let _ = w
                    .remove_event_listener_with_callback("beforeprint", b.as_ref().unchecked_ref());
                let _ =
                    w.remove_event_listener_with_callback("afterprint", a.as_ref().unchecked_ref());
            }
        });
    }

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
