//! Where a card's numbers come from, as its source line, "data as of" date, sources panel and
//! citation say it: the publishers and tables, definitions, errata and release dates of its file.

use crate::data::texts::Policies;
use crate::data::{Dataset, Erratum, Source, Text};
use crate::i18n::{fill, Lang, Msg};

/// What a chart's sources panel and source line show, from any kind of data file.
#[derive(Clone, Debug, PartialEq)]
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

/// "Source: publisher, table" — the line under every chart. A publisher quoted through many pages
/// (press reposts) is named once with the number of pages; the panel lists them.
pub fn source_line(p: &Provenance, lang: Lang) -> String {
    let mut publishers: Vec<(&str, Vec<&str>)> = Vec::new();
    for s in &p.sources {
        let who = lang.pick(&s.publisher);
        match publishers.iter_mut().find(|(w, _)| *w == who) {
            Some((_, tables)) => tables.push(lang.pick(&s.table)),
            None => publishers.push((who, vec![lang.pick(&s.table)])),
        }
    }
    let sep = Msg::ItemSep.text(lang);
    let list: Vec<String> = publishers
        .iter()
        .map(|(who, tables)| match tables.len() {
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
