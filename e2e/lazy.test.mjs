// End to end: the lazy parts (components/lazy.rs, split by scripts/post-build.mjs). The first
// screen loads without them; they load after it, or on first use; a part whose chunk fails to
// load shows a message with a retry and the rest of the page keeps working.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { start, readCsv } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const chunks = readdirSync("dist").filter((f) => f.endsWith(".wasm") && !/^clearance-atlas-/.test(f));
const part = (name) => new RegExp(`/split_${name}-[0-9a-f]{16}\\.wasm$`);

/// A page whose requests are recorded with the time they were made (ms since navigation).
async function recorded(url, viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport, serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, errors };
}

test("the build has the lazy chunks, and the service worker precaches every one", () => {
  for (const name of ["below", "share", "kiosk", "kept"]) assert.ok(chunks.some((f) => part(name).test("/" + f)), `no chunk for ${name}`);
  const sw = readFileSync("dist/sw.js", "utf8");
  for (const f of chunks) assert.ok(sw.includes(`"${f}"`), `sw.js does not precache ${f}`);
  const index = readFileSync("dist/index.html", "utf8");
  for (const f of chunks) assert.ok(!index.includes(f), `index.html names ${f}: it would load with the first screen`);
});

test("the first screen is ready before any lazy chunk is requested; the parts below load after it, the share dialog's when idle, the kiosk's never", async () => {
  const { context, page, errors } = await recorded(env.base);
  await page.goto(env.base);
  await page.waitForSelector("html[data-complete='1']");
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => /split_share/.test(r.name)), null, { timeout: 5000 });
  const t = await page.evaluate(() => ({
    ready: performance.getEntriesByName("atlas-ready")[0].startTime,
    complete: performance.getEntriesByName("atlas-complete")[0].startTime,
    res: performance.getEntriesByType("resource").map((r) => ({ name: r.name, start: r.startTime, end: r.responseEnd })),
  }));
  const lazy = t.res.filter((r) => r.name.endsWith(".wasm") && !/clearance-atlas-/.test(r.name));
  assert.ok(lazy.length >= 2, "the lazy chunks were not loaded");
  for (const r of lazy) assert.ok(r.start >= t.ready, `${r.name} was requested at ${r.start} ms, before ready at ${t.ready} ms`);
  const below = t.res.find((r) => part("below").test(r.name));
  assert.ok(below && below.end <= t.complete, "complete was marked before the parts below had loaded");
  assert.ok(!t.res.some((r) => part("kiosk").test(r.name)), "the kiosk chunk loaded on the standard page");
  assert.ok(!t.res.some((r) => part("kept").test(r.name)), "the kept data's loader was fetched by a page without kept data");
  for (const id of ["chart-annual", "chart-monthly", "table-section", "method", "data-loader"]) {
    assert.equal(await page.locator(`[data-testid=${id}]`).count(), 1, `${id} is missing`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a chunk that fails to load: a message with a retry, the first screen keeps working, one retry brings every part back", async () => {
  const { context, page } = await recorded(env.base);
  let fail = true;
  await page.route(part("below"), (route) => (fail ? route.abort() : route.continue()));
  await page.goto(env.base);
  await page.waitForSelector("html[data-complete='1']");
  await page.waitForSelector("[data-testid=part-failed]");
  // Each part below fails, or waits for the notes that chunk reads.
  const failed = await page.locator("[data-testid=part-failed]").count();
  const waiting = await page.locator(".part-loading[data-part]").count();
  assert.ok(failed >= 1 && failed + waiting >= 4, `expected the parts below to fail or wait: ${failed} failed, ${waiting} wait`);
  assert.match(await page.locator("[data-testid=part-failed]").first().innerText(), /could not be loaded/);
  assert.equal(await page.locator("[data-testid=chart-annual]").count(), 0);
  // The cards that pointing shows (map and weekly chart) are in that chunk too: missing, they
  // leave no message over the map or the chart, and the map still answers the pointer.
  const district = page.locator("path.district").first();
  await district.hover();
  await page.waitForTimeout(300);
  assert.equal(await page.locator("[data-testid=map-tooltip]").count(), 0);
  assert.equal(await page.locator(".map-wrap [data-part], .chart-wrap [data-part]").count(), 0, "a loading or failure message over the map or chart");
  // The first screen still works: a preset changes the counters.
  const before = await page.locator("[data-testid=counter-hectares] .value").innerText();
  await page.click("[data-testid=preset-year]");
  await page.waitForFunction((b) => document.querySelector("[data-testid=counter-hectares] .value")?.innerText !== b, before);
  fail = false;
  await page.locator("[data-testid=part-retry]").first().click();
  await page.waitForSelector("[data-testid=chart-annual]");
  await page.waitForFunction(() => !document.querySelector("[data-testid=part-failed]"));
  for (const id of ["chart-monthly", "table-section", "method", "data-loader"]) {
    assert.equal(await page.locator(`[data-testid=${id}]`).count(), 1, `${id} did not come back`);
  }
  await page.mouse.move(0, 0);
  await district.hover();
  await page.waitForSelector("[data-testid=map-tooltip]");
  await context.close();
});

test("the share dialog's chunk fails: a message where the dialog opens, then the dialog on retry", async () => {
  const { context, page, errors } = await recorded(env.base);
  let fail = true;
  await page.route(part("share"), (route) => (fail ? route.abort() : route.continue()));
  await page.goto(env.base);
  await page.waitForSelector("html[data-complete='1']");
  await page.click("[data-testid=share-button]");
  await page.waitForSelector("[data-part=share][data-testid=part-failed]");
  fail = false;
  await page.click("[data-part=share] [data-testid=part-retry]");
  await page.waitForSelector("[data-testid=share-dialog]");
  assert.deepEqual(errors, []);
  await context.close();
});

test("kiosk: its chunk fails once and the kiosk heals itself, with no input", async () => {
  const { context, page } = await recorded(`${env.base}?kiosk=1`, { width: 1920, height: 1080 });
  let failures = 0;
  await page.route(part("kiosk"), (route) => (failures++ === 0 ? route.abort() : route.continue()));
  await page.goto(`${env.base}?kiosk=1&interval=5`);
  await page.waitForSelector("[data-part=kiosk][data-testid=part-failed]");
  await page.waitForFunction(() => document.documentElement.dataset.scene === "counters", null, { timeout: 15_000 });
  assert.equal(await page.locator("[data-testid=part-failed]").count(), 0);
  assert.equal(failures, 2);
  await context.close();
});

// The message catalogues (src/web/catalogue.rs): one file per language beside the wasm.
const catalogue = (lang) => new RegExp(`/i18n-${lang}-[0-9a-f]{16}\\.txt$`);

test("the first screen fetches its reader's language only; another loads on a switch; all are precached", async () => {
  const sw = readFileSync("dist/sw.js", "utf8");
  for (const lang of ["az", "en", "ru"]) {
    const f = readdirSync("dist").find((x) => catalogue(lang).test("/" + x));
    assert.ok(f && sw.includes(`"${f}"`), `sw.js does not precache the ${lang} catalogue`);
  }
  const { context, page, errors } = await recorded(`${env.base}?lang=ru`);
  const asked = [];
  page.on("request", (r) => { if (/\/i18n-/.test(r.url())) asked.push(r.url()); });
  await page.goto(`${env.base}?lang=ru`);
  await page.waitForSelector("html[data-ready='1']");
  assert.equal(asked.length, 1, `catalogues fetched: ${asked.join(", ")}`);
  assert.match(asked[0], catalogue("ru"));
  assert.equal(await page.locator("h1").innerText(), "Разминирование на освобождённых территориях Азербайджана");
  await page.click("[data-testid=lang-az]");
  await page.waitForFunction(() => document.documentElement.lang === "az");
  assert.equal(await page.locator("h1").innerText(), "Azərbaycanın azad edilmiş ərazilərində minatəmizləmə");
  assert.ok(asked.some((u) => catalogue("az").test(u)));
  // Back to a language already shown: nothing fetched again.
  const n = asked.length;
  await page.click("[data-testid=lang-ru]");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  assert.equal(asked.length, n);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a language that cannot be fetched: the page keeps its language and says so; the next try works", async () => {
  const { context, page, errors } = await recorded(env.base);
  let fail = true;
  await page.route(catalogue("ru"), (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`${env.base}?lang=en`);
  await page.waitForSelector("html[data-ready='1']");
  await page.click("[data-testid=lang-ru]");
  await page.waitForFunction(() => document.querySelector(".lang-error")?.textContent.length > 0);
  assert.equal(await page.locator(".lang-error").innerText(), "This language could not be loaded. Check the connection and try again.");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.locator("[data-testid=lang-en]").getAttribute("aria-pressed"), "true");
  fail = false;
  await page.click("[data-testid=lang-ru]");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  assert.equal(await page.locator(".lang-error").innerText(), "");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the page's own catalogue cannot be fetched: the trilingual stop message, never a blank page", async () => {
  const { context, page } = await recorded(env.base);
  await page.route(/\/i18n-/, (route) => route.abort());
  await page.goto(`${env.base}?lang=az`);
  await page.waitForSelector("#crash:not([hidden])");
  assert.match(await page.locator("#crash").innerText(), /Something went wrong.*Xəta baş verdi.*Произошла ошибка/s);
  await context.close();
});

// The first-screen digest (src/data/digest/): the main module carries the data without the
// weeks' notes; the notes file beside the app is read after the first screen is ready.
const notesFile = /\/weeks-[0-9a-f]{16}\.csv$/;

test("the weeks' notes are not in the main module; their file loads after ready, is precached, and a failed fetch heals", async () => {
  const main = readdirSync("dist").find((f) => /^clearance-atlas-[0-9a-f]+_bg\.wasm$/.test(f));
  const wasm = readFileSync(join("dist", main)).toString("utf8");
  const weeks = readCsv("data/weeks.csv");
  // The method section lists the disputed and withheld weeks with their reasons.
  const reasons = weeks.filter((w) => w.status === "disputed" || w.status === "withheld").map((w) => w.reason_ru).filter((r) => r && r.length > 30);
  assert.ok(reasons.length > 3, "the data has reasons to look for");
  for (const r of reasons) assert.ok(!wasm.includes(r), `the main module carries a reason: ${r.slice(0, 40)}`);
  const notes = readdirSync("dist").find((f) => notesFile.test("/" + f));
  assert.ok(notes && readFileSync("dist/sw.js", "utf8").includes(`"${notes}"`), "sw.js does not precache the notes file");
  assert.equal(readFileSync(join("dist", notes), "utf8"), readFileSync("data/weeks.csv", "utf8"));
  // The monthly figures and casualty counts come in the totals' notes file, not the main module.
  const totals = readdirSync("dist").find((f) => /^totals-[0-9a-f]{16}\.csv$/.test(f));
  assert.ok(totals && readFileSync("dist/sw.js", "utf8").includes(`"${totals}"`), "sw.js does not precache the totals file");
  const rows = readCsv("data/totals.csv");
  const urlsOf = (kinds) => new Set(rows.filter((r) => kinds.includes(r.kind)).map((r) => /<([^>]+)>/.exec(r.source)?.[1]).filter(Boolean));
  const early = urlsOf(["annual", "cumulative", "district_year", "district_period", "district_share", "context"]);
  const late = [...urlsOf(["monthly", "victims"])].filter((u) => !early.has(u) && !weeks.some((w) => w.sources.includes(u)));
  assert.ok(late.length > 5, "the data has sources only the later totals cite");
  for (const u of late) assert.ok(!wasm.includes(u), `the main module carries a later total's source: ${u}`);
  for (const u of late) assert.ok(readFileSync(join("dist", totals), "utf8").includes(u), `the totals file lacks ${u}`);

  // A range's figures are sums of weeks, whose sources come with the notes.
  const url = `${env.base}?lang=ru&from=2025-01-01&to=2025-12-31`;
  const { context, page, errors } = await recorded(url);
  let fail = true;
  await page.route(notesFile, (route) => (fail ? route.abort() : route.continue()));
  await page.goto(url);
  await page.waitForSelector("html[data-ready='1']");
  // The notes are missing: the method section waits (a loading note), the first screen works.
  await page.waitForSelector("html[data-complete='1']");
  await page.waitForSelector("[data-part=method].part-loading", { state: "attached" });
  assert.equal(await page.locator("[data-testid=method]").count(), 0);
  // Until then the range's counters say their sources are loading, never a bare label.
  const ha = page.locator("[data-testid=counter-hectares]");
  assert.equal(await ha.locator("[data-testid=sources-pending]").textContent(), "Источники загружаются…");
  assert.equal(await ha.locator("a.source-link").count(), 0);
  fail = false;
  await page.waitForSelector("[data-testid=method]", { state: "attached", timeout: 20_000 });
  // Then they cite the weeks of the range, as the file has them.
  const urls = new Set(weeks.filter((w) => w.start >= "2025-01-01" && w.end <= "2025-12-31").flatMap((w) => [...w.sources.matchAll(/<([^>]+)>/g)].map((m) => m[1])));
  await ha.locator("a.source-link").first().waitFor();
  assert.equal(await ha.locator("[data-testid=sources-pending]").count(), 0);
  for (const href of await ha.locator("a.source-link").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
    assert.ok(urls.has(href), `the counter cites ${href}, not a week of 2025`);
  const text = await page.locator("[data-testid=method]").textContent();
  for (const r of reasons) assert.ok(text.includes(r), `the method section lacks: ${r.slice(0, 40)}`);
  const t = await page.evaluate(() => ({
    ready: performance.getEntriesByName("atlas-ready")[0].startTime,
    notes: performance.getEntriesByType("resource").filter((r) => /weeks-/.test(r.name)).map((r) => r.startTime),
  }));
  for (const s of t.notes) assert.ok(s >= t.ready, `the notes were requested at ${s} ms, before ready at ${t.ready} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});
