// Where a range change's time goes: the browser's sampling profiler over 90 preset clicks on a
// build with the Rust names kept (ATLAS_KEEP_NAMES=1 trunk build --release --offline --dist DIR),
// printed by self time; with "incl", the inclusive time of our and plotters' functions.
//   node bench/profile-range.mjs <dist> [incl]
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
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
await page.evaluate(async () => {
  const ch = new MessageChannel();
  const settled = () => new Promise((r) => { ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
  const presets = ["preset-12w", "preset-year", "preset-all"].map((id) => document.querySelector(`[data-testid=${id}]`));
  for (let i = 0; i < 90; i++) { presets[i % 3].click(); await settled(); await new Promise((r) => requestAnimationFrame(r)); }
});
const { profile } = await cdp.send("Profiler.stop");
const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
let total = 0;
for (const [id, t] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url.split("/").pop() || "(anon)"; if (name === "(idle)" || name === "(program)") continue; total += t; self.set(name, (self.get(name) ?? 0) + t); }
console.log("total ms", (total / 1000).toFixed(1));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let x = id; while (x !== undefined) { const n = byId.get(x); const nm = (n.callFrame.functionName || "(anon)").replace(/\[[0-9a-f]{16}\]/g, ""); if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + (dt[i] ?? 0)); } x = parent.get(x); } });
if (process.argv[3] === "incl") { for (const [k, v] of [...incl].filter(([k]) => /clearance_atlas|plotters/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log("incl", (v / 1000).toFixed(1), k.slice(0, 200)); process.exit(0); }
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1), k.replace(/\[[0-9a-f]{16}\]/g, "").slice(0, 170));
await browser.close(); server.close();
