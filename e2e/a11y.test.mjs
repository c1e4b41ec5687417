// Accessibility end to end: axe-core (WCAG 2.2 AA rules) on every view in each language, a
// keyboard-only walk, and phone screenshots in az and ru.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { start, open } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const VIEWS = [
  ["default", ""],
  ["district", "district=fuzuli"],
  ["table", "", async (page) => { await page.click("#data-table summary"); }],
  ["embed", "embed=1"],
  ["kiosk", "kiosk=1"],
];

async function axe(page) {
  const r = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target} — ${v.help}`);
}

for (const lang of ["az", "en", "ru"]) {
  for (const [name, q, act] of VIEWS) {
    test(`axe: no violations, ${name} view, ${lang}`, async () => {
      const url = `${env.base}?${[q, `lang=${lang}`].filter(Boolean).join("&")}`;
      const { page, context } = await open(env.browser, url, { width: 1280, height: 900 });
      if (act) await act(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  }
}

test("keyboard only: skip link, map, range control and language switcher", async () => {
  const { page, context } = await open(env.browser, env.base);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
  // Tab until a district has focus, then select it with Enter.
  let focused = "";
  for (let i = 0; i < 60 && !focused.startsWith("district-"); i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.dataset?.testid ?? "");
  }
  assert.match(focused, /^district-/);
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute(`[data-testid=${focused}]`, "data-selected"), "true");
  await page.keyboard.press("Escape");
  assert.equal(await page.getAttribute(`[data-testid=${focused}]`, "data-selected"), "false");
  // On to a range preset, operated with Enter.
  for (let i = 0; i < 80 && focused !== "preset-12w"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.dataset?.testid ?? "");
  }
  assert.equal(focused, "preset-12w");
  await page.keyboard.press("Enter");
  assert.match(await page.locator("[data-testid=counters-basis]").innerText(), /Sum of/);
  // Back to the language switcher with Shift+Tab.
  for (let i = 0; i < 120 && focused !== "lang-ru"; i++) {
    await page.keyboard.press("Shift+Tab");
    focused = await page.evaluate(() => document.activeElement?.dataset?.testid ?? "");
  }
  assert.equal(focused, "lang-ru");
  await page.keyboard.press("Enter");
  // A language not shown yet is fetched first (its catalogue file): wait for it, briefly.
  await page.waitForFunction(() => document.documentElement.lang === "ru", null, { timeout: 5000 });
  await context.close();
});

for (const lang of ["az", "ru"]) {
  test(`phone screenshot in ${lang}: no horizontal overflow`, async () => {
    const { page, context } = await open(env.browser, `${env.base}?lang=${lang}`, { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `overflow ${overflow}px`);
    await page.screenshot({ path: `artifacts/phone-${lang}.png`, fullPage: true });
    await context.close();
  });
}

test("the data table sorts by a column, gaps last", async () => {
  const { page, context } = await open(env.browser, env.base);
  await page.click("#data-table summary");
  await page.click("[data-testid=sort-4]");
  const { readCsv } = await import("./helpers.mjs");
  const max = Math.max(...readCsv("data/weeks.csv").filter((w) => w.hectares).map((w) => Number(w.hectares)));
  const first = await page.locator("[data-testid=data-table] tbody tr:first-child td:nth-of-type(4)").innerText();
  assert.equal(first.replace(/[^\d.]/g, ""), String(max));
  assert.equal(await page.getAttribute("[data-testid=sort-4] >> xpath=..", "aria-sort"), "descending");
  const last = await page.locator("[data-testid=data-table] tbody tr:last-child td:nth-of-type(4)").innerText();
  assert.equal(last, "—");
  await context.close();
});
