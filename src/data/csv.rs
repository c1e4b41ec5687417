//! A small RFC 4180 CSV reader that keeps line and column numbers for error messages.
//!
//! Linear in the input: every byte is looked at once. Lines starting with `#` between records
//! are comments. Quoted fields may contain commas, quotes (`""`) and newlines.

use super::error::{DataError, ErrorKind};

/// One field with the 1-based column where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// 1-based column (in characters) of the field's first character.
    pub column: usize,
    /// The unquoted text.
    pub text: String,
}

/// One record with the 1-based line where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// 1-based line number.
    pub line: usize,
    /// The fields in order.
    pub fields: Vec<Field>,
}

/// Parses CSV text into records. Fails on an unterminated quote, a stray quote inside an
/// unquoted field or text after a closing quote.
pub fn parse(file: &str, text: &str) -> Result<Vec<Record>, DataError> {
    parse_with(file, text, ',')
}

/// [`parse`] with another delimiter (`;` or a tab, as spreadsheets write them).
pub fn parse_with(file: &str, text: &str, delimiter: char) -> Result<Vec<Record>, DataError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1usize;
    let mut column = 1usize;
    loop {
        // Start of a record: skip comment lines and blank lines.
        match chars.peek() {
            None => break,
            Some('#') if column == 1 => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                line += 1;
                continue;
            }
            Some('\n') => {
                chars.next();
                line += 1;
                continue;
            }
            Some('\r') => {
                chars.next();
                continue;
            }
            _ => {}
        }
        let record_line = line;
        let mut fields = Vec::new();
        loop {
            let field_col = column;
            let mut value = String::new();
            let mut quoted = false;
            if chars.peek() == Some(&'"') {
                quoted = true;
                chars.next();
                column += 1;
                loop {
                    match chars.next() {
                        None => {
                            return Err(DataError::new(
                                file,
                                record_line,
                                field_col,
                                ErrorKind::UnterminatedQuote,
                            ))
                        }
                        Some('"') => {
                            column += 1;
                            if chars.peek() == Some(&'"') {
                                chars.next();
                                column += 1;
                                value.push('"');
                            } else {
                                break;
                            }
                        }
                        Some('\n') => {
                            line += 1;
                            column = 1;
                            value.push('\n');
                        }
                        Some(c) => {
                            column += 1;
                            value.push(c);
                        }
                    }
                }
            }
            // Unquoted part (or what follows a closing quote).
            loop {
                match chars.peek() {
                    None | Some('\n') => break,
                    Some(&c) if c == delimiter => break,
                    Some('\r') => {
                        chars.next();
                        column += 1;
                    }
                    Some('"') => {
                        return Err(DataError::new(file, line, column, ErrorKind::StrayQuote));
                    }
                    Some(&c) => {
                        if quoted {
                            return Err(DataError::new(
                                file,
                                line,
                                column,
                                ErrorKind::TextAfterQuote,
                            ));
                        }
                        value.push(c);
                        chars.next();
                        column += 1;
                    }
                }
            }
            fields.push(Field {
                column: field_col,
                text: value,
            });
            match chars.next() {
                Some(c) if c == delimiter => {
                    column += 1;
                }
                Some('\n') => {
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

#[cfg(test)]
mod tests {
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
    fn bom_and_crlf_are_accepted() {
        let r = parse("t.csv", "\u{feff}a,b\r\n1,2\r\n").expect("valid");
        assert_eq!(r[1].fields[1].text, "2");
    }
}
