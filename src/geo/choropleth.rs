//! Choropleth: which per-district series exist (layers), their values, class breaks and colours.

use crate::data::{Citation, Dataset, DistrictId, Period, Scope, Total, TotalKind, TotalMetric};

/// A per-district series the map can show.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Layer {
    /// `Hectares`, `Mines` (anti-tank + anti-personnel) or `ExplosiveOrdnance` (excluding mines).
    pub metric: TotalMetric,
    /// A year (`2025`) or whole years (`2020..2024`).
    pub period: Period,
}

impl Layer {
    /// The URL form: `hectares-2025`, `mines-2020..2024`.
    pub fn key(&self) -> String {
        format!("{}-{}", self.metric.as_str(), self.period)
    }

    /// True for area layers (hectares), false for item counts.
    pub fn is_area(&self) -> bool {
        self.metric == TotalMetric::Hectares
    }
}

fn is_layer_row(t: &Total) -> bool {
    t.district.is_some()
        && match t.kind {
            TotalKind::DistrictYear => t.metric == TotalMetric::Hectares,
            TotalKind::DistrictPeriod => {
                matches!(
                    t.metric,
                    TotalMetric::Mines | TotalMetric::ExplosiveOrdnance
                )
            }
            _ => false,
        }
}

/// Every layer with data: hectares by year (latest first), then the multi-year item counts.
pub fn layers(ds: &Dataset) -> Vec<Layer> {
    let mut out: Vec<Layer> = Vec::new();
    for t in ds.totals.iter().filter(|t| is_layer_row(t)) {
        let l = Layer {
            metric: t.metric,
            period: t.period,
        };
        if !out.contains(&l) {
            out.push(l);
        }
    }
    crate::sort::sort_by(&mut out, |a, b| {
        let rank = |l: &Layer| match l.metric {
            TotalMetric::Hectares => 0,
            TotalMetric::Mines => 1,
            _ => 2,
        };
        rank(a).cmp(&rank(b)).then(b.period.cmp(&a.period))
    });
    out
}

/// The values, class breaks and share denominator of a layer, per district: what the map,
/// its legend and the district panel draw.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerView {
    /// The layer.
    pub layer: Layer,
    /// (district id, value, source) per district with a figure ("other districts" left out).
    pub values: Vec<(DistrictId, f64, Citation)>,
    /// Class thresholds (from the districts that have a polygon).
    pub breaks: Vec<f64>,
    /// Denominator for shares.
    pub total: Option<f64>,
}

impl LayerView {
    /// A district's value and source.
    pub fn get(&self, id: &str) -> Option<&(DistrictId, f64, Citation)> {
        self.values.iter().find(|v| v.0 == id)
    }

    /// The districts with a figure, largest first (ties in the data's order): the panel's
    /// ranking and the map's "most: …" summary.
    pub fn ranking(&self) -> Vec<&(DistrictId, f64, Citation)> {
        let mut r: Vec<&(DistrictId, f64, Citation)> = self.values.iter().collect();
        crate::sort::sort_by(&mut r, |a, b| b.1.total_cmp(&a.1));
        r
    }

    /// The district with the largest figure.
    pub fn top(&self) -> Option<&(DistrictId, f64, Citation)> {
        self.ranking().first().copied()
    }

    /// A value's share of the layer's total (%), when the total is known and not zero.
    pub fn share_of_total(&self, value: f64) -> Option<f64> {
        self.total.filter(|t| *t > 0.0).map(|t| 100.0 * value / t)
    }

    /// A district's fill colour.
    pub fn fill(&self, id: &str) -> Option<Colour> {
        let v = self.get(id)?.1;
        Some(colour(
            &self.layer,
            class_of(v, &self.breaks),
            self.breaks.len() + 1,
        ))
    }
}

/// The view of a layer (see [`LayerView`]).
pub fn layer_view(ds: &Dataset, layer: Layer) -> LayerView {
    let vals = values(ds, &layer);
    let total = layer_total(&vals);
    let values: Vec<(DistrictId, f64, Citation)> = vals
        .iter()
        .filter(|v| v.district.as_str() != "other")
        .map(|v| (v.district.clone(), v.total.value, v.total.source.clone()))
        .collect();
    let nums: Vec<f64> = values
        .iter()
        .filter(|v| ds.district(&v.0).is_some_and(|x| !x.ne_codes.is_empty()))
        .map(|v| v.1)
        .collect();
    LayerView {
        breaks: class_breaks(&nums, 5),
        layer,
        values,
        total,
    }
}

/// The layer in effect: the one chosen, else, for a range inside one year, that year's area
/// layer where it exists, else the first (latest hectares year). While the time-lapse plays
/// (`playing`) the map follows the range's end: the area layer of its year, or of the latest
/// year before it that has one.
pub fn current_layer(
    layers: &[Layer],
    chosen: Option<&Layer>,
    range: Option<crate::stats::DateRange>,
    playing: bool,
) -> Option<Layer> {
    if let Some(l) = chosen {
        return Some(l.clone());
    }
    if let Some(r) = range.filter(|_| playing) {
        let by_year = layers
            .iter()
            .filter(|l| l.is_area())
            .filter_map(|l| Some((l.period.year()?, l)))
            .filter(|(y, _)| *y <= r.to.y)
            .max_by_key(|(y, _)| *y);
        if let Some((_, l)) = by_year {
            return Some(l.clone());
        }
    }
    if let Some(r) = range.filter(|r| r.from.y == r.to.y) {
        let y = Period::Year(r.from.y);
        if let Some(l) = layers.iter().find(|l| l.is_area() && l.period == y) {
            return Some(l.clone());
        }
    }
    layers.first().cloned()
}

/// One district's value in a layer, with its source row.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictValue<'a> {
    /// The district id (or `other`).
    pub district: &'a DistrictId,
    /// The statement.
    pub total: &'a Total,
}

/// The values of a layer, one per district (the best statement when several exist).
pub fn values<'a>(ds: &'a Dataset, layer: &Layer) -> Vec<DistrictValue<'a>> {
    let mut out: Vec<DistrictValue<'a>> = Vec::new();
    for t in ds
        .totals
        .iter()
        .filter(|t| is_layer_row(t) && t.metric == layer.metric && t.period == layer.period)
    {
        let Some(d) = t.district.as_ref() else {
            continue;
        };
        match out.iter_mut().find(|v| v.district == d) {
            Some(v) if t.scope == Scope::Cabinet && v.total.scope != Scope::Cabinet => v.total = t,
            Some(_) => {}
            None => out.push(DistrictValue {
                district: d,
                total: t,
            }),
        }
    }
    out
}

/// The denominator for shares: for hectares the sum over all districts including "other
/// districts" (it equals ANAMA's annual total); for item layers nothing is published.
pub fn layer_total(values: &[DistrictValue]) -> Option<f64> {
    let has_other = values.iter().any(|v| v.district.as_str() == "other");
    let is_area = values
        .iter()
        .all(|v| v.total.metric == TotalMetric::Hectares);
    (has_other && is_area).then(|| {
        let s: f64 = values.iter().map(|v| v.total.value).sum();
        (s * 100.0).round() / 100.0
    })
}

fn round_sig(v: f64, digits: i32) -> f64 {
    if v <= 0.0 {
        return 0.0;
    }
    let mag = 10f64.powi(v.log10().floor() as i32 - digits + 1);
    (v / mag).round() * mag
}

/// Quantile class breaks for up to `k` classes, rounded to two significant digits: the
/// returned thresholds `t` put a value `v` in class `count(t <= v)`.
pub fn class_breaks(values: &[f64], k: usize) -> Vec<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    crate::sort::sort_by(&mut v, f64::total_cmp);
    let k = k.min(v.len()).max(1);
    let mut out: Vec<f64> = Vec::new();
    for i in 1..k {
        let q = v[(i * v.len()) / k];
        let r = round_sig(q, 2);
        if out.last().is_none_or(|&l| r > l) && r > v[0] {
            out.push(r);
        }
    }
    out
}

/// The class of a value.
pub fn class_of(v: f64, breaks: &[f64]) -> usize {
    breaks.iter().filter(|&&t| t <= v).count()
}

/// A colour of the map: its CSS text and its channels, both from one `#rrggbb` literal read at
/// compile time (the page never parses a colour back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    css: &'static str,
    rgb: [u8; 3],
}

impl Colour {
    /// From `#rrggbb` (a digit that is not hexadecimal reads as 0; the palettes' test checks
    /// every literal reads back).
    pub const fn hex(css: &'static str) -> Self {
        const fn digit(c: u8) -> u8 {
            match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => 0,
            }
        }
        let b = css.as_bytes();
        let mut rgb = [0u8; 3];
        if b.len() == 7 {
            let mut i = 0;
            while i < 3 {
                rgb[i] = digit(b[1 + 2 * i]) * 16 + digit(b[2 + 2 * i]);
                i += 1;
            }
        }
        Self { css, rgb }
    }

    /// The CSS text (`#31a354`).
    pub fn css(self) -> &'static str {
        self.css
    }

    /// Red, green and blue, 0–255.
    pub fn rgb(self) -> [u8; 3] {
        self.rgb
    }

    /// Relative luminance (WCAG).
    pub fn luminance(self) -> f64 {
        let [r, g, b] = self.rgb.map(|c| {
            let v = f64::from(c) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        });
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }
}

/// ColorBrewer YlGn (area cleared), light to dark: sequential, single hue family,
/// monotonic in lightness, so it reads under deuteranopia and in greyscale print.
pub const GREENS: [Colour; 5] = [
    Colour::hex("#d9f0a3"),
    Colour::hex("#addd8e"),
    Colour::hex("#78c679"),
    Colour::hex("#31a354"),
    Colour::hex("#006837"),
];
/// ColorBrewer YlOrBr (items neutralised), light to dark.
pub const BROWNS: [Colour; 5] = [
    Colour::hex("#fee391"),
    Colour::hex("#fec44f"),
    Colour::hex("#fe9929"),
    Colour::hex("#d95f0e"),
    Colour::hex("#993404"),
];

/// The colour for a class in a layer (classes beyond the palette take the darkest).
pub fn colour(layer: &Layer, class: usize, classes: usize) -> Colour {
    let pal = if layer.is_area() { &GREENS } else { &BROWNS };
    // Spread fewer classes across the palette so that they stay far apart.
    let idx = if classes <= 1 {
        2
    } else {
        (class * (pal.len() - 1)) / (classes - 1)
    };
    pal[idx.min(pal.len() - 1)]
}

/// WCAG contrast ratio of two colours.
pub fn contrast(a: Colour, b: Colour) -> f64 {
    let (x, y) = (a.luminance(), b.luminance());
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Simulates deuteranopia on a colour (Machado et al. 2009, severity 1.0), for tests.
pub fn deuteranopia(c: Colour) -> (f64, f64, f64) {
    let [r, g, b] = c.rgb.map(|v| f64::from(v) / 255.0);
    (
        0.367322 * r + 0.860646 * g - 0.227968 * b,
        0.280085 * r + 0.672501 * g + 0.047413 * b,
        -0.011820 * r + 0.042940 * g + 0.968881 * b,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_for_known_input() {
        let v = [
            12.8, 360.8, 856.3, 3008.2, 3514.8, 4063.4, 4995.7, 7672.1, 7893.3, 8203.6, 8526.2,
            8718.6, 9110.4,
        ];
        let b = class_breaks(&v, 5);
        assert_eq!(b, vec![860.0, 4100.0, 7700.0, 8500.0]);
        assert_eq!(class_of(12.8, &b), 0);
        assert_eq!(class_of(9110.4, &b), 4);
        assert_eq!(class_of(4063.4, &b), 1);
        assert_eq!(
            class_breaks(&[4253.0, 8913.0, 15528.0, 17030.0], 5),
            vec![8900.0, 16000.0, 17000.0]
        );
        assert!(class_breaks(&[], 5).is_empty());
    }

    #[test]
    fn every_palette_literal_reads_back() {
        for c in GREENS.iter().chain(&BROWNS) {
            let [r, g, b] = c.rgb();
            assert_eq!(format!("#{r:02x}{g:02x}{b:02x}"), c.css());
        }
        assert_eq!(Colour::hex("#FFFFFF").rgb(), [255, 255, 255]);
        let (white, black) = (Colour::hex("#ffffff"), Colour::hex("#000000"));
        assert!((contrast(white, black) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn palettes_stay_ordered_under_deuteranopia() {
        for pal in [GREENS, BROWNS] {
            let lum: Vec<f64> = pal
                .iter()
                .map(|c| {
                    let (r, g, b) = deuteranopia(*c);
                    0.2126 * r + 0.7152 * g + 0.0722 * b
                })
                .collect();
            for w in lum.windows(2) {
                assert!(
                    w[0] > w[1] + 0.03,
                    "classes must stay distinguishable: {lum:?}"
                );
            }
        }
    }

    #[test]
    fn the_ranking_is_largest_first_and_the_shares_of_a_year_add_up() {
        let ds = crate::data::Dataset::embedded(crate::data::Date::new(2030, 1, 1).expect("date"))
            .expect("data");
        for layer in layers(&ds) {
            let v = layer_view(&ds, layer.clone());
            let r = v.ranking();
            assert_eq!(r.len(), v.values.len());
            assert!(r.windows(2).all(|w| w[0].1 >= w[1].1), "{layer:?}");
            let max = v.values.iter().map(|x| x.1).fold(f64::MIN, f64::max);
            assert_eq!(v.top().map(|t| t.1), Some(max));
            if let Some(total) = v.total {
                let sum: f64 = v.values.iter().filter_map(|x| v.share_of_total(x.1)).sum();
                let covered: f64 = v.values.iter().map(|x| x.1).sum();
                assert!((sum - 100.0 * covered / total).abs() < 1e-6, "{layer:?}");
            }
        }
        let first = layers(&ds).into_iter().next().expect("a layer");
        let none = LayerView {
            total: Some(0.0),
            ..layer_view(&ds, first)
        };
        assert_eq!(none.share_of_total(5.0), None);
    }
}
