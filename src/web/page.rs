//! The page around the app: the browser's language, the panic hook, the service worker,
//! the readiness marks for embedders and tests, the height message to a parent frame, and the
//! document and address bar following the view.

use crate::embed::url;
use crate::embed::HEIGHT_MESSAGE;
use crate::i18n::Locale;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The browser's language if supported, else English.
pub fn browser_locale() -> Locale {
    window()
        .navigator()
        .language()
        .and_then(|l| Locale::parse(&l))
        .unwrap_or_default()
}

/// Writes a readable message into the page when the app panics, then logs the panic and tells
/// the kiosk's guard (`atlas-crash`; static/kiosk-guard.js restarts a kiosk, nothing else).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        stopped(&info.to_string());
    }));
}

/// Shows the page's trilingual "the page stopped" message with its reload button in place of
/// the app, and tells the kiosk's guard why (`atlas-crash`).
pub fn stopped(reason: &str) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(reason));
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict("atlas-crash", &init) {
        let _ = w.dispatch_event(&e);
    }
    if let Some(doc) = w.document() {
        if let Some(el) = doc.get_element_by_id("crash") {
            let _ = el.remove_attribute("hidden");
        }
        if let Some(el) = doc.get_element_by_id("loading") {
            el.remove();
        }
    }
}

/// The kiosk's heartbeat: `window.__atlasBeat` set to the time now and every 5 s while the app
/// runs. The kiosk's guard (static/kiosk-guard.js) reloads a page whose beat stops for 60 s.
pub fn start_heartbeat() {
    let beat = || {
        let _ = js_sys::Reflect::set(
            &window(),
            &JsValue::from_str("__atlasBeat"),
            &JsValue::from_f64(js_sys::Date::now()),
        );
    };
    beat();
    let _ = set_interval_with_handle(beat, std::time::Duration::from_secs(5));
}

/// Registers the offline service worker (not from file://, where it cannot run).
pub fn register_service_worker() {
    let w = window();
    let proto = w.location().protocol().unwrap_or_default();
    if proto != "http:" && proto != "https:" {
        return;
    }
    let sw = w.navigator().service_worker();
    let on_err = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
        leptos::logging::warn!("service worker not registered: {e:?}");
    });
    let _ = sw.register("sw.js").catch(&on_err);
    on_err.forget();
}

pub fn html() -> Option<web_sys::HtmlElement> {
    document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Marks the page ready for embedders, kiosks and tests after the first complete draw of the
/// first screen (counters, map, weekly chart): `data-ready="1"` and the `atlas-ready` mark.
pub fn mark_ready() {
    request_animation_frame(uncover);
    mark_after_frame("ready", "atlas-ready");
}

/// Puts the app in the place of the prerendered first screen, if one is shown: in an
/// animation-frame callback the two swap within one frame, and the app's page, laid out
/// beneath it all along, is where the stand-in was (no layout shift).
pub fn uncover() {
    let Some(doc) = window().document() else {
        return;
    };
    if let Some(el) = doc.get_element_by_id("loading") {
        if el.class_list().contains("first-screen") {
            el.remove();
        }
    }
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.class_list().remove_1("covered");
    }
}

/// Marks that everything, the sections below the first screen included, is drawn:
/// `data-complete="1"` and the `atlas-complete` mark.
pub fn mark_complete() {
    mark_after_frame("complete", "atlas-complete");
}

/// Sets the attribute and the mark in the first task after the next frame: by then everything
/// drawn, including a canvas redrawn by its ResizeObserver (which runs after animation-frame
/// callbacks, before paint), is painted.
fn mark_after_frame(attr: &'static str, mark: &'static str) {
    request_animation_frame(move || {
        set_timeout(
            move || {
                if let Some(h) = html() {
                    let _ = h.dataset().set(attr, "1");
                }
                if let Some(p) = window().performance() {
                    let _ = p.mark(mark);
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

/// This page's address without its query or fragment: origin and path
/// (`https://example.org/atlas/index.html`), the base of every view's link.
pub fn address() -> String {
    let loc = window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// The address a QR code points to on this page (`?qr=`, else the build's public address, else
/// this page's own address when it is public; see [`crate::embed::qr::public_address`]).
pub fn qr_address(param: Option<&str>) -> Option<String> {
    let loc = window().location();
    crate::embed::qr::public_address(
        param,
        crate::embed::qr::BUILD_PUBLIC_URL,
        &loc.origin().unwrap_or_default(),
        &loc.pathname().unwrap_or_default(),
    )
}

/// Milliseconds since the page started.
pub fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// Posts the page height to the parent frame (embed mode in an iframe), on load and resize.
pub fn post_height_when_framed() {
    let w = window();
    let Ok(Some(parent)) = w.parent() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(w.clone()) {
        return;
    }
    let post = move || {
        let Some(body) = document().body() else {
            return;
        };
        let h = body.scroll_height().max(body.offset_height());
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(h));
        let _ = parent.post_message(&msg, "*");
    };
    post();
    let cb = Closure::<dyn Fn()>::new(post);
    if let (Ok(obs), Some(body)) = (
        web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()),
        document().body(),
    ) {
        obs.observe(&body);
    }
    cb.forget();
}

/// The document follows the view: `<html lang>`, the tab's title and the description in the
/// page's language, the forced colour theme, the mode's class.
pub fn follow_language_and_theme(state: AppState) {
    Effect::new(move |_| {
        if let Some(h) = html() {
            let _ = h.set_attribute("lang", state.locale.get().as_str());
            // The tab's title and the description follow the language too.
            let t = state.t();
            let doc = document();
            doc.set_title(t.doc_title);
            if let Ok(Some(d)) = doc.query_selector("meta[name=description]") {
                let _ = d.set_attribute("content", t.doc_description);
            }
            match state.theme.get() {
                Some(t) => {
                    let _ = h.set_attribute("data-theme", t.as_str());
                }
                None => {
                    let _ = h.remove_attribute("data-theme");
                }
            }
            let _ = h.class_list().add_1(state.mode.class());
        }
    });
}

/// The address bar follows the view (`replaceState`: no history entries); `lang` is written
/// when it differs from the browser's language.
pub fn keep_url_in_step(state: AppState, default_locale: Locale) {
    Effect::new(move |_| {
        // While the time-lapse plays the range moves on by itself: the address takes the view
        // when it is paused or ends.
        if state.playing.get() {
            return;
        }
        let q = url::serialize(&state.to_view_state(default_locale));
        let loc = window().location();
        let path = loc.pathname().unwrap_or_default();
        let hash = loc.hash().unwrap_or_default();
        if loc.search().unwrap_or_default() != q {
            if let Ok(h) = window().history() {
                let _ =
                    h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{q}{hash}")));
            }
        }
    });
}
