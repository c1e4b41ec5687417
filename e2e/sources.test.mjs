// End to end: every figure on the page is one step from its own source, with its qualifier,
// and "Data as of" names the newest clearance figure. Expected values are computed here from
// data/, not typed in.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, readCsv, urlOf, enAuto } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const totals = readCsv("data/totals.csv");
const weeks = readCsv("data/weeks.csv");
const counted = weeks.filter((w) => w.status !== "withheld" && !w.same_report_as);
const decimals = (v) => (v.split(".")[1] ?? "").length;

/// Of several statements of one figure, the one the page draws: exact first, then the most
/// precise, then the earliest (as `stats::best`).
function best(rows) {
  return [...rows].sort((a, b) =>
    (a.qualifier !== "") - (b.qualifier !== "") || decimals(b.value) - decimals(a.value) || a.as_of.localeCompare(b.as_of))[0];
}

function group(rows, key) {
  const m = new Map();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, best(v)]);
}

const annualRows = group(totals.filter((r) => r.kind === "annual" && r.scope === "anama" && r.metric === "hectares" && Number(r.period) >= 2022), (r) => r.period);
const monthRows = group(totals.filter((r) => r.kind === "monthly" && r.scope === "anama" && r.metric === "hectares"), (r) => r.period);

/// Walks a bar chart with the keyboard and returns each card's text and link.
async function cards(page, testid, n) {
  const wrap = page.locator(`.chart-wrap:has([data-testid=${testid}])`);
  await wrap.scrollIntoViewIfNeeded();
  await wrap.focus();
  const out = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(i === 0 ? "Home" : "ArrowRight");
    const tip = page.locator(`[data-testid=${testid}-tooltip]`);
    await tip.waitFor();
    const links = await tip.locator("a.source-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    out.push({ text: await tip.innerText(), href: links[0] ?? "", noUrl: await tip.locator(".no-url").count() });
  }
  return out;
}

test("every annual and monthly bar opens its own row's source (or none where none was captured)", async () => {
  const { page, context, errors } = await open(env.browser, env.base);
  const annual = await cards(page, "chart-annual", annualRows.length);
  annualRows.forEach(([year, row], i) => {
    assert.match(annual[i].text, new RegExp(`^${year}`));
    assert.equal(annual[i].href, urlOf(row.source), year);
    assert.ok(annual[i].text.includes(enAuto(Number(row.value), 1)), `${year}: ${annual[i].text}`);
  });
  const monthly = await cards(page, "chart-monthly", monthRows.length);
  monthRows.forEach(([period, row], i) => {
    assert.equal(monthly[i].href, urlOf(row.source), period);
    if (!urlOf(row.source)) assert.equal(monthly[i].noUrl, 1, `${period} says its address is unknown`);
    const words = { over: "more than", about: "about", nearly: "nearly", up_to: "up to" }[row.qualifier];
    if (words) assert.ok(monthly[i].text.includes(words), `${period}: ${monthly[i].text}`);
  });
  // November 2022 was printed by Vladikavkaz-news.net: no other article's link.
  const nov = monthRows.findIndex(([p]) => p === "2022-11");
  assert.ok(nov >= 0);
  assert.equal(monthly[nov].href, "");
  assert.ok(!monthly[nov].text.includes("MENAFN"), monthly[nov].text);
  // The tables under the charts list the same links (built when a reader opens them).
  for (const summary of await page.locator("details.bar-sources > summary").all()) await summary.click();
  for (const [id, rows] of [["annual-sources", annualRows], ["monthly-sources", monthRows]]) {
    const hrefs = await page.locator(`[data-testid=${id}] tbody tr`).evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector("a.source-link")?.getAttribute("href") ?? ""));
    assert.deepEqual(hrefs.slice(0, rows.length), rows.map(([, r]) => urlOf(r.source)), id);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tap on a bar keeps its card open", async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForSelector("html[data-complete='1']");
  for (const id of ["chart-weekly", "chart-annual", "chart-monthly"]) {
    const c = page.locator(`[data-testid=${id}]`);
    await c.scrollIntoViewIfNeeded();
    const box = await c.boundingBox();
    await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.6);
    await page.waitForTimeout(1000);
    const tip = id === "chart-weekly" ? "weekly-tooltip" : `${id}-tooltip`;
    assert.equal(await page.locator(`[data-testid=${tip}]`).count(), 1, `${id}: card shown 1 s after the tap`);
    assert.ok((await page.locator(`[data-testid=${tip}] .source-link`).count()) >= 1, `${id}: the card has its source`);
  }
  await context.close();
});

test("'Data as of' is the newest clearance figure and says which", async () => {
  const { page, context } = await open(env.browser, env.base);
  const newestWeek = counted.reduce((m, w) => (w.end > m.end ? w : m));
  const newestStatement = totals
    .filter((r) => ["annual", "monthly", "cumulative", "district_year", "district_period"].includes(r.kind) &&
      ["hectares", "anti_tank", "anti_personnel", "uxo", "mines_and_uxo", "mines", "explosive_ordnance"].includes(r.metric))
    .map((r) => r.as_of).sort().at(-1);
  const text = await page.locator("[data-testid=data-as-of]").innerText();
  const d = new Date(newestWeek.end);
  const long = d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  if (newestWeek.end >= newestStatement) {
    assert.ok(text.includes(`Data as of ${long}`), text);
    assert.match(await page.locator("[data-testid=data-as-of-basis]").innerText(), /latest reported week/);
  }
  // A plan or goal never moves it.
  const goal = totals.find((r) => r.metric === "goal_hectares_per_year");
  if (goal && goal.as_of > newestWeek.end) {
    const g = new Date(goal.as_of).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    assert.ok(!text.includes(g), text);
  }
  await context.close();
});

test("no figure without a reachable source, for the region and for each district", async () => {
  const { page, context } = await open(env.browser, env.base);
  const check = async (where) => {
    const bad = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll(".counter, .context-card, [data-testid=pace]")) {
        const v = el.querySelector(".value")?.textContent ?? "x";
        if (v === "—") continue;
        if (!el.querySelector(".source-link")) out.push(el.getAttribute("data-testid") ?? el.className);
      }
      for (const line of document.querySelectorAll(".sources-line")) {
        if (line.querySelector(".sources-label") && !line.querySelector(".source-link")) out.push(`empty source label in ${line.closest("[data-testid]")?.getAttribute("data-testid")}`);
      }
      return out;
    });
    assert.deepEqual(bad, [], where);
  };
  await check("whole region");
  const ids = readCsv("data/districts.csv").map((d) => d.id);
  for (const id of ids) {
    const el = page.locator(`[data-testid=district-${id}]`);
    if (!(await el.count())) continue;
    await el.dispatchEvent("click");
    await check(id);
  }
  await context.close();
});

test("reasons are written for the public in the page's language", async () => {
  const ru = readCsv("data/weeks.csv").filter((w) => (w.status === "disputed" || w.status === "withheld") && w.reason_ru);
  assert.ok(ru.length > 0);
  const { page, context } = await open(env.browser, `${env.base}?lang=ru`);
  const text = await page.locator("[data-testid=flagged-weeks]").evaluate((e) => e.textContent);
  for (const w of ru) assert.ok(text.includes(w.reason_ru), `${w.start}: ${w.reason_ru}`);
  for (const shorthand of ["notes:", "audit:", "CHECK", "do not display"]) assert.ok(!text.includes(shorthand), shorthand);
  await context.close();
});

test("az and ru pages (default, district, kiosk) carry none of the wording the language review named", async () => {
  const bad = [
    "Minadan Təmizləmə", "Национального агентства", "National Agency for Mine Action", "düzəlişlər xoşdur",
    "Axtarılmış", "ortalama", "подозрительные площади", "+ sursat", "+ боеприпасы", "Расположение района",
    "tarixinədək", "2023-ci", "2024-ci", "2026-ci", "2030-ci", "погибли,", "о районе",
  ];
  // Russian counts that ignore the number: "1 скрытых", "21 недель", "2 периодов" …
  const ruWrong = /(?:^|[^\d\u00a0 ])(?:1|21|31|101) (?:опубликованных недель|скрытых недель|периодов|недельных записей)|(?:^|[^\d\u00a0 ])(?:2|3|4|22|23|24) (?:периодов|скрытых недель)/;
  for (const lang of ["az", "ru"]) {
    for (const q of ["", "&district=fuzuli", "&kiosk=1"]) {
      const { page, context } = await open(env.browser, `${env.base}?lang=${lang}${q}`);
      const text = await page.evaluate(() => document.documentElement.textContent + " " + document.title);
      for (const b of bad) assert.ok(!text.includes(b), `${lang}${q}: "${b}"`);
      if (lang === "ru") assert.ok(!ruWrong.test(text), `${lang}${q}: ${text.match(ruWrong)?.[0]}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await context.close();
    }
  }
});

test("the victims card: the newest count from data/totals.csv, its date and source, in az, en and ru", async () => {
  const victims = totals.filter((r) => r.kind === "victims");
  const newest = victims.map((r) => r.as_of).sort().at(-1);
  const on = (m) => victims.find((r) => r.as_of === newest && r.metric === m);
  const count = Number(on("victims").value);
  const killed = Number(on("killed").value);
  const severe = on("severely_injured");
  const injured = Number((severe ?? on("injured")).value);
  assert.equal(count, killed + injured, "the file's parts add up");
  const words = {
    en: { injured: severe ? "severely injured" : "injured", date: /13 March 2026/ },
    az: { injured: severe ? "ağır yaralanıb" : "yaralanıb", date: /13 mart 2026-cı il/ },
    ru: { injured: severe ? "тяжело раненых" : "раненых", date: /13 марта 2026/ },
  };
  for (const lang of ["en", "az", "ru"]) {
    const { page, context } = await open(env.browser, `${env.base}?lang=${lang}`);
    const card = page.locator("[data-testid=context-victims]");
    await card.waitFor({ state: "attached" });
    // textContent: a section out of view is not rendered (content-visibility), its text is there.
    const text = (await card.textContent()).replace(/\s+/g, " ");
    const n = (v) => (lang === "en" ? v.toLocaleString("en-US") : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0").replace(/\u00a0/g, " "));
    assert.equal((await card.locator(".context-figure").textContent()).replace(/\s+/g, " "), n(count), lang);
    assert.ok(text.includes(`${killed}`) && text.includes(words[lang].injured), `${lang}: ${text}`);
    assert.ok(text.includes(`${injured}`), `${lang}: ${text}`);
    if (newest === "2026-03-13") assert.match(text, words[lang].date, lang);
    assert.equal(await card.locator("a.source-link").getAttribute("href"), urlOf(on("victims").source), lang);
    await context.close();
  }
});
