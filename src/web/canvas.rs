//! The one plotters backend of the browser build ([`Surface`]: a page canvas, or SVG text for
//! exports), with canvas text measured by `measureText`, and the draw-function type charts
//! hand to it.

use crate::chart::{self, Scale, XMap};
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters::prelude::SVGBackend;
use plotters_backend::{
    text_anchor::{HPos, VPos},
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
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
/// range change (see CHANGELOG.md, stop 17). SVG exports, made once on a click,
/// keep plotters' own measure.
pub enum Surface<'a> {
    /// A canvas element, its 2D context, and the font and colours last set on it.
    Canvas(CanvasBackend, web_sys::CanvasRenderingContext2d, Font, Pen),
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
            Font::default(),
            Pen::default(),
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
            Surface::Canvas($b, ..) => $call.map_err(cast),
            Surface::Svg($b) => $call.map_err(cast),
        }
    };
}

impl DrawingBackend for Surface<'_> {
    type ErrorType = DrawError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Surface::Canvas(b, ..) => b.get_size(),
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
        self.forget_colours();
        each!(self, b => b.draw_pixel(point, color))
    }

    // Lines, paths and rectangles, the bulk of a chart, are drawn here rather than by
    // plotters-canvas, which formats and assigns the colour for every one (a bar chart sets
    // the same fill hundreds of times, and the canvas parses the CSS colour each time): the
    // colours and line width are assigned only when they change (`Pen`). The geometry is
    // plotters-canvas's, half-pixel shift of straight lines included.
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        let (ctx, pen) = match self {
            Surface::Svg(b) => return b.draw_line(from, to, style).map_err(cast),
            Surface::Canvas(_, ctx, _, pen) => (ctx, pen),
        };
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (from, to) = crisp(from, to);
        pen.stroke(ctx, style);
        ctx.begin_path();
        ctx.move_to(from.0, from.1);
        ctx.line_to(to.0, to.1);
        ctx.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let (ctx, pen) = match self {
            Surface::Svg(b) => {
                return b
                    .draw_rect(upper_left, bottom_right, style, fill)
                    .map_err(cast)
            }
            Surface::Canvas(_, ctx, _, pen) => (ctx, pen),
        };
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (
            f64::from(bottom_right.0 - upper_left.0),
            f64::from(bottom_right.1 - upper_left.1),
        );
        if fill {
            pen.fill(ctx, style.color());
            ctx.fill_rect(x, y, w, h);
        } else {
            pen.stroke(ctx, style);
            ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let (ctx, pen) = match self {
            Surface::Svg(b) => return b.draw_path(path, style).map_err(cast),
            Surface::Canvas(_, ctx, _, pen) => (ctx, pen),
        };
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut path = path.into_iter();
        ctx.begin_path();
        if let Some(start) = path.next() {
            pen.stroke(ctx, style);
            ctx.move_to(f64::from(start.0), f64::from(start.1));
            for next in path {
                ctx.line_to(f64::from(next.0), f64::from(next.1));
            }
        }
        ctx.stroke();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.forget_colours();
        each!(self, b => b.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        self.forget_colours();
        each!(self, b => b.fill_polygon(vert, style))
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Drawn {
        let (ctx, font, pen) = match self {
            Surface::Svg(b) => return b.draw_text(text, style, pos).map_err(cast),
            Surface::Canvas(_, ctx, font, pen) => (ctx, font, pen),
        };
        // What plotters-canvas does, with the font set only when it changes: assigning
        // `font` makes the canvas parse the CSS font again, and a chart draws dozens of
        // labels in two or three fonts (it was the largest single cost of a range change).
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let quarter_turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        // The font, alignment and colour are set before a rotation's `save()`: `restore()`
        // brings back the state saved, so the font stays what the cache says it is.
        ctx.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        ctx.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        pen.fill(ctx, color);
        font.set(ctx, style);
        let (mut x, mut y) = (f64::from(pos.0), f64::from(pos.1));
        if quarter_turns != 0.0 {
            ctx.save();
            let _ = ctx.translate(x, y);
            let _ = ctx.rotate(quarter_turns * std::f64::consts::FRAC_PI_2);
            (x, y) = (0.0, 0.0);
        }
        let drawn = ctx.fill_text(text, x, y);
        if quarter_turns != 0.0 {
            ctx.restore();
        }
        drawn.map_err(|e| DrawingErrorKind::DrawingError(DrawError(format!("{e:?}"))))
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<DrawError>> {
        let (ctx, font) = match self {
            Surface::Svg(b) => return b.estimate_text_size(text, style).map_err(cast),
            Surface::Canvas(_, ctx, font, _) => (ctx, font),
        };
        // Measured in the font the text is drawn in; the height is a normal line box, as the
        // span measurement gave.
        font.set(ctx, style);
        let width = ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0);
        Ok((width.ceil() as u32, (style.size() * 1.15).round() as u32))
    }
}

impl Surface<'_> {
    /// After plotters-canvas has drawn (it assigns colours itself), the colours the pen
    /// remembers may no longer be the context's.
    fn forget_colours(&mut self) {
        if let Surface::Canvas(.., pen) = self {
            *pen = Pen::default();
        }
    }
}

/// plotters-canvas's half-pixel shift: a horizontal or vertical line of odd width lands on
/// whole device pixels instead of blurring over two.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let mut from = (f64::from(from.0), f64::from(from.1));
    let mut to = (f64::from(to.0), f64::from(to.1));
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

/// The fill colour, stroke colour and line width last assigned to a canvas context, so that
/// each is assigned only when it changes. A new surface starts with none (a resized canvas's
/// context forgets them).
#[derive(Default)]
pub struct Pen {
    fill: Option<Rgba>,
    stroke: Option<(Rgba, u32)>,
}

impl Pen {
    fn fill(&mut self, ctx: &web_sys::CanvasRenderingContext2d, color: BackendColor) {
        let want = Rgba::of(color);
        if self.fill != Some(want) {
            ctx.set_fill_style_str(&want.css());
            self.fill = Some(want);
        }
    }

    fn stroke<S: BackendStyle>(&mut self, ctx: &web_sys::CanvasRenderingContext2d, style: &S) {
        let want = (Rgba::of(style.color()), style.stroke_width());
        if self.stroke != Some(want) {
            ctx.set_stroke_style_str(&want.0.css());
            ctx.set_line_width(f64::from(want.1));
            self.stroke = Some(want);
        }
    }
}

/// A colour as the canvas is given it: red, green, blue and the alpha in thousandths.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Rgba((u8, u8, u8), u32);

impl Rgba {
    fn of(c: BackendColor) -> Self {
        Rgba(c.rgb, (c.alpha.clamp(0.0, 1.0) * 1000.0).round() as u32)
    }

    /// As CSS: `rgb(…)` when opaque, else `rgba(…)` with the alpha to three decimals.
    fn css(self) -> String {
        let Rgba((r, g, b), a) = self;
        if a >= 1000 {
            format!("rgb({r},{g},{b})")
        } else {
            format!("rgba({r},{g},{b},0.{a:03})")
        }
    }
}

/// The font last assigned to a canvas context, so that it is assigned only when it changes.
#[derive(Default)]
pub struct Font(std::cell::RefCell<String>);

impl Font {
    /// Sets `style`'s font on `ctx` unless it is the one set last. The string is the one
    /// plotters-canvas writes (`normal 13.5px sans-serif`); a new surface starts with none,
    /// as a resized canvas's context forgets its font.
    fn set<T: BackendTextStyle>(&self, ctx: &web_sys::CanvasRenderingContext2d, style: &T) {
        let want = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        let mut last = self.0.borrow_mut();
        if *last != want {
            ctx.set_font(&want);
            *last = want;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_lines_shift_half_a_pixel_as_plotters_canvas_does() {
        assert_eq!(crisp((10, 5), (10, 20)), ((9.5, 5.0), (9.5, 20.0)));
        assert_eq!(crisp((3, 7), (40, 7)), ((3.0, 6.5), (40.0, 6.5)));
        assert_eq!(crisp((1, 2), (3, 4)), ((1.0, 2.0), (3.0, 4.0)));
    }

    #[test]
    fn colours_are_css() {
        let c = |rgb, alpha| BackendColor { alpha, rgb };
        let css_colour = |c| Rgba::of(c).css();
        assert_eq!(css_colour(c((0, 105, 77), 1.0)), "rgb(0,105,77)");
        assert_eq!(css_colour(c((255, 0, 9), 0.5)), "rgba(255,0,9,0.500)");
        assert_eq!(css_colour(c((1, 2, 3), 0.05)), "rgba(1,2,3,0.050)");
        // An alpha that rounds to one is opaque, not "0.1000".
        assert_eq!(css_colour(c((1, 2, 3), 0.9996)), "rgb(1,2,3)");
        assert_eq!(css_colour(c((1, 2, 3), -1.0)), "rgba(1,2,3,0.000)");
    }
}
