// End to end: the release build in Debian's Chromium at phone, desktop and kiosk sizes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, latestCumulative, en, readCsv } from "./helpers.mjs";

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
    const { page, errors, foreign, context } = await open(env.browser, env.base, viewport);
    const c = latestCumulative();
    const value = (id) => page.locator(`[data-testid=counter-${id}] .value`).innerText();
    assert.equal(await value("hectares"), en(c.hectares, 1));
    assert.equal(await value("anti-personnel"), en(c.anti_personnel));
    assert.equal(await value("anti-tank"), en(c.anti_tank));
    assert.equal(await value("uxo"), en(c.uxo));
    assert.equal(await value("total"), en(c.anti_personnel + c.anti_tank + c.uxo));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    await page.screenshot({ path: `artifacts/page-${name}.png`, fullPage: true });
    assert.deepEqual(errors, [], "console errors");
    assert.deepEqual(foreign, [], "requests to other origins");
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
