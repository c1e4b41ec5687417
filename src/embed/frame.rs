//! Exports that stand alone: a chart or the map (SVG from the same drawing code as the page)
//! framed as a complete graphic — title (the finding), subtitle (what and when), legend, the
//! source line naming the outlets, the data date and the atlas's address — so a downloaded
//! image posted on its own still says what it shows and where it comes from.

use crate::chart::{self, ChartText, Look, SvgSurface};
use crate::data::{Citation, Dataset, Week};
use crate::i18n::{fill, format, Locale};
use crate::present::labels;
use crate::stats::DateRange;

/// A legend key: a filled square or a line, in a colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    /// CSS colour (`#rrggbb`).
    pub colour: String,
    /// Drawn as a line (a series) rather than a square (bars).
    pub line: bool,
    /// The label.
    pub label: String,
}

/// What frames a graphic.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    /// The finding.
    pub title: String,
    /// What is shown, and when.
    pub subtitle: String,
    /// The legend.
    pub legend: Vec<Key>,
    /// "Source: …".
    pub source: String,
    /// "Data as of …".
    pub as_of: String,
    /// The atlas's address.
    pub address: String,
}

/// What every export of the page carries besides its chart: the page's language, its "Data as
/// of …" line and its address.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    /// The page's language.
    pub lang: Locale,
    /// "Data as of …", in that language.
    pub as_of: &'a str,
    /// The view's address.
    pub address: &'a str,
}

/// Frames a drawn chart for one of the page's exports: its texts, and the page's data date and
/// address on every one.
fn export(
    chart: &str,
    size: (u32, u32),
    (title, subtitle): (String, String),
    legend: Vec<Key>,
    source: String,
    stamp: &Stamp,
) -> String {
    let f = Frame {
        title,
        subtitle,
        legend,
        source,
        as_of: stamp.as_of.to_string(),
        address: stamp.address.to_string(),
    };
    framed_svg(chart, size, &f)
}

/// Margin around the graphic (px).
pub const PAD: u32 = 40;
const TITLE: f64 = 30.0;
const SUB: f64 = 18.0;
const SMALL: f64 = 15.0;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/// Escapes text for SVG (every text here may come from a data file).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Breaks text into lines of at most `max` characters, at spaces.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max.max(8) {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Characters of a font size that fit a width (an average glyph is about 0.55 em wide).
fn fit(width: f64, size: f64) -> usize {
    (width / (size * 0.55)).floor() as usize
}

/// The outlet names cited by the records of a range, most cited first (ties by name), each
/// once; the language note in brackets is left out ("Trend (English)" is "Trend").
pub fn outlets_of_weeks(weeks: &[Week], range: Option<DateRange>) -> Vec<String> {
    outlets(
        weeks
            .iter()
            .filter(|w| w.counts() && range.is_none_or(|r| r.contains(w)))
            .flat_map(|w| w.sources.iter()),
    )
}

/// The outlet names of citations, most cited first, each once.
pub fn outlets<'a>(citations: impl Iterator<Item = &'a Citation>) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in citations {
        let name = c.outlet_name().to_string();
        if name.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, k)) => *k += 1,
            None => counts.push((name, 1)),
        }
    }
    crate::sort::sort_by(&mut counts, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    counts.into_iter().map(|(n, _)| n).collect()
}

/// The outlets as a list for the source line: the first `max` names, then "and N more
/// outlets" (`more` is the catalogue's template with `{n}` and its plural forms).
pub fn outlet_list(names: &[String], max: usize, more: &str) -> String {
    let shown = names.len().min(max.max(1));
    let mut s = names[..shown].join(", ");
    if names.len() > shown {
        s.push(' ');
        s.push_str(&crate::i18n::fill(
            more,
            &[("n", &(names.len() - shown).to_string())],
        ));
    }
    s
}

/// "Source: … as published by A, B, C, D and N more outlets" in a language.
pub fn source_line(template: &str, names: Vec<String>, l: crate::i18n::Locale) -> String {
    crate::i18n::fill(
        template,
        &[("outlets", &outlet_list(&names, 4, l.messages().export_more))],
    )
}

fn key(colour: plotters::style::RGBColor, line: bool, label: &str) -> Key {
    Key {
        colour: format!("#{:02x}{:02x}{:02x}", colour.0, colour.1, colour.2),
        line,
        label: label.to_string(),
    }
}

const SCALE: crate::chart::Scale = crate::chart::Scale {
    font: 14.0,
    line: 1,
};

/// How every exported chart is drawn: the light theme, the page's texts, the export's scale.
fn look(text: &ChartText) -> Look<'_> {
    Look {
        theme: &chart::LIGHT,
        text,
        scale: SCALE,
    }
}

/// The weekly chart of a range as a standalone SVG: the finding as title, what and when, the
/// legend, the outlets of the range's records, the data date and the address.
pub fn weekly_export<S: SvgSurface>(ds: &Dataset, r: DateRange, stamp: &Stamp) -> Option<String> {
    let (l, th) = (stamp.lang, chart::LIGHT);
    let t = l.messages();
    let size = (1200, 560);
    let svg = chart::weekly_svg::<S>(&ds.weeks, r, &look(&ChartText::new(l)), size).ok()?;
    let title = labels::weekly_finding(ds, l)
        .map(|x| x.0)
        .unwrap_or_else(|| t.weekly_heading.to_string());
    let subtitle = fill(
        t.export_sub_weekly,
        &[("period", &format::period(r.from, r.to, l))],
    );
    let legend = vec![
        key(th.ha, false, t.legend_ha_bars),
        key(
            th.ink,
            true,
            &fill(
                t.legend_typical,
                &[("n", &chart::model::TYPICAL_PERIODS.to_string())],
            ),
        ),
        key(th.at, false, t.anti_tank),
        key(th.ap, false, t.anti_personnel),
        key(th.uxo, false, t.uxo),
    ];
    let source = source_line(
        t.export_source_weeks,
        outlets_of_weeks(&ds.weeks, Some(r)),
        l,
    );
    Some(export(&svg, size, (title, subtitle), legend, source, stamp))
}

/// The annual chart (with the goal line) as a standalone SVG.
pub fn annual_export<S: SvgSurface>(ds: &Dataset, stamp: &Stamp) -> Option<String> {
    let (l, th) = (stamp.lang, chart::LIGHT);
    let t = l.messages();
    let bars = chart::model::annual_bars(ds);
    let goal = crate::stats::stated_goal(&ds.totals).map(|g| g.value);
    let mut text = ChartText::new(l);
    if let Some(g) = goal {
        text.goal = fill(t.goal_label, &[("g", &format::int(g, l))]);
    }
    let size = (1000, 520);
    let svg = chart::to_svg::<S>(size, |root| {
        chart::draw_annual(root, &bars, goal, &look(&text), None).map(|_| ())
    })
    .ok()?;
    let mut legend = vec![key(th.ha, false, t.hectares)];
    if goal.is_some() {
        legend.push(key(th.reference, true, &text.goal));
    }
    let source = source_line(
        t.export_source_totals,
        outlets(bars.iter().flat_map(|b| b.sources.iter())),
        l,
    );
    let texts = (
        labels::annual_title(&bars, l),
        t.annual_title_plain.to_string(),
    );
    Some(export(&svg, size, texts, legend, source, stamp))
}

/// The monthly chart as a standalone SVG.
pub fn monthly_export<S: SvgSurface>(ds: &Dataset, stamp: &Stamp) -> Option<String> {
    let (l, th) = (stamp.lang, chart::LIGHT);
    let t = l.messages();
    let bars = chart::model::month_bars(ds);
    let size = (1200, 420);
    let svg = chart::to_svg::<S>(size, |root| {
        chart::draw_monthly(root, &bars, &look(&ChartText::new(l)), None).map(|_| ())
    })
    .ok()?;
    let source = source_line(
        t.export_source_totals,
        outlets(bars.iter().map(|b| &b.source)),
        l,
    );
    let texts = (t.monthly_heading.to_string(), t.monthly_note.to_string());
    let legend = vec![key(th.ha, false, t.hectares)];
    Some(export(&svg, size, texts, legend, source, stamp))
}

/// The map framed to stand alone: its heading, the layer shown, the layer's classes and "no
/// figure" as legend, and the outlets of the layer's figures.
pub fn map_export(
    svg: &str,
    size: (u32, u32),
    view: &crate::geo::choropleth::LayerView,
    stamp: &Stamp,
) -> String {
    let l = stamp.lang;
    let t = l.messages();
    let mut legend: Vec<Key> = labels::map_classes(view, l)
        .into_iter()
        .map(|(range, colour)| Key {
            colour: colour.to_string(),
            line: false,
            label: range,
        })
        .collect();
    legend.push(Key {
        colour: NO_FIGURE.to_string(),
        line: false,
        label: t.no_figure.to_string(),
    });
    let source = source_line(
        t.export_source_totals,
        outlets(view.values.iter().map(|v| &v.2)),
        l,
    );
    let texts = (
        t.map_heading.to_string(),
        labels::layer_label(t, &view.layer),
    );
    export(svg, size, texts, legend, source, stamp)
}

/// The hatching of a district without a figure, on the map and in its legend.
const NO_FIGURE: &str = "#6b6b6b";

/// The page's map (its `<svg>` element as the browser serialises it) as a standalone SVG
/// document 1200 px wide, with its stylesheet inlined in print colours; and its size.
pub fn standalone_map(markup: &str) -> (String, (u32, u32)) {
    let (vw, vh) = markup
        .split_once("viewBox=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .and_then(|(v, _)| {
            let n: Vec<f64> = v
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            (n.len() == 4 && n[2] > 0.0 && n[3] > 0.0).then(|| (n[2], n[3]))
        })
        .unwrap_or((1000.0, 700.0));
    let size = (1200u32, (1200.0 * vh / vw).round() as u32);
    let style = concat!(
        "<style>.context{fill:#e4e1d8;stroke:#c9c5b8;stroke-width:.6}",
        ".outline{fill:none;stroke:#4a525c;stroke-width:1.2}",
        ".district{stroke:#fff;stroke-width:1.2}",
        ".label{font:600 17px sans-serif;text-anchor:middle;dominant-baseline:middle;",
        "fill:#1b1f24;paint-order:stroke;stroke:#fff;stroke-width:3px}",
        ".label.sm,.label.hidden{display:none}.hatch-bg{fill:#fff}",
        ".hatch-line{stroke:#6b6b6b;stroke-width:2.5}</style>"
    );
    // HTML serialises a no-break space (Russian and Azerbaijani thousands) as `&nbsp;`, which
    // XML does not know: the SVG would not load as an image.
    let body = markup.replace("&nbsp;", "&#160;").replacen(
        '>',
        &format!(
            " xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\">{style}",
            size.0, size.1
        ),
        1,
    );
    (body, size)
}

/// A text line at `y` (its baseline).
fn text(out: &mut String, x: f64, y: f64, size: f64, weight: u32, colour: &str, s: &str) {
    out.push_str(&format!(
        "<text x=\"{x:.0}\" y=\"{y:.0}\" font-family=\"{FONT}\" font-size=\"{size:.0}\" font-weight=\"{weight}\" fill=\"{colour}\">{}</text>\n",
        esc(s)
    ));
}

/// The framed graphic: `chart` is an SVG document of `size` pixels (plotters' output or the
/// map), placed below the title, subtitle and legend and above the source line, the data
/// date and the address, on a white page `size.0 + 2 × PAD` wide.
pub fn framed_svg(chart: &str, size: (u32, u32), f: &Frame) -> String {
    let inner = f64::from(size.0);
    let width = inner + 2.0 * f64::from(PAD);
    let x = f64::from(PAD);
    let mut body = String::new();
    let mut y = f64::from(PAD);
    for line in wrap(&f.title, fit(inner, TITLE)) {
        y += TITLE * 1.15;
        text(&mut body, x, y, TITLE, 700, "#1b1f24", &line);
    }
    for line in wrap(&f.subtitle, fit(inner, SUB)) {
        y += SUB * 1.4;
        text(&mut body, x, y, SUB, 400, "#4a525c", &line);
    }
    // The legend: keys in rows, each as wide as its label.
    if !f.legend.is_empty() {
        y += SMALL * 1.2;
        let mut lx = x;
        y += SMALL * 1.2;
        for k in &f.legend {
            let w = 22.0 + k.label.chars().count() as f64 * SMALL * 0.55 + 18.0;
            if lx > x && lx + w > x + inner {
                lx = x;
                y += SMALL * 1.6;
            }
            let colour = esc(&k.colour);
            if k.line {
                body.push_str(&format!(
                    "<rect x=\"{lx:.0}\" y=\"{:.0}\" width=\"16\" height=\"3\" fill=\"{colour}\"/>\n",
                    y - SMALL * 0.45
                ));
            } else {
                body.push_str(&format!(
                    "<rect x=\"{lx:.0}\" y=\"{:.0}\" width=\"14\" height=\"14\" rx=\"3\" fill=\"{colour}\"/>\n",
                    y - SMALL * 0.85
                ));
            }
            text(&mut body, lx + 22.0, y, SMALL, 400, "#1b1f24", &k.label);
            lx += w;
        }
    }
    y += SMALL;
    // The chart, as a nested SVG document.
    let nested = chart
        .trim_start_matches(|c: char| c != '<')
        .trim_start_matches("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .trim_start();
    let nested = nested.replacen("<svg ", &format!("<svg x=\"{x:.0}\" y=\"{y:.0}\" "), 1);
    body.push_str(&nested);
    body.push('\n');
    y += f64::from(size.1) + SMALL * 0.5;
    for line in wrap(&f.source, fit(inner, SMALL)) {
        y += SMALL * 1.45;
        text(&mut body, x, y, SMALL, 400, "#4a525c", &line);
    }
    y += SMALL * 1.45;
    text(
        &mut body,
        x,
        y,
        SMALL,
        600,
        "#1b1f24",
        &format!("{} · {}", f.as_of, f.address),
    );
    let height = y + f64::from(PAD) * 0.75;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{body}</svg>\n"
    )
}

/// The pixel size an SVG document declares (`width`/`height` of its root).
pub fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let head = &svg[svg.find("<svg")?..];
    let head = &head[..head.find('>')?];
    let attr = |name: &str| -> Option<f64> {
        let i = head.find(&format!(" {name}=\""))? + name.len() + 3;
        let rest = &head[i..];
        rest[..rest.find('"')?].trim_end_matches("px").parse().ok()
    };
    Some((attr("width")?, attr("height")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_wrapped() {
        assert_eq!(
            esc("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
        assert_eq!(
            wrap("one two three four", 9),
            vec!["one two", "three", "four"]
        );
        let names: Vec<String> = ["A", "B", "C", "D"].iter().map(|s| s.to_string()).collect();
        assert_eq!(outlet_list(&names, 2, "and {n} more"), "A, B and 2 more");
        assert_eq!(outlet_list(&names[..2], 3, "and {n} more"), "A, B");
    }

    #[test]
    fn the_frame_holds_every_part_and_declares_its_size() {
        let f = Frame {
            title: "Weeks in 2025 averaged 1,384 ha".into(),
            subtitle: "Per reported period".into(),
            legend: vec![Key {
                colour: "#009e73".into(),
                line: false,
                label: "hectares".into(),
            }],
            source: "Source: ANAMA weekly reports as published by Trend".into(),
            as_of: "Data as of 9 March 2026".into(),
            address: "https://example.org/atlas/".into(),
        };
        let chart = "<svg width=\"600\" height=\"300\" viewBox=\"0 0 600 300\" xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>";
        let svg = framed_svg(chart, (600, 300), &f);
        for part in [
            f.title.as_str(),
            &f.subtitle,
            &f.source,
            &f.address,
            "hectares",
        ] {
            assert!(svg.contains(part), "{part}");
        }
        assert!(svg.contains("<svg x=\"40\""));
        let (w, h) = svg_size(&svg).expect("size");
        assert_eq!(w, 680.0);
        assert!(h > 300.0 + 150.0, "{h}");
    }
}
