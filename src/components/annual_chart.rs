//! Years: ANAMA's annual hectares with the stated goal as a reference line, the partial
//! current year, and the pace card (a range with its assumptions, never a date).

use super::disclosure::Disclosure;
use super::source_link::SourceLink;
use super::tip_chart::TipChart;
use crate::chart::model::Card;
use crate::chart::{self, model};
use crate::i18n::{fill, format};
use crate::present::labels::{annual_card, month_card};
use crate::state::use_app;
use crate::web::canvas::DrawFn;
use crate::web::theme;
use leptos::prelude::*;
use std::rc::Rc;

/// Annual chart, monthly chart and pace.
/// The bars' sources as a small table: name, value with qualifier, whose figure, source.
#[component]
fn BarSources(
    /// One row per bar.
    #[prop(into)]
    tips: Signal<Vec<Card>>,
    /// `data-testid` of the table.
    testid: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <Disclosure class="bar-sources" summary=ViewFn::from(move || format!("{} ({})", app.t().bar_sources_heading, tips.with(Vec::len)))>
            <div class="table-wrap" tabindex="0" role="region" aria-label=move || app.t().bar_sources_heading>
                <table data-testid=testid>
                    <thead>
                        <tr>
                            <th scope="col">{move || app.t().period}</th>
                            <th scope="col" class="num">{move || app.t().col_figure}</th>
                            <th scope="col">{move || app.t().col_whose}</th>
                            <th scope="col">{move || app.t().source}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || tips.get().into_iter().map(|tip| view! {
                            <tr>
                                <th scope="row">{tip.title}</th>
                                <td class="num">{tip.value}</td>
                                <td>{tip.detail}</td>
                                <td>{tip.source.map(|c| view! { <SourceLink citation=c/> })}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Disclosure>
    }
}

/// Annual chart, monthly chart and pace.
#[component]
pub fn AnnualChart() -> impl IntoView {
    let app = use_app();
    let bars = app.later().annual_bars;
    let goal = app.later().goal;
    let active = RwSignal::new(None::<usize>);
    let draw: DrawFn = Rc::new(move |root, scale| {
        let l = app.locale.get();
        let mut text = chart::ChartText::new(l);
        if let Some(g) = goal.get().map(|g| g.value) {
            text.goal = fill(l.messages().goal_label, &[("g", &format::int(g, l))]);
        }
        chart::draw_annual(
            root,
            &bars.get(),
            goal.get().map(|g| g.value),
            &chart::Look {
                theme: &theme(app.theme.get()),
                text: &text,
                scale,
            },
            active.get(),
        )
        .map(Some)
    });
    let tips = Signal::derive(move || {
        let l = app.locale.get();
        bars.get()
            .iter()
            .map(|b| annual_card(b, l))
            .collect::<Vec<_>>()
    });
    let mids = Signal::derive(move || {
        (0..bars.with(Vec::len))
            .map(model::AnnualBar::mid)
            .collect::<Vec<_>>()
    });
    let title = move || bars.with(|b| crate::present::labels::annual_title(b, app.locale.get()));
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
        tips.get()
            .into_iter()
            .map(|t| format!("{}: {}", t.title, t.value))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let month_bars = app.later().month_bars;
    let active_m = RwSignal::new(None::<usize>);
    let draw_m: DrawFn = Rc::new(move |root, scale| {
        let text = chart::ChartText::new(app.locale.get());
        chart::draw_monthly(
            root,
            &month_bars.get(),
            &chart::Look {
                theme: &theme(app.theme.get()),
                text: &text,
                scale,
            },
            active_m.get(),
        )
    });
    let tips_m = Signal::derive(move || {
        let l = app.locale.get();
        month_bars
            .get()
            .iter()
            .map(|b| month_card(b, l))
            .collect::<Vec<_>>()
    });
    let mids_m = Signal::derive(move || {
        month_bars
            .get()
            .iter()
            .map(model::MonthBar::mid)
            .collect::<Vec<_>>()
    });
    let label_m = move || {
        tips_m
            .get()
            .into_iter()
            .map(|t| format!("{}: {}", t.title, t.value))
            .collect::<Vec<_>>()
            .join("; ")
    };
    view! {
        <section class="chart-section" aria-labelledby="annual-h">
            <h2 id="annual-h">{move || app.t().annual_heading}</h2>
            <p class="chart-title">{title}</p>
            <div class="years-layout">
                <div>
                    <TipChart draw=draw testid="chart-annual" label=Signal::derive(label) aspect=0.55
                        active=active mids=mids tips=tips keys_id="annual-keys"/>
                    <p class="note">{partial}</p>
                    <p class="chart-source" id="annual-keys">{move || app.t().annual_source} " " {move || app.t().bar_keys}</p>
                    <BarSources tips=tips testid="annual-sources"/>
                </div>
                <PaceCard/>
            </div>
            <h3>{move || app.t().monthly_heading}</h3>
            <TipChart draw=draw_m testid="chart-monthly" label=Signal::derive(label_m) aspect=0.3
                active=active_m mids=mids_m tips=tips_m keys_id="monthly-keys"/>
            <p class="note" id="monthly-keys">{move || app.t().monthly_note} " " {move || app.t().bar_keys}</p>
            <BarSources tips=tips_m testid="monthly-sources"/>
        </section>
    }
}

/// The pace card.
#[component]
fn PaceCard() -> impl IntoView {
    let app = use_app();
    let pace = app.later().pace;
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
                <p class="sources-line">
                    <span class="sources-label">{t.sources} ": "</span>
                    <SourceLink citation=p.annual_source.clone()/>
                    ", "
                    <SourceLink citation=p.area_source.clone()/>
                </p>
            </aside>
        })
    }
}

crate::lazy_part! {
    /// The annual and monthly charts with the pace card: a lazy part (chunk `below`).
    below: pub fn annual_part() { view! { <AnnualChart/> } }
}
