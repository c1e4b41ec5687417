//! A small RFC 4180 CSV reader that keeps line and column numbers for error messages.
//!
//! Linear in the input: every byte is looked at once. Lines starting with `#` between records
//! are comments. Quoted fields may contain commas, quotes (`""`) and newlines.

use super::error::{DataError, ErrorKind};
use std::borrow::Cow;

/// One field with the 1-based column where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Field<'a> {
    /// 1-based column (in characters) of the field's first character.
    pub column: usize,
    /// The unquoted text: borrowed from the input unless unquoting changed it (a doubled
    /// quote, a carriage return dropped), so most fields cost no allocation.
    pub text: Cow<'a, str>,
}

/// One record with the 1-based line where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Record<'a> {
    /// 1-based line number.
    pub line: usize,
    /// The fields in order.
    pub fields: Vec<Field<'a>>,
}

/// Parses CSV text into records. Fails on an unterminated quote, a stray quote inside an
/// unquoted field or text after a closing quote.
pub fn parse<'a>(file: &str, text: &'a str) -> Result<Vec<Record<'a>>, DataError> {
    parse_with(file, text, ',')
}

/// [`parse`] with another delimiter (`;` or a tab, as spreadsheets write them; an ASCII
/// character — any other is read as a comma).
///
/// The text is scanned byte by byte for the four characters that matter (quote, delimiter,
/// line break, carriage return, all ASCII, so never inside a multi-byte character) and copied
/// into each field a run at a time: the embedded data are read at start-up, and copying
/// character by character was most of that time.
pub fn parse_with<'a>(
    file: &str,
    text: &'a str,
    delimiter: char,
) -> Result<Vec<Record<'a>>, DataError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let b = text.as_bytes();
    let delim = if delimiter.is_ascii() {
        delimiter as u8
    } else {
        b','
    };
    // Columns count characters, not bytes.
    let width = |s: &str| s.chars().count();
    let mut records = Vec::new();
    let mut i = 0usize;
    let mut line = 1usize;
    let mut column = 1usize;
    while i < b.len() {
        // Start of a record: skip comment lines and blank lines.
        match b[i] {
            b'#' if column == 1 => {
                i = (find(b, i, |c| c == b'\n') + 1).min(b.len());
                line += 1;
                continue;
            }
            b'\n' => {
                i += 1;
                line += 1;
                continue;
            }
            b'\r' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        let record_line = line;
        let mut fields = Vec::new();
        loop {
            let field_col = column;
            let mut value = Text::new();
            let quoted = b.get(i) == Some(&b'"');
            if quoted {
                i += 1;
                column += 1;
                loop {
                    let k = find(b, i, |c| c == b'"' || c == b'\n');
                    if k == b.len() {
                        return Err(DataError::new(
                            file,
                            record_line,
                            field_col,
                            ErrorKind::UnterminatedQuote,
                        ));
                    }
                    value.push(text, i..k);
                    column += width(&text[i..k]);
                    i = k + 1;
                    if b[k] == b'\n' {
                        line += 1;
                        column = 1;
                        value.push(text, k..k + 1);
                    } else if b.get(i) == Some(&b'"') {
                        i += 1;
                        column += 2;
                        value.push(text, k..k + 1);
                    } else {
                        column += 1;
                        break;
                    }
                }
            }
            // Unquoted part (or what follows a closing quote).
            loop {
                let k = find(b, i, |c| {
                    c == delim || c == b'\n' || c == b'\r' || c == b'"'
                });
                if k > i {
                    if quoted {
                        return Err(DataError::new(
                            file,
                            line,
                            column,
                            ErrorKind::TextAfterQuote,
                        ));
                    }
                    value.push(text, i..k);
                    column += width(&text[i..k]);
                    i = k;
                }
                match b.get(i) {
                    Some(b'\r') => {
                        i += 1;
                        column += 1;
                    }
                    Some(b'"') => {
                        return Err(DataError::new(file, line, column, ErrorKind::StrayQuote));
                    }
                    _ => break,
                }
            }
            fields.push(Field {
                column: field_col,
                text: value.0,
            });
            match b.get(i) {
                Some(&c) if c == delim => {
                    i += 1;
                    column += 1;
                }
                Some(b'\n') => {
                    i += 1;
                    line += 1;
                    column = 1;
                    break;
                }
                _ => break,
            }
        }
        records.push(Record {
            line: record_line,
            fields,
        });
    }
    Ok(records)
}

/// The index of the first byte from `from` on that `stop` accepts, or the end.
fn find(b: &[u8], from: usize, stop: impl Fn(u8) -> bool) -> usize {
    b[from..]
        .iter()
        .position(|&c| stop(c))
        .map_or(b.len(), |k| from + k)
}

/// A field's text as it is unquoted: a slice of the input while its pieces follow each other
/// there, a copy from the first gap on.
struct Text<'a>(Cow<'a, str>, usize);

impl<'a> Text<'a> {
    /// No text yet (borrowed: `Cow`'s own default is an owned string).
    fn new() -> Self {
        Text(Cow::Borrowed(""), 0)
    }

    /// Appends `input[r]`.
    fn push(&mut self, input: &'a str, r: std::ops::Range<usize>) {
        match &mut self.0 {
            Cow::Borrowed("") => {
                self.0 = Cow::Borrowed(&input[r.clone()]);
            }
            Cow::Borrowed(b) if self.1 == r.start => {
                let start = self.1 - b.len();
                self.0 = Cow::Borrowed(&input[start..r.end]);
            }
            c => c.to_mut().push_str(&input[r.clone()]),
        }
        self.1 = r.end;
    }
}

/// Quotes a CSV field when it needs it (RFC 4180): a field with a comma, quote or line break is
/// put in quotes, its quotes doubled. The one quoting rule of every CSV the atlas writes.
pub fn quote(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s.into()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quote_only_where_rfc_4180_needs_it() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        // What the reader reads back.
        let text = format!("{}\n", quote("a \"b\", c"));
        let recs = parse_with("t", &text, ',').expect("reads");
        assert_eq!(recs[0].fields[0].text, "a \"b\", c");
    }

    use super::*;

    #[test]
    fn parses_quotes_comments_and_positions() {
        let text = "# comment\na,b\n\"x, y\",\"say \"\"hi\"\"\"\n1,\n";
        let r = parse("t.csv", text).expect("valid csv");
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].line, 2);
        assert_eq!(r[1].fields[0].text, "x, y");
        assert_eq!(r[1].fields[1].text, "say \"hi\"");
        assert_eq!(r[1].fields[1].column, 8);
        assert_eq!(r[2].fields.len(), 2);
        assert_eq!(r[2].fields[1].text, "");
    }

    #[test]
    fn multiline_field_counts_lines() {
        let r = parse("t.csv", "a\n\"1\n2\"\nz\n").expect("valid");
        assert_eq!(r[1].fields[0].text, "1\n2");
        assert_eq!(r[2].line, 4);
    }

    #[test]
    fn errors_carry_positions() {
        let e = parse("t.csv", "a,b\n\"open,\n").expect_err("unterminated");
        assert_eq!((e.line, e.column), (2, 1));
        let e = parse("t.csv", "a,b\nx\"y,1\n").expect_err("stray quote");
        assert_eq!((e.line, e.column), (2, 2));
    }

    #[test]
    fn plain_fields_borrow_and_unquoted_ones_copy_only_when_changed() {
        let r = parse("t.csv", "a,\"b c\",\"d\"\"e\",f\r\n").expect("valid");
        let f = &r[0].fields;
        assert!(matches!(f[0].text, Cow::Borrowed("a")));
        assert!(matches!(f[1].text, Cow::Borrowed("b c")));
        assert_eq!(f[2].text, "d\"e");
        assert!(matches!(f[3].text, Cow::Borrowed("f")));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let r = parse("t.csv", "ə,Жж,x\n").expect("valid");
        let cols: Vec<usize> = r[0].fields.iter().map(|f| f.column).collect();
        assert_eq!(cols, [1, 3, 6]);
        let e = parse("t.csv", "Жж\"\n").expect_err("stray quote");
        assert_eq!((e.line, e.column), (1, 3));
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let r = parse("t.csv", "\u{feff}a,b\r\n1,2\r\n").expect("valid");
        assert_eq!(r[1].fields[1].text, "2");
    }
}
