// The time-lapse (Play): the range's end moves from the first reported period to the latest,
// the counters follow as sums of the reported weeks, the address bar waits until it stops.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, readCsv } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const weeks = readCsv("data/weeks.csv").filter((w) => w.status !== "withheld" && !w.same_report_as);
const sum = (ws) => ws.reduce((s, w) => s + (w.hectares ? Number(w.hectares) : 0), 0);
/// A counter's figure (written with up to one decimal) against the sum of the weeks' hectares.
const near = (text, v) => assert.ok(Math.abs(Number(text.replace(/,/g, "")) - v) <= 0.05, `${text} is not ${v}`);

test("Play moves the range week by week to the latest, the counters sum the weeks, and it stops at the end", async () => {
  const { page, errors, context } = await open(env.browser, env.base);
  const ha = () => page.locator("[data-testid=counter-hectares] .value").innerText();
  const to = () => page.locator("[data-testid=range-to]").inputValue();
  const max = Number(await page.locator("[data-testid=range-to]").getAttribute("max"));
  await page.selectOption("[data-testid=play-pace]", "fast");
  await page.click("[data-testid=play]");
  assert.equal(await page.locator("[data-testid=play]").getAttribute("aria-pressed"), "true");
  assert.match(await page.locator("[data-testid=play]").innerText(), /Pause/);
  // Early on: a short range from the first period, its hectares the sum of its weeks.
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=range-to]").value) >= 3);
  await page.click("[data-testid=play]");
  const early = Number(await to());
  assert.ok(early < max / 2, `paused at stop ${early} of ${max}`);
  const search = new URL(page.url()).searchParams;
  const end = search.get("to");
  assert.equal(search.get("from"), weeks[0].start, "paused: the address has the range");
  near(await ha(), sum(weeks.filter((w) => w.end <= end)));
  // Resumed, the address waits while it plays, and the sums grow to the whole series.
  await page.click("[data-testid=play]");
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=range-to]").value) > 0);
  await page.waitForTimeout(500);
  assert.equal(new URL(page.url()).searchParams.get("to"), end, "the address moved while playing");
  await page.waitForFunction(() => document.querySelector("[data-testid=play]").getAttribute("aria-pressed") === "false", null, { timeout: 20_000 });
  assert.equal(Number(await to()), max);
  near(await ha(), sum(weeks));
  assert.ok(new URL(page.url()).searchParams.get("to"), "stopped: the address has the range");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Space plays and pauses; moving the slider stops the time-lapse", async () => {
  const { page, errors, context } = await open(env.browser, `${env.base}?lang=ru`);
  assert.equal(await page.locator("[data-testid=play]").innerText(), "▶ Воспроизвести");
  await page.keyboard.press("Space");
  assert.equal(await page.locator("[data-testid=play]").getAttribute("aria-pressed"), "true");
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=range-to]").value) >= 2);
  await page.locator("[data-testid=range-to]").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.locator("[data-testid=play]").getAttribute("aria-pressed"), "false");
  const at = await page.locator("[data-testid=range-to]").inputValue();
  await page.waitForTimeout(400);
  assert.equal(await page.locator("[data-testid=range-to]").inputValue(), at, "still moving after the slider was moved");
  assert.deepEqual(errors, []);
  await context.close();
});
