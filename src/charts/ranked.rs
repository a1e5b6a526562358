//! Horizontal bars ranking entities for one year (figures 2, 3, 6, 7, 39): largest at the top,
//! optionally split into parts (male / female) stacked.

use super::{frame, text_colour, value_axis, ChartText};
use charming::component::Axis;
use charming::element::{AxisLabel, AxisType, Emphasis, EmphasisFocus, ItemStyle, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

/// One bar: its label and one value per part.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar2 {
    pub label: String,
    pub values: Vec<Option<f64>>,
}

pub struct Part {
    /// The category code, as the series id.
    pub code: String,
    pub name: String,
    pub colour: &'static str,
}

/// `bars` are drawn in the given order from the top (pass them sorted, largest first).
pub fn build(bars: &[Bar2], parts: &[Part], text: &ChartText) -> String {
    super::finish(&chart(bars, parts, text, true), text)
}

/// The same bars with their parts side by side instead of stacked (2019 beside 2023).
pub fn grouped(bars: &[Bar2], parts: &[Part], text: &ChartText) -> String {
    super::finish(&chart(bars, parts, text, false), text)
}

fn chart(bars: &[Bar2], parts: &[Part], text: &ChartText, stack: bool) -> Chart {
    let mut labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    labels.reverse(); // ECharts draws the first category at the bottom
    let mut chart = frame(text, parts.len() > 1)
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .y_axis(Axis::new().type_(AxisType::Category).data(labels).axis_label(AxisLabel::new().color(text_colour(text.dark))))
        .x_axis(value_axis(&text.axis_name, false, text));
    for (pi, p) in parts.iter().enumerate() {
        let mut values: Vec<Option<f64>> = bars.iter().map(|b| b.values.get(pi).copied().flatten()).collect();
        values.reverse();
        let mut s = Bar::new().id(p.code.clone()).name(p.name.clone()).data(values).item_style(ItemStyle::new().color(p.colour)).emphasis(Emphasis::new().focus(EmphasisFocus::Series));
        if stack && parts.len() > 1 {
            s = s.stack("total");
        }
        chart = chart.series(s);
    }
    chart
}
