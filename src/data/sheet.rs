//! Data files as spreadsheets really save them: the text encoding (UTF-8 with or without a byte
//! order mark, UTF-16, Windows-1251, Windows-1252), the delimiter (comma, semicolon, tab, read
//! from the header line) and decimal commas (accepted where the delimiter is not a comma).
//! What was detected is named back to the person ([`FileFormat`]).

/// How the bytes were turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 with a byte order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16, little- or big-endian (Excel's "Unicode text").
    Utf16,
    /// Windows-1251 (Cyrillic), what Excel writes under Russian or Azerbaijani settings.
    Windows1251,
    /// Windows-1252 (Western European).
    Windows1252,
}

impl Encoding {
    /// The encoding's usual name.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Utf16 => "UTF-16",
            Encoding::Windows1251 => "Windows-1251",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// The column delimiter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    /// `,`
    Comma,
    /// `;`
    Semicolon,
    /// A tab.
    Tab,
}

impl Delimiter {
    /// The character.
    pub fn char(self) -> char {
        match self {
            Delimiter::Comma => ',',
            Delimiter::Semicolon => ';',
            Delimiter::Tab => '\t',
        }
    }
}

/// What a file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileFormat {
    /// Its text encoding.
    pub encoding: Encoding,
    /// Its delimiter.
    pub delimiter: Delimiter,
    /// True when numbers were written with decimal commas.
    pub decimal_comma: bool,
}

impl Default for FileFormat {
    fn default() -> Self {
        Self {
            encoding: Encoding::Utf8,
            delimiter: Delimiter::Comma,
            decimal_comma: false,
        }
    }
}

/// Why bytes are not a text table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// A zip archive: an `.xlsx` or `.ods` workbook.
    Workbook,
    /// Binary data (NUL bytes, control characters).
    Binary,
}

const CP1251_HIGH: [char; 64] = [
    '\u{0402}', '\u{0403}', '\u{201a}', '\u{0453}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{20ac}', '\u{2030}', '\u{0409}', '\u{2039}', '\u{040a}', '\u{040c}', '\u{040b}', '\u{040f}',
    '\u{0452}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{fffd}', '\u{2122}', '\u{0459}', '\u{203a}', '\u{045a}', '\u{045c}', '\u{045b}', '\u{045f}',
    '\u{00a0}', '\u{040e}', '\u{045e}', '\u{0408}', '\u{00a4}', '\u{0490}', '\u{00a6}', '\u{00a7}',
    '\u{0401}', '\u{00a9}', '\u{0404}', '\u{00ab}', '\u{00ac}', '\u{00ad}', '\u{00ae}', '\u{0407}',
    '\u{00b0}', '\u{00b1}', '\u{0406}', '\u{0456}', '\u{0491}', '\u{00b5}', '\u{00b6}', '\u{00b7}',
    '\u{0451}', '\u{2116}', '\u{0454}', '\u{00bb}', '\u{0458}', '\u{0405}', '\u{0455}', '\u{0457}',
];

const CP1252_80: [char; 32] = [
    '\u{20ac}', '\u{fffd}', '\u{201a}', '\u{0192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02c6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{fffd}', '\u{017d}', '\u{fffd}',
    '\u{fffd}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02dc}', '\u{2122}', '\u{0161}', '\u{203a}', '\u{0153}', '\u{fffd}', '\u{017e}', '\u{0178}',
];

fn cp1251(b: u8) -> char {
    match b {
        0..=0x7f => char::from(b),
        0x80..=0xbf => CP1251_HIGH[usize::from(b - 0x80)],
        // А..я
        _ => char::from_u32(0x410 + u32::from(b - 0xc0)).unwrap_or('\u{fffd}'),
    }
}

fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9f => CP1252_80[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

fn utf16(bytes: &[u8], little: bool) -> Option<String> {
    let units = bytes.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// True when the text has control characters no table has (NUL and the like).
fn binary(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// Turns a file's bytes into text, naming the encoding found. A byte order mark decides;
/// without one, valid UTF-8 is UTF-8, UTF-16 is recognised by its zero bytes, and other bytes
/// are Windows-1251 when the high bytes come in runs (Cyrillic words) and Windows-1252 when
/// they stand alone among Latin letters (accents).
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), NotText> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(NotText::Workbook);
    }
    let (text, enc) = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        (
            std::str::from_utf8(rest)
                .map_err(|_| NotText::Binary)?
                .to_string(),
            Encoding::Utf8Bom,
        )
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        (utf16(rest, true).ok_or(NotText::Binary)?, Encoding::Utf16)
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        (utf16(rest, false).ok_or(NotText::Binary)?, Encoding::Utf16)
    } else {
        // UTF-16 without a mark: half the bytes are zeros (ASCII text), on one side.
        let pairs = bytes.len() / 2;
        let zeros_odd = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let zeros_even = bytes.iter().step_by(2).filter(|b| **b == 0).count();
        if pairs > 0 && zeros_odd * 2 > pairs {
            (utf16(bytes, true).ok_or(NotText::Binary)?, Encoding::Utf16)
        } else if pairs > 0 && zeros_even * 2 > pairs {
            (utf16(bytes, false).ok_or(NotText::Binary)?, Encoding::Utf16)
        } else if let Ok(s) = std::str::from_utf8(bytes) {
            (s.to_string(), Encoding::Utf8)
        } else {
            let high = bytes.iter().filter(|b| **b >= 0x80).count();
            let in_runs = bytes
                .windows(2)
                .filter(|w| w[0] >= 0xc0 && w[1] >= 0xc0)
                .count();
            if in_runs * 2 >= high {
                (
                    bytes.iter().map(|b| cp1251(*b)).collect(),
                    Encoding::Windows1251,
                )
            } else {
                (
                    bytes.iter().map(|b| cp1252(*b)).collect(),
                    Encoding::Windows1252,
                )
            }
        }
    };
    if binary(&text) {
        return Err(NotText::Binary);
    }
    Ok((text, enc))
}

/// The first line that is not a comment or blank: the header.
pub fn header_line(text: &str) -> &str {
    text.lines()
        .map(|l| l.trim_start_matches('\u{feff}'))
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .unwrap_or("")
}

/// The delimiter the header line uses most (outside quotes); a comma when none is used.
pub fn delimiter(text: &str) -> Delimiter {
    let head = header_line(text);
    let mut quoted = false;
    let (mut c, mut s, mut t) = (0, 0, 0);
    for ch in head.chars() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => c += 1,
            ';' if !quoted => s += 1,
            '\t' if !quoted => t += 1,
            _ => {}
        }
    }
    if t > c && t >= s {
        Delimiter::Tab
    } else if s > c {
        Delimiter::Semicolon
    } else {
        Delimiter::Comma
    }
}

/// A decimal written with a comma ("1164,9") as the file's own rules read it ("1164.9"), or
/// the text unchanged. Only for files whose delimiter is not a comma.
pub fn decimal_point(text: &str) -> std::borrow::Cow<'_, str> {
    match text.split_once(',') {
        Some((a, b))
            if !a.is_empty()
                && !b.is_empty()
                && a.trim_start_matches('-')
                    .bytes()
                    .all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit()) =>
        {
            std::borrow::Cow::Owned(format!("{a}.{b}"))
        }
        _ => std::borrow::Cow::Borrowed(text),
    }
}

/// A date as spreadsheets with European settings write it, day first with dots
/// (`06.01.2025`, `6.1.2025`). Slashes are not read: `01/06/2025` is June or January.
pub fn day_first_date(text: &str) -> Option<super::Date> {
    let mut parts = text.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    let num = |s: &str| {
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse::<i32>().ok())?
    };
    super::Date::new(
        num(y)?,
        u8::try_from(num(m)?).ok()?,
        u8::try_from(num(d)?).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_told_apart() {
        assert_eq!(decode(b"a,b").map(|x| x.1), Ok(Encoding::Utf8));
        assert_eq!(
            decode(b"\xef\xbb\xbfa,b").map(|x| x.1),
            Ok(Encoding::Utf8Bom)
        );
        assert_eq!(
            decode(b"\xff\xfea\0;\0b\0").map(|x| x.0),
            Ok("a;b".to_string())
        );
        assert_eq!(decode(b"a\0;\0b\0\n\0").map(|x| x.1), Ok(Encoding::Utf16));
        // "Физули" in Windows-1251, and "Füzuli" in Windows-1252.
        assert_eq!(
            decode(b"\xd4\xe8\xe7\xf3\xeb\xe8").map(|x| x.0),
            Ok("Физули".to_string())
        );
        let (s, e) = decode(b"F\xfczuli").expect("text");
        assert_eq!((s.as_str(), e), ("Füzuli", Encoding::Windows1252));
        assert_eq!(decode(b"PK\x03\x04rest"), Err(NotText::Workbook));
        assert_eq!(decode(b"a\0b,c"), Err(NotText::Binary));
    }

    #[test]
    fn the_delimiter_comes_from_the_header() {
        assert_eq!(
            delimiter("# a, b, c\nstart;end;x\n1,2;3;4"),
            Delimiter::Semicolon
        );
        assert_eq!(delimiter("start\tend\tx"), Delimiter::Tab);
        assert_eq!(delimiter("start,end"), Delimiter::Comma);
        assert_eq!(delimiter("\"a;b\",c"), Delimiter::Comma);
        assert_eq!(decimal_point("1164,9"), "1164.9");
        assert_eq!(decimal_point("1,2,3"), "1,2,3");
        assert_eq!(decimal_point("12"), "12");
        assert_eq!(
            day_first_date("06.01.2025").map(|d| d.to_string()),
            Some("2025-01-06".into())
        );
        assert_eq!(day_first_date("01/06/2025"), None);
        assert_eq!(day_first_date("31.02.2025"), None);
    }
}
