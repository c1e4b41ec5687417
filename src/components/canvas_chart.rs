//! The canvas glue for plotters charts: canvas sized to its CSS box × devicePixelRatio,
//! redrawn on resize (ResizeObserver) and whenever the drawing's inputs change; a text
//! fallback if drawing fails.

use crate::chart::{self, Scale, Theme, XMap};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters::prelude::SVGBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
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
    Rc<dyn Fn(&DrawingArea<Surface<'_>, Shift>, Scale) -> Result<Option<XMap>, String>>;

/// The one plotters backend type of the browser build: a canvas on the page, or SVG text for
/// the exports. With a single type the chart code is compiled once, not once per backend
/// (about 9 KB of brotli wasm).
///
/// On a canvas, text is measured with the canvas's own `measureText`. Without a font feature
/// plotters measures every label by appending a `<span>` to the page and reading
/// `offsetHeight`: a forced layout of the whole page per label, which was most of the cost of a
/// range change (see the README's performance section). SVG exports, made once on a click,
/// keep plotters' own measure.
pub enum Surface<'a> {
    /// A canvas element and its 2D context.
    Canvas(CanvasBackend, web_sys::CanvasRenderingContext2d),
    /// An SVG document written into a string.
    Svg(SVGBackend<'a>),
}

impl Surface<'static> {
    /// The backend for a canvas, or `None` if it has no 2D context.
    pub fn canvas(canvas: web_sys::HtmlCanvasElement) -> Option<Self> {
        let ctx = canvas
            .get_context("2d")
            .ok()
            .flatten()?
            .dyn_into::<web_sys::CanvasRenderingContext2d>()
            .ok()?;
        Some(Self::Canvas(
            CanvasBackend::with_canvas_object(canvas)?,
            ctx,
        ))
    }
}

/// SVG exports draw on [`Surface`] too (see [`chart::SvgSurface`]).
pub struct SurfaceSvg;

impl chart::SvgSurface for SurfaceSvg {
    type Backend<'a> = Surface<'a>;
    fn wrap(svg: SVGBackend<'_>) -> Surface<'_> {
        Surface::Svg(svg)
    }
}

/// A drawing error, as text.
#[derive(Debug)]
pub struct DrawError(String);

impl std::fmt::Display for DrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DrawError {}

type Drawn = Result<(), DrawingErrorKind<DrawError>>;

fn cast<E: std::error::Error + Send + Sync>(e: DrawingErrorKind<E>) -> DrawingErrorKind<DrawError> {
    match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(DrawError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// Calls the same method on whichever backend this is.
macro_rules! each {
    ($self:ident, $b:ident => $call:expr) => {
        match $self {
            Surface::Canvas($b, _) => $call.map_err(cast),
            Surface::Svg($b) => $call.map_err(cast),
        }
    };
}

impl DrawingBackend for Surface<'_> {
    type ErrorType = DrawError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Surface::Canvas(b, _) => b.get_size(),
            Surface::Svg(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Drawn {
        each!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Drawn {
        each!(self, b => b.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        each!(self, b => b.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        each!(self, b => b.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        each!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        each!(self, b => b.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        each!(self, b => b.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        each!(self, b => b.fill_polygon(vert, style))
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Drawn {
        each!(self, b => b.draw_text(text, style, pos))
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<DrawError>> {
        let ctx = match self {
            Surface::Svg(b) => return b.estimate_text_size(text, style).map_err(cast),
            Surface::Canvas(_, ctx) => ctx,
        };
        // The same font string plotters-canvas draws with; the height is a normal line box,
        // as the span measurement gave.
        ctx.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        ));
        let width = ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0);
        Ok((width.ceil() as u32, (style.size() * 1.15).round() as u32))
    }
}

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
        on_screen(w, dpr, (w * aspect).clamp(220.0, 560.0), true);
    });

    // Print: redraw at print resolution and a print-sized layout before the page is laid out
    // for paper (not a stretched screen bitmap), and back after. The handlers run synchronously
    // inside the browser's print steps.
    let for_print = paint.clone();
    let before = Closure::<dyn Fn()>::new(move || {
        for_print(
            PRINT_CSS_WIDTH,
            PRINT_DPR,
            PRINT_CSS_WIDTH * aspect.min(PRINT_MAX_ASPECT),
            false,
        );
    });
    let after = Closure::<dyn Fn()>::new(move || {
        let w = width.get_untracked();
        if w >= 10.0 {
            let dpr = window().device_pixel_ratio().max(1.0);
            paint(w, dpr, (w * aspect).clamp(220.0, 560.0), true);
        }
    });
    let win = window();
    let _ = win.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
    let _ = win.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
    let listeners = StoredValue::new_local(Some((before, after)));
    on_cleanup(move || {
        if let Some((b, a)) = listeners.try_update_value(Option::take).flatten() {
            let w = window();
            let _ =
                w.remove_event_listener_with_callback("beforeprint", b.as_ref().unchecked_ref());
            let _ = w.remove_event_listener_with_callback("afterprint", a.as_ref().unchecked_ref());
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
