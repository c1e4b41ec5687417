// The prerendered first screen (src/prerender.rs, baked into index.html by the build): shown
// from the HTML while the wasm loads, with the figures of the data files in the reader's
// language; the app takes its place when ready, without a layout shift; never shown for a view
// the address or a kept data file changes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { CHROMIUM_ARGS, newestStatement, enAuto, urlOf } from "./helpers.mjs";

let server, base, browser;
before(async () => {
  server = await serve("dist", 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
after(async () => { await browser?.close(); server?.close(); });

/// A page whose main wasm is held back until `release()` is called.
async function held(url, { viewport = { width: 1280, height: 900 }, init } = {}) {
  const context = await browser.newContext({ viewport, locale: "en-US", serviceWorkers: "block" });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(url);
  return { context, page, errors, release };
}

const COUNTERS = [["hectares", "hectares"], ["anti-personnel", "anti_personnel"], ["anti-tank", "anti_tank"], ["uxo", "uxo"], ["total", "mines_and_uxo"]];

test("before the wasm, the first screen shows the data files' figures with their sources", async () => {
  const { context, page, errors, release } = await held(base);
  await page.waitForSelector("#loading.first-screen .counter-grid", { state: "visible", timeout: 5000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), undefined, "the app is not ready yet");
  // The shell marks when it was painted (the benchmark's shown.*).
  await page.waitForFunction(() => performance.getEntriesByName("atlas-shown").length === 1, null, { timeout: 5000 });
  for (const [id, metric] of COUNTERS) {
    const s = newestStatement(metric);
    const card = page.locator(`#loading .counter-${id}`);
    assert.equal(await card.locator(".value").innerText(), enAuto(s.value, 1), id);
    assert.equal(await card.locator(".sources-line a.source-link").first().getAttribute("href"), urlOf(s.source), id);
  }
  // The map with its twelve districts, the range and the weekly chart's frame are there too.
  assert.equal(await page.locator("#loading path.district").count(), 12);
  assert.equal(await page.locator("#loading input[type=range]").count(), 2);
  assert.equal(await page.locator("#loading canvas.chart-canvas").count(), 1);
  // Nothing in it depends on the day it is read: the age comes with the app.
  assert.doesNotMatch(await page.locator("#loading .as-of").innerText(), /ago/);
  assert.equal(await page.locator("#loading").getAttribute("aria-busy"), "true");
  await page.screenshot({ path: "artifacts/first-screen-held.png" });
  release();
  await page.waitForSelector("html[data-ready='1']", { timeout: 10_000 });
  // The app took its place: one page, visible, with its own age and test hooks.
  assert.equal(await page.locator("#loading").count(), 0);
  assert.equal(await page.locator("#app.covered").count(), 0);
  assert.match(await page.locator("[data-testid=data-as-of]").innerText(), /weeks? ago/);
  assert.equal(await page.locator("[data-testid=counter-hectares] .value").innerText(), enAuto(newestStatement("hectares").value, 1));
  const ids = await page.evaluate(() => {
    const seen = new Set(), dup = [];
    for (const e of document.querySelectorAll("[id]")) { if (seen.has(e.id)) dup.push(e.id); seen.add(e.id); }
    return dup;
  });
  assert.deepEqual(ids, [], "duplicate ids after the swap");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the reader's language, from the address or the browser", async () => {
  for (const [url, title] of [[`${base}?lang=az`, /minatəmizləmə/], [`${base}?lang=ru`, /Разминирование/]]) {
    const { context, page, release } = await held(url);
    await page.waitForSelector("#loading.first-screen .counter-grid", { timeout: 5000 });
    assert.match(await page.locator("#loading h1").innerText(), title, url);
    assert.match(await page.locator("#loading .lang-switch button[aria-pressed=true]").innerText(), new RegExp(new URL(url).searchParams.get("lang"), "i"));
    release();
    await context.close();
  }
});

for (const [lang, h1, title] of [["az", /minatəmizləmə/, /Azərbaycanda minatəmizləmə/], ["ru", /Разминирование/, /разминирование в Азербайджане/]]) {
  test(`an embedded page gets the embed layout's first screen: no share button (${lang})`, async () => {
    const { context, page, errors, release } = await held(`${base}?embed=1&lang=${lang}`, { viewport: { width: 390, height: 700 } });
    await page.waitForSelector("#loading.first-screen .counter-grid", { timeout: 5000 });
    assert.equal(await page.locator("#loading .share-btn").count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("mode-embed")), true);
    assert.match(await page.locator("#loading h1").innerText(), h1);
    // The shell's script ran to its end (it used to stop at the share button the embed
    // removed): the page's language and title are the reader's before the wasm.
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.match(await page.title(), title);
    assert.deepEqual(errors, [], "console errors");
    release();
    await page.waitForSelector("html[data-ready='1']", { timeout: 10_000 });
    assert.equal(await page.locator("[data-testid=share-button]").count(), 0);
    assert.equal(await page.locator("#loading").count(), 0);
    assert.deepEqual(errors, [], "console errors");
    await context.close();
  });
}

test("a view the address or a kept file changes starts from the plain shell instead", async () => {
  const cases = [
    [`${base}?from=2024-01-01`, undefined],
    [`${base}?district=lachin`, undefined],
    [`${base}?embed=1&show=map`, undefined],
    [`${base}?kiosk=1`, undefined],
    [base, () => localStorage.setItem("clearance-atlas:weeks", "start,end\n")],
  ];
  for (const [url, init] of cases) {
    const { context, page, release } = await held(url, { init });
    await page.waitForSelector("#loading .boot-message", { timeout: 5000 });
    assert.equal(await page.locator("#loading.first-screen").count(), 0, url);
    assert.equal(await page.locator("#loading .counter-grid").count(), 0, url);
    release();
    await context.close();
  }
});

test("the app takes the first screen's place without a layout shift", async () => {
  for (const [viewport, query] of [[{ width: 390, height: 844 }, ""], [{ width: 1280, height: 900 }, ""], [{ width: 390, height: 700 }, "?embed=1"]]) {
    const context = await browser.newContext({ viewport, locale: "en-US", serviceWorkers: "block" });
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
        .observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(base + query);
    await page.waitForSelector("html[data-complete='1']", { timeout: 30_000 });
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.__shifts);
    const sum = shifts.reduce((a, b) => a + b, 0);
    assert.ok(sum <= 0.01, `layout shift ${sum.toFixed(4)} at ${viewport.width}px${query} (${shifts.map((s) => s.toFixed(4)).join(", ")})`);
    await context.close();
  }
});

// No first tap lost: a tap on the first screen before the app is ready is queued, marked, and
// made on the app's own control the moment it is ready (index.html's shell script).
test("taps on the first screen before the app is ready take effect once it is", async () => {
  const { context, page, errors, release } = await held(base);
  await page.waitForSelector("#loading.first-screen .counter-grid", { state: "visible", timeout: 5000 });
  const jabrayil = page.locator('#loading [data-tap="district-jabrayil"]');
  await jabrayil.click();
  assert.equal(await jabrayil.getAttribute("class").then((c) => /tap-pending/.test(c)), true, "the tap is marked");
  await page.locator('#loading [data-tap="preset-12w"]').click();
  // The layer: the second of the select's options.
  const layers = await page.locator('#loading select[data-tap="map-layer"] option').evaluateAll((o) => o.map((x) => x.value));
  assert.ok(layers.length > 1, "the first screen lists the layers");
  await page.locator('#loading select[data-tap="map-layer"]').selectOption(layers[1]);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), undefined, "the app is not ready yet");
  release();
  await page.waitForSelector("html[data-ready='1']", { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector("[data-testid=district-jabrayil]")?.getAttribute("data-selected") === "true", null, { timeout: 5000 });
  assert.equal(await page.getAttribute("[data-testid=preset-12w]", "aria-pressed"), "true", "the preset");
  assert.equal(await page.locator("[data-testid=map-layer]").inputValue(), layers[1], "the layer");
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("district"), "jabrayil", "the view's address follows");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a language and Embed / share chosen before the app is ready; the keyboard too", async () => {
  const { context, page, errors, release } = await held(base);
  await page.waitForSelector("#loading.first-screen .counter-grid", { state: "visible", timeout: 5000 });
  await page.locator('#loading [data-tap="lang-ru"]').click();
  // The language shows at once, from its own prerendered template.
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.match(await page.locator("#loading h1").innerText(), /Разминирование/);
  await page.locator('#loading [data-tap="share-button"]').click();
  // Enter on a focused district, as a keyboard reader selects it.
  await page.locator('#loading [data-tap="district-fuzuli"]').focus();
  await page.keyboard.press("Enter");
  release();
  await page.waitForSelector("html[data-ready='1']", { timeout: 10_000 });
  await page.waitForSelector("[data-testid=share-dialog]", { timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.match(await page.locator(".site-header h1").innerText(), /Разминирование/);
  assert.equal(await page.getAttribute("[data-testid=district-fuzuli]", "data-selected"), "true");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Play pressed before the app is ready plays once it is", async () => {
  const { context, page, errors, release } = await held(base);
  await page.waitForSelector("#loading.first-screen .counter-grid", { state: "visible", timeout: 5000 });
  await page.locator('#loading [data-tap="play"]').click();
  release();
  await page.waitForSelector("html[data-ready='1']", { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector("[data-testid=play]")?.getAttribute("aria-pressed") === "true", null, { timeout: 5000 });
  // The range's end moves on from the first period.
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=range-to]")?.value) >= 1, null, { timeout: 10_000 });
  assert.equal(await page.locator("[data-testid=range-from]").inputValue(), "0");
  assert.deepEqual(errors, []);
  await context.close();
});
