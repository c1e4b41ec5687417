// Trunk post_build hook:
// 1. stamps the service worker with a build id made from this build's files, so each build
//    gets its own cache and old caches are dropped;
// 2. fills the Content-Security-Policy meta tag with the sha256 of Trunk's inline loader
//    script and of the shell's language script — the only inline scripts — so no
//    'unsafe-inline' is needed for scripts.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error("TRUNK_STAGING_DIR not set"); process.exit(1); }

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.length !== 1) { console.error(`expected one inline loader script, found ${scripts.length}`); process.exit(1); }
const hash = createHash("sha256").update(scripts[0], "utf8").digest("base64");
if (!html.includes("__LOADER_HASH__")) { console.error("CSP placeholder missing in index.html"); process.exit(1); }
html = html.replace("__LOADER_HASH__", `sha256-${hash}`);
// The shell's language script (a classic inline script in index.html) gets its own hash.
const shell = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (shell.length !== 1 || !html.includes("__SHELL_HASH__")) { console.error(`expected one shell script and its CSP placeholder, found ${shell.length}`); process.exit(1); }
const shellHash = createHash("sha256").update(shell[0], "utf8").digest("base64");
html = html.replace("__SHELL_HASH__", `sha256-${shellHash}`);
writeFileSync(indexPath, html);

const files = readdirSync(dir).sort();
const h = createHash("sha256");
for (const f of files) if (f !== "sw.js") h.update(f).update(readFileSync(join(dir, f)));
const id = h.digest("hex").slice(0, 16);
const sw = join(dir, "sw.js");
writeFileSync(sw, readFileSync(sw, "utf8").replace("__BUILD__", id));
console.log(`post-build: CSP loader sha256-${hash}; sw.js build ${id}`);
