//! Series over years — lines, bars, stacked bars or points — the family behind most of the
//! report's figures (37, 10, 12, 15, 16, 36…) and the visa explorer: which series a figure picks
//! under the reader's filters, and the option, table, tooltips and summary of its card.

use super::figure::{Built, Filters};
use super::{axis, category_axis, covid_area, covid_span, event_lines, frame, palette, value_axis, ChartText, Draw, Look, Marker};
use crate::catalog::{self, Cats, Figure, Picks};
use crate::data::texts::Events;
use crate::data::{Dataset, Kind};
use crate::i18n::{fill, Lang, Msg};
use crate::labels;
use crate::state::{ChartType, Mode, Scale};
use crate::transform::{self, event_year, year_label, Line as ModelLine, Model, Pick};
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
pub fn series_id(l: &ModelLine) -> String {
    format!("{}|{}", l.entity, l.category)
}

/// The ECharts option (JSON), with `tooltips` (one per year). Charming has no markArea on bars,
/// so the reading aids (COVID band, events) are attached to the first series of the serialised
/// option, whatever its type.
pub fn build(m: &Model, text: &ChartText, draw: Draw, scale: Scale, colour: &dyn Fn(&ModelLine) -> &'static str, tooltips: &[String]) -> String {
    let log = scale == Scale::Log && draw != Draw::Stacked;
    let shown: Vec<Vec<Option<f64>>> = m.lines.iter().map(|l| l.values.iter().map(|v| v.filter(|x| !log || *x > 0.0)).collect()).collect();
    let (lo, hi) = axis::extent(shown.iter().map(Vec::as_slice), draw == Draw::Stacked);
    let ticks = if log { axis::log(lo, hi) } else { axis::linear(lo, hi, 5) };
    let mut json = super::finish(&chart(m, text, draw, log, &ticks, colour), text, "yAxis", &ticks, tooltips);
    let marks = format!(
        "\"markArea\":{},\"markLine\":{},",
        serde_json::to_string(&covid_area(text)).unwrap_or_else(|_| "{}".into()),
        serde_json::to_string(&event_lines(text)).unwrap_or_else(|_| "{}".into())
    );
    super::add_to_first_series(&mut json, &marks);
    json
}

fn chart(m: &Model, text: &ChartText, draw: Draw, log: bool, ticks: &axis::Ticks, colour: &dyn Fn(&ModelLine) -> &'static str) -> Chart {
    let mut chart = frame(text, true).x_axis(category_axis(text.year_labels.clone(), text.dark)).y_axis(value_axis(&text.axis_name, ticks, text));
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
                let mut s = Bar::new().id(series_id(l)).name(l.name.clone()).data(d).item_style(ItemStyle::new().color(c)).emphasis(Emphasis::new().focus(EmphasisFocus::Series));
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
            colours: if matches!(s.picks, Picks::Categories { .. }) { Colours::ByCategory } else { Colours::Auto },
            events: s.events,
            cites_report: true,
            years: s.years,
        }
    }
}

/// The report's events of `tag` that fall on a shown year (COVID is the shaded band instead).
fn markers(events: Option<&Events>, tag: Option<&str>, m: &Model, lang: Lang) -> Vec<Marker> {
    let (Some(ev), Some(tag)) = (events, tag) else { return vec![] };
    ev.events
        .iter()
        .filter(|e| e.views.iter().any(|v| v == tag) && !e.id.starts_with("covid"))
        .filter_map(|e| {
            let y = event_year(&e.date, m.period)?;
            Some(Marker { index: m.years.iter().position(|x| *x == y)?, label: lang.pick(&e.label).to_string() })
        })
        .collect()
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

/// Where a drawn total is a gap although some of its parts are known (India's green cards in
/// FY2020–21: EB-1 to EB-3 are in the State Department's tables, EB-5 is not, and the report does
/// not state the total), a sentence that says so, naming what is missing.
fn total_gaps(ds: &Dataset, m: &Model, parts: &[&str], lang: Lang) -> Vec<String> {
    let label = |c: &str| labels::name(c, Some(ds), lang);
    m.lines
        .iter()
        .filter(|line| line.category == "total" && !parts.is_empty())
        .filter_map(|line| {
            let mut years = Vec::new();
            let mut missing: Vec<&str> = Vec::new();
            for (&y, _) in m.years.iter().zip(&line.values).filter(|(_, v)| v.is_none()) {
                let (known, lacking): (Vec<&str>, Vec<&str>) = parts.iter().partition(|c| ds.value(&line.entity, c, y).is_some());
                if !known.is_empty() && !lacking.is_empty() {
                    years.push(year_label(y, m.period, lang));
                    for c in lacking {
                        if !missing.contains(&c) {
                            missing.push(c);
                        }
                    }
                }
            }
            (!years.is_empty()).then(|| {
                let missing: Vec<String> = missing.iter().map(|c| label(c)).collect();
                fill(Msg::TotalGap.text(lang), &[("name", &line.name), ("years", &years.join(Msg::ItemSep.text(lang))), ("missing", &missing.join(Msg::ItemSep.text(lang)))])
            })
        })
        .collect()
}

/// The lines of a plan over the years shown: the reader's; by default the figure's own range or
/// the view's report range, else the years where the lines have data (a five-yearly stock does not
/// open on empty decades).
fn model(plan: &Plan, ds: &Dataset, f: &Filters) -> Model {
    let report = plan.years.or(f.report_years);
    let from = f.from.or(report.map(|r| r.0)).unwrap_or(i32::MIN);
    let to = f.to.or(report.map(|r| r.1)).unwrap_or(i32::MAX);
    let m = transform::model(ds, &plan.picks, from, to, plan.mode, plan.base);
    if f.from.is_some() || f.to.is_some() || report.is_some() {
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
    let m = model(plan, ds, f);
    let one_entity = m.lines.iter().all(|x| m.lines.first().is_some_and(|f| f.entity == x.entity));
    let by_category = plan.colours == Colours::ByCategory || (plan.colours == Colours::Auto && one_entity);
    let colours: Vec<&'static str> = m.lines.iter().map(|x| if by_category { palette::category(&x.category) } else { palette::region(&x.entity) }).collect();
    let single = m.lines.first().map(|x| x.category.as_str()).filter(|c| !c.contains('+'));
    let unit_text = unit(ds, single, plan.mode, plan.base, l);
    let text = ChartText {
        year_labels: m.years.iter().map(|&y| year_label(y, m.period, l)).collect(),
        axis_name: unit_text.clone(),
        covid_label: Msg::CovidYears.text(l).to_string(),
        covid: covid_span(&m.years),
        markers: markers(events, plan.events, &m, l),
        animate: look.animate,
        dark: look.dark,
        lang: l,
        decal: look.decal,
    };
    let tooltips = transform::tooltips(&m, &unit_text, &colours, l);
    let colour = |line: &ModelLine| colours[m.lines.iter().position(|x| x == line).unwrap_or(0)];
    let option = build(&m, &text, plan.draw, plan.scale, &colour, &tooltips);
    // The shown range, clipped to the data.
    let (a, b) = m.years.first().zip(m.years.last()).map(|(a, b)| (*a, *b)).unwrap_or_default();
    let mut subtitle = format!("{unit_text} · {}–{}", year_label(a, ds.period, l), year_label(b, ds.period, l));
    if plan.cites_report {
        subtitle = format!("{subtitle} · {}", fill(Msg::FigureRef.text(l), &[("figs", l.pick(&fig.refs))]));
    }
    Built {
        title: l.pick(&fig.title).to_string(),
        subtitle,
        option,
        table: transform::table(&m, &unit_text, l),
        summary: transform::summary(&m, l),
        stem: file_stem(fig.id, &m, plan.mode),
        notes: total_gaps(ds, &m, f.all_categories, l),
    }
}
