#![cfg(not(target_arch = "wasm32"))]
//! The card a restarting kiosk shows (baked into index.html by `atlas-data card`) says what the
//! counters say: the newest statement of each figure, with its qualifier, and the data date.

use clearance_atlas::data::{Dataset, Date, Metric, Qualifier};
use clearance_atlas::i18n::{format, Locale};
use clearance_atlas::kiosk::card::recovery_card;
use clearance_atlas::present::labels;
use clearance_atlas::stats;

fn dataset() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("a date")).expect("the embedded data parses")
}

#[test]
fn the_card_carries_the_headline_figures_in_every_language() {
    let ds = dataset();
    let h = stats::headline(&ds, None).expect("a headline");
    let (as_of, _) = stats::data_as_of(&ds).expect("a data date");
    for l in Locale::ALL {
        let t = l.messages();
        let c = recovery_card(&ds, l);
        assert_eq!(c.title, t.title);
        assert_eq!(
            c.lines.len(),
            5,
            "{l:?}: hectares, three kinds of items, the total"
        );
        let ha = h.get(Metric::Hectares);
        let first = &c.lines[0];
        assert_eq!(first.label, t.hectares);
        assert_eq!(
            first.number,
            format::auto(ha.value.expect("hectares"), 1, l)
        );
        assert_eq!(first.qualifier, labels::qualifier_word(t, ha.qualifier));
        let total = c.lines.last().expect("the total");
        assert_eq!(total.number, format::int(h.total.value.expect("total"), l));
        assert!(
            c.as_of.contains(&format::date(as_of, l)),
            "{l:?}: {}",
            c.as_of
        );
    }
}

#[test]
fn a_qualified_figure_keeps_its_word_on_the_card() {
    let ds = dataset();
    let h = stats::headline(&ds, None).expect("a headline");
    let c = recovery_card(&ds, Locale::En);
    for (line, m) in c.lines.iter().zip([
        Metric::Hectares,
        Metric::AntiPersonnel,
        Metric::AntiTank,
        Metric::Uxo,
    ]) {
        let q = h.get(m).qualifier;
        assert_eq!(
            line.qualifier.is_empty(),
            q == Qualifier::Exact,
            "{}",
            line.value()
        );
    }
}
