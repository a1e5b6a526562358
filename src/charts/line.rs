//! Lines over years: one line per series, gaps left as gaps (figure 37 and its kin).

use super::{base_chart, covid_area, value_axis, ChartText};
use crate::transform::Model;
use charming::element::{ItemStyle, LineStyle, Symbol};
use charming::series::Line;
use charming::Chart;

pub fn build(m: &Model, text: &ChartText, colour: impl Fn(&str) -> &'static str) -> Chart {
    let mut chart = base_chart(m, text).y_axis(value_axis(&text.axis_name));
    for (i, l) in m.lines.iter().enumerate() {
        let c = colour(&l.entity);
        let mut line = Line::new()
            .name(l.name.clone())
            .data(l.values.clone())
            .connect_nulls(false)
            .symbol(Symbol::Circle)
            .symbol_size(7)
            .show_symbol(true)
            .item_style(ItemStyle::new().color(c))
            .line_style(LineStyle::new().color(c).width(2.5));
        if i == 0 {
            line = line.mark_area(covid_area(m, text));
        }
        chart = chart.series(line);
    }
    chart
}
