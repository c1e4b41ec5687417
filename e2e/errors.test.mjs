// End to end: failures the browser causes are said on the page, in its language, and lose
// nothing: storage that refuses to keep a data file, a file that cannot be read, a download or
// a PNG that cannot be made.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, newerWeeks } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test("storage full: the file is shown and the page says it was not kept", async () => {
  const file = newerWeeks("artifacts/errors-good.csv");
  const { page, context, errors } = await open(env.browser, env.base);
  // The storage refuses every write from now on, as a full or locked-down one does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError"); };
  });
  await page.check(".data-loader .keep input");
  await page.setInputFiles("[data-testid=data-file]", file);
  await page.waitForSelector("[data-testid=custom-banner]");
  assert.match(await page.locator("[data-testid=keep-failed]").innerText(), /could not be kept on this device/);
  // Nothing was kept: the next visit shows the published data.
  await page.reload();
  await page.waitForSelector("html[data-complete='1']");
  assert.equal(await page.locator("[data-testid=custom-banner]").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file that cannot be read says so, in the page's language, and changes nothing", async () => {
  const file = newerWeeks("artifacts/errors-unreadable.csv");
  const { page, context } = await open(env.browser, `${env.base}?lang=az`);
  const before = await page.locator("[data-testid=counter-hectares] .value").innerText();
  await page.evaluate(() => {
    File.prototype.arrayBuffer = () => Promise.reject(new DOMException("gone", "NotReadableError"));
  });
  await page.setInputFiles("[data-testid=data-file]", file);
  const box = page.locator("[data-testid=load-unreadable]");
  await box.waitFor();
  assert.match(await box.innerText(), /errors-unreadable\.csv faylı oxuna bilmədi/);
  assert.equal(await page.locator("[data-testid=counter-hectares] .value").innerText(), before);
  assert.equal(await page.locator("[data-testid=custom-banner]").count(), 0);
  await context.close();
});

test("a download or a PNG that cannot be made says so in the share dialog", async () => {
  const { page, context } = await open(env.browser, `${env.base}?lang=ru`);
  await page.click("[data-testid=share-button]");
  await page.waitForSelector("[data-testid=share-dialog]");
  assert.equal(await page.locator("[data-testid=export-failed]").count(), 0);
  // The PNG: the canvas gives no image (a device limit, or a refusal).
  await page.evaluate(() => {
    HTMLCanvasElement.prototype.toDataURL = () => { throw new DOMException("refused", "SecurityError"); };
  });
  await page.click("[data-testid=export-weekly-png]");
  await page.locator("[data-testid=export-failed]").waitFor();
  assert.match(await page.locator("[data-testid=export-failed]").innerText(), /Не удалось подготовить или скачать файл/);
  // A download that works clears the message; one the browser refuses brings it back.
  await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-csv]")]);
  assert.equal(await page.locator("[data-testid=export-failed]").count(), 0);
  await page.evaluate(() => { URL.createObjectURL = () => { throw new Error("blocked"); }; });
  await page.click("[data-testid=export-json]");
  await page.locator("[data-testid=export-failed]").waitFor();
  await context.close();
});
