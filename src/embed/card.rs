//! A card: one figure, one line of meaning, the date, the source and the address, as SVG at any
//! size (the link preview's 1200 × 630, and the square and story formats campaigns post in).
//! Drawn by the same code natively (the build's preview image, rasterised by resvg with the
//! bundled DejaVu Sans) and in the browser.

use super::frame::{esc, wrap};
use crate::data::{Dataset, Metric};
use crate::i18n::{fill, format, Locale};
use crate::present::labels;
use crate::stats;

/// What a card says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Card {
    /// The line above the figure ("Clearance Atlas · Land cleared").
    pub kicker: String,
    /// The figure with its qualifier ("about 249,000").
    pub figure: String,
    /// Its unit ("ha").
    pub unit: String,
    /// One line of meaning.
    pub meaning: String,
    /// The figure's date and whose figure it is.
    pub date: String,
    /// "Source: …".
    pub source: String,
    /// The atlas's address.
    pub address: String,
}

/// The font the cards name first: bundled for the native rasteriser, the system's in browsers.
pub const FONT: &str =
    "'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

fn line(out: &mut String, x: f64, y: f64, size: f64, weight: u32, colour: &str, s: &str) {
    out.push_str(&format!(
        "<text x=\"{x:.0}\" y=\"{y:.0}\" font-family=\"{FONT}\" font-size=\"{size:.0}\" font-weight=\"{weight}\" fill=\"{colour}\">{}</text>\n",
        esc(s)
    ));
}

/// Characters of a font size that fit a width (DejaVu Sans averages about 0.6 em).
fn fit(width: f64, size: f64) -> usize {
    (width / (size * 0.6)).floor() as usize
}

/// The card as an SVG document of `size` pixels.
pub fn card_svg(size: (u32, u32), c: &Card) -> String {
    let (w, h) = (f64::from(size.0), f64::from(size.1));
    let unit = w.min(h);
    let m = unit * 0.07;
    let inner = w - 2.0 * m;
    let mut body = String::new();
    // The accent bar and the kicker.
    body.push_str(&format!(
        "<rect x=\"0\" y=\"0\" width=\"{w:.0}\" height=\"{:.0}\" fill=\"#00694d\"/>\n",
        unit * 0.025
    ));
    let small = unit * 0.036;
    let mut y = m + small * 1.4;
    // The kicker is semibold: its glyphs run wider than the regular text's (Cyrillic most).
    for l in wrap(&c.kicker, fit(inner, small * 1.12)) {
        line(&mut body, m, y, small, 600, "#4a525c", &l);
        y += small * 1.3;
    }
    // The foot's height (date, up to three source lines, address), to leave room for it.
    let foot = unit * 0.03;
    let source = wrap(&c.source, fit(inner, foot));
    // The date and whose figure it is, semibold, on as many lines as it needs (two at most).
    let date: Vec<String> = wrap(&c.date, fit(inner, foot * 1.12))
        .into_iter()
        .take(2)
        .collect();
    let foot_h = foot * (1.45 + 1.35 * (source.len().min(3) + date.len()) as f64) + foot;
    // The figure (as large as fits, the unit after it) and its meaning, centred in the space
    // between the kicker and the foot, shrunk together if they would not fit.
    let chars = (c.figure.chars().count() + c.unit.chars().count() / 2 + 1) as f64;
    let mut big = (inner / (chars * 0.62)).min(unit * 0.2).max(unit * 0.05);
    let mut mid = unit * 0.05;
    let space = (h - m - foot_h) - y;
    let mut lines = wrap(&c.meaning, fit(inner, mid));
    let mut content = big * 1.05 + mid * 0.8 + lines.len() as f64 * mid * 1.3;
    if content > space * 0.92 {
        let k = space * 0.92 / content;
        big *= k;
        mid *= k;
        lines = wrap(&c.meaning, fit(inner, mid));
        content = big * 1.05 + mid * 0.8 + lines.len() as f64 * mid * 1.3;
    }
    y += ((space - content) / 2.0).max(0.0) + big * 0.9;
    body.push_str(&format!(
        "<text x=\"{m:.0}\" y=\"{y:.0}\" font-family=\"{FONT}\" font-size=\"{big:.0}\" font-weight=\"700\" fill=\"#00694d\">{}<tspan dx=\"{:.0}\" font-size=\"{:.0}\" font-weight=\"600\" fill=\"#1b1f24\">{}</tspan></text>\n",
        esc(&c.figure),
        big * 0.18,
        big * 0.42,
        esc(&c.unit)
    ));
    y += big * 0.15 + mid * 1.3;
    for l in lines.iter().take(5) {
        line(&mut body, m, y, mid, 400, "#1b1f24", l);
        y += mid * 1.3;
    }
    // The foot: date, source, address, from the bottom up.
    let mut fy = h - m;
    line(&mut body, m, fy, foot, 700, "#1b1f24", &c.address);
    fy -= foot * 1.45;
    let shown: Vec<&String> = source.iter().take(3).collect();
    for l in shown.iter().rev() {
        line(&mut body, m, fy, foot, 400, "#4a525c", l);
        fy -= foot * 1.35;
    }
    // Written top to bottom, so the file reads in order.
    let top = fy - (date.len() as f64 - 1.0).max(0.0) * foot * 1.35;
    for (k, l) in date.iter().enumerate() {
        line(
            &mut body,
            m,
            top + k as f64 * foot * 1.35,
            foot,
            600,
            "#1b1f24",
            l,
        );
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{body}</svg>\n"
    )
}

/// The campaign cards the share dialog offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Land cleared, as the headline counter shows it.
    Headline,
    /// The latest reported week.
    LatestWeek,
    /// The selected district's hectares in its latest year.
    District,
    /// The last full year's total against the stated yearly goal.
    Goal,
}

impl Kind {
    /// Every kind, in the dialog's order.
    pub const ALL: [Kind; 4] = [Kind::Headline, Kind::LatestWeek, Kind::District, Kind::Goal];

    /// The kind's name in file names and test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Headline => "headline",
            Kind::LatestWeek => "week",
            Kind::District => "district",
            Kind::Goal => "goal",
        }
    }
}

/// The card formats campaigns post in: square, link preview, story.
pub const FORMATS: [(u32, u32); 3] = [(1080, 1080), (1200, 630), (1080, 1920)];

fn outlets_line(t: &crate::i18n::Messages, sources: &[crate::data::Citation]) -> String {
    let names = super::frame::outlets(sources.iter());
    fill(
        t.card_source,
        &[(
            "outlets",
            &super::frame::outlet_list(&names, 3, t.export_more),
        )],
    )
}

/// A card of a kind, and the ready-to-post sentence that goes with it; `None` when the data
/// has no such figure (no district selected, no goal published…).
pub fn card(
    kind: Kind,
    ds: &Dataset,
    l: Locale,
    district: Option<&str>,
    address: &str,
) -> Option<(Card, String)> {
    let t = l.messages();
    let card = match kind {
        Kind::Headline => headline_card(ds, l, address)?,
        Kind::LatestWeek => {
            let w = ds
                .weeks
                .iter()
                .rev()
                .find(|w| w.counts() && w.hectares.is_some())?;
            // No card without its source: the week's sources come with the weeks' notes.
            if w.sources.is_empty() {
                return None;
            }
            let ha = w.hectares?;
            let n = |m: Metric| {
                w.value(m)
                    .map(|v| format::int(v, l))
                    .unwrap_or_else(|| "—".into())
            };
            Card {
                kicker: format!("{} · {}", t.title, t.card_kicker_week),
                figure: labels::qualified(t, w.hectares_qualifier, &format::auto(ha, 1, l)),
                unit: t.unit_ha.to_string(),
                meaning: fill(
                    t.card_meaning_week,
                    &[
                        ("at", &n(Metric::AntiTank)),
                        ("ap", &n(Metric::AntiPersonnel)),
                        ("uxo", &n(Metric::Uxo)),
                    ],
                ),
                date: format::period(w.start, w.end, l),
                source: outlets_line(t, &w.sources),
                address: address.to_string(),
            }
        }
        Kind::District => {
            let id = district?;
            let d = ds.district(id)?;
            let h = stats::district_headline(ds, id, None);
            let f = h.get(Metric::Hectares);
            let v = f.value?;
            Card {
                kicker: format!("{} · {}", t.title, l.district_name(d)),
                figure: labels::qualified(t, f.qualifier, &format::auto(v, 1, l)),
                unit: t.unit_ha.to_string(),
                meaning: fill(
                    t.card_meaning_district,
                    &[
                        ("district", l.district_name(d)),
                        ("period", &f.period.to_string()),
                    ],
                ),
                date: match (f.as_of, f.scope) {
                    (Some(d), Some(scope)) => fill(
                        t.figure_as_of,
                        &[
                            ("date", &format::date(d, l)),
                            ("scope", labels::scope_label(t, scope)),
                        ],
                    ),
                    _ => String::new(),
                },
                source: outlets_line(t, &f.sources),
                address: address.to_string(),
            }
        }
        Kind::Goal => {
            let goal = stats::stated_goal(&ds.totals)?;
            let bars = crate::chart::model::annual_bars(ds);
            let year = bars.iter().rev().find(|b| !b.partial)?;
            let share = year.value / goal.value * 100.0;
            let mut sources = year.sources.clone();
            sources.push(goal.source.clone());
            Card {
                kicker: format!("{} · {}", t.title, t.card_kicker_goal),
                figure: labels::qualified(t, year.qualifier, &format::auto(year.value, 1, l)),
                unit: t.unit_ha.to_string(),
                meaning: fill(
                    t.card_meaning_goal,
                    &[
                        ("year", &year.year.to_string()),
                        ("share", &format::number(share, 0, l)),
                        (
                            "goal",
                            &labels::qualified(t, goal.qualifier, &format::int(goal.value, l)),
                        ),
                    ],
                ),
                date: fill(t.card_goal_derived, &[("year", &year.year.to_string())]),
                source: outlets_line(t, &sources),
                address: address.to_string(),
            }
        }
    };
    let sentence = fill(
        t.card_sentence,
        &[
            ("figure", &format!("{} {}", card.figure, card.unit)),
            ("meaning", &card.meaning),
            ("date", &card.date),
            ("source", &card.source),
            ("address", &card.address),
        ],
    );
    Some((card, sentence))
}

/// The headline card: land cleared as the counters show it with no range chosen (the newest
/// published statement, its qualifier in words, whose figure it is and where it was printed).
pub fn headline_card(ds: &Dataset, l: Locale, address: &str) -> Option<Card> {
    let t = l.messages();
    let h = stats::headline(ds, None)?;
    let f = h.get(Metric::Hectares);
    let v = f.value?;
    // The figure's own date and whose figure it is ("to 31 December 2025 · Cabinet of Ministers
    // report"), not the data's newest date.
    let date = match (f.as_of, f.scope) {
        (Some(d), Some(scope)) => fill(
            t.figure_as_of,
            &[
                ("date", &format::date(d, l)),
                ("scope", labels::scope_label(t, scope)),
            ],
        ),
        _ => String::new(),
    };
    Some(Card {
        kicker: format!("{} · {}", t.title, t.hectares),
        figure: labels::qualified(t, f.qualifier, &format::auto(v, 1, l)),
        unit: t.unit_ha.to_string(),
        meaning: t.card_meaning_hectares.to_string(),
        date,
        source: outlets_line(t, &f.sources),
        address: address.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_holds_its_parts_at_every_size() {
        let c = Card {
            kicker: "Clearance Atlas · Land cleared".into(),
            figure: "about 249,000".into(),
            unit: "ha".into(),
            meaning: "cleared of mines and unexploded ordnance since November 2020".into(),
            date: "Data as of 9 March 2026".into(),
            source: "Source: Report.az".into(),
            address: "https://example.org/atlas/".into(),
        };
        for size in [(1200, 630), (1080, 1080), (1080, 1920)] {
            let svg = card_svg(size, &c);
            for part in [
                "about 249,000",
                "Data as of 9 March 2026",
                "Source: Report.az",
                "https://example.org/atlas/",
            ] {
                assert!(svg.contains(part), "{size:?} {part}");
            }
            assert!(svg.contains(&format!("width=\"{}\" height=\"{}\"", size.0, size.1)));
        }
    }
}
