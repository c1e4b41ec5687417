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
//! view! { <Lazy load=annual_part name="annual"/> }
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
        $crate::lazy_fn! {
            $(#[$m])*
            $chunk: $vis fn $name($($arg: $ty),*) -> $crate::components::lazy::Part {
                ::core::result::Result::Ok(::leptos::children::ViewFn::from(move || $body))
            }
        }
    };
}

/// Makes a lazy function without a view (what [`lazy_part!`] is built on):
/// `chunk: fn name(args) -> Result<T, E> { body }` becomes `async fn name(args) -> Result<T, E>`,
/// its code split into the wasm chunk `chunk` in the release build; `E` takes the chunk's
/// load failure (`From<SplitLoaderError>`). Without the `split` feature the body runs at once.
#[macro_export]
macro_rules! lazy_fn {
    ($(#[$m:meta])* $chunk:ident : $vis:vis fn $name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$m])*
        #[::leptos::wasm_split::wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
        $vis fn $name($($arg: $ty),*) -> $ret $body
        #[cfg(not(feature = "split"))]
        $(#[$m])*
        $vis async fn $name($($arg: $ty),*) -> $ret $body
    };
}

/// The page's lazy parts together: how many are still loading (the page is complete,
/// `data-complete`, when none is) and a retry signal that every failed part follows, so one
/// click, the connection coming back or the next scheduled attempt retries them all.
/// Provided by the page.
#[derive(Debug, Clone, Copy)]
pub struct Parts {
    /// Parts not yet loaded or failed.
    pub pending: RwSignal<u32>,
    /// Bumped to retry every failed part.
    pub retry: RwSignal<u32>,
    /// The first screen is drawn: quiet parts (see [`Lazy`]) start loading now.
    pub below: RwSignal<bool>,
    /// Automatic retries made since a part last loaded (the backoff's step).
    attempts: StoredValue<u32>,
    /// An automatic retry is waiting for its timer: the parts that fail with it share it.
    scheduled: StoredValue<bool>,
}

impl Parts {
    /// A fresh set, provided as context; a failed part is retried when the browser says the
    /// connection is back.
    pub fn provide() -> Self {
        let parts = Parts {
            pending: RwSignal::new(0),
            retry: RwSignal::new(0),
            below: RwSignal::new(false),
            attempts: StoredValue::new(0),
            scheduled: StoredValue::new(false),
        };
        provide_context(parts);
        let handle = window_event_listener(leptos::ev::online, move |_| {
            parts.retry.try_update(|n| *n += 1);
        });
        on_cleanup(move || handle.remove());
        parts
    }

    /// Retries every failed part after the backoff's next delay, once for all the parts that
    /// fail together.
    fn schedule_retry(self) {
        if self.scheduled.try_get_value() != Some(false) {
            return;
        }
        self.scheduled.set_value(true);
        let n = self.attempts.get_value();
        set_timeout(
            move || {
                self.scheduled.try_set_value(false);
                self.attempts.try_update_value(|a| *a += 1);
                self.retry.try_update(|r| *r += 1);
            },
            std::time::Duration::from_secs(u64::from(retry_delay_s(n))),
        );
    }

    /// A part loaded: the next failure starts the backoff again.
    fn loaded(self) {
        self.attempts.try_set_value(0);
    }
}

/// Seconds before the n-th automatic retry of a failed part (then every 5 minutes): a kiosk
/// whose server comes back heals itself.
pub fn retry_delay_s(attempt: u32) -> u32 {
    match attempt {
        0 => 5,
        1 => 15,
        2 => 60,
        _ => 300,
    }
}

/// Resolves in a new task (a zero timeout).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The state of one part.
#[derive(Clone)]
enum Load {
    Loading,
    Failed,
    Ready(ViewFn),
}

/// Shows a lazy part: a quiet placeholder while it loads, the part when it has, and a message
/// with a retry button when it could not be loaded (retried by itself, too, with backoff).
#[component]
pub fn Lazy<F, Fut>(
    /// The part's function (made with `lazy_part!`).
    load: F,
    /// A name for tests and styles (`data-part`).
    name: &'static str,
    /// A part inside the first screen that only interaction shows, such as a tooltip: it
    /// starts loading once the first screen is drawn ([`Parts::below`]; at once on a page
    /// without [`Parts`]) and shows nothing until it has loaded, nor if it failed (it is still
    /// retried with the others), since a message would sit over the map or chart.
    #[prop(optional)]
    quiet: bool,
    /// A part that shows or writes the notes (the weeks' sources and reasons, the monthly and
    /// casualty totals: the method section, the table, the annual and monthly charts, the
    /// context cards, exports, the report reader): it starts once the data has them ([`crate::data::Dataset::notes_pending`];
    /// the release page reads them after the first screen). Until then it shows the loading
    /// note but is not counted as loading: the notes' own part is, so a page whose notes
    /// cannot be fetched is still complete, and the part starts when a retry brings them.
    #[prop(optional)]
    notes: bool,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Part> + 'static,
{
    let app = use_app();
    let state = RwSignal::new(Load::Loading);
    let parts = use_context::<Parts>();
    // Counted once per part until it settles, loaded or failed (or leaves the page).
    let counted = StoredValue::new(false);
    let settle = move || {
        if counted.try_get_value() == Some(true) {
            counted.set_value(false);
            if let Some(p) = parts {
                p.pending.try_update(|n| *n = n.saturating_sub(1));
            }
        }
    };
    let start = move || {
        if let Some(p) = parts {
            if !counted.get_value() {
                counted.set_value(true);
                p.pending.update(|n| *n += 1);
            }
        }
        state.set(Load::Loading);
        leptos::task::spawn_local(async move {
            let loaded = load().await;
            // The parts of one chunk arrive together: each draws in a task of its own, so no
            // single long task blocks the page (total blocking time).
            next_task().await;
            let outcome = match loaded {
                Ok(v) => {
                    if let Some(p) = parts {
                        p.loaded();
                    }
                    Load::Ready(v)
                }
                Err(PartError) => {
                    leptos::logging::warn!("lazy part '{name}' could not be loaded");
                    if let Some(p) = parts {
                        p.schedule_retry();
                    }
                    Load::Failed
                }
            };
            state.try_set(outcome);
            settle();
        });
    };
    // A quiet part waits for the first screen, a notes part for the notes; each starts once.
    let waits = (quiet && parts.is_some()) || notes;
    if waits {
        Effect::new(move |started: Option<bool>| {
            if started == Some(true) {
                return true;
            }
            let go = (!quiet || parts.is_none_or(|p| p.below.get()))
                && (!notes || !app.data.with(|d| d.notes_pending));
            if go {
                start();
            }
            go
        });
    } else {
        start();
    }
    on_cleanup(settle);
    // Every failed part retries when any retry is asked for.
    if let Some(p) = parts {
        Effect::new(move |prev: Option<u32>| {
            let now = p.retry.get();
            if prev.is_some_and(|r| r != now)
                && matches!(state.try_get_untracked(), Some(Load::Failed))
            {
                start();
            }
            now
        });
    }
    let retry = move |_| match parts {
        Some(p) => p.retry.update(|r| *r += 1),
        None => start(),
    };
    move || {
        match state.get() {
        Load::Ready(v) => v.run(),
        Load::Loading | Load::Failed if quiet => ().into_any(),
        Load::Loading => view! {
            <p class="part-loading" data-part=name role="status">{move || app.t().part_loading}</p>
        }
        .into_any(),
        Load::Failed => view! {
            <div class="part-failed" data-part=name role="alert" data-testid="part-failed">
                <p>{move || app.t().part_failed}</p>
                <button type="button" class="btn" data-testid="part-retry" on:click=retry>{move || app.t().part_retry}</button>
            </div>
        }
        .into_any(),
    }
    }
}
