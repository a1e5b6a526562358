//! Build step (native): writes the overview's static first screen into the built index.html, in
//! place of its `<!-- prerender -->` marker, and the plan of every embed's picture
//! (`dist/pre/plan.json`, drawn by tools/static-charts.mjs). See `talent_flows::prerender` for why.
//!
//!   cargo run -q --bin prerender -- dist

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use talent_flows::data::Dataset;
    use talent_flows::prerender;
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let index = format!("{dist}/index.html");
    let page = std::fs::read_to_string(&index).unwrap_or_else(|e| panic!("prerender: cannot read {index}: {e}"));
    // A data file that cannot be read or parsed leaves that finding's numbers as dashes, as the
    // app would show them; the build says so.
    let datasets: Vec<(&str, Dataset)> = talent_flows::findings::FINDING_DATA
        .iter()
        .filter_map(|name| {
            let path = format!("{dist}/data/{name}.json");
            match std::fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string())) {
                Ok(d) => Some((*name, d)),
                Err(e) => {
                    eprintln!("prerender: {path}: {e}; its numbers stay dashes");
                    None
                }
            }
        })
        .collect();
    let block = prerender::html(&datasets);
    let Some(out) = prerender::insert(&page, &block) else {
        panic!("prerender: {index} has no {} marker", prerender::MARKER);
    };
    // The data release, for the app's citations.
    let package: Option<talent_flows::data::package::DataPackage> =
        std::fs::read_to_string(format!("{dist}/data/datapackage.json")).ok().and_then(|t| serde_json::from_str(&t).ok());
    let release = package.as_ref().map(|p| (p.version.as_str(), p.created.as_str())).filter(|(v, _)| !v.is_empty());
    if release.is_none() {
        eprintln!("prerender: no data release in {dist}/data/datapackage.json; citations will say none");
    }
    let Some(out) = prerender::with_boot_config(&out, release) else {
        panic!("prerender: {index} has no boot.js tag for the boot settings");
    };
    let Some(out) = prerender::gate_app(&out) else {
        panic!("prerender: {index}: trunk's loader is not as expected (see prerender::gate_app)");
    };
    let boot = format!("{dist}/boot.js");
    let boot = std::fs::read_to_string(&boot).unwrap_or_else(|e| panic!("prerender: cannot read {boot}: {e}"));
    let Some(out) = prerender::inline_boot(&out, &boot) else {
        panic!("prerender: {index}: no single boot.js tag to put boot.js into (or its text could end the tag)");
    };
    std::fs::write(&index, out).unwrap_or_else(|e| panic!("prerender: cannot write {index}: {e}"));
    // Every embeddable chart's picture, for tools/static-charts.mjs to draw (see
    // `talent_flows::prerender::charts`).
    let read = |name: &str| -> Option<Dataset> { serde_json::from_str(&std::fs::read_to_string(format!("{dist}/data/{name}.json")).ok()?).ok() };
    let events: Option<talent_flows::data::texts::Events> = std::fs::read_to_string(format!("{dist}/data/events.json")).ok().and_then(|t| serde_json::from_str(&t).ok());
    // The figure catalog, for the browser tests and for hosts choosing a chart to embed: titles as
    // the default state draws them.
    let catalog = format!("{dist}/catalog.json");
    let title = |f: &talent_flows::catalog::Figure, v, l| prerender::charts::default_title(f, v, &read, events.as_ref(), l);
    std::fs::write(&catalog, talent_flows::page::catalog_json(&title)).unwrap_or_else(|e| panic!("prerender: cannot write {catalog}: {e}"));
    let mut pictures = prerender::charts::plan(&read, events.as_ref());
    let explorer: Option<talent_flows::data::explorer::Explorer> =
        std::fs::read_to_string(format!("{dist}/data/niv_explorer.json")).ok().and_then(|t| serde_json::from_str(&t).ok());
    pictures.extend(prerender::charts::view_screens(&read, explorer.as_ref(), events.as_ref()));
    pictures.extend(prerender::pages::story_screens(&read, events.as_ref()));
    // The profiles' standing among every nationality, counted here from the NIV table so that a
    // profile need not download it (`talent_flows::profile::STANDING_DATA`).
    let standings = explorer.as_ref().map(talent_flows::profile::standings);
    if let Some(s) = &standings {
        let path = format!("{dist}/{}.json", talent_flows::profile::STANDING_DATA);
        std::fs::create_dir_all(format!("{dist}/pre")).unwrap_or_else(|e| panic!("prerender: cannot make {dist}/pre: {e}"));
        std::fs::write(&path, serde_json::to_string(s).unwrap_or_default()).unwrap_or_else(|e| panic!("prerender: cannot write {path}: {e}"));
    }
    pictures.extend(prerender::pages::profile_screens(&read, standings.as_ref(), events.as_ref()));
    // The whole release to download (CSVs, README, the workbook's sheets; zipped and written by
    // tools/data-package.mjs): see `talent_flows::prerender::package`.
    if let Some(p) = &package {
        let datasets: Vec<(String, Dataset)> = p.resources.iter().filter(|r| r.shape == "series").filter_map(|r| Some((r.name.clone(), read(&r.name)?))).collect();
        for (path, text) in prerender::package::files(p, &datasets) {
            let path = format!("{dist}/downloads/{path}");
            if let Some(dir) = std::path::Path::new(&path).parent() {
                std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("prerender: cannot make {}: {e}", dir.display()));
            }
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("prerender: cannot write {path}: {e}"));
        }
        println!("prerender: {dist}/downloads: {} datasets as CSV and sheets", datasets.len());
    }
    // The errata, as a page in each language (the footer's link): see `talent_flows::prerender::errata`.
    let errata = format!("{dist}/data/errata.json");
    match std::fs::read_to_string(&errata).map_err(|e| e.to_string()).and_then(|t| serde_json::from_str::<prerender::errata::ErrataFile>(&t).map_err(|e| e.to_string())) {
        Ok(f) => {
            let head = prerender::errata::shared_head(&page);
            for l in talent_flows::i18n::Lang::ALL {
                let path = format!("{dist}/{}", talent_flows::page::errata_file(l));
                std::fs::write(&path, prerender::errata::page(&f, &head, &read, l)).unwrap_or_else(|e| panic!("prerender: cannot write {path}: {e}"));
            }
        }
        Err(e) => eprintln!("prerender: {errata}: {e}; no errata page"),
    }
    let plan = format!("{dist}/pre/plan.json");
    std::fs::create_dir_all(format!("{dist}/pre")).unwrap_or_else(|e| panic!("prerender: cannot make {dist}/pre: {e}"));
    std::fs::write(&plan, serde_json::to_string(&pictures).unwrap_or_default()).unwrap_or_else(|e| panic!("prerender: cannot write {plan}: {e}"));
    println!("prerender: {plan}: {} chart pictures to draw", pictures.len());
    println!("prerender: {index}: first screen written ({} bytes, {} of {} data files)", block.len(), datasets.len(), talent_flows::findings::FINDING_DATA.len());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
