// End to end: the page's guard (static/kiosk-guard.js). A kiosk restarts itself after a failed
// start or a stopped heartbeat, showing the figures baked into the page meanwhile, and logs it
// for the operator; the normal page shows its message and never reloads by itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start } from "./helpers.mjs";
import { serve } from "./serve.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const mainWasm = /\/clearance-atlas-[0-9a-f]+_bg\.wasm$/;
const card = () => {
  const html = readFileSync("dist/index.html", "utf8");
  return JSON.parse(/<script type="application\/json" id="kiosk-card">([\s\S]*?)<\/script>/.exec(html)[1]);
};

test("the baked card carries the counters' figures, in each language", async () => {
  const c = card();
  assert.deepEqual(Object.keys(c).sort(), ["az", "en", "ru"]);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const lang of ["en", "ru"]) {
    await page.goto(`${env.base}?lang=${lang}`);
    await page.waitForSelector("html[data-ready='1']");
    const shown = (await page.locator("[data-testid=counter-hectares]").innerText()).replace(/\s+/g, " ");
    const line = c[lang].lines[0].number;
    assert.ok(shown.includes(line.replace(/\s+/g, " ")), `${lang}: the card's ${line} is not what the counter shows (${shown.slice(0, 80)})`);
  }
  await context.close();
});

test("kiosk: the wasm fails once — a calm card with the baked figures, then the kiosk is back by itself within 60 s, and the operator screen lists the recovery", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: "block" });
  const page = await context.newPage();
  let failures = 0;
  await page.route(mainWasm, (route) => (failures++ === 0 ? route.abort() : route.continue()));
  const t0 = Date.now();
  await page.goto(`${env.base}?kiosk=1&interval=5&lang=en`);
  const box = page.locator("[data-testid=recovery-card]");
  await box.waitFor({ timeout: 10_000 });
  const text = await box.innerText();
  assert.match(text, /restarting/);
  assert.ok(text.includes(card().en.lines[0].number), "the card shows the hectares figure");
  assert.doesNotMatch(text, /error|went wrong/i);
  await page.screenshot({ path: "artifacts/kiosk-recovery.png" });
  await page.waitForFunction(() => document.documentElement.dataset.scene === "counters", null, { timeout: 60_000 });
  assert.ok(Date.now() - t0 < 60_000);
  assert.equal(await page.locator("[data-testid=recovery-card]").count(), 0);
  const log = await page.evaluate(() => JSON.parse(localStorage.getItem("atlas-kiosk-log")));
  assert.equal(log.length, 1);
  assert.match(log[0].cause, /start failed|could not load/);
  await page.goto(`${env.base}?kiosk=1&status=1`);
  const status = page.locator("[data-testid=kiosk-status]");
  await status.waitFor();
  const st = await status.innerText();
  // The build is the glue's hash (Trunk's, which is 15 or 16 digits long).
  const glue = readdirSync("dist").find((f) => /^clearance-atlas-[0-9a-f]+\.js$/.test(f));
  assert.match(st, new RegExp(`Build\\s+${glue.slice("clearance-atlas-".length, -3)}\\n`));
  assert.ok(st.includes(card().en.as_of));
  assert.match(st, /Recoveries \(last 1/);
  assert.ok(st.includes(log[0].cause));
  await context.close();
});

test("kiosk: a stopped heartbeat (a dead or frozen app) makes the page reload itself", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${env.base}?kiosk=1&interval=5`);
  await page.waitForSelector("html[data-ready='1']");
  await page.clock.runFor(20_000);
  assert.equal(await page.locator("[data-testid=recovery-card]").count(), 0, "a beating kiosk is left alone");
  // The app can no longer report: its beat stays where it is.
  await page.evaluate(() => Object.defineProperty(window, "__atlasBeat", { value: Date.now(), writable: false }));
  let navigations = 0;
  page.on("framenavigated", (f) => { if (f === page.mainFrame()) navigations++; });
  await page.clock.runFor(70_000);
  await page.locator("[data-testid=recovery-card]").waitFor();
  await page.clock.runFor(11_000);
  await page.waitForSelector("html[data-ready='1']", { timeout: 15_000 });
  assert.ok(navigations >= 1, "the page did not reload");
  const log = await page.evaluate(() => JSON.parse(localStorage.getItem("atlas-kiosk-log")));
  assert.match(log.at(-1).cause, /no heartbeat/);
  await context.close();
});

test("normal page: a failed wasm shows the message with a reload button, and nothing reloads by itself", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.clock.install();
  await page.route(mainWasm, (route) => route.abort());
  let navigations = 0;
  page.on("framenavigated", (f) => { if (f === page.mainFrame()) navigations++; });
  await page.goto(env.base);
  await page.locator("[data-testid=crash-reload]").waitFor();
  await page.clock.runFor(20 * 60_000);
  assert.equal(navigations, 1);
  assert.equal(await page.locator("[data-testid=recovery-card]").count(), 0);
  await page.unroute(mainWasm);
  await page.click("[data-testid=crash-reload]");
  await page.waitForSelector("html[data-ready='1']");
  await context.close();
});

// A panic in the release wasm is a bare trap (std rebuilt with panic=immediate-abort: no panic
// hook runs): what reaches the page is an uncaught WebAssembly.RuntimeError, thrown here as the
// trap throws it, from a task after the app is ready.
const trapAfterReady = (page) => page.evaluate(() => {
  setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable executed"); }, 0);
});

test("a panic (a wasm trap) shows the message on the normal page and restarts a kiosk", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForSelector("html[data-ready='1']");
  assert.equal(await page.locator("[data-testid=crash-reload]").isVisible(), false);
  await trapAfterReady(page);
  await page.locator("[data-testid=crash-reload]").waitFor({ state: "visible", timeout: 5000 });
  assert.equal(await page.locator("[data-testid=recovery-card]").count(), 0, "no kiosk card on the normal page");
  await page.goto(`${env.base}?kiosk=1`);
  await page.waitForSelector("html[data-ready='1']");
  await trapAfterReady(page);
  await page.locator("[data-testid=recovery-card]").waitFor({ timeout: 5000 });
  await context.close();
});

test("kiosk: a new build deployed behind it is taken at the next idle reset, not during a visit, and the old cache is gone", async () => {
  const dir = mkdtempSync(join(tmpdir(), "atlas-update-"));
  cpSync("dist", dir, { recursive: true });
  const server = await serve(dir, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}?kiosk=1&interval=5&idle=10`);
    await page.waitForSelector("html[data-complete='1']");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    const [oldCache] = await page.evaluate(() => caches.keys());
    // Deploy a new build: another service worker (build id) and a marked page.
    const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "$1next"');
    writeFileSync(join(dir, "sw.js"), sw);
    const html = readFileSync(join(dir, "index.html"), "utf8").replace("<head>", '<head><meta name="atlas-test-build" content="next">');
    writeFileSync(join(dir, "index.html"), html);
    rmSync(join(dir, "sw.js.br"));
    rmSync(join(dir, "index.html.br"));
    // A visitor is exploring when the new build is found (the 30-minute check, made now).
    let navigations = 0;
    page.on("framenavigated", (f) => { if (f === page.mainFrame()) navigations++; });
    await page.mouse.click(960, 200);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting), null, { timeout: 20_000 });
    assert.equal(navigations, 0, "the kiosk reloaded during a visit");
    assert.equal(await page.locator("meta[name=atlas-test-build]").count(), 0);
    // Idle 10 s, the 10 s countdown, the reset: the new build takes over.
    await page.waitForSelector("meta[name=atlas-test-build]", { state: "attached", timeout: 45_000 });
    await page.waitForSelector("html[data-ready='1']");
    const caches = await page.evaluate(() => caches.keys());
    assert.deepEqual(caches, [`${oldCache}next`], "the old build's cache is still there");
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
