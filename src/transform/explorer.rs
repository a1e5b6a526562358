//! The visa explorer's chosen nationalities, summed over the chosen classes, as an ordinary
//! dataset: the explorer reuses the transforms, chart builders and table of every other view.

use crate::data::explorer::Explorer;
use crate::data::{Dataset, Kind, Label, Period, Series, Text};

/// Codes the reader asked for (nationalities, then classes) that the data do not know.
pub fn unknown_codes(e: &Explorer, nationalities: &[String], classes: &[String]) -> Vec<String> {
    let mut bad: Vec<String> = nationalities.iter().filter(|c| e.nationality(c).is_none()).cloned().collect();
    bad.extend(classes.iter().filter(|c| e.class(c).is_none()).cloned());
    bad
}

pub fn as_dataset(e: &Explorer, nationalities: &[String], classes: &[String]) -> Dataset {
    let class_idx: Vec<usize> = classes.iter().filter_map(|c| e.class(c)).collect();
    let mut series = Vec::new();
    let mut labels = Vec::new();
    for code in nationalities {
        let Some(n) = e.nationality(code) else { continue };
        series.push(Series { entity: code.clone(), category: "total".into(), kind: Kind::Primary, source: 0, values: e.total(n, &class_idx), points: vec![] });
        let name = e.nationalities[n].name.clone();
        labels.push(Label { code: code.clone(), name: Text::new(name.clone(), name) });
    }
    Dataset {
        name: e.name.clone(),
        title: e.title.clone(),
        unit: e.unit.clone(),
        category_units: vec![],
        period: Period::FiscalYear,
        figures: vec![],
        tables: vec![],
        years: e.years.clone(),
        sources: e.sources.clone(),
        notes: e.notes.clone(),
        errata: vec![],
        labels,
        series,
    }
}
