//! The boundaries (`boundaries.txt`, the compact format of scripts/boundaries/prepare.mjs).

use super::{check_size, plain_decimal};
use crate::data::error::{DataError, ErrorKind};
use crate::data::model::*;

fn parse_ring(s: &str) -> Option<Ring> {
    let mut ring = Vec::new();
    for pair in s.split_ascii_whitespace() {
        let (x, y) = pair.split_once(',')?;
        let x = plain_decimal(x)?;
        let y = plain_decimal(y)?;
        if !x.is_finite()
            || !y.is_finite()
            || !(-180.0..=180.0).contains(&x)
            || !(-90.0..=90.0).contains(&y)
        {
            return None;
        }
        ring.push((x, y));
    }
    (ring.len() >= 4).then_some(ring)
}

/// Parses the compact boundaries format (see scripts/boundaries/prepare.mjs).
pub fn parse_boundaries(file: &str, text: &str) -> Result<Vec<Boundary>, Vec<DataError>> {
    check_size(file, text)?;
    let mut out: Vec<Boundary> = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let bad = || {
            DataError::new(
                file,
                n,
                1,
                ErrorKind::BadGeometry(line.chars().take(30).collect()),
            )
        };
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
        match tag {
            "F" => {
                let (code, name) = rest.split_once(' ').unwrap_or((rest, ""));
                out.push(Boundary {
                    code: code.to_string(),
                    name: name.to_string(),
                    polygons: Vec::new(),
                });
            }
            "P" | "H" => {
                let Some(ring) = parse_ring(rest) else {
                    errors.push(bad());
                    continue;
                };
                let Some(b) = out.last_mut() else {
                    errors.push(bad());
                    continue;
                };
                if tag == "P" {
                    b.polygons.push(vec![ring]);
                } else if let Some(p) = b.polygons.last_mut() {
                    p.push(ring);
                } else {
                    errors.push(bad());
                }
            }
            _ => errors.push(bad()),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
