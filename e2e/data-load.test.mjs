// End to end: loading data files through the file picker — bad files are listed with line and
// reason and change nothing; a good file replaces the weekly data with a reset banner.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { start, open, newerWeeks } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const BAD = [
  ["hectares-two-commas.csv", /line 2, column \d+: hectares '12,5,0' is not a number/],
  ["source-javascript-url.csv", /'javascript:alert\(1\)' is not an http\(s\) URL/],
  ["dates-reversed.csv", /ends before it starts/],
  ["semicolon-not-weekly.csv", /a table of 3 semicolon-separated columns beginning “Week;Mines;Hectares”/],
  ["workbook.xlsx", /spreadsheet workbook/],
  ["script-tag-in-url.csv", /is not an http\(s\) URL/],
];

test("bad files are rejected with every problem listed and the figures kept", async () => {
  const { page, context, errors, csp } = await open(env.browser, env.base);
  await page.click("[data-testid=preset-year]");
  const before = await page.locator("[data-testid=counter-hectares] .value").innerText();
  for (const [file, re] of BAD) {
    await page.setInputFiles("[data-testid=data-file]", `tests/bad-files/${file}`);
    await page.waitForSelector("[data-testid=load-errors]");
    const text = await page.locator("[data-testid=load-errors]").innerText();
    assert.match(text, re, file);
    assert.equal(await page.locator("[data-testid=counter-hectares] .value").innerText(), before);
    assert.equal(await page.locator("[data-testid=custom-banner]").count(), 0);
  }
  // Text from a file is shown as text: no element was injected.
  assert.equal(await page.locator("[data-testid=load-errors] script, [data-testid=load-errors] img").count(), 0);
  // In Russian the reasons are Russian.
  await page.click("[data-testid=lang-ru]");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  assert.match(await page.locator("[data-testid=load-errors]").innerText(), /строка/);
  assert.deepEqual(errors, []);
  assert.deepEqual(await csp(), []);
  await context.close();
});

test("a good file replaces the weekly data until reset", async () => {
  const file = newerWeeks("artifacts/newer-weeks.csv");
  const { page, context } = await open(env.browser, env.base);
  await page.setInputFiles("[data-testid=data-file]", file);
  await page.waitForSelector("[data-testid=custom-banner]");
  await page.click("[data-testid=preset-all]");
  await page.click("[data-testid=preset-year]");
  assert.equal(await page.locator("[data-testid=counter-hectares] .value").innerText(), "1,334.5");
  await page.click("#data-table summary");
  assert.equal(await page.locator("[data-testid=data-table] tbody tr").count(), 2);
  await page.click("[data-testid=reset-data]");
  assert.equal(await page.locator("[data-testid=custom-banner]").count(), 0);
  assert.ok(await page.locator("[data-testid=data-table] tbody tr").count() > 100);
  await context.close();
});

test("?data= loads a file shipped beside the app (kiosks); other origins are refused", async () => {
  const { rmSync } = await import("node:fs");
  writeFileSync("dist/e2e-data.csv", [
    "start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,reason,sources",
    "2026-03-09,2026-03-15,5,6,7,1234.5,,single-source,,Test outlet <https://example.org/a>",
  ].join("\n") + "\n");
  try {
    const { page, context } = await open(env.browser, `${env.base}?data=e2e-data.csv`);
    await page.waitForSelector("[data-testid=custom-banner]");
    await context.close();
    const evil = await open(env.browser, `${env.base}?data=https%3A%2F%2Fevil.example%2Fx.csv`);
    await evil.page.waitForTimeout(300);
    assert.equal(await evil.page.locator("[data-testid=custom-banner]").count(), 0);
    assert.deepEqual(evil.foreign, []);
    await evil.context.close();
  } finally {
    rmSync("dist/e2e-data.csv", { force: true });
  }
});

test("a kept file is the data of the next visit from its first frame; its loader is fetched only then", async () => {
  const file = newerWeeks("artifacts/kept-weeks.csv");
  const { page, context } = await open(env.browser, env.base);
  await page.check(".data-loader .keep input");
  await page.setInputFiles("[data-testid=data-file]", file);
  await page.waitForSelector("[data-testid=custom-banner]");
  const asked = [];
  page.on("request", (r) => asked.push(r.url()));
  await page.goto(`${env.base}?from=2026-03-09&to=2026-03-22`);
  // At data-ready, before anything else can change them, the counters are the kept file's.
  await page.waitForSelector("html[data-ready='1']");
  const atReady = await page.evaluate(() => document.querySelector("[data-testid=counter-hectares] .value")?.innerText);
  assert.equal(atReady, "1,334.5");
  assert.ok(asked.some((u) => /\/split_kept-[0-9a-f]{16}\.wasm$/.test(u)), "the kept data's loader was not fetched");
  await page.click("[data-testid=reset-data]");
  await context.close();
});
