// End to end: "Print bulletin" gives one A4 page and one US Letter page, in az, en and ru, whose
// text holds the headline figures exactly as the screen shows them, whether printed right after
// the page became ready or after a count-up. Text comes from poppler's pdftotext (apt).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { start } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const METRICS = ["hectares", "anti-personnel", "anti-tank", "uxo", "total"];

function pdfText(buf, name) {
  const path = `artifacts/${name}.pdf`;
  writeFileSync(path, buf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))[1]);
  // Layout mode keeps each figure's digits together; spaces of every width become plain ones.
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).replace(/[\u00a0\u202f\u2009]/g, " ");
  return { pages, text };
}

const screenFigures = (page) =>
  Promise.all(METRICS.map((m) => page.locator(`[data-testid=counter-${m}] .value`).evaluate((e) => e.textContent.replace(/[\u00a0\u202f\u2009]/g, " "))));

async function openPage(lang, motion) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: motion });
  const page = await context.newPage();
  await page.goto(`${env.base}?lang=${lang}`);
  await page.waitForSelector("html[data-ready='1']");
  return { context, page };
}

for (const lang of ["az", "en", "ru"]) {
  test(`print bulletin in ${lang}: one A4 and one Letter page with the figures as shown`, async () => {
    // Straight after data-ready, animations allowed: what prints is the final figure.
    const { context, page } = await openPage(lang, "no-preference");
    const early = pdfText(await page.pdf({ format: "A4", printBackground: true }), `print-${lang}-early-A4`);
    await page.waitForSelector("html[data-complete='1']");
    const figures = await screenFigures(page);
    assert.equal(early.pages, 1, "early A4 print is one page");
    for (const f of figures) assert.ok(early.text.includes(f), `early print lacks ${f}`);
    // The dialog's button asks the browser to print (headless Chromium would hold the page in
    // its print state, so the call is recorded instead); then to paper, as the dialog would.
    await page.evaluate(() => { window.print = () => { window.__printAsked = true; }; });
    await page.click("[data-testid=share-button]");
    await page.click("[data-testid=print-bulletin]");
    assert.equal(await page.evaluate(() => window.__printAsked), true);
    for (const format of ["A4", "Letter"]) {
      const { pages, text } = pdfText(await page.pdf({ format, printBackground: true }), `print-${lang}-${format}`);
      assert.equal(pages, 1, `${format}: one page`);
      for (const f of figures) assert.ok(text.includes(f), `${format}: ${f} missing`);
      assert.ok(!text.includes("Embed"), `${format}: nothing interactive printed`);
    }
    // Mid count-up after a range change: still the final figures.
    await page.keyboard.press("Escape");
    await page.click("[data-testid=preset-year]");
    const during = pdfText(await page.pdf({ format: "A4", printBackground: true }), `print-${lang}-during-A4`);
    await page.waitForTimeout(1200);
    for (const f of await screenFigures(page)) assert.ok(during.text.includes(f), `mid-animation print lacks ${f}`);
    await context.close();
  });
}

test("print draws the charts at print resolution, not a stretched screen canvas", async () => {
  const { context, page } = await openPage("en", "reduce");
  await page.waitForSelector("html[data-complete='1']");
  const screen = await page.$eval("[data-testid=chart-weekly]", (c) => c.width);
  // Listeners run in registration order: the app's own, registered at start, redraw first.
  const printed = page.evaluate(() => new Promise((ok) => {
    addEventListener("beforeprint", () => { window.__w = document.querySelector("[data-testid=chart-weekly]").width; }, { once: true });
    addEventListener("afterprint", () => ok(window.__w), { once: true });
  }));
  await page.pdf({ format: "A4" });
  const w = await printed;
  assert.ok(w >= 2000, `printed bitmap ${w}px wide`);
  assert.equal(await page.$eval("[data-testid=chart-weekly]", (c) => c.width), screen, "back to the screen size after printing");
  await context.close();
});
