//! Integrity of the committed data/: every file parses and validates, the package indexes every
//! file, parts sum to totals, and every number the report states is either in the data or in errata.
//! Runs without ../shared (CI's data-check covers regeneration when the raw sources are present).

use std::fs;
use talent_flows::data::package::DataPackage;
use talent_flows::data::Dataset;

fn dataset(name: &str) -> Dataset {
    let text = fs::read_to_string(format!("data/{name}.json")).unwrap_or_else(|e| panic!("data/{name}.json: {e}"));
    Dataset::from_json(&text).unwrap_or_else(|e| panic!("data/{name}.json: {e}"))
}

fn package() -> DataPackage {
    serde_json::from_str(&fs::read_to_string("data/datapackage.json").unwrap()).unwrap()
}

#[test]
fn every_resource_exists_parses_and_matches_its_package_entry() {
    let pkg = package();
    assert!(!pkg.resources.is_empty());
    let mut files: Vec<String> = fs::read_dir("data")
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".json") && f != "datapackage.json")
        .collect();
    files.sort();
    let mut listed: Vec<String> = pkg.resources.iter().map(|r| r.path.clone()).collect();
    listed.sort();
    assert_eq!(files, listed, "datapackage.json must list exactly the data files");
    for r in &pkg.resources {
        let ds = dataset(&r.name);
        assert_eq!(ds.name, r.name);
        assert_eq!(ds.figures, r.figures);
        assert_eq!(ds.sources, r.sources);
        assert!(!r.title.zh.is_empty() && !r.title.en.is_empty());
        assert!(!r.notes.is_empty(), "{}: notes", r.name);
        let entities = &r.schema.fields.iter().find(|f| f.name == "entity").unwrap().constraints.as_ref().unwrap().allowed;
        for s in &ds.series {
            assert!(entities.contains(&s.entity), "{} {}", r.name, s.entity);
        }
    }
}

#[test]
fn work_visa_classes_sum_to_the_report_total() {
    let ds = dataset("work_visas");
    for entity in ["CN", "EU", "IN"] {
        let classes: &[&str] = if entity == "EU" { &["H", "L", "O", "J", "E"] } else { &["H", "L", "O", "J"] };
        for (i, y) in ds.years.iter().enumerate() {
            let sum: f64 = classes.iter().map(|c| ds.series(entity, c).unwrap().values[i].unwrap()).sum();
            assert_eq!(Some(sum), ds.series(entity, "total").unwrap().values[i], "{entity} {y}");
        }
    }
}

#[derive(serde::Deserialize)]
struct Statements {
    statement: Vec<Statement>,
}

#[derive(serde::Deserialize)]
struct Statement {
    dataset: String,
    entity: String,
    category: String,
    year: i32,
    value: f64,
    quote: String,
}

/// Table-driven over the hand transcription of the report (data-src/report_statements.toml).
#[test]
fn every_stated_number_is_in_the_data_or_in_errata() {
    let text = fs::read_to_string("data-src/report_statements.toml").unwrap();
    let statements: Statements = toml::from_str(&text).unwrap();
    assert!(!statements.statement.is_empty());
    for s in statements.statement {
        let ds = dataset(&s.dataset);
        let value = ds.value(&s.entity, &s.category, s.year);
        let erratum = ds.erratum(&s.entity, &s.category, s.year);
        match erratum {
            Some(e) => {
                assert_eq!(e.report, s.value, "{}", s.quote);
                assert_eq!(Some(e.primary), value, "erratum's primary value must be the data's");
            }
            None => assert_eq!(value, Some(s.value), "report says {} for {}/{} {}: {}", s.value, s.entity, s.category, s.year, s.quote),
        }
    }
}

#[test]
fn the_known_china_2023_erratum_is_recorded() {
    let ds = dataset("work_visas");
    let e = ds.erratum("CN", "total", 2023).expect("China FY2023 erratum");
    assert_eq!((e.primary, e.report), (48388.0, 48338.0));
    assert_eq!(ds.value("CN", "total", 2023), Some(48388.0), "the app shows the primary value");
}
