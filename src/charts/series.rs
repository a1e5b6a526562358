//! Series over years — lines, bars, stacked bars or points — the family behind most of the
//! report's figures (37, 10, 12, 15, 16, 36…) and the visa explorer: which series a figure picks
//! under the reader's filters, and the option, table, tooltips and summary of its card.

use super::figure::{Built, Filters, LegendItem};
use super::{axis, category_axis, covid_area, covid_span, event_lines, frame, palette, with_fields, ChartText, Draw, Look, Marker, SeriesOption};
use crate::catalog::{self, Cats, Figure, Picks};
use crate::data::texts::Events;
use crate::data::Dataset;
use crate::i18n::{fill, Lang, Msg};
use crate::labels;
use crate::state::{ChartType, Mode, Scale};
use crate::transform::{self, event_year, year_label, Line as ModelLine, Model, Pick};
use charming::datatype::DataPointItem;
use charming::element::{BorderType, ItemStyle, LineStyle, Symbol};

/// Values as ECharts data: report values inside a primary series get a hollow marker, so readers
/// see at a glance which points the publisher's table does not have; values the report words
/// approximately ("about 2,500") are faded inside a dashed outline.
fn data(l: &ModelLine, colour: &str, log: bool, dark: bool) -> Vec<DataPointItem> {
    // Unfilled: the card's own background inside the coloured outline, in either theme.
    let hollow = if dark { "#1b1b1b" } else { "#ffffff" };
    l.values
        .iter()
        .zip(&l.kinds)
        .zip(&l.approx)
        .map(|((v, k), approx)| {
            // A log axis cannot show zero or negatives: they become gaps there.
            let v = v.filter(|x| !log || *x > 0.0);
            let item = DataPointItem::new(v);
            let unfilled = *k != l.kind;
            match (v.is_some(), unfilled, *approx) {
                (true, true, false) => item.item_style(ItemStyle::new().color(hollow).border_color(colour).border_width(2)),
                (true, unfilled, true) => {
                    let fill = if unfilled { ItemStyle::new().color(hollow) } else { ItemStyle::new().color(colour).opacity(0.45) };
                    item.item_style(fill.border_color(colour).border_width(1.5).border_type(BorderType::Dashed))
                }
                _ => item,
            }
        })
        .collect()
}

/// `entity|category` (categories joined by `+` for sums): lets checks map a drawn series back to
/// the dataset without reading its translated name.
pub fn series_id(l: &ModelLine) -> String {
    format!("{}|{}", l.entity, l.category)
}

/// The ECharts option (JSON), with `tooltips` (one per year). The reading aids (COVID band, event
/// markers) go on the first series, whatever its type; lines get their name and last value at
/// their end where there is room (few lines, a chart wide enough).
pub fn build(m: &Model, text: &ChartText, draw: Draw, scale: Scale, colour: &dyn Fn(&ModelLine) -> &'static str, tooltips: &[String]) -> String {
    let log = scale == Scale::Log && draw != Draw::Stacked;
    let shown: Vec<Vec<Option<f64>>> = m.lines.iter().map(|l| l.values.iter().map(|v| v.filter(|x| !log || *x > 0.0)).collect()).collect();
    let (lo, hi) = axis::extent(shown.iter().map(Vec::as_slice), draw == Draw::Stacked);
    let ticks = if text.ranks {
        axis::ranks(lo, hi)
    } else if log {
        axis::log(lo, hi)
    } else {
        axis::linear(lo, hi, 5)
    };
    let (marks, rows) = event_lines(text);
    let above = rows as f64 * super::MARKER_ROW;
    let (y, name_height) = super::y_axis(&ticks, text, above);
    let ends: Vec<Option<String>> = m.lines.iter().map(|l| end_label(l, m, text)).collect();
    let labelled = draw == Draw::Line && m.lines.len() <= 6 && !text.narrow() && ends.iter().any(Option::is_some);
    let right = if labelled { ends.iter().flatten().flat_map(|t| t.lines()).map(super::text_width).fold(0.0, f64::max) + 16.0 } else { 24.0 };
    let top = name_height + above + 14.0;
    let chart = frame(text, top, right);
    let nudges = if labelled { end_label_nudges(m, &ticks, top, text.ranks) } else { vec![0.0; m.lines.len()] };
    let mut x = category_axis(&text.year_labels, text.dark, false, matches!(draw, Draw::Bar | Draw::Stacked));
    // The latest year's label, centred under it, would run past the chart's right edge (a long
    // Chinese school year on a phone): it ends under its year instead.
    let band = super::year_band(text, right);
    if text.year_labels.last().is_some_and(|l| super::text_width(l) / 2.0 > right + band / 2.0 - 2.0) {
        x["axisLabel"]["alignMaxLabel"] = serde_json::json!("right");
    }
    let x = x.to_string();
    let series: Vec<String> = m
        .lines
        .iter()
        .zip(&ends)
        .enumerate()
        .map(|(i, (l, end))| {
            let mut fields = String::new();
            if i == 0 {
                fields.push_str(&format!("\"markArea\":{},\"markLine\":{},", covid_area(text), marks));
            }
            if let (true, Some(end)) = (labelled, end) {
                let end_label =
                    serde_json::json!({ "show": true, "formatter": end, "color": super::palette::readable(colour(l), text.dark), "distance": 6, "offset": [0.0, nudges[i]] });
                fields.push_str(&format!("\"endLabel\":{end_label},"));
            }
            one_series(l, draw, log, text.dark, colour(l), &fields)
        })
        .collect();
    super::finish(&chart, (&x, &y), &series, text, tooltips)
}

/// The height of an end label (a name over a value).
const END_LABEL: f64 = 32.0;

/// How far to move each line's end label down so that none covers another: where the lines end
/// close together, their labels are spread apart, keeping their order. Positions are estimated on
/// the shortest plot a card draws (ECharts does not move end labels apart by itself).
fn end_label_nudges(m: &Model, ticks: &axis::Ticks, top: f64, downward: bool) -> Vec<f64> {
    let plot = (SHORTEST_CHART - top - 30.0).max(120.0);
    let scale = |v: f64| if ticks.log { v.max(f64::MIN_POSITIVE).log10() } else { v };
    let (lo, hi) = (scale(ticks.min), scale(ticks.max));
    let mut ends: Vec<(usize, f64)> = m
        .lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let v = l.values.iter().rev().flatten().next()?;
            let up = (scale(*v) - lo) / (hi - lo).max(f64::EPSILON);
            Some((i, if downward { up } else { 1.0 - up } * plot))
        })
        .collect();
    ends.sort_by(|a, b| a.1.total_cmp(&b.1));
    // Spread downwards, then back up from the plot's bottom: a label stays above the x axis (a
    // line ending at zero, or several ending low, had theirs pushed over the axis and its years).
    let mut at: Vec<f64> = Vec::with_capacity(ends.len());
    for (k, (_, y)) in ends.iter().enumerate() {
        at.push(if k == 0 { *y } else { y.max(at[k - 1] + END_LABEL) });
    }
    let mut next = plot - END_LABEL / 2.0;
    for a in at.iter_mut().rev() {
        *a = a.min(next);
        next = *a - END_LABEL;
    }
    let mut nudges = vec![0.0; m.lines.len()];
    for ((i, y), a) in ends.iter().zip(at) {
        nudges[*i] = a - y;
    }
    nudges
}

/// The height of the shortest chart drawn with end labels: a social image's, under its texts
/// (`image::Preset`: 540 px less ~220 px of title, legend, events and source); a card's on a
/// phone is 340 px (style/main.css, `.echart`).
const SHORTEST_CHART: f64 = 310.0;

/// A line's name and its last value, to print at its end.
fn end_label(l: &ModelLine, m: &Model, text: &ChartText) -> Option<String> {
    let i = l.values.iter().rposition(Option::is_some)?;
    Some(format!("{}\n{}", l.name, transform::shown_value(l.values[i], l.approx[i], m.mode, text.lang)))
}

fn one_series(l: &ModelLine, draw: Draw, log: bool, dark: bool, c: &'static str, fields: &str) -> String {
    let s = |kind| SeriesOption::new(kind, series_id(l), l.name.clone(), c, data(l, c, log, dark));
    let series = match draw {
        Draw::Line => SeriesOption {
            connect_nulls: Some(false),
            symbol: Some(Symbol::Circle),
            symbol_size: Some(7.into()),
            line_style: Some(LineStyle::new().color(c).width(2.5)),
            ..s("line")
        },
        Draw::Bar => s("bar"),
        Draw::Stacked => SeriesOption { stack: Some("total"), ..s("bar") },
        Draw::Points => SeriesOption { symbol_size: Some(11.into()), ..s("scatter") },
    };
    with_fields(&series, fields)
}

/// The y-axis name and the unit in tooltips.
pub fn unit(ds: &Dataset, category: Option<&str>, mode: Mode, base: i32, lang: Lang) -> String {
    match mode {
        Mode::Abs => lang.pick(category.map(|c| ds.unit_of(c)).unwrap_or(&ds.unit)).to_string(),
        Mode::Index => fill(Msg::IndexUnit.text(lang), &[("base", &base.to_string())]),
        Mode::Share => Msg::ShareUnit.text(lang).to_string(),
        Mode::Yoy => Msg::YoyUnit.text(lang).to_string(),
    }
}

/// How lines get their colours (see `palette`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colours {
    ByEntity,
    /// One entity's parts.
    ByCategory,
    /// By category where every line is the same entity's, else by entity.
    Auto,
}

/// What a series card draws under the reader's filters.
pub struct Plan {
    pub picks: Vec<Pick>,
    pub draw: Draw,
    pub scale: Scale,
    pub mode: Mode,
    pub base: i32,
    pub colours: Colours,
    /// Events tag (events.json `views`) whose events are marked.
    pub events: Option<&'static str>,
    /// Whether the subtitle names the report's figures (not for the explorer, beyond the report).
    pub cites_report: bool,
    /// The figure's own default years (`catalog::Series::years`).
    pub years: Option<(i32, i32)>,
}

/// The series a figure of the catalog picks.
fn picks(spec: &Picks, f: &Filters, ds: &Dataset, lang: Lang) -> Vec<Pick> {
    let resolve = |c: &Cats| match c {
        Cats::Selected => f.categories.clone(),
        Cats::Fixed(v) => v.iter().map(|s| s.to_string()).collect(),
    };
    match spec {
        Picks::Regions(c) => {
            // With every category chosen, the dataset's own total is the line: it is the report's
            // definition, carries the errata, and has values (from the report) where some parts do not.
            let all = f.all_categories;
            let everything = *c == Cats::Selected && !all.is_empty() && all.iter().all(|a| f.categories.iter().any(|c| c == a));
            let categories = if everything && ds.series.iter().any(|s| s.category == "total") { vec!["total".to_string()] } else { resolve(c) };
            f.regions.iter().map(|r| Pick { entity: r.clone(), categories: categories.clone(), name: labels::name(r, Some(ds), lang) }).collect()
        }
        Picks::Categories { entity, categories } => resolve(categories).iter().map(|c| Pick::one(entity, c, labels::name(c, Some(ds), lang))).collect(),
        Picks::Fixed(v) => v
            .iter()
            .map(|(e, c)| {
                // Name a fixed series by whatever distinguishes it from the others.
                let same_entity = v.iter().all(|(e2, _)| e2 == e);
                let name = if same_entity { labels::name(c, Some(ds), lang) } else { labels::name(e, Some(ds), lang) };
                Pick::one(e, c, name)
            })
            .collect(),
    }
}

impl Plan {
    /// A catalog figure's plan: its own drawing unless it follows the view's `type`, `mode` and
    /// `scale`.
    pub fn of(s: &catalog::Series, f: &Filters, ds: &Dataset, lang: Lang) -> Plan {
        let follow = s.follow_filters;
        let draw = match (follow, f.chart_type) {
            (false, _) | (_, ChartType::Auto) => s.draw,
            (_, ChartType::Line) => Draw::Line,
            (_, ChartType::Bar) => Draw::Bar,
            (_, ChartType::Stacked) => Draw::Stacked,
        };
        let mode = if follow { f.mode } else { Mode::Abs };
        // Log scales make no sense for shares or changes, which can be zero or negative.
        let scale = if follow && matches!(f.mode, Mode::Abs | Mode::Index) { f.scale } else { Scale::Lin };
        Plan {
            picks: picks(&s.picks, f, ds, lang),
            draw,
            scale,
            mode,
            base: f.base,
            // A region keeps its colour when it is the only one drawn (a profile, a reader's filter).
            colours: match s.picks {
                Picks::Categories { .. } => Colours::ByCategory,
                Picks::Regions(_) => Colours::ByEntity,
                Picks::Fixed(_) => Colours::Auto,
            },
            events: s.events,
            cites_report: true,
            years: s.years,
        }
    }
}

/// The report's events of `tag` that fall on a shown year, in date order (COVID is the shaded
/// band instead), each with its number: (year index, number, date, label).
fn events_shown<'a>(events: Option<&'a Events>, tag: Option<&str>, m: &Model, lang: Lang) -> Vec<(usize, String, &'a str, String)> {
    let (Some(ev), Some(tag)) = (events, tag) else { return vec![] };
    // Numbered in date order among all the events of the figure's group, shown or not, so an event
    // has the same number on every chart of a view (a chart of fewer years skips some numbers).
    let mut all: Vec<_> = ev.events.iter().filter(|e| e.views.iter().any(|v| v == tag) && !e.id.starts_with("covid")).collect();
    all.sort_by(|a, b| a.date.cmp(&b.date));
    all.into_iter()
        .enumerate()
        .filter_map(|(k, e)| Some((m.years.iter().position(|x| Some(*x) == event_year(&e.date, m.period))?, circled(k + 1), e.date.as_str(), lang.pick(&e.label).to_string())))
        .collect()
}

/// Whether some line has values in two years running (an annual series, not a few counts).
fn yearly(m: &Model) -> bool {
    m.lines.iter().any(|l| l.values.windows(2).zip(m.years.windows(2)).any(|(v, y)| v[0].is_some() && v[1].is_some() && y[1] - y[0] == 1))
}

/// ①, ②, … ⑳, then (21), (22), …
fn circled(n: usize) -> String {
    match n {
        1..=20 => char::from_u32(0x2460 + n as u32 - 1).map(String::from).unwrap_or_default(),
        _ => format!("({n})"),
    }
}

/// One marker per year with events: their numbers together ("②③").
fn markers(shown: &[(usize, String, &str, String)]) -> Vec<Marker> {
    let mut out: Vec<Marker> = Vec::new();
    for (i, number, _, _) in shown {
        match out.iter_mut().find(|m| m.index == *i) {
            Some(m) => m.label.push_str(number),
            None => out.push(Marker { index: *i, label: number.clone() }),
        }
    }
    out
}

/// A file name for what the card shows: the chart, the entities drawn, the years, the mode
/// (`<chart id>_CN-EU-IN_2014-2023_abs`).
fn file_stem(id: &str, m: &Model, mode: Mode) -> String {
    let mut codes: Vec<&str> = Vec::new();
    for l in &m.lines {
        if !codes.contains(&l.entity.as_str()) {
            codes.push(&l.entity);
        }
    }
    let years = m.years.first().zip(m.years.last()).map(|(a, b)| (*a, *b)).unwrap_or((0, 0));
    transform::csv::file_stem(id, &codes, years.0, years.1, mode.code())
}

/// Why a drawn line has a gap, where the data say (India's green-card total in FY2020–21: EB-1 to
/// EB-3 are in the State Department's tables, EB-5 is not, and the report states no total): one
/// sentence per line and reason, naming the years.
fn gap_reasons(ds: &Dataset, m: &Model, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for line in &m.lines {
        let mut reasons: Vec<(&str, Vec<String>)> = Vec::new();
        // A gap in the data, not in the mode (a change has none in the first year shown).
        for &y in &m.years {
            let Some(why) = ds.gap_why(&line.entity, &line.category, y) else { continue };
            let why = lang.pick(why);
            match reasons.iter_mut().find(|(w, _)| *w == why) {
                Some((_, years)) => years.push(year_label(y, m.period, lang)),
                None => reasons.push((why, vec![year_label(y, m.period, lang)])),
            }
        }
        for (why, years) in reasons {
            out.push(fill(Msg::GapWhy.text(lang), &[("name", &line.name), ("years", &years.join(Msg::ItemSep.text(lang))), ("why", why)]));
        }
    }
    out
}

/// The lines of a plan over the years shown: the reader's; by default the figure's own range or
/// the view's report range, else the years where the lines have data (a five-yearly stock does not
/// open on empty decades).
fn model(plan: &Plan, ds: &Dataset, f: &Filters) -> Model {
    let report = plan.years.or(f.report_years);
    let from = f.from.or(report.map(|r| r.0)).unwrap_or(i32::MIN);
    let to = f.to.or(report.map(|r| r.1)).unwrap_or(i32::MAX);
    let m = transform::model(ds, &plan.picks, from, to, plan.mode, plan.base);
    // An open range (`Figure::through_latest`) is the data's, as no range at all.
    let open = report.is_some_and(|(a, b)| a == catalog::DATA_FIRST || b == catalog::DATA_LAST);
    if f.from.is_some() || f.to.is_some() || report.is_some() && !open {
        return m;
    }
    let has = |i: usize| m.lines.iter().any(|line| line.values[i].is_some());
    match ((0..m.years.len()).find(|&i| has(i)), (0..m.years.len()).rev().find(|&i| has(i))) {
        (Some(a), Some(b)) => transform::model(ds, &plan.picks, m.years[a], m.years[b], plan.mode, plan.base),
        _ => m,
    }
}

/// A series card: `title` and `refs` as the card shows them (already in the reader's language).
pub fn card(fig: &Figure, plan: &Plan, ds: &Dataset, events: Option<&Events>, f: &Filters, look: &Look) -> Built {
    let l = look.lang;
    let mut m = model(plan, ds, f);
    // A line with no value in the years shown is not drawn (nor listed in the legend or table),
    // and the chart says so; unless no line has one.
    let mut empty: Vec<String> = m.lines.iter().filter(|x| x.values.iter().all(Option::is_none)).map(|x| x.name.clone()).collect();
    if empty.len() < m.lines.len() {
        m.lines.retain(|x| x.values.iter().any(Option::is_some));
    } else {
        empty.clear();
    }
    let one_entity = m.lines.iter().all(|x| m.lines.first().is_some_and(|f| f.entity == x.entity));
    let by_category = plan.colours == Colours::ByCategory || (plan.colours == Colours::Auto && one_entity);
    // Regions: each its own colour among those picked, in the order picked (the picker's swatches).
    let picked: Vec<&str> = plan.picks.iter().map(|p| p.entity.as_str()).collect();
    let by_region = palette::regions(&picked);
    let colours: Vec<&'static str> = m
        .lines
        .iter()
        .map(|x| if by_category { palette::category(&x.category) } else { picked.iter().position(|p| *p == x.entity).map_or_else(|| palette::region(&x.entity), |i| by_region[i]) })
        .collect();
    let single = m.lines.first().map(|x| x.category.as_str()).filter(|c| !c.contains('+'));
    let unit_text = unit(ds, single, plan.mode, plan.base, l);
    let shown = events_shown(events, plan.events, &m, l);
    let text = ChartText {
        year_labels: m.years.iter().map(|&y| year_label(y, m.period, l)).collect(),
        axis_name: unit_text.clone(),
        // Only where some line counts year after year: not two census counts a decade apart.
        covid: if yearly(&m) { covid_span(&m.years) } else { None },
        markers: markers(&shown),
        animate: look.animate,
        dark: look.dark,
        lang: l,
        decal: look.decal,
        width: look.width(),
        ranks: plan.mode == Mode::Abs && !m.lines.is_empty() && m.lines.iter().all(|x| transform::is_rank(&x.category)),
    };
    let mut tooltips = transform::tooltips(&m, &unit_text, &colours, plan.draw == Draw::Stacked, l);
    // A year's tooltip names its events.
    for (i, number, _, label) in &shown {
        if let Some(t) = tooltips.get_mut(*i) {
            t.push_str(&format!("<br>{number} {}", transform::escape_html(label)));
        }
    }
    let colour = |line: &ModelLine| colours[m.lines.iter().position(|x| x == line).unwrap_or(0)];
    let option = build(&m, &text, plan.draw, plan.scale, &colour, &tooltips);
    // The shown range, clipped to the data.
    let (a, b) = m.years.first().zip(m.years.last()).map(|(a, b)| (*a, *b)).unwrap_or_default();
    let mut subtitle = format!("{unit_text} · {}–{}", year_label(a, ds.period, l), year_label(b, ds.period, l));
    if plan.cites_report {
        let alone = m.lines.first().map(|x| x.entity.as_str()).filter(|_| one_entity);
        subtitle = format!("{subtitle} · {}", fill(Msg::FigureRef.text(l), &[("figs", l.pick(&fig.refs_for(alone)))]));
    }
    // Regions' lines summing some of the categories only: the subtitle says which (the title
    // and the report's figure count them all).
    if let catalog::Family::Series(catalog::Series { picks: Picks::Regions(Cats::Selected), .. }) = fig.family {
        let all = f.all_categories;
        if !all.is_empty() && !all.iter().all(|a| f.categories.iter().any(|c| c == a)) {
            let short = |c: &str| labels::name(c, Some(ds), l).split([' ', '（', '(']).next().unwrap_or(c).to_string();
            let names: Vec<String> = all.iter().filter(|a| f.categories.iter().any(|c| c == *a)).map(|c| short(c)).collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            subtitle = format!("{} · {subtitle}", fill(Msg::OnlyCategories.text(l), &[("names", &crate::i18n::list(&names, l))]));
        }
    }
    // One region's parts with one part drawn (Europe's green cards: EB-5 alone has numbers) has no
    // legend: the subtitle names it.
    if let [only] = m.lines.as_slice() {
        if plan.colours == Colours::ByCategory {
            subtitle = format!("{} · {subtitle}", only.name);
        }
    }
    // A title that names its origins names those drawn: a profile's F-1 chart is China's.
    let mut drawn: Vec<&str> = Vec::new();
    for (i, x) in m.lines.iter().enumerate() {
        if m.lines[..i].iter().all(|y| y.entity != x.entity) {
            drawn.push(&x.name);
        }
    }
    Built {
        title: fill(l.pick(&fig.title), &[("regions", &crate::i18n::list(&drawn, l))]),
        subtitle,
        option,
        table: transform::table(&m, &unit_text, l),
        summary: transform::summary(&m, l),
        stem: file_stem(fig.id, &m, plan.mode),
        notes: (!empty.is_empty()).then(|| fill(Msg::NoDataShown.text(l), &[("names", &empty.join(Msg::ItemSep.text(l)))])).into_iter().collect(),
        gaps: gap_reasons(ds, &m, l),
        legend: m.lines.iter().zip(&colours).map(|(x, c)| LegendItem { name: x.name.clone(), colour: c }).collect(),
        key: key(&m, &text, l),
        events: shown.iter().map(|(_, number, date, label)| format!("{number} {date} {label}")).collect(),
        height: None,
        drawn: m.lines.iter().flat_map(|x| x.category.split('+').map(|c| (x.entity.clone(), c.to_string()))).collect(),
    }
}

/// What the chart's marks mean, where it has them: hollow points (the report's own numbers),
/// the COVID band, gaps.
fn key(m: &Model, text: &ChartText, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if m.lines.iter().any(|x| x.kinds.iter().zip(&x.values).any(|(k, v)| *k != x.kind && v.is_some())) {
        out.push(Msg::KeyHollow.text(lang).to_string());
    }
    if m.lines.iter().any(|x| x.approx.iter().zip(&x.values).any(|(a, v)| *a && v.is_some())) {
        out.push(Msg::KeyApprox.text(lang).to_string());
    }
    if let Some((a, b)) = text.covid {
        let years = if a == b { text.year_labels[a].clone() } else { format!("{}–{}", text.year_labels[a], text.year_labels[b]) };
        out.push(fill(Msg::KeyCovid.text(lang), &[("years", &years)]));
    }
    let inner_gap = |v: &[Option<f64>]| {
        let (Some(a), Some(b)) = (v.iter().position(Option::is_some), v.iter().rposition(Option::is_some)) else { return false };
        v[a..=b].iter().any(Option::is_none)
    };
    if m.lines.iter().any(|x| inner_gap(&x.values)) {
        out.push(Msg::KeyGap.text(lang).to_string());
    }
    out
}
