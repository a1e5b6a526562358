//! The visa explorer's chosen nationalities (and region groups), summed over the chosen classes,
//! as an ordinary dataset: the explorer reuses the transforms, chart builders and table of every
//! other view.

/// The picker's choices: every region group, then every nationality, as (code, name in `lang`,
/// name in the other language), so a reader can type either.
pub fn choices(e: &Explorer, lang: crate::i18n::Lang) -> Vec<(String, String, String)> {
    let pick = |t: &crate::data::Text| (lang.pick(t).to_string(), lang.other().pick(t).to_string());
    let groups = (0..e.regions.len()).filter_map(|g| Some((e.group_code(g), e.region_labels.get(g)?)));
    let nations = e.nationalities.iter().map(|n| (n.code.clone(), &n.label));
    groups
        .chain(nations)
        .map(|(code, t)| {
            let (here, there) = pick(t);
            (code, here, there)
        })
        .collect()
}

use crate::data::explorer::Explorer;
use crate::data::{Dataset, Kind, Label, Period, Series};

/// Codes the reader asked for (nationalities or groups, then classes) that the data do not know.
pub fn unknown_codes(e: &Explorer, nationalities: &[String], classes: &[String]) -> Vec<String> {
    let mut bad: Vec<String> = nationalities.iter().filter(|c| e.label_of(c).is_none()).cloned().collect();
    bad.extend(classes.iter().filter(|c| e.class(c).is_none()).cloned());
    bad
}

pub fn as_dataset(e: &Explorer, nationalities: &[String], classes: &[String]) -> Dataset {
    let class_idx: Vec<usize> = classes.iter().filter_map(|c| e.class(c)).collect();
    let mut series = Vec::new();
    let mut labels = Vec::new();
    for code in nationalities {
        let (Some(values), Some(name)) = (e.total_of(code, &class_idx), e.label_of(code)) else { continue };
        series.push(Series { entity: code.clone(), category: "total".into(), kind: Kind::Primary, source: 0, values, points: vec![] });
        labels.push(Label { code: code.clone(), name });
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
