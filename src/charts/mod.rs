//! Chart option builders: data and the reader's filters in, an ECharts option (JSON text) out, one
//! builder per figure family (`series`, `ranked`, `compare`) behind one entry point,
//! [`figure::build`]. Pure: no DOM, tested natively by reading the option back; the web shell
//! (`web::echarts`) hands the text to ECharts.

pub mod annotate;
pub mod axis;
pub mod compare;
pub mod figure;
pub mod image;
pub mod palette;
pub mod ranked;
pub mod series;
pub mod sparkline;
#[cfg(test)]
mod tests;

pub use crate::catalog::Draw;
pub use axis::axis_number;

use crate::i18n::Lang;
use axis::Ticks;
use charming::component::Grid;
use charming::element::{AxisPointer, AxisPointerType, Tooltip, Trigger};

/// How the reader sees a chart: language, theme, patterns, motion, and how wide it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub lang: Lang,
    pub dark: bool,
    /// Fill bars and areas with patterns as well as colours (the `decal` URL key).
    pub decal: bool,
    /// Off when the reader prefers reduced motion (and in tests).
    pub animate: bool,
    /// The chart's width in CSS pixels: how many ticks, how compact their numbers, where labels
    /// fit (0: not known yet, laid out as on a desktop).
    pub width: u32,
}

impl Look {
    /// The width to lay out for.
    pub fn width(&self) -> f64 {
        if self.width == 0 {
            DESKTOP_WIDTH
        } else {
            f64::from(self.width)
        }
    }
}

/// The width a chart is laid out for before its own is known.
pub const DESKTOP_WIDTH: f64 = 760.0;

/// The widths charts are laid out for: a chart's own width is rounded down to one of these, so its
/// option changes only when its layout would (a resize by a few pixels redraws nothing, and the
/// chart the page draws before the app, laid out for a desktop, is the app's at any desktop width).
pub const LAYOUT_WIDTHS: [u32; 4] = [280, 440, 520, 760];

/// The layout width for a chart `px` wide (0 where it is not known yet).
pub fn layout_width(px: f64) -> u32 {
    LAYOUT_WIDTHS.iter().rev().copied().find(|w| px >= f64::from(*w)).unwrap_or(if px > 0.0 { LAYOUT_WIDTHS[0] } else { 0 })
}

/// Below this a chart is narrow: fewer ticks, compact numbers, no labels at line ends.
pub const NARROW: f64 = 520.0;

/// About how wide ECharts draws `text` at 12 px: CJK characters are square, others about half.
pub fn text_width(text: &str) -> f64 {
    text.chars().map(|c| if c >= '\u{2E80}' { 12.0 } else { 6.8 }).sum()
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
    /// The chart's width in CSS pixels (see [`Look::width`]).
    pub width: f64,
    /// The values are ranks: the value axis runs from 1 at the top down.
    pub ranks: bool,
}

impl ChartText {
    /// A chart without a year axis, events or COVID band: its unit as the axis name.
    pub fn plain(axis_name: String, look: &Look) -> ChartText {
        ChartText {
            year_labels: vec![],
            axis_name,
            covid: None,
            markers: vec![],
            animate: look.animate,
            dark: look.dark,
            lang: look.lang,
            decal: look.decal,
            width: look.width(),
            ranks: false,
        }
    }

    pub fn narrow(&self) -> bool {
        self.width < NARROW
    }
}

/// The marker a value axis' label formatter carries; the page replaces it with a lookup in the
/// axis' label table (see [`axis`]). Options are JSON, so functions cannot travel in them.
pub fn axis_marker(lang: Lang) -> String {
    format!("tf:axis:{}", lang.code())
}

/// US visa issuance and student flows collapsed in FY/AY 2020 and 2021.
pub const COVID_YEARS: (i32, i32) = (2020, 2021);

/// The COVID band's position among `years`, if any COVID year is shown and the years are annual:
/// the band marks flows that collapsed in those years, not a stock counted every five years (a
/// 2020 migrant stock is not a COVID year).
pub fn covid_span(years: &[i32]) -> Option<(usize, usize)> {
    if years.windows(2).any(|w| w[1] - w[0] != 1) {
        return None;
    }
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

/// The chart-wide part of an option: what every builder sets besides its axes and series. Not
/// charming's `Chart`: serialising that instantiates the code for every field of every series
/// type ECharts has (3D axes, maps, sankeys… a 52 KB function in the wasm) although a chart here
/// uses a few; its parts (grid, tooltip) are still charming's.
#[derive(serde::Serialize)]
struct Frame {
    animation: bool,
    tooltip: Tooltip,
    /// A list, as ECharts (and charming) write it.
    grid: [Grid; 1],
}

/// Grid, tooltip and animation shared by every chart; `top` and `right` make room above the plot
/// (the axis name, event markers) and at its right (labels at the lines' ends).
fn frame(text: &ChartText, top: f64, right: f64) -> Frame {
    Frame {
        animation: text.animate,
        grid: [Grid::new().left(8).right(right.round()).top(top.round()).bottom(8).contain_label(true)],
        tooltip: Tooltip::new().trigger(Trigger::Axis).axis_pointer(AxisPointer::new().type_(AxisPointerType::Shadow)),
    }
}

/// The width of one year on the time axis, about: the plot is the chart less the value axis'
/// labels and `right`, the room kept on the right.
fn year_band(text: &ChartText, right: f64) -> f64 {
    (text.width - 70.0 - right).max(60.0) / text.year_labels.len().max(1) as f64
}

/// A category axis (the years, or a ranking's names) as JSON; `every_label` keeps ECharts from
/// dropping names for want of room, `bars` puts a tick at every bar's edge. Written directly, not
/// as charming's `Axis`: its serialiser carries every field ECharts' axes have (4.9 KB of the
/// wasm) for the few set here.
fn category_axis(labels: &[String], dark: bool, every_label: bool, bars: bool) -> serde_json::Value {
    let mut label = serde_json::json!({ "color": text_colour(dark) });
    if every_label {
        label["interval"] = serde_json::json!(0);
    } else {
        // The latest year always labelled: where the axis has room for every few labels only,
        // ECharts counts them from the first, and the latest years went unnamed.
        label["showMaxLabel"] = serde_json::json!(true);
    }
    let mut axis = serde_json::json!({ "type": "category", "data": labels, "axisLabel": label });
    // ECharts puts a bar series' shaded span (the COVID years) on the axis' ticks: with a tick
    // only at every few labels (long Chinese labels on a phone), the span shrank to nothing or
    // slid onto other years. A tick at every bar's edge spans exactly its years.
    if bars {
        axis["axisTick"] = serde_json::json!({ "interval": 0 });
    }
    axis
}

/// `text` broken into lines at spaces so that each fits `width` px (about; see [`text_width`]).
/// A word longer than a line stays whole.
pub fn wrap(text: &str, width: f64) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if text_width(line) + text_width(" ") + text_width(word) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("\n")
}

/// The label lookup of a value axis (`tfLabels`, see [`axis`]).
fn labels(ticks: &Ticks, text: &ChartText, compact: bool) -> serde_json::Value {
    serde_json::from_str(&ticks.labels_json(text.lang, compact)).unwrap_or_default()
}

/// The line height of an axis name, in px.
const NAME_LINE: f64 = 15.0;

/// A vertical value axis with its name (the unit) above it, from the axis line rightwards, broken
/// into lines where the chart is narrow (never cut). `above` is the room the name leaves for event
/// markers under it. Returns the axis as JSON and the height the name takes.
fn y_axis(ticks: &Ticks, text: &ChartText, above: f64) -> (String, f64) {
    // From the axis line (after its labels) to the chart's right edge.
    let name = wrap(&text.axis_name, (text.width - 90.0).max(80.0));
    let lines = name.lines().count().max(1) as f64;
    let fg = text_colour(text.dark);
    let axis = serde_json::json!({
        "type": if ticks.log { "log" } else { "value" },
        "name": name,
        // Above the axis either way: a downward axis (ranks) starts at the top.
        "nameLocation": if text.ranks { "start" } else { "end" },
        "nameGap": 8.0 + above,
        "nameTextStyle": { "color": fg, "align": "left", "lineHeight": NAME_LINE },
        "min": ticks.min,
        "max": ticks.max,
        "interval": ticks.interval,
        "inverse": text.ranks,
        "axisLabel": { "color": fg, "formatter": axis_marker(text.lang) },
        "splitLine": { "lineStyle": { "color": grid_line(text.dark) } },
        "tfLabels": labels(ticks, text, text.narrow()),
    });
    let mut axis = axis;
    if ticks.from_one {
        // Labelled at 1, 10, 20… (ECharts would step from the minimum: 1, 11, 21…); no grid
        // lines, which would follow ECharts' own steps.
        let at = ticks.values();
        axis["axisLabel"]["customValues"] = serde_json::json!(at);
        axis["axisTick"] = serde_json::json!({ "customValues": at });
        axis["splitLine"]["show"] = serde_json::json!(false);
    }
    (axis.to_string(), lines * NAME_LINE)
}

/// A horizontal value axis (ranked bars): no name (the unit is in the card's subtitle), fewer and
/// more compact numbers where the chart is narrow, none where `labels` is off (the bars carry
/// their numbers).
fn x_value_axis(ticks: &Ticks, text: &ChartText, labels: bool) -> String {
    let fg = text_colour(text.dark);
    serde_json::json!({
        "type": "value",
        "min": ticks.min,
        "max": ticks.max,
        "interval": ticks.interval,
        "axisLabel": { "show": labels, "color": fg, "formatter": axis_marker(text.lang), "hideOverlap": true },
        "splitLine": { "show": labels, "lineStyle": { "color": grid_line(text.dark) } },
        "tfLabels": self::labels(ticks, text, text.width < DESKTOP_WIDTH),
    })
    .to_string()
}

/// How many intervals a horizontal value axis can hold at this width.
fn x_ticks(text: &ChartText) -> usize {
    if text.width < 440.0 {
        3
    } else if text.width < DESKTOP_WIDTH {
        4
    } else {
        5
    }
}

/// A shaded band over the COVID years that are shown (what it means is said under the chart).
fn covid_area(text: &ChartText) -> serde_json::Value {
    let data: Vec<serde_json::Value> = text.covid.iter().map(|(a, b)| serde_json::json!([{ "xAxis": text.year_labels[*a] }, { "xAxis": text.year_labels[*b] }])).collect();
    // On the dark card (#1b1b1b) 0.10 lifted the band by 17 grey levels, too faint to see: 0.16
    // lifts it by 28.
    let colour = if text.dark { "rgba(200,200,200,0.16)" } else { "rgba(127,127,127,0.12)" };
    serde_json::json!({ "silent": true, "itemStyle": { "color": colour }, "data": data })
}

/// The height of one row of event markers.
const MARKER_ROW: f64 = 16.0;

/// Vertical lines at the report's dated events, each marked by its number (the full label is in
/// the tooltip of its year and in the list under the chart). Markers closer than a glyph's width
/// go up a row; returns the lines and how many rows they take.
fn event_lines(text: &ChartText) -> (serde_json::Value, usize) {
    let fg = text_colour(text.dark);
    let step = year_band(text, 0.0);
    let mut rows: Vec<f64> = Vec::new(); // each row's rightmost marker edge
    let mut data = Vec::new();
    for m in &text.markers {
        let x = (m.index as f64 + 0.5) * step;
        let half = text_width(&m.label) / 2.0 + 2.0;
        let row = rows.iter().position(|&right| right < x - half).unwrap_or(rows.len());
        if row == rows.len() {
            rows.push(f64::MIN);
        }
        rows[row] = x + half;
        data.push(serde_json::json!({ "name": m.label, "xAxis": text.year_labels[m.index], "label": { "offset": [0.0, -(row as f64) * MARKER_ROW] } }));
    }
    let lines = serde_json::json!({
        "silent": true,
        "symbol": ["none", "none"],
        // Light text on a dark card would stripe the bars it crosses: the line is dimmer there
        // than its number.
        "lineStyle": { "type": "dashed", "color": fg, "width": 1, "opacity": if text.dark { 0.5 } else { 1.0 } },
        // A line runs from the value axis' start to its end: its top end is the start where the
        // axis runs downward (ranks).
        "label": { "formatter": "{b}", "color": fg, "position": if text.ranks { "start" } else { "end" }, "distance": 3 },
        "data": data,
    });
    (lines, rows.len())
}

/// The option as the page reads it (JSON): `chart` (charming's part), the axes and series as JSON
/// text, and what every builder adds: the legend ECharts keeps for toggling series (hidden: the card
/// shows the series as HTML above the chart), decal patterns, which ECharts reaches through `aria`
/// (whose own generated label stays off: the chart's description is ours), and the tooltip of each
/// category (`tfTips`, HTML with every name escaped). The value axis carries its label table
/// (`tfLabels`, keyed as the page writes numbers); the page's `__tfOption` (tools/tf-option.js) turns
/// both tables into formatters. Written straight to text: no JSON tree of the whole option.
fn finish(chart: &Frame, axes: (&str, &str), series: &[String], text: &ChartText, tooltips: &[String]) -> String {
    let mut json = serde_json::to_string(chart).unwrap_or_else(|_| "{}".into());
    add_field(&mut json, &format!("\"xAxis\":{},\"yAxis\":{}", axes.0, axes.1));
    add_field(&mut json, "\"legend\":{\"show\":false}");
    add_field(&mut json, &format!("\"series\":[{}]", series.join(",")));
    let aria = format!("\"aria\":{{\"enabled\":{d},\"label\":{{\"enabled\":false}},\"decal\":{{\"show\":{d}}}}}", d = text.decal);
    add_field(&mut json, &aria);
    add_field(&mut json, &format!("\"tfTips\":{}", serde_json::to_string(tooltips).unwrap_or_else(|_| "[]".into())));
    json
}

/// One series as ECharts reads it: the fields the builders set, of charming's types. Not
/// charming's `Line`, `Bar` and `Scatter`: serialising those compiles every field each has (dozens:
/// labels, animations, sampling…) into the wasm for the few set here.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct SeriesOption {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    symbol: Option<charming::element::Symbol>,
    #[serde(skip_serializing_if = "Option::is_none")]
    symbol_size: Option<charming::element::SymbolSize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stack: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line_style: Option<charming::element::LineStyle>,
    item_style: charming::element::ItemStyle,
    emphasis: charming::element::Emphasis,
    #[serde(skip_serializing_if = "Option::is_none")]
    connect_nulls: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    data: charming::datatype::DataFrame,
}

impl SeriesOption {
    /// A series of `kind` ("line", "bar", "scatter") named `name`, its id `id`, in `colour`,
    /// emphasised as a whole when hovered.
    fn new<D: Into<charming::datatype::DataPoint>>(kind: &'static str, id: String, name: String, colour: &str, data: Vec<D>) -> SeriesOption {
        SeriesOption {
            kind,
            id,
            name,
            symbol: None,
            symbol_size: None,
            stack: None,
            line_style: None,
            item_style: charming::element::ItemStyle::new().color(colour),
            emphasis: charming::element::Emphasis::new().focus(charming::element::EmphasisFocus::Series),
            connect_nulls: None,
            data: data.into_iter().map(Into::into).collect(),
        }
    }
}

/// A series object (JSON text) with more fields at its start (given as `"key":value,` text).
fn with_fields(series: &impl serde::Serialize, fields: &str) -> String {
    let mut json = serde_json::to_string(series).unwrap_or_else(|_| "{}".into());
    if json.len() > 2 {
        json.insert_str(1, fields);
    } else {
        json = format!("{{{}}}", fields.trim_end_matches(','));
    }
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
