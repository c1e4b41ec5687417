// End to end: every export stands alone. Each graphic (weekly, annual, monthly, map) downloads
// as SVG with its title, subtitle, source line naming the outlets, the data date and the
// atlas's address, in the page's language (az, en, ru); as PNG at twice that size and not blank; and the
// view's records download as JSON with their sources.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, open } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const GRAPHICS = ["weekly", "annual", "monthly", "map"];
const WORDS = {
  en: { source: "Source: ANAMA", date: "Data as of 9 March 2026", weekly: "Reported weeks in 2025 averaged", map: "Where land is being cleared", monthly: "Month by month" },
  ru: { source: "Источник:", date: "Данные на 9 марта 2026", weekly: "2025", map: "Где очищают землю", monthly: "Месяц за месяцем" },
  az: { source: "Mənbə:", date: "Məlumatlar 9 mart 2026-cı il tarixinə", weekly: "2025", map: "Ərazilər harada təmizlənir", monthly: "Aybaay" },
};

async function grab(page, testid) {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=${testid}]`)]);
  return readFileSync(await d.path());
}

const svgSize = (svg) => {
  const m = svg.match(/^<svg[^>]* width="(\d+)" height="(\d+)"/);
  return m ? [Number(m[1]), Number(m[2])] : null;
};

for (const lang of ["en", "ru", "az"]) {
  test(`exports in ${lang}: framed SVG and 2× PNG for every graphic, JSON of the view`, async () => {
    const { page, context, errors } = await open(env.browser, `${env.base}?lang=${lang}&from=2025-01-01&to=2025-12-31`);
    await page.click("[data-testid=share-button]");
    await page.waitForSelector("[data-testid=share-dialog]");
    for (const g of GRAPHICS) {
      const svg = (await grab(page, `export-${g}-svg`)).toString("utf8");
      const size = svgSize(svg);
      assert.ok(size, `${g}: the SVG declares its size`);
      assert.ok(svg.includes(WORDS[lang].source), `${g}: source line`);
      assert.ok(svg.includes(WORDS[lang].date), `${g}: data date`);
      assert.ok(svg.includes(`${env.base.replace(/\/$/, "")}/`), `${g}: the atlas's address`);
      // The title: the finding (weekly), the heading (map, monthly), the year's total (annual).
      const title = { weekly: WORDS[lang].weekly, map: WORDS[lang].map, monthly: WORDS[lang].monthly, annual: "69" }[g];
      assert.match(svg, new RegExp(`font-size="30" font-weight="700"[^>]*>[^<]*${title}`), `${g}: title`);
      // Outlets are named, the list shortened.
      assert.match(svg, { en: /as published by [^<]+/, ru: /в публикациях [^<]+/, az: /dərc edənlər: [^<]+/ }[lang]);
      const png = await grab(page, `export-${g}-png`);
      assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${g}: PNG`);
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.deepEqual([w, h], [size[0] * 2, size[1] * 2], `${g}: PNG at twice the SVG's size`);
      // Not blank: decode it and count colours.
      const colours = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = 300; c.height = Math.round(300 * img.height / img.width);
        const ctx = c.getContext("2d");
        ctx.drawImage(img, 0, 0, c.width, c.height);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set();
        for (let i = 0; i < d.length; i += 4) seen.add((d[i] >> 4) << 8 | (d[i + 1] >> 4) << 4 | d[i + 2] >> 4);
        return seen.size;
      }, png.toString("base64"));
      assert.ok(colours > 20, `${g}: ${colours} colours`);
    }
    const json = JSON.parse((await grab(page, "export-json")).toString("utf8"));
    assert.equal(json.from, "2025-01-01");
    assert.ok(json.weeks.length > 20);
    for (const w of json.weeks) assert.ok(w.sources.length > 0 && w.start.startsWith("2025"), w.start);
    assert.match(json.source, { en: /^Source: ANAMA weekly reports/, ru: /^Источник:/, az: /^Mənbə:/ }[lang]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("campaign cards: each kind in each format downloads at its size, previewed, with its sentence", async () => {
  const { page, context, errors, csp } = await open(env.browser, `${env.base}?district=fuzuli`);
  await page.click("[data-testid=share-button]");
  await page.waitForSelector("[data-testid=cards]");
  for (const kind of ["headline", "week", "district", "goal"]) {
    await page.click(`[data-testid=card-kind-${kind}]`);
    for (const [w, h] of [[1080, 1080], [1200, 630], [1080, 1920]]) {
      await page.click(`[data-testid=card-format-${w}x${h}]`);
      const preview = page.locator("[data-testid=card-preview]");
      assert.equal(await preview.getAttribute("width"), String(w), `${kind} preview`);
      const png = await grab(page, "card-download");
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [w, h], `${kind} ${w}×${h}`);
      assert.ok(png.length > 15_000, `${kind} ${w}×${h}: ${png.length} bytes, not blank`);
    }
    const sentence = await page.locator("[data-testid=card-sentence]").innerText();
    assert.match(sentence, /Source: .+ Clearance Atlas: http/, kind);
  }
  assert.match(await page.locator("[data-testid=card-sentence]").innerText(), /^about 249,000 ha|^[\d,.]+ ha|more than/);
  await page.click("[data-testid=card-kind-district]");
  assert.match(await page.locator("[data-testid=card-sentence]").innerText(), /Fuzuli in 2025/);
  assert.deepEqual(errors, []);
  assert.deepEqual(await csp(), []);
  await context.close();
});
