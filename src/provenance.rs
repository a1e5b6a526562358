//! Where a card's numbers come from, as its source line, "data as of" date, sources panel and
//! citation say it: the publishers and tables, definitions, errata and release dates of its file.

use crate::data::texts::Policies;
use crate::data::{Dataset, Erratum, Source, Text};
use crate::i18n::{fill, Lang, Msg};

/// What a chart's sources panel and source line show, from any kind of data file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Provenance {
    pub name: String,
    pub sources: Vec<Source>,
    pub notes: Vec<Text>,
    pub errata: Vec<Erratum>,
    pub period: crate::data::Period,
    /// When the newest source was published (`Source::published`).
    pub as_of: Option<String>,
}

impl From<&Dataset> for Provenance {
    fn from(d: &Dataset) -> Self {
        Provenance { name: d.name.clone(), sources: d.sources.clone(), notes: d.notes.clone(), errata: d.errata.clone(), period: d.period, as_of: d.as_of().map(str::to_string) }
    }
}

impl Provenance {
    /// What one chart rests on: the sources of the series it draws (`drawn`: entity, category)
    /// and of their values that come from elsewhere (the report's values inside a primary series),
    /// the errata about those series, and the newest of those sources' dates. With nothing drawn,
    /// the whole file's.
    pub fn of_drawn(ds: &Dataset, drawn: &[(String, String)]) -> Provenance {
        let all = Provenance::from(ds);
        let series: Vec<_> = drawn.iter().filter_map(|(e, c)| ds.series(e, c)).collect();
        if series.is_empty() {
            return all;
        }
        let used = |i: usize, s: &Source| series.iter().any(|x| x.source == i || x.points.iter().any(|p| p.kind != x.kind && p.kind == s.kind));
        let sources: Vec<Source> = ds.sources.iter().enumerate().filter(|(i, s)| used(*i, s)).map(|(_, s)| s.clone()).collect();
        let errata = all.errata.into_iter().filter(|e| drawn.iter().any(|(en, c)| *en == e.entity && *c == e.category)).collect();
        let as_of = sources.iter().filter_map(|s| s.published.clone()).max();
        Provenance { sources, errata, as_of, ..all }
    }
}

/// "Source: publisher, table" — the line under every chart. A publisher quoted through press pages
/// is named with the number of pages (their titles, often in the page's own language, are in the
/// panel), as is one with many tables.
pub fn source_line(p: &Provenance, lang: Lang) -> String {
    let mut publishers: Vec<(&str, Vec<&str>, bool)> = Vec::new();
    for s in &p.sources {
        let who = lang.pick(&s.publisher);
        let press = s.kind == crate::data::Kind::Press;
        match publishers.iter_mut().find(|(w, _, _)| *w == who) {
            Some((_, tables, _)) => tables.push(lang.pick(&s.table)),
            None => publishers.push((who, vec![lang.pick(&s.table)], press)),
        }
    }
    let sep = Msg::ItemSep.text(lang);
    let list: Vec<String> = publishers
        .iter()
        .map(|(who, tables, press)| match tables.len() {
            1 if *press => fill(Msg::OnePage.text(lang), &[("who", who)]),
            1 => format!("{who}{sep}{}", tables[0]),
            n => fill(Msg::PagesCount.text(lang), &[("who", who), ("n", &n.to_string())]),
        })
        .collect();
    let list = list.join(Msg::ListSep.text(lang));
    format!("{}{}{}", Msg::SourceLabel.text(lang), Msg::LabelSep.text(lang), list)
}

impl From<&Policies> for Provenance {
    fn from(p: &Policies) -> Self {
        let as_of = p.sources.iter().filter_map(|s| s.published.clone()).max();
        Provenance { name: p.name.clone(), sources: p.sources.clone(), notes: p.notes.clone(), errata: vec![], period: crate::data::Period::CalendarYear, as_of }
    }
}

/// "Data as of 2025-07": when the newest source was published, beside the source line.
pub fn as_of_line(p: &Provenance, lang: Lang) -> Option<String> {
    p.as_of.as_ref().map(|d| fill(Msg::DataAsOf.text(lang), &[("date", d)]))
}
