//! The data pipeline: reads the raw public tables in `../shared/sources/` and the report's stated
//! numbers in `data-src/`, and writes every `data/*.json` the dashboard ships.
//!
//! Usage: `datagen [SOURCES_DIR] [OUT_DIR]` (defaults `../shared/sources` and `data`).

mod niv;
mod package;
mod statements;
mod work_visas;

use std::path::{Path, PathBuf};
use talent_flows::data::Dataset;

fn write_json(path: &Path, value: &impl serde::Serialize) -> Result<(), String> {
    let mut text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    text.push('\n');
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(sources: &Path, out: &Path) -> Result<(), String> {
    let report_path = sources.join("../report/ccg-2024-talent-mobility-report.zh.md");
    let report = std::fs::read_to_string(&report_path).map_err(|e| format!("{}: {e}", report_path.display()))?;
    let statements = statements::load(Path::new("data-src/report_statements.toml"), &report)?;

    let niv = niv::NivTable::read(&sources.join("us-visas/niv-detail-table/FYs97-24_NIVDetailTable.xlsx"))?;
    let mut datasets: Vec<Dataset> = vec![work_visas::build(&niv)?];
    for ds in &mut datasets {
        statements::attach_errata(ds, &statements)?;
        ds.validate()?;
    }

    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    for ds in &datasets {
        write_json(&out.join(format!("{}.json", ds.name)), ds)?;
    }
    write_json(&out.join("datapackage.json"), &package::build(&datasets))?;
    eprintln!("datagen: wrote {} datasets and datapackage.json to {}", datasets.len(), out.display());
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sources = PathBuf::from(args.first().map(String::as_str).unwrap_or("../shared/sources"));
    let out = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("data"));
    if let Err(e) = run(&sources, &out) {
        eprintln!("datagen: {e}");
        std::process::exit(1);
    }
}
