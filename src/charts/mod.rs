//! Chart option builders: data and the reader's filters in, an ECharts option (JSON text) out, one
//! builder per figure family (`series`, `ranked`, `compare`) behind one entry point,
//! [`figure::build`]. Pure: no DOM, tested natively by reading the option back; the web shell
//! (`web::echarts`) hands the text to ECharts.

pub mod axis;
pub mod compare;
pub mod figure;
pub mod palette;
pub mod ranked;
pub mod series;
#[cfg(test)]
mod tests;

pub use crate::catalog::Draw;
pub use axis::axis_number;

use crate::i18n::Lang;
use axis::Ticks;
use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisPointer, AxisPointerType, AxisType, ItemStyle, MarkArea, MarkAreaData, SplitLine, Tooltip, Trigger};
use charming::Chart;

/// How the reader sees every chart: language, theme, patterns, motion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub lang: Lang,
    pub dark: bool,
    /// Fill bars and areas with patterns as well as colours (the `decal` URL key).
    pub decal: bool,
    /// Off when the reader prefers reduced motion (and in tests).
    pub animate: bool,
}

/// A dated event from the report, placed on a year of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub index: usize,
    pub label: String,
}

/// The words and settings a chart draws itself, already in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartText {
    pub year_labels: Vec<String>,
    pub axis_name: String,
    pub covid_label: String,
    /// Indices of the COVID years (first, last) within `year_labels`, when shown.
    pub covid: Option<(usize, usize)>,
    pub markers: Vec<Marker>,
    /// Off when the reader prefers reduced motion (and in tests).
    pub animate: bool,
    pub dark: bool,
    /// Axis numbers: Chinese readers get 万 / 亿 (see [`axis_number`]).
    pub lang: Lang,
    /// Fill bars and areas with patterns as well as colours (the `decal` URL key).
    pub decal: bool,
}

impl ChartText {
    /// A chart without a year axis, events or COVID band: its unit as the axis name.
    pub fn plain(axis_name: String, look: &Look) -> ChartText {
        ChartText {
            year_labels: vec![],
            axis_name,
            covid_label: String::new(),
            covid: None,
            markers: vec![],
            animate: look.animate,
            dark: look.dark,
            lang: look.lang,
            decal: look.decal,
        }
    }
}

/// The marker a value axis' label formatter carries; the page replaces it with a lookup in the
/// axis' label table (see [`axis`]). Options are JSON, so functions cannot travel in them.
pub fn axis_marker(lang: Lang) -> String {
    format!("tf:axis:{}", lang.code())
}

/// US visa issuance and student flows collapsed in FY/AY 2020 and 2021.
pub const COVID_YEARS: (i32, i32) = (2020, 2021);

/// The COVID band's position among `years`, if any COVID year is shown.
pub fn covid_span(years: &[i32]) -> Option<(usize, usize)> {
    let inside: Vec<usize> = years.iter().enumerate().filter(|(_, y)| (COVID_YEARS.0..=COVID_YEARS.1).contains(*y)).map(|(i, _)| i).collect();
    Some((*inside.first()?, *inside.last()?))
}

pub fn text_colour(dark: bool) -> &'static str {
    if dark {
        "#e6e6e6"
    } else {
        "#333333"
    }
}

fn grid_line(dark: bool) -> &'static str {
    if dark {
        "#3a3a3a"
    } else {
        "#e3e3e3"
    }
}

/// Legend, grid, tooltip and animation shared by every chart.
fn frame(text: &ChartText, legend: bool) -> Chart {
    let mut c = Chart::new()
        .animation(text.animate)
        .grid(Grid::new().left(8).right(24).top(if legend { 64 } else { 36 }).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Axis).axis_pointer(AxisPointer::new().type_(AxisPointerType::Shadow)));
    if legend {
        c = c.legend(Legend::new().top(0).left(0).text_style(charming::element::TextStyle::new().color(text_colour(text.dark))));
    }
    c
}

fn category_axis(labels: Vec<String>, dark: bool) -> Axis {
    Axis::new().type_(AxisType::Category).data(labels).axis_label(charming::element::AxisLabel::new().color(text_colour(dark)))
}

fn value_axis(name: &str, ticks: &Ticks, text: &ChartText) -> Axis {
    let dark = text.dark;
    Axis::new()
        .type_(if ticks.log { AxisType::Log } else { AxisType::Value })
        .name(name.to_string())
        .min(ticks.min)
        .max(ticks.max)
        .interval(ticks.interval)
        .name_text_style(charming::element::TextStyle::new().color(text_colour(dark)))
        .axis_label(charming::element::AxisLabel::new().color(text_colour(dark)).formatter(axis_marker(text.lang).as_str()))
        .split_line(SplitLine::new().line_style(charming::element::LineStyle::new().color(grid_line(dark))))
}

/// A shaded band over the COVID years that are shown.
fn covid_area(text: &ChartText) -> MarkArea {
    let data = match text.covid {
        Some((a, b)) => vec![(MarkAreaData::new().name(text.covid_label.clone()).x_axis(text.year_labels[a].clone()), MarkAreaData::new().x_axis(text.year_labels[b].clone()))],
        None => vec![],
    };
    MarkArea::new()
        .silent(true)
        .item_style(ItemStyle::new().color(if text.dark { "rgba(200,200,200,0.10)" } else { "rgba(127,127,127,0.12)" }))
        .label(charming::element::Label::new().color(text_colour(text.dark)))
        .data(data)
}

/// Vertical lines at the report's dated events.
fn event_lines(text: &ChartText) -> charming::element::MarkLine {
    use charming::element::{Label, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, Symbol};
    let data: Vec<MarkLineVariant> =
        text.markers.iter().map(|m| MarkLineVariant::Simple(MarkLineData::new().name(m.label.clone()).x_axis(text.year_labels[m.index].clone()))).collect();
    MarkLine::new()
        .silent(true)
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(LineStyle::new().type_(LineStyleType::Dashed).color(text_colour(text.dark)).width(1))
        // Event names run up along their line, so neighbouring events do not print over each other.
        .label(Label::new().formatter("{b}").color(text_colour(text.dark)).position(charming::element::LabelPosition::InsideEndTop))
        .data(data)
}

/// The option as the page reads it (JSON), with what every builder adds and charming cannot say:
/// decal patterns, which ECharts reaches through `aria` (whose own generated label stays off: the
/// chart's description is ours); the value axis' label table (`tfLabels`, keyed as the page writes
/// numbers); and the tooltip of each category (`tfTips`, HTML with every name escaped). The page's
/// `__tfOption` (public/boot.js) turns the two tables into formatters. Written straight to text:
/// no JSON tree in between.
fn finish(chart: &charming::Chart, text: &ChartText, value_axis_key: &str, ticks: &Ticks, tooltips: &[String]) -> String {
    let mut json = serde_json::to_string(chart).unwrap_or_else(|_| "{}".into());
    let aria = format!("\"aria\":{{\"enabled\":{d},\"label\":{{\"enabled\":false}},\"decal\":{{\"show\":{d}}}}}", d = text.decal);
    add_field(&mut json, &aria);
    add_field(&mut json, &format!("\"tfTips\":{}", serde_json::to_string(tooltips).unwrap_or_else(|_| "[]".into())));
    add_to_object(&mut json, &format!("\"{value_axis_key}\":{{"), &format!("\"tfLabels\":{},", ticks.labels_json(text.lang)));
    json
}

/// Adds `"key":value` (given as text) to the JSON object `json` as its last field.
fn add_field(json: &mut String, field: &str) {
    if json.ends_with('}') {
        json.pop();
        if json.len() > 1 {
            json.push(',');
        }
        json.push_str(field);
        json.push('}');
    }
}

/// Adds fields (`"key":value,` each, given as text) to the first object opened by `opening` (e.g.
/// `"series":[{`) in the option JSON `json`. Such a key cannot occur inside a string value, where
/// every quote is escaped, so its first match is the option's own.
fn add_to_object(json: &mut String, opening: &str, fields: &str) {
    if let Some(at) = json.find(opening) {
        json.insert_str(at + opening.len(), fields);
    }
}

/// The same for the option's first series.
fn add_to_first_series(json: &mut String, fields: &str) {
    add_to_object(json, "\"series\":[{", fields);
}
