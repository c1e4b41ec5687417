#!/usr/bin/env bash
# Quick start 2: installs what is missing, then runs every test: fmt, clippy (host and wasm32),
# native tests, the data check, the release (scripts/release.sh: dist/, dist-single/, zip), browser tests (wasm-bindgen-test in headless
# Chromium), the end-to-end suite (node --test + playwright-core) and the benchmark's quick mode.
# Ends with one summary line "summary: N passed, M failed".
# scripts/test.sh --quick: the fast tier, for every change: fmt, clippy (host) and the native
# tests only (no release build, no browser); a few minutes warm (docs/testing.md).
set -uo pipefail
cd "$(dirname "$0")/.."
QUICK=0; [ "${1:-}" = "--quick" ] && QUICK=1
bash scripts/setup.sh || { echo "summary: 0 passed, 1 failed"; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TERM_COLOR=never
# The full run builds each target once from a fresh clone: incremental caches (2.2 GB of a run's
# 17 GB before debug info went, docs/testing.md) would only take disk. The quick tier keeps them, for the edit-test loop.
[ "$QUICK" = 1 ] || export CARGO_INCREMENTAL=0
# Free disk, said up front: a full run writes about 3 GB (target/, the tools' targets,
# node_modules; docs/testing.md), and a full disk fails every later step at once.
free_mb=$(df -Pm . | awk 'NR==2 {print $4}')
echo "free disk: ${free_mb} MB"
if [ "$QUICK" = 0 ] && [ "${free_mb:-0}" -lt 4000 ]; then
  echo "warning: under 4 GB free here; the build may stop with 'No space left on device'" >&2
fi
mkdir -p artifacts
LOG=artifacts/test-log.txt; : > "$LOG"
PASSED=0; FAILED=0; FAILED_STEPS=()

# Counts tests from cargo ("test result: ok. N passed; M failed") and node ("# pass N").
count() {
  local out="$1" p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$out" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$out" | awk '{s+=$1} END {print s+0}')
  p=$((p + $(grep -E '^# pass [0-9]+' "$out" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -E '^# fail [0-9]+' "$out" | awk '{s+=$3} END {print s+0}')))
  echo "$p $f"
}

step() {
  local name="$1"; shift
  local out; out=$(mktemp)
  local t0=$SECONDS
  printf '\n=== %s\n' "$name" | tee -a "$LOG"
  "$@" >"$out" 2>&1
  local rc=$?
  cat "$out" >> "$LOG"
  read -r p f < <(count "$out")
  if [ "$rc" -ne 0 ]; then
    tail -n 60 "$out"
    [ "$f" -eq 0 ] && f=1
    FAILED_STEPS+=("$name")
  elif [ "$p" -eq 0 ]; then
    p=1 # a check without a test count (fmt, clippy, build) counts as one
  fi
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  printf '%s: %s passed, %s failed (%ss)\n' "$name" "$p" "$f" "$((SECONDS - t0))"
  rm -f "$out"
}

if [ "$QUICK" = 1 ]; then
  step "cargo fmt --check" cargo fmt --all -- --check
  step "clippy (host)" cargo clippy --locked --all-targets -- -D warnings
  step "native tests" cargo test --locked
  echo
  if [ ${#FAILED_STEPS[@]} -gt 0 ]; then echo "failed steps: ${FAILED_STEPS[*]}"; fi
  echo "summary: $PASSED passed, $FAILED failed (quick: fmt, clippy, native tests)"
  [ "$FAILED" -eq 0 ] && [ ${#FAILED_STEPS[@]} -eq 0 ]
  exit
fi

step "cargo fmt --check" cargo fmt --all -- --check
step "cargo fmt --check (split tool)" cargo fmt --manifest-path tools/wasm-split/Cargo.toml -- --check
step "cargo fmt --check (preview tool)" cargo fmt --manifest-path tools/preview/Cargo.toml -- --check
step "clippy (host)" cargo clippy --locked --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
step "clippy (wasm32, split)" cargo clippy --locked --target wasm32-unknown-unknown --features split --lib --bins -- -D warnings
step "clippy (split tool)" cargo clippy --locked --release --manifest-path tools/wasm-split/Cargo.toml -- -D warnings
step "clippy (preview tool)" cargo clippy --locked --release --manifest-path tools/preview/Cargo.toml -- -D warnings
step "native tests" cargo test --locked
step "data check" cargo run --locked --quiet --bin atlas-data -- check data
step "release (dist, dist-single, zip)" bash scripts/release.sh --skip-setup
step "browser tests (wasm-bindgen-test)" env CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web
step "end-to-end (node --test)" node --test --test-concurrency=1 e2e/
if [ -f bench/bench.mjs ]; then
  step "benchmark quick mode" node bench/bench.mjs --quick
fi

echo
echo "disk written (MB): $(du -sm target tools/*/target node_modules dist dist-single release artifacts 2>/dev/null | awk '{printf "%s %s, ", $2, $1; s+=$1} END {printf "total %d", s}')"
if [ ${#FAILED_STEPS[@]} -gt 0 ]; then echo "failed steps: ${FAILED_STEPS[*]}"; fi
echo "summary: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ] && [ ${#FAILED_STEPS[@]} -eq 0 ]
