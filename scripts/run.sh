#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds the release and serves it on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
source scripts/wasm-env.sh
trunk build --release --offline
echo "Serving dist/ on http://127.0.0.1:8080 (Ctrl-C to stop)"
exec node e2e/serve.mjs dist 8080
