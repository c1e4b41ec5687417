// The main thread's long tasks over a cold load of a build with the Rust names kept, each with
// the functions that ran longest in it (self time), up to a second after `data-complete`. Tasks
// over 50 ms in Lighthouse's mobile simulation (4× CPU) are those over 12.5 ms here.
//   node bench/profile-tasks.mjs <named dist> [min ms, default 10] [cpu rate, default 1]
import { chromium } from "playwright-core";
import { serve } from "../e2e/serve.mjs";
import { CHROMIUM_ARGS } from "../e2e/helpers.mjs";
const min = Number(process.argv[3] ?? 10) * 1000;
const rate = Number(process.argv[4] ?? 1);
const server = await serve(process.argv[2], 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
if (rate !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
const events = [];
cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline,blink.user_timing", transferMode: "ReportEvents" });
await cdp.send("Profiler.start");
await page.goto(base);
await page.waitForSelector("html[data-complete='1']", { timeout: 60_000 });
await page.waitForTimeout(1000);
const { profile } = await cdp.send("Profiler.stop");
await cdp.send("Tracing.end");
await done;
// The renderer's main thread: the one that parsed the HTML.
const main = events.find((e) => e.name === "ParseHTML");
const tasks = events.filter((e) => e.tid === main.tid && e.pid === main.pid && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.ph === "X" && e.dur > min).sort((a, b) => a.ts - b.ts);
const marks = events.filter((e) => e.cat?.includes("blink.user_timing") && /atlas/.test(e.name)).map((e) => [e.name, e.ts]);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const name = (n) => (n.callFrame.functionName || n.callFrame.url.split("/").pop() || "(anon)").replace(/\[[0-9a-f]{16}\]/g, "").replace(/^clearance_atlas::/, "");
let ts = profile.startTime; const samples = profile.samples.map((id, i) => { ts += profile.timeDeltas[i]; return [ts, id, (profile.timeDeltas[i + 1] ?? 0) / 1000]; });
const t0 = tasks[0]?.ts ?? 0;
let lost = 0;
for (const k of tasks) {
  const self = new Map();
  for (const [t, id, d] of samples) if (t >= k.ts && t < k.ts + k.dur) { const nm = name(byId.get(id)); if (nm !== "(idle)") self.set(nm, (self.get(nm) ?? 0) + d); }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, v]) => `${v.toFixed(1)} ${n.slice(0, 70)}`).join(" | ");
  const over = Math.max(0, k.dur / 1000 * 4 - 50); lost += over;
  console.log(`+${((k.ts - t0) / 1000).toFixed(0)} ms, ${(k.dur / 1000).toFixed(1)} ms (×4 over 50: ${over.toFixed(0)}): ${top}`);
  // The browser's own work in it, from the trace (inclusive times; nested events overlap).
  const own = new Map();
  for (const e of events) if (e.tid === main.tid && e.pid === main.pid && e.ph === "X" && e.ts >= k.ts && e.ts < k.ts + k.dur && e !== k && !/RunTask/.test(e.name)) own.set(e.name, (own.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  console.log("    trace:", [...own].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, v]) => `${v.toFixed(1)} ${n}`).join(" | "));
}
for (const [n, t] of marks) console.log("mark", n, `+${((t - t0) / 1000).toFixed(0)} ms`);
console.log("blocking, 4× simulated from these tasks:", lost.toFixed(0), "ms");
const ready = marks.find(([n]) => n === "atlas-ready")?.[1] ?? Infinity;
const over = (k) => Math.max(0, k.dur / 1000 * 4 - 50);
const before = tasks.filter((k) => k.ts < ready).reduce((a, k) => a + over(k), 0);
console.log("blocking before / after data-ready:", before.toFixed(0), (lost - before).toFixed(0), "ms");
await browser.close(); server.close();
