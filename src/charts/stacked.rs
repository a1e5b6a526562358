//! Stacked bars of one region's classes per year (figures 10, 19, 28).

use super::{base_chart, value_axis, ChartText};
use crate::transform::Model;
use charming::element::{Emphasis, EmphasisFocus, ItemStyle};
use charming::series::Bar;
use charming::Chart;

pub fn build(m: &Model, text: &ChartText, colour: impl Fn(&str) -> &'static str) -> Chart {
    let mut chart = base_chart(m, text).y_axis(value_axis(&text.axis_name));
    for l in &m.lines {
        chart = chart.series(
            Bar::new()
                .name(l.name.clone())
                .stack("total")
                .data(l.values.clone())
                .item_style(ItemStyle::new().color(colour(&l.category)))
                .emphasis(Emphasis::new().focus(EmphasisFocus::Series)),
        );
    }
    chart
}
