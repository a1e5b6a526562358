//! Chart option builders: a view model in, a `charming::Chart` out. Pure, so they are tested natively
//! by serialising the option; only `echart` (wasm) talks to ECharts.

pub mod line;
pub mod palette;
pub mod stacked;
#[cfg(target_arch = "wasm32")]
pub mod echart;

use crate::transform::Model;
use charming::component::{Axis, Grid, Legend};
use charming::element::{
    AxisPointer, AxisPointerType, AxisType, BoundaryGap, ItemStyle, MarkArea, MarkAreaData, Tooltip, Trigger,
};
use charming::Chart;

/// The words a chart draws itself, already in the reader's language.
pub struct ChartText {
    pub year_labels: Vec<String>,
    pub axis_name: String,
    pub covid_label: String,
    /// Off when the reader prefers reduced motion (and in tests).
    pub animate: bool,
}

/// COVID-19 hit US visa issuance in FY2020 and FY2021; shading them explains the dip.
pub const COVID_YEARS: (i32, i32) = (2020, 2021);

fn base_chart(m: &Model, text: &ChartText) -> Chart {
    Chart::new()
        .animation(text.animate)
        .legend(Legend::new().top(0).left(0))
        .grid(Grid::new().left(8).right(16).top(64).bottom(8).contain_label(true))
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Axis)
                .axis_pointer(AxisPointer::new().type_(AxisPointerType::Shadow)),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .boundary_gap(BoundaryGap::CategoryAxis(true))
                .data(text.year_labels.clone()),
        )
        .color(m.lines.iter().map(|_| "#7F7F7F".into()).collect::<Vec<charming::element::Color>>())
}

fn value_axis(name: &str) -> Axis {
    Axis::new().type_(AxisType::Value).name(name.to_string())
}

/// A shaded band over the COVID years that are inside the shown range.
fn covid_area(m: &Model, text: &ChartText) -> MarkArea {
    let inside: Vec<usize> =
        m.years.iter().enumerate().filter(|(_, y)| (COVID_YEARS.0..=COVID_YEARS.1).contains(*y)).map(|(i, _)| i).collect();
    let data = match (inside.first(), inside.last()) {
        (Some(&a), Some(&b)) => vec![(
            MarkAreaData::new().name(text.covid_label.clone()).x_axis(text.year_labels[a].clone()),
            MarkAreaData::new().x_axis(text.year_labels[b].clone()),
        )],
        _ => vec![],
    };
    MarkArea::new().silent(true).item_style(ItemStyle::new().color("rgba(127,127,127,0.12)")).data(data)
}

/// The option as ECharts reads it.
pub fn to_json(chart: &Chart) -> String {
    serde_json::to_string(chart).unwrap_or_else(|_| "{}".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Kind;
    use crate::state::Mode;
    use crate::transform::Line as L;
    use serde_json::Value;

    fn model() -> Model {
        let line = |e: &str, c: &str, v: Vec<Option<f64>>| L {
            entity: e.into(),
            category: c.into(),
            name: format!("{e}-{c}"),
            kind: Kind::Primary,
            errata: vec![false; v.len()],
            values: v,
        };
        Model {
            years: vec![2019, 2020, 2021, 2022],
            lines: vec![
                line("CN", "total", vec![Some(95818.0), Some(31540.0), None, Some(20198.0)]),
                line("IN", "total", vec![Some(292539.0), Some(180641.0), Some(109771.0), Some(341655.0)]),
            ],
            mode: Mode::Abs,
            base: 2019,
        }
    }

    fn text() -> ChartText {
        ChartText {
            year_labels: vec!["FY2019".into(), "FY2020".into(), "FY2021".into(), "FY2022".into()],
            axis_name: "visas".into(),
            covid_label: "COVID".into(),
            animate: false,
        }
    }

    fn json(c: &Chart) -> Value {
        serde_json::from_str(&to_json(c)).unwrap()
    }

    #[test]
    fn line_chart_keeps_gaps_and_colours() {
        let v = json(&line::build(&model(), &text(), palette::region));
        assert_eq!(v["series"][0]["data"], serde_json::json!([95818.0, 31540.0, null, 20198.0]));
        assert_eq!(v["series"][0]["connectNulls"], false);
        assert_eq!(v["series"][0]["type"], "line");
        assert_eq!(v["series"][0]["itemStyle"]["color"], "#D55E00");
        assert_eq!(v["series"][1]["name"], "IN-total");
        assert_eq!(v["xAxis"]["data"][0], "FY2019");
        assert_eq!(v["yAxis"]["name"], "visas");
        assert_eq!(v["animation"], false);
    }

    #[test]
    fn covid_band_covers_the_covid_years_shown() {
        let v = json(&line::build(&model(), &text(), palette::region));
        let area = &v["series"][0]["markArea"]["data"][0];
        assert_eq!(area[0]["xAxis"], "FY2020");
        assert_eq!(area[1]["xAxis"], "FY2021");
        // Outside the range: no band.
        let mut m = model();
        m.years = vec![2019];
        let t = ChartText { year_labels: vec!["FY2019".into()], ..text() };
        let v = json(&line::build(&m, &t, palette::region));
        assert!(v["series"][0]["markArea"].get("data").is_none());
    }

    #[test]
    fn stacked_bars_share_one_stack() {
        let v = json(&stacked::build(&model(), &text(), palette::class));
        for s in v["series"].as_array().unwrap() {
            assert_eq!(s["type"], "bar");
            assert_eq!(s["stack"], "total");
        }
    }
}
