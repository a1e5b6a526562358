//! CSV downloads: the view as shown (the table's rows and columns, raw numbers) and a dataset in
//! long form. UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese labels right.

use super::Table;
use crate::data::{Dataset, Kind};

pub const BOM: &str = "\u{feff}";

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn number(v: Option<f64>) -> String {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => format!("{}", x as i64),
        Some(x) => format!("{}", (x * 1e6).round() / 1e6),
        None => String::new(),
    }
}

/// The shown table: first column the row label (year or country), then one column per series;
/// empty cells are gaps.
pub fn table_csv(t: &Table) -> String {
    let mut out = String::from(BOM);
    let header: Vec<String> = std::iter::once(t.first.clone()).chain(t.columns.iter().cloned()).map(|h| field(&h)).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in &t.rows {
        let cells: Vec<String> = std::iter::once(field(&r.label)).chain(r.cells.iter().map(|c| number(c.value))).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A table of text (the policy tables): a header row, then one row per line.
pub fn text_csv(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for r in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        out.push_str(&r.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Primary => "primary",
        Kind::Press => "press",
        Kind::Report => "report",
    }
}

/// The whole dataset, one row per entity × category × year (the datapackage schema's long form).
pub fn dataset_csv(ds: &Dataset) -> String {
    let mut out = format!("{BOM}entity,category,year,value,kind\r\n");
    for s in &ds.series {
        for (i, y) in ds.years.iter().enumerate() {
            let k = ds.kind_of(&s.entity, &s.category, *y).unwrap_or(s.kind);
            out.push_str(&format!("{},{},{},{},{}\r\n", field(&s.entity), field(&s.category), y, number(s.values[i]), kind(k)));
        }
    }
    out
}

/// A file name from the chart and its state: `<chart id>_CN-EU-IN_2014-2023_abs`.
pub fn file_stem(chart: &str, regions: &[String], from: i32, to: i32, mode: &str) -> String {
    let safe = |s: &str| s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect::<String>();
    let mut parts = vec![safe(chart)];
    if !regions.is_empty() {
        parts.push(regions.iter().map(|r| safe(r)).collect::<Vec<_>>().join("-"));
    }
    parts.push(format!("{from}-{to}"));
    parts.push(safe(mode));
    parts.join("_")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transform::{TableCell, TableRow};

    #[test]
    fn table_csv_has_a_bom_raw_numbers_gaps_and_quoted_labels() {
        let t = Table {
            first: "年份".into(),
            columns: vec!["中国".into(), "UK, France".into()],
            rows: vec![TableRow {
                key: "2023".into(),
                label: "FY2023".into(),
                cells: vec![TableCell { value: Some(48388.0), text: "48,388".into(), erratum: true, approx: false }, TableCell { value: None, text: "no data".into(), erratum: false, approx: false }],
            }],
        };
        assert_eq!(table_csv(&t), "\u{feff}年份,中国,\"UK, France\"\r\nFY2023,48388,\r\n");
    }

    #[test]
    fn numbers_keep_their_precision() {
        assert_eq!(number(Some(151.23456789)), "151.234568");
        assert_eq!(number(Some(-70.0)), "-70");
        assert_eq!(number(None), "");
    }

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(file_stem("work-visas-totals", &["CN".into(), "EU".into(), "IN".into()], 2014, 2023, "abs"), "work-visas-totals_CN-EU-IN_2014-2023_abs");
        assert_eq!(file_stem("x", &["../etc".into()], 1, 2, "a/b"), "x_---etc_1-2_a-b");
    }
}
