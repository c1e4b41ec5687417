//! The catalogue file: one language's messages as a text file the release build ships beside the
//! wasm (`i18n-az-<hash>.txt`…), so the page fetches only its reader's language instead of
//! carrying all three in the wasm. `atlas-data catalogue DIR` writes the files from the typed
//! catalogues in `messages/` (one file per language), which stay the one source of the text.
//!
//! The format: a header line `clearance-atlas catalogue <fingerprint> <lang>`, then one line per
//! message in the field order of [`Messages`], with `\` written `\\` and a line break `\n`. The
//! fingerprint ([`Messages::FINGERPRINT`]) is a hash of the field names, so a file written for
//! another version of the struct is refused rather than read into the wrong fields.

use super::{Locale, Messages};
use std::fmt;

/// FNV-1a over the field names (each followed by a zero byte), at compile time.
pub const fn fingerprint(names: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < names.len() {
        let b = names[i].as_bytes();
        let mut j = 0;
        while j <= b.len() {
            let c = if j < b.len() { b[j] } else { 0 };
            h ^= c as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
            j += 1;
        }
        i += 1;
    }
    h
}

/// Whether this build fetches its catalogues (the release page) rather than compiling them in.
pub const FETCHED: bool = cfg!(all(feature = "split", target_arch = "wasm32"));

const MAGIC: &str = "clearance-atlas catalogue";

/// Why a catalogue file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueError {
    /// The first line is not a catalogue header.
    NotACatalogue,
    /// Written for another field list (another build of the atlas).
    OtherVersion,
    /// A catalogue of another language.
    OtherLanguage,
    /// Fewer or more messages than the catalogue has.
    WrongCount,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CatalogueError::NotACatalogue => "not a catalogue file",
            CatalogueError::OtherVersion => "a catalogue of another build",
            CatalogueError::OtherLanguage => "a catalogue of another language",
            CatalogueError::WrongCount => "the wrong number of messages",
        })
    }
}

/// The catalogue file of `m`, in language `l`.
pub fn write(l: Locale, m: &Messages) -> String {
    let mut out = format!("{MAGIC} {:016x} {}\n", Messages::FINGERPRINT, l.as_str());
    for v in m.values() {
        for c in v.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

/// Reads a catalogue file of language `l`. The text lives as long as the page (the caller
/// leaks it once per language); a message with an escape is unescaped into its own leaked
/// string.
pub fn read(text: &'static str, l: Locale) -> Result<Messages, CatalogueError> {
    // Every line ends with a line break; the last one may be missing.
    let mut lines = text.strip_suffix('\n').unwrap_or(text).split('\n');
    let header = lines.next().unwrap_or_default();
    let rest = header
        .strip_prefix(MAGIC)
        .and_then(|r| r.strip_prefix(' '))
        .ok_or(CatalogueError::NotACatalogue)?;
    let (print, lang) = rest.split_once(' ').ok_or(CatalogueError::NotACatalogue)?;
    if u64::from_str_radix(print, 16).ok() != Some(Messages::FINGERPRINT) {
        return Err(CatalogueError::OtherVersion);
    }
    if lang != l.as_str() {
        return Err(CatalogueError::OtherLanguage);
    }
    let values: Vec<&'static str> = lines.map(unescape).collect();
    let values = <[&'static str; Messages::LEN]>::try_from(values)
        .map_err(|_| CatalogueError::WrongCount)?;
    Ok(Messages::from_values(values))
}

fn unescape(line: &'static str) -> &'static str {
    if !line.contains('\\') {
        return line;
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some(x) => out.push(x),
            None => out.push('\\'),
        }
    }
    Box::leak(out.into_boxed_str())
}

/// The catalogues this page has loaded, one slot per language (the release build, which
/// fetches them; other builds compile them in and never use this).
static LOADED: [std::sync::OnceLock<&'static Messages>; 3] = [
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
];

fn slot(l: Locale) -> &'static std::sync::OnceLock<&'static Messages> {
    &LOADED[match l {
        Locale::Az => 0,
        Locale::En => 1,
        Locale::Ru => 2,
    }]
}

/// Reads a fetched catalogue file and keeps it for the page's lifetime (once per language: a
/// second call for a loaded language reads nothing).
pub fn install(l: Locale, text: String) -> Result<(), CatalogueError> {
    if is_loaded(l) {
        return Ok(());
    }
    let m = read(Box::leak(text.into_boxed_str()), l)?;
    let _ = slot(l).set(Box::leak(Box::new(m)));
    Ok(())
}

/// Whether language `l`'s catalogue is loaded.
pub fn is_loaded(l: Locale) -> bool {
    slot(l).get().is_some()
}

/// The loaded catalogue of `l`; else any loaded one; else the empty catalogue (the page
/// starts only once its language's catalogue is loaded, and switches language only to a
/// loaded one).
pub fn loaded(l: Locale) -> &'static Messages {
    slot(l)
        .get()
        .or_else(|| Locale::ALL.iter().find_map(|&x| slot(x).get()))
        .copied()
        .unwrap_or(&Messages::EMPTY)
}
