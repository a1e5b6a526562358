//! Two years side by side per entity, with the second as a percentage of the first: the overview's
//! tables 2 and 3. Pure, because two places draw them: the app (`views::overview`) and the build,
//! which writes the first one's option into the static first screen so the page can draw it
//! before the app runs (`prerender`). Both call these functions, so they cannot differ.

use super::{palette, ranked, ChartText};
use crate::data::{Dataset, Period, Text};
use crate::findings::{count, pct};
use crate::i18n::{fill, Lang, Msg};
use crate::labels;
use crate::transform::{escape_html, year_label, Table, TableCell, TableRow};

/// One comparison: which chart, from which file, which entities, which two years.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    pub id: &'static str,
    pub resource: &'static str,
    pub entities: &'static [&'static str],
    /// (中文, English)
    pub title: (&'static str, &'static str),
    pub years: (i32, i32),
}

impl Spec {
    pub fn title(&self) -> Text {
        Text::new(self.title.0, self.title.1)
    }
}

/// The overview's two comparisons, in page order; the first is the page's first chart.
pub const OVERVIEW: [Spec; 2] = [
    Spec {
        id: "overview-table-2",
        resource: "work_and_green_cards",
        entities: &["CN", "EU", "IN", "ALL"],
        title: ("表 2 疫情前后美国向中国、欧洲、印度颁发非移民工作签证及职业类移民签证数量", "Table 2: work visas and employment green cards issued to citizens of China, Europe and India, before and after COVID"),
        years: (2019, 2023),
    },
    Spec {
        id: "overview-table-3",
        resource: "students",
        entities: &["CN", "E3", "IN", "ALL"],
        title: ("表 3 中国、欧洲主要国家、印度在美留学人数及变化", "Table 3: students from China, the main European countries and India in the US"),
        years: (2019, 2022),
    },
];

/// An entity and its totals in the two years (a gap stays `None`).
pub type Row = (String, Option<f64>, Option<f64>);

pub fn rows(ds: &Dataset, spec: &Spec) -> Vec<Row> {
    let (a, b) = spec.years;
    spec.entities.iter().map(|e| (e.to_string(), ds.value(e, "total", a), ds.value(e, "total", b))).collect()
}

/// The two years as the dataset counts them ("FY2019", "2019/20").
pub fn year_names(period: Period, years: (i32, i32), lang: Lang) -> (String, String) {
    (year_label(years.0, period, lang), year_label(years.1, period, lang))
}

/// The chart option (JSON); `text` carries the language, theme and motion settings.
pub fn option(rows: &[Row], spec: &Spec, names: &(String, String), text: &ChartText) -> String {
    let bars: Vec<ranked::Bar2> = rows.iter().map(|(e, x, y)| ranked::Bar2 { label: labels::name(e, None, text.lang), values: vec![*x, *y] }).collect();
    let parts = [
        ranked::Part { code: spec.years.0.to_string(), name: names.0.clone(), colour: palette::category("graduate") },
        ranked::Part { code: spec.years.1.to_string(), name: names.1.clone(), colour: palette::category("undergraduate") },
    ];
    ranked::grouped(&bars, &parts, text)
}

/// The settings of a comparison chart: no year axis, COVID band or markers; the unit as the axis name.
pub fn chart_text(ds: &Dataset, lang: Lang, dark: bool, decal: bool, animate: bool) -> ChartText {
    ChartText { year_labels: vec![], axis_name: lang.pick(&ds.unit).to_string(), covid_label: String::new(), covid: None, markers: vec![], animate, dark, lang, decal }
}

/// One tooltip (HTML, escaped) per bar, in the chart's category order (bottom first).
pub fn tooltips(rows: &[Row], names: &(String, String), lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = rows
        .iter()
        .map(|(e, x, y)| format!("<b>{}</b><br>{}: {}<br>{}: {}<br>{}", escape_html(&labels::name(e, None, lang)), escape_html(&names.0), count(*x), escape_html(&names.1), count(*y), pct(*y, *x)))
        .collect();
    out.reverse();
    out
}

/// The chart in words, for screen readers.
pub fn summary(rows: &[Row], lang: Lang) -> String {
    rows.iter().map(|(e, x, y)| format!("{}: {} → {} ({})", labels::name(e, None, lang), count(*x), count(*y), pct(*y, *x))).collect::<Vec<_>>().join("; ")
}

pub fn table(rows: &[Row], names: &(String, String), lang: Lang) -> Table {
    let first = if lang == Lang::Zh { "地区" } else { "Region" }.to_string();
    let ratio = fill(Msg::PercentOfYear.text(lang), &[("b", &names.1), ("a", &names.0)]);
    let cell = |v: Option<f64>, text: String| TableCell { value: v, text, erratum: false };
    Table {
        first,
        columns: vec![names.0.clone(), names.1.clone(), ratio],
        rows: rows
            .iter()
            .map(|(e, x, y)| {
                let r = match (x, y) {
                    (Some(x), Some(y)) if *x != 0.0 => Some((y / x * 1000.0).round() / 10.0),
                    _ => None,
                };
                TableRow {
                    key: e.clone(),
                    label: labels::name(e, None, lang),
                    cells: vec![cell(*x, count(*x)), cell(*y, count(*y)), cell(r, r.map(|v| format!("{v:.1}%")).unwrap_or_else(|| "—".into()))],
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn dataset() -> Dataset {
        serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/work_and_green_cards.json")).unwrap()).unwrap()
    }

    #[test]
    fn rows_take_each_entitys_totals_and_keep_gaps() {
        let ds = dataset();
        let spec = OVERVIEW[0];
        let r = rows(&ds, &spec);
        assert_eq!(r.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["CN", "EU", "IN", "ALL"]);
        assert_eq!(r[0].1, ds.value("CN", "total", 2019));
        assert_eq!(r[2].2, ds.value("IN", "total", 2023));
        let gap = Spec { entities: &["CN", "XX"], ..spec };
        assert_eq!(rows(&ds, &gap)[1], ("XX".to_string(), None, None), "an entity without data is a gap, not a zero");
    }

    #[test]
    fn the_option_table_tooltips_and_summary_say_the_same_numbers() {
        let ds = dataset();
        let spec = OVERVIEW[0];
        let r = rows(&ds, &spec);
        let names = year_names(ds.period, spec.years, Lang::En);
        assert_eq!(names, ("FY2019".to_string(), "FY2023".to_string()));
        let v: Value = serde_json::from_str(&option(&r, &spec, &names, &chart_text(&ds, Lang::En, false, false, true))).unwrap();
        assert_eq!(v["series"][0]["name"], "FY2019");
        assert_eq!(v["series"][1]["name"], "FY2023");
        // ECharts draws the first category at the bottom: the bars and their tooltips run backwards.
        assert_eq!(v["yAxis"]["data"][3], "China");
        assert_eq!(v["series"][0]["data"][3].as_f64(), r[0].1);
        let tips = tooltips(&r, &names, Lang::En);
        assert!(tips[3].starts_with("<b>China</b><br>FY2019: "), "{}", tips[3]);
        let t = table(&r, &names, Lang::En);
        assert_eq!(t.columns, ["FY2019", "FY2023", "FY2023 as % of FY2019"]);
        let (x, y) = (r[0].1.unwrap(), r[0].2.unwrap());
        assert_eq!(t.rows[0].cells[2].text, format!("{:.1}%", (y / x * 1000.0).round() / 10.0));
        assert!(summary(&r, Lang::En).starts_with(&format!("China: {} → {} (", count(Some(x)), count(Some(y)))));
        let zh: Value = serde_json::from_str(&option(&r, &spec, &year_names(ds.period, spec.years, Lang::Zh), &chart_text(&ds, Lang::Zh, true, false, true))).unwrap();
        assert_eq!(zh["yAxis"]["data"][3], "中国");
        assert_eq!(zh["xAxis"]["axisLabel"]["formatter"], "tf:axis:zh");
    }
}
