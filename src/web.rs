//! Browser glue shared by several components: small helpers over DOM events, with no view of
//! their own.

use wasm_bindgen::JsCast;

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
