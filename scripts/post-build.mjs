// Trunk post_build hook (one script: Trunk runs hooks of a stage concurrently). index.html goes
// through the steps below in this order, each a function `(html, ctx) => html` further down;
// `ctx.lazy` collects the files index.html does not name, for the service worker:
//  1. splitWasm: the wasm split at its lazy parts (src/components/lazy.rs). Trunk has no hook
//     between cargo and wasm-bindgen, so this redoes the tail of its Rust pipeline: the raw wasm
//     from cargo is split by tools/wasm-split (wasm_split_cli_support =0.2.3), wasm-bindgen runs
//     on the split main module, `wasm-opt -Oz` on it and on every chunk (release), and the
//     results replace Trunk's glue and wasm; chunk names carry their content hash; integrity
//     attributes are recomputed and the link module is modulepreloaded. Without the split the
//     glue imports a placeholder module and the page cannot start, so any error fails the build;
//  2. writeCatalogues: one message catalogue per language beside the app, named in a meta tag;
//  3. writeNotes: data/weeks.csv and the embedded totals (atlas-data totals) beside the app for
//     the notes the first-screen digest leaves out, each named in a meta tag;
//  4. hoistPreloads: the app's preloads moved up to the style sheet;
//  5. minifyCss: the style sheet minified, its integrity recomputed;
//  6. bakeKioskGuard: the kiosk guard inlined and its card baked (atlas-data card);
//  7. bakeLinkPreview: preview.png and the Open Graph / Twitter tags (atlas-data preview);
//  8. bakeFirstScreen: the prerendered first screen in each language (atlas-data first-screen);
//  9. fillCsp: the Content-Security-Policy's hashes of the three inline scripts (the loader,
//     the shell's language script, the kiosk guard), so no 'unsafe-inline' is needed.
// Then the service worker is stamped with a build id made from this build's files (each build
// gets its own cache) and the list of lazy files to precache, and a brotli copy (quality 11) is
// written beside every compressible file (scripts/precompress.mjs). atlas-data (native, the
// same code as the page) is built once and run directly.
import { readdirSync, readFileSync, writeFileSync, copyFileSync, rmSync, mkdtempSync, mkdirSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";

// The host cargo this step runs (atlas-data) must not inherit the wasm build's unstable
// settings (scripts/wasm-env.sh): build-std would rebuild std for the host, and
// RUSTC_BOOTSTRAP would change its fingerprints.
const hostEnv = () => {
  const env = { ...process.env, CARGO_TERM_COLOR: "never" };
  for (const k of ["RUSTC_BOOTSTRAP", "CARGO_UNSTABLE_BUILD_STD", "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS"]) delete env[k];
  return env;
};
import { join, basename } from "node:path";
import { tmpdir } from "node:os";
import { precompress } from "./precompress.mjs";
import { transformSync } from "esbuild";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error("TRUNK_STAGING_DIR not set"); process.exit(1); }
const fail = (msg) => { console.error(`post-build: ${msg}`); process.exit(1); };
const digest = (algo, data, enc = "base64") => createHash(algo).update(data).digest(enc);

const indexPath = join(dir, "index.html");
const steps = [splitWasm, writeCatalogues, writeNotes, hoistPreloads, minifyCss, bakeKioskGuard,
  bakeLinkPreview, bakeFirstScreen, fillCsp];
const ctx = { lazy: [], atlasData: buildAtlasData() };
const html = steps.reduce((text, step) => step(text, ctx), readFileSync(indexPath, "utf8"));
writeFileSync(indexPath, html);

const files = readdirSync(dir).sort();
const h = createHash("sha256");
for (const f of files) if (f !== "sw.js" && !f.endsWith(".br")) h.update(f).update(readFileSync(join(dir, f)));
const id = h.digest("hex").slice(0, 16);
const sw = join(dir, "sw.js");
const swText = readFileSync(sw, "utf8");
if (!swText.includes("__BUILD__") || !swText.includes('"__CHUNKS__"')) fail("sw.js placeholders missing");
writeFileSync(sw, swText.replace("__BUILD__", id).replace('"__CHUNKS__"', JSON.stringify(ctx.lazy).slice(1, -1)));
const packed = precompress(dir);
console.log(`post-build: sw.js build ${id}; ${ctx.lazy.length} lazy files; ${packed} files precompressed`);

/// The CSP's hashes: of Trunk's inline loader script, of the shell's language script and of the
/// kiosk guard, each found by what it is, each replacing its own placeholder.
function fillCsp(html) {
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (scripts.length !== 1) fail(`expected one inline loader script, found ${scripts.length}`);
  if (!html.includes("__LOADER_HASH__")) fail("CSP placeholder missing in index.html");
  html = html.replace("__LOADER_HASH__", `sha256-${digest("sha256", scripts[0])}`);
  const shell = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (shell.length !== 1 || !html.includes("__SHELL_HASH__")) fail(`expected one shell script and its CSP placeholder, found ${shell.length}`);
  html = html.replace("__SHELL_HASH__", `sha256-${digest("sha256", shell[0])}`);
  const guard = /<script id="kiosk-guard">([\s\S]*?)<\/script>/.exec(html);
  if (!guard || !guard[1].trim() || !html.includes("__GUARD_HASH__")) fail("the kiosk guard or its CSP placeholder is missing");
  return html.replace("__GUARD_HASH__", `sha256-${digest("sha256", guard[1])}`);
}

/// Moves the app's preloads (the glue, the link module, the wasm), which Trunk writes at the end
/// of <head>, to just after the style sheet, ahead of any script that waits for it (Chromium
/// requested what was written after such a script only once the style sheet had arrived: on the
/// mobile profile the wasm, the longest download, started about 300 ms later). The kiosk guard,
/// which must see a preload fail, sits before the style sheet (index.html).
function hoistPreloads(html) {
  const tags = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*>/g)].map((m) => m[0]);
  if (!tags.some((t) => t.includes("_bg.wasm"))) fail("the wasm's preload is missing from index.html");
  for (const t of tags) html = html.replace(t, "");
  const css = /<link rel="stylesheet"[^>]*>/.exec(html);
  if (!css) fail("no style sheet link in index.html");
  html = html.replace(css[0], () => [css[0], ...tags].join("\n"));
  if (html.indexOf('<script id="kiosk-guard">') > html.indexOf(tags[0])) fail("the kiosk guard must come before the app's preloads, or it misses their failures");
  return html;
}

/// Builds `atlas-data` (native, the same code as the page) once and returns the path of its
/// binary; the steps run it directly.
function buildAtlasData() {
  let out;
  try {
    out = execFileSync("cargo", ["build", "--quiet", "--locked", "--bin", "atlas-data", "--message-format=json"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: hostEnv(), maxBuffer: 64 << 20 });
  } catch (e) {
    fail(`atlas-data could not be built:\n${e.stderr ?? e.message}`);
  }
  const exe = out.split("\n").filter(Boolean).map((l) => JSON.parse(l))
    .find((m) => m.reason === "compiler-artifact" && m.target?.name === "atlas-data" && m.executable)?.executable;
  if (!exe) fail("cargo did not say where atlas-data was built");
  return exe;
}

/// Runs `atlas-data` and returns what it printed; throws with its standard error when it fails.
function atlasData(ctx, ...args) {
  return execFileSync(ctx.atlasData, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: hostEnv() });
}

/// Writes the first screen as the app draws it for the default view, in each language (from
/// `atlas-data first-screen`: the page's own components rendered natively, see
/// src/prerender.rs), into index.html as one <template> per language: the shell's script shows
/// the reader's while the wasm loads, and the app takes its place when ready.
function bakeFirstScreen(html, ctx) {
  const templates = Object.entries(atlasDataPerLanguage(ctx, "first-screen", "html")).map(([l, bytes]) => {
    const body = bytes.toString("utf8");
    if (!body.includes('class="counter-grid"') || /<script|<\/template/i.test(body)) fail(`first screen ${l}: not the page's first screen`);
    return `<template id="first-${l}">${body}</template>`;
  }).join("");
  if (!html.includes("<!-- first-screen -->")) fail("index.html has no first-screen placeholder");
  html = html.replace("<!-- first-screen -->", () => templates);
  return html;
}

/// Runs `atlas-data COMMAND DIR` into a temporary directory and returns the file it wrote for
/// each language (`DIR/<lang>.<ext>`), keyed az, en, ru; any error fails the build.
function atlasDataPerLanguage(ctx, command, ext) {
  const tmp = mkdtempSync(join(tmpdir(), `atlas-${command}-`));
  try {
    try {
      atlasData(ctx, command, tmp);
    } catch (e) {
      fail(`atlas-data ${command} failed:\n${e.stderr ?? e.message}`);
    }
    return Object.fromEntries(["az", "en", "ru"].map((l) => [l, readFileSync(join(tmp, `${l}.${ext}`))]));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/// Inlines the kiosk's guard (static/kiosk-guard.js) and bakes its card: the headline figures
/// and data date of the embedded data in each language, from `atlas-data card` (native, the
/// same code as the page).
function bakeKioskGuard(html, ctx) {
  let card;
  try {
    card = atlasData(ctx, "card");
    JSON.parse(card);
  } catch (e) {
    fail(`atlas-data card failed:\n${e.stderr ?? e.message}`);
  }
  // JSON inside a script element: no "</script" can end it early.
  const json = card.trim().replace(/</g, "\\u003c");
  // Minified: it is inline in every page, kiosk or not (1 KB brotli less).
  const guard = minify(readFileSync(join("static", "kiosk-guard.js"), "utf8"), "js-script").replace(/<\/script/gi, "<\\/script");
  const before = html;
  html = html
    .replace(/<script type="application\/json" id="kiosk-card">[\s\S]*?<\/script>/, () => `<script type="application/json" id="kiosk-card">${json}</script>`)
    .replace(/<script id="kiosk-guard">[\s\S]*?<\/script>/, () => `<script id="kiosk-guard">${guard}</script>`);
  if (html === before || !html.includes('"lines"')) fail("index.html has no kiosk card or guard placeholder");
  return html;
}

/// Link previews for messengers and social networks (their crawlers run no wasm): the card of
/// the headline figure drawn by `atlas-data preview` (the same card code as the page), rendered
/// to dist/preview.png (1200 × 630) by tools/preview (resvg with the bundled DejaVu Sans), and
/// the Open Graph and Twitter tags in index.html. With ATLAS_PUBLIC_URL set the image and page
/// addresses are absolute, as those crawlers want.
function bakeLinkPreview(html, ctx) {
  const tool = process.env.ATLAS_PREVIEW_TOOL ?? join("tools", "preview", "target", "release", "atlas-preview");
  if (!existsSync(tool)) fail(`no ${tool}: run scripts/setup.sh (it builds the preview tool)`);
  const tmp = mkdtempSync(join(tmpdir(), "atlas-preview-"));
  let meta;
  try {
    const svg = join(tmp, "preview.svg");
    meta = JSON.parse(atlasData(ctx, "preview", svg));
    const fonts = readdirSync(join("tools", "preview", "fonts")).filter((f) => f.endsWith(".ttf")).map((f) => join("tools", "preview", "fonts", f));
    execFileSync(tool, [svg, join(dir, "preview.png"), ...fonts], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    fail(`link preview failed:\n${e.stderr ?? e.message}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const base = meta.url ? (meta.url.endsWith("/") ? meta.url : `${meta.url}/`) : "";
  const attr = (s) => String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const tags = [
    ["property", "og:type", "website"],
    ["property", "og:site_name", "Clearance Atlas"],
    ["property", "og:title", meta.title],
    ["property", "og:description", meta.description],
    ...(base ? [["property", "og:url", base]] : []),
    ["property", "og:image", `${base}preview.png`],
    ["property", "og:image:type", "image/png"],
    ["property", "og:image:width", meta.width],
    ["property", "og:image:height", meta.height],
    ["property", "og:image:alt", meta.alt],
    ["property", "og:locale", "en_GB"],
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:title", meta.title],
    ["name", "twitter:description", meta.description],
    ["name", "twitter:image", `${base}preview.png`],
    ["name", "twitter:image:alt", meta.alt],
  ].map(([k, n, v]) => `<meta ${k}="${n}" content="${attr(v)}">`).join("\n  ");
  const marker = /<!-- link-preview:[^>]*-->/;
  if (!marker.test(html)) fail("index.html has no link-preview placeholder");
  html = html.replace(marker, () => tags);
  return html;
}

/// Writes the message catalogues (one file per language, from `atlas-data catalogue`, the
/// typed catalogues of src/i18n/messages/) with content-hashed names, and names them in the
/// `atlas-catalogues` meta tag; returns the names (the service worker precaches them).
function writeCatalogues(html, ctx) {
  const names = Object.entries(atlasDataPerLanguage(ctx, "catalogue", "txt")).map(([lang, bytes]) => {
    const name = `i18n-${lang}-${digest("sha256", bytes, "hex").slice(0, 16)}.txt`;
    writeFileSync(join(dir, name), bytes);
    return [lang, name];
  });
  if (!html.includes('content="__CATALOGUES__"')) fail("index.html has no atlas-catalogues meta placeholder");
  html = html.replace('content="__CATALOGUES__"', `content="${names.map(([l, n]) => `${l}=${n}`).join(" ")}"`);
  ctx.lazy.push(...names.map(([, n]) => n));
  return html;
}

/// Writes `data/weeks.csv` beside the app with a content-hashed name and names it in the
/// `atlas-weeks` meta tag: the weeks' notes, which the page's compiled-in digest leaves out
/// (src/data/digest/), read after the first screen (src/web/notes.rs). Returns the name (the
/// service worker precaches it).
function writeNotes(html, ctx) {
  let totals;
  try {
    totals = Buffer.from(atlasData(ctx, "totals"), "utf8");
  } catch (e) {
    fail(`atlas-data totals failed:\n${e.stderr ?? e.message}`);
  }
  for (const [which, bytes] of [["weeks", readFileSync("data/weeks.csv")], ["totals", totals]]) {
    const name = `${which}-${digest("sha256", bytes, "hex").slice(0, 16)}.csv`;
    writeFileSync(join(dir, name), bytes);
    const slot = `content="__${which.toUpperCase()}__"`;
    if (!html.includes(slot)) fail(`index.html has no atlas-${which} meta placeholder`);
    ctx.lazy.push(name);
    html = html.replace(slot, `content="${name}"`);
  }
  return html;
}

/// esbuild's minifier on a script (an ES module or a classic script) or a style sheet; any error
/// fails the build.
function minify(text, loader) {
  try {
    // "js": an ES module; "js-script": a classic script; "css".
    const options = loader === "css" ? { loader } : { loader: "js", ...(loader === "js" ? { format: "esm" } : {}) };
    return transformSync(text, { minify: true, ...options }).code;
  } catch (e) {
    fail(`esbuild could not minify a ${loader} file:\n${e.message}`);
  }
}

/// The style sheet, minified in place (1.5 KB less before the first screen), and its integrity.
function minifyCss(html) {
  const css = readdirSync(dir).find((f) => /^style-[0-9a-f]+\.css$/.test(f));
  if (!css) fail("Trunk's style sheet not found in the staging directory");
  const path = join(dir, css);
  writeFileSync(path, minify(readFileSync(path, "utf8"), "css"));
  const re = new RegExp(`(href="\\./${css.replace(/[.]/g, "\\.")}"[^>]*integrity=")[^"]*(")`);
  if (!re.test(html)) fail(`no integrity attribute for ${css} in index.html`);
  html = html.replace(re, `$1sha384-${digest("sha384", readFileSync(path))}$2`);
  return html;
}

/// Splits the wasm, replaces Trunk's glue and wasm, and returns the files index.html does not
/// name (the link module is named by its modulepreload; the chunks are not).
function splitWasm(html, ctx) {
  const profile = process.env.TRUNK_PROFILE ?? "release";
  const target = process.env.CARGO_TARGET_DIR ?? "target";
  const raw = join(target, "wasm32-unknown-unknown", profile, "clearance-atlas.wasm");
  const tool = process.env.ATLAS_WASM_SPLIT ?? join("tools", "wasm-split", "target", "release", "atlas-wasm-split");
  if (!existsSync(raw)) fail(`no ${raw}: the cargo build did not leave it`);
  if (!existsSync(tool)) fail(`no ${tool}: run scripts/setup.sh (it builds the split tool)`);
  const glue = readdirSync(dir).find((f) => /^clearance-atlas-[0-9a-f]+\.js$/.test(f));
  if (!glue) fail("Trunk's wasm-bindgen glue not found in the staging directory");
  const stem = glue.slice(0, -3);
  const tmp = mkdtempSync(join(tmpdir(), "atlas-split-"));
  const run = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      fail(`${cmd} ${args.join(" ")} failed:\n${e.stderr ?? ""}${e.stdout ?? ""}`);
    }
  };
  try {
    const link = `${stem}.split.js`;
    const parts = run(tool, [raw, join(tmp, "split"), `./${glue}`, `./${link}`]);
    // ATLAS_KEEP_NAMES=1 keeps the function names in the wasm (a profiling build: the browser's
    // profiler then names Rust functions; 1.4× the raw size, never for publishing).
    const names = process.env.ATLAS_KEEP_NAMES === "1";
    run("wasm-bindgen", ["--target=web", "--keep-lld-exports", "--no-typescript", `--out-name=${stem}`, ...(names ? ["--keep-debug"] : []),
      `--out-dir=${join(tmp, "bg")}`, join(tmp, "split", "main.wasm")]);
    const mainWasm = join(tmp, "bg", `${stem}_bg.wasm`);
    const chunkFiles = readdirSync(join(tmp, "split")).filter((f) => f.endsWith(".wasm") && f !== "main.wasm");
    if (profile === "release") {
      for (const f of [mainWasm, ...chunkFiles.map((c) => join(tmp, "split", c))]) {
        // --low-memory-unused: the first 1 KB of memory is never addressed (Rust's wasm32 puts the
        // 1 MB stack first, growing down, so its bottom is reached only by an overflow), which
        // lets loads and stores fold their offsets: 1.1 KB less main module (brotli), measured.
        run("wasm-opt", ["-Oz", "--low-memory-unused", "--enable-reference-types", ...(names ? ["--debuginfo"] : []), `--output=${f}`, f]);
      }
    }
    // The chunks get content-hashed names, and the link module fetches them by those names.
    let linkJs = readFileSync(join(tmp, "split", link), "utf8");
    const lazy = [];
    for (const c of chunkFiles) {
      const bytes = readFileSync(join(tmp, "split", c));
      const named = `${c.slice(0, -5)}-${digest("sha256", bytes, "hex").slice(0, 16)}.wasm`;
      if (!linkJs.includes(`"./${c}"`)) fail(`the link module does not load ${c}`);
      linkJs = linkJs.replaceAll(`"./${c}"`, `"./${named}"`);
      writeFileSync(join(dir, named), bytes);
      lazy.push(named);
    }
    // A chunk's fetch starts before the chunks it depends on have loaded; if it fails while
    // they still load, nothing awaits it yet and the browser reports an unhandled rejection.
    // The failure itself still reaches the part, through instantiateStreaming.
    const fetches = linkJs.match(/const src = fetch\(new URL\("[^"]+", import\.meta\.url\)\);/g) ?? [];
    if (fetches.length !== chunkFiles.length) fail(`the link module's fetches changed shape (${fetches.length} for ${chunkFiles.length} chunks)`);
    linkJs = linkJs.replace(/(const src = fetch\(new URL\("[^"]+", import\.meta\.url\)\);)/g, "$1 src.catch(() => {});");
    // The glue and the link module are minified (esbuild): 2 KB less (brotli) to fetch before the first
    // screen. The single-file build rewrites their unminified text (scripts/single-file.mjs),
    // kept beside the cargo output (a named build's apart, so it never replaces the release's).
    const sources = join(target, names ? "atlas-js-named" : "atlas-js");
    rmSync(sources, { recursive: true, force: true });
    mkdirSync(sources, { recursive: true });
    const glueJs = readFileSync(join(tmp, "bg", `${stem}.js`), "utf8");
    writeFileSync(join(sources, link), linkJs);
    writeFileSync(join(sources, glue), glueJs);
    writeFileSync(join(dir, link), minify(linkJs, "js"));
    writeFileSync(join(dir, glue), minify(glueJs, "js"));
    copyFileSync(mainWasm, join(dir, `${stem}_bg.wasm`));
    // Integrity of the replaced files, and a modulepreload for the link module (the glue
    // imports it: without the preload it would be fetched only after the glue is parsed).
    const sri = (f) => `sha384-${digest("sha384", readFileSync(join(dir, f)))}`;
    const setIntegrity = (file) => {
      const re = new RegExp(`(href="\\./${file.replace(/[.]/g, "\\.")}"[^>]*integrity=")[^"]*(")`);
      if (!re.test(html)) fail(`no integrity attribute for ${file} in index.html`);
      html = html.replace(re, `$1${sri(file)}$2`);
    };
    setIntegrity(glue);
    setIntegrity(`${stem}_bg.wasm`);
    html = html.replace(/(<link rel="modulepreload" href="\.\/clearance-atlas-[0-9a-f]+\.js"[^>]*>)/,
      `$1\n<link rel="modulepreload" href="./${link}" crossorigin="anonymous" integrity="${sri(link)}">`);
    if (!html.includes(`href="./${link}"`)) fail("could not add the link module's modulepreload");
    console.log(`post-build: split ${basename(raw)} (${profile}) into the main module and ${lazy.length} chunks:\n${parts.trim()}`);
    ctx.lazy.push(...lazy.sort());
    return html;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
