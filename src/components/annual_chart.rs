//! Years: ANAMA's annual hectares with the stated goal as a reference line, the partial
//! current year, and the pace card (a range with its assumptions, never a date).

use super::canvas_chart::{theme, CanvasChart, DrawFn};
use super::weekly_chart::chart_text;
use crate::chart::{self, model};
use crate::i18n::{fill, format};
use crate::state::use_app;
use crate::stats;
use leptos::prelude::*;
use std::rc::Rc;

/// Annual chart, monthly chart and pace.
#[component]
pub fn AnnualChart() -> impl IntoView {
    let app = use_app();
    let bars = Memo::new(move |_| app.data.with(|d| model::annual_bars(d)));
    let goal = Memo::new(move |_| {
        app.data.with(|d| {
            stats::latest_context(&d.totals, crate::data::TotalMetric::GoalHectaresPerYear)
                .map(|t| t.value)
        })
    });
    let draw: DrawFn = Rc::new(move |root, scale| {
        let l = app.locale.get();
        let mut text = chart_text(l);
        if let Some(g) = goal.get() {
            text.goal = fill(l.messages().goal_label, &[("g", &format::int(g, l))]);
        }
        chart::draw_annual(
            root,
            &bars.get(),
            goal.get(),
            &theme(app.theme.get()),
            &text,
            scale,
        )
        .map(|_| None)
    });
    let title = move || {
        let l = app.locale.get();
        let t = l.messages();
        let b = bars.get();
        let full: Vec<&model::AnnualBar> = b.iter().filter(|x| !x.partial).collect();
        let last = full.last()?;
        let is_max = full.iter().all(|x| x.value <= last.value);
        Some(if is_max {
            fill(
                t.annual_title,
                &[("y", &last.label), ("v", &format::auto(last.value, 1, l))],
            )
        } else {
            t.annual_title_plain.to_string()
        })
    };
    let partial = move || {
        let l = app.locale.get();
        bars.get().into_iter().find(|b| b.partial).map(|b| {
            fill(
                l.messages().partial_note,
                &[
                    ("y", b.label.trim_end_matches('*')),
                    ("n", &b.weeks.to_string()),
                ],
            )
        })
    };
    let label = move || {
        let l = app.locale.get();
        bars.get()
            .iter()
            .map(|b| {
                format!(
                    "{}: {} {}",
                    b.label,
                    format::auto(b.value, 1, l),
                    l.messages().unit_ha
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let month_bars = Memo::new(move |_| app.data.with(|d| model::month_bars(d)));
    let draw_m: DrawFn = Rc::new(move |root, scale| {
        let text = chart_text(app.locale.get());
        chart::draw_monthly(
            root,
            &month_bars.get(),
            &theme(app.theme.get()),
            &text,
            scale,
        )
        .map(|_| None)
    });
    let label_m = move || {
        let l = app.locale.get();
        month_bars
            .get()
            .iter()
            .map(|b| {
                format!(
                    "{} {}: {}",
                    format::month_short(b.month, l),
                    b.year,
                    format::auto(b.value, 2, l)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    view! {
        <section class="chart-section" aria-labelledby="annual-h">
            <h2 id="annual-h">{move || app.t().annual_heading}</h2>
            <p class="chart-title">{title}</p>
            <div class="years-layout">
                <div class="chart-wrap">
                    <CanvasChart draw=draw testid="chart-annual" label=Signal::derive(label) aspect=0.55/>
                    <p class="note">{partial}</p>
                    <p class="chart-source">{move || app.t().annual_source}</p>
                </div>
                <PaceCard/>
            </div>
            <h3>{move || app.t().monthly_heading}</h3>
            <div class="chart-wrap">
                <CanvasChart draw=draw_m testid="chart-monthly" label=Signal::derive(label_m) aspect=0.3/>
            </div>
            <p class="note">{move || app.t().monthly_note}</p>
        </section>
    }
}

/// The pace card.
#[component]
fn PaceCard() -> impl IntoView {
    let app = use_app();
    let pace = Memo::new(move |_| app.data.with(|d| model::pace(d)));
    move || {
        let p = pace.get()?;
        let l = app.locale.get();
        let t = l.messages();
        let y = |v: f64| format::number(v, 0, l);
        Some(view! {
            <aside class="pace-card" data-testid="pace">
                <h3>{t.pace_heading}</h3>
                <p class="pace-figure">{format!("{}–{}", y(p.years.0.floor()), y(p.years.1.ceil()))}</p>
                <p>{fill(t.pace_text, &[("a", &y(p.years.0.floor())), ("b", &y(p.years.1.ceil()))])}</p>
                <p class="note">{fill(t.pace_assumptions, &[
                    ("area", &format::int(p.remaining_ha / 100.0, l)),
                    ("date", &format::date(p.area_as_of, l)),
                    ("low", &format::int(p.rate_low, l)),
                    ("high", &format::int(p.rate_high, l)),
                    ("year", &p.rate_annual_year.to_string()),
                    ("annual", &format::int(p.rate_annual, l)),
                    ("weekly", &format::int(p.rate_weekly, l)),
                    ("n", &p.weeks.to_string()),
                ])}</p>
            </aside>
        })
    }
}
