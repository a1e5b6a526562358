//! Two years side by side per entity, with the second as a percentage of the first: the overview's
//! tables 2 and 3. The build also draws the first one into the static first screen (`prerender`),
//! from this same code.

use super::figure::{Built, LegendItem};
use super::{palette, ranked, ChartText, Look};
use crate::catalog::{Compare, Figure};
use crate::data::{Dataset, Period};
use crate::i18n::{fill, Lang, Msg};
use crate::labels;
use crate::state::Mode;
use crate::transform::{count, escape_html, pct, year_label, Table, TableCell, TableRow};

/// An entity and its totals in the two years (a gap stays `None`).
pub type Row = (String, Option<f64>, Option<f64>);

pub fn rows(ds: &Dataset, c: &Compare) -> Vec<Row> {
    let (a, b) = c.years;
    c.entities.iter().map(|e| (e.to_string(), ds.value(e, "total", a), ds.value(e, "total", b))).collect()
}

/// The two years as the dataset counts them ("FY2019", "2019/20").
pub fn year_names(period: Period, years: (i32, i32), lang: Lang) -> (String, String) {
    (year_label(years.0, period, lang), year_label(years.1, period, lang))
}

/// The two years as parts of each bar: the earlier in one colour, the later in another.
fn parts(c: &Compare, names: &(String, String)) -> [ranked::Part; 2] {
    [
        ranked::Part { code: c.years.0.to_string(), name: names.0.clone(), colour: palette::category("graduate") },
        ranked::Part { code: c.years.1.to_string(), name: names.1.clone(), colour: palette::category("undergraduate") },
    ]
}

fn legend(c: &Compare, names: &(String, String)) -> Vec<LegendItem> {
    parts(c, names).into_iter().map(|p| LegendItem { name: p.name, colour: p.colour }).collect()
}

/// The chart option (JSON), with its tooltips.
pub fn option(rows: &[Row], c: &Compare, names: &(String, String), look: &Look, text: &ChartText) -> String {
    let bars: Vec<ranked::Bar2> = rows
        .iter()
        .map(|(e, x, y)| ranked::Bar2 {
            label: labels::name(e, None, text.lang),
            values: vec![*x, *y],
            focus: None,
            ends: ranked::ends(&[*x, *y], &[], false, None, Mode::Abs, look),
        })
        .collect();
    ranked::grouped(&bars, &parts(c, names), text, &tooltips(rows, names, text.lang))
}

/// One tooltip (HTML, escaped) per bar, in the chart's category order (bottom first).
pub fn tooltips(rows: &[Row], names: &(String, String), lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = rows
        .iter()
        .map(|(e, x, y)| {
            format!(
                "<b>{}</b><br>{}: {}<br>{}: {}<br>{}",
                escape_html(&labels::name(e, None, lang)),
                escape_html(&names.0),
                count(*x),
                escape_html(&names.1),
                count(*y),
                pct(*y, *x)
            )
        })
        .collect();
    out.reverse();
    out
}

/// The chart in words, for screen readers.
pub fn summary(rows: &[Row], lang: Lang) -> String {
    rows.iter().map(|(e, x, y)| format!("{}: {} → {} ({})", labels::name(e, None, lang), count(*x), count(*y), pct(*y, *x))).collect::<Vec<_>>().join(Msg::ListSep.text(lang))
}

pub fn table(rows: &[Row], names: &(String, String), unit: &str, lang: Lang) -> Table {
    let ratio = fill(Msg::PercentOfYear.text(lang), &[("b", &names.1), ("a", &names.0)]);
    let cell = |v: Option<f64>, text: String| TableCell { value: v, text, erratum: false, approx: false };
    Table {
        first: Msg::RegionColumn.text(lang).to_string(),
        columns: vec![names.0.clone(), names.1.clone(), ratio],
        units: vec![unit.to_string(), unit.to_string(), "%".to_string()],
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
                    cells: vec![cell(*x, count(*x)), cell(*y, count(*y)), cell(r, r.map(|v| format!("{}%", crate::i18n::fixed(v, 1))).unwrap_or_else(|| "—".into()))],
                }
            })
            .collect(),
    }
}

/// A comparison's card.
pub fn card(fig: &Figure, c: &Compare, ds: &Dataset, look: &Look) -> Built {
    let l = look.lang;
    let rows = rows(ds, c);
    let names = year_names(ds.period, c.years, l);
    let unit = l.pick(&ds.unit);
    Built {
        title: l.pick(&fig.title).to_string(),
        subtitle: format!("{} · {}", names.0, names.1),
        option: option(&rows, c, &names, look, &ChartText::plain(unit.to_string(), look)),
        table: table(&rows, &names, unit, l),
        stem: format!("{}_{}-{}", fig.id, c.years.0, c.years.1),
        notes: vec![],
        gaps: vec![],
        legend: legend(c, &names),
        key: vec![],
        events: vec![],
        summary: summary(&rows, l),
        height: ranked::height(rows.len() * 2, look),
        drawn: c.entities.iter().map(|e| (e.to_string(), "total".to_string())).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{overview::TABLE_2, Family};
    use serde_json::Value;

    fn dataset() -> Dataset {
        serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/work_and_green_cards.json")).unwrap()).unwrap()
    }

    fn spec() -> Compare {
        match TABLE_2.family {
            Family::Compare(c) => c,
            _ => unreachable!("table 2 is a comparison"),
        }
    }

    fn look(lang: Lang, dark: bool) -> Look {
        Look { lang, dark, decal: false, animate: true, width: 0 }
    }

    #[test]
    fn rows_take_each_entitys_totals_and_keep_gaps() {
        let ds = dataset();
        let spec = spec();
        let r = rows(&ds, &spec);
        assert_eq!(r.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["CN", "EU", "IN", "ALL"]);
        assert_eq!(r[0].1, ds.value("CN", "total", 2019));
        assert_eq!(r[2].2, ds.value("IN", "total", 2023));
        let gap = Compare { entities: &["CN", "XX"], ..spec };
        assert_eq!(rows(&ds, &gap)[1], ("XX".to_string(), None, None), "an entity without data is a gap, not a zero");
    }

    #[test]
    fn the_option_table_tooltips_and_summary_say_the_same_numbers() {
        let ds = dataset();
        let spec = spec();
        let r = rows(&ds, &spec);
        let names = year_names(ds.period, spec.years, Lang::En);
        assert_eq!(names, ("FY2019".to_string(), "FY2023".to_string()));
        let v: Value = serde_json::from_str(&card(&TABLE_2, &spec, &ds, &look(Lang::En, false)).option).unwrap();
        assert_eq!(v["series"][0]["name"], "FY2019");
        assert_eq!(v["series"][1]["name"], "FY2023");
        // ECharts draws the first category at the bottom: the bars and their tooltips run backwards.
        assert_eq!(v["yAxis"]["data"][3], "China");
        assert_eq!(v["series"][0]["data"][3]["value"].as_f64(), r[0].1);
        assert_eq!(v["series"][1]["data"][3]["label"]["formatter"], count(r[0].2), "each bar with its number at its end");
        let tips = tooltips(&r, &names, Lang::En);
        assert!(tips[3].starts_with("<b>China</b><br>FY2019: "), "{}", tips[3]);
        assert_eq!(v["tfTips"], serde_json::json!(tips), "the tooltips travel with the option");
        let t = table(&r, &names, "visas", Lang::En);
        assert_eq!(t.columns, ["FY2019", "FY2023", "FY2023 as % of FY2019"]);
        let (x, y) = (r[0].1.unwrap(), r[0].2.unwrap());
        assert_eq!(t.rows[0].cells[2].text, format!("{:.1}%", (y / x * 1000.0).round() / 10.0));
        assert!(summary(&r, Lang::En).starts_with(&format!("China: {} → {} (", count(Some(x)), count(Some(y)))));
        let zh: Value = serde_json::from_str(&card(&TABLE_2, &spec, &ds, &look(Lang::Zh, true)).option).unwrap();
        assert_eq!(zh["yAxis"]["data"][3], "中国");
        assert_eq!(zh["xAxis"]["axisLabel"]["formatter"], "tf:axis:zh");
        assert!(zh["xAxis"]["tfLabels"]["0"].is_string(), "the axis labels travel with the option");
    }
}
