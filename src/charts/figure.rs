//! One entry point for every chart of the catalog: a figure, its data and the reader's filters
//! in; what its card shows out (title, subtitle, option, table, summary). The app's cards and the
//! build's static first chart both call [`build`], so they cannot differ.

use super::{compare, ranked, series, Look};
use crate::catalog::{Family, Figure};
use crate::data::texts::Events;
use crate::data::Dataset;
use crate::i18n::{fill, Lang, Msg};
use crate::state::{ChartType, Mode, Scale, ViewState};
use crate::transform::{Pick, Table};

/// The part of the view's state charts read. A card recomputes only when this changes (not when
/// the reader switches a tab or the language of another card's text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filters {
    pub regions: Vec<String>,
    pub categories: Vec<String>,
    /// Every category the view offers: with all of them chosen, a region's line is its total.
    pub all_categories: &'static [&'static str],
    /// The reader's first and last year; `None` = each figure's default (see `series::card`).
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// The view's report range, the default where the view reproduces the report.
    pub report_years: Option<(i32, i32)>,
    pub mode: Mode,
    pub base: i32,
    pub scale: Scale,
    pub chart_type: ChartType,
    /// The explorer's ranking: its year (`None`: the latest) and length (`None`: every origin).
    pub year: Option<i32>,
    pub top: Option<usize>,
    pub groups: bool,
}

impl Filters {
    /// The explorer's visa classes as its titles name them: "all classes", or the codes chosen.
    pub fn classes_named(&self, l: Lang) -> String {
        if self.categories.is_empty() {
            Msg::AllClasses.text(l).to_string()
        } else {
            self.categories.join(", ")
        }
    }

    pub fn of(s: &ViewState) -> Filters {
        Filters {
            regions: s.regions.clone(),
            categories: s.categories.clone(),
            all_categories: s.view.spec().categories,
            from: s.from,
            to: s.to,
            report_years: s.view.spec().report_years,
            mode: s.mode,
            base: s.base,
            scale: s.scale,
            chart_type: s.chart_type,
            year: s.year,
            top: s.top,
            groups: s.layout == crate::state::Layout::RankGroups,
        }
    }
}

/// Everything a chart card shows, in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    pub title: String,
    pub subtitle: String,
    /// The ECharts option as JSON, with its label and tooltip tables (see `charts::finish`).
    pub option: String,
    /// The table tab: the same numbers as the chart.
    pub table: Table,
    /// The chart in words, for screen readers.
    pub summary: String,
    /// The downloads' file name, without extension: the chart id and what it shows.
    pub stem: String,
    /// What the chart must say about what it shows, above it (what a ranking leaves out, lines
    /// with nothing to draw).
    pub notes: Vec<String>,
    /// Why a drawn line breaks, where the data say (the series' `gaps`): under the chart, beside
    /// the key's "a break" line.
    pub gaps: Vec<String>,
    /// The series as the card lists them above the chart (and toggles them).
    pub legend: Vec<LegendItem>,
    /// What the chart's marks mean, one line each (hollow points, the COVID band, gaps).
    pub key: Vec<String>,
    /// The report's events marked on the chart: "① 2019-06 Immigration reform act".
    pub events: Vec<String>,
    /// How tall to draw the chart, in CSS pixels, where the page's default would not give every
    /// label its room (a ranking of 20 on a phone); `None`: the default.
    pub height: Option<u32>,
    /// The dataset's series the chart draws, as (entity, category): what its source line, sources
    /// panel and citation name (`provenance::Provenance::of_drawn`).
    pub drawn: Vec<(String, String)>,
}

impl Built {
    /// The lines under the chart: its marks' key, then why a line breaks (the app's card and the
    /// build's picture alike).
    pub fn key_lines(&self) -> impl Iterator<Item = &String> {
        self.key.iter().chain(&self.gaps)
    }
}

/// A series as the card's legend shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub name: String,
    pub colour: &'static str,
}

/// The card of `fig` from its dataset (for the explorer: the chosen nationalities' totals, see
/// `transform::explorer`); `events` marks the report's dated events where the figure asks.
/// `None` for a figure that is not a chart (policy tables).
pub fn build(fig: &Figure, ds: &Dataset, events: Option<&Events>, f: &Filters, look: &Look) -> Option<Built> {
    let l = look.lang;
    Some(match &fig.family {
        Family::Series(s) => series::card(fig, &series::Plan::of(s, f, ds, l), ds, events, f, look),
        Family::Ranked(r) => ranked::card(fig, r, ds, look),
        Family::Compare(c) => compare::card(fig, c, ds, look),
        Family::Explorer => {
            let picks = ds.series.iter().map(|s| Pick::one(&s.entity, &s.category, crate::labels::name(&s.entity, Some(ds), l))).collect();
            let draw = match f.chart_type {
                ChartType::Bar => super::Draw::Bar,
                ChartType::Stacked => super::Draw::Stacked,
                _ => super::Draw::Line,
            };
            let scale = if matches!(f.mode, Mode::Abs | Mode::Index) { f.scale } else { Scale::Lin };
            let plan = series::Plan { picks, draw, scale, mode: f.mode, base: f.base, colours: series::Colours::ByEntity, events: None, cites_report: false, years: None };
            Built { title: fill(l.pick(&fig.title), &[("classes", &f.classes_named(l))]), ..series::card(fig, &plan, ds, None, f, look) }
        }
        Family::ExplorerRank => ranked::explorer_card(fig, ds, f, look),
        Family::Policy { .. } => return None,
    })
}
