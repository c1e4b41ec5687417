// Trunk post_build hook: stamps the service worker with a build id made from the hashed file
// names of this build, so each build gets its own cache and old caches are dropped.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error("TRUNK_STAGING_DIR not set"); process.exit(1); }
const files = readdirSync(dir).sort();
const h = createHash("sha256");
for (const f of files) if (f !== "sw.js") h.update(f).update(readFileSync(join(dir, f)));
const id = h.digest("hex").slice(0, 16);
const sw = join(dir, "sw.js");
writeFileSync(sw, readFileSync(sw, "utf8").replace("__BUILD__", id));
console.log(`sw.js build ${id}`);
