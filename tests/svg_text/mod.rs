//! Reading an SVG's text back, for the card and clip tests.

/// The texts of an SVG's `<text>` elements joined by spaces (a long line wraps in two; a
/// figure's unit, a `<tspan>` inside its line, is left out), no-break spaces as spaces.
pub fn text_lines(svg: &str) -> String {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| {
            let body = &t[t.find('>')? + 1..t.find("</text>")?];
            Some(body.split('<').next().unwrap_or(body).to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{a0}', " ")
}
