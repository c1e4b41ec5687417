// Renders static/icon.svg to the PNG icons the manifest lists (run once after editing the SVG).
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const svg = readFileSync(new URL("../static/icon.svg", import.meta.url), "utf8");
for (const s of [192, 512]) {
  const p = await b.newPage({ viewport: { width: s, height: s } });
  await p.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${s}" height="${s}" `)}</body></html>`);
  await p.screenshot({ path: new URL(`../static/icon-${s}.png`, import.meta.url).pathname, omitBackground: true });
}
await b.close();
