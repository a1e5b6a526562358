//! A chart of series over years, described by a [`SeriesSpec`]: which dataset, which series
//! (regions, categories, or fixed), how drawn. It follows the view's filters from the URL and
//! redraws from data in memory; only what it reads makes it recompute.

use crate::app::use_ctx;
use crate::charts::{covid_span, palette, series, ChartText, Draw, Marker};
use crate::components::chart_card::{note_in, status_of, use_data, ChartCard, Resource};
use crate::components::sources_panel::Provenance;
use crate::data::texts::Events;
use crate::data::{Dataset, Text};
use crate::i18n::{fill, Lang, Msg};
use crate::labels;
use crate::state::{ChartType, Mode, Scale};
use crate::transform::{self, event_year, year_label, Model, Pick};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum Cats {
    /// The view's category filter (`classes` / `levels`).
    Selected,
    Fixed(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Picks {
    /// One line per selected region: the sum of `categories`.
    Regions(Cats),
    /// One series per category for one entity.
    Categories { entity: String, categories: Cats },
    /// Exactly these (entity, category) series.
    Fixed(Vec<(String, String)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeriesSpec {
    pub id: String,
    pub resource: &'static str,
    pub title: Text,
    /// "图 37" / "figure 37"…, shown as "Report figure 37".
    pub figures: Text,
    pub picks: Picks,
    pub draw: Draw,
    /// Whether the view's `type`, `mode` and `scale` apply (not for sparse points or rates).
    pub follow_filters: bool,
    /// Events of this view (events.json `views`) are marked.
    pub events: &'static str,
    pub note: Option<Text>,
    /// The card belongs to one region: hidden while that region is not selected.
    pub region: Option<String>,
}

impl SeriesSpec {
    pub fn new(id: impl Into<String>, resource: &'static str, title: Text, figures: Text, picks: Picks, draw: Draw, events: &'static str) -> Self {
        SeriesSpec { id: id.into(), resource, title, figures, picks, draw, follow_filters: true, events, note: None, region: None }
    }
}

fn picks(spec: &Picks, regions: &[String], cats: &[String], all: &[&str], ds: &Dataset, lang: Lang) -> Vec<Pick> {
    let resolve = |c: &Cats| match c {
        Cats::Selected => cats.to_vec(),
        Cats::Fixed(v) => v.clone(),
    };
    match spec {
        Picks::Regions(c) => {
            // With every category chosen, the dataset's own total is the line: it is the report's
            // definition, carries the errata, and has values (from the report) where some parts do not.
            let everything = *c == Cats::Selected && !all.is_empty() && all.iter().all(|a| cats.iter().any(|c| c == a));
            let categories = if everything && ds.series.iter().any(|s| s.category == "total") { vec!["total".to_string()] } else { resolve(c) };
            regions.iter().map(|r| Pick { entity: r.clone(), categories: categories.clone(), name: labels::name(r, Some(ds), lang) }).collect()
        }
        Picks::Categories { entity, categories } => {
            resolve(categories).iter().map(|c| Pick::one(entity, c, labels::name(c, Some(ds), lang))).collect()
        }
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

/// The y-axis name and the unit in tooltips.
pub fn unit(ds: &Dataset, category: Option<&str>, mode: Mode, base: i32, lang: Lang) -> String {
    match mode {
        Mode::Abs => lang.pick(category.map(|c| ds.unit_of(c)).unwrap_or(&ds.unit)).to_string(),
        Mode::Index => fill(Msg::IndexUnit.text(lang), &[("base", &base.to_string())]),
        Mode::Share => Msg::ShareUnit.text(lang).to_string(),
        Mode::Yoy => Msg::YoyUnit.text(lang).to_string(),
    }
}

#[component]
pub fn SeriesChart(spec: SeriesSpec) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data: Resource<Dataset> = use_data(spec.resource);
    let events: Resource<Events> = use_data("events");
    let spec = StoredValue::new(spec);
    let follow = spec.with_value(|s| s.follow_filters);
    let regions = Memo::new(move |_| ctx.state.with(|s| s.regions.clone()));
    let cats = Memo::new(move |_| ctx.state.with(|s| s.categories.clone()));
    let range = Memo::new(move |_| ctx.state.with(|s| (s.from, s.to)));
    let mode = Memo::new(move |_| ctx.state.with(|s| if follow { (s.mode, s.base) } else { (Mode::Abs, s.base) }));
    let look = Memo::new(move |_| {
        ctx.state.with(|s| {
            let default = spec.with_value(|x| x.draw);
            let draw = match (follow, s.chart_type) {
                (false, _) | (_, ChartType::Auto) => default,
                (_, ChartType::Line) => Draw::Line,
                (_, ChartType::Bar) => Draw::Bar,
                (_, ChartType::Stacked) => Draw::Stacked,
            };
            // Log scales make no sense for shares or changes, which can be zero or negative.
            let scale = if follow && matches!(s.mode, Mode::Abs | Mode::Index) { s.scale } else { Scale::Lin };
            (draw, scale)
        })
    });
    let dataset = move || data.get().and_then(|r| r.ok());

    let model = Memo::new(move |_| {
        let ds = dataset()?;
        let l = lang.get();
        let all = ctx.state.with(|s| s.view.spec().categories);
        let p = spec.with_value(|s| picks(&s.picks, &regions.get(), &cats.get(), all, &ds, l));
        let (from, to) = range.get();
        let (m, base) = mode.get();
        Some(transform::model(&ds, &p, from, to, m, base))
    });
    let colours = move |m: &Model| -> Vec<&'static str> {
        let by_category = spec.with_value(|s| matches!(s.picks, Picks::Categories { .. }))
            || m.lines.iter().all(|l| l.entity == m.lines.first().map(|f| f.entity.clone()).unwrap_or_default());
        m.lines.iter().map(|l| if by_category { palette::category(&l.category) } else { palette::region(&l.entity) }).collect()
    };
    let unit_text = Memo::new(move |_| {
        let ds = dataset()?;
        let m = model.get()?;
        let first_cat = m.lines.first().map(|l| l.category.clone());
        let single = first_cat.filter(|c| !c.contains('+'));
        let (md, base) = mode.get();
        Some(unit(&ds, single.as_deref(), md, base, lang.get()))
    });
    let option = Memo::new(move |_| {
        let m = model.get()?;
        let l = lang.get();
        let view = spec.with_value(|s| s.events);
        let year_labels: Vec<String> = m.years.iter().map(|&y| year_label(y, m.period, l)).collect();
        let markers = events
            .get()
            .and_then(|r| r.ok())
            .map(|ev| {
                ev.events
                    .iter()
                    .filter(|e| e.views.iter().any(|v| v == view) && !e.id.starts_with("covid"))
                    .filter_map(|e| {
                        let y = event_year(&e.date, m.period)?;
                        Some(Marker { index: m.years.iter().position(|x| *x == y)?, label: l.pick(&e.label).to_string() })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let text = ChartText {
            year_labels,
            axis_name: unit_text.get().unwrap_or_default(),
            covid_label: Msg::CovidYears.text(l).to_string(),
            covid: covid_span(&m.years),
            markers,
            animate: ctx.animate,
            dark: ctx.dark.get(),
            lang: ctx.lang.get(),
            decal: ctx.state.with(|s| s.decal),
        };
        let cs = colours(&m);
        let (draw, scale) = look.get();
        let lines = &m.lines;
        let colour = |line: &transform::Line| cs[lines.iter().position(|x| x == line).unwrap_or(0)];
        Some(series::build(&m, &text, draw, scale, &colour))
    });
    let tooltips = Memo::new(move |_| {
        let Some(m) = model.get() else { return vec![] };
        transform::tooltips(&m, &unit_text.get().unwrap_or_default(), &colours(&m), lang.get())
    });
    let status = status_of(data, |d: &Dataset| Provenance::from(d));
    let title = Signal::derive(move || spec.with_value(|s| lang.get().pick(&s.title).to_string()));
    let subtitle = Signal::derive(move || {
        let l = lang.get();
        let (from, to) = range.get();
        let period = dataset().map(|d| d.period).unwrap_or(crate::data::Period::FiscalYear);
        // The shown range, clipped to the data.
        let (a, b) = model.get().and_then(|m| Some((*m.years.first()?, *m.years.last()?))).unwrap_or((from, to));
        let figs = spec.with_value(|s| fill(Msg::FigureRef.text(l), &[("figs", l.pick(&s.figures))]));
        format!("{} · {}–{} · {}", unit_text.get().unwrap_or_default(), year_label(a, period, l), year_label(b, period, l), figs)
    });
    let note = note_in(spec.with_value(|s| s.note.clone()), lang);
    let id = spec.with_value(|s| s.id.clone());
    let resource = spec.with_value(|s| s.resource);
    let hidden = spec.with_value(|s| s.region.clone()).map(|r| Signal::derive(move || !regions.with(|rs| rs.contains(&r))));
    view! {
        <ChartCard
            resource=resource
            chart_id=id
            status=status
            retry=Callback::new(move |_| data.refetch())
            title=title
            subtitle=subtitle
            option=option
            table=table_of(model, lang)
            summary=summary_of(model, lang)
            tooltips=tooltips
            note=note
            dataset=Signal::derive(dataset)
            hidden=hidden
        />
    }
}

/// The table tab of a series chart, in the page language (the explorer's chart uses it too).
pub fn table_of(model: Memo<Option<Model>>, lang: Memo<Lang>) -> Signal<Option<transform::Table>> {
    Signal::derive(move || model.get().map(|m| transform::table(&m, lang.get())))
}

/// The screen-reader description of a series chart, in the page language.
pub fn summary_of(model: Memo<Option<Model>>, lang: Memo<Lang>) -> Signal<String> {
    Signal::derive(move || model.get().map(|m| transform::summary(&m, lang.get())).unwrap_or_default())
}
