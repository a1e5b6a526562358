//! Pure transforms from a dataset and a view state to what a chart or table shows.

use crate::data::{Dataset, Kind};
use crate::i18n::{fill, group_thousands, Lang, Msg};
use crate::state::Mode;

/// One line of a chart, already filtered to the year range and transformed by the mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub entity: String,
    pub category: String,
    pub name: String,
    pub kind: Kind,
    pub values: Vec<Option<f64>>,
    /// Parallel to `values`: the year has an erratum (the report states another number).
    pub errata: Vec<bool>,
}

/// What a chart and its table show: years × lines, in one mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub years: Vec<i32>,
    pub lines: Vec<Line>,
    pub mode: Mode,
    pub base: i32,
}

/// A series to pick from a dataset and the name to show for it.
pub struct Pick<'a> {
    pub entity: &'a str,
    pub category: &'a str,
    pub name: String,
}

pub fn model(ds: &Dataset, picks: &[Pick], from: i32, to: i32, mode: Mode, base: i32) -> Model {
    let idx: Vec<usize> = ds.years.iter().enumerate().filter(|(_, &y)| y >= from && y <= to).map(|(i, _)| i).collect();
    let years: Vec<i32> = idx.iter().map(|&i| ds.years[i]).collect();
    let lines = picks
        .iter()
        .filter_map(|p| {
            let s = ds.series(p.entity, p.category)?;
            let base_value = ds.year_index(base).and_then(|i| s.values[i]).filter(|b| *b != 0.0);
            let values = idx
                .iter()
                .map(|&i| match mode {
                    Mode::Abs => s.values[i],
                    Mode::Index => Some(s.values[i]? / base_value? * 100.0),
                })
                .collect();
            let errata = years.iter().map(|&y| ds.erratum(p.entity, p.category, y).is_some()).collect();
            Some(Line { entity: p.entity.into(), category: p.category.into(), name: p.name.clone(), kind: s.kind, values, errata })
        })
        .collect();
    Model { years, lines, mode, base }
}

/// How a value reads in tooltips, tables and summaries: counts with separators, indices to one decimal.
pub fn format_value(v: Option<f64>, mode: Mode, lang: Lang) -> String {
    match v {
        None => Msg::Gap.text(lang).to_string(),
        Some(x) => match mode {
            Mode::Abs => group_thousands(x, if x.fract() == 0.0 { 0 } else { 1 }),
            Mode::Index => group_thousands(x, 1),
        },
    }
}

pub fn year_label(year: i32, lang: Lang) -> String {
    fill(Msg::Fiscal.text(lang), &[("year", &year.to_string())])
}

/// The table tab: one row per year, one column per line, the same numbers as the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub year: i32,
    pub label: String,
    pub cells: Vec<TableCell>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableCell {
    pub value: Option<f64>,
    pub text: String,
    pub erratum: bool,
}

pub fn table(m: &Model, lang: Lang) -> Table {
    Table {
        columns: m.lines.iter().map(|l| l.name.clone()).collect(),
        rows: m
            .years
            .iter()
            .enumerate()
            .map(|(i, &year)| TableRow {
                year,
                label: year_label(year, lang),
                cells: m
                    .lines
                    .iter()
                    .map(|l| TableCell { value: l.values[i], text: format_value(l.values[i], m.mode, lang), erratum: l.errata[i] })
                    .collect(),
            })
            .collect(),
    }
}

/// A sentence a screen reader can read in place of the chart: first and last value of each line.
pub fn summary(m: &Model, lang: Lang) -> String {
    let (Some(first), Some(last)) = (m.years.first(), m.years.last()) else { return String::new() };
    let parts: Vec<String> = m
        .lines
        .iter()
        .map(|l| {
            let a = l.values.first().copied().flatten();
            let b = l.values.last().copied().flatten();
            fill(
                Msg::SummaryRoseFell.text(lang),
                &[("name", &l.name), ("a", &format_value(a, m.mode, lang)), ("b", &format_value(b, m.mode, lang))],
            )
        })
        .collect();
    let sep = if lang == Lang::Zh { "；" } else { "; " };
    fill(
        Msg::Summary.text(lang),
        &[("first", &year_label(*first, lang)), ("last", &year_label(*last, lang)), ("series", &parts.join(sep))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Period, Series, Source, Text};

    fn ds() -> Dataset {
        let series = |e: &str, v: Vec<Option<f64>>| Series { entity: e.into(), category: "total".into(), kind: Kind::Primary, source: 0, values: v, points: vec![] };
        Dataset {
            name: "t".into(),
            title: Text::default(),
            unit: Text::default(),
            category_units: vec![],
            period: Period::FiscalYear,
            figures: vec![],
            tables: vec![],
            years: vec![2018, 2019, 2020, 2021],
            sources: vec![Source { kind: Kind::Primary, publisher: Text::default(), table: Text::default(), file: String::new(), url: None }],
            notes: vec![],
            errata: vec![],
            labels: vec![],
            series: vec![
                series("CN", vec![Some(90.0), Some(100.0), Some(30.0), None]),
                series("IN", vec![Some(10.0), None, Some(5.0), Some(8.0)]),
            ],
        }
    }

    fn pick(e: &str) -> Pick<'_> {
        Pick { entity: e, category: "total", name: e.to_string() }
    }

    #[test]
    fn table_of_transforms() {
        // (entities, from, to, mode, base, expected years, expected values per line)
        let cases: Vec<(Vec<&str>, i32, i32, Mode, i32, Vec<i32>, Vec<Vec<Option<f64>>>)> = vec![
            (vec!["CN"], 2018, 2021, Mode::Abs, 2019, vec![2018, 2019, 2020, 2021], vec![vec![Some(90.0), Some(100.0), Some(30.0), None]]),
            (vec!["CN", "IN"], 2019, 2020, Mode::Abs, 2019, vec![2019, 2020], vec![vec![Some(100.0), Some(30.0)], vec![None, Some(5.0)]]),
            (vec!["CN"], 2018, 2021, Mode::Index, 2019, vec![2018, 2019, 2020, 2021], vec![vec![Some(90.0), Some(100.0), Some(30.0), None]]),
            (vec!["CN"], 2019, 2020, Mode::Index, 2018, vec![2019, 2020], vec![vec![Some(100.0 / 90.0 * 100.0), Some(30.0 / 90.0 * 100.0)]]),
            // No base value: the index is all gaps, never zeros.
            (vec!["IN"], 2018, 2021, Mode::Index, 2019, vec![2018, 2019, 2020, 2021], vec![vec![None, None, None, None]]),
            // Base outside the data.
            (vec!["CN"], 2018, 2019, Mode::Index, 2030, vec![2018, 2019], vec![vec![None, None]]),
            // Unknown entities are skipped.
            (vec!["XX", "CN"], 2021, 2021, Mode::Abs, 2019, vec![2021], vec![vec![None]]),
        ];
        for (entities, from, to, mode, base, years, values) in cases {
            let picks: Vec<Pick> = entities.iter().map(|e| pick(e)).collect();
            let m = model(&ds(), &picks, from, to, mode, base);
            assert_eq!(m.years, years, "{entities:?} {from}-{to}");
            let got: Vec<Vec<Option<f64>>> = m.lines.iter().map(|l| l.values.clone()).collect();
            assert_eq!(got, values, "{entities:?} {from}-{to} {mode:?} {base}");
        }
    }

    #[test]
    fn summary_reads_first_and_last_values() {
        let m = model(&ds(), &[pick("CN"), pick("IN")], 2018, 2020, Mode::Abs, 2019);
        assert_eq!(summary(&m, Lang::En), "From FY2018 to FY2020: CN went from 90 to 30; IN went from 10 to 5.");
        assert!(summary(&m, Lang::Zh).starts_with("2018 财年至2020 财年"));
    }

    #[test]
    fn table_has_the_chart_numbers() {
        let m = model(&ds(), &[pick("CN"), pick("IN")], 2019, 2021, Mode::Abs, 2019);
        let t = table(&m, Lang::En);
        assert_eq!(t.columns, vec!["CN", "IN"]);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[0].label, "FY2019");
        assert_eq!(t.rows[0].cells[1].text, "no data");
        assert_eq!(t.rows[1].cells[0].value, Some(30.0));
    }

    #[test]
    fn formats_values() {
        assert_eq!(format_value(Some(442421.0), Mode::Abs, Lang::En), "442,421");
        assert_eq!(format_value(Some(151.123), Mode::Index, Lang::En), "151.1");
        assert_eq!(format_value(None, Mode::Abs, Lang::En), "no data");
    }
}
