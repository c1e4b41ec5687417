//! A `<details>` whose contents are built the first time it is opened. Closed, it shows only
//! its summary, so a long table inside costs nothing until a reader asks for it (the data
//! table's 130 rows with their sources were the longest task after the page was ready). Once
//! built, the contents stay, so closing and opening again keeps them as they were.

use leptos::prelude::*;

/// A disclosure that builds its contents on first opening: at once for a click or a key on
/// its summary (the contents are there when the click's handlers have run), and through the
/// `toggle` event for any other opening.
#[component]
pub fn Disclosure(
    /// Class of the `<details>` element.
    #[prop(optional)]
    class: &'static str,
    /// The summary line.
    summary: ViewFn,
    /// What opening shows.
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    // Once: setting the signal again, even to the same value, would rebuild the contents.
    let open = move || {
        if !opened.get_untracked() {
            opened.set(true);
        }
    };
    let on_toggle = move |e: leptos::ev::Event| {
        let is_open = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|d| d.has_attribute("open"));
        if is_open {
            open();
        }
    };
    view! {
        <details class=class on:toggle=on_toggle>
            <summary on:click=move |_| open()>{move || summary.run()}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}
