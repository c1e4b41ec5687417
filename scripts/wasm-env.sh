# Sourced by the scripts that build the release wasm (run.sh, release.sh, bench.sh): std rebuilt
# for size. The standard library is compiled with the app (cargo's build-std, from the
# toolchain's rust-src that scripts/setup.sh adds) with panic=immediate-abort: no panic
# messages, locations or unwinding machinery in the wasm (figures: docs/performance.md). A
# panic is then a bare `unreachable` trap; the page's guard (static/kiosk-guard.js) turns it
# into the crash message, or a kiosk's restart.
#
# build-std and immediate-abort are unstable: RUSTC_BOOTSTRAP=1 lets the machine's stable
# 1.95 compiler use them, for this build only (never for the native tools, tests or clippy;
# scripts/post-build.mjs runs its host cargo without these variables). ATLAS_STABLE_STD=1
# builds with the prebuilt std instead, as a fallback and for comparisons.
std_src="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
if [ "${ATLAS_STABLE_STD:-0}" != 1 ] && [ -f "$std_src/Cargo.lock" ]; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # The wasm32 rustflags of .cargo/config.toml (this variable replaces them), plus the panic;
  # and no Debug formatting or panic locations (`{:?}` prints nothing: nothing a reader sees
  # uses it; AddKind::as_str names the one attribute that did): −3.7 KB brotli measured.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
  export ATLAS_STD=rebuilt
else
  export ATLAS_STD=prebuilt
fi
