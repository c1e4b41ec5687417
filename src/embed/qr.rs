//! "Take it with you": the QR code to the atlas's public address, drawn as one SVG path, and
//! which address that is.

use qrcodegen::{QrCode, QrCodeEcc};

/// The public address set at build time (`ATLAS_PUBLIC_URL`, empty when not set).
pub const BUILD_PUBLIC_URL: &str = env!("ATLAS_PUBLIC_URL");

/// Modules of white border around the code (the standard's quiet zone).
pub const QUIET: i32 = 4;

/// The QR code of `text` as an SVG path over a square of the returned side (in modules,
/// border included), one unit square per dark module. `None` when the text is too long.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    let mut d = String::new();
    for y in 0..n {
        for x in 0..n {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    Some((n + 2 * QUIET, d))
}

/// True for a host that only this machine can reach (a kiosk's own server).
fn local_host(origin: &str) -> bool {
    let host = origin
        .split_once("://")
        .map(|(_, h)| h)
        .unwrap_or(origin)
        .split([':', '/'])
        .next()
        .unwrap_or("");
    host == "localhost" || host.starts_with("127.") || host == "[::1]" || host.is_empty()
}

/// The address a QR code points to: the `?qr=` parameter, else the build's public address,
/// else this page's own address when it is public (http(s), not this machine). `None` when no
/// public address is known (a kiosk on localhost or `file://` with nothing set).
pub fn public_address(
    param: Option<&str>,
    build: &str,
    origin: &str,
    path: &str,
) -> Option<String> {
    if let Some(p) = param.filter(|p| !p.is_empty()) {
        return Some(p.to_string());
    }
    if !build.is_empty() {
        return Some(build.to_string());
    }
    let http = origin.starts_with("https://") || origin.starts_with("http://");
    (http && !local_host(origin)).then(|| format!("{origin}{path}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_square_with_its_quiet_zone() {
        let (side, d) = qr_path("https://example.org/atlas/").expect("encodes");
        // Version 2 or 3 for an address this long: 25 or 29 modules, plus 8 of border.
        assert!((33..=37).contains(&side), "{side}");
        assert!(
            d.starts_with("M4 4h1v1h-1z"),
            "the finder pattern's corner is dark"
        );
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }

    #[test]
    fn the_address_prefers_the_parameter_then_the_build_then_a_public_page() {
        let a = |p: Option<&str>, b: &str, o: &str| public_address(p, b, o, "/atlas/");
        assert_eq!(
            a(Some("https://q.org/"), "https://b.org/", "https://x.org").as_deref(),
            Some("https://q.org/")
        );
        assert_eq!(
            a(None, "https://b.org/", "http://127.0.0.1:8080").as_deref(),
            Some("https://b.org/")
        );
        assert_eq!(
            a(None, "", "https://atlas.example.org").as_deref(),
            Some("https://atlas.example.org/atlas/")
        );
        assert_eq!(a(None, "", "http://127.0.0.1:8080"), None);
        assert_eq!(a(None, "", "http://localhost:8080"), None);
        assert_eq!(
            a(None, "", "null"),
            None,
            "file:// pages have the origin 'null'"
        );
    }
}
