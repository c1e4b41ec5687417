// The link preview: dist/index.html carries Open Graph and Twitter card tags in the default
// language (English), and the image they name exists, 1200 × 630, drawn from the data (the
// headline figure as the counter shows it), not blank.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, open } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test("index.html names a 1200×630 preview image with its text, and the image is there", async () => {
  const html = readFileSync("dist/index.html", "utf8");
  const meta = {};
  for (const m of html.matchAll(/<meta (property|name)="([^"]+)" content="([^"]*)">/g)) meta[m[2]] = m[3].replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  assert.equal(meta["og:title"], "Mine clearance in Azerbaijan's liberated territories");
  assert.match(meta["og:description"], /ANAMA/);
  assert.match(meta["og:image"], /(^|\/)preview\.png$/);
  assert.equal(meta["og:image:width"], "1200");
  assert.equal(meta["og:image:height"], "630");
  assert.match(meta["og:image:alt"], /^about 249,000 ha of land cleared .*\(to 31 December 2025 · Cabinet of Ministers report\)$/);
  assert.equal(meta["twitter:card"], "summary_large_image");
  assert.equal(meta["twitter:image"], meta["og:image"]);
  if (meta["og:url"]) assert.match(meta["og:image"], /^https?:\/\//, "absolute with a public address");

  const png = readFileSync("dist/preview.png");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  const { page, context } = await open(env.browser, env.base);
  const colours = await page.evaluate(async () => {
    const img = new Image();
    img.src = "preview.png";
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let dark = 0, green = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] < 80 && d[i + 1] < 80 && d[i + 2] < 80) dark++;
      if (d[i] < 40 && d[i + 1] > 80 && d[i + 1] < 130 && d[i + 2] < 100) green++;
    }
    return { dark, green };
  });
  assert.ok(colours.green > 20_000, `the figure in green: ${colours.green} px`);
  assert.ok(colours.dark > 2_000, `text: ${colours.dark} px`);
  await context.close();
});
