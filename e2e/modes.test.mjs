// End to end: URL state, embedding (iframe host pages), kiosk loop, offline reload, single file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { start, open, readCsv, en } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test("a deep link restores district, range and layer; interaction rewrites the URL", async () => {
  const { page, context, errors } = await open(env.browser, `${env.base}?district=fuzuli&from=2025-01-01&to=2025-12-31&layer=hectares-2023`);
  assert.equal(await page.getAttribute("[data-testid=district-fuzuli]", "data-selected"), "true");
  assert.equal(await page.inputValue("[data-testid=map-layer]"), "hectares-2023");
  const fuz2023 = readCsv("data/totals.csv").find((r) => r.kind === "district_year" && r.district === "fuzuli" && r.period === "2023");
  assert.equal(await page.locator("[data-testid=counter-hectares] .value").innerText(), en(Number(fuz2023.value), 1));
  assert.match(await page.locator("[data-testid=range-control]").innerText(), /2025/);
  await page.click("[data-testid=district-aghdam]");
  const search = await page.evaluate(() => location.search);
  assert.match(search, /district=aghdam/);
  assert.match(search, /from=2025-01-01/);
  await page.click("[data-testid=whole-region]");
  assert.doesNotMatch(await page.evaluate(() => location.search), /district=/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("hostile URL parameters leave a working default page and request nothing foreign", async () => {
  const q = "?district=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=..%2F..%2F&data=https%3A%2F%2Fevil.example%2Fx.csv&interval=999999999999&from=9999-99-99&" + "x=" + "A".repeat(5000);
  const { page, context, foreign } = await open(env.browser, env.base + q);
  // Only the page's own scripts: the loader (module), the guard and its card.
  assert.equal(await page.locator("script:not([type=module]):not(#kiosk-guard):not(#kiosk-card)").count(), 0);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.ok((await page.locator("[data-testid=counter-hectares] .value").innerText()).length > 3);
  assert.deepEqual(foreign, []);
  await context.close();
});

for (const width of [320, 1200]) {
  test(`an iframe host page at ${width} px receives height messages and shows no inner scrollbar`, async () => {
    const context = await env.browser.newContext({ viewport: { width: width + 40, height: 900 } });
    const page = await context.newPage();
    // A host page served by the test itself, embedding the app as a site would.
    await page.route(`${env.base}host.html`, (route) => route.fulfill({ contentType: "text/html", body: `<!doctype html>
      <html lang="en"><body style="margin:0">
      <iframe data-clearance-atlas src="${env.base}?embed=1" style="width:${width}px;height:200px;border:0" title="Clearance Atlas"></iframe>
      <script src="${env.base}embed.js"></script></body></html>` }));
    await page.goto(`${env.base}host.html`);
    const frame = page.frameLocator("iframe");
    await frame.locator("html[data-complete='1']").waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => parseInt(document.querySelector("iframe").style.height) > 400, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const inner = await page.frames()[1].evaluate(() => ({
      overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      overflowY: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    assert.ok(inner.overflowX <= 0, `horizontal overflow ${inner.overflowX}px`);
    assert.ok(inner.overflowY <= 2, `inner scrollbar: ${inner.overflowY}px left to scroll`);
    await page.screenshot({ path: `artifacts/embed-host-${width}.png`, fullPage: true });
    await context.close();
  });
}

test("kiosk mode cycles scenes, pauses on touch and resets after idle", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${env.base}?kiosk=1&interval=5&idle=10`);
  await page.waitForSelector("html[data-complete='1']");
  const scene = () => page.evaluate(() => document.documentElement.dataset.scene);
  assert.equal(await scene(), "counters");
  await page.clock.runFor(5_000);
  assert.equal(await scene(), "weekly");
  await page.clock.runFor(5_000);
  assert.equal(await scene(), "map");
  await page.clock.runFor(2_000);
  assert.equal(await page.locator("[data-testid=map-tooltip]").count(), 1, "a district is lit");
  await page.clock.runFor(3_000);
  assert.equal(await scene(), "context");
  await page.screenshot({ path: "artifacts/kiosk-context.png" });
  await page.mouse.click(400, 400);
  await page.clock.runFor(1_000);
  assert.equal(await scene(), "explore");
  await page.clock.runFor(10_000);
  assert.equal(await page.locator("[data-testid=kiosk-countdown]").count(), 1);
  await page.clock.runFor(11_000);
  assert.equal(await page.locator("[data-testid=kiosk-countdown]").count(), 0);
  assert.equal(await scene(), "counters");
  await context.close();
});

test("the kiosk's weekly scene plays the time-lapse, then gives the counters back their headline figures", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.clock.install();
  // 14 s scenes: the fast pace (10 s) fits with the latest figures standing for the last 4 s.
  await page.goto(`${env.base}?kiosk=1&interval=14`);
  await page.waitForSelector("html[data-complete='1']");
  const scene = () => page.evaluate(() => document.documentElement.dataset.scene);
  const ha = () => page.locator("[data-testid=counter-hectares] .value").innerText();
  const to = async () => Number(await page.locator("[data-testid=range-to]").inputValue());
  const max = Number(await page.locator("[data-testid=range-to]").getAttribute("max"));
  const headline = await ha();
  await page.clock.runFor(14_000 + 4_000);
  assert.equal(await scene(), "weekly");
  assert.equal(await page.locator("[data-testid=play]").getAttribute("aria-pressed"), "true");
  const mid = await to();
  assert.ok(mid > 0 && mid < max, `playing: stop ${mid} of ${max}`);
  assert.notEqual(await ha(), headline, "the counters show the sum so far");
  await page.clock.runFor(8_000);
  assert.equal(await scene(), "weekly");
  assert.equal(await page.locator("[data-testid=play]").getAttribute("aria-pressed"), "false");
  assert.equal(await to(), max, "ended at the latest report");
  await page.clock.runFor(3_000);
  assert.equal(await scene(), "map");
  assert.equal(await ha(), headline, "the whole span again: the published statement");
  await context.close();
});

test("a page opened once reloads offline (service worker)", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForSelector("html[data-complete='1']");
  const ready = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => "ready"),
    new Promise((ok) => setTimeout(() => ok("timeout"), 10_000)),
  ]));
  assert.equal(ready, "ready", "service worker did not install");
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("html[data-complete='1']", { timeout: 10_000 });
  assert.ok((await page.locator("[data-testid=counter-hectares] .value").innerText()).length > 3);
  await context.close();
});

test("the single-file build works from file:// with no server", async () => {
  execFileSync("node", ["scripts/single-file.mjs", "dist", "artifacts/clearance-atlas.html"]);
  const context = await env.browser.newContext();
  await context.setOffline(true);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("file://" + resolve("artifacts/clearance-atlas.html"));
  await page.waitForSelector("html[data-complete='1']", { timeout: 10_000 });
  assert.ok((await page.locator("[data-testid=counter-hectares] .value").innerText()).length > 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test("share dialog: link and iframe snippet of this view; CSV export with one source URL per row", async () => {
  const { page, context } = await open(env.browser, `${env.base}?from=2025-01-01&to=2025-12-31`);
  await page.click("[data-testid=share-button]");
  await page.waitForSelector("[data-testid=share-dialog]");
  const link = await page.inputValue("[data-testid=share-link]");
  assert.match(link, /from=2025-01-01/);
  const snippet = await page.inputValue("[data-testid=share-snippet]");
  assert.match(snippet, /<iframe data-clearance-atlas src="[^"]*\?embed=1&amp;from=2025-01-01/);
  assert.match(snippet, /embed\.js/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-csv]")]);
  const { readFileSync } = await import("node:fs");
  const path = await download.path();
  const rows = readFileSync(path, "utf8").trim().split("\n");
  const expected = readCsv("data/weeks.csv").filter((w) => w.start >= "2025-01-01" && w.start <= "2025-12-31");
  assert.equal(rows.length - 1, expected.length);
  for (const r of rows.slice(1)) assert.match(r, /https?:\/\/[^,]+$/);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-weekly-svg]")]);
  const svgText = readFileSync(await svg.path(), "utf8");
  assert.match(svgText, /^<svg/);
  // The same chart as the canvas: one stacked bar per reported week of the range, and labels.
  const reported = expected.filter((w) => w.status !== "withheld" && w.anti_tank !== "").length;
  assert.ok((svgText.match(/<rect/g) ?? []).length >= reported, "a bar per reported week");
  assert.match(svgText, /<text[^>]*>[^<]*2025/);
  const [png] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-map-png]")]);
  assert.deepEqual([...readFileSync(await png.path()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("[data-testid=share-dialog]").count(), 0);
  await context.close();
});

/// Where the kiosk's bottom bar ("Touch to explore", the data date) begins.
async function bottomBarTop(page) {
  const boxes = await Promise.all([".kiosk-hint", ".as-of"].map((s) => page.locator(s).boundingBox()));
  return Math.min(...boxes.filter(Boolean).map((b) => b.y));
}

/// The weekly scene's note and source line end above the kiosk's bottom bar, and the note does
/// not offer keys to a screen with none (the scene is not explored).
async function weeklyClears(page, label, limit) {
  for (const sel of ["[data-testid=chart-weekly]", "#weekly-keys", ".chart-section.weekly .chart-source"]) {
    const b = await page.locator(sel).boundingBox();
    assert.ok(b && b.y + b.height <= limit, `${label} ${sel}: ends at ${b?.y + b?.height}, bottom bar at ${limit}`);
  }
  assert.equal(await page.locator("#weekly-keys .chart-keys").isVisible(), false, `${label}: the keyboard hint is hidden`);
}

test("kiosk at 1366×768: the weekly chart is flattened to fit above the bottom bar", async () => {
  for (const lang of ["az", "ru"]) {
    const { page, context } = await open(env.browser, `${env.base}?kiosk=1&interval=3&lang=${lang}`, { width: 1366, height: 768 });
    await page.waitForFunction(() => document.documentElement.dataset.scene === "weekly", null, { timeout: 15_000 });
    await weeklyClears(page, `${lang} 1366×768`, await bottomBarTop(page));
    await context.close();
  }
});

test("kiosk at 1920×1080: the map's legend, the weekly chart's source and every counter's source clear the bottom button and badge", async () => {
  for (const lang of ["az", "en", "ru"]) {
    const { page, context } = await open(env.browser, `${env.base}?kiosk=1&interval=3&lang=${lang}`, { width: 1920, height: 1080 });
    await page.waitForFunction(() => document.documentElement.dataset.scene === "counters");
    const limit = await bottomBarTop(page);
    for (const id of ["hectares", "anti-personnel", "anti-tank", "uxo", "total"]) {
      const src = await page.locator(`[data-testid=counter-${id}] .sources-line`).boundingBox();
      assert.ok(src && src.y + src.height <= limit, `${lang} ${id}: source at ${src?.y}+${src?.height}, bottom bar at ${limit}`);
    }
    await page.waitForFunction(() => document.documentElement.dataset.scene === "weekly", null, { timeout: 15_000 });
    await weeklyClears(page, lang, limit);
    await page.waitForFunction(() => document.documentElement.dataset.scene === "map", null, { timeout: 15_000 });
    const legend = await page.locator("[data-testid=map-legend]").boundingBox();
    assert.ok(legend && legend.y + legend.height <= limit, `${lang}: legend ends at ${legend?.y + legend?.height}, bottom bar at ${limit}`);
    await context.close();
  }
});
