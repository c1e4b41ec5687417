//! The card a kiosk shows while it restarts itself (a failed start, a panic, a stopped
//! heartbeat): the headline figures and the data date, in each language, computed at build
//! time by `atlas-data card` from the embedded data and baked into `index.html`, so that it can
//! be shown when the wasm cannot run at all.

use crate::data::{Dataset, Metric};
use crate::i18n::{fill, format, Locale};
use crate::present::labels;
use crate::stats;
use serde::Serialize;

/// One figure of the card: "Land cleared — about 249,000 ha".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardLine {
    /// What it counts.
    pub label: String,
    /// The word before the number ("about", "more than"), or empty.
    pub qualifier: String,
    /// The number as the page writes it.
    pub number: String,
    /// Its unit.
    pub unit: String,
}

impl CardLine {
    /// The figure in one line: "about 249,000 ha".
    pub fn value(&self) -> String {
        [self.qualifier.as_str(), &self.number, &self.unit]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The card in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecoveryCard {
    /// The page's title.
    pub title: String,
    /// "The atlas is restarting…".
    pub note: String,
    /// Hectares, then the items by kind, then the total.
    pub lines: Vec<CardLine>,
    /// "Data as of 9 March 2026".
    pub as_of: String,
    /// "Source: ANAMA, as published by the outlets cited".
    pub source: String,
}

/// The card for the whole region, as the counters show it with no range chosen.
pub fn recovery_card(ds: &Dataset, l: Locale) -> RecoveryCard {
    let t = l.messages();
    let mut lines = Vec::new();
    if let Some(h) = stats::headline(ds, None) {
        let order = [
            Metric::Hectares,
            Metric::AntiPersonnel,
            Metric::AntiTank,
            Metric::Uxo,
        ];
        let figures = order.iter().map(|&m| (m, h.get(m)));
        for (m, f) in figures {
            let Some(v) = f.value else { continue };
            let (label, number, unit) = match m {
                Metric::Hectares => (t.hectares, format::auto(v, 1, l), t.unit_ha),
                Metric::AntiPersonnel => (t.anti_personnel, format::int(v, l), t.unit_items),
                Metric::AntiTank => (t.anti_tank, format::int(v, l), t.unit_items),
                Metric::Uxo => (t.uxo, format::int(v, l), t.unit_items),
            };
            let (qualifier, number) = labels::qualifier_parts(t, f.qualifier, &number);
            lines.push(CardLine {
                label: label.to_string(),
                qualifier: qualifier.to_string(),
                number,
                unit: unit.to_string(),
            });
        }
        if let Some(v) = h.total.value {
            let (qualifier, number) =
                labels::qualifier_parts(t, h.total.qualifier, &format::int(v, l));
            lines.push(CardLine {
                label: t.total_items.to_string(),
                qualifier: qualifier.to_string(),
                number,
                unit: t.unit_items.to_string(),
            });
        }
    }
    let as_of = stats::data_as_of(ds)
        .map(|(d, _)| fill(t.data_as_of, &[("date", &format::date(d, l))]))
        .unwrap_or_default();
    RecoveryCard {
        title: t.title.to_string(),
        note: t.kiosk_restarting.to_string(),
        lines,
        as_of,
        source: t.source_anama.to_string(),
    }
}
