//! The monthly chart: hectares per calendar month where ANAMA published a monthly total.

use super::model::MonthBar;
use super::{bar_chart, bar_style, err, highlight, house_mesh, nice_max, xmap_of, Look, Res, XMap};
use crate::data::Date;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The monthly chart: hectares per calendar month where a monthly total was published;
/// months without one are gaps.
pub fn draw_monthly<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    bars: &[MonthBar],
    look: &Look,
    active: Option<usize>,
) -> Res<Option<XMap>> {
    let Look { theme, text, scale } = *look;
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
    house_mesh(&mut chart.configure_mesh(), theme, scale, 0.85)
        .x_labels(6)
        .x_label_formatter(&|x| date(*x))
        .y_labels(5)
        .y_label_formatter(&|y| number(*y))
        .y_desc(text.y_ha_month.as_str())
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
