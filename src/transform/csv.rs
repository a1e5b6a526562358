//! CSV downloads: the view as shown (the table's rows and columns, raw numbers) and a dataset in
//! long form. UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese labels right.

use super::Table;
use crate::data::{Dataset, Kind};
use crate::i18n::{Lang, Msg};

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
        Some(x) => crate::i18n::js_number((x * 1e6).round() / 1e6),
        None => String::new(),
    }
}

/// A cell of an exported table: a text, or a number (`None`: a gap, left empty).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(Option<f64>),
}

/// The shown table, for spreadsheets (CSV and Excel): the row label (year or country), a numeric
/// year beside a year label ("FY2014", "2014 财年") so the years can be computed with, then one
/// column per series with what its numbers are in its header ("China (Index (FY2019 = 100))");
/// empty cells are gaps. Where a value rests on a number the report words approximately, a
/// column names those series, row by row; where a value differs from the report's text (the
/// screen's †), a last one does. The header is the first row.
pub fn table_grid(t: &Table, lang: Lang) -> Vec<Vec<Cell>> {
    let years: Option<Vec<i32>> = t.rows.iter().map(|r| r.key.parse().ok()).collect();
    let years = years.filter(|y| !y.is_empty());
    let approx = t.rows.iter().any(|r| r.cells.iter().any(|c| c.approx && c.value.is_some()));
    let errata = t.rows.iter().any(|r| r.cells.iter().any(|c| c.erratum && c.value.is_some()));
    let mut header = vec![t.first.clone()];
    if years.is_some() {
        header.push(Msg::YearNumber.text(lang).to_string());
    }
    let with_unit = |c: &String, u: &String| if u.is_empty() { c.clone() } else { crate::i18n::fill(Msg::ColumnUnit.text(lang), &[("name", c), ("unit", u)]) };
    header.extend(t.columns.iter().zip(t.units.iter().chain(std::iter::repeat(&String::new()))).map(|(c, u)| with_unit(c, u)));
    if approx {
        header.push(Msg::ApproxColumn.text(lang).to_string());
    }
    if errata {
        header.push(Msg::ErratumColumn.text(lang).to_string());
    }
    let mut out = vec![header.into_iter().map(Cell::Text).collect::<Vec<_>>()];
    for (i, r) in t.rows.iter().enumerate() {
        let mut cells = vec![Cell::Text(r.label.clone())];
        if let Some(y) = &years {
            cells.push(Cell::Number(Some(f64::from(y[i]))));
        }
        cells.extend(r.cells.iter().map(|c| Cell::Number(c.value)));
        // The columns whose value in this row is marked `flagged`, by name.
        let named = |flagged: fn(&super::TableCell) -> bool| {
            let names: Vec<&str> = r.cells.iter().zip(&t.columns).filter(|(c, _)| flagged(c) && c.value.is_some()).map(|(_, n)| n.as_str()).collect();
            Cell::Text(names.join(Msg::ListSep.text(lang)))
        };
        if approx {
            cells.push(named(|c| c.approx));
        }
        if errata {
            cells.push(named(|c| c.erratum));
        }
        out.push(cells);
    }
    out
}

/// The shown table as CSV ([`table_grid`]).
pub fn table_csv(t: &Table, lang: Lang) -> String {
    grid_csv(&table_grid(t, lang))
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
        Kind::Derived => "derived",
    }
}

/// The whole dataset, one row per entity × category × year (the datapackage schema's long form):
/// the value, where it comes from (`kind`), and whether the report words it approximately. The
/// header is the first row.
pub fn dataset_grid(ds: &Dataset) -> Vec<Vec<Cell>> {
    let text = |s: &str| Cell::Text(s.to_string());
    let mut out = vec![["entity", "category", "year", "value", "kind", "approx"].map(text).to_vec()];
    for s in &ds.series {
        for (i, y) in ds.years.iter().enumerate() {
            let k = ds.kind_of(&s.entity, &s.category, *y).unwrap_or(s.kind);
            let approx = s.values[i].is_some() && ds.is_approx(&s.entity, &s.category, *y);
            out.push(vec![
                text(&s.entity),
                text(&s.category),
                Cell::Number(Some(f64::from(*y))),
                Cell::Number(s.values[i]),
                text(kind(k)),
                text(if approx { "true" } else { "false" }),
            ]);
        }
    }
    out
}

/// The whole dataset as CSV ([`dataset_grid`]).
pub fn dataset_csv(ds: &Dataset) -> String {
    grid_csv(&dataset_grid(ds))
}

/// A grid as CSV: UTF-8 with a byte-order mark, CRLF lines, numbers raw, gaps empty.
fn grid_csv(grid: &[Vec<Cell>]) -> String {
    let mut out = String::from(BOM);
    for row in grid {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(s) => field(s),
                Cell::Number(v) => number(*v),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A file name from the chart and its state: `<chart id>_CN-EU-IN_2014-2023_abs`.
pub fn file_stem(chart: &str, regions: &[&str], from: i32, to: i32, mode: &str) -> String {
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
    fn table_csv_has_a_bom_raw_numbers_gaps_quoted_labels_and_its_errata_named() {
        let t = Table {
            first: "年份".into(),
            columns: vec!["中国".into(), "UK, France".into()],
            units: vec![String::new(), String::new()],
            rows: vec![TableRow {
                key: "CN".into(),
                label: "FY2023".into(),
                cells: vec![
                    TableCell { value: Some(48388.0), text: "48,388".into(), erratum: true, approx: false },
                    TableCell { value: None, text: "no data".into(), erratum: false, approx: false },
                ],
            }],
        };
        // The † travels with the file: a last column names the series whose value differs from
        // the report's text.
        assert_eq!(table_csv(&t, Lang::Zh), "\u{feff}年份,中国,\"UK, France\",与报告正文不一致（见勘误清单）\r\nFY2023,48388,,中国\r\n");
    }

    #[test]
    fn years_are_numbers_beside_their_labels_units_head_the_columns_and_approximations_are_named() {
        let cell = |v: f64, approx: bool| TableCell { value: Some(v), text: String::new(), erratum: false, approx };
        let row = |y: i32, a: TableCell, b: TableCell| TableRow { key: y.to_string(), label: format!("{y} 财年"), cells: vec![a, b] };
        let t = Table {
            first: "年份".into(),
            columns: vec!["中国".into(), "印度".into()],
            units: vec!["指数（2019 = 100）".into(), "指数（2019 = 100）".into()],
            rows: vec![row(2019, cell(100.0, false), cell(100.0, false)), row(2020, cell(25.5, false), cell(61.2, true))],
        };
        assert_eq!(
            table_csv(&t, Lang::Zh),
            "\u{feff}年份,年份（数值）,中国（指数（2019 = 100））,印度（指数（2019 = 100））,约数（报告原文为概数）\r\n2019 财年,2019,100,100,\r\n2020 财年,2020,25.5,61.2,印度\r\n"
        );
    }

    #[test]
    fn numbers_keep_their_precision() {
        assert_eq!(number(Some(151.23456789)), "151.234568");
        assert_eq!(number(Some(-70.0)), "-70");
        assert_eq!(number(None), "");
    }

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(file_stem("work-visas-totals", &["CN", "EU", "IN"], 2014, 2023, "abs"), "work-visas-totals_CN-EU-IN_2014-2023_abs");
        assert_eq!(file_stem("x", &["../etc"], 1, 2, "a/b"), "x_---etc_1-2_a-b");
    }
}
