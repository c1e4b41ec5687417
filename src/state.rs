//! Application state: a few signals provided once via context, read with [`use_app`].

use crate::data::Dataset;
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
    pub district: RwSignal<Option<String>>,
    /// The selected date range; `None` is everything.
    pub range: RwSignal<Option<DateRange>>,
}

impl AppState {
    /// New state for a dataset.
    pub fn new(data: Dataset, locale: Locale) -> Self {
        Self {
            data: RwSignal::new(Arc::new(data)),
            locale: RwSignal::new(locale),
            district: RwSignal::new(None),
            range: RwSignal::new(None),
        }
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
