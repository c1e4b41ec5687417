//! The time-lapse player: [`crate::present::timelapse`] in time. While [`AppState::playing`]
//! is true the range's end moves on by itself, one step per share of the pace's span, looked at
//! 30 times a second; it stops at the latest period, when paused, or when a reader moves the
//! range. Its code is in the chunk `below` (it loads after the first screen, before a reader
//! can press Play on the live page; a press earlier waits for it).

use crate::present::timelapse::Timelapse;
use crate::state::AppState;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// The player's chunk could not be loaded.
#[derive(Debug)]
pub struct PlayerMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PlayerMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PlayerMissing
    }
}

thread_local! {
    /// The current run: a new Play (or a new pace) starts a new one and the old one stops.
    static RUN: Cell<u32> = const { Cell::new(0) };
}

crate::lazy_fn! {
    /// Plays from where the range ends (from the first period when it ends at the latest).
    below: pub fn play(app: AppState) -> Result<(), PlayerMissing> {
        run(app);
        Ok(())
    }
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

fn run(app: AppState) {
    let id = RUN.with(|r| {
        r.set(r.get().wrapping_add(1));
        r.get()
    });
    let tl = app.data.with_untracked(|d| Timelapse::new(&d.weeks));
    if tl.len() < 2 || !app.playing.get_untracked() {
        app.playing.set(false);
        return;
    }
    let reduced = super::reduced_motion();
    let pace = app.pace.get_untracked();
    let range = app.range.get_untracked();
    let at = tl.step_of(range);
    let start = if range.is_none() || at >= tl.last() {
        0
    } else {
        at
    };
    let t0 = now() - tl.time_of(start, pace, reduced);
    let shown = Cell::new(usize::MAX);
    let handle: Rc<Cell<Option<IntervalHandle>>> = Rc::default();
    let h = handle.clone();
    let tick = move || {
        let stop = || {
            if let Some(x) = h.take() {
                x.clear();
            }
        };
        if RUN.with(Cell::get) != id || !app.playing.try_get_untracked().unwrap_or(false) {
            return stop();
        }
        let t = now() - t0;
        let s = tl.step_at(t, pace, reduced);
        if s != shown.get() {
            shown.set(s);
            app.range.set(tl.range(s));
        }
        if tl.done(t, pace) {
            app.playing.set(false);
            stop();
        }
    };
    tick();
    if let Ok(x) = set_interval_with_handle(tick, Duration::from_millis(33)) {
        handle.set(Some(x));
    }
}

/// Play or pause (the Play button, Space or K): playing starts [`play`], which loads the
/// player's chunk if it has not come yet.
pub fn toggle(app: AppState) {
    if app.playing.get_untracked() {
        app.playing.set(false);
    } else {
        app.playing.set(true);
        leptos::task::spawn_local(async move {
            if play(app).await.is_err() {
                app.playing.set(false);
            }
        });
    }
}
