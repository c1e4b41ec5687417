//! Browser glue shared by components and the app, with no view of its own: today's date, the
//! colour scheme, focus events, the canvas backend for charts ([`canvas`]) and reading data
//! files ([`files`]) and the weeks' notes ([`notes`]).

pub mod canvas;
pub mod catalogue;
pub mod files;
pub mod notes;
pub mod page;
pub mod player;
pub mod png;
pub mod stage;
pub mod video;

use crate::chart::{self, Theme};
use crate::data::Date;
use leptos::prelude::window;
use wasm_bindgen::JsCast;

/// Today in the browser's clock (UTC days).
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    let ms = js_sys::Date::now();
    Date::from_days((ms / 86_400_000.0).floor() as i32)
}

/// Natively (the build's prerendered first screen, `crate::prerender`) there is no reader's
/// today: the first day, so that no age ("3 weeks ago") is written into a page read later.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    Date::from_days(0)
}

/// True when the reader asks for reduced motion (the counters' count-up, the time-lapse).
pub fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The window's inner width and height in CSS pixels; (0, 0) where there is no window (the
/// prerendered first screen). Read through `Reflect`, which the module imports already: typed
/// `innerWidth`/`innerHeight` would be two more imports in the main module.
pub fn viewport() -> (f64, f64) {
    if !cfg!(target_arch = "wasm32") {
        return (0.0, 0.0);
    }
    let get = |key: &str| {
        js_sys::Reflect::get(&window(), &key.into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    (get("innerWidth"), get("innerHeight"))
}

/// A file beside the app as text (`None`: not fetched, not found, or not text).
pub async fn fetch_text(name: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let resp: web_sys::Response = JsFuture::from(window().fetch_with_str(name))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !resp.ok() {
        return None;
    }
    JsFuture::from(resp.text().ok()?).await.ok()?.as_string()
}

/// The chart theme: the forced one, else the user's colour scheme.
pub fn theme(forced: Option<crate::embed::url::ThemeChoice>) -> Theme {
    use crate::embed::url::ThemeChoice;
    match forced {
        Some(ThemeChoice::Dark) => return chart::DARK,
        Some(ThemeChoice::Light) => return chart::LIGHT,
        None => {}
    }
    let dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if dark {
        chart::DARK
    } else {
        chart::LIGHT
    }
}

/// Where a pointer is across the chart canvas inside the listening element, in the canvas's
/// device pixels (the event may land on the canvas or on its tooltip).
pub fn pointer_canvas_px(e: &web_sys::PointerEvent) -> Option<i32> {
    let canvas = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.query_selector("canvas").ok().flatten())?;
    let rect = canvas.get_bounding_client_rect();
    let dpr = window().device_pixel_ratio().max(1.0);
    Some(((f64::from(e.client_x()) - rect.left()) * dpr) as i32)
}

/// True when a `focusout` moves the focus outside the element the listener is on (a tap or a
/// Tab elsewhere), false when it moves to something inside it (a link in its card).
pub fn focus_left(e: &web_sys::FocusEvent) -> bool {
    let to = e
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    let here = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    match (to, here) {
        (Some(to), Some(here)) => !here.contains(Some(&to)),
        _ => true,
    }
}
