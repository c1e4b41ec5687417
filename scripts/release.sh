#!/usr/bin/env bash
# One-command release: checks the data, then writes
#   dist/                                      the site, for any static host
#   dist-single/clearance-atlas.html           the one-file build for kiosks (works from file://)
#   release/clearance-atlas-YYYY-MM-DD.zip     both, dated, to hand over or copy to a USB stick
# Usage: scripts/release.sh [--skip-setup]     (--skip-setup: the tools are installed already)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--skip-setup" ] || bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true

echo "== checking data/"
cargo run --locked --quiet --bin atlas-data -- check data > /dev/null
echo "== building dist/"
source scripts/wasm-env.sh
trunk build --release --offline
echo "== building dist-single/"
node scripts/single-file.mjs dist dist-single/clearance-atlas.html

day=$(date -u +%Y-%m-%d)
zipfile="release/clearance-atlas-$day.zip"
mkdir -p release
rm -f "$zipfile"
# -X: no extra file attributes, so the same files give the same zip.
zip -q -r -X "$zipfile" dist dist-single
for f in dist/index.html dist/sw.js dist-single/clearance-atlas.html; do
  unzip -l "$zipfile" "$f" > /dev/null || { echo "error: $f missing from $zipfile" >&2; exit 1; }
done
asof=$(grep -o '"as_of":"Data as of [^"]*"' dist/index.html | head -1 | cut -d'"' -f4 || true)
echo "wrote $zipfile ($(du -h "$zipfile" | cut -f1)); ${asof:-no data date found}"
