// A range change's cost, build against build: two or more release dists served in turn, three
// rounds of 60 preset clicks each, timed as bench.mjs times them (the click's work to the next
// task); prints median and p95 per dist.
//   node bench/ab-range.mjs <distA> <distB>
import { chromium } from "playwright-core";
import { serve } from "../e2e/serve.mjs";
import { CHROMIUM_ARGS } from "../e2e/helpers.mjs";
const dirs = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const res = Object.fromEntries(dirs.map((d) => [d, []]));
for (let round = 0; round < 3; round++) for (const d of dirs) {
  const server = await serve(d, 0);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("html[data-complete='1']");
  await page.waitForTimeout(300);
  const t = await page.evaluate(async () => {
    const ch = new MessageChannel();
    const settled = () => new Promise((r) => { ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
    const presets = ["preset-12w", "preset-year", "preset-all"].map((id) => document.querySelector(`[data-testid=${id}]`));
    const out = [];
    for (let i = 0; i < 60; i++) { const t = performance.now(); presets[i % 3].click(); await settled(); out.push(performance.now() - t); await new Promise((r) => requestAnimationFrame(r)); }
    return out;
  });
  res[d].push(...t);
  await page.context().close(); server.close();
}
const q = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(s.length * p) - 1)]; };
for (const d of dirs) console.log(d, "median", q(res[d], 0.5).toFixed(1), "p95", q(res[d], 0.95).toFixed(1), "n", res[d].length);
await browser.close();
