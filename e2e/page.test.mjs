// End to end: the release build in Debian's Chromium at phone, desktop and kiosk sizes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, newestStatement, en, enAuto, readCsv, urlOf } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const SIZES = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 900 }],
  ["kiosk", { width: 1920, height: 1080 }],
];

for (const [name, viewport] of SIZES) {
  test(`page is ready, exact and self-contained at ${name} size`, async () => {
    const { page, errors, foreign, context, csp } = await open(env.browser, env.base, viewport);
    const value = (id) => page.locator(`[data-testid=counter-${id}] .value`).innerText();
    for (const [id, metric] of [["hectares", "hectares"], ["anti-personnel", "anti_personnel"], ["anti-tank", "anti_tank"], ["uxo", "uxo"], ["total", "mines_and_uxo"]]) {
      const s = newestStatement(metric);
      assert.equal(await value(id), enAuto(s.value, 1), id);
      const card = page.locator(`[data-testid=counter-${id}]`);
      // Its own source, one click away; its qualifier in words; the exact figure beneath.
      assert.equal(await card.locator(".sources-line a.source-link").first().getAttribute("href"), urlOf(s.source), id);
      const words = { over: "more than", about: "about", nearly: "nearly", up_to: "up to" }[s.qualifier];
      assert.equal(await card.locator(".counter-figure .qualifier").count(), words ? 1 : 0, id);
      if (words) assert.equal(await card.locator(".counter-figure .qualifier").innerText(), words);
      if (s.exact) assert.match(await card.locator("[data-testid=counter-exact]").innerText(), new RegExp(`^exact: ${enAuto(s.exact.value, 1).replace(/[.]/g, "\\.")}`));
      else assert.equal(await card.locator("[data-testid=counter-exact]").count(), 0, id);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    await page.screenshot({ path: `artifacts/page-${name}.png`, fullPage: true });
    assert.deepEqual(errors, [], "console errors");
    assert.deepEqual(foreign, [], "requests to other origins");
    assert.deepEqual(await csp(), [], "Content-Security-Policy violations");
    await context.close();
  });
}

// The four small counter cards share their row (at 1920 px they sat in four of five columns,
// and "237,000 items" ran past its card); every figure and unit stays inside its card; the
// figures of a row line up when a label wraps (Russian "Неразорвавшиеся боеприпасы"); the land
// figure keeps its unit on its line (at 320 px "ha" wrapped under "about").
for (const [lang, width, perRow] of [["en", 1920, 4], ["ru", 1280, 4], ["az", 1100, 2], ["en", 390, 1], ["en", 320, 1], ["az", 320, 1]]) {
  test(`counter cards fill their rows and hold their figures: ${lang} at ${width} px`, async () => {
    const { page, context } = await open(env.browser, `${env.base}?lang=${lang}`, { width, height: 900 });
    const m = await page.evaluate(() => {
      const box = (e) => e.getBoundingClientRect();
      const grid = box(document.querySelector(".counter-grid"));
      const small = [...document.querySelectorAll(".counter:not(.counter-hectares)")].map((c) => {
        const b = box(c), pad = parseFloat(getComputedStyle(c).paddingRight);
        const parts = [...c.querySelectorAll(".value, .unit")].map(box);
        return { top: Math.round(b.top), left: b.left, right: b.right, inner: b.right - pad, rightmost: Math.max(...parts.map((p) => p.right)), figure: Math.round(box(c.querySelector(".value")).bottom) };
      });
      const ha = [".counter-hectares .value", ".counter-hectares .unit"].map((q) => box(document.querySelector(q)));
      return { gridLeft: grid.left, gridRight: grid.right, small, ha: { top: ha[0].top, bottom: ha[0].bottom, unitTop: ha[1].top, unitBottom: ha[1].bottom } };
    });
    const rows = [...new Set(m.small.map((c) => c.top))].map((t) => m.small.filter((c) => c.top === t));
    assert.equal(rows[0].length, perRow, "cards in the first row");
    for (const row of rows) {
      if (row.length === perRow) assert.ok(Math.abs(row.at(-1).right - m.gridRight) < 2, `a full row reaches the grid's right edge: ${row.at(-1).right} vs ${m.gridRight}`);
      assert.equal(new Set(row.map((c) => c.figure)).size, 1, `figures line up across a row: ${row.map((c) => c.figure)}`);
    }
    for (const c of m.small) assert.ok(c.rightmost <= c.inner + 0.5, `a figure or unit runs past its card: ${c.rightmost} > ${c.inner}`);
    // The land figure keeps its unit on its line (the qualifier may go above).
    assert.ok(m.ha.unitTop >= m.ha.top - 1 && m.ha.unitBottom <= m.ha.bottom + 1, `the land figure's unit left its line: ${JSON.stringify(m.ha)}`);
    await context.close();
  });
}

test("sources section lists coverage and the flagged weeks", async () => {
  const { page, context } = await open(env.browser, env.base);
  const rows = await page.locator("[data-testid=coverage-table] tbody tr").count();
  assert.ok(rows >= 6);
  const flagged = await page.locator("[data-testid=flagged-weeks] li").count();
  const expected = readCsv("data/weeks.csv").filter((w) => w.status === "disputed" || w.status === "withheld").length;
  assert.equal(flagged, expected);
  const links = await page.locator("a.source-link").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("rel")]));
  assert.ok(links.length > 0);
  for (const [href, rel] of links) {
    assert.match(href, /^https?:\/\//);
    assert.equal(rel, "noopener noreferrer");
  }
  await context.close();
});

test("range, chart hover and canvas pixels", async () => {
  const { page, context, errors } = await open(env.browser, env.base);
  // The weekly canvas is not blank: count non-background pixels.
  const inked = await page.$eval("[data-testid=chart-weekly]", (c) => {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
    return n;
  });
  assert.ok(inked > 5000, `weekly chart looks blank (${inked} inked pixels)`);
  // Hovering the right end of the plot shows the latest week's tooltip with its source.
  const weeks = readCsv("data/weeks.csv").filter((w) => w.status !== "withheld" && !w.same_report_as);
  const last = weeks.at(-1);
  await page.locator("[data-testid=chart-weekly]").scrollIntoViewIfNeeded();
  const box = await page.locator("[data-testid=chart-weekly]").boundingBox();
  let tip = "";
  for (let dx = 20; dx < 160 && !tip.includes(String(Number(last.hectares).toLocaleString("en-US"))); dx += 1) {
    await page.mouse.move(box.x + box.width - dx, box.y + box.height / 2);
    tip = (await page.locator("[data-testid=weekly-tooltip]").count()) ? await page.locator("[data-testid=weekly-tooltip]").innerText() : "";
  }
  assert.ok(tip.includes(Number(last.hectares).toLocaleString("en-US")), `tooltip: ${tip}`);
  // Last 12 weeks: counters become sums of the weeks in that window.
  await page.click("[data-testid=preset-12w]");
  const end = new Date(weeks.reduce((m, w) => (w.end > m ? w.end : m), ""));
  const from = new Date(end.getTime() - 83 * 86400e3).toISOString().slice(0, 10);
  const inRange = weeks.filter((w) => w.start >= from);
  const sum = inRange.reduce((s, w) => s + (w.hectares ? Number(w.hectares) : 0), 0);
  assert.equal(await page.locator("[data-testid=counter-hectares] .value").innerText(), enAuto(sum, 1));
  await page.screenshot({ path: "artifacts/page-range-12w.png", fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the wasm is requested with the style sheet, not after it", async () => {
  // The inline scripts in <head> wait for the style sheet; the build puts the app's preloads
  // before them (scripts/post-build.mjs, hoistPreloads), so a slow style sheet does not hold
  // back the longest download. The style sheet is answered 600 ms late here.
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route(/\.css$/, async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  const requested = {};
  const t0 = Date.now();
  page.on("request", (r) => {
    const f = r.url().split("/").pop();
    if (f.endsWith("_bg.wasm")) requested.wasm ??= Date.now() - t0;
    if (f.endsWith(".css")) requested.css ??= Date.now() - t0;
  });
  await page.goto(env.base);
  await page.waitForSelector("html[data-ready='1']", { timeout: 10_000 });
  assert.ok(requested.wasm !== undefined && requested.css !== undefined, JSON.stringify(requested));
  assert.ok(requested.wasm < requested.css + 300, `wasm requested at ${requested.wasm} ms, the style sheet at ${requested.css} ms (answered 600 ms later)`);
  await context.close();
});
