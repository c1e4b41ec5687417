// Where the start goes: the browser's sampling profiler over a cold load (4× CPU slowdown, as
// the mobile profile) of a build with the Rust names kept, up to `data-ready`; prints the
// inclusive time of our and the frameworks' functions and the self time of the top ones.
//   node bench/profile-start.mjs <named dist> [after]
// With `after`: from `data-ready` to a second after `data-complete` instead (what runs once the
// app answers: the lazy parts, the notes; what Lighthouse's blocking time sees after ready).
import { chromium } from "playwright-core";
import { serve } from "../e2e/serve.mjs";
import { CHROMIUM_ARGS } from "../e2e/helpers.mjs";
const server = await serve(process.argv[2], 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
const after = process.argv[3] === "after";
if (!after) await cdp.send("Profiler.start");
await page.goto(base);
await page.waitForSelector("html[data-ready='1']", { timeout: 60_000 });
if (after) {
  await cdp.send("Profiler.start");
  await page.waitForSelector("html[data-complete='1']", { timeout: 60_000 });
  await page.waitForTimeout(1000);
}
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas, self = new Map(), incl = new Map();
const name = (n) => (n.callFrame.functionName || n.callFrame.url.split("/").pop() || "(anon)").replace(/\[[0-9a-f]{16}\]/g, "");
let total = 0;
profile.samples.forEach((id, i) => {
  const n = byId.get(id); const nm = name(n); const t = dt[i] ?? 0;
  if (nm === "(idle)") return;
  total += t; self.set(nm, (self.get(nm) ?? 0) + t);
  const seen = new Set(); let x = id;
  while (x !== undefined) { const m = name(byId.get(x)); if (!seen.has(m)) { seen.add(m); incl.set(m, (incl.get(m) ?? 0) + t); } x = parent.get(x); }
});
console.log("busy ms", (total / 1000).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log("self", (v / 1000).toFixed(1), k.slice(0, 150));
for (const [k, v] of [...incl].filter(([k]) => /clearance_atlas/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log("incl", (v / 1000).toFixed(1), k.slice(0, 170));
await browser.close(); server.close();
