//! Map geometry: the projection (lon/lat → viewBox, with its inverse), SVG paths from rings,
//! label points and placement, and the precomputed map model. Pure: no leptos, no web-sys.

pub mod choropleth;

use crate::data::{Boundary, Dataset, DistrictId, Ring};

/// Baku's position (lon, lat), marked on the locator map.
pub const BAKU: (f64, f64) = (49.867, 40.409);

/// An axis-aligned box in lon/lat.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    /// West.
    pub min_lon: f64,
    /// South.
    pub min_lat: f64,
    /// East.
    pub max_lon: f64,
    /// North.
    pub max_lat: f64,
}

impl BBox {
    /// The empty box (grows with `extend`).
    pub const EMPTY: BBox = BBox {
        min_lon: f64::INFINITY,
        min_lat: f64::INFINITY,
        max_lon: f64::NEG_INFINITY,
        max_lat: f64::NEG_INFINITY,
    };

    /// Grows the box to include a point.
    pub fn extend(&mut self, (lon, lat): (f64, f64)) {
        self.min_lon = self.min_lon.min(lon);
        self.min_lat = self.min_lat.min(lat);
        self.max_lon = self.max_lon.max(lon);
        self.max_lat = self.max_lat.max(lat);
    }

    /// The box of a boundary's rings.
    pub fn of(b: &Boundary) -> BBox {
        let mut bb = BBox::EMPTY;
        for p in &b.polygons {
            for r in p {
                for &pt in r {
                    bb.extend(pt);
                }
            }
        }
        bb
    }

    /// True when two boxes overlap.
    pub fn intersects(&self, o: &BBox) -> bool {
        self.min_lon <= o.max_lon
            && o.min_lon <= self.max_lon
            && self.min_lat <= o.max_lat
            && o.min_lat <= self.max_lat
    }

    /// The box grown by `d` degrees on every side.
    pub fn pad(self, d: f64) -> BBox {
        BBox {
            min_lon: self.min_lon - d,
            min_lat: self.min_lat - d,
            max_lon: self.max_lon + d,
            max_lat: self.max_lat + d,
        }
    }
}

/// An equirectangular projection scaled by the cosine of the mid latitude, fitted to a box:
/// right for a region of 2–6 degrees, where its distortion is far below a pixel's worth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    west: f64,
    north: f64,
    kx: f64,
    ky: f64,
    /// ViewBox width.
    pub width: f64,
    /// ViewBox height.
    pub height: f64,
}

impl Projection {
    /// Fits a box into a viewBox `width` wide (height follows the box's aspect ratio).
    pub fn fit(bb: BBox, width: f64) -> Self {
        let mid = ((bb.min_lat + bb.max_lat) / 2.0).to_radians().cos();
        let w_deg = (bb.max_lon - bb.min_lon) * mid;
        let k = width / w_deg;
        Self {
            west: bb.min_lon,
            north: bb.max_lat,
            kx: k * mid,
            ky: k,
            width,
            height: (bb.max_lat - bb.min_lat) * k,
        }
    }

    /// lon/lat → viewBox x/y.
    pub fn project(&self, (lon, lat): (f64, f64)) -> (f64, f64) {
        ((lon - self.west) * self.kx, (self.north - lat) * self.ky)
    }

    /// viewBox x/y → lon/lat.
    pub fn invert(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.west + x / self.kx, self.north - y / self.ky)
    }
}

/// Signed area of a ring (shoelace; positive counter-clockwise in lon/lat).
pub fn ring_area(r: &Ring) -> f64 {
    let mut a = 0.0;
    for w in r.windows(2) {
        a += w[0].0 * w[1].1 - w[1].0 * w[0].1;
    }
    a / 2.0
}

/// Area-weighted centroid of a ring (falls back to the vertex mean for degenerate rings).
pub fn ring_centroid(r: &Ring) -> (f64, f64) {
    let a = ring_area(r);
    if a.abs() < 1e-12 {
        let n = r.len().max(1) as f64;
        return (
            r.iter().map(|p| p.0).sum::<f64>() / n,
            r.iter().map(|p| p.1).sum::<f64>() / n,
        );
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for w in r.windows(2) {
        let f = w[0].0 * w[1].1 - w[1].0 * w[0].1;
        cx += (w[0].0 + w[1].0) * f;
        cy += (w[0].1 + w[1].1) * f;
    }
    (cx / (6.0 * a), cy / (6.0 * a))
}

/// True when a ring is closed (first point equals last).
pub fn is_closed(r: &Ring) -> bool {
    r.len() >= 4 && r.first() == r.last()
}

/// SVG path data for rings, one decimal place, `Z` per ring.
pub fn path_data<'a>(rings: impl Iterator<Item = &'a Ring>, proj: &Projection) -> String {
    let mut s = String::new();
    for r in rings {
        for (i, &pt) in r.iter().enumerate() {
            if i + 1 == r.len() && is_closed(r) {
                break;
            }
            let (x, y) = proj.project(pt);
            s.push(if i == 0 { 'M' } else { 'L' });
            s.push_str(&format!("{:.1} {:.1}", x, y));
        }
        s.push('Z');
    }
    s
}

/// A district drawn on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictShape {
    /// Canonical district id.
    pub id: DistrictId,
    /// SVG path data.
    pub path: String,
    /// Label anchor (viewBox units).
    pub label: (f64, f64),
    /// Area in square viewBox units (for ordering labels).
    pub area: f64,
    /// Label shown on large maps.
    pub show_label_large: bool,
    /// Label (abbreviated) shown on small maps.
    pub show_label_small: bool,
}

/// Everything the map component draws, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct MapModel {
    /// The main projection.
    pub projection: Projection,
    /// Districts under clearance that have a polygon.
    pub districts: Vec<DistrictShape>,
    /// Other units of Azerbaijan inside the view (grey context), one path.
    pub context: String,
    /// The country outline inside the view.
    pub outline: String,
    /// The locator: the whole country (path), its size, Baku and the main view's rectangle.
    pub locator: Locator,
}

/// A small map of the whole country showing where the main view sits.
#[derive(Debug, Clone, PartialEq)]
pub struct Locator {
    /// Country outline path.
    pub outline: String,
    /// The region's districts as one path.
    pub region: String,
    /// ViewBox width and height.
    pub size: (f64, f64),
    /// Baku (viewBox units).
    pub baku: (f64, f64),
    /// The main view's rectangle (x, y, w, h).
    pub frame: (f64, f64, f64, f64),
}

/// Main map viewBox width.
pub const MAP_WIDTH: f64 = 1000.0;
/// Locator viewBox width.
pub const LOCATOR_WIDTH: f64 = 300.0;

fn district_rings<'a>(ds: &'a Dataset, codes: &'a [String]) -> impl Iterator<Item = &'a Ring> + 'a {
    ds.boundaries
        .iter()
        .filter(move |b| codes.contains(&b.code))
        .flat_map(|b| b.polygons.iter().flatten())
}

/// Approximate label box (viewBox units) for a name at a font size.
pub fn label_box(center: (f64, f64), chars: usize, font: f64) -> (f64, f64, f64, f64) {
    let w = chars as f64 * font * 0.58;
    (center.0 - w / 2.0, center.1 - font * 0.6, w, font * 1.2)
}

fn overlaps(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
}

/// A short label for `name`: the shortest prefix of at least `min` characters that no other
/// name shares, carried on to end at a consonant and marked with a full stop, as an
/// abbreviation is written ("Khojal." and "Khojav." rather than two "Kho"; "Ağdər.", not the
/// bare "Ağdə"). A prefix that would reach the end of the name gives the whole name.
pub fn unique_prefix(name: &str, all: &[String], min: usize) -> String {
    const VOWELS: &str = "aeiouyıəöüAEIOUYIƏÖÜİаеёиоуыэюяАЕЁИОУЫЭЮЯ";
    let chars: Vec<char> = name.chars().collect();
    for k in min..chars.len() {
        let p: String = chars[..k].iter().collect();
        if !all.iter().any(|o| o != name && o.starts_with(&p)) {
            let mut end = k;
            while end < chars.len() && VOWELS.contains(chars[end - 1]) {
                end += 1;
            }
            if end >= chars.len() {
                return name.to_string();
            }
            let mut short: String = chars[..end].iter().collect();
            short.push('.');
            return short;
        }
    }
    name.to_string()
}

/// Label font size in viewBox units for large and small maps.
pub const LABEL_FONT_LARGE: f64 = 17.0;
/// On small maps labels are abbreviated and larger relative to the map.
pub const LABEL_FONT_SMALL: f64 = 34.0;

/// Greedy label placement: larger districts first; a label that would overlap one already
/// placed is hidden at that size (its name stays in the tooltip and the list).
pub fn place_labels(shapes: &mut [DistrictShape], names: &dyn Fn(&str) -> (usize, usize)) {
    let mut order: Vec<usize> = (0..shapes.len()).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        shapes[b].area.total_cmp(&shapes[a].area)
    });
    let mut large: Vec<(f64, f64, f64, f64)> = Vec::new();
    let mut small: Vec<(f64, f64, f64, f64)> = Vec::new();
    for i in order {
        let (full, short) = names(&shapes[i].id);
        let bl = label_box(shapes[i].label, full, LABEL_FONT_LARGE);
        let bs = label_box(shapes[i].label, short, LABEL_FONT_SMALL);
        shapes[i].show_label_large = !large.iter().any(|b| overlaps(*b, bl));
        shapes[i].show_label_small = !small.iter().any(|b| overlaps(*b, bs));
        if shapes[i].show_label_large {
            large.push(bl);
        }
        if shapes[i].show_label_small {
            small.push(bs);
        }
    }
}

/// Builds the map model from the dataset's districts and boundaries.
pub fn build_map(ds: &Dataset) -> MapModel {
    let mut region = BBox::EMPTY;
    for d in &ds.districts {
        for r in district_rings(ds, &d.ne_codes) {
            for &pt in r {
                region.extend(pt);
            }
        }
    }
    if !region.min_lon.is_finite() {
        region = BBox {
            min_lon: 45.5,
            min_lat: 38.8,
            max_lon: 47.7,
            max_lat: 40.6,
        };
    }
    let view = region.pad(0.12);
    let proj = Projection::fit(view, MAP_WIDTH);
    let target_codes: Vec<&String> = ds.districts.iter().flat_map(|d| &d.ne_codes).collect();

    let mut districts: Vec<DistrictShape> = ds
        .districts
        .iter()
        .filter(|d| !d.ne_codes.is_empty())
        .map(|d| {
            let rings: Vec<&Ring> = district_rings(ds, &d.ne_codes).collect();
            let outer = rings
                .iter()
                .max_by(|a, b| ring_area(a).abs().total_cmp(&ring_area(b).abs()));
            let label = outer
                .map(|r| proj.project(ring_centroid(r)))
                .unwrap_or((0.0, 0.0));
            let area = rings.iter().map(|r| ring_area(r).abs()).sum::<f64>() * proj.kx * proj.ky;
            DistrictShape {
                id: d.id.clone(),
                path: path_data(rings.into_iter(), &proj),
                label,
                area,
                show_label_large: true,
                show_label_small: true,
            }
        })
        .collect();
    // North to south, then west to east: a natural reading order for Tab.
    crate::sort::sort_by(&mut districts, |a, b| {
        (a.label.1 / 60.0)
            .floor()
            .total_cmp(&(b.label.1 / 60.0).floor())
            .then(a.label.0.total_cmp(&b.label.0))
    });
    let names = |id: &str| {
        let n = ds
            .district(id)
            .map(|d| d.name_en.chars().count())
            .unwrap_or(6);
        (n, 3)
    };
    place_labels(&mut districts, &names);

    let context_view = view.pad(0.3);
    let context = path_data(
        ds.boundaries
            .iter()
            .filter(|b| b.code != "AZE" && !target_codes.contains(&&b.code))
            .filter(|b| BBox::of(b).intersects(&context_view))
            .flat_map(|b| b.polygons.iter().flatten()),
        &proj,
    );
    let country = ds.boundaries.iter().find(|b| b.code == "AZE");
    let outline = country
        .map(|b| path_data(b.polygons.iter().flatten(), &proj))
        .unwrap_or_default();

    let whole = country.map(BBox::of).unwrap_or(view).pad(0.05);
    let lp = Projection::fit(whole, LOCATOR_WIDTH);
    let (fx0, fy0) = lp.project((view.min_lon, view.max_lat));
    let (fx1, fy1) = lp.project((view.max_lon, view.min_lat));
    let locator = Locator {
        outline: country
            .map(|b| path_data(b.polygons.iter().map(|p| &p[0]), &lp))
            .unwrap_or_default(),
        region: path_data(
            ds.districts
                .iter()
                .flat_map(|d| district_rings(ds, &d.ne_codes)),
            &lp,
        ),
        size: (lp.width, lp.height),
        baku: lp.project(BAKU),
        frame: (fx0, fy0, fx1 - fx0, fy1 - fy0),
    };
    MapModel {
        projection: proj,
        districts,
        context,
        outline,
        locator,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_round_trips() {
        let p = Projection::fit(
            BBox {
                min_lon: 45.5,
                min_lat: 38.8,
                max_lon: 47.7,
                max_lat: 40.6,
            },
            1000.0,
        );
        for pt in [(45.5, 40.6), (46.75, 39.82), (47.7, 38.8), (46.0, 39.0)] {
            let back = p.invert(p.project(pt));
            assert!((back.0 - pt.0).abs() < 1e-9 && (back.1 - pt.1).abs() < 1e-9);
        }
        assert_eq!(p.project((45.5, 40.6)), (0.0, 0.0));
        let (x, y) = p.project((47.7, 38.8));
        assert!((x - 1000.0).abs() < 1e-9);
        assert!((y - p.height).abs() < 1e-9);
    }

    #[test]
    fn centroid_of_square() {
        let r: Ring = vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)];
        assert_eq!(ring_centroid(&r), (1.0, 1.0));
        assert_eq!(ring_area(&r), 4.0);
        assert!(is_closed(&r));
    }

    #[test]
    fn abbreviations_are_unique() {
        let all: Vec<String> = ["Khojaly", "Khojavend", "Kalbajar", "Shusha"]
            .map(String::from)
            .to_vec();
        assert_eq!(unique_prefix("Khojaly", &all, 3), "Khojal.");
        assert_eq!(unique_prefix("Khojavend", &all, 3), "Khojav.");
        assert_eq!(unique_prefix("Kalbajar", &all, 3), "Kal.");
        assert_eq!(unique_prefix("Shusha", &all, 3), "Shus.");
        let az: Vec<String> = ["Ağdam", "Ağdərə", "Xocalı", "Xocavənd"]
            .map(String::from)
            .to_vec();
        assert_eq!(unique_prefix("Ağdam", &az, 3), "Ağdam");
        assert_eq!(unique_prefix("Ağdərə", &az, 3), "Ağdər.");
        assert_eq!(unique_prefix("Xocalı", &az, 3), "Xocal.");
        let ru: Vec<String> = ["Агдам", "Агдере", "Ходжалы", "Ходжавенд"]
            .map(String::from)
            .to_vec();
        assert_eq!(unique_prefix("Ходжавенд", &ru, 3), "Ходжав.");
        assert_eq!(unique_prefix("Агдам", &ru, 3), "Агдам");
    }

    #[test]
    fn overlapping_labels_are_hidden() {
        let mk = |id: &str, x: f64, area: f64| DistrictShape {
            id: id.into(),
            path: String::new(),
            label: (x, 100.0),
            area,
            show_label_large: true,
            show_label_small: true,
        };
        let mut s = vec![
            mk("big", 100.0, 10.0),
            mk("small", 110.0, 1.0),
            mk("far", 600.0, 2.0),
        ];
        place_labels(&mut s, &|_| (8, 3));
        assert!(s[0].show_label_large);
        assert!(!s[1].show_label_large);
        assert!(s[2].show_label_large);
    }
}
