//! Lazy parts: the sections below the first screen (and the share dialog, the kiosk loop) live
//! in their own wasm chunks, cut off the main module at build time (`scripts/post-build.mjs`),
//! and load after the first screen is ready or on first use.
//!
//! A part is a function made with [`lazy_part!`](crate::lazy_part) that returns the view to
//! show, and a [`Lazy`] that shows it:
//!
//! ```ignore
//! crate::lazy_part! {
//!     /// The annual chart, as a lazy part.
//!     below: pub fn annual_part() { view! { <AnnualChart/> } }
//! }
//! // …in a view:
//! view! { <Lazy load=annual_part/> }
//! ```
//!
//! `below` names the chunk: parts with the same name share one. A part that fails to load
//! (server gone, a kiosk offline before its cache was filled) shows a short message with a
//! retry button; the rest of the page keeps working. Without the `split` cargo feature (native
//! builds, the browser tests) a part is an ordinary function and loads at once.

use crate::state::use_app;
use leptos::children::ViewFn;
use leptos::prelude::*;
use std::future::Future;

/// A lazy part's download failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartError;

impl From<leptos::wasm_split::SplitLoaderError> for PartError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartError
    }
}

/// What a lazy part's function returns: the view to show, or why it could not be loaded.
pub type Part = Result<ViewFn, PartError>;

/// Makes a lazy part: `chunk: fn name() { view }` becomes `async fn name() -> Part`, split into
/// the wasm chunk `chunk` when the crate is built with the `split` feature (the release build).
#[macro_export]
macro_rules! lazy_part {
    ($(#[$m:meta])* $chunk:ident : $vis:vis fn $name:ident ( $($arg:ident : $ty:ty),* ) $body:block) => {
        #[cfg(feature = "split")]
        $(#[$m])*
        #[::leptos::wasm_split::wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
        $vis fn $name($($arg: $ty),*) -> $crate::components::lazy::Part {
            ::core::result::Result::Ok(::leptos::children::ViewFn::from(move || $body))
        }
        #[cfg(not(feature = "split"))]
        $(#[$m])*
        $vis async fn $name($($arg: $ty),*) -> $crate::components::lazy::Part {
            ::core::result::Result::Ok(::leptos::children::ViewFn::from(move || $body))
        }
    };
}

/// How many lazy parts on the page are still loading: the page is complete (`data-complete`)
/// when none is. Provided by the page.
#[derive(Debug, Clone, Copy)]
pub struct Pending(pub RwSignal<u32>);

/// The state of one part.
#[derive(Clone)]
enum Load {
    Loading,
    Failed,
    Ready(ViewFn),
}

/// Shows a lazy part: a quiet placeholder while it loads, the part when it has, and a message
/// with a retry button when it could not be loaded.
#[component]
pub fn Lazy<F, Fut>(
    /// The part's function (made with `lazy_part!`).
    load: F,
    /// A name for tests and the failure message (`data-part`).
    name: &'static str,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Part> + 'static,
{
    let app = use_app();
    let state = RwSignal::new(Load::Loading);
    let pending = use_context::<Pending>();
    // Counted once per part until it settles, loaded or failed (or leaves the page).
    let counted = StoredValue::new(false);
    let settle = move || {
        if counted.try_get_value() == Some(true) {
            counted.set_value(false);
            if let Some(Pending(p)) = pending {
                p.try_update(|n| *n = n.saturating_sub(1));
            }
        }
    };
    let start = move || {
        if let Some(Pending(p)) = pending {
            if !counted.get_value() {
                counted.set_value(true);
                p.update(|n| *n += 1);
            }
        }
        state.set(Load::Loading);
        leptos::task::spawn_local(async move {
            let outcome = match load().await {
                Ok(v) => Load::Ready(v),
                Err(PartError) => {
                    leptos::logging::warn!("lazy part '{name}' could not be loaded");
                    Load::Failed
                }
            };
            state.try_set(outcome);
            settle();
        });
    };
    start();
    on_cleanup(settle);
    move || {
        match state.get() {
        Load::Ready(v) => v.run(),
        Load::Loading => view! {
            <p class="part-loading" data-part=name role="status">{move || app.t().part_loading}</p>
        }
        .into_any(),
        Load::Failed => view! {
            <div class="part-failed" data-part=name role="alert" data-testid="part-failed">
                <p>{move || app.t().part_failed}</p>
                <button type="button" class="btn" on:click=move |_| start()>{move || app.t().part_retry}</button>
            </div>
        }
        .into_any(),
    }
    }
}
