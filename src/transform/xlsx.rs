//! Excel downloads: the shown table ([`table_grid`], as the CSV has it) on a first sheet, and on a
//! second what a reader needs to quote it: title, what the numbers are, source and data date, the
//! address that restores the chart, its notes. Written as the sheets write-excel-file takes them
//! (tools/xlsx-entry.js, loaded only when a reader asks): cells `{value}` (numbers stay numbers),
//! `null` for an empty one.

use super::csv::{table_grid, Cell};
use super::Table;
use crate::i18n::{Lang, Msg};
use serde_json::{json, Value};

/// What the second sheet says about the table.
pub struct About<'a> {
    pub title: &'a str,
    /// What the numbers are: unit, years, report figure (the card's subtitle).
    pub subtitle: &'a str,
    /// The source line, with the data's date.
    pub source: &'a str,
    pub address: &'a str,
    pub notes: &'a [String],
}

fn text(s: &str, bold: bool) -> Value {
    if bold {
        json!({ "value": s, "fontWeight": "bold" })
    } else {
        json!({ "value": s })
    }
}

/// The workbook: its sheets, each `{sheet, data, columns}`.
pub fn workbook(t: &Table, about: &About, lang: Lang) -> Value {
    let grid = table_grid(t, lang);
    let data: Vec<Vec<Value>> = grid
        .iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .map(|c| match c {
                    Cell::Text(s) if s.is_empty() => Value::Null,
                    Cell::Text(s) => text(s, i == 0),
                    Cell::Number(Some(v)) => json!({ "value": v }),
                    Cell::Number(None) => Value::Null,
                })
                .collect()
        })
        .collect();
    // Wide enough for the row labels and the headers, about (in characters; CJK count twice).
    let chars = |c: &Cell| match c {
        Cell::Text(s) => s.chars().map(|ch| if ch >= '\u{2E80}' { 2 } else { 1 }).sum::<usize>(),
        Cell::Number(_) => 10,
    };
    let columns: Vec<Value> = (0..grid.first().map_or(0, Vec::len))
        .map(|j| {
            let widest = grid.iter().filter_map(|r| r.get(j)).map(chars).max().unwrap_or(10);
            json!({ "width": widest.clamp(10, 48) })
        })
        .collect();
    let mut notes: Vec<Vec<Value>> = vec![
        vec![text(Msg::AboutTitle.text(lang), true), text(about.title, false)],
        vec![text(Msg::AboutShows.text(lang), true), text(about.subtitle, false)],
        vec![text(Msg::AboutSource.text(lang), true), text(about.source, false)],
        vec![text(Msg::AboutAddress.text(lang), true), text(about.address, false)],
    ];
    notes.extend(about.notes.iter().map(|n| vec![text(Msg::AboutNote.text(lang), true), text(n, false)]));
    notes.push(vec![text(Msg::AboutBasedOn.text(lang), true), text(Msg::Citation.text(lang), false)]);
    json!([
        { "sheet": Msg::SheetData.text(lang), "data": data, "columns": columns },
        { "sheet": Msg::SheetAbout.text(lang), "data": notes, "columns": [{ "width": 14 }, { "width": 100 }] },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transform::{TableCell, TableRow};

    #[test]
    fn the_data_sheet_is_the_csv_s_table_with_numbers_as_numbers() {
        let cell = |v: Option<f64>| TableCell { value: v, text: String::new(), erratum: false, approx: false };
        let t = Table {
            first: "Year".into(),
            columns: vec!["China".into(), "India".into()],
            units: vec!["visas".into(), "visas".into()],
            rows: vec![TableRow { key: "2019".into(), label: "FY2019".into(), cells: vec![cell(Some(95818.0)), cell(None)] }],
        };
        let notes = ["COVID years shaded".to_string()];
        let about = About {
            title: "Work visas",
            subtitle: "visas · FY2019",
            source: "Source: State Department · data as of 2025-07",
            address: "https://example.org/?view=work-visas",
            notes: &notes,
        };
        let w = workbook(&t, &about, Lang::En);
        let data = w[0]["data"].as_array().unwrap();
        assert_eq!(w[0]["sheet"], "Data");
        assert_eq!(data[0][0], json!({ "value": "Year", "fontWeight": "bold" }));
        assert_eq!(data[0][1]["value"], "Year (number)");
        assert_eq!(data[1], json!([{ "value": "FY2019" }, { "value": 2019.0 }, { "value": 95818.0 }, null]), "a gap is an empty cell");
        assert_eq!(data.len(), 2);
        let about = w[1]["data"].as_array().unwrap();
        let said: Vec<&str> = about.iter().map(|r| r[1]["value"].as_str().unwrap()).collect();
        assert_eq!(&said[..5], ["Work visas", "visas · FY2019", "Source: State Department · data as of 2025-07", "https://example.org/?view=work-visas", "COVID years shaded"]);
        assert_eq!(w[0]["columns"].as_array().unwrap().len(), 4);
    }
}
