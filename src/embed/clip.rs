//! The time-lapse as a video clip: what every frame shows, as a pure function of the frame's
//! number. The page's player and the clip share the steps ([`Timelapse`]): the range's end
//! moves report by report from the first period (the first with hectares) to the latest, the hectares are the sum of the
//! reported weeks so far (said so, with their qualifier), the weekly bars fill in. The last
//! seconds are the headline card ([`super::card`], the same card the dialog downloads), with
//! the QR code to the atlas when a public address is known.
//!
//! A frame is a short list of [`Shape`]s (rectangles and lines of text) in the card's type,
//! colours and margins. The browser paints them on the encoder's canvas; [`svg`] writes the
//! same list as SVG, for the tests and for looking at a frame.

use super::card::{self, Card};
use super::frame::{esc, outlets_of_weeks, source_line, wrap};
use crate::chart::{self, model};
use crate::data::{Dataset, Metric};
use crate::i18n::{fill, format, Locale};
use crate::present::labels;
use crate::present::timelapse::Timelapse;
use crate::stats;

/// Frames per second.
pub const FPS: u32 = 30;
/// Milliseconds from the first report to the latest.
pub const PLAY_MS: f64 = 13_000.0;
/// Milliseconds the latest report stays before the closing card.
pub const HOLD_MS: f64 = 1_000.0;
/// Milliseconds of the closing card.
pub const CLOSE_MS: f64 = 4_000.0;
/// The clip's sizes: story/reel (portrait) and feed (square).
pub const SIZES: [(u32, u32); 2] = [(1080, 1920), (1080, 1080)];

/// The card's ink, second ink and accent.
const INK: &str = "#1b1f24";
const INK2: &str = "#4a525c";
const ACCENT: &str = "#00694d";
/// Bars before the newest one, and the axis.
const BAR: &str = "#7fb4a6";
const AXIS: &str = "#c9c4b8";

/// One thing drawn on a frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle.
    Rect {
        /// Left (px).
        x: f64,
        /// Top (px).
        y: f64,
        /// Width (px).
        w: f64,
        /// Height (px).
        h: f64,
        /// CSS colour.
        fill: &'static str,
    },
    /// A line of text; `x` is its left end, or its right end when `end` is set; `y` its
    /// baseline.
    Text {
        /// x (px).
        x: f64,
        /// Baseline (px).
        y: f64,
        /// Font size (px).
        size: f64,
        /// Font weight.
        weight: u16,
        /// CSS colour.
        fill: &'static str,
        /// The text.
        text: String,
        /// Right-aligned at `x`.
        end: bool,
    },
    /// The figure and its unit after it, smaller (the card's figure line).
    Figure {
        /// Left (px).
        x: f64,
        /// Baseline (px).
        y: f64,
        /// The figure's font size (px).
        size: f64,
        /// The qualified figure ("at least 86,280").
        text: String,
        /// Its unit ("ha").
        unit: String,
    },
}

/// What a frame shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scene {
    /// The time-lapse at a step (the range from the first period to the end of this one).
    Step(usize),
    /// The closing card.
    Closing,
}

/// The texts of one step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepText {
    /// "Reported weeks to 9 March 2026".
    pub date: String,
    /// The qualified sum of the reported weeks' hectares ("at least 86,280"); `None` when no
    /// week of the range printed hectares.
    pub figure: Option<String>,
    /// The sum's value, unrounded (for the tests).
    pub value: Option<f64>,
    /// "Sum of 120 reported weeks, 23 Nov 2020 – 9 Mar 2026".
    pub basis: String,
    /// "Source: ANAMA weekly reports as published by …" (the outlets of the range's weeks).
    pub source: String,
}

/// One clip: its size, its steps' texts and bars, and its closing card.
#[derive(Debug, Clone, PartialEq)]
pub struct Clip {
    /// Width and height (px).
    pub size: (u32, u32),
    kicker: String,
    title: String,
    unit: String,
    address: String,
    steps: Vec<StepText>,
    /// Each bar: start and end (days), hectares, and the step from which it shows.
    bars: Vec<(f64, f64, f64, usize)>,
    /// The x span (days) and the bars' scale top (ha).
    span: (f64, f64),
    top: f64,
    /// The scale's top as the page's language writes it.
    top_label: String,
    /// The first step shown: the first whose weeks printed hectares (before it there is no
    /// sum to show, only a dash).
    first: usize,
    /// The closing card, if the data has a headline figure.
    pub closing: Option<Card>,
    /// The QR code's address, if a public one is known.
    pub qr: Option<String>,
}

impl Clip {
    /// The clip of a dataset in a language at a size; `None` when fewer than two periods were
    /// reported (nothing to play).
    pub fn new(
        ds: &Dataset,
        l: Locale,
        size: (u32, u32),
        address: &str,
        qr: Option<String>,
    ) -> Option<Self> {
        let t = l.messages();
        let tl = Timelapse::new(&ds.weeks);
        if tl.len() < 2 {
            return None;
        }
        let whole = tl.range(tl.last())?;
        let steps: Vec<StepText> = (0..tl.len())
            .filter_map(|i| {
                let r = tl.range(i)?;
                let h = stats::headline(ds, Some(r))?;
                let f = h.get(Metric::Hectares);
                let n = f.reported.unwrap_or(0);
                Some(StepText {
                    date: fill(t.video_running, &[("date", &format::date(r.to, l))]),
                    figure: f
                        .value
                        .map(|v| labels::qualified(t, f.qualifier, &format::auto(v, 1, l))),
                    value: f.value,
                    basis: fill(
                        t.weekly_basis,
                        &[
                            ("n", &n.to_string()),
                            ("period", &format::period(r.from, r.to, l)),
                        ],
                    ),
                    source: source_line(
                        t.export_source_weeks,
                        outlets_of_weeks(&ds.weeks, Some(r)),
                        l,
                    ),
                })
            })
            .collect();
        if steps.len() != tl.len() {
            return None;
        }
        let bars: Vec<(f64, f64, f64, usize)> = model::week_bars(&ds.weeks, whole)
            .iter()
            .filter_map(|b| {
                let ha = b.ha?;
                let step = (0..tl.len()).find(|&i| {
                    tl.range(i)
                        .is_some_and(|r| f64::from(r.to.days()) >= b.start)
                })?;
                Some((b.start, b.end, ha, step))
            })
            .collect();
        let first = steps.iter().position(|s| s.value.is_some())?;
        if first + 1 >= steps.len() {
            return None;
        }
        let top = chart::nice_max(bars.iter().map(|b| b.2).fold(0.0, f64::max));
        let title = labels::weekly_finding(ds, l)
            .map(|x| x.0)
            .unwrap_or_else(|| t.weekly_heading.to_string());
        Some(Clip {
            size,
            kicker: t.video_kicker.to_string(),
            title,
            unit: t.unit_ha.to_string(),
            address: address.to_string(),
            span: (
                f64::from(whole.from.days()),
                f64::from(whole.to.days()) + 1.0,
            ),
            top,
            top_label: format::int(top, l),
            first,
            steps,
            bars,
            closing: card::headline_card(ds, l, address),
            qr,
        })
    }

    /// How many frames the clip has.
    pub fn frames(&self) -> u32 {
        let ms = PLAY_MS
            + HOLD_MS
            + if self.closing.is_some() {
                CLOSE_MS
            } else {
                0.0
            };
        (ms * f64::from(FPS) / 1000.0).round() as u32
    }

    /// The clip's length in seconds.
    pub fn seconds(&self) -> f64 {
        f64::from(self.frames()) / f64::from(FPS)
    }

    /// What frame `i` shows.
    pub fn scene(&self, i: u32) -> Scene {
        let t = f64::from(i) * 1000.0 / f64::from(FPS);
        if self.closing.is_some() && t >= PLAY_MS + HOLD_MS {
            return Scene::Closing;
        }
        // From the first step with a figure to the last, one report at a time.
        let n = self.steps.len() - self.first;
        let each = PLAY_MS / (n.max(2) - 1) as f64;
        Scene::Step(self.first + ((t / each + 1e-9).floor() as usize).min(n - 1))
    }

    /// The texts of step `i`.
    pub fn step(&self, i: usize) -> Option<&StepText> {
        self.steps.get(i)
    }

    /// How many steps the time-lapse has.
    pub fn steps(&self) -> usize {
        self.steps.len()
    }

    /// The first step the clip shows (the first with a hectare figure).
    pub fn first(&self) -> usize {
        self.first
    }

    /// How many bars show at step `i`.
    pub fn bars_at(&self, i: usize) -> usize {
        self.bars.iter().filter(|b| b.3 <= i).count()
    }

    /// The shapes of step `i`'s frame: the kicker and the finding, the running date, the
    /// growing sum and how it was made, the weekly bars so far, the source line and the address.
    pub fn shapes(&self, i: usize) -> Vec<Shape> {
        let (w, h) = (f64::from(self.size.0), f64::from(self.size.1));
        let u = w.min(h);
        let m = u * 0.07;
        let inner = w - 2.0 * m;
        let Some(st) = self.steps.get(i) else {
            return Vec::new();
        };
        let mut out = vec![Shape::Rect {
            x: 0.0,
            y: 0.0,
            w,
            h: u * 0.025,
            fill: ACCENT,
        }];
        let text = |out: &mut Vec<Shape>, y: f64, size: f64, weight: u16, fill, s: &str| {
            out.push(Shape::Text {
                x: m,
                y,
                size,
                weight,
                fill,
                text: s.to_string(),
                end: false,
            });
        };
        // Portrait has room for more lines and larger type than square.
        let tall = h > w * 1.3;
        let mut y = m;
        let (small, kicker) = fitted(&self.kicker, inner / BOLD, u * 0.034, 2);
        for line in &kicker {
            y += small * 1.4;
            text(&mut out, y, small, 600, INK2, line);
        }
        // The finding.
        let (big, title) = fitted(
            &self.title,
            inner / BOLD,
            u * if tall { 0.058 } else { 0.042 },
            if tall { 4 } else { 3 },
        );
        y += big * 0.3;
        for line in &title {
            y += big * 1.2;
            text(&mut out, y, big, 700, INK, line);
        }
        // The running date, the sum and its basis.
        y += u * if tall { 0.14 } else { 0.035 };
        let (mid, date) = fitted(
            &st.date,
            inner / BOLD,
            u * if tall { 0.042 } else { 0.036 },
            2,
        );
        for line in &date {
            y += mid * 1.25;
            text(&mut out, y, mid, 600, INK, line);
        }
        let fig = u * if tall { 0.15 } else { 0.095 };
        y += fig * 1.05;
        let figure = st.figure.clone().unwrap_or_else(|| "—".into());
        let chars = (figure.chars().count() + self.unit.chars().count() / 2 + 1) as f64;
        let fig = fig.min(inner / (chars * 0.62));
        out.push(Shape::Figure {
            x: m,
            y,
            size: fig,
            text: figure,
            unit: self.unit.clone(),
        });
        let (note, basis) = fitted(&st.basis, inner, u * if tall { 0.03 } else { 0.027 }, 2);
        y += note * 0.5;
        for line in &basis {
            y += note * 1.35;
            text(&mut out, y, note, 400, INK2, line);
        }
        // The foot, from the bottom up: the address, then the source lines above it.
        let (foot, source) = fitted(
            &st.source,
            inner,
            u * if tall { 0.03 } else { 0.027 },
            if tall { 3 } else { 2 },
        );
        let mut fy = h - m;
        text(&mut out, fy, foot, 700, INK, &self.address);
        fy -= foot * 1.45;
        fy -= (source.len() as f64 - 1.0).max(0.0) * foot * 1.35;
        for (k, line) in source.iter().enumerate() {
            text(&mut out, fy + k as f64 * foot * 1.35, foot, 400, INK2, line);
        }
        fy -= foot * 1.35;
        // The bars between the two, on the whole span's scale, the newest in the accent.
        let label = u * 0.028;
        let y1 = fy - foot * 0.8 - label * 1.6;
        let y0 = y + u * if tall { 0.08 } else { 0.06 };
        if y1 - y0 > u * 0.1 {
            self.bars_into(&mut out, i, (m, y0, inner, y1 - y0), label);
        }
        out
    }

    fn bars_into(&self, out: &mut Vec<Shape>, i: usize, (x, y0, w, h): Rect4, label: f64) {
        let (a, b) = self.span;
        let px = |d: f64| x + (d - a) / (b - a).max(1.0) * w;
        let py = |v: f64| y0 + h - v / self.top * h;
        out.push(Shape::Text {
            x,
            y: y0 - label * 0.5,
            size: label,
            weight: 400,
            fill: INK2,
            text: format!("{} {}", self.top_label, self.unit),
            end: false,
        });
        out.push(Shape::Rect {
            x,
            y: y0,
            w,
            h: 1.0,
            fill: AXIS,
        });
        let newest = self
            .bars
            .iter()
            .filter(|bar| bar.3 <= i)
            .map(|bar| bar.3)
            .max();
        for &(s, e, ha, step) in self.bars.iter().filter(|bar| bar.3 <= i) {
            let (l, r) = (px(s), px(e + 1.0));
            let top = py(ha.min(self.top));
            out.push(Shape::Rect {
                x: l,
                y: top,
                w: (r - l - 1.0).max(1.5),
                h: y0 + h - top,
                fill: if Some(step) == newest { ACCENT } else { BAR },
            });
        }
        out.push(Shape::Rect {
            x,
            y: y0 + h,
            w,
            h: 2.0,
            fill: INK2,
        });
        for (d, year) in model::year_starts(a, b) {
            let xx = px(d);
            out.push(Shape::Rect {
                x: xx,
                y: y0 + h,
                w: 2.0,
                h: label * 0.5,
                fill: INK2,
            });
            out.push(Shape::Text {
                x: xx + label * 0.3,
                y: y0 + h + label * 1.4,
                size: label,
                weight: 400,
                fill: INK2,
                text: year.to_string(),
                end: false,
            });
        }
    }

    /// The closing frame as SVG: the headline card, and below it the QR code to the atlas with
    /// its caption when a public address is known.
    pub fn closing_svg(&self, caption: &str) -> Option<String> {
        let c = self.closing.as_ref()?;
        let (w, h) = self.size;
        let Some((n, path)) = self.qr.as_deref().and_then(super::qr::qr_path) else {
            return Some(card::card_svg(self.size, c));
        };
        let u = f64::from(w.min(h));
        let band = (u * 0.26).round();
        let inner = card::card_svg((w, h - band as u32), c);
        let inner = inner.replacen("<svg ", "<svg x=\"0\" y=\"0\" ", 1);
        let m = u * 0.07;
        let side = band * 0.78;
        let (qx, qy) = (m, f64::from(h) - band + (band - side) / 2.0 - m * 0.3);
        let k = side / f64::from(n);
        let size = u * 0.036;
        Some(format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{inner}<rect x=\"{m:.0}\" y=\"{:.0}\" width=\"{:.0}\" height=\"2\" fill=\"{AXIS}\"/>\n<g transform=\"translate({qx:.1} {qy:.1}) scale({k:.4})\"><rect width=\"{n}\" height=\"{n}\" fill=\"#ffffff\"/><path d=\"{path}\" fill=\"{INK}\"/></g>\n<text x=\"{:.0}\" y=\"{:.0}\" font-family=\"{}\" font-size=\"{size:.0}\" font-weight=\"600\" fill=\"{INK}\">{}</text>\n</svg>\n",
            f64::from(h) - band - m * 0.3,
            f64::from(w) - 2.0 * m,
            qx + side + m * 0.5,
            qy + side / 2.0 + size * 0.35,
            card::FONT,
            esc(caption),
        ))
    }
}

type Rect4 = (f64, f64, f64, f64);

/// How much wider semibold and bold glyphs run than regular ones (Cyrillic most): their lines
/// are wrapped to the width divided by this.
const BOLD: f64 = 1.12;

/// Characters of a font size that fit a width (the card's measure: about 0.6 em a glyph).
fn fit(width: f64, size: f64) -> usize {
    (width / (size * 0.6)).floor() as usize
}

/// Text wrapped to a width in at most `lines` lines: the size shrinks (to 60 % at least) until
/// it fits; what still does not fit is cut at the last line with an ellipsis.
fn fitted(text: &str, width: f64, size: f64, lines: usize) -> (f64, Vec<String>) {
    let mut s = size;
    loop {
        let mut out = wrap(text, fit(width, s));
        if out.len() <= lines && out.iter().all(|l| l.chars().count() <= fit(width, s)) {
            return (s, out);
        }
        if s * 0.92 < size * 0.6 {
            out.truncate(lines);
            if let Some(last) = out.last_mut() {
                let max = fit(width, s).saturating_sub(1);
                if last.chars().count() > max {
                    *last = last.chars().take(max).collect();
                }
                last.push('…');
            }
            return (s, out);
        }
        s *= 0.92;
    }
}

/// A frame's shapes as an SVG document of `size` pixels on white, in the card's font.
pub fn svg(size: (u32, u32), shapes: &[Shape]) -> String {
    let (w, h) = size;
    let font = card::FONT;
    let mut body = String::new();
    for s in shapes {
        match s {
            Shape::Rect { x, y, w, h, fill } => body.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{fill}\"/>\n"
            )),
            Shape::Text {
                x,
                y,
                size,
                weight,
                fill,
                text,
                end,
            } => body.push_str(&format!(
                "<text x=\"{x:.0}\" y=\"{y:.0}\" font-family=\"{font}\" font-size=\"{size:.0}\" font-weight=\"{weight}\" fill=\"{fill}\"{}>{}</text>\n",
                if *end { " text-anchor=\"end\"" } else { "" },
                esc(text)
            )),
            Shape::Figure {
                x,
                y,
                size,
                text,
                unit,
            } => body.push_str(&format!(
                "<text x=\"{x:.0}\" y=\"{y:.0}\" font-family=\"{font}\" font-size=\"{size:.0}\" font-weight=\"700\" fill=\"{ACCENT}\">{}<tspan dx=\"{:.0}\" font-size=\"{:.0}\" font-weight=\"600\" fill=\"{INK}\">{}</tspan></text>\n",
                esc(text),
                size * 0.18,
                size * 0.42,
                esc(unit)
            )),
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{body}</svg>\n"
    )
}

/// The source line's colour (the tests look for it in the last frame).
pub const SOURCE_COLOUR: &str = INK2;
