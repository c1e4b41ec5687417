// What a wasm module holds, by function name: reads the code section's body sizes and the name
// section (a build with ATLAS_KEEP_NAMES=1), and prints the largest functions and the bytes by
// group (crate, or our own module). Sizes are raw bytes of code; data segments are counted apart.
//   node bench/wasm-sizes.mjs <module.wasm> [--top N] [--grep text]
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) { console.error("usage: node bench/wasm-sizes.mjs <module.wasm> [--top N] [--grep text]"); process.exit(2); }
const top = Number(args[args.indexOf("--top") + 1]) || 40;
const grep = args.includes("--grep") ? args[args.indexOf("--grep") + 1] : null;
const b = readFileSync(file);
let p = 8;
const u32 = () => { let r = 0, s = 0, x; do { x = b[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80); return r >>> 0; };
let imports = 0, bodies = [], names = new Map(), data = 0;
while (p < b.length) {
  const id = b[p++]; const size = u32(); const end = p + size;
  if (id === 2) { // imports: count functions
    const n = u32();
    for (let i = 0; i < n; i++) { let l = u32(); p += l; l = u32(); p += l; const kind = b[p++];
      if (kind === 0) { u32(); imports++; } else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { p += 2; } else if (kind === 4) { p++; u32(); } }
  } else if (id === 10) {
    const n = u32();
    for (let i = 0; i < n; i++) { const s = u32(); bodies.push(s); p += s; }
  } else if (id === 11) { data = size; }
  else if (id === 0) {
    const nl = u32(); const name = b.toString("utf8", p, p + nl); p += nl;
    if (name === "name") {
      while (p < end) { const sid = b[p++]; const ss = u32(); const se = p + ss;
        if (sid === 1) { const n = u32(); for (let i = 0; i < n; i++) { const idx = u32(); const l = u32(); names.set(idx, b.toString("utf8", p, p + l)); p += l; } }
        p = se; }
    }
  }
  p = end;
}
const fns = bodies.map((s, i) => ({ size: s, name: names.get(i + imports) ?? `#${i + imports}` }));
const group = (raw) => {
  const n = raw.replace(/\[[0-9a-f]{16}\]/g, "").replace(/^[<&*\s]+/, "");
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:::([A-Za-z_][A-Za-z0-9_]*))?/.exec(n);
  if (!m) return "(other)";
  if (m[1] === "clearance_atlas") return `clearance_atlas::${m[2] ?? ""}`;
  return m[1];
};
const groups = new Map();
for (const f of fns) groups.set(group(f.name), (groups.get(group(f.name)) ?? 0) + f.size);
const total = bodies.reduce((a, x) => a + x, 0);
console.log(`wasm.code_bytes ${total}\nwasm.data_bytes ${data}\nwasm.functions ${fns.length}`);
for (const [g, s] of [...groups].sort((a, c) => c[1] - a[1]).slice(0, top)) console.log(`group ${g} ${s}`);
const list = fns.filter((f) => !grep || f.name.includes(grep)).sort((a, c) => c.size - a.size).slice(0, top);
for (const f of list) console.log(`fn ${f.size} ${f.name.slice(0, 160)}`);
