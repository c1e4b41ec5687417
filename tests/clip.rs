//! The time-lapse video's frames (`embed::clip`): which step each frame shows, which figures it
//! carries (checked against sums recomputed here from the weeks), the bars so far, and the
//! closing card with its source line, address and QR code, in every size and language.
#![cfg(not(target_arch = "wasm32"))]

mod svg_text;

use svg_text::text_lines;

use clearance_atlas::data::{Dataset, Date};
use clearance_atlas::embed::card::headline_card;
use clearance_atlas::embed::clip::{self, Clip, Scene, Shape, FPS, SIZES};
use clearance_atlas::embed::frame::esc;
use clearance_atlas::i18n::Locale;
use clearance_atlas::present::timelapse::Timelapse;

const ADDRESS: &str = "https://example.org/atlas/";

fn ds() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("valid")
}

fn texts(shapes: &[Shape]) -> Vec<String> {
    shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.clone()),
            Shape::Figure { text, unit, .. } => Some(format!("{text} {unit}")),
            Shape::Rect { .. } => None,
        })
        .collect()
}

#[test]
fn the_clip_lasts_fifteen_to_twenty_seconds_at_thirty_frames_and_ends_on_the_card() {
    let d = ds();
    for size in SIZES {
        let c = Clip::new(&d, Locale::En, size, ADDRESS, None).expect("a clip");
        let s = c.seconds();
        assert!((15.0..=20.0).contains(&s), "{size:?}: {s} s");
        assert_eq!(FPS, 30);
        // It starts at the first report with hectares: before it there is no sum to show.
        assert_eq!(c.scene(0), Scene::Step(c.first()));
        assert!(c.step(c.first()).and_then(|s| s.value).is_some());
        assert!((0..c.first()).all(|i| c.step(i).and_then(|s| s.value).is_none()));
        let last_step = c.steps() - 1;
        let at_end = (clip::PLAY_MS / 1000.0 * f64::from(FPS)) as u32;
        assert_eq!(c.scene(at_end), Scene::Step(last_step));
        assert_eq!(c.scene(at_end - 1), Scene::Step(last_step - 1));
        assert_eq!(c.scene(c.frames() - 1), Scene::Closing);
        // Every step is shown, in order: the sequence moves report by report.
        let mut seen = Vec::new();
        for i in 0..c.frames() {
            if let Scene::Step(k) = c.scene(i) {
                if seen.last() != Some(&k) {
                    seen.push(k);
                }
            }
        }
        assert_eq!(seen, (c.first()..c.steps()).collect::<Vec<_>>(), "{size:?}");
    }
}

#[test]
fn each_step_shows_the_sum_of_the_reported_weeks_so_far_and_their_bars() {
    let d = ds();
    let c = Clip::new(&d, Locale::En, SIZES[0], ADDRESS, None).expect("a clip");
    let tl = Timelapse::new(&d.weeks);
    assert_eq!(c.steps(), tl.len());
    let mut last = 0.0;
    for i in 0..c.steps() {
        let r = tl.range(i).expect("range");
        // A week is in a range when it starts in it (as on the page).
        let inside: Vec<_> = d
            .weeks
            .iter()
            .filter(|w| w.counts() && w.start >= r.from && w.start <= r.to)
            .collect();
        let sum: f64 = inside.iter().filter_map(|w| w.hectares).sum();
        let st = c.step(i).expect("step");
        let with_ha = inside.iter().filter(|w| w.hectares.is_some()).count();
        // A range whose weeks printed no hectares has no sum (a dash), never a zero.
        let Some(v) = st.value else {
            assert_eq!(with_ha, 0, "step {i}");
            assert!(st.figure.is_none());
            continue;
        };
        assert!((v - sum).abs() < 0.01, "step {i}: {v} against {sum}");
        assert!(v >= last, "the sum only grows");
        last = v;
        // The bars so far: one per week of the range that printed hectares.
        assert_eq!(c.bars_at(i), with_ha, "step {i}");
        let shown = texts(&c.shapes(i));
        // Wrapped lines, joined again, hold the whole source line.
        let joined = shown.join(" ");
        for part in [&st.date, &st.source] {
            assert!(joined.contains(part.as_str()), "step {i}: {part} not drawn");
        }
        assert!(st.date.contains(&r.to.y.to_string()), "{}", st.date);
        let figure = st.figure.as_deref().expect("figure");
        assert!(shown.iter().any(|t| t.starts_with(figure)), "step {i}");
        assert!(shown.iter().any(|t| t == ADDRESS), "step {i}: address");
    }
}

#[test]
fn frames_in_every_language_have_their_words_and_no_placeholders() {
    let d = ds();
    for l in Locale::ALL {
        for size in SIZES {
            let c = Clip::new(&d, l, size, ADDRESS, None).expect("a clip");
            for i in [c.first(), c.steps() / 2, c.steps() - 1] {
                let shapes = c.shapes(i);
                for t in texts(&shapes) {
                    assert!(!t.contains('{') && !t.contains('}'), "{l:?}: {t}");
                    // Every text fits its lines whole: nothing is cut short.
                    assert!(!t.ends_with('…'), "{l:?} {size:?}: cut: {t}");
                }
                // Everything is inside the frame.
                for s in &shapes {
                    if let Shape::Rect { x, y, w, h, .. } = s {
                        assert!(*x >= 0.0 && *y >= 0.0, "{l:?} {size:?}: {s:?}");
                        assert!(x + w <= f64::from(size.0) + 0.5, "{l:?} {size:?}: {s:?}");
                        assert!(y + h <= f64::from(size.1) + 0.5, "{l:?} {size:?}: {s:?}");
                    }
                }
                // The bars so far are drawn (at least the axis and one bar per week with hectares).
                let rects = shapes
                    .iter()
                    .filter(|s| matches!(s, Shape::Rect { .. }))
                    .count();
                assert!(rects > c.bars_at(i), "{l:?} {size:?}: no room for the bars");
                let svg = clip::svg(size, &shapes);
                assert!(svg.contains(&format!("width=\"{}\" height=\"{}\"", size.0, size.1)));
                assert!(svg.contains(&esc(ADDRESS)));
            }
        }
    }
}

#[test]
fn the_closing_card_is_the_headline_card_with_its_source_and_the_qr_code() {
    let d = ds();
    for l in Locale::ALL {
        let card = headline_card(&d, l, ADDRESS).expect("headline");
        for size in SIZES {
            let plain = Clip::new(&d, l, size, ADDRESS, None).expect("a clip");
            let svg = plain.closing_svg("The atlas online").expect("closing");
            assert_eq!(
                svg,
                clearance_atlas::embed::card::card_svg(size, &card),
                "no QR: the card itself"
            );
            let qr = Clip::new(&d, l, size, ADDRESS, Some(ADDRESS.into())).expect("a clip");
            let svg = qr.closing_svg("The atlas online").expect("closing");
            let lines = text_lines(&svg);
            for part in [&card.figure, &card.date, &card.address] {
                let part = esc(part).replace('\u{a0}', " ");
                assert!(lines.contains(&part), "{l:?} {size:?}: {part}");
            }
            assert!(svg.contains(&format!("fill=\"{}\"", clip::SOURCE_COLOUR)));
            assert!(svg.contains("<path d=\"M"), "the QR code");
            assert!(svg.contains("The atlas online"));
        }
    }
}

#[test]
fn too_little_data_makes_no_clip() {
    let mut d = ds();
    d.weeks.truncate(1);
    assert!(Clip::new(&d, Locale::En, SIZES[1], ADDRESS, None).is_none());
}
