#!/usr/bin/env bash
# The benchmark: native hot paths (divan), then the release build measured in Chromium.
# Prints one line per figure. `scripts/bench.sh --quick` skips divan and runs everything once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
if [ "${1:-}" != "--quick" ]; then
  (cd bench/lighthouse && { [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund --loglevel=error; })
  cargo bench --locked --bench hot_paths
fi
source scripts/wasm-env.sh
trunk build --release --offline
node bench/bench.mjs "$@"
# Side by side with the ECharts peer (../shared/peer-echarts), full runs only.
if [ "${1:-}" != "--quick" ]; then
  node bench/peer.mjs
fi
