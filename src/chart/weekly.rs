//! The weekly chart: two panels on one time axis — hectares cleared per reported period (the
//! main panel, with the "typical week" line) and the items found, stacked, below — no second
//! y-axis.

use super::model::{self, WeekBar};
use super::{err, font, house_mesh, to_svg, Look, Res, Scale, SvgSurface, Theme, XMap};
use crate::data::{Status, Week};
use crate::stats::DateRange;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

type Panel<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// One bar (or one segment of a stacked bar) from `y0` to `y1`, cut at the panel's top.
fn bar<DB: DrawingBackend>(
    panel: &mut Panel<'_, DB>,
    x: (f64, f64),
    y: (f64, f64),
    top: f64,
    style: ShapeStyle,
) -> Res<()> {
    if y.0 >= top {
        return Ok(());
    }
    panel
        .draw_series(std::iter::once(Rectangle::new(
            [(x.0, y.0), (x.1, y.1.min(top))],
            style,
        )))
        .map_err(err)?;
    Ok(())
}

/// Where the printed values of cut bars go: beside each bar's top, moved down a row when the
/// label would run into the previous one (neighbouring outliers).
struct CutLabels {
    /// Pixel x of the plotting area's edges and its data x range.
    px: (f64, f64),
    x: (f64, f64),
    /// Data units per pixel on the y axis.
    y_per_px: f64,
    /// Right edge (pixels) of the last label in each row.
    rows: Vec<f64>,
    /// Labels placed, drawn after every bar so that no bar covers one: data x and y of the
    /// top-left corner, width in pixels, text.
    pending: Vec<(f64, f64, f64, String)>,
}

impl CutLabels {
    fn new<DB: DrawingBackend>(panel: &Panel<'_, DB>, x: (f64, f64), top: f64) -> Self {
        let (px, py) = panel.plotting_area().get_pixel_range();
        Self {
            px: (f64::from(px.start), f64::from(px.end)),
            x,
            y_per_px: top / f64::from((py.end - py.start).max(1)),
            rows: Vec::new(),
            pending: Vec::new(),
        }
    }

    /// Draws the labels placed, each on a patch of the background.
    fn draw<DB: DrawingBackend>(
        &self,
        panel: &mut Panel<'_, DB>,
        theme: &Theme,
        scale: Scale,
    ) -> Res<()> {
        let x_per_px = (self.x.1 - self.x.0) / (self.px.1 - self.px.0).max(1.0);
        let h = scale.font * 0.8 * 1.1 * self.y_per_px;
        for (x, y, width, text) in &self.pending {
            panel
                .draw_series(std::iter::once(Rectangle::new(
                    [
                        (*x - 2.0 * x_per_px, *y),
                        (*x + (width + 2.0) * x_per_px, *y - h),
                    ],
                    theme.bg.mix(0.85).filled(),
                )))
                .map_err(err)?;
            panel
                .draw_series(std::iter::once(Text::new(
                    text.clone(),
                    (*x, *y),
                    font(scale, 0.8, theme.ink),
                )))
                .map_err(err)?;
        }
        Ok(())
    }

    /// The row for a label starting at data x `x` and `width` pixels wide.
    fn row(&mut self, x: f64, width: f64) -> usize {
        let left = self.px.0 + (x - self.x.0) / (self.x.1 - self.x.0) * (self.px.1 - self.px.0);
        let i = self
            .rows
            .iter()
            .position(|r| *r + 2.0 < left)
            .unwrap_or(self.rows.len());
        if i == self.rows.len() {
            self.rows.push(0.0);
        }
        self.rows[i] = left + width;
        i
    }
}

/// An outlier cut at the panel's top: a gap across the bar near its top and the value printed
/// beside it (placed now, drawn after the bars), so the reader sees both that it was cut and
/// how tall it is.
fn clipped_mark<DB: DrawingBackend>(
    panel: &mut Panel<'_, DB>,
    labels: &mut CutLabels,
    x: (f64, f64),
    top: f64,
    value: &str,
    theme: &Theme,
    scale: Scale,
) -> Res<()> {
    panel
        .draw_series(std::iter::once(Rectangle::new(
            [(x.0, top * 0.88), (x.1, top * 0.92)],
            theme.bg.filled(),
        )))
        .map_err(err)?;
    let size = scale.font * 0.8;
    let width = value.chars().count() as f64 * size * 0.6;
    let row = labels.row(x.1 + 1.0, width) as f64;
    let y = top - row * size * 1.15 * labels.y_per_px;
    labels
        .pending
        .push((x.1 + 1.0, y, width, value.to_string()));
    Ok(())
}

/// The hatched cap of a disputed period (a pattern as well as a colour): `cap` high, at `value`
/// or, for a value cut at the panel's `top`, just under it.
fn disputed_cap<DB: DrawingBackend>(
    panel: &mut Panel<'_, DB>,
    x: (f64, f64),
    (value, cap, top): (f64, f64, f64),
    theme: &Theme,
    scale: Scale,
) -> Res<()> {
    let y = value.min(top - cap);
    let style = ShapeStyle::from(theme.disputed).stroke_width(scale.line);
    panel
        .draw_series(std::iter::once(Rectangle::new(
            [(x.0, y), (x.1, y + cap)],
            style,
        )))
        .map_err(err)?;
    panel
        .draw_series(std::iter::once(PathElement::new(
            vec![(x.0, y), (x.1, y + cap)],
            style,
        )))
        .map_err(err)?;
    Ok(())
}

/// One panel of the weekly chart on the shared time axis. Both panels have the same left and
/// right margins and y label area, so their x pixels match; `(top, bottom, x_labels)` are the
/// top and bottom margins and the height of the x label area, in font sizes.
fn panel<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    f: f64,
    (top, bottom, x_labels): (f64, f64, f64),
    y_area: i32,
    x: std::ops::Range<f64>,
    y_top: f64,
) -> Res<Panel<'a, DB>> {
    ChartBuilder::on(area)
        .margin_top((f * top) as i32)
        .margin_left((f * 0.5) as i32)
        .margin_right((f * 3.2) as i32)
        .margin_bottom((f * bottom) as i32)
        .x_label_area_size((f * x_labels) as i32)
        .y_label_area_size(y_area)
        .build_cartesian_2d(x, 0f64..y_top)
        .map_err(err)
}

/// The weekly chart. Bars stand at their periods' true dates, so unreported weeks are visible
/// gaps. The main panel shows hectares per reported period and the typical week (the median of
/// the last [`model::TYPICAL_PERIODS`] reported periods); the smaller panel below stacks
/// anti-tank / anti-personnel / UXO. A value far above the rest is cut at the panel's top with
/// its value printed; years are marked; disputed periods carry a hatched cap. Narrow charts get
/// fewer ticks and a taller main panel.
pub fn draw_weekly<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    bars: &[WeekBar],
    x_range: (f64, f64),
    look: &Look,
    active: Option<usize>,
) -> Res<XMap> {
    let Look { theme, text, scale } = *look;
    root.fill(&theme.bg).map_err(err)?;
    let (w, h) = root.dim_in_pixel();
    let f = scale.font;
    let narrow = f64::from(w) < f * 40.0;
    let x_ticks = if narrow {
        3
    } else if f64::from(w) < f * 70.0 {
        5
    } else {
        7
    };
    let (x0, x1) = (x_range.0, x_range.1.max(x_range.0 + 7.0));
    let main_share = if narrow { 0.64 } else { 0.6 };
    let (top_area, bottom_area) = root.split_vertically((f64::from(h) * main_share) as u32);
    let y_area = (f * 4.2) as i32;
    let number = |v: f64| text.number(v);
    let date = |v: f64| text.date(v);

    // Main panel: hectares per reported period.
    let ha_values: Vec<f64> = bars.iter().filter_map(|b| b.ha).collect();
    let (ha_top, _) = model::panel_top(&ha_values);
    let mut main = panel(&top_area, f, (1.4, 0.6, 0.0), y_area, x0..x1, ha_top)?;
    house_mesh(&mut main.configure_mesh(), theme, scale, 0.85)
        .x_labels(0)
        .y_labels(if narrow { 4 } else { 5 })
        .y_label_formatter(&|y| number(*y))
        .y_desc(text.y_ha.as_str())
        .draw()
        .map_err(err)?;

    // Items panel below, on the same time axis (same margins, so the x pixels match).
    let items: Vec<f64> = bars
        .iter()
        .map(WeekBar::stack_top)
        .filter(|v| *v > 0.0)
        .collect();
    let (items_top, _) = model::panel_top(&items);
    let mut lower = panel(&bottom_area, f, (0.4, 0.0, 2.2), y_area, x0..x1, items_top)?;
    house_mesh(&mut lower.configure_mesh(), theme, scale, 0.85)
        .x_labels(x_ticks)
        .y_labels(3)
        .x_label_formatter(&|x| date(*x))
        .y_label_formatter(&|y| number(*y))
        .y_desc(text.y_items.as_str())
        .draw()
        .map_err(err)?;

    // Year boundaries across both panels, the year named at the top of the main panel.
    for (x, year) in model::year_starts(x0, x1) {
        let line = ShapeStyle::from(theme.ink2.mix(0.45)).stroke_width(scale.line);
        main.draw_series(std::iter::once(PathElement::new(
            vec![(x, 0.0), (x, ha_top)],
            line,
        )))
        .map_err(err)?;
        lower
            .draw_series(std::iter::once(PathElement::new(
                vec![(x, 0.0), (x, items_top)],
                line,
            )))
            .map_err(err)?;
        main.draw_series(std::iter::once(Text::new(
            year.to_string(),
            (x + 3.0, ha_top),
            font(scale, 0.8, theme.ink2),
        )))
        .map_err(err)?;
    }

    let mut main_cuts = CutLabels::new(&main, (x0, x1), ha_top);
    let mut lower_cuts = CutLabels::new(&lower, (x0, x1), items_top);
    let alpha = |i: usize| if active == Some(i) { 1.0 } else { 0.85 };
    if let Some(i) = active.filter(|&i| i < bars.len()) {
        let span = bars[i].x_span();
        super::highlight(&mut main, theme, span, ha_top)?;
        super::highlight(&mut lower, theme, span, items_top)?;
    }
    // The bars colour by colour (the hectares, then each layer of the stacks): no two bars
    // overlap, so the order changes no pixel, and the canvas is given each colour once per
    // layer instead of four times per week.
    for (i, b) in bars.iter().enumerate() {
        if let Some(ha) = b.ha {
            let style = theme.ha.mix(alpha(i)).filled();
            bar(&mut main, b.x_span(), (0.0, ha), ha_top, style)?;
        }
    }
    let layers = |b: &WeekBar| [b.at, b.ap, b.uxo];
    for (layer, colour) in [theme.at, theme.ap, theme.uxo].into_iter().enumerate() {
        for (i, b) in bars.iter().enumerate() {
            let stack = layers(b);
            let Some(v) = stack[layer] else { continue };
            let y: f64 = stack[..layer].iter().flatten().sum();
            let style = colour.mix(alpha(i)).filled();
            bar(&mut lower, b.x_span(), (y, y + v), items_top, style)?;
        }
    }
    // Over the bars: the gaps of cut bars and the caps of disputed periods.
    for b in bars {
        let span = b.x_span();
        if let Some(ha) = b.ha.filter(|&ha| ha > ha_top) {
            clipped_mark(
                &mut main,
                &mut main_cuts,
                span,
                ha_top,
                &number(ha),
                theme,
                scale,
            )?;
        }
        let y = b.stack_top();
        if y > items_top {
            clipped_mark(
                &mut lower,
                &mut lower_cuts,
                span,
                items_top,
                &number(y),
                theme,
                scale,
            )?;
        }
        if b.status == Status::Disputed {
            disputed_cap(
                &mut lower,
                span,
                (y, items_top * 0.06, items_top),
                theme,
                scale,
            )?;
            if let Some(ha) = b.ha {
                disputed_cap(&mut main, span, (ha, ha_top * 0.05, ha_top), theme, scale)?;
            }
        }
    }

    main_cuts.draw(&mut main, theme, scale)?;
    lower_cuts.draw(&mut lower, theme, scale)?;

    // The typical week: one line over the reported periods (the median is of reported periods
    // only; nothing is drawn for a missing week, and the line does not claim one).
    let typical = model::typical_week(bars, model::TYPICAL_PERIODS);
    if typical.len() > 1 {
        main.draw_series(LineSeries::new(
            typical.iter().map(|&(x, y)| (x, y.min(ha_top))),
            ShapeStyle::from(theme.ink).stroke_width(scale.line * 2),
        ))
        .map_err(err)?;
    }

    let (px, py_main) = main.plotting_area().get_pixel_range();
    let (_, py_lower) = lower.plotting_area().get_pixel_range();
    Ok(XMap {
        px: (px.start, px.end),
        py: (py_main.start, py_lower.end),
        x: (x0, x1),
    })
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
    look: &Look,
    size: (u32, u32),
) -> Res<String> {
    let bars = model::week_bars(weeks, r);
    to_svg::<S>(size, |root| {
        draw_weekly(root, &bars, weekly_x_range(r), look, None).map(|_| ())
    })
}
