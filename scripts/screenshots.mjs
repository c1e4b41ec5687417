// The README's pictures and a look at the page at the sizes it is used at: phone (390×844),
// desktop (1280×900) and kiosk (1920×1080), from the release build in dist/.
//   node scripts/screenshots.mjs [out-dir] [lang...]   (default docs/screenshots, en)
// Writes page-<lang>-<size>.png; the README shows page-en-phone.png and page-en-desktop.png.
import { mkdirSync } from "node:fs";
import { start, open } from "../e2e/helpers.mjs";

const out = process.argv[2] ?? "docs/screenshots";
const langs = process.argv.length > 3 ? process.argv.slice(3) : ["en"];
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 }, kiosk: { width: 1920, height: 1080 } };
mkdirSync(out, { recursive: true });
const env = await start();
try {
  for (const lang of langs) {
    for (const [name, viewport] of Object.entries(SIZES)) {
      const kiosk = name === "kiosk" ? "&kiosk=1" : "";
      const { context, page } = await open(env.browser, `${env.base}?lang=${lang}${kiosk}`, viewport);
      await page.screenshot({ path: `${out}/page-${lang}-${name}.png` });
      console.log(`${out}/page-${lang}-${name}.png`);
      await context.close();
    }
  }
} finally {
  await env.stop();
}
