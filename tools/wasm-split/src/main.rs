//! Splits the app's raw wasm (cargo's output, before wasm-bindgen) at its lazy parts
//! (`#[wasm_split]` functions), the step cargo-leptos runs with `--split`, for a Trunk build.
//!
//! ```text
//! atlas-wasm-split INPUT.wasm OUT_DIR MAIN_MODULE LINK_NAME
//! ```
//!
//! Writes `OUT_DIR/main.wasm` (for wasm-bindgen), one `.wasm` per lazy part and shared chunk,
//! and the link module `OUT_DIR/LINK_NAME`, which imports `initSync` from `MAIN_MODULE` (the
//! path of wasm-bindgen's glue as the link module sees it). Prints one line per part:
//! `part NAME: FILE FILE…` (the files a part needs, in load order). Any error is fatal: without
//! this step the glue imports a placeholder module and the page cannot start.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_module, link_name] = args.as_slice() else {
        eprintln!("usage: atlas-wasm-split INPUT.wasm OUT_DIR MAIN_MODULE LINK_NAME");
        return ExitCode::from(2);
    };
    match run(Path::new(input), Path::new(out_dir), main_module, link_name) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("atlas-wasm-split: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &Path, out_dir: &Path, main_module: &str, link_name: &str) -> Result<(), String> {
    let wasm = std::fs::read(input).map_err(|e| format!("reading {}: {e}", input.display()))?;
    std::fs::create_dir_all(out_dir).map_err(|e| format!("creating {}: {e}", out_dir.display()))?;
    let main_out: PathBuf = out_dir.join("main.wasm");
    let mut opts = wasm_split_cli_support::Options::new(&wasm);
    opts.output_dir = out_dir;
    opts.main_out_path = &main_out;
    opts.main_module = main_module;
    opts.link_name = link_name;
    opts.target.web();
    let split = wasm_split_cli_support::transform(opts).map_err(|e| format!("{e:?}"))?;
    if split.prefetch_map.is_empty() {
        return Err("no lazy parts found: is -Clink-args=--emit-relocs set for wasm32?".into());
    }
    let mut parts: Vec<_> = split.prefetch_map.into_iter().collect();
    parts.sort();
    for (part, files) in parts {
        println!("part {part}: {}", files.join(" "));
    }
    Ok(())
}
