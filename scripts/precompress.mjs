// Writes a brotli copy (quality 11, the most a static host's precompression uses) beside every
// compressible file of a build: `X.wasm` -> `X.wasm.br`. A host serves them as they are (nginx
// `brotli_static on`, Caddy `precompressed br`, e2e/serve.mjs), so no visitor waits for
// on-the-fly compression, which hosts do at lower quality.
//   node scripts/precompress.mjs DIR     (scripts/post-build.mjs runs it on every build)
import { readdirSync, readFileSync, writeFileSync, unlinkSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";

export const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".csv", ".txt"]);

/// Compresses every compressible file under `dir` (recursively); returns how many it wrote.
/// Copies left by an earlier run are removed first.
export function precompress(dir) {
  let n = 0;
  for (const f of readdirSync(dir)) if (f.endsWith(".br")) unlinkSync(join(dir, f));
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) { n += precompress(path); continue; }
    if (!COMPRESSIBLE.has(extname(f))) continue;
    const body = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
    n++;
  }
  return n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) { console.error("usage: node scripts/precompress.mjs DIR"); process.exit(2); }
  console.log(`precompressed ${precompress(dir)} files in ${dir}`);
}
