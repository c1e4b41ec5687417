//! The charts draw in the page's colours: each colour of `chart::LIGHT` and `chart::DARK`
//! equals the light or dark half of its CSS custom property in static/style.css.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::chart::{Theme, DARK, LIGHT};
use plotters::style::RGBColor;

/// `--name: light-dark(#rrggbb, #rrggbb)` from the stylesheet's `:root`.
fn css_pair(css: &str, name: &str) -> (RGBColor, RGBColor) {
    let key = format!("--{name}: light-dark(");
    let start = css
        .find(&key)
        .map(|i| i + key.len())
        .unwrap_or_else(|| panic!("no {key}"));
    let body = &css[start..start + css[start..].find(')').expect("closed")];
    let (a, b) = body.split_once(',').expect("two colours");
    let hex = |s: &str| {
        let s = s.trim().trim_start_matches('#');
        let c = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).expect("hex");
        RGBColor(c(0), c(2), c(4))
    };
    (hex(a), hex(b))
}

#[test]
fn chart_palettes_equal_the_css_custom_properties() {
    let css = std::fs::read_to_string("static/style.css").expect("css");
    type Field = (&'static str, fn(&Theme) -> RGBColor);
    let fields: [Field; 10] = [
        ("surface", |t| t.bg),
        ("ink", |t| t.ink),
        ("ink-2", |t| t.ink2),
        ("grid", |t| t.grid),
        ("at", |t| t.at),
        ("ap", |t| t.ap),
        ("uxo", |t| t.uxo),
        ("ha-ink", |t| t.ha),
        ("disputed", |t| t.disputed),
        ("focus", |t| t.reference),
    ];
    for (name, get) in fields {
        let (light, dark) = css_pair(&css, name);
        assert_eq!(get(&LIGHT), light, "light --{name}");
        assert_eq!(get(&DARK), dark, "dark --{name}");
    }
    // Written once: no second block of dark colours.
    assert_eq!(
        css.matches("#12161b").count(),
        1,
        "the dark background is written once"
    );
}
