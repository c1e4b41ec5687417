// The atlas beside the ECharts peer (../shared/peer-echarts: the same first screen drawn the
// usual JavaScript way, from the same reference data), in one run, from the same server code
// with the same brotli, alternating cold loads, desktop and the mobile profile.
// Prints one line per figure ("name value unit"), then the ratios atlas / peer.
//   node bench/peer.mjs [--runs N]     (scripts/bench.sh runs it after bench.mjs)
// Needs a release build in dist/. Builds the peer into bench/.peer/ (npm ci, prep.py, esbuild);
// the shared folder itself is never written to.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { resolve, join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../e2e/serve.mjs";
import { CHROMIUM_ARGS } from "../e2e/helpers.mjs";
import { coldPage, recordTransfer, shownAt, SHOWN_FROM } from "./profile.mjs";
import { precompress } from "../scripts/precompress.mjs";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const out = (name, value, unit) => console.log(`${name} ${typeof value === "number" ? +value.toFixed(2) : value} ${unit}`);
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };

const shared = resolve("../shared");
if (!existsSync(join(shared, "peer-echarts", "package.json"))) {
  out("peer.skipped", 1, "(no ../shared/peer-echarts)");
  process.exit(0);
}
if (!existsSync("dist/index.html")) { console.error("no dist/: build the release first"); process.exit(1); }

// Build the peer in a copy: prep.py reads ../data beside itself.
const work = resolve("bench/.peer");
const peerDir = join(work, "peer-echarts");
if (!existsSync(join(peerDir, "dist", "index.html"))) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(shared, "peer-echarts"), peerDir, { recursive: true });
  symlinkSync(join(shared, "data"), join(work, "data"));
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: peerDir, stdio: ["ignore", "ignore", "inherit"] });
  run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
  run("python3", ["prep.py", "data.json"]);
  run("npm", ["run", "build"]);
}
// The same precompression as the atlas's build (brotli 11 beside every file), so both are
// served alike.
precompress(join(peerDir, "dist"));

const atlasServer = await serve("dist", 0);
const peerServer = await serve(join(peerDir, "dist"), 0);
const sites = {
  atlas: { url: `http://127.0.0.1:${atlasServer.address().port}/`, ready: "atlas" },
  peer: { url: `http://127.0.0.1:${peerServer.address().port}/`, ready: "peer" },
};
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });

/// One cold load: time to the first screen drawn, and the bytes (as sent, compressed) received
/// by then.
async function cold(site, profile) {
  const { context, page, cdp } = await coldPage(browser, profile);
  const traffic = recordTransfer(cdp);
  await page.goto(site.url);
  let ready, shown = NaN;
  if (site.ready === "atlas") {
    await page.waitForSelector("html[data-ready='1']", { timeout: 60_000 });
    ready = await page.evaluate(() => performance.getEntriesByName("atlas-ready")[0]?.startTime ?? NaN);
    // The atlas's first screen is painted from its HTML before the app is ready.
    shown = await shownAt(page);
  } else {
    await page.waitForFunction(() => typeof window.__ready === "number", null, { timeout: 60_000 });
    ready = await page.evaluate(() => window.__ready);
  }
  // Bytes of the requests made before the first screen was drawn (ready is measured from
  // navigation start, about when the first request is sent).
  const bytes = traffic.bytesRequestedBy(ready);
  const shownBytes = site.ready === "atlas" ? traffic.bytesOfTypes(...SHOWN_FROM) : NaN;
  await context.close();
  return { ready, bytes, shown, shownBytes };
}

const results = {};
for (const profile of ["desktop", "mobile"]) {
  for (const name of Object.keys(sites)) results[`${name}.${profile}`] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    const order = i % 2 ? ["peer", "atlas"] : ["atlas", "peer"];
    for (const name of order) results[`${name}.${profile}`].push(await cold(sites[name], profile));
  }
}
for (const profile of ["desktop", "mobile"]) {
  const a = results[`atlas.${profile}`], p = results[`peer.${profile}`];
  const ar = median(a.map((r) => r.ready)), pr = median(p.map((r) => r.ready));
  const ab = median(a.map((r) => r.bytes)), pb = median(p.map((r) => r.bytes));
  out(`peer.ready.${profile}.atlas`, ar, "ms");
  out(`peer.ready.${profile}.echarts`, pr, "ms");
  out(`peer.ready.${profile}.ratio`, ar / pr, "(atlas / echarts; goal <= 0.8)");
  out(`peer.first_screen_transfer.${profile}.atlas`, ab / 1024, "KB");
  out(`peer.first_screen_transfer.${profile}.echarts`, pb / 1024, "KB");
  out(`peer.first_screen_transfer.${profile}.ratio`, ab / pb, "(atlas / echarts; goal <= 0.75)");
  // The atlas's first screen shown from the HTML (not yet interactive) against the peer's drawn.
  const as = median(a.map((r) => r.shown)), asb = median(a.map((r) => r.shownBytes));
  out(`peer.shown.${profile}.atlas`, as, "ms");
  out(`peer.shown.${profile}.ratio`, as / pr, "(atlas shown / echarts ready)");
  out(`peer.shown_transfer.${profile}.atlas`, asb / 1024, "KB");
  out(`peer.shown_transfer.${profile}.ratio`, asb / pb, "(atlas / echarts)");
}
await browser.close();
atlasServer.close();
peerServer.close();
