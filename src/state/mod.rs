//! Application state: a few signals provided once via context, read with [`use_app`], and the
//! state derived from them, computed once ([`derived::Derived`]).

pub mod derived;

pub use derived::{Derived, Later};

use crate::data::{Dataset, DistrictId};
use crate::embed::url::{Block, Mode, ThemeChoice, ViewOptions, ViewState};
use crate::geo::choropleth::Layer;
use crate::i18n::{Locale, Messages};
use crate::stats::DateRange;
use leptos::prelude::*;
use std::sync::Arc;

/// The view state shared by every component.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The dataset shown (embedded, or one the user loaded).
    pub data: RwSignal<Arc<Dataset>>,
    /// The interface language.
    pub locale: RwSignal<Locale>,
    /// The selected district id; `None` is the whole region.
    pub district: RwSignal<Option<DistrictId>>,
    /// The selected date range; `None` is everything.
    pub range: RwSignal<Option<DateRange>>,
    /// The map layer chosen by the user; `None` is the default (latest hectares year).
    pub layer: RwSignal<Option<Layer>>,
    /// The district under the pointer or keyboard focus.
    pub hovered: RwSignal<Option<DistrictId>>,
    /// Forced colour theme (`None`: follow the system).
    pub theme: RwSignal<Option<ThemeChoice>>,
    /// Page mode, fixed for the visit (the options' mode, kept at hand).
    pub mode: Mode,
    /// The URL's options fixed for the visit (mode, embed blocks, kiosk timings, data file).
    pub options: StoredValue<ViewOptions>,
    /// The embedded dataset, to return to after a custom file.
    pub embedded: StoredValue<Arc<Dataset>>,
    /// Weekly records of a custom data file in use (`None`: the embedded data).
    pub custom: RwSignal<Option<usize>>,
    /// The time-lapse is playing (the range's end moves on by itself; the address bar waits).
    pub playing: RwSignal<bool>,
    /// How fast the time-lapse plays.
    pub pace: RwSignal<crate::present::timelapse::Pace>,
    /// What follows from the signals above, computed once for every component (kept in the
    /// arena: `AppState` is copied into every closure, so it stays small).
    derived: StoredValue<Derived>,
    later: StoredValue<Option<Later>>,
    owner: StoredValue<Owner>,
}

impl AppState {
    /// New state for a dataset, in a language, with the visit's options. Call it under a
    /// reactive owner (the app, or a test's `Owner`): the derived memos are created here.
    pub fn new(data: Dataset, locale: Locale, options: ViewOptions) -> Self {
        let data = Arc::new(data);
        let embedded = StoredValue::new(data.clone());
        let data = RwSignal::new(data);
        let range = RwSignal::new(None);
        let layer = RwSignal::new(None);
        let district = RwSignal::new(None);
        let playing = RwSignal::new(false);
        Self {
            embedded,
            custom: RwSignal::new(None),
            playing,
            pace: RwSignal::new(Default::default()),
            derived: StoredValue::new(Derived::new(data, range, layer, district, playing)),
            later: StoredValue::new(None),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            data,
            locale: RwSignal::new(locale),
            district,
            range,
            layer,
            hovered: RwSignal::new(None),
            theme: RwSignal::new(None),
            mode: options.mode,
            options: StoredValue::new(options),
        }
    }

    /// True when a block is shown in the current mode (embed mode shows what `show=` asks for,
    /// by default counters, map and the weekly chart).
    pub fn shows(&self, block: Block) -> bool {
        match self.mode {
            Mode::Embed => self.options.with_value(|o| match &o.show {
                Some(list) => list.contains(&block),
                None => block.in_default_embed(),
            }),
            _ => true,
        }
    }

    /// The current view as URL state (`lang` only when it differs from `default_locale`).
    pub fn to_view_state(&self, default_locale: Locale) -> ViewState {
        let mut v = ViewState {
            options: self.options.get_value(),
            ..ViewState::default()
        };
        v.district = self.district.get();
        let r = self.range.get();
        v.from = r.map(|r| r.from);
        v.to = r.map(|r| r.to);
        v.layer = self.layer.get().map(|l| l.key());
        let l = self.locale.get();
        v.lang = (l != default_locale).then_some(l);
        v.theme = self.theme.get();
        v
    }

    /// The query of the current view shown in `mode` (`?district=…&lang=az…`), the language
    /// always written (a link is read by others); an embed's blocks only for an embed. Tracks
    /// the view's signals.
    pub fn view_query(&self, mode: Mode) -> String {
        let mut v = self.to_view_state(Locale::En);
        v.lang = Some(self.locale.get());
        v.options.mode = mode;
        if mode != Mode::Embed {
            v.options.show = None;
        }
        crate::embed::url::serialize(&v)
    }

    /// The derived memos (see [`Derived`]).
    pub fn derived(&self) -> Derived {
        self.derived.get_value()
    }

    /// The memos of the sections below the first screen, created on first use in the app's
    /// owner (so they outlive the section that first asked for them).
    pub fn later(&self) -> Later {
        if let Some(l) = self.later.get_value() {
            return l;
        }
        let data = self.data;
        let l = self.owner.with_value(|o| o.with(|| Later::new(data)));
        self.later.set_value(Some(l));
        l
    }

    /// The map layer in effect (tracks data, choice and range).
    pub fn current_layer(&self) -> Option<Layer> {
        self.derived()
            .layer_view
            .with(|v| v.as_ref().map(|v| v.layer.clone()))
    }

    /// A district's name in the current language (tracks data and locale).
    pub fn district_name(&self, id: &str) -> Option<String> {
        let l = self.locale.get();
        self.data
            .with(|d| d.district(id).map(|x| l.district_name(x).to_string()))
    }

    /// Shows a reader's dataset (a data file read over the embedded data) instead of the
    /// embedded one; `custom` counts its weeks for the banner.
    pub fn use_dataset(&self, ds: Dataset) {
        let n = ds.weeks.len();
        self.data.set(Arc::new(ds));
        self.custom.set(Some(n));
    }

    /// Back to the embedded dataset (with its notes if they have come).
    pub fn reset_to_embedded(&self) {
        self.data.set(self.embedded.get_value());
        self.custom.set(None);
    }

    /// Shows the view an address asks for: its district, its range (an open end runs to the
    /// data's edge), its layer and its theme. Values the parser already checked; a layer the
    /// data does not have is left to the default.
    pub fn show_view(&self, v: &ViewState) {
        self.district.set(v.district.clone());
        if v.from.is_some() || v.to.is_some() {
            let full = self
                .data
                .with_untracked(|d| crate::stats::full_range(&d.weeks));
            if let Some(full) = full {
                self.range.set(Some(DateRange {
                    from: v.from.unwrap_or(full.from),
                    to: v.to.unwrap_or(full.to),
                }));
            }
        }
        let layers = self.derived().layers.get_untracked();
        self.layer.set(
            v.layer
                .as_ref()
                .and_then(|k| layers.into_iter().find(|l| &l.key() == k)),
        );
        self.theme.set(v.theme);
    }

    /// The default view: the whole region, all weeks, the default layer, nothing pointed at,
    /// the time-lapse stopped (the kiosk's reset after idle time).
    pub fn reset_view(&self) {
        self.playing.set(false);
        self.district.set(None);
        self.range.set(None);
        self.layer.set(None);
        self.hovered.set(None);
    }

    /// Joins the notes (the whole weekly file and the totals, parsed) to the embedded data, and
    /// shows it (under a reader's weeks when a reader's file is in use). False, and nothing
    /// changed, when they are not the embedded data's (see [`crate::data::digest::with_notes`]).
    pub fn take_notes(
        &self,
        weeks: Vec<crate::data::Week>,
        totals: Vec<crate::data::Total>,
    ) -> bool {
        let Some(full) = self
            .embedded
            .with_value(|d| crate::data::digest::with_notes(d, weeks, totals))
        else {
            return false;
        };
        let full = Arc::new(full);
        self.embedded.set_value(full.clone());
        if self.custom.get_untracked().is_none() {
            self.data.set(full);
        } else {
            // A reader's weeks stay; the rest (the later totals) comes with the notes.
            let weeks = self.data.with_untracked(|d| d.weeks.clone());
            self.data.set(Arc::new(Dataset {
                weeks,
                ..(*full).clone()
            }));
        }
        true
    }

    /// The current catalogue (tracks the locale).
    pub fn t(&self) -> &'static Messages {
        self.locale.get().messages()
    }
}

/// The state provided by [`crate::app::App`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
