//! Derived state: every figure, bar and map model the components show, computed once from the
//! signals of [`super::AppState`] by a pure function of `stats`, `geo` or `chart::model`, and
//! shared as memos. Components read these; they do not recompute them.

use crate::chart::model::{self, AnnualBar, MonthBar, Pace, WeekBar};
use crate::data::{Dataset, Date, DistrictId};
use crate::geo::choropleth::{self, Layer, LayerView};
use crate::geo::{self, MapModel};
use crate::stats::{self, AsOfBasis, DateRange, Headline};
use leptos::prelude::*;
use std::sync::Arc;

/// The memos derived from the data, the range, the chosen layer and the selected district.
#[derive(Clone, Copy)]
pub struct Derived {
    /// Every map layer with data (hectares by year, then item counts).
    pub layers: Memo<Vec<Layer>>,
    /// The layer in effect (the chosen one, else the range's year, else the latest) with its
    /// values, class breaks and share denominator. The layer itself is `layer_view`'s `layer`
    /// (one memo for both: each memo is about 0.7 KB of wasm).
    pub layer_view: Memo<Option<LayerView>>,
    /// The projected map (paths, labels, locator).
    pub map_model: Memo<Arc<MapModel>>,
    /// The headline counters: the district's figures, else the range's sums, else the latest
    /// statements.
    pub headline: Memo<Option<Headline>>,
    /// The weekly chart's range: the selected one, else every week.
    pub week_range: Memo<Option<DateRange>>,
    /// The weekly chart's bars.
    pub week_bars: Memo<Vec<WeekBar>>,
    /// "Data as of" and what it is the date of.
    pub as_of: Memo<Option<(Date, AsOfBasis)>>,
}

/// The memos only the sections below the first screen read (the annual and monthly charts, the
/// pace card, the exports). [`super::AppState::later`] creates them once, on first use, so that
/// their code lives in the lazy parts' chunks and not in the first screen's wasm.
#[derive(Clone, Copy)]
pub struct Later {
    /// The stated yearly goal, with its source and qualifier (`stats::stated_goal`).
    pub goal: Memo<Option<crate::data::Total>>,
    /// The pace projection.
    pub pace: Memo<Option<Pace>>,
    /// The annual chart's bars.
    pub annual_bars: Memo<Vec<AnnualBar>>,
    /// The monthly chart's bars.
    pub month_bars: Memo<Vec<MonthBar>>,
}

impl Later {
    /// The memos over the data.
    pub fn new(data: RwSignal<Arc<Dataset>>) -> Self {
        Self {
            goal: Memo::new(move |_| data.with(|d| stats::stated_goal(&d.totals).cloned())),
            pace: Memo::new(move |_| data.with(|d| model::pace(d))),
            annual_bars: Memo::new(move |_| data.with(|d| model::annual_bars(d))),
            month_bars: Memo::new(move |_| data.with(|d| model::month_bars(d))),
        }
    }
}

impl Derived {
    /// The memos over these signals.
    pub fn new(
        data: RwSignal<Arc<Dataset>>,
        range: RwSignal<Option<DateRange>>,
        layer: RwSignal<Option<Layer>>,
        district: RwSignal<Option<DistrictId>>,
        playing: RwSignal<bool>,
    ) -> Self {
        let layers = Memo::new(move |_| data.with(|d| choropleth::layers(d)));
        let layer_view = Memo::new(move |_| {
            let l = layers.with(|ls| {
                choropleth::current_layer(ls, layer.get().as_ref(), range.get(), playing.get())
            })?;
            Some(data.with(|d| choropleth::layer_view(d, l)))
        });
        let headline = Memo::new(move |_| match district.get() {
            Some(id) => {
                // The year the district counters show: the year of the layer in effect (derived
                // from both the range and the chosen layer), so the counters and the map a
                // reader sees agree.
                let y = layer_view.with(|v| v.as_ref().and_then(|v| v.layer.period.year()));
                Some(data.with(|d| stats::district_headline(d, &id, y)))
            }
            None => {
                let r = range.get();
                data.with(|d| stats::headline(d, r))
            }
        });
        let week_range = Memo::new(move |_| {
            range
                .get()
                .or_else(|| data.with(|d| stats::full_range(&d.weeks)))
        });
        let week_bars = Memo::new(move |_| {
            let r = week_range.get();
            data.with(|d| r.map(|r| model::week_bars(&d.weeks, r)).unwrap_or_default())
        });
        Self {
            layers,
            layer_view,
            map_model: Memo::new(move |_| data.with(|d| Arc::new(geo::build_map(d)))),
            headline,
            week_range,
            week_bars,
            as_of: Memo::new(move |_| data.with(|d| stats::data_as_of(d))),
        }
    }
}
