//! "Take it with you": a QR code to the atlas's public address — on the kiosk's context scene
//! ("Explore on your phone") and on the printed bulletin. The address is `?qr=`, else the
//! build's `ATLAS_PUBLIC_URL`, else the page's own address when it is public
//! (`embed::qr::public_address`); without one, nothing is shown. The encoder lives in the lazy
//! parts that draw it, not in the first screen.

use crate::embed::qr;
use crate::state::use_app;
use leptos::prelude::*;

/// The address for this page, if one is known.
fn address() -> Option<String> {
    let param = use_app().options.with_value(|o| o.qr.clone());
    crate::web::page::qr_address(param.as_deref())
}

/// A QR code as SVG: dark modules on white with the quiet zone, crisp at any size.
#[component]
fn QrCode(
    /// What it encodes.
    text: String,
    /// Accessible name.
    label: String,
) -> impl IntoView {
    qr::qr_path(&text).map(|(side, d)| {
        view! {
            <svg class="qr" viewBox=format!("0 0 {side} {side}") role="img" aria-label=label shape-rendering="crispEdges" data-testid="qr">
                <rect width=side height=side fill="#ffffff"/>
                <path d=d fill="#000000"/>
            </svg>
        }
    })
}

/// Where to point a phone: the code, what to do, and the address in words.
fn card(class: &'static str, testid: &'static str, heading: &'static str) -> impl IntoView {
    address().map(|url| {
        let shown = url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        view! {
            <aside class=class data-testid=testid>
                <QrCode text=url.clone() label=format!("{heading}: {url}")/>
                <p><strong>{heading}</strong><br/><span class="qr-url">{shown}</span></p>
            </aside>
        }
    })
}

/// The kiosk's card, shown on its context scene.
#[component]
pub fn KioskQr() -> impl IntoView {
    let app = use_app();
    move || card("kiosk-qr", "kiosk-qr", app.t().qr_kiosk)
}

/// The bulletin's code, beside its sources line (printed only).
#[component]
fn PrintQr() -> impl IntoView {
    let app = use_app();
    move || card("print-only print-qr", "print-qr", app.t().qr_print)
}

crate::lazy_part! {
    /// The bulletin's QR code: a lazy part (chunk `below`).
    below: pub fn print_qr_part() { view! { <PrintQr/> } }
}
