// End to end: "Paste a report" in Sources and method → Update the data. A report in each
// language becomes the right row; the same figures from another outlet add a source; different
// figures make the week disputed with both readings; a year that was not printed must be
// confirmed; a monthly report is refused; the downloaded weeks.csv passes `atlas-data check`.
// Plus how current the data is: "N weeks ago" in the header and a stale kiosk's line.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, copyFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { start, open } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const EN_NEW = "From March 9 to 15, 2026, 12 anti-tank mines, 80 anti-personnel mines and 700 unexploded ordnance were detected and neutralized. Over 1,001 hectares were cleared.";
const AZ_SAME = "2026-cı il fevralın 16-dan 22-dək 28 tank əleyhinə mina, 175 piyada əleyhinə mina və 796 partlamamış hərbi sursat aşkarlanıb, 1 616,5 hektar ərazi minalardan təmizlənib.";
const RU_OTHER = "С 16 по 22 февраля 2026 года обезврежены 29 противотанковых мин, 175 противопехотных мин и 796 неразорвавшихся боеприпасов, очищено 1616,5 га.";
const NO_YEAR = "From March 16 to 22, 5 anti-tank mines, 40 anti-personnel mines and 300 UXO were found; 800.5 hectares were cleared.";
const MONTHLY = "Agentlikdən verilən məlumata görə, mayın 1-dən 31-dək piyada əleyhinə 546, tank əleyhinə 279 mina və 1 021 partlamamış hərbi sursat aşkarlanıb.";

async function openForm(page) {
  await page.click("[data-testid=paste-open]");
  await page.waitForSelector("[data-testid=report-form]");
}

async function paste(page, text) {
  await page.fill("[data-testid=report-text]", text);
  await page.click("[data-testid=report-read]");
}

async function cite(page, outlet, url) {
  await page.fill("[data-testid=report-outlet]", outlet);
  await page.fill("[data-testid=report-url]", url);
  await page.click("[data-testid=report-add]");
  await page.waitForSelector("[data-testid=report-added], [data-testid=report-errors]");
}

const value = (page, slug) => page.locator(`[data-testid=report-${slug}]`).inputValue();

test("pasted reports become checked rows by the merge rules, and the file passes the checker", async () => {
  const { page, context, errors, csp } = await open(env.browser, env.base);
  await openForm(page);

  // English: a new week, with its qualifier and the words each figure came from.
  await paste(page, EN_NEW);
  await page.waitForSelector("[data-testid=report-proposal][data-lang=en]");
  assert.equal(await page.locator("[data-testid=report-start]").inputValue(), "2026-03-09");
  assert.equal(await page.locator("[data-testid=report-end]").inputValue(), "2026-03-15");
  assert.deepEqual(
    [await value(page, "anti-tank"), await value(page, "anti-personnel"), await value(page, "uxo"), await value(page, "hectares")],
    ["12", "80", "700", "1001"],
  );
  assert.equal(await page.locator("[data-testid=report-qualifier]").inputValue(), "over");
  assert.match(await page.locator("[data-metric=hectares] .note").innerText(), /Over 1,001 hectares/);
  // Outlet and address are required.
  await page.click("[data-testid=report-add]");
  await page.waitForSelector("[data-testid=report-errors]");
  await cite(page, "Trend", "https://en.trend.az/azerbaijan/society/example-9-15-march");
  assert.equal(await page.locator("[data-testid=report-added]").getAttribute("data-kind"), "Added");
  await page.waitForSelector("[data-testid=custom-banner]");

  // Azerbaijani: the same figures as the data's 16–22 February 2026, from another outlet.
  await paste(page, AZ_SAME);
  await page.waitForSelector("[data-testid=report-proposal][data-lang=az]");
  assert.equal(await value(page, "hectares"), "1616.5");
  await cite(page, "Report.az (Azerbaijani)", "https://report.az/example-16-22-fevral");
  assert.equal(await page.locator("[data-testid=report-added]").getAttribute("data-kind"), "SourceAdded");
  // The same article again changes nothing.
  await page.click("[data-testid=report-add]");
  await page.waitForFunction(() => document.querySelector("[data-testid=report-added]")?.dataset.kind === "AlreadyCited");

  // Russian, with the page in Russian: a different anti-tank figure → disputed, both readings.
  await page.click("[data-testid=lang-ru]");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  await paste(page, RU_OTHER);
  await page.waitForSelector("[data-testid=report-proposal][data-lang=ru]");
  await cite(page, "Oxu.az (Russian)", "https://ru.oxu.az/example-16-22-fevralya");
  assert.equal(await page.locator("[data-testid=report-added]").getAttribute("data-kind"), "Disputed");
  assert.match(await page.locator("[data-testid=report-added]").innerText(), /спорная/);

  // No year printed: proposed from the Monday, and it must be confirmed.
  await page.click("[data-testid=lang-en]");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await paste(page, NO_YEAR);
  await page.waitForSelector("[data-testid=report-year-ok]");
  assert.match(await page.locator("[data-testid=report-notes]").innerText(), /2026 is proposed/);
  await page.fill("[data-testid=report-outlet]", "News.az");
  await page.fill("[data-testid=report-url]", "https://news.az/example-16-22-march");
  await page.click("[data-testid=report-add]");
  assert.match(await page.locator("[data-testid=report-errors]").innerText(), /Confirm the year/);
  await page.check("[data-testid=report-year-ok]");
  await page.click("[data-testid=report-add]");
  await page.waitForFunction(() => document.querySelector("[data-testid=report-added]")?.dataset.kind === "Added");

  // A monthly report is refused with the reason.
  await paste(page, MONTHLY);
  assert.match(await page.locator("[data-testid=report-refused]").innerText(), /31 days long/);

  // The whole file, downloaded, passes the maintainer's checker.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-weeks]")]);
  const dir = mkdtempSync(join(tmpdir(), "atlas-download-"));
  await download.saveAs(join(dir, "weeks.csv"));
  for (const f of ["totals.csv", "districts.csv", "boundaries.txt"]) copyFileSync(`data/${f}`, join(dir, f));
  const csv = readFileSync(join(dir, "weeks.csv"), "utf8");
  assert.match(csv, /^2026-03-09,2026-03-15,12,80,700,1001,over,single-source,.*Trend <https:\/\/en\.trend\.az\/azerbaijan\/society\/example-9-15-march>$/m);
  assert.match(csv, /^2026-03-16,2026-03-22,5,40,300,800\.5,,single-source,/m);
  const feb = csv.split("\n").find((l) => l.startsWith("2026-02-16,2026-02-22"));
  assert.match(feb, /^2026-02-16,2026-02-22,,175,796,1616\.5,,disputed,,anti_tank=28 .*; anti_tank=29 Oxu\.az \(Russian\)/);
  assert.match(feb, /Report\.az \(Azerbaijani\) <https:\/\/report\.az\/example-16-22-fevral>/);
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "atlas-data", "--", "check", dir], { encoding: "utf8" });
  assert.match(out, /weeks: \d+ records/);

  // Kept on this device: a reload shows the added week's banner.
  await page.reload();
  await page.waitForSelector("html[data-complete='1']");
  await page.waitForSelector("[data-testid=custom-banner]");
  assert.deepEqual(errors, []);
  assert.deepEqual(await csp(), []);
  await context.close();
});

test("the header says how old the data is, and a stale kiosk says its figures run to a date", async () => {
  const { page, context } = await open(env.browser, env.base);
  const asOf = await page.locator("[data-testid=data-as-of]").innerText();
  const m = asOf.match(/(\d+) weeks? ago/);
  assert.ok(m, asOf);
  const days = (Date.now() - Date.UTC(2026, 2, 9)) / 86_400_000;
  assert.equal(Number(m[1]), Math.floor(days / 7));
  await context.close();

  const badge = (p) => p.locator("[data-testid=data-as-of] .as-of-date").innerText();
  const stale = await open(env.browser, `${env.base}?kiosk=1&stale=4`, { width: 1920, height: 1080 });
  assert.equal(await badge(stale.page), "Figures to 9 March 2026");
  await stale.context.close();
  const fresh = await open(env.browser, `${env.base}?kiosk=1&stale=520`, { width: 1920, height: 1080 });
  assert.match(await badge(fresh.page), /^Data as of 9 March 2026 · \d+ weeks ago$/);
  await fresh.context.close();
});
