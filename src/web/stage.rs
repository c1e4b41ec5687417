//! The page's render steps, each its own task: 1, the header (the largest text, Lighthouse's
//! LCP element), the sections' frame, the counters and the map; 2, in the next task, the range
//! control and the weekly chart (the page is ready); 3, after a paint, what is below the first
//! screen (complete once its lazy parts have loaded). Long tasks are shorter and the title
//! shows sooner. (Measured against one task and four for the first screen: two keep desktop
//! ready where one task had it and cut Lighthouse's blocking time as four did.) A painted step
//! waits for the next frame, or 100 ms where frames do not come (a hidden tab).

use leptos::prelude::*;
use std::time::Duration;

/// The current step, 0 (nothing drawn) to 3 (everything).
#[derive(Clone, Copy)]
pub struct Stage(RwSignal<u8>);

impl Default for Stage {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage {
    /// Step 0.
    pub fn new() -> Self {
        Self(RwSignal::new(0))
    }

    /// The current step (tracked).
    pub fn get(self) -> u8 {
        self.0.get()
    }

    /// Whether step `n` has been reached (tracked).
    pub fn at(self, n: u8) -> bool {
        self.get() >= n
    }

    /// Goes from step `from` to the next one once the page has painted.
    pub fn after_paint(self, from: u8) {
        let step = move || self.step_from(from);
        request_animation_frame(move || set_timeout(step, Duration::ZERO));
        set_timeout(step, Duration::from_millis(100));
    }

    /// Goes from step `from` to the next one in a new task.
    pub fn next_task(self, from: u8) {
        set_timeout(move || self.step_from(from), Duration::ZERO);
    }

    /// The next step, unless another path took it already.
    fn step_from(self, from: u8) {
        if self.0.get_untracked() == from {
            self.0.set(from + 1);
        }
    }
}
