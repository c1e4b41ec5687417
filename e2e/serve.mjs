// A minimal static file server for dist/ (used by scripts/run.sh, the end-to-end tests and the
// benchmark). Loopback only; correct MIME types (application/wasm); no directory listing. Like a
// host with static precompression, it sends `X.br` (written by the build) for `X` to a browser
// that accepts brotli, and compresses other files itself (brotli 9 or gzip, cached).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png",
  ".json": "application/json", ".webmanifest": "application/manifest+json",
  ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".csv", ".txt"]);
const packed = new Map(); // path + encoding -> compressed body (as a host's static compression would)

function encodeBody(path, body, accept) {
  if (!COMPRESSIBLE.has(extname(path))) return [body, null];
  const enc = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
  if (!enc) return [body, null];
  const key = `${path}|${enc}|${body.length}`;
  if (!packed.has(key)) {
    packed.set(key, enc === "br"
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(body, { level: 9 }));
  }
  return [packed.get(key), enc];
}

export function serve(root, port = 0, host = "127.0.0.1") {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) { res.writeHead(403).end(); return; }
      const s = await stat(path).catch(() => null);
      if (s?.isDirectory()) path = join(path, "index.html");
      const accept = req.headers["accept-encoding"] ?? "";
      const pre = /\bbr\b/.test(accept) && COMPRESSIBLE.has(extname(path)) ? await readFile(`${path}.br`).catch(() => null) : null;
      const [body, enc] = pre ? [pre, "br"] : encodeBody(path, await readFile(path), accept);
      const headers = { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-cache", vary: "accept-encoding" };
      if (enc) headers["content-encoding"] = enc;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  const s = await serve(root, Number(port));
  console.log(`serving ${root} on http://127.0.0.1:${s.address().port}`);
}
