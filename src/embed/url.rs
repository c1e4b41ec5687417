//! View state in the query string. Every parameter parses to valid, invalid or missing;
//! invalid and unknown ones are reported as warnings and ignored (never a panic, never a blank
//! page). Serialisation writes only non-default values, so a default view has a clean URL.

use crate::data::{Date, DistrictId};
use crate::i18n::Locale;

/// Page mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The full page.
    #[default]
    Standard,
    /// Reduced chrome for iframes.
    Embed,
    /// Full-screen attract loop.
    Kiosk,
}

impl Mode {
    /// The class on `<html>` for the mode's layout (`mode-kiosk`).
    pub fn class(self) -> &'static str {
        match self {
            Mode::Standard => "mode-standard",
            Mode::Embed => "mode-embed",
            Mode::Kiosk => "mode-kiosk",
        }
    }
}

/// Forced colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl ThemeChoice {
    /// URL and attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }
}

/// A block of the page an embed may ask for with `show=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// The headline counters.
    Counters,
    /// The district map.
    Map,
    /// The range control.
    Range,
    /// The weekly chart.
    Weekly,
    /// The annual and monthly charts.
    Annual,
    /// The context cards.
    Context,
    /// The data table.
    Table,
}

impl Block {
    /// Every block, in the page's order.
    pub const ALL: [Block; 7] = [
        Block::Counters,
        Block::Map,
        Block::Range,
        Block::Weekly,
        Block::Annual,
        Block::Context,
        Block::Table,
    ];

    /// The word in `show=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Block::Counters => "counters",
            Block::Map => "map",
            Block::Range => "range",
            Block::Weekly => "weekly",
            Block::Annual => "annual",
            Block::Context => "context",
            Block::Table => "table",
        }
    }

    /// The block a `show=` word names.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.as_str() == s)
    }

    /// Shown by an embed without `show=`: the first screen.
    pub fn in_default_embed(self) -> bool {
        matches!(
            self,
            Block::Counters | Block::Map | Block::Range | Block::Weekly
        )
    }
}

/// Kiosk scene interval bounds (seconds).
pub const INTERVAL_RANGE: (u32, u32) = (3, 600);
/// Kiosk idle bounds (seconds).
pub const IDLE_RANGE: (u32, u32) = (10, 3600);
/// Kiosk staleness bounds (weeks).
pub const STALE_RANGE: (u32, u32) = (1, 520);
/// Weeks after which a kiosk says its figures run to a date instead of looking live.
pub const DEFAULT_STALE_WEEKS: u32 = 8;
/// Default kiosk scene interval (seconds).
pub const DEFAULT_INTERVAL: u32 = 20;
/// Default kiosk idle time before the reset countdown (seconds).
pub const DEFAULT_IDLE: u32 = 60;

/// Everything a URL can say about the view: what a reader changes on the page (district,
/// range, layer, language, theme) and the options fixed for the visit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    /// Selected district id.
    pub district: Option<DistrictId>,
    /// Range start.
    pub from: Option<Date>,
    /// Range end.
    pub to: Option<Date>,
    /// Map layer key (`hectares-2025`).
    pub layer: Option<String>,
    /// Language.
    pub lang: Option<Locale>,
    /// Forced theme.
    pub theme: Option<ThemeChoice>,
    /// The options fixed for the visit.
    pub options: ViewOptions,
}

/// What a URL fixes for the whole visit: the page's mode, an embed's blocks, a kiosk's timings,
/// its QR address and its data file. The page keeps them as they came and writes them back
/// into its own links.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewOptions {
    /// Page mode.
    pub mode: Mode,
    /// Blocks shown in embed mode (`None`: the default set).
    pub show: Option<Vec<Block>>,
    /// Kiosk scene interval (seconds).
    pub interval: Option<u32>,
    /// Kiosk idle time (seconds).
    pub idle: Option<u32>,
    /// Weeks after the data's date from which a kiosk shows "figures to <date>".
    pub stale: Option<u32>,
    /// The address the kiosk's QR code points to (an http(s) URL).
    pub qr: Option<String>,
    /// A same-origin data file for kiosks (`data=files/latest.csv`).
    pub data: Option<String>,
}

/// Why a parameter was ignored.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// Parameter name (clipped).
    pub param: String,
    /// Why.
    pub reason: &'static str,
}

/// Values the parser checks against (from the dataset).
pub struct Known<'a> {
    /// District ids.
    pub districts: &'a [&'a str],
    /// Layer keys.
    pub layers: &'a [String],
}

/// Longest query string considered.
pub const MAX_QUERY: usize = 4096;
/// Longest single value.
pub const MAX_VALUE: usize = 200;

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decodes a query component (`+` is a space); invalid escapes stay as they are.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a value for the query string (unreserved characters kept).
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn flag(v: &str) -> Option<bool> {
    match v {
        "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// True for a relative same-origin path to a data file: no scheme, no `//`, no `..`, no `\`.
pub fn is_safe_data_path(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= MAX_VALUE
        && !p.contains("..")
        && !p.contains("//")
        && !p.contains('\\')
        && !p.contains(':')
        && !p.starts_with('/')
        && p.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
}

/// Parses a query string (with or without the leading `?`).
// One copy in the wasm: the start-up reads the language from it before the app parses it all.
#[inline(never)]
pub fn parse(query: &str, known: &Known) -> (ViewState, Vec<Warning>) {
    let mut st = ViewState::default();
    let mut warn = Vec::new();
    let q = query.strip_prefix('?').unwrap_or(query);
    let q = if q.len() > MAX_QUERY {
        warn.push(Warning {
            param: "?".into(),
            reason: "query too long; the rest was ignored",
        });
        // Cut at a char boundary.
        let mut cut = MAX_QUERY;
        while !q.is_char_boundary(cut) {
            cut -= 1;
        }
        &q[..cut]
    } else {
        q
    };
    let mut w = |param: &str, reason: &'static str| {
        warn.push(Warning {
            param: param.chars().take(40).collect(),
            reason,
        })
    };
    for pair in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let k = decode(k);
        let v = decode(v);
        if v.len() > MAX_VALUE {
            w(&k, "value too long");
            continue;
        }
        match k.as_str() {
            "district" => {
                if known.districts.contains(&v.as_str()) {
                    st.district = Some(v.into());
                } else {
                    w(&k, "unknown district");
                }
            }
            "from" | "to" => match Date::parse(&v) {
                Some(d) if k == "from" => st.from = Some(d),
                Some(d) => st.to = Some(d),
                None => w(&k, "not a date (YYYY-MM-DD)"),
            },
            "layer" => {
                if known.layers.contains(&v) {
                    st.layer = Some(v);
                } else {
                    w(&k, "unknown layer");
                }
            }
            "lang" => match Locale::ALL.into_iter().find(|l| l.as_str() == v) {
                Some(l) => st.lang = Some(l),
                None => w(&k, "unknown language (az, en, ru)"),
            },
            "theme" => match v.as_str() {
                "light" => st.theme = Some(ThemeChoice::Light),
                "dark" => st.theme = Some(ThemeChoice::Dark),
                _ => w(&k, "unknown theme (light, dark)"),
            },
            "embed" | "kiosk" => match flag(&v) {
                Some(true) => {
                    st.options.mode = if k == "embed" {
                        Mode::Embed
                    } else {
                        Mode::Kiosk
                    };
                }
                Some(false) => {}
                None => w(&k, "expected 1 or 0"),
            },
            "show" => {
                let mut blocks: Vec<Block> = Vec::new();
                for b in v.split(',').map(str::trim).filter(|b| !b.is_empty()) {
                    match Block::parse(b) {
                        Some(b) if !blocks.contains(&b) => blocks.push(b),
                        Some(_) => {}
                        None => w(&k, "unknown block"),
                    }
                }
                if !blocks.is_empty() {
                    st.options.show = Some(blocks);
                }
            }
            "interval" | "idle" | "stale" => {
                let (lo, hi) = match k.as_str() {
                    "interval" => INTERVAL_RANGE,
                    "idle" => IDLE_RANGE,
                    _ => STALE_RANGE,
                };
                match v.parse::<u32>() {
                    Ok(n) if (lo..=hi).contains(&n) => match k.as_str() {
                        "interval" => st.options.interval = Some(n),
                        "idle" => st.options.idle = Some(n),
                        _ => st.options.stale = Some(n),
                    },
                    _ => w(&k, "out of range"),
                }
            }
            "qr" => {
                if crate::data::parse::is_safe_url(&v) && v.len() <= 300 {
                    st.options.qr = Some(v);
                } else {
                    w(&k, "only an http(s) address is allowed");
                }
            }
            "data" => {
                if is_safe_data_path(&v) {
                    st.options.data = Some(v);
                } else {
                    w(&k, "only a relative path beside the app is allowed");
                }
            }
            _ => w(&k, "unknown parameter"),
        }
    }
    if let (Some(a), Some(b)) = (st.from, st.to) {
        if b < a {
            w("to", "range ends before it starts");
            st.from = None;
            st.to = None;
        }
    }
    (st, warn)
}

/// Serialises the non-default values, in a stable order (empty string for the default view).
pub fn serialize(st: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    match st.options.mode {
        Mode::Standard => {}
        Mode::Embed => parts.push("embed=1".into()),
        Mode::Kiosk => parts.push("kiosk=1".into()),
    }
    if let Some(d) = &st.district {
        parts.push(format!("district={}", encode(d)));
    }
    if let Some(d) = st.from {
        parts.push(format!("from={d}"));
    }
    if let Some(d) = st.to {
        parts.push(format!("to={d}"));
    }
    if let Some(l) = &st.layer {
        parts.push(format!("layer={}", encode(l)));
    }
    if let Some(l) = st.lang {
        parts.push(format!("lang={}", l.as_str()));
    }
    if let Some(t) = st.theme {
        parts.push(format!("theme={}", t.as_str()));
    }
    if let Some(s) = &st.options.show {
        let words: Vec<&str> = s.iter().map(|b| b.as_str()).collect();
        parts.push(format!("show={}", encode(&words.join(","))));
    }
    if let Some(n) = st.options.interval {
        parts.push(format!("interval={n}"));
    }
    if let Some(n) = st.options.idle {
        parts.push(format!("idle={n}"));
    }
    if let Some(n) = st.options.stale {
        parts.push(format!("stale={n}"));
    }
    if let Some(q) = &st.options.qr {
        parts.push(format!("qr={}", encode(q)));
    }
    if let Some(d) = &st.options.data {
        parts.push(format!("data={}", encode(d)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_block_reads_back_from_its_word() {
        for b in Block::ALL {
            assert_eq!(Block::parse(b.as_str()), Some(b));
        }
        assert_eq!(Block::parse("Counters"), None);
        let default: Vec<&str> = Block::ALL
            .into_iter()
            .filter(|b| b.in_default_embed())
            .map(Block::as_str)
            .collect();
        assert_eq!(default, ["counters", "map", "range", "weekly"]);
        // Order and duplicates: the page's order is kept as asked, a repeat once.
        let known = Known {
            districts: &[],
            layers: &[],
        };
        let (v, w) = parse("?embed=1&show=table,map,table", &known);
        assert_eq!(v.options.show, Some(vec![Block::Table, Block::Map]));
        assert!(w.is_empty());
    }

    fn known() -> (Vec<&'static str>, Vec<String>) {
        (
            vec!["fuzuli", "aghdam"],
            vec!["hectares-2025".into(), "mines-2020..2024".into()],
        )
    }

    #[test]
    fn round_trips() {
        let (d, l) = known();
        let k = Known {
            districts: &d,
            layers: &l,
        };
        let st = ViewState {
            district: Some("fuzuli".into()),
            from: Date::new(2025, 1, 1),
            to: Date::new(2025, 6, 30),
            layer: Some("mines-2020..2024".into()),
            lang: Some(Locale::Az),
            theme: Some(ThemeChoice::Dark),
            options: ViewOptions {
                mode: Mode::Kiosk,
                show: Some(vec![Block::Counters, Block::Map]),
                interval: Some(20),
                idle: Some(60),
                stale: Some(12),
                qr: Some("https://example.org/atlas/?lang=az".into()),
                data: Some("files/latest.csv".into()),
            },
        };
        let q = serialize(&st);
        let (back, warnings) = parse(&q, &k);
        assert_eq!(back, st);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(serialize(&ViewState::default()), "");
        assert_eq!(parse("", &k).0, ViewState::default());
    }

    #[test]
    fn hostile_values_are_ignored_with_warnings() {
        let (d, l) = known();
        let k = Known {
            districts: &d,
            layers: &l,
        };
        let (st, w) = parse(
            "?district=%3Cscript%3Ealert(1)%3C/script%3E&lang=../../&data=https://evil/x.csv&interval=99999999999&stale=0&qr=javascript:alert(1)&from=2025-13-40&zzz=1&embed=maybe&show=counters,<img>&data=//evil/x&data=../secret",
            &k,
        );
        assert_eq!(
            st,
            ViewState {
                options: ViewOptions {
                    show: Some(vec![Block::Counters]),
                    ..ViewOptions::default()
                },
                ..ViewState::default()
            }
        );
        assert_eq!(w.len(), 12);
        let long = format!("?district={}", "a".repeat(100_000));
        let (st, w) = parse(&long, &k);
        assert_eq!(st, ViewState::default());
        assert!(!w.is_empty());
        // Truncated escapes and multi-byte text do not panic.
        let _ = parse("?lang=%E2%8&district=%&%%%=%ZZ&from=é", &k);
        let (_, w) = parse("?from=2025-05-01&to=2025-01-01", &k);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn data_paths_are_relative_only() {
        assert!(is_safe_data_path("latest.csv"));
        assert!(is_safe_data_path("data/2026-03.csv"));
        for bad in [
            "https://evil/x.csv",
            "//evil/x",
            "../x.csv",
            "/etc/passwd",
            "javascript:alert(1)",
            "a\\b",
            "",
        ] {
            assert!(!is_safe_data_path(bad), "{bad}");
        }
    }

    #[test]
    fn decode_and_encode() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%C9%99"), "ə");
        assert_eq!(encode("a b/ə"), "a%20b%2F%C9%99");
    }
}
