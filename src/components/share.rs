//! Sharing and exports: the "Embed / share" dialog (link to this view, iframe snippet with
//! size options and a live preview, native share), CSV of the current view, charts as PNG and
//! SVG, the map as SVG, and printing.

use super::lazy::Lazy;
use crate::chart::{self, Scale};
use crate::embed::{export, url};
use crate::state::use_app;
use crate::web::canvas::SurfaceSvg;
use crate::web::files::{click_link, download};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Downloads a canvas as PNG.
pub fn download_canvas_png(testid: &str, name: &str) {
    let canvas = document()
        .query_selector(&format!("canvas[data-testid={testid}]"))
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
    if let Some(url) = canvas.and_then(|c| c.to_data_url().ok()) {
        click_link(name, &url);
    }
}

/// A chart the dialog exports as SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ChartExport {
    /// The weekly chart of the current range.
    Weekly,
    /// The annual chart.
    Annual,
}

impl ChartExport {
    /// The name in the downloaded file's name.
    fn as_str(self) -> &'static str {
        match self {
            ChartExport::Weekly => "weekly",
            ChartExport::Annual => "annual",
        }
    }
}

/// The map as a standalone SVG document (its CSS inlined, print colours).
fn standalone_map_svg() -> Option<String> {
    let svg = document()
        .query_selector("[data-testid=region-map]")
        .ok()
        .flatten()?;
    let style = "<style>.context{fill:#e4e1d8;stroke:#c9c5b8;stroke-width:.6}.outline{fill:none;stroke:#4a525c;stroke-width:1.2}.district{stroke:#fff;stroke-width:1.2}.label{font:600 17px sans-serif;text-anchor:middle;dominant-baseline:middle;fill:#1b1f24;paint-order:stroke;stroke:#fff;stroke-width:3px}.label.sm,.label.hidden{display:none}.hatch-bg{fill:#fff}.hatch-line{stroke:#6b6b6b;stroke-width:2.5}</style>";
    Some(svg.outer_html().replacen(
        '>',
        &format!(" xmlns=\"http://www.w3.org/2000/svg\">{style}"),
        1,
    ))
}

/// Renders the standalone map SVG onto a canvas (as a data: image, allowed by the CSP) and
/// downloads it as PNG, 2000 px wide.
fn map_to_png() {
    let Some(svg) = standalone_map_svg() else {
        return;
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let src = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(&svg)
    );
    let img2 = img.clone();
    let onload = Closure::once_into_js(move || {
        let (w, h) = (
            2000.0,
            2000.0 * f64::from(img2.natural_height()) / f64::from(img2.natural_width().max(1)),
        );
        let Some(canvas) = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
        if let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        {
            ctx.set_fill_style_str("#ffffff");
            ctx.fill_rect(0.0, 0.0, w, h);
            let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(&img2, 0.0, 0.0, w, h);
            if let Ok(url) = canvas.to_data_url() {
                click_link("clearance-atlas-map.png", &url);
            }
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&src);
}

/// The absolute URL of the current view (optionally as an embed).
fn view_url(embed: bool) -> String {
    let app = use_app();
    let mut v = app.to_view_state(crate::i18n::Locale::En);
    v.lang = Some(app.locale.get());
    if embed {
        v.mode = url::Mode::Embed;
    }
    let loc = window().location();
    format!(
        "{}{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default(),
        url::serialize(&v)
    )
}

fn copy(text: String, done: RwSignal<bool>) {
    let p = window().navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(p).await.is_ok() {
            done.set(true);
        }
    });
}

/// The share button and its dialog.
#[component]
pub fn ShareButton() -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="btn share-btn" data-testid="share-button" aria-haspopup="dialog" on:click=move |_| open.set(true)>
            {move || app.t().share}
        </button>
        <Show when=move || open.get()>
            <Lazy load=move || share_part(open) name="share"/>
        </Show>
    }
}

#[component]
fn ShareDialog(
    /// Open state (the dialog closes itself).
    open: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let width = RwSignal::new("100%".to_string());
    let height = RwSignal::new(650u32);
    let copied_link = RwSignal::new(false);
    let copied_embed = RwSignal::new(false);
    let link = move || view_url(false);
    let embed_src = move || view_url(true);
    let snippet = move || {
        let loc = window().location();
        let script = format!(
            "{}{}embed.js",
            loc.origin().unwrap_or_default(),
            loc.pathname()
                .unwrap_or_default()
                .trim_end_matches("index.html")
        );
        format!(
            "<iframe data-clearance-atlas src=\"{}\" style=\"width:{};height:{}px;border:0\" title=\"{}\" loading=\"lazy\"></iframe>\n<script src=\"{}\"></script>",
            embed_src().replace('&', "&amp;"),
            width.get(),
            height.get(),
            app.t().title.replace('"', "&quot;"),
            script
        )
    };
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);
    let native_share = move |_| {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &app.t().title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &link().into());
        if let Ok(f) = js_sys::Reflect::get(&window().navigator(), &"share".into()) {
            if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                if let Ok(p) = f.call1(&window().navigator(), &data) {
                    if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                        leptos::task::spawn_local(async move {
                            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                        });
                    }
                }
            }
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            e.stop_propagation();
            open.set(false);
        }
    };
    let first = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = first.get() {
            let _ = b.focus();
        }
    });
    let csv = move |_| {
        let r = app.range.get_untracked();
        let text = app.data.with_untracked(|d| export::weeks_csv(&d.weeks, r));
        download("clearance-atlas-weeks.csv", "text/csv;charset=utf-8", &text);
    };
    let svg = move |which: ChartExport| {
        let l = app.locale.get_untracked();
        let text = crate::chart::ChartText::new(l);
        let scale = Scale {
            font: 14.0,
            line: 1,
        };
        // Drawn on the same backend type as the canvases, so the chart code exists once.
        // The same derived state the page draws from.
        let derived = app.derived();
        let out = app.data.with_untracked(|d| match which {
            ChartExport::Weekly => {
                let r = derived.week_range.get_untracked()?;
                chart::weekly_svg::<SurfaceSvg>(
                    &d.weeks,
                    r,
                    &chart::LIGHT,
                    &text,
                    (1200, 520),
                    scale,
                )
                .ok()
            }
            ChartExport::Annual => {
                let bars = app.later().annual_bars.get_untracked();
                let goal = app.later().goal.get_untracked();
                chart::to_svg::<SurfaceSvg>((900, 500), |root| {
                    chart::draw_annual(root, &bars, goal, &chart::LIGHT, &text, scale, None)
                        .map(|_| ())
                })
                .ok()
            }
        });
        if let Some(s) = out {
            download(
                &format!("clearance-atlas-{}.svg", which.as_str()),
                "image/svg+xml",
                &s,
            );
        }
    };
    let map_svg = move |_| {
        if let Some(body) = standalone_map_svg() {
            download("clearance-atlas-map.svg", "image/svg+xml", &body);
        }
    };
    let map_png = move |_| map_to_png();
    view! {
        <div class="dialog-backdrop" on:click=move |_| open.set(false)></div>
        <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="share-h" data-testid="share-dialog" on:keydown=on_key>
            <h2 id="share-h">{move || app.t().share_heading}</h2>
            <label class="field">
                <span>"URL"</span>
                <input type="text" readonly data-testid="share-link" prop:value=link/>
            </label>
            <div class="row">
                <button type="button" class="btn" node_ref=first on:click=move |_| copy(link(), copied_link)>
                    {move || if copied_link.get() { app.t().copied } else { app.t().copy_link }}
                </button>
                {can_share.then(|| view! { <button type="button" class="btn" on:click=native_share>{move || app.t().native_share}</button> })}
            </div>
            <div class="row">
                <label class="field small">
                    <span>{move || app.t().width}</span>
                    <select on:change=move |e| width.set(event_target_value(&e))>
                        <option value="100%">"100%"</option>
                        <option value="320px">"320 px"</option>
                        <option value="640px">"640 px"</option>
                    </select>
                </label>
                <label class="field small">
                    <span>{move || app.t().height}</span>
                    <select on:change=move |e| height.set(event_target_value(&e).parse().unwrap_or(650))>
                        <option value="650">"650 px"</option>
                        <option value="575">"575 px"</option>
                        <option value="400">"400 px"</option>
                    </select>
                </label>
            </div>
            <label class="field">
                <span>"HTML"</span>
                <textarea readonly rows="4" data-testid="share-snippet" prop:value=snippet></textarea>
            </label>
            <button type="button" class="btn" on:click=move |_| copy(snippet(), copied_embed)>
                {move || if copied_embed.get() { app.t().copied } else { app.t().copy_embed }}
            </button>
            <details class="preview">
                <summary>{move || app.t().preview}</summary>
                {move || view! {
                    <iframe
                        data-testid="share-preview"
                        src=embed_src()
                        title=app.t().preview
                        style=format!("width:{};max-width:100%;height:{}px;border:1px solid var(--line)", width.get(), height.get())
                    ></iframe>
                }}
            </details>
            <div class="row exports">
                <button type="button" class="btn" data-testid="export-csv" on:click=csv>{move || app.t().download_csv}</button>
                <button type="button" class="btn" on:click=move |_| download_canvas_png("chart-weekly", "clearance-atlas-weekly.png")>{move || app.t().weekly_heading} " · PNG"</button>
                <button type="button" class="btn" data-testid="export-weekly-svg" on:click=move |_| svg(ChartExport::Weekly)>{move || app.t().weekly_heading} " · SVG"</button>
                <button type="button" class="btn" on:click=move |_| download_canvas_png("chart-annual", "clearance-atlas-annual.png")>{move || app.t().annual_heading} " · PNG"</button>
                <button type="button" class="btn" on:click=move |_| svg(ChartExport::Annual)>{move || app.t().annual_heading} " · SVG"</button>
                <button type="button" class="btn" on:click=map_svg>{move || app.t().map_heading} " · SVG"</button>
                <button type="button" class="btn" data-testid="export-map-png" on:click=map_png>{move || app.t().map_heading} " · PNG"</button>
                <button type="button" class="btn" data-testid="print-bulletin" on:click=move |_| { let _ = window().print(); }>{move || app.t().print}</button>
            </div>
            <button type="button" class="btn close" data-testid="share-close" on:click=move |_| open.set(false)>{move || app.t().close}</button>
        </div>
    }
}

/// Fetches the share dialog's chunk ahead of its first use (called once the page is complete).
pub fn preload() {
    leptos::task::spawn_local(async {
        let _ = share_part(RwSignal::new(false)).await;
    });
}

crate::lazy_part! {
    /// The share dialog and its exports: a lazy part (chunk `share`), loaded on first use or
    /// when the page is idle after it is complete.
    share: pub fn share_part(open: RwSignal<bool>) { view! { <ShareDialog open=open/> } }
}
