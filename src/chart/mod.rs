//! Charts drawn with plotters on any `DrawingBackend`: the canvas in the browser, SVG in native
//! tests and exports. Pure: no leptos, no web-sys (the canvas glue lives in the components).

mod annual;
pub mod model;
mod monthly;
mod weekly;

pub use annual::draw_annual;
pub use monthly::draw_monthly;
pub use weekly::{draw_weekly, weekly_svg, weekly_x_range};

use crate::data::Date;
use crate::i18n::{format, Locale};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Colours of a theme (light or dark), matching the CSS custom properties.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Background.
    pub bg: RGBColor,
    /// Text and axes.
    pub ink: RGBColor,
    /// Secondary text and grid.
    pub ink2: RGBColor,
    /// Light grid lines.
    pub grid: RGBColor,
    /// Anti-tank.
    pub at: RGBColor,
    /// Anti-personnel.
    pub ap: RGBColor,
    /// UXO.
    pub uxo: RGBColor,
    /// Hectares (line).
    pub ha: RGBColor,
    /// Disputed marks.
    pub disputed: RGBColor,
    /// Reference lines (goal).
    pub reference: RGBColor,
}

/// The light theme (Okabe–Ito categorical colours).
pub const LIGHT: Theme = Theme {
    bg: RGBColor(255, 255, 255),
    ink: RGBColor(27, 31, 36),
    ink2: RGBColor(74, 82, 92),
    grid: RGBColor(228, 225, 216),
    at: RGBColor(213, 94, 0),
    ap: RGBColor(204, 121, 167),
    uxo: RGBColor(0, 114, 178),
    ha: RGBColor(0, 105, 77),
    disputed: RGBColor(122, 75, 0),
    reference: RGBColor(179, 89, 0),
};

/// The dark theme: the same hues, lifted for a dark background.
pub const DARK: Theme = Theme {
    bg: RGBColor(27, 33, 40),
    ink: RGBColor(238, 241, 244),
    ink2: RGBColor(181, 190, 200),
    grid: RGBColor(50, 59, 69),
    at: RGBColor(255, 138, 61),
    ap: RGBColor(231, 156, 203),
    uxo: RGBColor(86, 180, 233),
    ha: RGBColor(111, 224, 189),
    disputed: RGBColor(240, 195, 107),
    reference: RGBColor(255, 184, 112),
};

/// Texts drawn inside charts (already translated).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartText {
    /// Left axis caption.
    pub y_items: String,
    /// Hectares axis caption of the weekly chart (per reported period).
    pub y_ha: String,
    /// Hectares axis caption of the annual chart.
    pub y_ha_year: String,
    /// Hectares axis caption of the monthly chart.
    pub y_ha_month: String,
    /// Legend names: anti-tank, anti-personnel, UXO, hectares, disputed.
    pub legend: [String; 5],
    /// Goal line caption.
    pub goal: String,
    /// The language of numbers and dates on the axes.
    pub locale: Locale,
}

impl ChartText {
    /// The texts of the charts in a language (the goal caption is set by the annual chart).
    pub fn new(l: Locale) -> Self {
        let t = l.messages();
        Self {
            y_items: t.y_items.into(),
            y_ha: t.y_ha.into(),
            y_ha_year: t.y_ha_year.into(),
            y_ha_month: t.y_ha_month.into(),
            legend: [
                t.anti_tank.into(),
                t.anti_personnel.into(),
                t.uxo.into(),
                t.legend_ha_bars.into(),
                t.legend_disputed.into(),
            ],
            goal: String::new(),
            locale: l,
        }
    }

    /// Formats a number for axis labels.
    pub fn number(&self, v: f64) -> String {
        format::auto(v, 1, self.locale)
    }

    /// Formats a date (days since 1970) for the time axis: "Mar 2024".
    pub fn date(&self, days: f64) -> String {
        let d = Date::from_days(days.round() as i32);
        format!("{} {}", format::month_short(d.m, self.locale), d.y)
    }
}

/// Drawing sizes (scaled by devicePixelRatio in the browser).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// Base font size in pixels.
    pub font: f64,
    /// Line width in pixels.
    pub line: u32,
}

/// How a chart is drawn, apart from what it shows: colours, texts and sizes.
#[derive(Debug, Clone, Copy)]
pub struct Look<'a> {
    /// The colours.
    pub theme: &'a Theme,
    /// The texts drawn inside, translated.
    pub text: &'a ChartText,
    /// Font size and line width.
    pub scale: Scale,
}

/// Where the plotting area lies, to map a pointer back to data (from plotters' pixel range).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct XMap {
    /// Pixel x of the left and right edges of the plotting area.
    pub px: (i32, i32),
    /// Pixel y of the top and bottom edges.
    pub py: (i32, i32),
    /// Data x at the left and right edges.
    pub x: (f64, f64),
}

impl XMap {
    /// Data x for a pixel x (None outside the plotting area).
    pub fn data_x(&self, px: i32) -> Option<f64> {
        if px < self.px.0 || px > self.px.1 || self.px.1 == self.px.0 {
            return None;
        }
        let t = f64::from(px - self.px.0) / f64::from(self.px.1 - self.px.0);
        Some(self.x.0 + t * (self.x.1 - self.x.0))
    }

    /// Pixel x for a data x.
    pub fn pixel_x(&self, x: f64) -> f64 {
        let t = (x - self.x.0) / (self.x.1 - self.x.0);
        f64::from(self.px.0) + t * f64::from(self.px.1 - self.px.0)
    }
}

type Res<T> = Result<T, String>;

fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}

fn font(scale: Scale, mult: f64, colour: RGBColor) -> TextStyle<'static> {
    // The family as a value, not the string "sans-serif": plotters lower-cases strings with
    // full Unicode case tables (12 KB of wasm).
    FontDesc::new(FontFamily::SansSerif, scale.font * mult, FontStyle::Normal).color(&colour)
}

/// Nice upper bound for an axis.
pub fn nice_max(v: f64) -> f64 {
    if v <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powi(v.log10().floor() as i32);
    for m in [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if m * mag >= v {
            return m * mag;
        }
    }
    10.0 * mag
}

/// The house style of every chart's grid and axes: horizontal grid lines only, muted axes,
/// label and caption fonts. Each chart adds its own ticks, formatters and caption.
fn house_mesh<'a, 'b, 'm, X: Ranged, Y: Ranged, DB: DrawingBackend>(
    m: &'m mut plotters::chart::MeshStyle<'a, 'b, X, Y, DB>,
    theme: &Theme,
    scale: Scale,
    label: f64,
) -> &'m mut plotters::chart::MeshStyle<'a, 'b, X, Y, DB> {
    m.disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(theme.grid)
        .axis_style(theme.ink2)
        .label_style(font(scale, label, theme.ink2))
        .axis_desc_style(font(scale, 0.85, theme.ink2))
}

/// The pixel extent of a chart's plotting area and its data x range, for pointer lookups.
fn xmap_of<DB: DrawingBackend, Y: Ranged>(
    chart: &ChartContext<'_, DB, Cartesian2d<RangedCoordf64, Y>>,
    x: (f64, f64),
) -> XMap {
    let (px, py) = chart.plotting_area().get_pixel_range();
    XMap {
        px: (px.start, px.end),
        py: (py.start, py.end),
        x,
    }
}

/// A light band behind the selected bar.
fn highlight<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    theme: &Theme,
    x: (f64, f64),
    y_max: f64,
) -> Res<()> {
    chart
        .draw_series(std::iter::once(Rectangle::new(
            [(x.0, 0.0), (x.1, y_max)],
            ShapeStyle::from(theme.ink.mix(0.08)).filled(),
        )))
        .map_err(err)?;
    Ok(())
}

/// The frame of the annual and monthly charts: one value axis from zero to `y_max`.
fn bar_chart<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    scale: Scale,
    x: std::ops::Range<f64>,
    y_max: f64,
) -> Res<ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>> {
    let f = scale.font;
    ChartBuilder::on(root)
        .margin_top((f * 1.0) as i32)
        .margin_right((f * 1.0) as i32)
        .x_label_area_size((f * 2.2) as i32)
        .y_label_area_size((f * 4.5) as i32)
        .build_cartesian_2d(x, 0f64..y_max)
        .map_err(err)
}

/// Style of a bar: filled, or hollow for a partial or qualified ("over", "about") value.
fn bar_style(theme: &Theme, scale: Scale, hollow: bool) -> ShapeStyle {
    if hollow {
        ShapeStyle::from(theme.ha).stroke_width(scale.line * 2)
    } else {
        theme.ha.filled()
    }
}

/// The backend SVG output is drawn on: plotters' SVG backend itself ([`PlainSvg`]), or that
/// backend wrapped in another type. The browser wraps it in its one chart backend type, so the
/// drawing code is compiled once for the canvases and the exports.
pub trait SvgSurface {
    /// The backend the charts draw on.
    type Backend<'a>: DrawingBackend;
    /// Wraps the SVG backend.
    fn wrap(svg: SVGBackend<'_>) -> Self::Backend<'_>;
}

/// Plotters' SVG backend as it is (native tests and benchmarks).
pub struct PlainSvg;

impl SvgSurface for PlainSvg {
    type Backend<'a> = SVGBackend<'a>;
    fn wrap(svg: SVGBackend<'_>) -> SVGBackend<'_> {
        svg
    }
}

/// Renders a chart to an SVG string with the same drawing code (native tests and exports).
pub fn to_svg<S: SvgSurface>(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<S::Backend<'_>, Shift>) -> Res<()>,
) -> Res<String> {
    let mut out = String::new();
    {
        let root = S::wrap(SVGBackend::with_string(&mut out, size)).into_drawing_area();
        draw(&root)?;
        root.present().map_err(err)?;
    }
    Ok(out)
}
