// Builds one self-contained HTML file from dist/ (after `trunk build --release`): CSS, the
// wasm-bindgen glue, the wasm (base64) and the icon inlined, so it works opened from file://
// with no server and no network — for a kiosk fed from a USB stick.
//   node scripts/single-file.mjs [dist] [out.html]
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { createHash } from "node:crypto";

const dist = process.argv[2] ?? "dist";
const out = process.argv[3] ?? "dist-single/clearance-atlas.html";
const files = readdirSync(dist);
const pick = (re) => {
  const f = files.find((x) => re.test(x));
  if (!f) throw new Error(`no file matching ${re} in ${dist}: run trunk build --release first`);
  return join(dist, f);
};
let html = readFileSync(join(dist, "index.html"), "utf8");
const css = readFileSync(pick(/^style-.*\.css$/), "utf8");
const glue = readFileSync(pick(/^clearance-atlas-[0-9a-f]+\.js$/), "utf8");
const wasm = readFileSync(pick(/^clearance-atlas-[0-9a-f]+_bg\.wasm$/)).toString("base64");
const icon = readFileSync(join(dist, "icon.svg")).toString("base64");

// The glue as a classic module body: drop `export`, then initialise from the inlined bytes.
const body = glue
  .replace(/^export \{[^}]*\};?\s*$/m, "")
  .replace(/^export (class|function|const|let|async function) /gm, "$1 ");
const boot = `${body}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
const sha = (t) => "sha256-" + createHash("sha256").update(t, "utf8").digest("base64");
const script = boot.replace(/<\/script/gi, "<\\/script");
html = html
  .replace(/'sha256-[^']+'/, () => `'${sha(script)}'`)
  .replace("style-src 'self'", () => `style-src 'self' '${sha(css)}'`)
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`)
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => `<script type="module">${script}</script>`)
  .replace(/<link rel="modulepreload"[^>]*>/g, "")
  .replace(/<link rel="preload"[^>]*>/g, "")
  .replace(/<link rel="manifest"[^>]*>/, "")
  .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon}">`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`wrote ${out} (${(html.length / 1024).toFixed(0)} KiB)`);
