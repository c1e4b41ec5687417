//! The kiosk hooks around the pure loop in `crate::kiosk`: a 250 ms timer, input listeners,
//! the scene on `document.documentElement.dataset.scene`, the progress bar, the countdown,
//! the hidden cursor and a screen wake lock. Registered once, so nothing grows over days.

use crate::data::DistrictId;
use crate::embed::url::{DEFAULT_IDLE, DEFAULT_INTERVAL};
use crate::i18n::fill;
use crate::kiosk::{Effect as KEffect, Kiosk, Phase};
use crate::state::use_app;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn now() -> f64 {
    js_sys::Date::now()
}

fn set_scene(name: &str) {
    if let Some(h) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h.dataset().set("scene", name);
    }
}

fn set_cursor_hidden(hidden: bool) {
    if let Some(h) = document().document_element() {
        let _ = if hidden {
            h.class_list().add_1("cursor-hidden")
        } else {
            h.class_list().remove_1("cursor-hidden")
        };
    }
}

thread_local! {
    /// One shared rejection handler, so repeated requests allocate nothing.
    static IGNORE: Closure<dyn FnMut(JsValue)> = Closure::new(|_e: JsValue| {});
}

/// Asks for a screen wake lock where the browser offers one; failures are quiet.
fn request_wake_lock() {
    let nav = window().navigator();
    let Ok(wl) = js_sys::Reflect::get(&nav, &"wakeLock".into()) else {
        return;
    };
    if wl.is_undefined() || wl.is_null() {
        return;
    }
    let Ok(req) = js_sys::Reflect::get(&wl, &"request".into()) else {
        return;
    };
    let Some(f) = req.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(p) = f.call1(&wl, &"screen".into()) {
        if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
            IGNORE.with(|c| {
                let _ = p.catch(c);
            });
        }
    }
}

/// Kiosk overlay and timers.
#[component]
pub fn KioskShell() -> impl IntoView {
    let app = use_app();
    let (interval, idle) = app.options.with_value(|o| {
        (
            o.interval.unwrap_or(DEFAULT_INTERVAL),
            o.idle.unwrap_or(DEFAULT_IDLE),
        )
    });
    let ids: Vec<DistrictId> = app
        .derived()
        .map_model
        .with_untracked(|m| m.districts.iter().map(|s| s.id.clone()).collect());
    let machine = StoredValue::new(Kiosk::new(now(), interval, idle, ids.len()));
    let phase = RwSignal::new(machine.with_value(|m| m.clone()).tick(now()).0);
    let last_input = StoredValue::new(now());

    let tick = move || {
        let t = now();
        let (p, e) = machine
            .try_update_value(|m| m.tick(t))
            .unwrap_or((Phase::Exploring, KEffect::None));
        if e == KEffect::Reset {
            app.reset_view();
            window().scroll_to_with_x_and_y(0.0, 0.0);
            // The moment to take a new build (static/kiosk-guard.js): nobody is using it.
            if let Ok(e) = web_sys::Event::new("atlas-idle-reset") {
                let _ = window().dispatch_event(&e);
            }
        }
        if p != phase.get_untracked() {
            phase.set(p);
        }
        set_cursor_hidden(t - last_input.get_value() > 3000.0);
    };
    tick();
    let _ = set_interval_with_handle(tick, Duration::from_millis(250));

    let on_input = Closure::<dyn Fn()>::new(move || {
        let t = now();
        last_input.set_value(t);
        machine.update_value(|m| m.input(t));
        set_cursor_hidden(false);
        tick();
    });
    for ev in ["pointerdown", "keydown", "wheel", "touchstart"] {
        let _ = window().add_event_listener_with_callback(ev, on_input.as_ref().unchecked_ref());
    }
    on_input.forget();
    request_wake_lock();
    let relock = Closure::<dyn Fn()>::new(request_wake_lock);
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", relock.as_ref().unchecked_ref());
    relock.forget();

    // Scene name on <html>, and the district lit on the map scene.
    Effect::new(move |_| match phase.get() {
        Phase::Looping { scene, lit, .. } => {
            set_scene(scene.as_str());
            let id = lit.and_then(|i| ids.get(i).cloned());
            if app.hovered.get_untracked() != id {
                app.hovered.set(id);
            }
        }
        Phase::Exploring | Phase::Countdown(_) => set_scene("explore"),
    });

    // The weekly scene is the time-lapse: on entering it the range's end runs from the first
    // report to the latest at the pace that fits the scene; on leaving, the whole span again.
    let pace = crate::present::timelapse::Pace::for_scene(interval);
    let weekly = Memo::new(move |_| {
        matches!(
            phase.get(),
            Phase::Looping {
                scene: crate::kiosk::Scene::Weekly,
                ..
            }
        )
    });
    Effect::new(move |was: Option<bool>| {
        let now_weekly = weekly.get();
        if was == Some(now_weekly) {
            return now_weekly;
        }
        match (now_weekly, pace) {
            (true, Some(p)) => {
                app.playing.set(false);
                app.range.set(None);
                app.pace.set(p);
                crate::web::player::toggle(app);
            }
            (false, Some(_)) if was == Some(true) => {
                app.playing.set(false);
                app.range.set(None);
            }
            _ => {}
        }
        now_weekly
    });

    let progress = move || match phase.get() {
        Phase::Looping { progress, .. } => format!("transform:scaleX({progress:.3})"),
        _ => "transform:scaleX(0)".into(),
    };
    view! {
        <super::take_away::KioskQr/>
        <div class="kiosk-progress" aria-hidden="true"><span style=progress></span></div>
        <Show when=move || matches!(phase.get(), Phase::Looping { .. })>
            <p class="kiosk-hint" aria-hidden="true">{move || app.t().touch_hint}</p>
        </Show>
        {move || match phase.get() {
            Phase::Countdown(n) => Some(view! {
                <div class="kiosk-countdown" role="alertdialog" aria-live="assertive" data-testid="kiosk-countdown">
                    <p>{fill(app.t().still_there, &[("n", &n.to_string())])}</p>
                    <button type="button" class="btn">{app.t().continue_exploring}</button>
                </div>
            }),
            _ => None,
        }}
    }
}

crate::lazy_part! {
    /// The kiosk loop: a lazy part of its own (chunk `kiosk`), loaded only in kiosk mode.
    kiosk: pub fn kiosk_part() { view! { <KioskShell/> } }
}
