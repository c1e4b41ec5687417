//! An SVG document drawn onto a canvas and downloaded as PNG (the share dialog's PNG exports
//! and cards).

use super::files::click_link;
use crate::embed::frame;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// An SVG document as a `data:` address (for an `<img>`; allowed by the CSP).
pub fn svg_data_url(svg: &str) -> String {
    format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    )
}

/// Renders an SVG document onto a canvas at twice its size (as a data: image, allowed by the
/// CSP) and downloads it as PNG; `failed` is set when it cannot (the reader is told).
pub fn svg_to_png(svg: String, name: String, failed: RwSignal<bool>) {
    svg_to_png_at(svg, name, 2.0, failed);
}

/// [`svg_to_png`] at `scale` times the SVG's size.
pub fn svg_to_png_at(svg: String, name: String, scale: f64, failed: RwSignal<bool>) {
    failed.set(false);
    let Some((w, h)) = frame::svg_size(&svg) else {
        failed.set(true);
        return;
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        failed.set(true);
        return;
    };
    let src = svg_data_url(&svg);
    let img2 = img.clone();
    let onload = Closure::once_into_js(move || {
        let (w, h) = (w * scale, h * scale);
        let Some(canvas) = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            failed.set(true);
            return;
        };
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
        let done = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            .and_then(|ctx| {
                ctx.set_fill_style_str("#ffffff");
                ctx.fill_rect(0.0, 0.0, w, h);
                ctx.draw_image_with_html_image_element_and_dw_and_dh(&img2, 0.0, 0.0, w, h)
                    .ok()?;
                // A canvas too large for the device, or refused, gives no data address.
                canvas.to_data_url().ok()
            })
            .is_some_and(|url| click_link(&name, &url));
        if !done {
            failed.set(true);
        }
    });
    let onerror = Closure::once_into_js(move || failed.set(true));
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_onerror(Some(onerror.unchecked_ref()));
    img.set_src(&src);
}
