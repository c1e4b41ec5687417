#!/usr/bin/env bash
# Installs whatever is missing, idempotently and pinned: wasm32 target, clippy/rustfmt,
# trunk 0.21.14, wasm-bindgen-cli (= Cargo.lock), the wasm split tool (tools/wasm-split), Chromium + chromedriver + poppler-utils + ffmpeg (apt), npm dev tools
# (binaryen's wasm-opt 132, playwright-core, axe-core) from package-lock.json.
# Nothing is downloaded outside cargo, npm and apt. Source it or run it; prints what it does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm not found: install Node.js 20 first" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$c"; then
    say "adding rustup component $c"; rustup component add "$c"
  fi
done

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes 10-15 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
if [ -z "$WB_VERSION" ]; then echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ] \
   || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WB_VERSION (its lock file wants crates the registry lacks: no --locked)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# poppler-utils: pdfinfo and pdftotext read the printed bulletin in the end-to-end suite;
# zip and unzip: scripts/release.sh writes and checks the release zip; ffmpeg: ffprobe and
# ffmpeg read the time-lapse videos back in the end-to-end suite.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v pdftotext >/dev/null \
   || ! command -v zip >/dev/null || ! command -v unzip >/dev/null || ! command -v ffprobe >/dev/null; then
  say "installing Debian's chromium, chromium-driver, poppler-utils, zip, unzip and ffmpeg"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver poppler-utils zip unzip ffmpeg >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  echo "wasm-opt on PATH is not binaryen 132 (npm): $(command -v wasm-opt)" >&2; exit 1
fi

say "fetching crates"
cargo fetch --locked >/dev/null
# The release wasm rebuilds std for size (scripts/wasm-env.sh): the toolchain's own sources,
# and std's crates in cargo's cache (the build is --offline).
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding rustup component rust-src (std rebuilt for size)"; rustup component add rust-src
fi
STD_SRC="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
say "fetching std's crates"
RUSTC_BOOTSTRAP=1 cargo fetch --locked --manifest-path "$STD_SRC/Cargo.toml" >/dev/null
# The build's split step (scripts/post-build.mjs) runs this small native tool of ours around
# wasm_split_cli_support =0.2.3 (the splitter cargo-leptos uses). Cargo skips it when current.
say "building tools/wasm-split (wasm_split_cli_support 0.2.3)"
cargo build --release --locked --quiet --manifest-path tools/wasm-split/Cargo.toml
# The link preview's rasteriser (resvg =0.45.1 with the bundled DejaVu Sans), run by the same step.
say "building tools/preview (resvg 0.45.1)"
cargo build --release --locked --quiet --manifest-path tools/preview/Cargo.toml
say "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $WB_VERSION, wasm-opt 132, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
