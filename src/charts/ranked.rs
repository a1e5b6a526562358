//! Horizontal bars ranking entities for one year (figures 2, 3, 4, 6, 7, 39 and the Blue Cards):
//! largest at the top, optionally split into parts (male / female) stacked; and the same bars
//! with parts side by side (the overview's comparisons, `compare`).

use super::figure::{Built, Filters, LegendItem};
use super::{axis, frame, palette, text_colour, x_ticks, x_value_axis, ChartText, Look, SeriesOption};
use crate::catalog::{self, Figure};
use crate::data::Dataset;
use crate::i18n::{fill, group_thousands, Msg};
use crate::labels;
use crate::state::Mode;
use crate::transform::{self, decimals, escape_html, explorer, year_label};
use charming::element::{Tooltip, Trigger};

/// One bar: its label and one value per part.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar2 {
    pub label: String,
    pub values: Vec<Option<f64>>,
    /// Its own colour, for an origin the dashboard compares (see [`focus`]).
    pub focus: Option<&'static str>,
    /// Parallel to `values`: the number written at the end of that part's bar (stacked bars carry
    /// their total on the last part drawn), as the reader's language writes it ([`end_label`]).
    pub ends: Vec<Option<String>>,
}

/// The number at a bar's end: as tables write it (≈ / 约 where the report words it so), compact in
/// a narrow chart's English (1.3M) and, in Chinese, in 万 and 亿 as the axis would be.
pub fn end_label(v: f64, mode: Mode, approx: bool, look: &Look) -> String {
    let l = look.lang;
    let text = match mode {
        Mode::Abs if l == crate::i18n::Lang::Zh => axis::axis_number(v, l),
        Mode::Abs if look.width() < super::NARROW => axis::compact_number(v, l),
        m => transform::format_value(Some(v), m, l),
    };
    if approx {
        format!("{}{text}", Msg::About.text(l))
    } else {
        text
    }
}

/// The labels of one bar's parts: each its own number side by side; stacked, `total` on the last
/// part drawn (the caller gives none for a bar with a part missing: it is no total).
pub fn ends(values: &[Option<f64>], approx: &[bool], stacked: bool, total: Option<f64>, mode: Mode, look: &Look) -> Vec<Option<String>> {
    let is_approx = |i: usize| approx.get(i).copied().unwrap_or(false);
    if !stacked {
        return values.iter().enumerate().map(|(i, v)| v.map(|v| end_label(v, mode, is_approx(i), look))).collect();
    }
    let mut out = vec![None; values.len()];
    let drawn: Vec<usize> = values.iter().enumerate().filter(|(_, v)| v.is_some()).map(|(i, _)| i).collect();
    if let (Some(&last), Some(t)) = (drawn.last(), total) {
        out[last] = Some(end_label(t, mode, drawn.iter().any(|&i| is_approx(i)), look));
    }
    out
}

/// The colour of a bar of China, India or Europe, under whichever code its table gives them:
/// in a ranking of one measure the reader finds them at a glance among the others, drawn grey.
pub fn focus(entity: &str) -> Option<&'static str> {
    matches!(entity, "CN" | "CHN" | "china-mainland" | "IN" | "IND" | "india" | "EU" | "group-europe").then(|| palette::region(entity))
}

/// The other bars of a ranking that shows the compared origins in their colours.
pub const OTHERS: &str = "#7F7F7F";

pub struct Part {
    /// The category code, as the series id.
    pub code: String,
    pub name: String,
    pub colour: &'static str,
}

/// `bars` are drawn in the given order from the top (pass them sorted, largest first);
/// `tooltips` are in the chart's category order (bottom first).
pub fn build(bars: &[Bar2], parts: &[Part], text: &ChartText, tooltips: &[String]) -> String {
    option(bars, parts, text, true, tooltips)
}

/// The same bars with their parts side by side instead of stacked (2019 beside 2023).
pub fn grouped(bars: &[Bar2], parts: &[Part], text: &ChartText, tooltips: &[String]) -> String {
    option(bars, parts, text, false, tooltips)
}

fn option(bars: &[Bar2], parts: &[Part], text: &ChartText, stack: bool, tooltips: &[String]) -> String {
    let stacked = stack && parts.len() > 1;
    let columns: Vec<Vec<Option<f64>>> = (0..parts.len()).map(|pi| bars.iter().map(|b| b.values.get(pi).copied().flatten()).collect()).collect();
    let (lo, hi) = axis::extent(columns.iter().map(Vec::as_slice), stacked);
    let ticks = axis::linear(lo, hi, x_ticks(text));
    let mut labels: Vec<String> = bars.iter().map(|b| names_fitted(&b.label, bars.len(), text)).collect();
    // A narrow chart's value axis gives way to the numbers at the bars' ends ("0" and "10M" ran
    // into each other beside long names); a wide one keeps it, for reading between bars.
    let axis_labels = !text.narrow();
    let mut chart = frame(text, 8.0, right_room(bars, &labels, &ticks, text, stacked, axis_labels));
    chart.tooltip = Tooltip::new().trigger(Trigger::Axis);
    labels.reverse(); // ECharts draws the first category at the bottom
    let y = super::category_axis(&labels, text.dark, true, false).to_string();
    // One measure with China, India or Europe among its bars: those in their colours, the rest grey.
    let focused = parts.len() == 1 && bars.iter().any(|b| b.focus.is_some());
    let label_style = format!("\"label\":{{\"position\":\"right\",\"distance\":4,\"fontSize\":11,\"color\":\"{}\"}},", text_colour(text.dark));
    let series: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let items: Vec<String> = bars.iter().rev().map(|b| item(b, pi, focused)).collect();
            let colour = if focused { OTHERS } else { p.colour };
            let s = SeriesOption { stack: stacked.then_some("total"), ..SeriesOption::new("bar", p.code.clone(), p.name.clone(), colour, Vec::<f64>::new()) };
            super::with_fields(&s, &format!("{label_style}\"data\":[{}],", items.join(",")))
        })
        .collect();
    super::finish(&chart, (&x_value_axis(&ticks, text, axis_labels), &y), &series, text, tooltips)
}

/// A bar's name, broken over lines where a narrow chart would otherwise give most of its width to
/// the names ("Northern, Southern and Western Europe" left a 60 px bar on a phone) and its row has
/// room for the lines.
fn names_fitted(name: &str, bars: usize, text: &ChartText) -> String {
    if !text.narrow() {
        return name.to_string();
    }
    let row = row_height(bars, text.width);
    let wrapped = super::wrap(name, (text.width * 0.38).max(80.0));
    if wrapped.lines().count() as f64 * 14.0 <= row {
        wrapped
    } else {
        name.to_string()
    }
}

/// One bar's part as ECharts data: its value, its colour where it is an origin in focus, and the
/// number at its end (left of a bar that runs below zero).
fn item(b: &Bar2, part: usize, focused: bool) -> String {
    let v = b.values.get(part).copied().flatten();
    let mut fields = vec![format!("\"value\":{}", v.map_or("null".to_string(), crate::i18n::js_number))];
    if focused {
        fields.push(format!("\"itemStyle\":{{\"color\":\"{}\"}}", b.focus.unwrap_or(OTHERS)));
    }
    if let Some(Some(end)) = b.ends.get(part) {
        let side = if v.is_some_and(|v| v < 0.0) { ",\"position\":\"left\"" } else { "" };
        fields.push(format!("\"label\":{{\"show\":true,\"formatter\":{}{side}}}", serde_json::to_string(end).unwrap_or_default()));
    }
    format!("{{{}}}", fields.join(","))
}

/// The room right of the plot: for half the last tick's label (centred on the axis' end) and for
/// the number at the end of a bar that reaches near it. The plot's width is taken as small as it
/// can be (the chart less every label), so a number is never cut.
fn right_room(bars: &[Bar2], names: &[String], ticks: &axis::Ticks, text: &ChartText, stacked: bool, axis_labels: bool) -> f64 {
    let tick = if axis_labels { super::text_width(&axis::Ticks::label(ticks.max, text.lang, text.width < super::DESKTOP_WIDTH)) / 2.0 + 8.0 } else { 0.0 };
    let widest = |it: &mut dyn Iterator<Item = &str>| it.map(super::text_width).fold(0.0, f64::max);
    let name_w = widest(&mut names.iter().flat_map(|n| n.lines()));
    let end_w = widest(&mut bars.iter().flat_map(|b| b.ends.iter().flatten()).map(String::as_str));
    let plot = (text.width - 16.0 - 8.0 - name_w - end_w).max(40.0);
    let span = (ticks.max - ticks.min).max(f64::EPSILON);
    let ends = bars
        .iter()
        .flat_map(|b| {
            // A stacked part ends where the parts before it and itself do.
            let mut at = 0.0;
            b.values.iter().zip(&b.ends).map(move |(v, e)| {
                let v = v.unwrap_or(0.0).max(0.0);
                at = if stacked { at + v } else { v };
                (at, e)
            })
        })
        .filter_map(|(at, e)| e.as_ref().map(|e| super::text_width(e) + 8.0 - (ticks.max - at) / span * plot))
        .fold(0.0, f64::max);
    tick.max(ends).max(if axis_labels { 24.0 } else { 8.0 })
}

/// The series id prefix of a ranking's bars known only as a whole (see `card`).
pub const WHOLE: &str = "whole:";

/// A ranked figure's card: the entities of its year, largest first, under the figure's filters.
pub fn card(fig: &Figure, r: &catalog::Ranked, ds: &Dataset, look: &Look) -> Built {
    let l = look.lang;
    let mut rows = transform::ranking(ds, r.parts, r.rank_by, r.year, usize::MAX, r.exclude);
    if !r.only.is_empty() {
        rows.retain(|x| r.only.contains(&x.entity.as_str()));
    }
    rows.truncate(r.top);
    let names: Vec<String> = rows.iter().map(|x| labels::name(&x.entity, Some(ds), l)).collect();
    let mut part_names: Vec<String> = r.parts.iter().map(|p| labels::name(p, Some(ds), l)).collect();
    let mut part_codes: Vec<String> = r.parts.iter().map(|p| p.to_string()).collect();
    // A bar known only as a whole (the report gives a region's total, no split by sex) is drawn as
    // that whole, in its own colour and named so, not left empty.
    let whole_only = |x: &transform::Ranked| x.values.iter().all(Option::is_none);
    if r.parts.len() > 1 && rows.iter().any(whole_only) {
        for x in rows.iter_mut() {
            let v = whole_only(x).then_some(x.total);
            x.approx.push(v.is_some() && ds.is_approx(&x.entity, r.rank_by, r.year));
            x.errata.push(v.is_some() && ds.erratum(&x.entity, r.rank_by, r.year).is_some());
            x.values.push(v);
        }
        part_names.push(fill(Msg::NotSplit.text(l), &[("name", &labels::name(r.rank_by, Some(ds), l))]));
        // The series id says what it draws: `whole:<category>`, the category's value where no part has one.
        part_codes.push(format!("{WHOLE}{}", r.rank_by));
    }
    let unit = l.pick(ds.unit_of(r.rank_by)).to_string();
    let stacked = part_codes.len() > 1;
    let bars: Vec<Bar2> = rows
        .iter()
        .zip(&names)
        .map(|(x, n)| {
            // A bar with a part missing is no total (its end would claim one); a bar known only as
            // a whole is.
            let whole = x.values.iter().take(r.parts.len()).all(Option::is_some) || x.values.get(r.parts.len()).is_some_and(Option::is_some);
            Bar2 { label: n.clone(), values: x.values.clone(), focus: focus(&x.entity), ends: ends(&x.values, &x.approx, stacked, whole.then_some(x.total), Mode::Abs, look) }
        })
        .collect();
    let parts: Vec<Part> =
        part_codes.iter().zip(&part_names).map(|(p, n)| Part { code: p.clone(), name: n.clone(), colour: palette::category(p.strip_prefix(WHOLE).unwrap_or(p)) }).collect();
    // Tooltips by bar, top to bottom as drawn (ECharts counts categories from the bottom).
    let u = escape_html(&unit);
    let mut tooltips: Vec<String> = rows
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(rank, (x, n))| {
            let mut html = format!("<b>{}. {}</b>", rank + 1, escape_html(n));
            for (i, ((p, v), approx)) in part_names.iter().zip(&x.values).zip(&x.approx).enumerate() {
                let v = transform::shown_value(*v, *approx, Mode::Abs, l);
                // "0.07%", as the bar's end writes it; "1,234 persons".
                let gap = if unit == "%" { "" } else { " " };
                let mark = if x.errata.get(i).copied().unwrap_or(false) { transform::erratum_mark(Msg::ErratumMark, l) } else { String::new() };
                html.push_str(&format!("<br>{}: <b>{}</b>{gap}{u}{mark}", escape_html(p), escape_html(&v)));
            }
            html
        })
        .collect();
    tooltips.reverse();
    let top: Vec<String> = rows.iter().zip(&names).take(5).map(|(x, n)| format!("{n} {}", group_thousands(x.total, decimals(x.total)))).collect();
    let figs = fill(Msg::FigureRef.text(l), &[("figs", l.pick(&fig.refs))]);
    Built {
        title: l.pick(&fig.title).to_string(),
        subtitle: format!("{unit} · {} · {figs}", year_label(r.year, ds.period, l)),
        option: build(&bars, &parts, &ChartText::plain(unit.clone(), look), &tooltips),
        table: transform::ranking_table(&rows, &names, &part_names, &unit, Msg::CountryColumn.text(l).to_string(), l),
        stem: format!("{}_{}", fig.id, r.year),
        notes: vec![],
        gaps: vec![],
        legend: if parts.len() > 1 { parts.iter().map(|p| LegendItem { name: p.name.clone(), colour: p.colour }).collect() } else { vec![] },
        key: vec![],
        events: vec![],
        summary: top.join(Msg::ListSep.text(l)),
        height: height(bars.len(), look),
        drawn: rows.iter().flat_map(|x| r.parts.iter().chain([&r.rank_by]).map(|c| (x.entity.clone(), c.to_string()))).collect(),
    }
}

/// The explorer's ranking: every origin of `ds` (`transform::explorer::ranking_dataset`) for the
/// chosen classes, in the reader's year and measure (`mode`), the first `top`.
pub fn explorer_card(fig: &Figure, ds: &Dataset, f: &Filters, look: &Look) -> Built {
    let l = look.lang;
    let year = explorer::ranking_year(&ds.years, f.year).unwrap_or_default();
    let ranked = explorer::rank_origins(ds, year, f.mode, f.base);
    let total = ranked.len();
    let shown: Vec<&explorer::RankedOrigin> = ranked.iter().take(f.top.unwrap_or(usize::MAX)).collect();
    let names: Vec<String> = shown.iter().map(|x| labels::name(&x.entity, Some(ds), l)).collect();
    let unit = match f.mode {
        Mode::Share => Msg::RankShareUnit.text(l).to_string(),
        m => super::series::unit(ds, None, m, f.base, l),
    };
    let count_unit = l.pick(&ds.unit).to_string();
    let bars: Vec<Bar2> = shown
        .iter()
        .zip(&names)
        .map(|(x, n)| Bar2 { label: n.clone(), values: vec![Some(x.value)], focus: focus(&x.entity), ends: vec![Some(end_label(x.value, f.mode, false, look))] })
        .collect();
    let parts = [Part { code: "total".into(), name: unit.clone(), colour: palette::category("visas") }];
    let value = |x: &explorer::RankedOrigin| transform::format_value(Some(x.value), f.mode, l);
    let mut tooltips: Vec<String> = shown
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(rank, (x, n))| {
            let mut html = format!("<b>{}. {}</b><br>{}: <b>{}</b>", rank + 1, escape_html(n), escape_html(&unit), escape_html(&value(x)));
            if f.mode != Mode::Abs {
                html.push_str(&format!("<br>{}: <b>{}</b>", escape_html(&count_unit), group_thousands(x.count, 0)));
            }
            html
        })
        .collect();
    tooltips.reverse();
    // The table: the measure, and the count beside it where the measure is not the count.
    let with_count = f.mode != Mode::Abs;
    let rows: Vec<transform::Ranked> = shown
        .iter()
        .map(|x| {
            let values = if with_count { vec![Some(x.value), Some(x.count)] } else { vec![Some(x.value)] };
            transform::Ranked { entity: x.entity.clone(), approx: vec![false; values.len()], errata: vec![false; values.len()], values, total: x.value }
        })
        .collect();
    let columns = if with_count { vec![unit.clone(), count_unit.clone()] } else { vec![unit.clone()] };
    let mut table = transform::ranking_table(&rows, &names, &columns, &unit, Msg::CountryColumn.text(l).to_string(), l);
    for row in &mut table.rows {
        if let Some(c) = row.cells.first_mut() {
            c.text = transform::format_value(c.value, f.mode, l);
        }
    }
    if with_count {
        table.units[1] = count_unit.clone();
    }
    let of = if f.groups { Msg::RankOfGroups } else { Msg::RankOfNationalities };
    let mut notes = Vec::new();
    if matches!(f.mode, Mode::Index | Mode::Yoy) {
        let from = if f.mode == Mode::Index { f.base } else { year - 1 };
        notes.push(fill(Msg::ChangeFloor.text(l), &[("n", &group_thousands(explorer::CHANGE_FLOOR, 0)), ("year", &year_label(from, ds.period, l))]));
    }
    let top: Vec<String> = shown.iter().zip(&names).take(5).map(|(x, n)| format!("{n} {}", value(x))).collect();
    Built {
        title: fill(l.pick(&fig.title), &[("classes", &f.classes_named(l))]),
        subtitle: format!("{unit} · {} · {}", year_label(year, ds.period, l), fill(of.text(l), &[("n", &shown.len().to_string()), ("all", &total.to_string())])),
        option: build(&bars, &parts, &ChartText::plain(unit.clone(), look), &tooltips),
        table,
        stem: format!("{}_{year}_{}", fig.id, f.mode.code()),
        notes,
        gaps: vec![],
        legend: vec![],
        key: vec![],
        events: vec![],
        summary: top.join(Msg::ListSep.text(l)),
        height: height(bars.len(), look),
        drawn: shown.iter().map(|x| (x.entity.clone(), "total".to_string())).collect(),
    }
}

/// The height that gives each of `bars` rows its label (ECharts would otherwise drop every other
/// one), where that is more than the page's default chart height for the width.
pub fn height(bars: usize, look: &Look) -> Option<u32> {
    let (needed, default) = heights(bars, look.width());
    (needed > default).then_some(needed)
}

/// The plot's margins above (the axis name) and below (the value ticks).
const MARGINS: u32 = 72;

/// The height `bars` rows need at `width`, and the page's default chart height there.
fn heights(bars: usize, width: f64) -> (u32, u32) {
    let (row, default) = if width < super::DESKTOP_WIDTH { (17, 340) } else { (22, 420) };
    (bars as u32 * row + MARGINS, default)
}

/// The px each of `bars` rows gets on a chart `width` wide, as [`height`] makes it.
fn row_height(bars: usize, width: f64) -> f64 {
    let (needed, default) = heights(bars, width);
    f64::from(needed.max(default) - MARGINS) / bars.max(1) as f64
}
