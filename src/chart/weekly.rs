//! The weekly chart: stacked items per reported period and hectares on a second axis.

use super::model::{self, WeekBar};
use super::{
    err, font, house_mesh, nice_max, to_svg, ChartText, Res, Scale, SvgSurface, Theme, XMap,
};
use crate::data::{Status, Week};
use crate::stats::DateRange;
use plotters::coord::Shift;
use plotters::prelude::*;

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
    house_mesh(&mut chart.configure_mesh(), theme, scale, 0.85)
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|x| date(*x))
        .y_label_formatter(&|y| number(*y))
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
