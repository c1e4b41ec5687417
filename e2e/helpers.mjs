// Shared helpers for the end-to-end suite: the release build served on loopback, Debian's
// Chromium through playwright-core, and the data files read by the tests themselves.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { serve } from "./serve.mjs";

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function start() {
  const server = await serve("dist", 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  mkdirSync("artifacts", { recursive: true });
  return { server, base, browser, async stop() { await browser.close(); server.close(); } };
}

/// Opens a page, records console errors and requests to other origins, waits for ready.
export async function open(browser, url, viewport = { width: 1280, height: 900 }, opts = {}) {
  const context = await browser.newContext({ viewport, locale: opts.locale ?? "en-US", reducedMotion: "reduce" });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  const origin = new URL(url).origin;
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) foreign.push(r.url()); });
  await page.goto(url);
  await page.waitForSelector("html[data-complete='1']", { timeout: 10_000 });
  const csp = () => page.evaluate(() => window.__csp);
  return { context, page, errors, foreign, csp };
}

/// Minimal CSV reader (quotes, commas) for the tests' own reading of the data files.
export function readCsv(path) {
  const text = readFileSync(path, "utf8").split("\n").filter((l) => !l.startsWith("#")).join("\n");
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/// The newest published cumulative statement of a metric (ANAMA or the Cabinet of Ministers'
/// report; of two on one date, the exact one), and the newest exact one before it.
export function newestStatement(metric) {
  const rows = readCsv("data/totals.csv").filter((r) =>
    r.kind === "cumulative" && (r.scope === "anama" || r.scope === "cabinet") && r.metric === metric && !r.district);
  rows.sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : (a.qualifier === "" ? 1 : 0) - (b.qualifier === "" ? 1 : 0)));
  const s = rows.at(-1);
  const exact = s.qualifier ? rows.filter((r) => r.qualifier === "" && r.as_of < s.as_of).at(-1) : undefined;
  return { ...s, value: Number(s.value), exact: exact && { ...exact, value: Number(exact.value) } };
}

/// The address inside a citation `Outlet <url>` ("" when not captured).
export const urlOf = (citation) => (citation.match(/<([^>]*)>/) ?? [])[1] ?? "";

export const en = (v, digits = 0) => v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
/// As the page writes a figure: up to `digits` decimals, none when whole.
export const enAuto = (v, digits = 1) => v.toLocaleString("en-US", { minimumFractionDigits: 0, maximumFractionDigits: digits });

/// Writes a good weekly file of two newer weeks (1,334.5 ha in all) and returns its path.
export function newerWeeks(file) {
  writeFileSync(file, [
    "start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,reason,sources",
    "2026-03-09,2026-03-15,5,6,7,1234.5,,single-source,,Test outlet <https://example.org/a>",
    "2026-03-16,2026-03-22,1,2,3,100,,single-source,,Test outlet <https://example.org/b>",
  ].join("\n") + "\n");
  return file;
}
