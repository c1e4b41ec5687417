//! `atlas-data`: the data maintainer's command line.
//!
//! `atlas-data check [DIR]` validates the data files in DIR (default `data/`) and prints
//! coverage and the disputed and withheld records; it exits non-zero on any error.
//!
//! `atlas-data json [DIR]` prints the dataset as one JSON document (every record and statement
//! with its citations).
//!
//! `atlas-data card` prints, as one JSON object keyed by language, the card a kiosk shows while
//! it restarts itself (headline figures and data date of the embedded data); the build bakes it
//! into `index.html`.
//!
//! `atlas-data add --source "Outlet <https://…>" [--year YYYY] [--weeks FILE] [REPORT.txt]`
//! reads a weekly report as the press printed it (from the file, or standard input), prints the
//! row and the words each figure came from, and adds it to `data/weeks.csv` by the merge rules
//! (a new period, a second source, or a dispute with both readings); it refuses a text that is
//! not one week's report, and asks for `--year` when the year was not printed. Adding the same
//! article twice changes nothing.
//!
//! `atlas-data preview OUT.svg` writes the link preview's card (1200 × 630, English: land cleared
//! as the headline counter shows it, its date, source and the atlas's address from
//! `ATLAS_PUBLIC_URL`) and prints, as JSON, the title, description and image text the page's
//! Open Graph and Twitter tags carry; the build rasterises the card with `tools/preview`.
//!
//! `atlas-data catalogue DIR` writes the message catalogues as the files the release build
//! ships (`DIR/az.txt`, `en.txt`, `ru.txt`; see `clearance_atlas::i18n::catalogue`): the page
//! fetches its reader's language only.
//!
//! `atlas-data first-screen DIR` writes the page's first screen as HTML in each language
//! (`DIR/az.html`, `en.html`, `ru.html`; see `clearance_atlas::prerender`): the build puts them
//! into `index.html`, shown while the wasm loads.
//!
//! `atlas-data merge REFERENCE_WEEKS.csv [OUR_WEEKS.csv] [--articles weekly.csv] [--dry-run]`
//! merges the compiled reference data into the project's weekly file by the rules in
//! `clearance_atlas::data::merge`: new periods and sources come in, precise values replace
//! consistent "over N" ones, single-source becomes confirmed where the reference and two
//! independent outlets say so; every other difference is reported as a conflict and left as
//! it is. The outlets' names come from the reference's `weekly.csv` (by default the file of
//! that name beside REFERENCE_WEEKS.csv). Running it twice changes nothing the second time.

use clearance_atlas::data::{Dataset, Date, Status};
use clearance_atlas::stats;
use std::process::ExitCode;

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days(i32::try_from(secs / 86_400).unwrap_or(0))
}

const USAGE: &str = "usage: atlas-data check [DATA_DIR]\n       atlas-data json [DATA_DIR]\n       atlas-data card\n       atlas-data totals\n       atlas-data preview OUT.svg\n       atlas-data catalogue DIR\n       atlas-data first-screen DIR\n       atlas-data merge REFERENCE_WEEKS.csv [OUR_WEEKS.csv] [--articles weekly.csv] [--dry-run]\n       atlas-data add --source \"Outlet <https://…>\" [--year YYYY] [--weeks data/weeks.csv] [REPORT.txt | -]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check(&args),
        Some("json") => json(&args),
        Some("card") => card(),
        Some("totals") => {
            // The totals as embedded (without the file's `note` column): the release build's
            // notes file beside the app (scripts/post-build.mjs).
            print!("{}", clearance_atlas::data::TOTALS_CSV);
            ExitCode::SUCCESS
        }
        Some("preview") => preview(&args[1..]),
        Some("catalogue") => catalogue(&args[1..]),
        Some("first-screen") => first_screen(&args[1..]),
        Some("merge") => merge(&args[1..]),
        Some("add") => add(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn merge(args: &[String]) -> ExitCode {
    use clearance_atlas::data::{merge, parse};
    let mut paths = Vec::new();
    let mut articles_path = None;
    let mut dry = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--articles" => articles_path = it.next().cloned(),
            "--dry-run" => dry = true,
            _ => paths.push(a.clone()),
        }
    }
    let Some(reference) = paths.first().cloned() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let ours_path = paths
        .get(1)
        .cloned()
        .unwrap_or_else(|| "data/weeks.csv".into());
    let articles_path = articles_path.unwrap_or_else(|| {
        std::path::Path::new(&reference)
            .with_file_name("weekly.csv")
            .to_string_lossy()
            .into_owned()
    });
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}"));
    let (ref_text, ours_text) = match (read(&reference), read(&ours_path)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let articles = match read(&articles_path) {
        Ok(t) => merge::parse_articles(&articles_path, &t).unwrap_or_else(|e| {
            eprintln!(
                "warning: {articles_path}: {} problem(s); outlets named by host",
                e.len()
            );
            Vec::new()
        }),
        Err(_) => {
            eprintln!("note: no {articles_path}; new sources are named by their host");
            Vec::new()
        }
    };
    let reference_weeks = match merge::parse_reference(&reference, &ref_text) {
        Ok(r) => r,
        Err(errors) => {
            print_errors("error", &errors);
            return ExitCode::from(1);
        }
    };
    let latest = today().add_days(7);
    let mut ours = match parse::parse_weeks(&ours_path, &ours_text, latest) {
        Ok(w) => w,
        Err(errors) => {
            print_errors("error", &errors);
            eprintln!("{ours_path} is not valid: fix it before merging");
            return ExitCode::from(1);
        }
    };
    let report = merge::merge(&mut ours, &reference_weeks, &articles);
    let Some(text) = rewritten(&ours_path, &ours_text, &ours, latest, "merging") else {
        return ExitCode::from(1);
    };
    println!(
        "merge {reference} into {ours_path}: {} change(s), {} conflict(s)",
        report.changes.len(),
        report.conflicts.len()
    );
    for c in &report.changes {
        println!("  changed   {c}");
    }
    for c in &report.conflicts {
        println!("  conflict  {c}");
    }
    if text == ours_text {
        println!("no changes: {ours_path} is up to date");
    } else if dry {
        println!("dry run: {ours_path} not written");
    } else if let Err(e) = std::fs::write(&ours_path, &text) {
        eprintln!("error: cannot write {ours_path}: {e}");
        return ExitCode::from(1);
    } else {
        println!("wrote {ours_path}");
    }
    ExitCode::SUCCESS
}

fn add(args: &[String]) -> ExitCode {
    use clearance_atlas::data::report::{self, Row};
    use clearance_atlas::data::{merge, parse};
    use std::io::Read;
    let (mut source, mut year, mut weeks_path, mut file) =
        (None, None, "data/weeks.csv".to_string(), None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--source" => source = it.next().cloned(),
            "--year" => year = it.next().and_then(|y| y.parse::<i32>().ok()).or(Some(0)),
            "--weeks" => weeks_path = it.next().cloned().unwrap_or_default(),
            _ => file = Some(a.clone()),
        }
    }
    let citation = source
        .as_deref()
        .and_then(|s| parse::parse_citations(s).ok())
        .and_then(|c| c.into_iter().next())
        .filter(|c| c.url.is_some());
    let Some(citation) = citation else {
        eprintln!("error: --source \"Outlet <https://address-of-the-article>\" is required: every figure needs its source");
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if year == Some(0) {
        eprintln!("error: --year needs a year such as 2026");
        return ExitCode::from(2);
    }
    let mut text = String::new();
    let read = match file.as_deref() {
        None | Some("-") => std::io::stdin().read_to_string(&mut text).map(|_| ()),
        Some(p) => std::fs::read_to_string(p).map(|t| text = t),
    };
    if let Err(e) = read {
        eprintln!("error: cannot read the report: {e}");
        return ExitCode::from(1);
    }
    let reading = match report::read(&text, today()) {
        Ok(r) => r,
        Err(refusal) => {
            eprintln!("refused: {}", refusal.describe());
            return ExitCode::from(1);
        }
    };
    println!(
        "read ({}): {}",
        reading.lang.as_str(),
        if reading.period_words.is_empty() {
            "no period"
        } else {
            &reading.period_words
        }
    );
    for (m, figure) in reading.figures.iter() {
        match figure {
            Some(f) => println!(
                "  {:<15} {}{}  from “{}”{}",
                m.as_str(),
                f.qualifier.symbol(),
                f.value,
                f.words,
                f.from_square_metres
                    .map(|v| format!(" ({v} m² ÷ 10,000)"))
                    .unwrap_or_default()
            ),
            None => println!("  {:<15} (not printed)", m.as_str()),
        }
    }
    for u in &reading.unsure {
        println!("  note: {}", u.describe());
    }
    let mut row = Row::from_reading(&reading);
    row.outlet = citation.outlet.clone();
    row.url = citation.url.clone().unwrap_or_default();
    match (reading.year_printed, year, reading.proposed_year()) {
        (_, Some(y), _) => row.period = reading.period_in(y),
        (true, None, _) => {}
        (false, None, Some(p)) => {
            eprintln!("the year is not printed in the report: {p} is proposed from the weekday; confirm it with --year {p}");
            return ExitCode::from(1);
        }
        (false, None, None) => {
            eprintln!("refused: no period found in the text; a weekly report names its days (e.g. “From March 2 to 8”)");
            return ExitCode::from(1);
        }
    }
    let latest = today().add_days(7);
    let week = match row.to_week(latest) {
        Ok(w) => w,
        Err(errors) => {
            print_errors("error", &errors);
            return ExitCode::from(1);
        }
    };
    let ours_text = match std::fs::read_to_string(&weeks_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {weeks_path}: {e}");
            return ExitCode::from(1);
        }
    };
    let mut ours = match parse::parse_weeks(&weeks_path, &ours_text, latest) {
        Ok(w) => w,
        Err(errors) => {
            print_errors("error", &errors);
            eprintln!("{weeks_path} is not valid: fix it before adding");
            return ExitCode::from(1);
        }
    };
    let outcome = merge::add_week(&mut ours, week);
    println!("{}", outcome.describe());
    if !outcome.changed() {
        println!("no changes: {weeks_path} is up to date");
        return ExitCode::SUCCESS;
    }
    let Some(out) = rewritten(&weeks_path, &ours_text, &ours, latest, "adding") else {
        return ExitCode::from(1);
    };
    if let Err(e) = std::fs::write(&weeks_path, &out) {
        eprintln!("error: cannot write {weeks_path}: {e}");
        return ExitCode::from(1);
    }
    println!("wrote {weeks_path}");
    ExitCode::SUCCESS
}

/// The link preview: the card as SVG into `args[0]`, its texts as JSON on standard output.
fn preview(args: &[String]) -> ExitCode {
    use clearance_atlas::embed::card::{card_svg, headline_card};
    use clearance_atlas::embed::qr::BUILD_PUBLIC_URL;
    use clearance_atlas::i18n::Locale;
    let Some(out) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let ds = match embedded() {
        Ok(ds) => ds,
        Err(code) => return code,
    };
    let l = Locale::En;
    let t = l.messages();
    let address = if BUILD_PUBLIC_URL.is_empty() {
        "Clearance Atlas".to_string()
    } else {
        BUILD_PUBLIC_URL.to_string()
    };
    let Some(card) = headline_card(&ds, l, &address) else {
        eprintln!("error: no headline figure for the preview");
        return ExitCode::from(1);
    };
    if let Err(e) = std::fs::write(out, card_svg((1200, 630), &card)) {
        eprintln!("error: cannot write {out}: {e}");
        return ExitCode::from(1);
    }
    let doc = serde_json::json!({
        "title": t.title,
        "description": t.purpose,
        "alt": format!("{} {} {} ({})", card.figure, card.unit, card.meaning, card.date),
        "url": BUILD_PUBLIC_URL,
        "width": 1200,
        "height": 630,
    });
    print_json(serde_json::to_string(&doc))
}

/// Prints every problem, each after `prefix`.
fn print_errors(prefix: &str, errors: &[clearance_atlas::data::DataError]) {
    for e in errors {
        eprintln!("{prefix}: {e}");
    }
}

/// The embedded dataset as the page reads it (records up to a week ahead of today), or the
/// exit code after its problems are printed.
fn embedded() -> Result<Dataset, ExitCode> {
    Dataset::embedded(today().add_days(7)).map_err(|errors| {
        print_errors("error", &errors);
        ExitCode::from(1)
    })
}

/// Writes one file per language, `DIR/<lang>.<ext>`, with the text `text` gives for it.
fn write_per_language(
    dir: &str,
    ext: &str,
    text: impl Fn(clearance_atlas::i18n::Locale) -> String,
) -> ExitCode {
    for l in clearance_atlas::i18n::Locale::ALL {
        let path = std::path::Path::new(dir).join(format!("{}.{ext}", l.as_str()));
        if let Err(e) = std::fs::write(&path, text(l)) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

/// The weekly file `path` rewritten with `weeks` (its comment lines kept from `original`),
/// provided it reads back as a valid file (overlaps, references, limits); otherwise the
/// problems are printed, "after {doing}", and nothing is returned to write.
fn rewritten(
    path: &str,
    original: &str,
    weeks: &[clearance_atlas::data::Week],
    latest: Date,
    doing: &str,
) -> Option<String> {
    use clearance_atlas::data::{merge, parse};
    let text = merge::write_weeks(&merge::preamble(original), weeks);
    if let Err(errors) = parse::parse_weeks(path, &text, latest) {
        print_errors(&format!("error after {doing}"), &errors);
        eprintln!("nothing written");
        return None;
    }
    Some(text)
}

/// The message catalogues as the release build ships them, one file per language.
fn catalogue(args: &[String]) -> ExitCode {
    use clearance_atlas::i18n::catalogue;
    let [dir] = args else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    write_per_language(dir, "txt", |l| catalogue::write(l, l.compiled_messages()))
}

/// The restarting kiosk's card in every language, as one JSON object keyed by language.
fn card() -> ExitCode {
    use clearance_atlas::i18n::Locale;
    use clearance_atlas::kiosk::card::recovery_card;
    let ds = match embedded() {
        Ok(ds) => ds,
        Err(code) => return code,
    };
    let cards: std::collections::BTreeMap<&str, _> = Locale::ALL
        .iter()
        .map(|&l| (l.as_str(), recovery_card(&ds, l)))
        .collect();
    print_json(serde_json::to_string(&cards))
}

/// The prerender is native code (Leptos's `ssr`): there is none in a wasm build of this tool.
#[cfg(target_arch = "wasm32")]
fn first_screen(_: &[String]) -> ExitCode {
    eprintln!("atlas-data first-screen runs natively only");
    ExitCode::from(2)
}

/// Writes the prerendered first screen in each language into a directory.
#[cfg(not(target_arch = "wasm32"))]
fn first_screen(args: &[String]) -> ExitCode {
    let [dir] = args else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let ds = match embedded() {
        Ok(ds) => ds,
        Err(code) => return code,
    };
    write_per_language(dir, "html", |l| {
        clearance_atlas::prerender::first_screen(&ds, l)
    })
}

/// Prints a JSON document, or the error that kept it from being written.
fn print_json(doc: serde_json::Result<String>) -> ExitCode {
    match doc {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// The dataset as one JSON document: every weekly record and statement with its citations,
/// for tools and newsrooms that read JSON rather than CSV.
fn json(args: &[String]) -> ExitCode {
    let Some(ds) = load(args) else {
        return ExitCode::from(1);
    };
    #[derive(serde::Serialize)]
    struct Export<'a> {
        source: &'static str,
        weeks: &'a [clearance_atlas::data::Week],
        totals: &'a [clearance_atlas::data::Total],
        districts: &'a [clearance_atlas::data::District],
    }
    let doc = Export {
        source: "Clearance Atlas: ANAMA figures as published; each record carries its citations",
        weeks: &ds.weeks,
        totals: &ds.totals,
        districts: &ds.districts,
    };
    print_json(serde_json::to_string_pretty(&doc))
}

/// Reads and checks the four data files in `args[1]` (default `data`); prints every problem.
fn load(args: &[String]) -> Option<Dataset> {
    let dir = args.get(1).cloned().unwrap_or_else(|| "data".to_string());
    let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}"));
    let (Ok(w), Ok(t), Ok(d), Ok(b)) = (
        read("weeks.csv"),
        read("totals.csv"),
        read("districts.csv"),
        read("boundaries.txt"),
    ) else {
        eprintln!("error: cannot read the four data files in {dir}");
        return None;
    };
    match Dataset::parse(&w, &t, &d, &b, today().add_days(7)) {
        Ok(ds) => Some(ds),
        Err(errors) => {
            print_errors("error", &errors);
            eprintln!("{} error(s)", errors.len());
            None
        }
    }
}

/// `writeln!` into a String (infallible).
macro_rules! out {
    ($o:expr, $($t:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($o, $($t)*);
    }};
}

fn check(args: &[String]) -> ExitCode {
    let Some(ds) = load(args) else {
        return ExitCode::from(1);
    };
    // Written at once, and a closed pipe (`| head`) is not an error.
    let mut o = String::new();
    let n = stats::status_counts(&ds.weeks);
    out!(
        o,
        "weeks: {} records ({} confirmed, {} single-source, {} disputed, {} withheld)",
        ds.weeks.len(),
        n[0],
        n[1],
        n[2],
        n[3]
    );
    out!(
        o,
        "totals: {} statements; districts: {}; boundary units: {}",
        ds.totals.len(),
        ds.districts.len(),
        ds.boundaries.len()
    );
    out!(
        o,
        "year  periods  counted  with_ha  weekly_ha  annual_ha  coverage"
    );
    for c in stats::coverage(&ds) {
        let (annual, cov) = match c.annual_hectares {
            Some(a) if a > 0.0 => (
                format!("{a:.2}"),
                format!("{:.1}%", 100.0 * c.weekly_hectares / a),
            ),
            _ => ("-".into(), "-".into()),
        };
        out!(
            o,
            "{}  {:7}  {:7}  {:7}  {:9.2}  {:>9}  {:>8}",
            c.year,
            c.by_status.iter().sum::<usize>(),
            c.counted,
            c.with_hectares,
            c.weekly_hectares,
            annual,
            cov
        );
    }
    out!(
        o,
        "monthly reconciliation (weeks starting in the month vs ANAMA's monthly total):"
    );
    out!(o, "month    weeks  weekly_ha  monthly_ha  share");
    for m in clearance_atlas::chart::model::month_bars(&ds) {
        let (Some(from), Some(to)) = (
            Date::new(m.year, m.month, 1),
            Date::new(
                m.year,
                m.month,
                clearance_atlas::data::days_in_month(m.year, m.month),
            ),
        ) else {
            continue;
        };
        let s = stats::range_sums(&ds.weeks, stats::DateRange { from, to });
        let ha = s.get(clearance_atlas::data::Metric::Hectares);
        let share = if m.value > 0.0 {
            format!("{:.1}%", 100.0 * ha.value / m.value)
        } else {
            "-".into()
        };
        out!(
            o,
            "{}-{:02}  {:5}  {:9.2}  {:10.2}  {:>6}",
            m.year,
            m.month,
            ha.reported,
            ha.value,
            m.value,
            share
        );
    }
    for w in ds
        .weeks
        .iter()
        .filter(|w| matches!(w.status, Status::Disputed | Status::Withheld))
    {
        out!(
            o,
            "{} {}..{}: {}",
            w.status.as_str(),
            w.start,
            w.end,
            w.reason
        );
    }
    let _ = std::io::Write::write_all(&mut std::io::stdout(), o.as_bytes());
    ExitCode::SUCCESS
}
