// End to end: "take it with you". The kiosk's context scene shows a QR code to the atlas's
// public address (?qr=, else the build's ATLAS_PUBLIC_URL, else the page's own public address);
// the printed bulletin carries it in its corner; a hostile ?qr= is ignored; a kiosk on this
// machine with no address set shows none rather than a code to localhost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const ADDRESS = "https://atlas.example.org/clearance/";

test("the kiosk's context scene shows the code to the public address", async () => {
  const { page, context, errors } = await open(env.browser, `${env.base}?kiosk=1&interval=3&qr=${encodeURIComponent(ADDRESS)}`, { width: 1920, height: 1080 });
  await page.waitForFunction(() => document.documentElement.dataset.scene === "context", null, { timeout: 20_000 });
  const card = page.locator("[data-testid=kiosk-qr]");
  assert.ok(await card.isVisible());
  assert.match(await card.innerText(), /Explore on your phone\s+atlas\.example\.org\/clearance/);
  assert.equal(await card.locator("svg").getAttribute("aria-label"), `Explore on your phone: ${ADDRESS}`);
  // A real code: many dark modules, square, with its quiet zone.
  const d = await card.locator("path").getAttribute("d");
  assert.ok((d.match(/h1v1h-1z/g) ?? []).length > 200);
  assert.match(await card.locator("svg").getAttribute("viewBox"), /^0 0 (\d+) \1$/);
  // It stays clear of the context cards and the bottom bar.
  const box = await card.boundingBox();
  const cards = await page.locator("[data-testid=context]").boundingBox();
  assert.ok(box.y >= cards.y + cards.height - 1, `card at ${box.y}, context ends at ${cards.y + cards.height}`);
  assert.ok(box.width >= 110 && box.y + box.height <= 1080);
  // Other scenes do not show it.
  await page.waitForFunction(() => document.documentElement.dataset.scene === "counters", null, { timeout: 20_000 });
  assert.equal(await card.isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("no code to localhost, none from a hostile parameter, and one on the printed bulletin", async () => {
  const local = await open(env.browser, `${env.base}?kiosk=1&qr=javascript:alert(1)`, { width: 1920, height: 1080 });
  assert.equal(await local.page.locator("[data-testid=kiosk-qr]").count(), 0);
  await local.context.close();

  const { page, context } = await open(env.browser, `${env.base}?qr=${encodeURIComponent(ADDRESS)}`);
  const qr = page.locator("[data-testid=print-qr]");
  assert.equal(await qr.isVisible(), false, "printed only");
  await page.emulateMedia({ media: "print" });
  assert.ok(await qr.isVisible());
  const box = await qr.boundingBox();
  assert.ok(box.y < 100, "in the page's top corner");
  await context.close();
});
