//! Campaign cards (`embed::card`): every kind in every format and language carries its figure,
//! its date, its source and the address, with a ready-to-post sentence; snapshots per language.
#![cfg(not(target_arch = "wasm32"))]

mod snapshot;
mod svg_text;

use svg_text::text_lines;

use clearance_atlas::data::{Dataset, Date};
use clearance_atlas::embed::card::{card, card_svg, Kind, FORMATS};
use clearance_atlas::embed::frame;
use clearance_atlas::i18n::Locale;

const ADDRESS: &str = "https://example.org/atlas/";

fn ds() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("valid")
}

#[test]
fn every_card_in_every_format_and_language_says_what_where_and_when() {
    let d = ds();
    for l in Locale::ALL {
        let mut all = String::new();
        for kind in Kind::ALL {
            let (c, sentence) = card(kind, &d, l, Some("fuzuli"), ADDRESS)
                .unwrap_or_else(|| panic!("{l:?} {kind:?}: the data has this card"));
            for part in [&c.figure, &c.source, &c.address] {
                assert!(
                    sentence.contains(part.as_str()),
                    "{l:?} {kind:?}: sentence lacks {part}"
                );
            }
            assert!(!c.date.is_empty() && !c.source.is_empty(), "{l:?} {kind:?}");
            for size in FORMATS {
                let svg = card_svg(size, &c);
                // The lines of text, joined again (a long date wraps onto a second line).
                let lines = text_lines(&svg);
                for part in [&c.figure, &c.date, &c.address] {
                    assert!(
                        lines.contains(&frame::esc(part).replace('\u{a0}', " ")),
                        "{l:?} {kind:?} {size:?}: {part}"
                    );
                }
                all.push_str(&svg);
            }
        }
        let path = format!("tests/snapshots/cards-{}.svg.txt", l.as_str());
        snapshot::check(&path, &all);
    }
}

#[test]
fn no_district_no_district_card() {
    assert!(card(Kind::District, &ds(), Locale::En, None, ADDRESS).is_none());
}
