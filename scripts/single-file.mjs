// Builds one self-contained HTML file from dist/ (after `trunk build --release`): CSS, the
// wasm-bindgen glue, the wasm (base64), the lazy parts (the split link module and every chunk,
// base64) and the icon inlined, so it works opened from file:// with no server and no network
// — for a kiosk fed from a USB stick.
//   node scripts/single-file.mjs [dist] [out.html]
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
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
// The build ships the glue and the link module minified; their unminified text, which the
// rewriting below expects, is kept beside the cargo output (scripts/post-build.mjs).
const sources = join(process.env.CARGO_TARGET_DIR ?? "target", "atlas-js");
const unminified = (re) => {
  const f = join(sources, basename(pick(re)));
  if (!existsSync(f)) throw new Error(`no ${f}: build with trunk build --release first`);
  return readFileSync(f, "utf8");
};
const glue = unminified(/^clearance-atlas-[0-9a-f]+\.js$/);
const link = unminified(/^clearance-atlas-[0-9a-f]+\.split\.js$/);
const wasm = readFileSync(pick(/^clearance-atlas-[0-9a-f]+_bg\.wasm$/)).toString("base64");
const icon = readFileSync(join(dist, "icon.svg")).toString("base64");

// The split link module (it loads the lazy parts' chunks) in the same script: its import of
// the glue's initSync is the glue's own function; each chunk is fetched from its inlined bytes
// instead of the network; its exports become the object the glue imports.
const chunkBytes = {};
let linkBody = link.replace(/^import \{ initSync \} from "[^"]+";\s*$/m, "");
linkBody = linkBody.replace(/fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\)/g, (_, f) => {
  chunkBytes[f] = readFileSync(join(dist, f)).toString("base64");
  return `__atlasChunk(${JSON.stringify(f)})`;
});
const linkExports = [...linkBody.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
linkBody = linkBody.replace(/^export const /gm, "const ");
if (!linkExports.length || /import\.meta|^export |^import /m.test(linkBody)) {
  throw new Error("unexpected shape of the split link module: update scripts/single-file.mjs");
}
const linkPart = `const __atlasChunks = ${JSON.stringify(chunkBytes)};
function __atlasChunk(f) {
  const bytes = Uint8Array.from(atob(__atlasChunks[f]), (c) => c.charCodeAt(0));
  return Promise.resolve(new Response(bytes, { headers: { "content-type": "application/wasm" } }));
}
${linkBody}
const __atlasSplit = { ${linkExports.join(", ")} };
`;
// The glue as a classic module body: drop `export`, import the link module's object from
// above, then initialise from the inlined bytes.
const body = glue
  .replace(/^import \* as (\w+) from "\.\/[^"]+\.split\.js";?\s*$/gm, "const $1 = __atlasSplit;")
  .replace(/^export \{[^}]*\};?\s*$/m, "")
  .replace(/^export (class|function|const|let|async function) /gm, "$1 ");
if (/^import /m.test(body)) throw new Error("the glue imports a module the single file does not inline");
const boot = `${linkPart}${body}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
const sha = (t) => "sha256-" + createHash("sha256").update(t, "utf8").digest("base64");
const script = boot.replace(/<\/script/gi, "<\\/script");
// The message catalogues inline (JSON, read by src/web/catalogue.rs) instead of their files:
// the meta tag naming the files goes, so nothing tries to fetch them from file://.
const meta = /<meta name="atlas-catalogues" content="([^"]*)">\n?/.exec(html);
if (!meta) throw new Error("index.html names no catalogue files: run trunk build --release first");
const catalogues = Object.fromEntries(meta[1].split(" ").map((p) => p.split("=")).map(([l, f]) => [l, readFileSync(join(dist, f), "utf8")]));
const inline = `<script type="application/json" id="atlas-catalogues-inline">${JSON.stringify(catalogues).replace(/</g, "\\u003c")}</script>`;
html = html.replace(meta[0], () => "").replace("</body>", () => `${inline}\n</body>`);
// The notes files inline too (JSON strings, read by src/web/notes.rs).
for (const which of ["weeks", "totals"]) {
  const notesMeta = new RegExp(`<meta name="atlas-${which}" content="([^"]*)">\\n?`).exec(html);
  if (!notesMeta) throw new Error(`index.html names no ${which} notes file: run trunk build --release first`);
  const notesInline = `<script type="application/json" id="atlas-${which}-inline">${JSON.stringify(readFileSync(join(dist, notesMeta[1]), "utf8")).replace(/</g, "\\u003c")}</script>`;
  html = html.replace(notesMeta[0], () => "").replace("</body>", () => `${notesInline}\n</body>`);
}
// The loader's hash in the CSP is found by the loader's content (the CSP lists the shell's and
// the kiosk guard's too, in any order).
const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (!loader) throw new Error("index.html has no module loader script");
const loaderHash = `'${sha(loader[1])}'`;
if (!html.includes(loaderHash)) throw new Error("the CSP does not list the loader's hash: run trunk build --release first");
html = html
  .replace(loaderHash, () => `'${sha(script)}'`)
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
