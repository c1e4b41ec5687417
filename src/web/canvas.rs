//! The one plotters backend of the browser build ([`Surface`]: a page canvas, or SVG text for
//! exports), with canvas text measured by `measureText`, and the draw-function type charts
//! hand to it.

use crate::chart::{self, Scale, XMap};
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters::prelude::SVGBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::JsCast;

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
