//! Series over years — lines, bars, stacked bars or points — from a [`Model`]: the family behind
//! most of the report's figures (37, 10, 12, 15, 16, 36…).

use super::{category_axis, covid_area, event_lines, frame, value_axis, ChartText, Draw};
use crate::data::Kind;
use crate::state::Scale;
use crate::transform::Model;
use charming::datatype::DataPointItem;
use charming::element::{Emphasis, EmphasisFocus, ItemStyle, LineStyle, Symbol};
use charming::series::{Bar, Line, Scatter};
use charming::Chart;

/// Values as ECharts data: report values inside a primary series get a hollow marker, so readers
/// see at a glance which points the publisher's table does not have.
fn data(values: &[Option<f64>], kinds: &[Kind], line_kind: Kind, colour: &str, log: bool) -> Vec<DataPointItem> {
    values
        .iter()
        .zip(kinds)
        .map(|(v, k)| {
            // A log axis cannot show zero or negatives: they become gaps there.
            let v = v.filter(|x| !log || *x > 0.0);
            let item = DataPointItem::new(v);
            if *k != line_kind && v.is_some() {
                item.item_style(ItemStyle::new().color("#ffffff").border_color(colour).border_width(2))
            } else {
                item
            }
        })
        .collect()
}

/// `entity|category` (categories joined by `+` for sums): lets checks map a drawn series back to
/// the dataset without reading its translated name.
pub fn series_id(l: &crate::transform::Line) -> String {
    format!("{}|{}", l.entity, l.category)
}

/// The ECharts option (JSON). Charming has no markArea on bars, so the reading aids (COVID band,
/// events) are attached to the first series of the serialised option, whatever its type.
pub fn build(m: &Model, text: &ChartText, draw: Draw, scale: Scale, colour: &dyn Fn(&crate::transform::Line) -> &'static str) -> String {
    let mut json = super::finish(&chart(m, text, draw, scale, colour), text);
    let marks = format!(
        "\"markArea\":{},\"markLine\":{},",
        serde_json::to_string(&covid_area(text)).unwrap_or_else(|_| "{}".into()),
        serde_json::to_string(&event_lines(text)).unwrap_or_else(|_| "{}".into())
    );
    super::add_to_first_series(&mut json, &marks);
    json
}

fn chart(m: &Model, text: &ChartText, draw: Draw, scale: Scale, colour: &dyn Fn(&crate::transform::Line) -> &'static str) -> Chart {
    let log = scale == Scale::Log && draw != Draw::Stacked;
    let mut chart = frame(text, true)
        .x_axis(category_axis(text.year_labels.clone(), text.dark))
        .y_axis(value_axis(&text.axis_name, log, text));
    for l in &m.lines {
        let c = colour(l);
        let d = data(&l.values, &l.kinds, l.kind, c, log);
        chart = match draw {
            Draw::Line => {
                let s = Line::new()
                    .id(series_id(l))
                    .name(l.name.clone())
                    .data(d)
                    .connect_nulls(false)
                    .symbol(Symbol::Circle)
                    .symbol_size(7)
                    .item_style(ItemStyle::new().color(c))
                    .line_style(LineStyle::new().color(c).width(2.5))
                    .emphasis(Emphasis::new().focus(EmphasisFocus::Series));
                chart.series(s)
            }
            Draw::Bar | Draw::Stacked => {
                let mut s = Bar::new()
                    .id(series_id(l))
                    .name(l.name.clone())
                    .data(d)
                    .item_style(ItemStyle::new().color(c))
                    .emphasis(Emphasis::new().focus(EmphasisFocus::Series));
                if draw == Draw::Stacked {
                    s = s.stack("total");
                }
                chart.series(s)
            }
            Draw::Points => {
                let s = Scatter::new()
                    .id(series_id(l))
                    .name(l.name.clone())
                    .data(d)
                    .symbol_size(11)
                    .item_style(ItemStyle::new().color(c))
                    .emphasis(Emphasis::new().focus(EmphasisFocus::Series));
                chart.series(s)
            }
        };
    }
    chart
}
