//! Integrity of the committed data/: every file parses and validates, the package indexes every
//! file, parts sum to totals, and every number the report states is either in the data or in errata.
//! Runs without ../shared (CI's data-check covers regeneration when the raw sources are present).

use std::fs;
use talent_flows::data::package::DataPackage;
use talent_flows::data::statements::{Statement, StatementFile};
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
    let mut files: Vec<String> =
        fs::read_dir("data").unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|f| f.ends_with(".json") && f != "datapackage.json").collect();
    files.sort();
    let mut listed: Vec<String> = pkg.resources.iter().map(|r| r.path.clone()).collect();
    listed.sort();
    assert_eq!(files, listed, "datapackage.json must list exactly the data files");
    for r in pkg.resources.iter().filter(|r| r.shape == "series") {
        let ds = dataset(&r.name);
        assert_eq!(ds.name, r.name);
        assert_eq!(ds.figures, r.figures);
        assert_eq!(ds.sources, r.sources);
        assert!(!r.title.zh.is_empty() && !r.title.en.is_empty());
        assert!(!r.notes.is_empty(), "{}: notes", r.name);
        let entity = r.schema.fields.iter().find(|f| f.name == "entity").unwrap();
        if let Some(c) = &entity.constraints {
            for s in &ds.series {
                assert!(c.allowed.contains(&s.entity), "{} {}", r.name, s.entity);
            }
        }
        // Every entity has a name: the app's own or the file's labels.
        for s in &ds.series {
            let named = talent_flows::labels::name(&s.entity, Some(&ds), talent_flows::i18n::Lang::Zh) != s.entity
                || s.entity.chars().all(|c| c.is_ascii_uppercase()) && s.entity.len() <= 3 && ds.label(&s.entity).is_some();
            assert!(named || ds.label(&s.entity).is_some(), "{}: {} has no name", r.name, s.entity);
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

fn statements() -> Vec<Statement> {
    let mut files: Vec<_> = fs::read_dir("data-src/statements").unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .flat_map(|p| {
            let f: StatementFile = toml::from_str(&fs::read_to_string(p).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            f.statement
        })
        .collect()
}

/// Table-driven over the hand transcription of the report (data-src/statements/*.toml): every
/// number the report states is found in the data (within the report's rounding) or listed as an
/// erratum with both values.
#[test]
fn every_stated_number_is_in_the_data_or_in_errata() {
    let all = statements();
    assert!(!all.is_empty());
    let mut checked = 0;
    for s in &all {
        if !std::path::Path::new(&format!("data/{}.json", s.dataset)).exists() {
            continue; // dataset not built yet: see every_statement_names_a_dataset
        }
        let ds = dataset(&s.dataset);
        let computed = s.compute(&ds).unwrap_or_else(|| panic!("{}: the data cannot answer it", s.describe()));
        let erratum = ds.errata.iter().find(|e| e.entity == s.entity && e.category == s.category && e.year == s.year && e.measure == s.measure && e.report == s.value);
        match erratum {
            Some(e) => {
                assert!(!s.agrees_with(computed), "{}: listed as an erratum but agrees", s.describe());
                assert!((e.primary - computed).abs() < 1e-3, "{}: erratum's primary value {} vs data {}", s.describe(), e.primary, computed);
            }
            // A statement about a value the report itself only rounds ("约 25 万") cannot be checked
            // precisely; datagen lists it as unverified in errata.json.
            None => assert!(s.agrees_with(computed) || s.rests_on_approximation(&ds), "{}: the data give {computed}, and no erratum says so; quote: {}", s.describe(), s.quote),
        }
        checked += 1;
    }
    assert!(checked > 0);
}

#[test]
fn errata_json_lists_every_datasets_errata() {
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string("data/errata.json").unwrap()).unwrap();
    let listed = v["errata"].as_array().unwrap().len();
    let total: usize = package().resources.iter().filter(|r| r.shape == "series").map(|r| dataset(&r.name).errata.len()).sum();
    assert_eq!(listed, total);
    assert_eq!(v["summary"]["errata"].as_u64().unwrap() as usize, total);
}

#[test]
fn the_explorer_holds_the_whole_niv_table_and_agrees_with_work_visas() {
    let e: talent_flows::data::explorer::Explorer = serde_json::from_str(&fs::read_to_string("data/niv_explorer.json").unwrap()).unwrap();
    e.validate().unwrap();
    assert_eq!((e.years[0], *e.years.last().unwrap()), (1997, 2024));
    assert!(e.nationalities.len() > 200 && e.classes.len() > 80, "{} nationalities, {} classes", e.nationalities.len(), e.classes.len());
    // China's H + L + O + J from the explorer equals the work_visas total, every year.
    let wv = dataset("work_visas");
    let cn = e.nationality("china-mainland").unwrap();
    let hloj: Vec<usize> = (0..e.classes.len()).filter(|&c| "HLOJ".contains(&e.classes[c][..1])).collect();
    let sums = e.total(cn, &hloj);
    for (i, y) in wv.years.iter().enumerate() {
        let j = e.years.iter().position(|x| x == y).unwrap();
        assert_eq!(sums[j], wv.series("CN", "total").unwrap().values[i], "FY{y}");
    }
}

/// "No class chosen" is every visa class, which is the NIV table's own "Grand Total" column (its
/// "Grand Total" and "Total Visas" columns are not classes: summing them too tripled every total).
#[test]
fn the_explorers_all_class_totals_equal_the_tables_grand_total() {
    let e: talent_flows::data::explorer::Explorer = serde_json::from_str(&fs::read_to_string("data/niv_explorer.json").unwrap()).unwrap();
    assert!(!e.classes.iter().any(|c| c.to_lowercase().contains("total")), "a total column is listed as a class");
    // The table's Grand Total cells, read off the FY sheets of FYs97-24_NIVDetailTable.xlsx.
    for (code, year, grand_total) in [
        ("china-mainland", 2019, 1_255_992.0),
        ("china-mainland", 2023, 417_008.0),
        ("india", 2019, 985_469.0),
        ("india", 2023, 1_387_940.0),
        ("germany", 2019, 64_866.0),
        ("mexico", 2023, 2_328_664.0),
        ("algeria", 1997, 6_878.0),
        ("france", 1997, 37_730.0),
        ("brazil", 2008, 449_889.0),
    ] {
        let n = e.nationality(code).unwrap_or_else(|| panic!("{code}"));
        let y = e.years.iter().position(|&x| x == year).unwrap();
        assert_eq!(e.total(n, &[])[y], Some(grand_total), "{code} FY{year}");
    }
}

/// The January and February 2020 monthly reports spell "China - Mainland": matched all the same,
/// China's 2020 is the twelve months' sum, not a gap.
#[test]
fn china_f1_2020_counts_every_month() {
    assert_eq!(dataset("f1_visas").value("CN", "F1", 2020), Some(4853.0));
}

#[test]
fn the_known_china_2023_erratum_is_recorded() {
    let ds = dataset("work_visas");
    let e = ds.erratum("CN", "total", 2023).expect("China FY2023 erratum");
    assert_eq!((e.primary, e.report), (48388.0, 48338.0));
    assert_eq!(ds.value("CN", "total", 2023), Some(48388.0), "the app shows the primary value");
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

/// Parts sum to their totals wherever the parts and the total are all the publisher's numbers:
/// green-card categories, student levels, and the computed aggregates (E3, ALL).
#[test]
fn parts_sum_to_totals() {
    use talent_flows::data::Kind;
    let cases: &[(&str, &[&str], &[&str], usize)] = &[
        ("green_cards", &["CN", "IN"], &["EB1", "EB2", "EB3", "EB5"], 10),
        ("students_by_level", &["CN", "IN", "GB", "FR", "DE", "E3"], &["undergraduate", "graduate", "non_degree", "opt", "other"], 100),
    ];
    for (name, entities, parts, at_least) in cases {
        let ds = dataset(name);
        let mut checked = 0;
        for e in *entities {
            for &y in &ds.years {
                let (Some(t), Some(Kind::Primary)) = (ds.value(e, "total", y), ds.kind_of(e, "total", y)) else { continue };
                let known: Vec<(f64, Option<Kind>)> = parts.iter().filter_map(|p| ds.value(e, p, y).map(|v| (v, ds.kind_of(e, p, y)))).collect();
                if known.is_empty() || known.iter().any(|(_, k)| *k != Some(Kind::Primary)) {
                    continue;
                }
                let sum: f64 = known.iter().map(|(v, _)| v).sum();
                assert!(close(sum, t), "{name} {e} {y}: parts {sum} vs total {t}");
                checked += 1;
            }
        }
        assert!(checked >= *at_least, "{name}: only {checked} sums checked");
    }
    let st = dataset("students");
    for (i, y) in st.years.iter().enumerate() {
        let v = |e: &str| st.series(e, "total").unwrap().values[i].unwrap();
        assert!(close(v("E3"), v("GB") + v("FR") + v("DE")), "E3 {y}");
        assert!(close(v("ALL"), v("CN") + v("IN") + v("E3")), "ALL {y}");
    }
}

/// Table 2 = work visas + employment green cards, region by region, wherever both are known.
#[test]
fn table_2_equals_work_visas_plus_green_cards() {
    let (wv, gc, wgc) = (dataset("work_visas"), dataset("green_cards"), dataset("work_and_green_cards"));
    let mut checked = 0;
    for e in ["CN", "EU", "IN"] {
        for &y in &wgc.years {
            // Two of the report's rounded figures ("约 25 万", "2.5 万") need not add up exactly.
            let rough = |d: &Dataset| d.point(e, "total", y).is_some_and(|p| p.approx);
            if rough(&gc) || rough(&wgc) {
                continue;
            }
            if let (Some(a), Some(b), Some(t)) = (wv.value(e, "total", y), gc.value(e, "total", y), wgc.value(e, "total", y)) {
                assert!(close(a + b, t), "{e} {y}: {a} + {b} ≠ {t}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 20, "{checked}");
    // The table as the report prints it.
    for (e, y, v) in [
        ("CN", 2019, 112480.0),
        ("EU", 2019, 284924.0),
        ("IN", 2019, 310298.0),
        ("ALL", 2019, 707702.0),
        ("CN", 2023, 72246.0),
        ("EU", 2023, 248088.0),
        ("IN", 2023, 468923.0),
        ("ALL", 2023, 789257.0),
    ] {
        assert_eq!(wgc.value(e, "total", y), Some(v), "table 2 {e} {y}");
    }
}

/// Table 3 = Open Doors: the five countries' students in 2019/20 and 2022/23.
#[test]
fn table_3_equals_open_doors() {
    let st = dataset("students");
    for (e, y, v) in [
        ("CN", 2019, 372532.0),
        ("E3", 2019, 28469.0),
        ("IN", 2019, 193124.0),
        ("ALL", 2019, 594125.0),
        ("CN", 2022, 289526.0),
        ("E3", 2022, 28962.0),
        ("IN", 2022, 268923.0),
        ("ALL", 2022, 587411.0),
    ] {
        assert_eq!(st.value(e, "total", y), Some(v), "table 3 {e} {y}");
        assert_eq!(st.kind_of(e, "total", y), Some(talent_flows::data::Kind::Primary));
    }
}

/// Every figure 1–41 and every table 1–6 of the report is served by a resource.
#[test]
fn every_figure_and_table_has_a_resource() {
    let pkg = package();
    for f in 1..=41u32 {
        assert!(pkg.resources.iter().any(|r| r.figures.contains(&f)), "figure {f}");
    }
    for t in 1..=6u32 {
        assert!(pkg.resources.iter().any(|r| r.tables.contains(&t)), "table {t}");
    }
}

/// "Europe" is not one thing: each card's notes say which countries its series counts.
#[test]
fn each_europe_lists_its_members() {
    let note = |name: &str| dataset(name).notes.iter().map(|n| n.en.clone()).collect::<Vec<_>>().join(" ");
    let wv = note("work_visas");
    for member in ["Albania", "Russian Federation", "Türkiye", "Uzbekistan", "United Kingdom"] {
        assert!(wv.contains(member) || wv.contains(&member.replace("Russian Federation", "Russia")), "work visas' Europe lists {member}");
    }
    assert!(note("green_cards").contains("Greenland"), "green cards' Europe says it counts territories");
    assert!(note("work_and_green_cards").contains("the two blocks differ"));
    assert!(note("eb1a").contains("UK + France + Germany") && note("students").contains("UK + France + Germany"));
}
