//! The annual chart: ANAMA's annual hectares, the partial current year and the goal line.

use super::model::AnnualBar;
use super::{
    bar_chart, bar_style, err, font, highlight, house_mesh, nice_max, xmap_of, Look, Res, XMap,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The annual chart: hectares per year from ANAMA's annual totals, a partial current year
/// drawn hollow, and the stated yearly goal as a dashed reference line.
pub fn draw_annual<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    bars: &[AnnualBar],
    goal: Option<f64>,
    look: &Look,
    active: Option<usize>,
) -> Res<XMap> {
    let Look { theme, text, scale } = *look;
    root.fill(&theme.bg).map_err(err)?;
    let max = nice_max(bars.iter().map(|b| b.value).chain(goal).fold(0.0, f64::max) * 1.08);
    let n = bars.len().max(1);
    let mut chart = bar_chart(root, scale, 0.0..n as f64, max)?;
    let labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    let number = |v: f64| text.number(v);
    house_mesh(&mut chart.configure_mesh(), theme, scale, 0.9)
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
        .y_desc(text.y_ha_year.as_str())
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
