//! `atlas-preview IN.svg OUT.png FONT.ttf…`: renders an SVG to a PNG of the size it declares,
//! with only the fonts named (the build passes the bundled DejaVu Sans), so the link preview
//! image does not depend on the machine that built it.

use resvg::{tiny_skia, usvg};
use std::process::ExitCode;

fn run(args: &[String]) -> Result<(u32, u32), String> {
    let [input, output, fonts @ ..] = args else {
        return Err("usage: atlas-preview IN.svg OUT.png FONT.ttf...".into());
    };
    if fonts.is_empty() {
        return Err("no font given: pass tools/preview/fonts/*.ttf".into());
    }
    let svg = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let mut opt = usvg::Options::default();
    for f in fonts {
        let data = std::fs::read(f).map_err(|e| format!("{f}: {e}"))?;
        opt.fontdb_mut().load_font_data(data);
    }
    let tree = usvg::Tree::from_str(&svg, &opt).map_err(|e| format!("{input}: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("{input}: empty size"))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .save_png(output)
        .map_err(|e| format!("{output}: {e}"))?;
    Ok((size.width(), size.height()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok((w, h)) => {
            println!("atlas-preview: {w}×{h}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("atlas-preview: {e}");
            ExitCode::from(1)
        }
    }
}
