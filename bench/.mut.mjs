import { chromium } from "playwright-core";
import { serve } from "../e2e/serve.mjs";
import { CHROMIUM_ARGS } from "../e2e/helpers.mjs";
const server = await serve(process.argv[2], 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(base);
await page.waitForSelector("html[data-complete='1']");
await page.waitForTimeout(500);
const r = await page.evaluate(async () => {
  const by = {};
  const key = (n) => { let e = n.nodeType === 1 ? n : n.parentElement; while (e && !e.dataset?.testid) e = e.parentElement; return e ? e.dataset.testid : "?"; };
  const obs = new MutationObserver((ms) => { for (const m of ms) { const k = key(m.target) + ":" + m.type + (m.type === "attributes" ? "." + m.attributeName : ""); by[k] = (by[k] || 0) + (m.addedNodes?.length || 0) + (m.removedNodes?.length || 0) + (m.type !== "childList" ? 1 : 0); } });
  obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const presets = ["preset-12w", "preset-year", "preset-all"].map((id) => document.querySelector(`[data-testid=${id}]`));
  for (let i = 0; i < 3; i++) { presets[i % 3].click(); await new Promise((r) => setTimeout(r, 50)); }
  await new Promise((r) => setTimeout(r, 50));
  obs.disconnect();
  return Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 30);
});
for (const [k, v] of r) console.log(v, k);
await browser.close(); server.close();
