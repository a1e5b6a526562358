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
use charming::component::Axis;
use charming::element::{AxisLabel, AxisType, Tooltip, Trigger};

/// One bar: its label and one value per part.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar2 {
    pub label: String,
    pub values: Vec<Option<f64>>,
    /// Its own colour, for an origin the dashboard compares (see [`focus`]).
    pub focus: Option<&'static str>,
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
    let mut labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    labels.reverse(); // ECharts draws the first category at the bottom
                      // Room at the right for half the last tick's label, which is centred on the axis' end.
    let last = axis::Ticks::label(ticks.max, text.lang, text.width < super::DESKTOP_WIDTH);
    let mut chart = frame(text, 8.0, (super::text_width(&last) / 2.0 + 8.0).max(24.0));
    chart.tooltip = Tooltip::new().trigger(Trigger::Axis);
    let y = serde_json::to_string(&Axis::new().type_(AxisType::Category).data(labels).axis_label(AxisLabel::new().interval(0).color(text_colour(text.dark)))).unwrap_or_default();
    // One measure with China, India or Europe among its bars: those in their colours, the rest grey.
    let focused = parts.len() == 1 && bars.iter().any(|b| b.focus.is_some());
    let series: Vec<String> = parts
        .iter()
        .zip(columns)
        .map(|(p, mut values)| {
            values.reverse();
            if focused {
                let items: Vec<String> = bars
                    .iter()
                    .rev()
                    .zip(&values)
                    .map(|(b, v)| format!("{{\"value\":{},\"itemStyle\":{{\"color\":\"{}\"}}}}", v.map_or("null".to_string(), crate::i18n::js_number), b.focus.unwrap_or(OTHERS)))
                    .collect();
                let s = SeriesOption::new("bar", p.code.clone(), p.name.clone(), OTHERS, Vec::<f64>::new());
                return super::with_fields(&s, &format!("\"data\":[{}],", items.join(",")));
            }
            let s = SeriesOption { stack: stacked.then_some("total"), ..SeriesOption::new("bar", p.code.clone(), p.name.clone(), p.colour, values) };
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
    let bars: Vec<Bar2> = rows.iter().zip(&names).map(|(x, n)| Bar2 { label: n.clone(), values: x.values.clone(), focus: focus(&x.entity) }).collect();
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
    let bars: Vec<Bar2> = shown.iter().zip(&names).map(|(x, n)| Bar2 { label: n.clone(), values: vec![Some(x.value)], focus: focus(&x.entity) }).collect();
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
            transform::Ranked { entity: x.entity.clone(), approx: vec![false; values.len()], values, total: x.value }
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
    let phone = look.width() < super::DESKTOP_WIDTH;
    let (row, default) = if phone { (17, 340) } else { (22, 420) };
    // The plot's margins above (the axis name) and below (the value ticks).
    let needed = bars as u32 * row + 72;
    (needed > default).then_some(needed)
}
