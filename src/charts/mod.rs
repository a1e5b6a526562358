//! Chart option builders: a view model in, a `charming::Chart` out. Pure, so they are tested natively
//! by serialising the option; only `echart` (wasm) talks to ECharts.

pub mod compare;
pub mod palette;
pub mod ranked;
pub mod series;
#[cfg(target_arch = "wasm32")]
pub mod echart;
#[cfg(test)]
mod tests;

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisPointer, AxisPointerType, AxisType, ItemStyle, MarkArea, MarkAreaData, SplitLine, Tooltip, Trigger};
use charming::Chart;

/// The width (CSS px) from which a screen counts as wide: there the first chart is within a screen
/// of the top, so ECharts starts at once and a chart's nearness is measured at once; below it the
/// text comes first (`public/boot.js` decides with the same number, as it runs before the wasm).
pub const WIDE: u32 = 1000;

/// How a time series is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Draw {
    Line,
    Bar,
    Stacked,
    /// Symbols only: sparse values stated in the report, never joined across gaps.
    Points,
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
    pub lang: crate::i18n::Lang,
    /// Fill bars and areas with patterns as well as colours (the `decal` URL key).
    pub decal: bool,
}

/// Axis labels name a formatter by this marker; the ECharts glue puts the Rust formatter in its
/// place (options are JSON, so functions cannot travel in them).
pub fn axis_marker(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::Zh => "tf:axis:zh",
        crate::i18n::Lang::En => "tf:axis:en",
    }
}

/// An axis number as the reader's language writes it: 12,947 · 45万 · 2.81亿 in Chinese;
/// 12,947 · 450,000 in English. Decimals only where the value has them.
pub fn axis_number(v: f64, lang: crate::i18n::Lang) -> String {
    let trim = |x: f64| {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let a = v.abs();
    match lang {
        crate::i18n::Lang::Zh if a >= 1e8 => format!("{}亿", trim(v / 1e8)),
        crate::i18n::Lang::Zh if a >= 1e4 => format!("{}万", trim(v / 1e4)),
        _ => crate::i18n::group_thousands(v, crate::transform::decimals(v)),
    }
}

/// US visa issuance and student flows collapsed in FY/AY 2020 and 2021.
pub const COVID_YEARS: (i32, i32) = (2020, 2021);

/// The COVID band's position among `years`, if any COVID year is shown.
pub fn covid_span(years: &[i32]) -> Option<(usize, usize)> {
    let inside: Vec<usize> =
        years.iter().enumerate().filter(|(_, y)| (COVID_YEARS.0..=COVID_YEARS.1).contains(*y)).map(|(i, _)| i).collect();
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
    Axis::new()
        .type_(AxisType::Category)
        .data(labels)
        .axis_label(charming::element::AxisLabel::new().color(text_colour(dark)))
}

fn value_axis(name: &str, log: bool, text: &ChartText) -> Axis {
    let dark = text.dark;
    Axis::new()
        .type_(if log { AxisType::Log } else { AxisType::Value })
        .name(name.to_string())
        .name_text_style(charming::element::TextStyle::new().color(text_colour(dark)))
        .axis_label(charming::element::AxisLabel::new().color(text_colour(dark)).formatter(axis_marker(text.lang)))
        .split_line(SplitLine::new().line_style(charming::element::LineStyle::new().color(grid_line(dark))))
}

/// A shaded band over the COVID years that are shown.
fn covid_area(text: &ChartText) -> MarkArea {
    let data = match text.covid {
        Some((a, b)) => vec![(
            MarkAreaData::new().name(text.covid_label.clone()).x_axis(text.year_labels[a].clone()),
            MarkAreaData::new().x_axis(text.year_labels[b].clone()),
        )],
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
    let data: Vec<MarkLineVariant> = text
        .markers
        .iter()
        .map(|m| MarkLineVariant::Simple(MarkLineData::new().name(m.label.clone()).x_axis(text.year_labels[m.index].clone())))
        .collect();
    MarkLine::new()
        .silent(true)
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(LineStyle::new().type_(LineStyleType::Dashed).color(text_colour(text.dark)).width(1))
        // Event names run up along their line, so neighbouring events do not print over each other.
        .label(Label::new().formatter("{b}").color(text_colour(text.dark)).position(charming::element::LabelPosition::InsideEndTop))
        .data(data)
}

/// The option as ECharts reads it (JSON), with what every builder adds and charming cannot say:
/// decal patterns, which ECharts reaches through `aria`, whose own generated label stays off (the
/// chart's description is ours). Written straight to text: no JSON tree in between.
fn finish(chart: &charming::Chart, text: &ChartText) -> String {
    let mut json = serde_json::to_string(chart).unwrap_or_else(|_| "{}".into());
    let aria = format!("\"aria\":{{\"enabled\":{d},\"label\":{{\"enabled\":false}},\"decal\":{{\"show\":{d}}}}}", d = text.decal);
    add_field(&mut json, &aria);
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

/// Adds fields (`"key":value,` each, given as text) to the first series object of the option
/// JSON `json`. The key `"series":[{` cannot occur inside a string value, where every quote is
/// escaped, so its first match is the option's own.
fn add_to_first_series(json: &mut String, fields: &str) {
    const KEY: &str = "\"series\":[{";
    if let Some(at) = json.find(KEY) {
        json.insert_str(at + KEY.len(), fields);
    }
}
