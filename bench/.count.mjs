import { chromium } from "playwright-core";
import { serve } from "../e2e/serve.mjs";
import { CHROMIUM_ARGS } from "../e2e/helpers.mjs";
const server = await serve(process.argv[2], 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.addInitScript(() => {
  const d = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, "font");
  window.__fonts = [];
  Object.defineProperty(CanvasRenderingContext2D.prototype, "font", { get: d.get, set(v) { window.__fonts.push(this.canvas.dataset.testid || this.canvas.parentElement?.dataset?.testid || "?"); window.__fontv = (window.__fontv||{}); window.__fontv[v]=(window.__fontv[v]||0)+1; d.set.call(this, v); } });
});
await page.goto(base);
await page.waitForSelector("html[data-complete='1']");
await page.waitForTimeout(500);
const r = await page.evaluate(async () => {
  window.__fonts = []; window.__fontv = {};
  const presets = ["preset-12w", "preset-year", "preset-all"].map((id) => document.querySelector(`[data-testid=${id}]`));
  for (let i = 0; i < 3; i++) { presets[i % 3].click(); await new Promise((r) => setTimeout(r, 50)); }
  const by = {}; for (const f of window.__fonts) by[f] = (by[f] || 0) + 1;
  return { n: window.__fonts.length, by, v: window.__fontv };
});
console.log(JSON.stringify(r, null, 1));
await browser.close(); server.close();
