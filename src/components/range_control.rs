//! The date-range control: presets (last 12 weeks, latest year, all), a two-handled slider
//! over the reported periods, and Play: the time-lapse, the range's end moving from the first
//! report to the latest (`present::timelapse`, played by `web::player`). Drives the counters,
//! the charts and the map's year.

use super::lazy::Lazy;
use crate::data::Date;
use crate::i18n::format;
use crate::present::{slider, timelapse::Pace};
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
    // A reader's own choice of range stops the time-lapse.
    let set = move |a: usize, b: usize| {
        let range =
            starts.with_untracked(|s| slider::range_between(s, last_end.get_untracked(), a, b));
        app.playing.set(false);
        app.range.set(range);
    };
    let year = move || last_end.get().map(|d| d.y.to_string()).unwrap_or_default();
    let apply = move |which: Preset| {
        app.playing.set(false);
        app.range.set(app.data.with(|d| which.range(&d.weeks)));
    };
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
            <div class="player">
                <button
                    type="button"
                    class="chip play"
                    data-testid="play"
                    aria-pressed=move || app.playing.get().to_string()
                    title=move || app.t().play_hint
                    aria-keyshortcuts="Space K"
                    on:click=move |_| crate::web::player::toggle(app)
                >
                    <span class="play-icon" aria-hidden="true">{move || if app.playing.get() { "❚❚" } else { "▶" }}</span>
                    " "
                    {move || if app.playing.get() { app.t().pause } else { app.t().play }}
                </button>
                <span class="pace-slot">
                    <Lazy load=player_part name="player" quiet=true/>
                </span>
            </div>
        </section>
    }
}

crate::lazy_part! {
    /// The player's speed choice and its keys, in the chunk `below` (Play itself is on the
    /// first screen and its prerender).
    below: fn player_part() { view! { <PlayerControls/> } }
}

/// The time-lapse's speed, and Space or K to play and pause.
#[component]
fn PlayerControls() -> impl IntoView {
    let app = use_app();
    let toggle = move || crate::web::player::toggle(app);
    // Space or K plays and pauses, unless a control or a text field has the key (listened to
    // from an effect: the build's prerender runs none, and has no window).
    Effect::new(move |_| {
        let keys = window_event_listener(leptos::ev::keydown, move |e| {
            let k = e.key();
            if e.ctrl_key()
                || e.meta_key()
                || e.alt_key()
                || !(k == " " || k.eq_ignore_ascii_case("k"))
            {
                return;
            }
            let tag = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .map(|el| el.tag_name())
                .unwrap_or_default();
            if matches!(
                tag.as_str(),
                "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "A" | "SUMMARY" | "DIALOG"
            ) {
                return;
            }
            e.prevent_default();
            toggle();
        });
        on_cleanup(move || keys.remove());
    });
    let pace_name = move |p: Pace| {
        let t = app.t();
        match p {
            Pace::Slow => t.pace_slow,
            Pace::Normal => t.pace_normal,
            Pace::Fast => t.pace_fast,
        }
    };
    view! {
        <label class="pace">
            <span>{move || app.t().pace_label}</span>
            <select
                data-testid="play-pace"
                on:change=move |e| {
                    let v = event_target_value(&e);
                    if let Some(p) = Pace::ALL.into_iter().find(|p| p.as_str() == v) {
                        app.pace.set(p);
                        if app.playing.get_untracked() {
                            // Again from where it is, at the new pace.
                            leptos::task::spawn_local(async move {
                                let _ = crate::web::player::play(app).await;
                            });
                        }
                    }
                }
            >
                {Pace::ALL
                    .into_iter()
                    .map(|p| view! {
                        <option value=p.as_str() selected=move || app.pace.get() == p>{move || pace_name(p)}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
