//! The date-range control: presets (last 12 weeks, latest year, all) and a two-handled slider
//! over the reported periods. Drives the counters, the charts and the map's year.

use crate::data::Date;
use crate::i18n::format;
use crate::present::slider;
use crate::state::use_app;
use crate::stats::{self, Preset};
use leptos::prelude::*;

/// Presets and slider.
#[component]
pub fn RangeControl() -> impl IntoView {
    let app = use_app();
    // Slider stops and what two handles select: present::slider.
    let starts = Memo::new(move |_| app.data.with(|d| slider::stops(&d.weeks)));
    let last_end = Memo::new(move |_| app.data.with(|d| stats::full_range(&d.weeks).map(|r| r.to)));
    let idx = move |d: Date, from: bool| starts.with(|s| slider::stop_of(s, d, from));
    let from_i = move || app.range.get().map(|r| idx(r.from, true)).unwrap_or(0);
    let to_i = move || {
        app.range
            .get()
            .map(|r| idx(r.to, false))
            .unwrap_or_else(|| starts.with(|s| s.len().saturating_sub(1)))
    };
    let set = move |a: usize, b: usize| {
        let range =
            starts.with_untracked(|s| slider::range_between(s, last_end.get_untracked(), a, b));
        app.range.set(range);
    };
    let year = move || last_end.get().map(|d| d.y.to_string()).unwrap_or_default();
    let apply = move |which: Preset| app.range.set(app.data.with(|d| which.range(&d.weeks)));
    let is = move |which: Preset| {
        let cur = app.range.get();
        let p = app.data.with(|d| which.range(&d.weeks));
        (cur == p).to_string()
    };
    let label = move |i: usize| {
        let l = app.locale.get();
        starts.with(|s| {
            s.get(i)
                .map(|d| format::date_short(*d, l))
                .unwrap_or_default()
        })
    };
    let max = move || starts.with(|s| s.len().saturating_sub(1));
    // One handle of the slider: the start (`from`) or the end of the range.
    let handle = move |from: bool| {
        let pos = move || if from { from_i() } else { to_i() };
        view! {
            <label>
                <span>
                    {move || if from { app.t().range_from } else { app.t().range_to }}
                    ": "
                    <strong>{move || label(pos())}</strong>
                </span>
                <input
                    type="range"
                    min="0"
                    max=max
                    step="1"
                    data-testid=if from { "range-from" } else { "range-to" }
                    // The attribute for the HTML the build prerenders (`crate::prerender`);
                    // the property follows the range.
                    value=untrack(pos).to_string()
                    prop:value=move || pos().to_string()
                    on:input=move |e| {
                        let v = event_target_value(&e).parse::<usize>().unwrap_or(0);
                        if from {
                            set(v, to_i());
                        } else {
                            set(from_i(), v);
                        }
                    }
                />
            </label>
        }
    };
    view! {
        <section class="range-control" aria-labelledby="range-h" data-testid="range-control">
            <h2 id="range-h" class="visually-hidden-sm">{move || app.t().range_heading}</h2>
            <div class="presets" role="group" aria-labelledby="range-h">
                <button type="button" class="chip" data-testid="preset-12w" aria-pressed=move || is(Preset::Last12Weeks) on:click=move |_| apply(Preset::Last12Weeks)>
                    {move || app.t().preset_12}
                </button>
                <button type="button" class="chip" data-testid="preset-year" aria-pressed=move || is(Preset::LatestYear) on:click=move |_| apply(Preset::LatestYear)>
                    {year}
                </button>
                <button type="button" class="chip" data-testid="preset-all" aria-pressed=move || is(Preset::All) on:click=move |_| apply(Preset::All)>
                    {move || app.t().preset_all}
                </button>
            </div>
            <div class="slider">
                {handle(true)}
                {handle(false)}
            </div>
        </section>
    }
}
