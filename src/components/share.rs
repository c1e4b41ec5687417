//! Sharing and exports: the "Embed / share" dialog (link to this view, iframe snippet with
//! size options and a live preview, native share), CSV of the current view, charts as PNG and
//! SVG, the map as SVG, and printing.

use super::lazy::Lazy;
use crate::embed::{card, clip, export, frame, url};
use crate::i18n::{fill, format};
use crate::state::use_app;
use crate::web::canvas::SurfaceSvg;
use crate::web::files::download;
use crate::web::page;
use crate::web::png::{svg_data_url, svg_to_png, svg_to_png_at};
use crate::web::video;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A graphic the dialog exports, as SVG and PNG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Graphic {
    /// The weekly chart of the current range.
    Weekly,
    /// The annual chart.
    Annual,
    /// The monthly chart.
    Monthly,
    /// The map.
    Map,
}

impl Graphic {
    /// The name in the downloaded file's name and the button's test id.
    fn as_str(self) -> &'static str {
        match self {
            Graphic::Weekly => "weekly",
            Graphic::Annual => "annual",
            Graphic::Monthly => "monthly",
            Graphic::Map => "map",
        }
    }
}

/// The page's map as a standalone SVG document ([`frame::standalone_map`]).
fn standalone_map_svg() -> Option<(String, (u32, u32))> {
    let svg = document()
        .query_selector("[data-testid=region-map]")
        .ok()
        .flatten()?;
    Some(frame::standalone_map(&svg.outer_html()))
}

/// A graphic framed to stand alone (title, subtitle, legend, sources, date, address), drawn
/// with the page's own drawing code in the light theme, in the page's language.
fn framed(which: Graphic) -> Option<String> {
    let app = use_app();
    let l = app.locale.get_untracked();
    let t = l.messages();
    let derived = app.derived();
    let as_of = derived
        .as_of
        .get_untracked()
        .map(|(d, _)| fill(t.data_as_of, &[("date", &format::date(d, l))]))
        .unwrap_or_default();
    let address = view_url(false);
    let stamp = frame::Stamp {
        lang: l,
        as_of: &as_of,
        address: &address,
    };
    app.data.with_untracked(|d| match which {
        Graphic::Weekly => {
            let r = derived.week_range.get_untracked()?;
            frame::weekly_export::<SurfaceSvg>(d, r, &stamp)
        }
        Graphic::Annual => frame::annual_export::<SurfaceSvg>(d, &stamp),
        Graphic::Monthly => frame::monthly_export::<SurfaceSvg>(d, &stamp),
        Graphic::Map => {
            let (svg, size) = standalone_map_svg()?;
            let view = derived.layer_view.get_untracked()?;
            Some(frame::map_export(&svg, size, &view, &stamp))
        }
    })
}

/// The records of the current view with their sources, as JSON (serde).
fn view_json() -> Option<String> {
    let app = use_app();
    let as_of = app.derived().as_of.get_untracked().map(|(d, _)| d);
    app.data.with_untracked(|d| {
        export::weeks_json(
            &d.weeks,
            app.range.get_untracked(),
            app.locale.get_untracked(),
            as_of,
            &view_url(false),
        )
    })
}

/// The absolute URL of the current view (optionally as an embed).
fn view_url(embed: bool) -> String {
    let app = use_app();
    let mode = if embed { url::Mode::Embed } else { app.mode };
    format!("{}{}", page::address(), app.view_query(mode))
}

fn copy(text: String, done: RwSignal<bool>) {
    let p = window().navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(p).await.is_ok() {
            done.set(true);
        }
    });
}

/// Campaign cards: a figure, one line of meaning, its date, source and address, in the square,
/// link and story formats, in the page's language, previewed before download, with a
/// ready-to-post sentence to copy (`embed::card`, the same card code as the link preview).
#[component]
fn Cards(
    /// Set when an export fails; the dialog says so.
    failed: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let kind = RwSignal::new(card::Kind::Headline);
    let format_i = RwSignal::new(0usize);
    let copied = RwSignal::new(false);
    // The card shown, drawn once per change: its SVG, size and ready-to-post sentence.
    let shown = Memo::new(move |_| {
        let l = app.locale.get();
        let district = app.district.get();
        let address = view_url(false);
        let size = card::FORMATS[format_i.get().min(2)];
        app.data
            .with(|d| card::card(kind.get(), d, l, district.as_deref(), &address))
            .map(|(c, sentence)| (card::card_svg(size, &c), size, sentence))
    });
    let kind_label = move |k: card::Kind| {
        let t = app.t();
        match k {
            card::Kind::Headline => t.card_kind_headline,
            card::Kind::LatestWeek => t.card_kind_week,
            card::Kind::District => t.card_kind_district,
            card::Kind::Goal => t.card_kind_goal,
        }
    };
    let download_png = move |_| {
        if let Some((s, (w, h), _)) = shown.get_untracked() {
            svg_to_png_at(
                s,
                format!(
                    "clearance-atlas-card-{}-{w}x{h}.png",
                    kind.get_untracked().as_str()
                ),
                1.0,
                failed,
            );
        }
    };
    view! {
        <section class="cards" aria-labelledby="cards-h" data-testid="cards">
            <h3 id="cards-h">{move || app.t().cards_heading}</h3>
            <div class="row" role="group">
                {card::Kind::ALL.into_iter().map(|k| view! {
                    <button type="button" class="btn chip" data-testid=format!("card-kind-{}", k.as_str())
                        aria-pressed=move || (kind.get() == k).to_string() on:click=move |_| { kind.set(k); copied.set(false); }>
                        {move || kind_label(k)}
                    </button>
                }).collect_view()}
            </div>
            <div class="row" role="group">
                {card::FORMATS.into_iter().enumerate().map(|(i, (w, h))| view! {
                    <button type="button" class="btn chip" data-testid=format!("card-format-{w}x{h}")
                        aria-pressed=move || (format_i.get() == i).to_string() on:click=move |_| format_i.set(i)>
                        {format!("{w} × {h}")}
                    </button>
                }).collect_view()}
            </div>
            {move || match shown.get() {
                Some((s, (w, h), sentence)) => view! {
                    <img class="card-preview" data-testid="card-preview" alt=sentence.clone() width=w height=h
                        src=svg_data_url(&s)/>
                    <p class="card-sentence" data-testid="card-sentence">{sentence.clone()}</p>
                    <div class="row">
                        <button type="button" class="btn" data-testid="card-download" on:click=download_png>{app.t().card_download}</button>
                        <button type="button" class="btn" data-testid="card-copy" on:click=move |_| copy(sentence.clone(), copied)>
                            {move || if copied.get() { app.t().copied } else { app.t().card_copy }}
                        </button>
                    </div>
                }.into_any(),
                None => view! { <p class="note" data-testid="card-none">{app.t().card_none}</p> }.into_any(),
            }}
        </section>
    }
}

/// The time-lapse as a video clip (`embed::clip`, encoded by `web::video` in its own chunk):
/// portrait or square, MP4 or WebM, with progress, Cancel and what was written.
#[component]
fn Video() -> impl IntoView {
    let app = use_app();
    let size_i = RwSignal::new(0usize);
    let want = RwSignal::new(video::Want::Mp4);
    let status = RwSignal::new(video::Status::Idle);
    let cancel = RwSignal::new(false);
    let working = move || matches!(status.get(), video::Status::Working { .. });
    // The clip of the chosen size in the page's language, made once per change: its latest
    // step is the preview, and the same clip is rendered.
    let made = Memo::new(move |_| {
        let l = app.locale.get();
        let qr = page::qr_address(app.options.with_value(|o| o.qr.clone()).as_deref());
        let address = qr.clone().unwrap_or_else(page::address);
        let size = clip::SIZES[size_i.get().min(1)];
        app.data
            .with(|d| clip::Clip::new(d, l, size, &address, qr))
            .map(std::sync::Arc::new)
    });
    let seconds = move || {
        let s = made.get().map_or(0.0, |c| c.seconds());
        format::number(s, 0, app.locale.get())
    };
    let preview = move || {
        made.get().map(|c| {
            let last = c.steps().saturating_sub(1);
            let alt = c
                .step(last)
                .map(|s| format!("{} · {}", s.date, s.figure.clone().unwrap_or_default()))
                .unwrap_or_default();
            let svg = clip::svg(c.size, &c.shapes(last));
            let (w, h) = c.size;
            view! {
                <img class="card-preview video-preview" data-testid="video-preview" alt=alt width=w height=h
                    src=svg_data_url(&svg)/>
            }
        })
    };
    let start = move |_| {
        let l = app.locale.get_untracked();
        let Some(c) = made.get_untracked() else {
            status.set(video::Status::Failed(app.t().chart_empty.to_string()));
            return;
        };
        cancel.set(false);
        status.set(video::Status::Working {
            done: 0,
            of: c.frames(),
            realtime: false,
        });
        let job = video::Job {
            clip: c,
            lang: l,
            want: want.get_untracked(),
            status,
            cancel,
        };
        leptos::task::spawn_local(async move {
            if video::make(job).await.is_err() {
                status.set(video::Status::Failed(app.t().part_failed.to_string()));
            }
        });
    };
    let sizes = move || {
        let t = app.t();
        [t.video_portrait, t.video_square]
    };
    view! {
        <section class="cards video" aria-labelledby="video-h" data-testid="video">
            <h3 id="video-h">{move || app.t().video_heading}</h3>
            <p class="note">{move || fill(app.t().video_intro, &[("s", &seconds())])}</p>
            <div class="row" role="group" aria-label=move || app.t().video_size>
                {clip::SIZES.into_iter().enumerate().map(|(i, (w, h))| view! {
                    <button type="button" class="btn chip" data-testid=format!("video-size-{w}x{h}")
                        aria-pressed=move || (size_i.get() == i).to_string() on:click=move |_| size_i.set(i)>
                        {move || sizes()[i]} " · " {format!("{w} × {h}")}
                    </button>
                }).collect_view()}
            </div>
            <div class="row" role="group" aria-label=move || app.t().video_file>
                {[(video::Want::Mp4, "mp4", "MP4 · H.264"), (video::Want::Webm, "webm", "WebM · VP9")].into_iter().map(|(w, id, label)| view! {
                    <button type="button" class="btn chip" data-testid=format!("video-file-{id}")
                        aria-pressed=move || (want.get() == w).to_string() on:click=move |_| want.set(w)>
                        {label}
                    </button>
                }).collect_view()}
            </div>
            {preview}
            <div class="row">
                <button type="button" class="btn" data-testid="video-make" disabled=working on:click=start>{move || app.t().video_make}</button>
                <Show when=working>
                    <button type="button" class="btn" data-testid="video-cancel" on:click=move |_| cancel.set(true)>{move || app.t().video_cancel}</button>
                </Show>
            </div>
            <div aria-live="polite" data-testid="video-status">
                {move || {
                    let t = app.t();
                    let l = app.locale.get();
                    match status.get() {
                        video::Status::Idle => ().into_any(),
                        video::Status::Working { done, of, realtime } => view! {
                            <progress max=of value=done data-testid="video-progress"></progress>
                            <p class="note">{fill(t.video_progress, &[("i", &done.to_string()), ("n", &of.to_string())])}</p>
                            {realtime.then(|| view! { <p class="note">{fill(t.video_realtime, &[("s", &format::number(f64::from(of) / f64::from(clip::FPS), 0, l))])}</p> })}
                        }.into_any(),
                        video::Status::Done { file, format: f, mp4, no_mp4, seconds, took_ms } => view! {
                            <p class="note" data-testid="video-done" data-format=f data-took-ms=format!("{took_ms:.0}")>
                                {fill(t.video_done, &[("file", &file), ("s", &format::number(seconds, 0, l))])} " "
                                {no_mp4.then(|| format!("{} ", t.video_no_mp4))}
                                {fill(if mp4 { t.video_mp4_note } else { t.video_webm_note }, &[("format", f)])}
                            </p>
                        }.into_any(),
                        video::Status::Failed(why) => view! {
                            <p class="load-errors" role="alert" data-testid="video-failed">{fill(t.video_failed, &[("why", &why)])}</p>
                        }.into_any(),
                        video::Status::Cancelled => view! {
                            <p class="note" data-testid="video-cancelled">{t.video_cancelled}</p>
                        }.into_any(),
                    }
                }}
            </div>
        </section>
    }
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
            <Lazy load=move || share_part(open) name="share" notes=true/>
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
        let script = format!("{}embed.js", page::address().trim_end_matches("index.html"));
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
    // Set when an export could not be made or downloaded: the dialog says so.
    let failed = RwSignal::new(false);
    let csv = move |_| {
        let r = app.range.get_untracked();
        let text = app.data.with_untracked(|d| export::weeks_csv(&d.weeks, r));
        failed.set(!download(
            "clearance-atlas-weeks.csv",
            "text/csv;charset=utf-8",
            &text,
        ));
    };
    let export_svg = move |which: Graphic| {
        let done = framed(which).is_some_and(|svg| {
            download(
                &format!("clearance-atlas-{}.svg", which.as_str()),
                "image/svg+xml",
                &svg,
            )
        });
        failed.set(!done);
    };
    let export_png = move |which: Graphic| match framed(which) {
        Some(svg) => svg_to_png(
            svg,
            format!("clearance-atlas-{}.png", which.as_str()),
            failed,
        ),
        None => failed.set(true),
    };
    let json = move |_| {
        let done = view_json()
            .is_some_and(|text| download("clearance-atlas-weeks.json", "application/json", &text));
        failed.set(!done);
    };
    let graphics = move || {
        let t = app.t();
        [
            (Graphic::Weekly, t.weekly_heading),
            (Graphic::Annual, t.annual_heading),
            (Graphic::Monthly, t.monthly_heading),
            (Graphic::Map, t.map_heading),
        ]
        .into_iter()
        .map(|(g, name)| view! {
            <button type="button" class="btn" data-testid=format!("export-{}-png", g.as_str()) on:click=move |_| export_png(g)>{name} " · PNG"</button>
            <button type="button" class="btn" data-testid=format!("export-{}-svg", g.as_str()) on:click=move |_| export_svg(g)>{name} " · SVG"</button>
        })
        .collect_view()
    };
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
                <button type="button" class="btn" data-testid="export-json" on:click=json>{move || app.t().export_json}</button>
                {graphics}
                <button type="button" class="btn" data-testid="print-bulletin" on:click=move |_| { let _ = window().print(); }>{move || app.t().print}</button>
            </div>
            {move || failed.get().then(|| view! { <p class="load-errors" role="alert" data-testid="export-failed">{app.t().export_failed}</p> })}
            <Cards failed=failed/>
            <Video/>
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
