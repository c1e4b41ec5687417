//! The map model from the real boundaries: polygons, the Lachin fix, closure, true places.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::data::{Dataset, Date};
use clearance_atlas::geo::{self, choropleth};

fn ds() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("d")).expect("valid embedded data")
}

#[test]
fn every_district_but_aghdara_has_exactly_one_shape() {
    let d = ds();
    let m = geo::build_map(&d);
    for district in &d.districts {
        let n = m.districts.iter().filter(|s| s.id == district.id).count();
        if district.id == "aghdara" {
            assert_eq!(n, 0, "Aghdara has no polygon of its own: never invent one");
            assert!(district.ne_codes.is_empty());
        } else {
            assert_eq!(n, 1, "{}", district.id);
            for code in &district.ne_codes {
                assert_eq!(
                    d.boundaries.iter().filter(|b| &b.code == code).count(),
                    1,
                    "{code}"
                );
            }
        }
    }
    assert_eq!(m.districts.len(), 12);
}

#[test]
fn lachin_relabelling_is_applied() {
    let d = ds();
    let b = d
        .boundaries
        .iter()
        .find(|b| b.code == "AZE-1735")
        .expect("AZE-1735");
    assert_eq!(b.name, "Lachin");
    let bb = geo::BBox::of(b);
    assert!(bb.min_lon < 46.30 && 46.30 < bb.max_lon && bb.min_lat < 39.70 && 39.70 < bb.max_lat);
    assert_eq!(
        d.district("lachin").expect("lachin").ne_codes,
        vec!["AZE-1735".to_string()]
    );
    assert!(!d
        .boundaries
        .iter()
        .any(|b| b.name == "Lankaran" && b.code == "AZE-1735"));
}

#[test]
fn rings_are_closed() {
    for b in &ds().boundaries {
        for p in &b.polygons {
            for r in p {
                assert!(geo::is_closed(r), "{} has an open ring", b.code);
            }
        }
    }
}

#[test]
fn districts_land_in_their_true_places() {
    let m = geo::build_map(&ds());
    let at = |id: &str| {
        m.districts
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.label)
            .expect(id)
    };
    let mean =
        |f: fn((f64, f64)) -> f64| m.districts.iter().map(|s| f(s.label)).sum::<f64>() / 12.0;
    let (cx, cy) = (mean(|p| p.0), mean(|p| p.1));
    let kal = at("kalbajar");
    assert!(kal.0 < cx && kal.1 < cy, "Kalbajar north-west");
    let zan = at("zangilan");
    assert!(
        m.districts.iter().all(|s| s.label.1 <= zan.1),
        "Zangilan southernmost"
    );
    let fuz = at("fuzuli");
    assert!(fuz.0 > cx && fuz.1 > cy, "Fuzuli south-east");
    let tar = at("tartar");
    assert!(tar.0 > cx && tar.1 < cy, "Tartar north-east");
    // Baku sits east of the region on the locator.
    assert!(m.locator.baku.0 > m.locator.frame.0 + m.locator.frame.2);
}

#[test]
fn layers_and_hectares_shares() {
    let d = ds();
    let layers = choropleth::layers(&d);
    let keys: Vec<String> = layers.iter().map(|l| l.key()).collect();
    assert_eq!(keys[0], "hectares-2025");
    assert!(keys.contains(&"hectares-2023".to_string()));
    assert!(keys.contains(&"mines-2020..2024".to_string()));
    let v = choropleth::values(&d, &layers[0]);
    assert_eq!(choropleth::layer_total(&v), Some(69205.7));
    let fuz = v.iter().find(|x| x.district == "fuzuli").expect("fuzuli");
    assert_eq!(fuz.total.value, 8526.2);
}
