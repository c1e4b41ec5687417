// Clearance Atlas benchmark: prints one line per figure, "name value unit", machine-readable.
//   node bench/bench.mjs           full: medians of 5 runs, 200 interaction repetitions, 500 kiosk scenes
//   node bench/bench.mjs --quick   one run of each, fewer repetitions (CI: keeps it from rotting)
// Budgets are printed beside the figures ("budget ..." lines) but never fail the command.
// Needs a release build in dist/ (scripts/run.sh or trunk build --release --offline).
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { chromium } from "playwright-core";
import { serve } from "../e2e/serve.mjs";
import { CHROMIUM_ARGS } from "../e2e/helpers.mjs";
import { coldPage, recordTransfer, shownAt, SHOWN_FROM } from "./profile.mjs";

const quick = process.argv.includes("--quick");
const RUNS = quick ? 1 : 5;
const REPS = quick ? 20 : 200;
const SCENES = quick ? 40 : 500;
const out = (name, value, unit) => console.log(`${name} ${typeof value === "number" ? +value.toFixed(2) : value} ${unit}`);
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };

if (!existsSync("dist/index.html")) { console.error("no dist/: build the release first"); process.exit(1); }

// 1. Transfer size of a cold load, per asset and total.
const kind = (f) => f.endsWith(".br") ? null : f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") && f !== "sw.js" && f !== "embed.js" ? "js"
  : f.endsWith(".css") ? "css" : f.endsWith(".html") ? "html" : /icon|manifest/.test(f) ? "icons"
  : /^i18n-[a-z]{2}-[0-9a-f]{16}\.txt$/.test(f) ? "catalogue" : /^(weeks|totals)-[0-9a-f]{16}\.csv$/.test(f) ? "notes" : null;
const totals = { raw: 0, gzip: 0, brotli: 0 };
// The lazy parts' chunks (split_*, chunk_*) are fetched after the first screen, and so are the
// catalogues of the languages not shown.
const isChunk = (f) => /^(split|chunk)_.*\.wasm$/.test(f);
const split = { first: 0, lazy: 0 };
for (const f of readdirSync("dist").sort()) {
  const k = kind(f);
  if (!k) continue; // sw.js and embed.js are not part of a page load
  const b = readFileSync(join("dist", f));
  const gz = gzipSync(b, { level: 9 }).length;
  const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  out(`transfer.${k}.${f.replace(/-[0-9a-f]{15,16}(?=[._])/, "")}.raw`, b.length / 1024, "KB");
  out(`transfer.${k}.${f.replace(/-[0-9a-f]{15,16}(?=[._])/, "")}.gzip`, gz / 1024, "KB");
  out(`transfer.${k}.${f.replace(/-[0-9a-f]{15,16}(?=[._])/, "")}.brotli`, br / 1024, "KB");
  totals.raw += b.length; totals.gzip += gz; totals.brotli += br;
  // Of the message catalogues the first screen fetches its language's only: counted are the
  // English one in the first screen, the others with the lazy files.
  if (isChunk(f) || k === "notes" || (k === "catalogue" && !f.startsWith("i18n-en-"))) split.lazy += br; else if (k !== "icons") split.first += br;
}
out("transfer.first_screen_files.brotli", split.first / 1024, "KB");
out("transfer.lazy_chunks.brotli", split.lazy / 1024, "KB");
// What the wasm embeds: the first-screen digest's tables (src/data/digest/), which build.rs
// writes to the release build's OUT_DIR (the data files themselves when there is no digest).
const builtDigest = () => {
  const dir = "target/wasm32-unknown-unknown/release/build";
  const found = existsSync(dir) ? readdirSync(dir)
    .filter((d) => d.startsWith("clearance-atlas-") && existsSync(join(dir, d, "out", "digest.rs")))
    .map((d) => join(dir, d, "out", "digest.rs")) : [];
  found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return found[0];
};
let dataBr = 0;
const digestFile = builtDigest();
const tables = digestFile ? [...readFileSync(digestFile, "utf8").matchAll(/^pub static \w+: &str = (".*");$/gm)].map((m) => JSON.parse(m[1])) : [];
for (const t of tables.length ? tables : ["data/weeks.csv", "data/totals.csv", "data/districts.csv", "data/boundaries.txt"].map((p) => readFileSync(p, "utf8"))) {
  dataBr += brotliCompressSync(Buffer.from(t)).length;
}
out("transfer.data.embedded_in_wasm.brotli", dataBr / 1024, "KB");
// What the main module holds, by crate and by our own module: a build with the Rust names kept
// (ATLAS_KEEP_NAMES=1, the same cargo output, its own dist) read by bench/wasm-sizes.mjs. Raw
// code bytes; full runs only, or --sizes.
if (!quick || process.argv.includes("--sizes")) {
  const named = "target/atlas-named-dist";
  const build = spawnSync("bash", ["-c", `source scripts/wasm-env.sh && ATLAS_KEEP_NAMES=1 trunk build --release --offline --dist ${named}`],
    { env: { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.cwd()}/node_modules/.bin:${process.env.PATH}`, TRUNK_SKIP_VERSION_CHECK: "true" }, encoding: "utf8" });
  const wasm = build.status === 0 && readdirSync(named).find((f) => /^clearance-atlas-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!wasm) {
    console.error(`the named build failed; no size report\n${build.stderr?.slice(-2000) ?? ""}`);
  } else {
    const report = spawnSync("node", ["bench/wasm-sizes.mjs", join(named, wasm), "--top", "25"], { encoding: "utf8" }).stdout;
    for (const line of report.split("\n")) {
      const m = /^(wasm\.\w+|group (\S+)) (\d+)$/.exec(line);
      if (m) out(m[2] ? `size.main.code.${m[2].replace(/::/g, ".")}` : `size.main.${m[1].slice(5)}`, Number(m[3]) / (m[1] === "wasm.functions" ? 1024 / 1024 : 1024), m[1] === "wasm.functions" ? "count" : "KB");
    }
  }
}
out("transfer.total.raw", totals.raw / 1024, "KB");
out("transfer.total.gzip", totals.gzip / 1024, "KB");
out("transfer.total.brotli", totals.brotli / 1024, "KB");
out("budget.transfer.total.brotli", 200, "KB");

const server = await serve("dist", 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc"] });

async function cold(profile) {
  const { context, page, cdp } = await coldPage(browser, profile);
  const traffic = recordTransfer(cdp);
  // The largest contentful paint as this browser observed it (Lighthouse's figure below is a
  // simulation that also charges the preloaded wasm to it).
  await page.addInitScript(() => {
    window.__lcp = NaN;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
      .observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto(base);
  await page.waitForSelector("html[data-complete='1']", { timeout: 60_000 });
  const r = await page.evaluate(() => ({
    lcp: window.__lcp,
    ready: performance.getEntriesByName("atlas-ready")[0]?.startTime ?? NaN,
    complete: performance.getEntriesByName("atlas-complete")[0]?.startTime ?? NaN,
    parse: Number(document.documentElement.dataset.parseMs),
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
  }));
  r.firstScreen = traffic.bytesRequestedBy(r.ready);
  r.shown = await shownAt(page);
  r.shownBytes = traffic.bytesOfTypes(...SHOWN_FROM);
  r.wasmRequested = traffic.requestedAt(/_bg\.wasm$/);
  r.toComplete = traffic.bytesRequestedBy(r.complete);
  await context.close();
  return r;
}

// 2 and 6. Time to ready (desktop, mobile) and the embedded data's parse time.
for (const profile of ["desktop", "mobile"]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await cold(profile));
  // The first screen shown from the HTML (src/prerender.rs), then the app in its place.
  out(`shown.${profile}.median`, median(runs.map((r) => r.shown)), "ms");
  out(`transfer.shown.${profile}.median`, median(runs.map((r) => r.shownBytes)) / 1024, "KB");
  out(`ready.${profile}.median`, median(runs.map((r) => r.ready)), "ms");
  out(`complete.${profile}.median`, median(runs.map((r) => r.complete)), "ms");
  out(`fcp.${profile}.median`, median(runs.map((r) => r.fcp)), "ms");
  out(`lcp.${profile}.median`, median(runs.map((r) => r.lcp)), "ms");
  out(`data_parse.${profile}.median`, median(runs.map((r) => r.parse)), "ms");
  // When the main wasm, the longest download, was asked for (ms after the page itself).
  out(`wasm_requested.${profile}.median`, median(runs.map((r) => r.wasmRequested)), "ms");
  // As received from the brotli server: what the first screen fetched (before data-ready) and
  // what the whole page fetched by data-complete (the share chunk is fetched when idle after).
  out(`transfer.first_screen.${profile}.median`, median(runs.map((r) => r.firstScreen)) / 1024, "KB");
  out(`transfer.to_complete.${profile}.median`, median(runs.map((r) => r.toComplete)) / 1024, "KB");
}
out("budget.transfer.first_screen", 150, "KB");
out("budget.ready.desktop", 1000, "ms");
out("budget.ready.mobile", 3000, "ms");

/// A kiosk page at 1920×1080 under Playwright's clock, complete, with `sample()`: JS heap after
/// GC and wasm memory (MB) and DOM nodes.
async function kioskPage(query) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; }));
  await page.clock.install();
  await page.goto(`${base}${query}`);
  await page.waitForSelector("html[data-complete='1']");
  const cdp = await context.newCDPSession(page);
  const sample = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return page.evaluate((heap) => ({
      heap: heap / 1048576,
      wasm: (window.__wasm?.memory?.buffer?.byteLength ?? NaN) / 1048576,
      nodes: document.getElementsByTagName("*").length,
    }), usedSize);
  };
  return { context, page, sample };
}

// 4. Interaction cost: a range change (counters, charts, map) and a map hover, to the next frame.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector("html[data-complete='1']");
  const times = await page.evaluate(async (reps) => {
    // The update's work: the event, then every reactive effect (Leptos flushes them as
    // microtasks; the canvases redraw in them), measured up to the next macrotask.
    const ch = new MessageChannel();
    const settled = () => new Promise((r) => { ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
    const range = [], hover = [];
    const presets = ["preset-12w", "preset-year", "preset-all"].map((id) => document.querySelector(`[data-testid=${id}]`));
    const paths = [...document.querySelectorAll("path.district")];
    for (let i = 0; i < reps; i++) {
      let t = performance.now();
      presets[i % 3].click();
      await settled();
      range.push(performance.now() - t);
      await new Promise((r) => requestAnimationFrame(r));
      t = performance.now();
      paths[i % paths.length].dispatchEvent(new MouseEvent("mouseenter"));
      await settled();
      hover.push(performance.now() - t);
      await new Promise((r) => requestAnimationFrame(r));
    }
    return { range, hover };
  }, REPS);
  out("interaction.range_change.median", median(times.range), "ms");
  out("interaction.range_change.p95", p95(times.range), "ms");
  out("interaction.map_hover.median", median(times.hover), "ms");
  out("interaction.map_hover.p95", p95(times.hover), "ms");
  out("budget.interaction.p95", 16, "ms");
  await context.close();
}

// 5. Memory after load and after many kiosk scene changes.
{
  const { context, page, sample } = await kioskPage("?kiosk=1&interval=3");
  await page.clock.runFor(3_000);
  const before = await sample();
  for (let i = 0; i < SCENES; i++) await page.clock.runFor(3_000);
  const after = await sample();
  const scenes = SCENES;
  out("memory.js_heap.after_load", before.heap, "MB");
  out(`memory.js_heap.after_${scenes}_scenes`, after.heap, "MB");
  out("memory.wasm.after_load", before.wasm, "MB");
  out(`memory.wasm.after_${scenes}_scenes`, after.wasm, "MB");
  out("dom_nodes.after_load", before.nodes, "nodes");
  out(`dom_nodes.after_${scenes}_scenes`, after.nodes, "nodes");
  await context.close();
}

// 7. A week in the kiosk, accelerated (Playwright's clock): the loop in 10 s scenes,
// a visitor every 2 hours who taps the map and a preset and leaves (idle 60 s, countdown,
// reset), sampled once a simulated day: DOM nodes, JS heap after GC, wasm memory; the JS-heap
// slope is a least-squares fit over the days. --quick soaks 6 hours. 10 s scenes are too short
// for the weekly scene's time-lapse (it needs 12 s): under Playwright's clock a week of
// time-lapses (127 range changes each, fired back to back without a turn of the event loop)
// takes hours and piles up work the real page never holds; section 8 measures the time-lapse
// in real time instead. (11 s scenes, stop 21's build too, slow to 15–30 s of real time per
// simulated hour after about 13 hours under the clock; 10 s and 20 s do not. Not understood.)
{
  const DAYS = quick ? 0.25 : 7;
  const { context, page, sample } = await kioskPage("?kiosk=1&interval=10");
  const t0 = Date.now();
  const samples = [{ day: 0, ...(await sample()) }];
  const HOUR = 3_600_000;
  const hours = Math.round(DAYS * 24);
  for (let h = 1; h <= hours; h++) {
    if (h % 2 === 0) {
      const paths = page.locator("path.district");
      await paths.nth(h % Math.max(1, await paths.count())).click({ force: true }).catch(() => {});
      await page.clock.runFor(5_000);
      await page.locator("[data-testid=preset-12w]").click({ force: true }).catch(() => {});
      await page.clock.runFor(HOUR - 5_000);
    } else {
      await page.clock.runFor(HOUR);
    }
    if (h % 24 === 0 || h === hours) samples.push({ day: h / 24, ...(await sample()) });
  }
  const n = samples.length, mx = samples.reduce((a, s) => a + s.day, 0) / n, my = samples.reduce((a, s) => a + s.heap, 0) / n;
  const slope = samples.reduce((a, s) => a + (s.day - mx) * (s.heap - my), 0) / samples.reduce((a, s) => a + (s.day - mx) ** 2, 0);
  const first = samples[0], last = samples.at(-1);
  out("soak.simulated_days", DAYS, "days");
  out("soak.real_time", (Date.now() - t0) / 1000, "s");
  out("soak.dom_nodes.first", first.nodes, "nodes");
  out("soak.dom_nodes.last", last.nodes, "nodes");
  out("soak.wasm.first", first.wasm, "MB");
  out("soak.wasm.last", last.wasm, "MB");
  out("soak.js_heap.first", first.heap, "MB");
  out("soak.js_heap.last", last.heap, "MB");
  out("soak.js_heap.slope", slope * 1024, "KB/day");
  out("budget.soak.js_heap.slope", 100, "KB/day");
  out("soak.recoveries", await page.evaluate(() => JSON.parse(localStorage.getItem("atlas-kiosk-log") ?? "[]").length), "reloads");
  await context.close();
}

// 8. The kiosk's weekly scene (the time-lapse) in real time: 12 s scenes (the fast pace, 10 s),
// so a loop of four scenes plays it once in 48 s; JS heap after GC after each loop. The figure
// to watch is the growth over the second half of the loops (a leak grows there; warm-up does
// not). --quick: 2 loops.
{
  const LOOPS = quick ? 2 : 8;
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${base}?kiosk=1&interval=12`);
  await page.waitForSelector("html[data-complete='1']");
  const cdp = await context.newCDPSession(page);
  const heap = async () => { await cdp.send("HeapProfiler.collectGarbage"); return (await cdp.send("Runtime.getHeapUsage")).usedSize / 1048576; };
  const heaps = [await heap()];
  let plays = 0;
  for (let i = 0; i < LOOPS; i++) {
    const seen = page.waitForFunction(() => document.querySelector("[data-testid=play]")?.getAttribute("aria-pressed") === "true", null, { timeout: 60_000 }).then(() => plays++).catch(() => {});
    await page.waitForTimeout(48_000);
    await seen;
    heaps.push(await heap());
  }
  const half = Math.floor(LOOPS / 2);
  out("kiosk_timelapse.plays", plays, "plays");
  out("kiosk_timelapse.js_heap.first", heaps[0], "MB");
  out("kiosk_timelapse.js_heap.last", heaps.at(-1), "MB");
  out("kiosk_timelapse.js_heap.second_half_growth", (heaps.at(-1) - heaps[half]) * 1024, "KB");
  out("kiosk_timelapse.dom_nodes", await page.evaluate(() => document.getElementsByTagName("*").length), "nodes");
  await context.close();
}

// 3. Lighthouse 12.2.3 (mobile preset), when installed by scripts/bench.sh; medians of RUNS.
const lh = "bench/lighthouse/node_modules/.bin/lighthouse";
if (quick || !existsSync(lh)) {
  out("lighthouse.skipped", 1, quick ? "(quick mode)" : "(run scripts/bench.sh to install lighthouse 12.2.3)");
} else {
  // Asynchronous: the server answering Lighthouse runs in this process.
  const { execFile } = await import("node:child_process");
  const { promisify } = await import("node:util");
  const run = promisify(execFile);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { stdout: json } = await run(lh, [base, "--output=json", "--quiet", "--only-categories=performance,accessibility,best-practices",
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`], { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 64 << 20, timeout: 180_000 });
    runs.push(JSON.parse(json));
  }
  const cat = (r, c) => r.categories[c].score * 100;
  const aud = (r, a) => r.audits[a].numericValue;
  out("lighthouse.mobile.performance", median(runs.map((r) => cat(r, "performance"))), "score");
  out("lighthouse.mobile.accessibility", median(runs.map((r) => cat(r, "accessibility"))), "score");
  out("lighthouse.mobile.best_practices", median(runs.map((r) => cat(r, "best-practices"))), "score");
  out("lighthouse.mobile.lcp", median(runs.map((r) => aud(r, "largest-contentful-paint"))), "ms");
  out("lighthouse.mobile.tbt", median(runs.map((r) => aud(r, "total-blocking-time"))), "ms");
  out("lighthouse.mobile.cls", median(runs.map((r) => aud(r, "cumulative-layout-shift"))), "");
}
out("budget.lighthouse.performance", 95, "score");
out("budget.lcp", 2500, "ms");
out("budget.cls", 0.05, "");

await browser.close();
server.close();
