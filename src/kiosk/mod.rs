//! The kiosk attract loop as a pure state machine driven by simulated or real time:
//! scenes rotate (counters → weekly trend → map with districts lit in turn → context); a touch
//! pauses the loop for exploring; after `idle` seconds without input a short countdown runs,
//! then the view resets and the loop resumes. The timers that feed it are thin hooks.

pub mod card;

/// A scene of the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scene {
    /// Headline counters, huge.
    Counters,
    /// The weekly chart.
    Weekly,
    /// The map, districts lit one after another.
    Map,
    /// Context cards.
    Context,
}

impl Scene {
    /// The loop order.
    pub const ALL: [Scene; 4] = [Scene::Counters, Scene::Weekly, Scene::Map, Scene::Context];

    /// Name used on `document.documentElement.dataset.scene` and in CSS.
    pub fn as_str(self) -> &'static str {
        match self {
            Scene::Counters => "counters",
            Scene::Weekly => "weekly",
            Scene::Map => "map",
            Scene::Context => "context",
        }
    }
}

/// Seconds of the "still there?" countdown.
pub const COUNTDOWN_S: f64 = 10.0;

/// The weekly chart's height over its width on a kiosk screen of `width` × `height` CSS pixels:
/// the page's kiosk ratio (0.36), flattened where needed so the chart takes at most 44 % of the
/// screen's height. Above it stand the header, the finding and the legend (two lines each in
/// Russian); below it the note, the source line and the bottom bar ("Touch to explore", the data
/// date), which a taller chart pushed off a 16:9 screen. The chart spans about 94 % of the width
/// (the page's side padding is 3 vw). A screen it cannot measure gets the page's ratio.
pub fn weekly_aspect(width: f64, height: f64) -> f64 {
    const RATIO: f64 = 0.36;
    if !(width > 0.0 && height > 0.0) {
        return RATIO;
    }
    RATIO.min(0.44 * height / (0.94 * width))
}

/// What the page should show now.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phase {
    /// Attract loop running: a scene and the lit district index (map scene).
    Looping {
        /// Current scene.
        scene: Scene,
        /// District lit on the map scene (index into the district list).
        lit: Option<usize>,
        /// Fraction of the scene's time elapsed (0–1), for the progress bar.
        progress: f64,
    },
    /// A visitor is exploring: the loop is paused.
    Exploring,
    /// Idle after exploring: seconds left before the reset.
    Countdown(u32),
}

/// The loop's state. Times are milliseconds from any fixed origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    interval_ms: f64,
    idle_ms: f64,
    districts: usize,
    scene: usize,
    scene_start: f64,
    exploring: bool,
    last_input: f64,
    /// Number of scene changes so far (for soak tests).
    pub changes: u64,
}

/// What a tick asks the page to do besides showing the phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Nothing.
    None,
    /// Reset the view to its defaults (after the countdown).
    Reset,
}

impl Kiosk {
    /// A new loop starting at `now` with the scene interval and idle time in seconds, and the
    /// number of districts to light on the map scene.
    pub fn new(now: f64, interval_s: u32, idle_s: u32, districts: usize) -> Self {
        Self {
            interval_ms: f64::from(interval_s.max(1)) * 1000.0,
            idle_ms: f64::from(idle_s.max(1)) * 1000.0,
            districts,
            scene: 0,
            scene_start: now,
            exploring: false,
            last_input: now,
            changes: 0,
        }
    }

    /// A touch, click or key press at `now`: pauses the loop (or cancels the countdown).
    pub fn input(&mut self, now: f64) {
        self.exploring = true;
        self.last_input = now;
    }

    /// Advances time to `now`; returns the phase to show and any effect.
    pub fn tick(&mut self, now: f64) -> (Phase, Effect) {
        if self.exploring {
            let idle = now - self.last_input;
            if idle < self.idle_ms {
                return (Phase::Exploring, Effect::None);
            }
            let left = COUNTDOWN_S * 1000.0 - (idle - self.idle_ms);
            if left > 0.0 {
                return (
                    Phase::Countdown((left / 1000.0).ceil() as u32),
                    Effect::None,
                );
            }
            self.exploring = false;
            self.scene = 0;
            self.scene_start = now;
            self.changes += 1;
            return (self.looping(now), Effect::Reset);
        }
        // Catch up whole intervals (a tab asleep for an hour does not replay every scene).
        let elapsed = now - self.scene_start;
        if elapsed >= self.interval_ms {
            let steps = (elapsed / self.interval_ms).floor();
            self.scene = (self.scene + steps as usize) % Scene::ALL.len();
            self.scene_start += steps * self.interval_ms;
            self.changes += steps as u64;
        }
        (self.looping(now), Effect::None)
    }

    fn looping(&self, now: f64) -> Phase {
        let scene = Scene::ALL[self.scene];
        let progress = ((now - self.scene_start) / self.interval_ms).clamp(0.0, 1.0);
        let lit = (scene == Scene::Map && self.districts > 0)
            .then(|| ((progress * self.districts as f64) as usize).min(self.districts - 1));
        Phase::Looping {
            scene,
            lit,
            progress,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scene(p: Phase) -> Option<Scene> {
        match p {
            Phase::Looping { scene, .. } => Some(scene),
            _ => None,
        }
    }

    #[test]
    fn scenes_rotate_on_the_interval() {
        let mut k = Kiosk::new(0.0, 20, 60, 12);
        assert_eq!(scene(k.tick(0.0).0), Some(Scene::Counters));
        assert_eq!(scene(k.tick(19_999.0).0), Some(Scene::Counters));
        assert_eq!(scene(k.tick(20_000.0).0), Some(Scene::Weekly));
        assert_eq!(scene(k.tick(40_000.0).0), Some(Scene::Map));
        assert_eq!(scene(k.tick(60_000.0).0), Some(Scene::Context));
        assert_eq!(scene(k.tick(80_000.0).0), Some(Scene::Counters));
        assert_eq!(k.changes, 4);
    }

    #[test]
    fn weekly_chart_fits_a_wide_screen_and_keeps_its_ratio_on_a_tall_one() {
        // 16:9 (1920 × 1080, 1366 × 768): the chart is 44 % of the height.
        for (w, h) in [(1920.0, 1080.0), (1366.0, 768.0)] {
            let chart = weekly_aspect(w, h) * 0.94 * w;
            assert!((chart - 0.44 * h).abs() < 0.5, "{w}×{h}: {chart}");
        }
        // Portrait and 5:4 screens have room: the page's ratio.
        assert_eq!(weekly_aspect(1080.0, 1920.0), 0.36);
        assert_eq!(weekly_aspect(1280.0, 1024.0), 0.36);
        // Nothing measured: the page's ratio, never NaN.
        assert_eq!(weekly_aspect(0.0, 0.0), 0.36);
        assert_eq!(weekly_aspect(f64::NAN, 900.0), 0.36);
    }

    #[test]
    fn map_scene_lights_districts_in_turn() {
        let mut k = Kiosk::new(0.0, 12, 60, 12);
        let lit = |p: Phase| match p {
            Phase::Looping { lit, .. } => lit,
            _ => None,
        };
        assert_eq!(lit(k.tick(24_000.0).0), Some(0));
        assert_eq!(lit(k.tick(25_000.0).0), Some(1));
        assert_eq!(lit(k.tick(35_999.0).0), Some(11));
        assert_eq!(lit(k.tick(1_000.0 + 36_000.0).0), None);
    }

    #[test]
    fn touch_pauses_then_idle_counts_down_and_resets() {
        let mut k = Kiosk::new(0.0, 20, 60, 12);
        k.tick(25_000.0);
        k.input(30_000.0);
        assert_eq!(k.tick(31_000.0).0, Phase::Exploring);
        assert_eq!(k.tick(89_999.0).0, Phase::Exploring);
        assert_eq!(k.tick(90_000.0).0, Phase::Countdown(10));
        assert_eq!(k.tick(95_500.0).0, Phase::Countdown(5));
        // A touch during the countdown keeps the visitor exploring.
        k.input(96_000.0);
        assert_eq!(k.tick(97_000.0).0, Phase::Exploring);
        let (p, e) = k.tick(96_000.0 + 60_000.0 + 10_000.0);
        assert_eq!(e, Effect::Reset);
        assert_eq!(scene(p), Some(Scene::Counters));
        assert_eq!(scene(k.tick(186_000.0).0), Some(Scene::Weekly));
    }

    #[test]
    fn long_sleep_does_not_replay_every_scene() {
        let mut k = Kiosk::new(0.0, 20, 60, 12);
        let (p, _) = k.tick(3_600_000.0 + 5_000.0);
        assert_eq!(scene(p), Some(Scene::Counters));
        assert_eq!(k.changes, 180);
    }
}
