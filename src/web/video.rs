//! The video: the time-lapse's frames ([`crate::embed::clip`]) painted on a canvas off the page
//! and encoded in the browser. With WebCodecs' `VideoEncoder`: H.264 into MP4, else VP9 or VP8
//! into WebM ([`crate::embed::mux`]), faster than real time. Without it, `MediaRecorder`
//! records the canvas as the frames are painted in real time. Its code is in the chunk `video`,
//! loaded when a reader asks for a video.
//!
//! The page stays responsive while it renders: the loop gives the browser its turn after every
//! frame, and waits when the encoder's queue is full. Cancel is looked at between frames.

use crate::embed::card;
use crate::embed::clip::{Clip, Scene, Shape, FPS};
use crate::embed::mux::{self, Sample};
use crate::i18n::Locale;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file a reader asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// MP4 with H.264 (falls back to WebM where the browser cannot encode H.264).
    Mp4,
    /// WebM with VP9 (or VP8).
    Webm,
}

/// Where a video is.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Nothing asked for.
    Idle,
    /// Rendering: frames done, of all; `realtime` when the browser records as it plays.
    Working {
        /// Frames done.
        done: u32,
        /// Frames in all.
        of: u32,
        /// Recorded in real time (no `VideoEncoder`).
        realtime: bool,
    },
    /// Downloaded.
    Done {
        /// The file's name.
        file: String,
        /// What it is ("MP4 · H.264").
        format: &'static str,
        /// Whether it is MP4.
        mp4: bool,
        /// MP4 was asked for and the browser could not write it.
        no_mp4: bool,
        /// Its length in seconds.
        seconds: f64,
        /// Milliseconds the render took.
        took_ms: f64,
    },
    /// Failed, with the browser's reason.
    Failed(String),
    /// Cancelled by the reader.
    Cancelled,
}

/// A video to make.
#[derive(Debug, Clone)]
pub struct Job {
    /// The clip (frames and texts).
    pub clip: std::sync::Arc<Clip>,
    /// The page's language (the QR caption).
    pub lang: Locale,
    /// The file asked for.
    pub want: Want,
    /// Where it is.
    pub status: RwSignal<Status>,
    /// Set by Cancel.
    pub cancel: RwSignal<bool>,
}

/// The video's chunk could not be loaded.
#[derive(Debug)]
pub struct VideoMissing;

impl From<leptos::wasm_split::SplitLoaderError> for VideoMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        VideoMissing
    }
}

crate::lazy_fn! {
    /// Starts rendering `job` (its status follows it); returns at once.
    video: pub fn make(job: Job) -> Result<(), VideoMissing> {
        leptos::task::spawn_local(async move {
            let status = job.status;
            let t0 = super::page::now_ms();
            let out = render(&job).await;
            let cancelled = job.cancel.get_untracked();
            status.set(match out {
                _ if cancelled => Status::Cancelled,
                Ok((file, format, mp4)) => Status::Done {
                    file,
                    format,
                    mp4,
                    no_mp4: job.want == Want::Mp4 && !mp4,
                    seconds: job.clip.seconds(),
                    took_ms: super::page::now_ms() - t0,
                },
                Err(why) => Status::Failed(why),
            });
        });
        Ok(())
    }
}

// The browser's video objects are reached through `Reflect` (get, set, has, construct, apply),
// not through typed bindings: wasm-bindgen puts every imported JS function in the main module,
// even one only a lazy chunk calls, so thirty typed methods would have grown the first screen's
// wasm by about a kilobyte. These few imports serve every call here.

/// A property of a JS value (`undefined` when it has none).
fn get(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A JS array of values.
fn array(items: &[&JsValue]) -> js_sys::Array {
    let a = js_sys::Array::of1(items.first().copied().unwrap_or(&JsValue::UNDEFINED));
    for (i, v) in items.iter().enumerate().skip(1) {
        let _ = js_sys::Reflect::set(&a, &JsValue::from_str(&i.to_string()), v);
    }
    a
}

/// Calls a method of a JS value.
fn call(o: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, String> {
    let f = get(o, method);
    if !f.is_function() {
        return Err(format!("{method} is not offered"));
    }
    js_sys::Reflect::apply::<fn() -> JsValue>(f.unchecked_ref(), o, &array(args))
        .map_err(|e| js_text(&e))
}

/// `new Name(args…)` for a global constructor.
fn construct(name: &str, args: &[&JsValue]) -> Result<JsValue, String> {
    let ctor = get(&window(), name);
    if !ctor.is_function() {
        return Err(format!("{name} is not offered"));
    }
    js_sys::Reflect::construct::<fn() -> JsValue>(ctor.unchecked_ref(), &array(args))
        .map_err(|e| js_text(&e))
}

/// Builds a JS object from pairs.
fn object(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn has_global(name: &str) -> bool {
    js_sys::Reflect::has(&window(), &JsValue::from_str(name)).unwrap_or(false)
}

/// What a thrown JS value says (an error's message, or the value as text).
fn js_text(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| get(e, "message").as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Waits `ms` milliseconds (0: the browser's next turn, so input and painting go on).
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(p).await;
}

/// An SVG document as a decoded image.
async fn image(svg: &str) -> Result<web_sys::HtmlImageElement, String> {
    let img = web_sys::HtmlImageElement::new().map_err(|e| js_text(&e))?;
    let p = js_sys::Promise::new(&mut |resolve, reject| {
        img.set_onload(Some(&resolve));
        img.set_onerror(Some(&reject));
    });
    img.set_src(&super::png::svg_data_url(svg));
    JsFuture::from(p)
        .await
        .map_err(|_| "the closing card could not be drawn".to_string())?;
    Ok(img)
}

/// The canvas the frames are painted on, and its context.
struct Painter {
    canvas: web_sys::HtmlCanvasElement,
    ctx: web_sys::CanvasRenderingContext2d,
    size: (f64, f64),
}

impl Painter {
    fn new((w, h): (u32, u32)) -> Result<Self, String> {
        let canvas = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            .ok_or("no canvas")?;
        canvas.set_width(w);
        canvas.set_height(h);
        let ctx = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            .ok_or("no 2D context")?;
        Ok(Painter {
            canvas,
            ctx,
            size: (f64::from(w), f64::from(h)),
        })
    }

    fn font(&self, weight: u16, size: f64) {
        self.ctx
            .set_font(&format!("{weight} {size:.0}px {}", card::FONT));
    }

    /// `fillText`, through [`call`] (see there why).
    fn fill_text(&self, text: &str, x: f64, y: f64) {
        let _ = call(
            self.ctx.as_ref(),
            "fillText",
            &[
                &JsValue::from_str(text),
                &JsValue::from(x),
                &JsValue::from(y),
            ],
        );
    }

    /// Paints a frame's shapes on white.
    fn shapes(&self, shapes: &[Shape]) {
        let c = &self.ctx;
        c.set_fill_style_str("#ffffff");
        c.fill_rect(0.0, 0.0, self.size.0, self.size.1);
        for s in shapes {
            match s {
                Shape::Rect { x, y, w, h, fill } => {
                    c.set_fill_style_str(fill);
                    c.fill_rect(*x, *y, *w, *h);
                }
                Shape::Text {
                    x,
                    y,
                    size,
                    weight,
                    fill,
                    text,
                    end,
                } => {
                    self.font(*weight, *size);
                    c.set_text_align(if *end { "right" } else { "left" });
                    c.set_fill_style_str(fill);
                    self.fill_text(text, *x, *y);
                }
                Shape::Figure {
                    x,
                    y,
                    size,
                    text,
                    unit,
                } => {
                    c.set_text_align("left");
                    self.font(700, *size);
                    c.set_fill_style_str("#00694d");
                    self.fill_text(text, *x, *y);
                    let w = c.measure_text(text).map(|m| m.width()).unwrap_or(0.0);
                    self.font(600, size * 0.42);
                    c.set_fill_style_str("#1b1f24");
                    self.fill_text(unit, x + w + size * 0.18, *y);
                }
            }
        }
    }

    fn image(&self, img: &web_sys::HtmlImageElement) {
        self.ctx.set_fill_style_str("#ffffff");
        self.ctx.fill_rect(0.0, 0.0, self.size.0, self.size.1);
        let _ = self.ctx.draw_image_with_html_image_element_and_dw_and_dh(
            img,
            0.0,
            0.0,
            self.size.0,
            self.size.1,
        );
    }
}

/// Paints frame `i` when its scene differs from the last one painted.
fn paint(
    p: &Painter,
    clip: &Clip,
    closing: Option<&web_sys::HtmlImageElement>,
    i: u32,
    shown: &mut Option<Scene>,
) {
    let scene = clip.scene(i);
    if *shown == Some(scene) {
        return;
    }
    *shown = Some(scene);
    match (scene, closing) {
        (Scene::Closing, Some(img)) => p.image(img),
        (Scene::Step(k), _) => p.shapes(&clip.shapes(k)),
        (Scene::Closing, None) => p.shapes(&clip.shapes(clip.steps().saturating_sub(1))),
    }
}

/// The first codec of a list the browser can encode at a size.
async fn supported(codecs: &[&'static str], (w, h): (u32, u32)) -> Option<&'static str> {
    if !has_global("VideoEncoder") {
        return None;
    }
    for &codec in codecs {
        let cfg = config(codec, (w, h));
        let Ok(p) = call(
            &get(&window(), "VideoEncoder"),
            "isConfigSupported",
            &[&cfg],
        ) else {
            continue;
        };
        let Ok(r) = JsFuture::from(js_sys::Promise::from(p)).await else {
            continue;
        };
        if !get(&r, "supported").is_falsy() {
            return Some(codec);
        }
    }
    None
}

fn config(codec: &str, (w, h): (u32, u32)) -> js_sys::Object {
    let mut pairs = vec![
        ("codec", JsValue::from_str(codec)),
        ("width", JsValue::from(w)),
        ("height", JsValue::from(h)),
        ("bitrate", JsValue::from(6_000_000)),
        ("framerate", JsValue::from(FPS)),
    ];
    if codec.starts_with("avc1") {
        pairs.push((
            "avc",
            object(&[("format", JsValue::from_str("avc"))]).into(),
        ));
    }
    object(&pairs)
}

const H264: [&str; 2] = ["avc1.640028", "avc1.4d0028"];
const VP: [&str; 2] = ["vp09.00.40.08", "vp8"];

/// Renders the clip and downloads it: the file's name and format, and whether it is MP4.
async fn render(job: &Job) -> Result<(String, &'static str, bool), String> {
    let clip = &job.clip;
    let size = clip.size;
    let painter = Painter::new(size)?;
    let caption = job.lang.messages().qr_print;
    let closing = match clip.closing_svg(caption) {
        Some(svg) => Some(image(&svg).await?),
        None => None,
    };
    let codecs: Vec<&'static str> = match job.want {
        Want::Mp4 => H264.iter().chain(VP.iter()).copied().collect(),
        Want::Webm => VP.to_vec(),
    };
    let name = |ext: &str| format!("clearance-atlas-{}x{}.{ext}", size.0, size.1);
    let (bytes, file, format, mp4) = match supported(&codecs, size).await {
        Some(codec) => {
            let (bytes, avcc) = encode(job, &painter, closing.as_ref(), codec).await?;
            if codec.starts_with("avc1") {
                let avcc = avcc.ok_or("the encoder gave no H.264 description")?;
                let out = mux::mp4(size, FPS, &avcc, &bytes).map_err(|e| e.to_string())?;
                (out, name("mp4"), "MP4 · H.264", true)
            } else {
                let id = mux::webm_codec(codec).ok_or("unknown codec")?;
                let out = mux::webm(size, FPS, id, &bytes);
                let format = if id == "V_VP9" {
                    "WebM · VP9"
                } else {
                    "WebM · VP8"
                };
                (out, name("webm"), format, false)
            }
        }
        None => {
            let (out, mime) = record(job, &painter, closing.as_ref()).await?;
            let mp4 = mime.starts_with("video/mp4");
            let format = if mp4 { "MP4" } else { "WebM" };
            (out, name(if mp4 { "mp4" } else { "webm" }), format, mp4)
        }
    };
    if job.cancel.get_untracked() {
        return Err("cancelled".into());
    }
    let mime = if mp4 { "video/mp4" } else { "video/webm" };
    if !download_bytes(&file, mime, &bytes) {
        return Err("the download was refused".into());
    }
    Ok((file, format, mp4))
}

type Chunks = Rc<RefCell<(Vec<Sample>, Option<Vec<u8>>, Option<String>)>>;

/// Encodes every frame with WebCodecs: the samples, and the H.264 description if any.
async fn encode(
    job: &Job,
    p: &Painter,
    closing: Option<&web_sys::HtmlImageElement>,
    codec: &str,
) -> Result<(Vec<Sample>, Option<Vec<u8>>), String> {
    let clip = &job.clip;
    let got: Chunks = Rc::default();
    let g = got.clone();
    let output =
        Closure::<dyn FnMut(JsValue, JsValue)>::new(move |chunk: JsValue, meta: JsValue| {
            // copyTo into an array of the chunk's length.
            let buf = js_sys::Uint8Array::new(&get(&chunk, "byteLength"));
            let copied = call(&chunk, "copyTo", &[&buf]).is_ok();
            let mut g = g.borrow_mut();
            if !copied {
                g.2 = Some("an encoded frame could not be read".into());
                return;
            }
            g.0.push(Sample {
                data: buf.to_vec(),
                key: get(&chunk, "type").as_string().as_deref() == Some("key"),
            });
            if g.1.is_none() {
                let desc = get(&get(&meta, "decoderConfig"), "description");
                if !desc.is_undefined() && !desc.is_null() {
                    g.1 = Some(js_sys::Uint8Array::new(&desc).to_vec());
                }
            }
        });
    let g = got.clone();
    let error = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
        g.borrow_mut().2 = Some(js_text(&e));
    });
    let encoder = construct(
        "VideoEncoder",
        &[&object(&[
            ("output", output.as_ref().clone()),
            ("error", error.as_ref().clone()),
        ])],
    )?;
    call(&encoder, "configure", &[&config(codec, clip.size)])?;
    let frames = clip.frames();
    let step_us = 1_000_000.0 / f64::from(FPS);
    let mut shown = None;
    let close = |e: &JsValue| {
        let _ = call(e, "close", &[]);
    };
    for i in 0..frames {
        if job.cancel.get_untracked() {
            close(&encoder);
            return Err("cancelled".into());
        }
        if let Some(e) = got.borrow().2.clone() {
            close(&encoder);
            return Err(e);
        }
        paint(p, clip, closing, i, &mut shown);
        let frame = construct(
            "VideoFrame",
            &[
                p.canvas.as_ref(),
                &object(&[
                    ("timestamp", JsValue::from((f64::from(i) * step_us).round())),
                    ("duration", JsValue::from(step_us.round())),
                ]),
            ],
        )?;
        // A key frame every two seconds: a player can seek, a feed can cut.
        let sent = call(
            &encoder,
            "encode",
            &[
                &frame,
                &object(&[("keyFrame", JsValue::from(i % (2 * FPS) == 0))]),
            ],
        );
        close(&frame);
        sent?;
        job.status.set(Status::Working {
            done: i + 1,
            of: frames,
            realtime: false,
        });
        sleep(0).await;
        // Backpressure: frames sent and not yet given back.
        while (i + 1) as usize > got.borrow().0.len() + 3 && got.borrow().2.is_none() {
            sleep(4).await;
        }
    }
    let flushed = call(&encoder, "flush", &[])?;
    JsFuture::from(js_sys::Promise::from(flushed))
        .await
        .map_err(|e| js_text(&e))?;
    close(&encoder);
    drop((output, error));
    let (samples, avcc, err) = got.take();
    if let Some(e) = err {
        return Err(e);
    }
    if samples.len() != frames as usize {
        return Err(format!("{} of {frames} frames encoded", samples.len()));
    }
    Ok((samples, avcc))
}

/// Records the canvas with `MediaRecorder` while the frames are painted in real time: the
/// file's bytes and its type.
async fn record(
    job: &Job,
    p: &Painter,
    closing: Option<&web_sys::HtmlImageElement>,
) -> Result<(Vec<u8>, String), String> {
    if !has_global("MediaRecorder") {
        return Err("this browser can neither encode nor record video".into());
    }
    let clip = &job.clip;
    let recorder = get(&window(), "MediaRecorder");
    let mime = [
        "video/mp4;codecs=avc1",
        "video/mp4",
        "video/webm;codecs=vp9",
        "video/webm;codecs=vp8",
        "video/webm",
    ]
    .into_iter()
    .find(|m| {
        call(&recorder, "isTypeSupported", &[&JsValue::from_str(m)]).is_ok_and(|ok| !ok.is_falsy())
    })
    .ok_or("this browser records no video type")?;
    let mut shown = None;
    paint(p, clip, closing, 0, &mut shown);
    let stream = call(p.canvas.as_ref(), "captureStream", &[&JsValue::from(FPS)])?;
    let opts = object(&[
        ("mimeType", JsValue::from_str(mime)),
        ("videoBitsPerSecond", JsValue::from(6_000_000)),
    ]);
    let rec = construct("MediaRecorder", &[&stream, &opts])?;
    let blobs = js_sys::Array::of1(&JsValue::UNDEFINED);
    let b = blobs.clone();
    let count = Rc::new(std::cell::Cell::new(0u32));
    let n = count.clone();
    let on_data = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
        let data = get(&e, "data");
        if !data.is_undefined() {
            let _ = js_sys::Reflect::set(&b, &JsValue::from_str(&n.get().to_string()), &data);
            n.set(n.get() + 1);
        }
    });
    let _ = js_sys::Reflect::set(&rec, &"ondataavailable".into(), on_data.as_ref());
    let stopped = js_sys::Promise::new(&mut |resolve, _| {
        let _ = js_sys::Reflect::set(&rec, &"onstop".into(), &resolve);
    });
    call(&rec, "start", &[])?;
    let frames = clip.frames();
    let t0 = super::page::now_ms();
    for i in 0..frames {
        if job.cancel.get_untracked() {
            break;
        }
        // Every frame is painted: the canvas's stream takes a frame only when it changes.
        shown = None;
        paint(p, clip, closing, i, &mut shown);
        job.status.set(Status::Working {
            done: i + 1,
            of: frames,
            realtime: true,
        });
        let due = t0 + f64::from(i + 1) * 1000.0 / f64::from(FPS);
        sleep((due - super::page::now_ms()).max(0.0) as i32).await;
    }
    call(&rec, "stop", &[])?;
    let _ = JsFuture::from(stopped).await;
    drop(on_data);
    if job.cancel.get_untracked() {
        return Err("cancelled".into());
    }
    if count.get() == 0 {
        return Err("the recording is empty".into());
    }
    // The parts, as one blob (`Blob` takes blobs as well as strings).
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let all =
        web_sys::Blob::new_with_str_sequence_and_options(&blobs, &opts).map_err(|e| js_text(&e))?;
    let buf = JsFuture::from(all.array_buffer())
        .await
        .map_err(|e| js_text(&e))?;
    Ok((js_sys::Uint8Array::new(&buf).to_vec(), mime.to_string()))
}

/// Offers bytes as a file download; false when the browser refused to make it.
fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> bool {
    let Ok(len) = u32::try_from(bytes.len()) else {
        return false;
    };
    let arr = js_sys::Uint8Array::new(&JsValue::from(len));
    arr.copy_from(bytes);
    super::files::download_part(name, mime, &arr)
}
