//! Small pieces every dataset builder uses: an empty dataset frame, series, and readers for the
//! raw file formats (xlsx via calamine, CSV).

use calamine::{open_workbook_auto, Data, Reader};
use std::path::Path;
use talent_flows_model::{Dataset, Kind, Label, Period, Series, Source, Text};

/// Whether two names from publishers' tables name the same thing: case and spaces aside (the
/// State Department's monthly files spell "China - Mainland" in January and February 2020 and
/// "China - mainland" elsewhere).
pub fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| s.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect::<String>();
    key(a) == key(b)
}

/// Notes define a dataset's columns as "code = …" (the CSV's column names); a reader of the page
/// meets the code first, so each such code is written after the column's name, from the dataset's
/// own labels: "emigrants = …" → "海外移民（emigrants 列）= …" / "Emigrants (column emigrants) = …".
pub fn name_column_codes(ds: &mut Dataset) {
    let name = |code: &str| ds.labels.iter().find(|l| l.code == code).map(|l| l.name.clone());
    let rewrite = |note: &str, zh: bool| {
        let mut out = String::new();
        let mut rest = note;
        while let Some(at) = rest.find(" = ") {
            let head = &rest[..at];
            // The codes run back from " = " over lower-case letters, '_' and " / ".
            let in_codes = |c: char| c.is_ascii_lowercase() || c == '_' || c == ' ' || c == '/';
            let codes_text = head.trim_end_matches(in_codes);
            let codes_text = head[codes_text.len()..].trim_start();
            let codes: Vec<&str> = codes_text.split(" / ").collect();
            let names: Option<Vec<Text>> = codes.iter().map(|c| name(c)).collect();
            match names.filter(|_| !codes_text.is_empty()) {
                Some(names) => {
                    out.push_str(&head[..head.len() - codes_text.len()]);
                    let joined = names.iter().map(|n| if zh { n.zh.as_str() } else { n.en.as_str() }).collect::<Vec<_>>().join(" / ");
                    if zh {
                        out.push_str(&format!("{joined}（{codes_text} 列）= "));
                    } else {
                        out.push_str(&format!("{joined} (column{} {codes_text}) = ", if codes.len() > 1 { "s" } else { "" }));
                    }
                }
                None => out.push_str(&rest[..at + 3]),
            }
            rest = &rest[at + 3..];
        }
        out.push_str(rest);
        out
    };
    let notes = ds.notes.iter().map(|n| Text::new(rewrite(&n.zh, true), rewrite(&n.en, false))).collect();
    ds.notes = notes;
}

/// The descriptive part of a dataset; series are added with [`push`].
pub struct Meta {
    pub name: &'static str,
    pub title: Text,
    pub unit: Text,
    pub period: Period,
    pub figures: Vec<u32>,
    pub tables: Vec<u32>,
    pub years: Vec<i32>,
    pub sources: Vec<Source>,
    pub notes: Vec<Text>,
}

pub fn dataset(m: Meta) -> Dataset {
    Dataset {
        name: m.name.into(),
        title: m.title,
        unit: m.unit,
        category_units: vec![],
        period: m.period,
        figures: m.figures,
        tables: m.tables,
        years: m.years,
        sources: m.sources,
        notes: m.notes,
        errata: vec![],
        labels: vec![],
        series: vec![],
    }
}

/// Adds a series; `values` must have one entry per year (None = not in the source).
pub fn push(ds: &mut Dataset, entity: &str, category: &str, kind: Kind, source: usize, values: Vec<Option<f64>>) {
    ds.series.push(Series::new(entity, category, kind, source, values));
}

/// Records that some values of `entity`/`category` also rest on `source` (a table of another
/// dataset, e.g. the work visas subtracted from the report's combined total): the dataset lists it
/// and the series points to it, unless it is the series' own.
pub fn also_cites(ds: &mut Dataset, entity: &str, category: &str, source: &talent_flows_model::Source) {
    let i = ds.sources.iter().position(|s| s.file == source.file).unwrap_or_else(|| {
        ds.sources.push(source.clone());
        ds.sources.len() - 1
    });
    if let Some(s) = ds.series.iter_mut().find(|s| s.entity == entity && s.category == category) {
        if s.source != i && !s.more_sources.contains(&i) {
            s.more_sources.push(i);
            s.more_sources.sort_unstable();
        }
    }
}

/// Adds an all-gaps series for a cell the report's statements will fill (kind `report`).
pub fn push_report_frame(ds: &mut Dataset, entity: &str, category: &str) {
    let n = ds.years.len();
    push(ds, entity, category, Kind::Report, 0, vec![None; n]);
}

pub fn label(ds: &mut Dataset, code: &str, zh: &str, en: &str) {
    if !ds.labels.iter().any(|l| l.code == code) {
        ds.labels.push(Label { code: code.into(), name: Text::new(zh, en) });
    }
}

pub fn set_unit(ds: &mut Dataset, category: &str, zh: &str, en: &str) {
    ds.category_units.push(talent_flows_model::model::CategoryUnit { category: category.into(), unit: Text::new(zh, en) });
}

/// All rows of one sheet (the first if `sheet` is None).
pub fn xlsx_rows(path: &Path, sheet: Option<&str>) -> Result<Vec<Vec<Data>>, String> {
    let mut wb = open_workbook_auto(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = match sheet {
        Some(s) => s.to_string(),
        None => wb.sheet_names().first().cloned().ok_or_else(|| format!("{}: no sheets", path.display()))?,
    };
    let range = wb.worksheet_range(&name).map_err(|e| format!("{} [{name}]: {e}", path.display()))?;
    Ok(range.rows().map(|r| r.to_vec()).collect())
}

/// A numeric cell (numbers, or text such as "1,234"); None for empty, "-" or other text.
pub fn number(c: &Data) -> Option<f64> {
    match c {
        Data::Int(i) => Some(*i as f64),
        Data::Float(f) => Some(*f),
        Data::String(s) => s.trim().replace(',', "").parse().ok(),
        _ => None,
    }
}

pub fn text(c: &Data) -> String {
    match c {
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => f.to_string(),
        _ => String::new(),
    }
}

/// Every record of a CSV file with a header row, as (header → value) lookups.
pub fn csv_rows(path: &Path) -> Result<(Vec<String>, Vec<Vec<String>>), String> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let header: Vec<String> = rdr.headers().map_err(|e| format!("{}: {e}", path.display()))?.iter().map(String::from).collect();
    let rows = rdr.records().map(|r| r.map(|r| r.iter().map(String::from).collect()).map_err(|e| format!("{}: {e}", path.display()))).collect::<Result<Vec<_>, _>>()?;
    Ok((header, rows))
}

/// The column index of `name` in a CSV header.
pub fn col(header: &[String], name: &str) -> Result<usize, String> {
    header.iter().position(|h| h == name).ok_or_else(|| format!("no column {name:?} in {header:?}"))
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn names_match_whatever_their_case_and_spacing() {
        assert!(same_name("China - Mainland", "China - mainland"));
        assert!(same_name("China-mainland", " china - mainland "));
        assert!(same_name("India", "INDIA"));
        assert!(!same_name("China - mainland", "China - Taiwan"));
    }
}

#[cfg(test)]
mod column_code_tests {
    use super::*;

    #[test]
    fn a_notes_column_code_follows_its_name() {
        let mut ds = dataset(Meta {
            name: "t",
            title: Text::new("", ""),
            unit: Text::new("", ""),
            period: Period::CalendarYear,
            figures: vec![],
            tables: vec![],
            years: vec![],
            sources: vec![],
            notes: vec![Text::new("emigrants = 海外；inflow_rank / outflow_rank = 名次。WORLD = 表中行。", "emigrants = abroad. inflow_rank / outflow_rank = ranks; x = y.")],
        });
        label(&mut ds, "emigrants", "海外移民", "Emigrants");
        label(&mut ds, "inflow_rank", "流入排序", "Inflow rank");
        label(&mut ds, "outflow_rank", "流出排序", "Outflow rank");
        name_column_codes(&mut ds);
        assert_eq!(ds.notes[0].zh, "海外移民（emigrants 列）= 海外；流入排序 / 流出排序（inflow_rank / outflow_rank 列）= 名次。WORLD = 表中行。");
        assert_eq!(ds.notes[0].en, "Emigrants (column emigrants) = abroad. Inflow rank / Outflow rank (columns inflow_rank / outflow_rank) = ranks; x = y.");
    }
}
