//! Charts drawn with plotters on any `DrawingBackend`: the canvas in the browser, SVG in native
//! tests and exports. Pure: no leptos, no web-sys (the canvas glue lives in the components).

pub mod model;

use crate::data::{Date, Status, Week};
use crate::i18n::{format, Locale};
use crate::stats::DateRange;
use model::{AnnualBar, MonthBar, WeekBar};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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
    /// Right axis caption.
    pub y_ha: String,
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
            legend: [
                t.anti_tank.into(),
                t.anti_personnel.into(),
                t.uxo.into(),
                t.legend_ha_line.into(),
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

/// The weekly chart: stacked anti-tank / anti-personnel / UXO bars per reported period (at
/// their true dates, so unreported weeks are visible gaps), hectares as a line on the right
/// axis broken wherever a week is missing, disputed periods marked with a hatched cap.
pub fn draw_weekly<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    bars: &[WeekBar],
    x_range: (f64, f64),
    theme: &Theme,
    text: &ChartText,
    scale: Scale,
    active: Option<usize>,
) -> Res<XMap> {
    root.fill(&theme.bg).map_err(err)?;
    let items_max = nice_max(bars.iter().map(|b| b.stack_top()).fold(0.0, f64::max));
    let ha_max = nice_max(bars.iter().filter_map(|b| b.ha).fold(0.0, f64::max));
    let (x0, x1) = (x_range.0, x_range.1.max(x_range.0 + 7.0));
    let f = scale.font;
    let mut chart = ChartBuilder::on(root)
        .margin_top((f * 1.0) as i32)
        .margin_left((f * 0.5) as i32)
        .margin_right((f * 0.5) as i32)
        .x_label_area_size((f * 2.2) as i32)
        .y_label_area_size((f * 4.2) as i32)
        .right_y_label_area_size((f * 4.2) as i32)
        .build_cartesian_2d(x0..x1, 0f64..items_max)
        .map_err(err)?
        .set_secondary_coord(x0..x1, 0f64..ha_max);
    let number = |v: f64| text.number(v);
    let date = |v: f64| text.date(v);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(theme.grid)
        .axis_style(theme.ink2)
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|x| date(*x))
        .y_label_formatter(&|y| number(*y))
        .label_style(font(scale, 0.85, theme.ink2))
        .axis_desc_style(font(scale, 0.85, theme.ink2))
        .y_desc(text.y_items.as_str())
        .draw()
        .map_err(err)?;
    chart
        .configure_secondary_axes()
        .axis_style(theme.ink2)
        .y_labels(6)
        .y_label_formatter(&|y| number(*y))
        .label_style(font(scale, 0.85, theme.ha))
        .axis_desc_style(font(scale, 0.85, theme.ha))
        .y_desc(text.y_ha.as_str())
        .draw()
        .map_err(err)?;

    // Stacked bars; a period's bar spans its days (at least 3 days wide to stay visible).
    for (i, b) in bars.iter().enumerate() {
        let (bx0, bx1) = b.x_span();
        let mut y = 0.0;
        let highlight = active == Some(i);
        for (v, c) in [(b.at, theme.at), (b.ap, theme.ap), (b.uxo, theme.uxo)] {
            if let Some(v) = v {
                let style = if highlight {
                    c.mix(1.0).filled()
                } else {
                    c.mix(0.85).filled()
                };
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(bx0, y), (bx1, y + v)],
                        style,
                    )))
                    .map_err(err)?;
                y += v;
            }
        }
        if b.status == Status::Disputed {
            // Hatched cap: a pattern as well as a colour, so it never relies on colour alone.
            let cap = items_max * 0.04;
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(bx0, y), (bx1, y + cap)],
                    ShapeStyle::from(theme.disputed).stroke_width(scale.line),
                )))
                .map_err(err)?;
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(bx0, y), (bx1, y + cap)],
                    ShapeStyle::from(theme.disputed).stroke_width(scale.line),
                )))
                .map_err(err)?;
        }
        if highlight {
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(bx0, 0.0), (bx1, items_max)],
                    ShapeStyle::from(theme.ink.mix(0.08)).filled(),
                )))
                .map_err(err)?;
        }
    }
    // Hectares: one line per run of contiguous reported weeks; isolated weeks are dots.
    let ha_style = ShapeStyle::from(theme.ha).stroke_width(scale.line * 2);
    for run in model::hectare_runs(bars) {
        if run.len() > 1 {
            chart
                .draw_secondary_series(LineSeries::new(run.iter().copied(), ha_style))
                .map_err(err)?;
        }
        chart
            .draw_secondary_series(
                run.iter()
                    .map(|&(x, y)| Circle::new((x, y), (scale.line * 2) as i32, theme.ha.filled())),
            )
            .map_err(err)?;
    }
    let (px, py) = chart.plotting_area().get_pixel_range();
    Ok(XMap {
        px: (px.start, px.end),
        py: (py.start, py.end),
        x: (x0, x1),
    })
}

/// The annual chart: hectares per year from ANAMA's annual totals, a partial current year
/// drawn hollow, and the stated yearly goal as a dashed reference line.
pub fn draw_annual<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    bars: &[AnnualBar],
    goal: Option<f64>,
    theme: &Theme,
    text: &ChartText,
    scale: Scale,
    active: Option<usize>,
) -> Res<XMap> {
    root.fill(&theme.bg).map_err(err)?;
    let max = nice_max(bars.iter().map(|b| b.value).chain(goal).fold(0.0, f64::max) * 1.08);
    let n = bars.len().max(1);
    let mut chart = bar_chart(root, scale, 0.0..n as f64, max)?;
    let labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    let number = |v: f64| text.number(v);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(theme.grid)
        .axis_style(theme.ink2)
        .x_labels(n * 2 + 1)
        .x_label_formatter(&|x| {
            let i = x.floor() as usize;
            if (x - x.floor() - 0.5).abs() < 0.01 {
                labels.get(i).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_labels(6)
        .y_label_formatter(&|y| number(*y))
        .label_style(font(scale, 0.9, theme.ink2))
        .axis_desc_style(font(scale, 0.85, theme.ink2))
        .y_desc(text.y_ha.as_str())
        .draw()
        .map_err(err)?;
    for (i, b) in bars.iter().enumerate() {
        let (x0, x1) = (i as f64 + 0.18, i as f64 + 0.82);
        if active == Some(i) {
            highlight(&mut chart, theme, (i as f64 + 0.05, i as f64 + 0.95), max)?;
        }
        let style = bar_style(theme, scale, b.partial || b.qualifier.is_qualified());
        chart
            .draw_series(std::iter::once(Rectangle::new(
                [(x0, 0.0), (x1, b.value)],
                style,
            )))
            .map_err(err)?;
        // The value sits on top of its bar, or just inside the top when the goal line would
        // run through it there (the label is about 5 % of the axis tall).
        let above = b.value + max * 0.01;
        let inside = goal.is_some_and(|g| g >= b.value && g <= above + max * 0.06);
        let (y, label) = if inside {
            let colour = if b.partial { theme.ink } else { theme.bg };
            (
                b.value - max * 0.01,
                font(scale, 0.85, colour).pos(Pos::new(HPos::Center, VPos::Top)),
            )
        } else {
            (
                above,
                font(scale, 0.85, theme.ink).pos(Pos::new(HPos::Center, VPos::Bottom)),
            )
        };
        chart
            .draw_series(std::iter::once(Text::new(
                number(b.value),
                ((x0 + x1) / 2.0, y),
                label,
            )))
            .map_err(err)?;
    }
    if let Some(g) = goal {
        let dash = ShapeStyle::from(theme.reference).stroke_width(scale.line * 2);
        let mut x = 0.0;
        while x < n as f64 {
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(x, g), ((x + 0.12).min(n as f64), g)],
                    dash,
                )))
                .map_err(err)?;
            x += 0.2;
        }
        chart
            .draw_series(std::iter::once(Text::new(
                text.goal.clone(),
                (0.05, g + max * 0.012),
                font(scale, 0.85, theme.reference).pos(Pos::new(HPos::Left, VPos::Bottom)),
            )))
            .map_err(err)?;
    }
    Ok(xmap_of(&chart, (0.0, n as f64)))
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

/// The monthly chart: hectares per calendar month where a monthly total was published;
/// months without one are gaps.
pub fn draw_monthly<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    bars: &[MonthBar],
    theme: &Theme,
    text: &ChartText,
    scale: Scale,
    active: Option<usize>,
) -> Res<Option<XMap>> {
    root.fill(&theme.bg).map_err(err)?;
    let (Some(first), Some(last)) = (bars.first(), bars.last()) else {
        return Ok(None);
    };
    let x0 = Date::new(first.year, first.month, 1)
        .map(Date::days)
        .unwrap_or(0) as f64;
    let x1 = Date::new(last.year, last.month, 1)
        .map(|d| d.add_days(31).days())
        .unwrap_or(1) as f64;
    let max = nice_max(bars.iter().map(|b| b.value).fold(0.0, f64::max));
    let mut chart = bar_chart(root, scale, x0..x1, max)?;
    let number = |v: f64| text.number(v);
    let date = |v: f64| text.date(v);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(theme.grid)
        .axis_style(theme.ink2)
        .x_labels(6)
        .x_label_formatter(&|x| date(*x))
        .y_labels(5)
        .y_label_formatter(&|y| number(*y))
        .label_style(font(scale, 0.85, theme.ink2))
        .axis_desc_style(font(scale, 0.85, theme.ink2))
        .y_desc(text.y_ha.as_str())
        .draw()
        .map_err(err)?;
    for (i, b) in bars.iter().enumerate() {
        let Some(start) = Date::new(b.year, b.month, 1) else {
            continue;
        };
        let s = start.days() as f64 + 2.0;
        let e = start.days() as f64 + 27.0;
        if active == Some(i) {
            highlight(&mut chart, theme, (s - 2.0, e + 2.0), max)?;
        }
        let style = bar_style(theme, scale, b.hollow());
        chart
            .draw_series(std::iter::once(Rectangle::new(
                [(s, 0.0), (e, b.value)],
                style,
            )))
            .map_err(err)?;
    }
    Ok(Some(xmap_of(&chart, (x0, x1))))
}

/// The x range (days since 1970) drawn for a date range: a few days of margin on each side so
/// the first and last bars are whole.
pub fn weekly_x_range(r: DateRange) -> (f64, f64) {
    (f64::from(r.from.days()) - 3.0, f64::from(r.to.days()) + 4.0)
}

/// The weekly chart of a range as SVG (exports, native tests and benchmarks).
pub fn weekly_svg<S: SvgSurface>(
    weeks: &[Week],
    r: DateRange,
    theme: &Theme,
    text: &ChartText,
    size: (u32, u32),
    scale: Scale,
) -> Res<String> {
    let bars = model::week_bars(weeks, r);
    to_svg::<S>(size, |root| {
        draw_weekly(root, &bars, weekly_x_range(r), theme, text, scale, None).map(|_| ())
    })
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
