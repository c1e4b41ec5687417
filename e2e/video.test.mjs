// The time-lapse as a video (share dialog → Video): both sizes download as files that Debian's
// ffprobe reads back with the right size, frame rate and length, whose first frame is drawn and
// whose last frame carries the source line in its colour; WebM when asked, MediaRecorder where
// the browser has no VideoEncoder, Cancel, and the page answering while it renders.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { start, open, readCsv } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/// The clip's length: 13 s of reports, 1 s held, 4 s of the closing card (embed::clip).
const SECONDS = 18;

function probe(file) {
  const out = execFileSync("ffprobe", [
    "-v", "error", "-select_streams", "v:0", "-count_frames",
    "-show_entries", "stream=codec_name,width,height,r_frame_rate,avg_frame_rate,nb_read_frames:format=duration,format_name",
    "-of", "json", file,
  ]);
  const j = JSON.parse(out);
  return { ...j.streams[0], duration: Number(j.format.duration), format: j.format.format_name };
}

/// A frame's pixels (RGB) decoded by ffmpeg: the first, or the last.
function frame(file, which, w, h) {
  const args = which === "first"
    ? ["-v", "error", "-i", file, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]
    : ["-v", "error", "-sseof", "-0.5", "-i", file, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"];
  const buf = execFileSync("ffmpeg", args, { maxBuffer: 1 << 30 });
  const n = w * h * 3;
  assert.ok(buf.length >= n, `${which} frame: ${buf.length} bytes`);
  return buf.subarray(buf.length - n);
}

/// Pixels within `tol` of a colour, in rows y0..y1 (fractions of the height).
function count(px, w, h, [r, g, b], [y0, y1], tol = 24) {
  let n = 0;
  for (let y = Math.floor(h * y0); y < Math.floor(h * y1); y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      if (Math.abs(px[i] - r) <= tol && Math.abs(px[i + 1] - g) <= tol && Math.abs(px[i + 2] - b) <= tol) n++;
    }
  }
  return n;
}

const WHITE = [255, 255, 255];
const ACCENT = [0, 105, 77];
/// The source line's colour (embed::clip::SOURCE_COLOUR, #4a525c).
const SOURCE = [74, 82, 92];

function checkFrames(file, w, h) {
  const first = frame(file, "first", w, h);
  const inked = w * h - count(first, w, h, WHITE, [0, 1], 8);
  assert.ok(inked > w * h * 0.01, `first frame is blank (${inked} pixels not white)`);
  assert.ok(count(first, w, h, ACCENT, [0, 0.03]) > w, "first frame: the accent bar");
  const last = frame(file, "last", w, h);
  assert.ok(w * h - count(last, w, h, WHITE, [0, 1], 8) > w * h * 0.01, "last frame is blank");
  // The closing card's foot (date, source lines, address) is in the bottom quarter.
  const src = count(last, w, h, SOURCE, [0.72, 1]);
  assert.ok(src > 200, `last frame: ${src} pixels of the source line's colour in the foot`);
}

async function shareDialog(url, opts) {
  const o = await open(env.browser, url, { width: 1280, height: 900 }, opts);
  await o.page.click("[data-testid=share-button]");
  await o.page.waitForSelector("[data-testid=video-make]", { timeout: 15_000 });
  return o;
}

async function make(page, size, file) {
  await page.click(`[data-testid=video-size-${size}]`);
  await page.click(`[data-testid=video-file-${file}]`);
  const [dl] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.click("[data-testid=video-make]"),
  ]);
  const path = `artifacts/${dl.suggestedFilename()}`;
  await dl.saveAs(path);
  await page.waitForSelector("[data-testid=video-done]", { timeout: 10_000 });
  return { path, name: dl.suggestedFilename() };
}

test("a portrait MP4 (H.264) downloads: 1080 × 1920, 30 fps, 18 s, drawn first to last frame, in under twice its length", async () => {
  const { page, errors, context } = await shareDialog(env.base);
  // The page keeps answering while it renders: the longest gap between two timer turns.
  await page.evaluate(() => {
    window.__gap = 0;
    let last = performance.now();
    window.__beat = setInterval(() => { const t = performance.now(); window.__gap = Math.max(window.__gap, t - last); last = t; }, 20);
  });
  const { path, name } = await make(page, "1080x1920", "mp4");
  assert.match(name, /^clearance-atlas-1080x1920\.mp4$/);
  const done = page.locator("[data-testid=video-done]");
  assert.equal(await done.getAttribute("data-format"), "MP4 · H.264");
  assert.match(await done.innerText(), /social networks and phones/);
  const took = Number(await done.getAttribute("data-took-ms"));
  const gap = await page.evaluate(() => window.__gap);
  console.log(`# portrait MP4: rendered in ${(took / 1000).toFixed(1)} s for a ${SECONDS} s clip; longest gap between timer turns ${gap.toFixed(0)} ms`);
  assert.ok(took <= 2 * SECONDS * 1000, `render took ${took} ms`);
  assert.ok(gap < 500, `the page stopped answering for ${gap} ms`);
  const p = probe(path);
  assert.equal(p.codec_name, "h264");
  assert.equal(p.width, 1080);
  assert.equal(p.height, 1920);
  assert.equal(p.r_frame_rate, "30/1");
  assert.equal(Number(p.nb_read_frames), SECONDS * 30);
  assert.ok(Math.abs(p.duration - SECONDS) <= SECONDS * 0.1, `duration ${p.duration}`);
  checkFrames(path, 1080, 1920);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a square WebM (VP9) downloads in Azerbaijani: 1080 × 1080, 30 fps, 18 s, and the dialog says some apps want MP4", async () => {
  const { page, errors, context } = await shareDialog(`${env.base}?lang=az`);
  const { path, name } = await make(page, "1080x1080", "webm");
  assert.match(name, /^clearance-atlas-1080x1080\.webm$/);
  const done = page.locator("[data-testid=video-done]");
  assert.equal(await done.getAttribute("data-format"), "WebM · VP9");
  assert.match(await done.innerText(), /yalnız MP4/);
  assert.doesNotMatch(await done.innerText(), /yaza bilmir/, "WebM was chosen, not a fallback");
  const p = probe(path);
  assert.equal(p.codec_name, "vp9");
  assert.match(p.format, /webm/);
  assert.equal(p.width, 1080);
  assert.equal(p.height, 1080);
  assert.equal(p.r_frame_rate, "30/1");
  assert.ok(Math.abs(p.duration - SECONDS) <= SECONDS * 0.1, `duration ${p.duration}`);
  checkFrames(path, 1080, 1080);
  assert.deepEqual(errors, []);
  await context.close();
});

test("where the browser cannot encode H.264, MP4 asked for gives WebM, and the dialog says why", async () => {
  const o = await open(env.browser, env.base);
  await o.context.addInitScript(() => {
    const supported = VideoEncoder.isConfigSupported.bind(VideoEncoder);
    VideoEncoder.isConfigSupported = (c) => (c.codec.startsWith("avc1") ? Promise.resolve({ supported: false, config: c }) : supported(c));
  });
  await o.page.reload();
  await o.page.waitForSelector("html[data-complete='1']");
  await o.page.click("[data-testid=share-button]");
  await o.page.waitForSelector("[data-testid=video-make]", { timeout: 15_000 });
  const { path, name } = await make(o.page, "1080x1080", "mp4");
  assert.match(name, /\.webm$/);
  const text = await o.page.locator("[data-testid=video-done]").innerText();
  assert.match(text, /This browser cannot write MP4\./);
  assert.match(text, /take only MP4/);
  assert.equal(probe(path).codec_name, "vp9");
  assert.deepEqual(o.errors, []);
  await o.context.close();
});

test("without VideoEncoder the browser records the clip in real time (MediaRecorder), and says so", async () => {
  const ctxOpts = { locale: "ru-RU" };
  const o = await open(env.browser, `${env.base}?lang=ru`, { width: 390, height: 844 }, ctxOpts);
  await o.context.addInitScript(() => { delete window.VideoEncoder; });
  await o.page.reload();
  await o.page.waitForSelector("html[data-complete='1']");
  const page = o.page;
  await page.click("[data-testid=share-button]");
  await page.waitForSelector("[data-testid=video-make]", { timeout: 15_000 });
  assert.equal(await page.evaluate(() => typeof window.VideoEncoder), "undefined");
  const started = Date.now();
  const dl = page.waitForEvent("download", { timeout: 120_000 });
  await page.click("[data-testid=video-size-1080x1080]");
  await page.click("[data-testid=video-make]");
  await page.waitForSelector("text=в реальном времени", { timeout: 10_000 }).catch(() => {});
  assert.match(await page.locator("[data-testid=video-status]").innerText(), /по ходу воспроизведения/);
  const d = await dl;
  const path = `artifacts/recorded-${d.suggestedFilename()}`;
  await d.saveAs(path);
  assert.ok(Date.now() - started >= SECONDS * 1000 * 0.9, "recorded in real time");
  const p = probe(path);
  assert.equal(p.width, 1080);
  assert.equal(p.height, 1080);
  const frames = Number(p.nb_read_frames);
  assert.ok(frames > SECONDS * 30 * 0.5, `${frames} frames`);
  assert.ok(Math.abs(p.duration - SECONDS) <= SECONDS * 0.1, `duration ${p.duration}`);
  checkFrames(path, 1080, 1080);
  assert.deepEqual(o.errors, []);
  await o.context.close();
});

test("the preview is the clip's latest frame at the size chosen", async () => {
  const { page, errors, context } = await shareDialog(env.base);
  const img = page.locator("[data-testid=video-preview]");
  await page.click("[data-testid=video-size-1080x1920]");
  assert.deepEqual([await img.getAttribute("width"), await img.getAttribute("height")], ["1080", "1920"]);
  const alt = await img.getAttribute("alt");
  // The latest report's end, as the page writes dates in English.
  const end = readCsv("data/weeks.csv").filter((w) => w.status !== "withheld").map((w) => w.end).sort().at(-1);
  const written = new Date(`${end}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  assert.ok(alt.includes(`Reported weeks to ${written}`), alt);
  await page.click("[data-testid=video-size-1080x1080]");
  assert.deepEqual([await img.getAttribute("width"), await img.getAttribute("height")], ["1080", "1080"]);
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 0), "the preview is drawn");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Cancel stops a render: nothing downloads and the dialog says nothing was saved", async () => {
  const { page, errors, context } = await shareDialog(env.base);
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.click("[data-testid=video-size-1080x1920]");
  await page.click("[data-testid=video-make]");
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=video-progress]")?.value) >= 30, null, { timeout: 30_000 });
  await page.click("[data-testid=video-cancel]");
  await page.waitForSelector("[data-testid=video-cancelled]", { timeout: 10_000 });
  await page.waitForTimeout(500);
  assert.equal(downloads, 0);
  assert.equal(await page.locator("[data-testid=video-make]").isDisabled(), false, "ready for another");
  assert.deepEqual(errors, []);
  await context.close();
});
