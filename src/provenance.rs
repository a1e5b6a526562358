//! Where a card's numbers come from, as its source line, "data as of" date, sources panel and
//! citation say it: the publishers and tables, definitions, errata and release dates of its file.

use crate::data::texts::Policies;
use crate::data::{Dataset, Erratum, Kind, Source, Text};
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
    /// The dataset's names for the codes its errata head with ("CHN>JPN" → "China → Japan").
    pub labels: Vec<crate::data::Label>,
}

impl From<&Dataset> for Provenance {
    fn from(d: &Dataset) -> Self {
        // Codes and their '+' parts ("USA+GBR").
        let cited = |code: &str| {
            d.errata.iter().any(|e| {
                let base = e.base.iter().flat_map(|b| [b.entity.as_str(), b.category.as_str()]);
                [e.entity.as_str(), e.category.as_str()].into_iter().chain(base).any(|c| c == code || c.split('+').any(|p| p == code))
            })
        };
        let labels = d.labels.iter().filter(|l| cited(&l.code)).cloned().collect();
        Provenance {
            name: d.name.clone(),
            sources: d.sources.clone(),
            notes: d.notes.clone(),
            errata: d.errata.clone(),
            period: d.period,
            as_of: d.as_of().map(str::to_string),
            labels,
        }
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
        // A value computed from the report's number rests on the report too.
        let rests_on = |p: Kind, s: Kind| p == s || (p == Kind::Derived && s == Kind::Report);
        let used =
            |i: usize, s: &Source| series.iter().any(|x| x.source == i || x.more_sources.contains(&i) || x.points.iter().any(|p| p.kind != x.kind && rests_on(p.kind, s.kind)));
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
        Provenance { name: p.name.clone(), sources: p.sources.clone(), notes: p.notes.clone(), errata: vec![], period: crate::data::Period::CalendarYear, as_of, labels: vec![] }
    }
}

/// "Data as of 2025-07": when the newest source was published, beside the source line.
pub fn as_of_line(p: &Provenance, lang: Lang) -> Option<String> {
    p.as_of.as_ref().map(|d| fill(Msg::DataAsOf.text(lang), &[("date", d)]))
}

/// Who says an erratum's data value: the publisher's table, its press copies, or the dashboard's
/// data where they include the report's own numbers (the sources panel and the errata page).
pub fn erratum_says(basis: crate::data::Kind) -> Msg {
    use crate::data::Kind;
    match basis {
        Kind::Primary => Msg::PrimarySays,
        Kind::Press => Msg::PressSays,
        Kind::Report | Kind::Derived => Msg::ReportBasedSays,
    }
}

/// What an erratum is about, as the sources panel heads it: the cell (origin, its category where
/// not the total, year) and, for a relation the report states, what it relates to — the parts of
/// the base that differ from the cell ("India · H, FY2020 (percent of Total)", not "(percent of
/// FY2020)").
pub fn erratum_heading(e: &Erratum, p: &Provenance, lang: Lang) -> String {
    use crate::data::Measure;
    let period = p.period;
    let name = |code: &str| crate::labels::name_in(code, &p.labels, lang);
    use crate::transform::year_label;
    let mut cell = name(&e.entity);
    if e.category != "total" {
        cell = format!("{cell} · {}", name(&e.category));
    }
    let cell = format!("{cell}{}{}", Msg::ItemSep.text(lang), year_label(e.year, period, lang));
    let msg = match e.measure {
        Measure::Value => return cell,
        Measure::PercentOf => Msg::MeasurePercentOf,
        Measure::Growth => Msg::MeasureGrowth,
        Measure::Multiple => Msg::MeasureMultiple,
        Measure::Difference => Msg::MeasureDifference,
        Measure::Rank => Msg::MeasureRank,
    };
    let base: Vec<String> = e
        .base
        .iter()
        .flat_map(|b| {
            [(b.entity != e.entity).then(|| name(&b.entity)), (b.category != e.category).then(|| name(&b.category)), (b.year != e.year).then(|| year_label(b.year, period, lang))]
        })
        .flatten()
        .collect();
    format!("{cell}{}", fill(msg.text(lang), &[("base", &base.join(Msg::ItemSep.text(lang)))]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Cell, Kind, Measure, Period};

    fn real(name: &str) -> Dataset {
        serde_json::from_str(&std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
    }

    #[test]
    fn a_chart_names_every_table_its_numbers_add_in() {
        let files = |ds: &str, drawn: &[(&str, &str)]| -> Vec<String> {
            let drawn: Vec<(String, String)> = drawn.iter().map(|(e, c)| (e.to_string(), c.to_string())).collect();
            Provenance::of_drawn(&real(ds), &drawn).sources.iter().map(|s| s.file.clone()).collect()
        };
        let has = |files: &[String], part: &str| files.iter().any(|f| f.contains(part));
        // China's work visas plus green cards: the NIV table and both parts of Table V.
        let both = files("work_and_green_cards", &[("CN", "total")]);
        assert!(has(&both, "NIVDetailTable") && has(&both, "tableV_part2") && has(&both, "part3_tabula"), "{both:?}");
        // Europe's are the report's; their sum with China's and India's rests on all of them.
        assert_eq!(files("work_and_green_cards", &[("EU", "total")]), ["report/ccg-2024-talent-mobility-report.zh.md"]);
        let all = files("work_and_green_cards", &[("ALL", "total")]);
        assert!(has(&all, "NIVDetailTable") && has(&all, "tableV_part2") && has(&all, "part3_tabula") && has(&all, "ccg-2024"), "{all:?}");
        // China's green-card total: Part 3's total less Part 2's EB-4; where the report's combined
        // total less the work visas gives it, the NIV table too.
        let total = files("green_cards", &[("CN", "total")]);
        assert!(has(&total, "tableV_part2") && has(&total, "part3_tabula") && has(&total, "NIVDetailTable") && has(&total, "ccg-2024"), "{total:?}");
        // China's EB-5 after FY2018: the report's total less Part 2's EB-1 to EB-3.
        let eb5 = files("green_cards", &[("CN", "EB5")]);
        assert!(has(&eb5, "part3_tabula") && has(&eb5, "tableV_part2") && has(&eb5, "ccg-2024"), "{eb5:?}");
    }

    #[test]
    fn an_erratum_is_headed_by_its_cell_and_what_it_relates_to() {
        let cell = |e: &str, c: &str, y: i32| Cell { entity: e.into(), category: c.into(), year: y };
        let e = Erratum {
            entity: "IN".into(),
            category: "H".into(),
            year: 2020,
            measure: Measure::PercentOf,
            base: Some(cell("IN", "total", 2020)),
            primary: 84.25,
            basis: Kind::Primary,
            report: 82.0,
            location: Text::new("", ""),
            quote: String::new(),
            cause: Text::new("", ""),
        };
        let fy = Provenance { period: Period::FiscalYear, ..Provenance::default() };
        assert_eq!(erratum_heading(&e, &fy, Lang::En), "India · H (employer-sponsored), FY2020 (percent of Total)");
        assert_eq!(erratum_heading(&e, &fy, Lang::Zh), "印度 · H 类（雇主担保工签），2020 财年（相对合计的百分比）");
        let growth = Erratum { category: "total".into(), measure: Measure::Growth, base: Some(cell("IN", "total", 2019)), ..e.clone() };
        assert_eq!(erratum_heading(&growth, &fy, Lang::En), "India, FY2020 (growth on FY2019, %)");
        let value = Erratum { measure: Measure::Value, base: None, ..growth };
        assert_eq!(erratum_heading(&value, &fy, Lang::En), "India, FY2020");
    }
}
