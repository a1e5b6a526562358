//! The whole data release as readers download it (`dist/downloads/`, issue 17): every dataset as a
//! long-form CSV (the same as a card's "full data" download, `transform::csv::dataset_grid`), a
//! bilingual README, and the sheets of one Excel workbook (a sheet per dataset after the README).
//! tools/data-package.mjs zips the CSVs with datapackage.json, the errata and the release notes, and
//! writes the workbook with npm's write-excel-file.

use crate::data::package::DataPackage;
use crate::data::Dataset;
use crate::transform::csv::{dataset_csv, dataset_grid, Cell};
use serde_json::{json, Value};

/// The file names readers get: the release in them says which data (`page::package_file`).
pub fn zip_name(p: &DataPackage) -> String {
    crate::page::package_file(&p.version, "zip")
}

pub fn xlsx_name(p: &DataPackage) -> String {
    crate::page::package_file(&p.version, "xlsx")
}

/// The README of the download, both languages: what the files are, the release, the licence and
/// every dataset with its title and coverage.
pub fn readme(p: &DataPackage, csvs: &[String]) -> String {
    let mut out = String::new();
    for (lang, title, description, files, listing) in [
        ("zh", &p.title.zh, &p.description.zh, "文件", "每个数据集一个 CSV（csv/，UTF-8，长格式：entity、category、year、value、kind、approx；空值即缺失），其结构与来源见 datapackage.json；勘误见 errata.json；各版本变化见 CHANGELOG.md。"),
        ("en", &p.title.en, &p.description.en, "Files", "One CSV per dataset (csv/, UTF-8, long form: entity, category, year, value, kind, approx; an empty value is a gap), described with its sources in datapackage.json; errata in errata.json; what each release changed in CHANGELOG.md."),
    ] {
        out.push_str(&format!("# {title}\n\n{description}\n\n"));
        out.push_str(&format!("{} {} ({}) · {}\n\n", if lang == "zh" { "版本" } else { "Release" }, p.version, p.created, p.licenses.iter().map(|l| l.title.as_str()).collect::<Vec<_>>().join("; ")));
        out.push_str(&format!("## {files}\n\n{listing}\n\n"));
        for r in p.resources.iter().filter(|r| csvs.contains(&r.name)) {
            let t = if lang == "zh" { &r.title.zh } else { &r.title.en };
            let years = r.coverage.map(|[a, b]| format!(" ({a}–{b})")).unwrap_or_default();
            out.push_str(&format!("- `csv/{}.csv`: {t}{years}\n", r.name));
        }
        out.push('\n');
    }
    out
}

/// A sheet name as spreadsheet programs take it: at most 31 characters.
fn sheet_name(name: &str) -> String {
    name.chars().take(31).collect()
}

/// The files to write under `dist/downloads/` (path, text): `csv/<name>.csv` for every series
/// dataset of the package that could be read, `README.md`, `sheets.json` — the workbook's sheets
/// as write-excel-file takes them (a README sheet, then one per dataset) — and `names.json`, the
/// zip's and the workbook's file names for tools/data-package.mjs.
pub fn files(p: &DataPackage, datasets: &[(String, Dataset)]) -> Vec<(String, String)> {
    let names: Vec<String> = datasets.iter().map(|(n, _)| n.clone()).collect();
    let readme = readme(p, &names);
    let mut out: Vec<(String, String)> = datasets.iter().map(|(n, d)| (format!("csv/{n}.csv"), dataset_csv(d))).collect();
    let mut sheets = vec![json!({ "sheet": "README", "data": readme.lines().map(|l| vec![json!({ "value": l })]).collect::<Vec<_>>(), "columns": [{ "width": 120 }] })];
    for (n, d) in datasets {
        let data: Vec<Vec<Value>> = dataset_grid(d)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|c| match c {
                        Cell::Text(s) => json!({ "value": s }),
                        Cell::Number(Some(v)) => json!({ "value": v }),
                        Cell::Number(None) => Value::Null,
                    })
                    .collect()
            })
            .collect();
        sheets
            .push(json!({ "sheet": sheet_name(n), "data": data, "columns": [{ "width": 24 }, { "width": 24 }, { "width": 8 }, { "width": 14 }, { "width": 10 }, { "width": 8 }] }));
    }
    out.push(("README.md".into(), readme));
    out.push(("sheets.json".into(), Value::Array(sheets).to_string()));
    out.push(("names.json".into(), json!({ "zip": zip_name(p), "xlsx": xlsx_name(p) }).to_string()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
        serde_json::from_str(&std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
    }

    #[test]
    fn every_series_dataset_gets_its_csv_and_sheet_and_the_readme_lists_it() {
        let p: DataPackage = read("datapackage");
        let datasets: Vec<(String, Dataset)> = p.resources.iter().filter(|r| r.shape == "series").map(|r| (r.name.clone(), read(&r.name))).collect();
        assert!(datasets.len() > 20);
        let out = files(&p, &datasets);
        let get = |path: &str| out.iter().find(|(p, _)| p == path).map(|(_, t)| t.as_str()).unwrap();
        assert_eq!(get("csv/work_visas.csv"), dataset_csv(&datasets[0].1));
        let readme = get("README.md");
        assert!(readme.contains("# 国际人才流动与治理报告") && readme.contains("# International Talent Mobility"), "both languages");
        assert!(readme.contains(&p.version) && readme.contains("`csv/work_visas.csv`"));
        let sheets: Vec<Value> = serde_json::from_str(get("sheets.json")).unwrap();
        assert_eq!(sheets.len(), datasets.len() + 1);
        assert!(sheets.iter().all(|s| s["sheet"].as_str().unwrap().chars().count() <= 31));
        // Each dataset's sheet has the CSV's rows: a header and one per entity × category × year.
        let wv = &datasets[0].1;
        assert_eq!(sheets[1]["data"].as_array().unwrap().len(), 1 + wv.series.len() * wv.years.len());
        assert_eq!((zip_name(&p), xlsx_name(&p)), (format!("talent-flows-data-{}.zip", p.version), format!("talent-flows-data-{}.xlsx", p.version)));
    }
}
