//! Horizontal bars ranking entities for one year (figures 2, 3, 4, 6, 7, 39 and the Blue Cards):
//! largest at the top, optionally split into parts (male / female) stacked; and the same bars
//! with parts side by side (the overview's comparisons, `compare`).

use super::figure::Built;
use super::figure::LegendItem;
use super::{axis, frame, palette, text_colour, x_ticks, x_value_axis, ChartText, Look};
use crate::catalog::{self, Figure};
use crate::data::Dataset;
use crate::i18n::{fill, group_thousands, Msg};
use crate::labels;
use crate::transform::{self, decimals, escape_html, year_label};
use charming::component::Axis;
use charming::element::{AxisLabel, AxisType, Emphasis, EmphasisFocus, ItemStyle, Tooltip, Trigger};
use charming::series::Bar;

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
    let mut labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    labels.reverse(); // ECharts draws the first category at the bottom
                      // Room at the right for half the last tick's label, which is centred on the axis' end.
    let last = axis::Ticks::label(ticks.max, text.lang, text.width < super::DESKTOP_WIDTH);
    let mut chart = frame(text, 8.0, (super::text_width(&last) / 2.0 + 8.0).max(24.0));
    chart.tooltip = Tooltip::new().trigger(Trigger::Axis);
    let y = serde_json::to_string(&Axis::new().type_(AxisType::Category).data(labels).axis_label(AxisLabel::new().interval(0).color(text_colour(text.dark)))).unwrap_or_default();
    let series: Vec<String> = parts
        .iter()
        .zip(columns)
        .map(|(p, mut values)| {
            values.reverse();
            let mut s =
                Bar::new().id(p.code.clone()).name(p.name.clone()).data(values).item_style(ItemStyle::new().color(p.colour)).emphasis(Emphasis::new().focus(EmphasisFocus::Series));
            if stacked {
                s = s.stack("total");
            }
            super::with_fields(&s, "")
        })
        .collect();
    super::finish(&chart, (&x_value_axis(&ticks, text), &y), &series, text, tooltips)
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
            x.values.push(v);
        }
        part_names.push(fill(Msg::NotSplit.text(l), &[("name", &labels::name(r.rank_by, Some(ds), l))]));
        // The series id says what it draws: `whole:<category>`, the category's value where no part has one.
        part_codes.push(format!("{WHOLE}{}", r.rank_by));
    }
    let unit = l.pick(ds.unit_of(r.rank_by)).to_string();
    let bars: Vec<Bar2> = rows.iter().zip(&names).map(|(x, n)| Bar2 { label: n.clone(), values: x.values.clone() }).collect();
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
            for (p, v) in part_names.iter().zip(&x.values) {
                let v = v.map(|v| group_thousands(v, decimals(v))).unwrap_or_else(|| Msg::Gap.text(l).into());
                html.push_str(&format!("<br>{}: <b>{}</b> {u}", escape_html(p), escape_html(&v)));
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
        legend: if parts.len() > 1 { parts.iter().map(|p| LegendItem { name: p.name.clone(), colour: p.colour }).collect() } else { vec![] },
        key: vec![],
        events: vec![],
        summary: top.join(Msg::ListSep.text(l)),
        height: height(bars.len(), look),
        drawn: rows.iter().flat_map(|x| r.parts.iter().chain([&r.rank_by]).map(|c| (x.entity.clone(), c.to_string()))).collect(),
    }
}

/// The height that gives each of `bars` rows its label (ECharts would otherwise drop every other
/// one), where that is more than the page's default chart height for the width.
pub fn height(bars: usize, look: &Look) -> Option<u32> {
    let phone = look.width() < super::DESKTOP_WIDTH;
    let (row, default) = if phone { (17, 340) } else { (22, 420) };
    // The plot's margins above (the axis name) and below (the value ticks).
    let needed = bars as u32 * row + 72;
    (needed > default).then_some(needed)
}
