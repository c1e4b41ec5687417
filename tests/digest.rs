//! The first-screen digest (`src/data/digest/`) is the embedded data less the weeks' notes
//! (their sources, reasons and disagreeing figures), read by the same parser: what the release page starts from equals what the files say.

use clearance_atlas::data::{digest, Dataset, Date, TotalKind};
use clearance_atlas::stats;

fn parsed() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("the embedded data parses")
}

#[test]
fn digest_equals_the_parsed_files_without_notes() {
    let digest = digest::dataset().expect("build.rs wrote a digest (data/ parses)");
    let full = parsed();
    assert_eq!(digest, digest::without_notes(&full));
    assert!(digest.notes_pending && !full.notes_pending);
    // Not vacuous: the files have weeks, totals and boundaries, and notes the digest leaves out.
    assert!(digest.weeks.len() > 100 && digest.totals.len() > 100 && digest.boundaries.len() > 10);
    assert!(full
        .weeks
        .iter()
        .any(|w| !w.reason.is_empty() && !w.reason_az.is_empty()));
    assert!(digest
        .weeks
        .iter()
        .all(|w| w.reason.is_empty() && w.alternatives.is_empty() && w.sources.is_empty()));
}

#[test]
fn every_source_is_in_the_digest_or_comes_with_the_notes() {
    let digest = digest::dataset().expect("digest");
    let full = parsed();
    // The first screen's totals' sources are in the digest itself; the later totals' come
    // with the notes.
    assert_eq!(
        digest.totals.iter().map(|t| &t.source).collect::<Vec<_>>(),
        digest::without_notes(&full)
            .totals
            .iter()
            .map(|t| &t.source)
            .collect::<Vec<_>>()
    );
    // The weeks' come with the notes, each week's as the file has it.
    let joined = digest::with_notes(&digest, full.weeks.clone(), full.totals.clone())
        .expect("the same weeks");
    assert!(full.weeks.iter().all(|w| !w.sources.is_empty()));
    for (j, f) in joined.weeks.iter().zip(&full.weeks) {
        assert_eq!(j.sources, f.sources, "week from {}", f.start);
        assert_eq!(j.hectares, f.hectares);
    }
    assert_eq!(joined.totals, full.totals);
}

#[test]
fn values_without_an_exact_form_give_no_digest() {
    // Then the build embeds the files and the page parses them, as before the digest.
    let full = parsed();
    let emit = |d: &Dataset| digest::emit::source(&d.weeks, &d.totals, &d.districts, &d.boundaries);
    assert!(emit(&full).is_some());
    let mut tab = full.clone();
    tab.totals[0].source.outlet.push_str("\tx");
    assert!(emit(&tab).is_none());
    let mut fine = full.clone();
    fine.boundaries[0].polygons[0][0][0].0 += 0.0001;
    assert!(emit(&fine).is_none());
    let mut bar = full;
    bar.districts[0].aliases.push("a|b".into());
    assert!(emit(&bar).is_none());
}

#[test]
fn notes_join_the_digest_only_from_the_same_weeks() {
    let digest = digest::dataset().expect("digest");
    let full = parsed();
    let joined = digest::with_notes(&digest, full.weeks.clone(), full.totals.clone())
        .expect("the same weeks");
    assert_eq!(joined, full);
    // A file whose figures differ (an old copy in a cache) is refused.
    let mut other = full.weeks.clone();
    other[3].uxo = Some(other[3].uxo.unwrap_or(0) + 1);
    assert!(digest::with_notes(&digest, other, full.totals.clone()).is_none());
    let mut fewer = full.weeks.clone();
    fewer.pop();
    assert!(digest::with_notes(&digest, fewer, full.totals.clone()).is_none());
    // So is a totals file whose first-screen figures differ from the digest's.
    let mut totals = full.totals.clone();
    let i = totals
        .iter()
        .position(|t| t.kind == TotalKind::Cumulative)
        .expect("a cumulative total");
    totals[i].value += 1.0;
    assert!(digest::with_notes(&digest, full.weeks.clone(), totals).is_none());
}

#[test]
fn the_later_totals_wait_for_the_notes_and_change_nothing_on_the_first_screen() {
    let digest = digest::dataset().expect("digest");
    let full = parsed();
    // The monthly figures and casualty counts are not in the digest; they come with the notes.
    let later = |d: &Dataset| {
        d.totals
            .iter()
            .filter(|t| matches!(t.kind, TotalKind::Monthly | TotalKind::Victims))
            .count()
    };
    assert!(
        later(&full) > 100,
        "the files have monthly and casualty totals"
    );
    assert_eq!(later(&digest), 0);
    // What the first screen says comes out the same from either.
    assert_eq!(stats::data_as_of(&digest), stats::data_as_of(&full));
    assert_eq!(stats::headline(&digest, None), stats::headline(&full, None));
    for d in &full.districts {
        let id = d.id.as_str();
        assert_eq!(
            stats::district_headline(&digest, id, None),
            stats::district_headline(&full, id, None)
        );
    }
    let joined = digest::with_notes(&digest, full.weeks.clone(), full.totals.clone())
        .expect("the same data");
    assert_eq!(later(&joined), later(&full));
}

#[test]
fn the_preamble_is_the_files_comment_lines() {
    use clearance_atlas::data::{merge, WEEKS_CSV, WEEKS_PREAMBLE};
    assert_eq!(WEEKS_PREAMBLE, merge::preamble(WEEKS_CSV));
    assert!(WEEKS_PREAMBLE.starts_with("# Clearance Atlas weekly records"));
}
