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
use crate::state::url::Notice;
use crate::state::{Mode, ViewState};

/// Leaves out the codes of the link (nationalities or groups, then classes) that the data do not
/// know, so the title, the chips and the chart name only what is drawn; with no nationality left,
/// the view's own. A notice for each code left out.
pub fn drop_unknown(e: &Explorer, s: &mut ViewState) -> Vec<Notice> {
    let spec = s.view.spec();
    let (regions, bad_regions): (Vec<String>, Vec<String>) = s.regions.drain(..).partition(|c| e.label_of(c).is_some());
    let (classes, bad_classes): (Vec<String>, Vec<String>) = s.categories.drain(..).partition(|c| e.class(c).is_some());
    s.regions = if regions.is_empty() { spec.default_regions.iter().map(|c| c.to_string()).collect() } else { regions };
    s.categories = classes;
    let said = |key: &str, codes: Vec<String>| codes.into_iter().map(move |c| Notice::not_in_data(key, &c)).collect::<Vec<_>>();
    [said("regions", bad_regions), said(spec.category_key, bad_classes)].concat()
}

pub fn as_dataset(e: &Explorer, nationalities: &[String], classes: &[String]) -> Dataset {
    let class_idx: Vec<usize> = classes.iter().filter_map(|c| e.class(c)).collect();
    let totals = nationalities.iter().filter_map(|code| Some((code.clone(), e.label_of(code)?, e.total_of(code, &class_idx)?)));
    dataset(e, totals)
}

/// Every nationality, or every region group (`groups`: a group's total is the sum of its
/// nationalities', a gap where none has a number), over the chosen classes: what a ranking orders.
pub fn ranking_dataset(e: &Explorer, classes: &[String], groups: bool) -> Dataset {
    let class_idx: Vec<usize> = classes.iter().filter_map(|c| e.class(c)).collect();
    let totals = e.totals(&class_idx);
    if !groups {
        return dataset(e, e.nationalities.iter().zip(totals).map(|(n, v)| (n.code.clone(), n.label.clone(), v)));
    }
    let sums = (0..e.regions.len()).filter_map(|g| {
        let mut sum: Vec<Option<f64>> = vec![None; e.years.len()];
        for (_, values) in e.nationalities.iter().zip(&totals).filter(|(n, _)| n.region == g) {
            crate::data::explorer::add_into(&mut sum, values);
        }
        Some((e.group_code(g), e.region_labels.get(g)?.clone(), sum))
    });
    dataset(e, sums.collect::<Vec<_>>())
}

/// A ranking's origin: its value in the chosen measure, and its count of visas.
#[derive(Clone, Debug, PartialEq)]
pub struct RankedOrigin {
    pub entity: String,
    pub value: f64,
    pub count: f64,
}

/// A change is ranked only for origins with at least this many visas in the year it is measured
/// from: below it a handful of visas more or less would top the ranking.
pub const CHANGE_FLOOR: f64 = 100.0;

/// The origins of `ds` (a [`ranking_dataset`]) with a number in `year`, largest first, by `mode`:
/// the count; the share of every origin's visas of these classes that year; the count as a
/// percentage of the base year's (index, base = 100); or the change on the previous year (%).
/// Changes leave out origins under [`CHANGE_FLOOR`] in the year they are measured from.
pub fn rank_origins(ds: &Dataset, year: i32, mode: Mode, base: i32) -> Vec<RankedOrigin> {
    let Some(i) = ds.year_index(year) else { return vec![] };
    let from = match mode {
        Mode::Index => ds.year_index(base),
        Mode::Yoy => ds.year_index(year - 1),
        Mode::Abs | Mode::Share => None,
    };
    let all: f64 = ds.series.iter().filter_map(|s| s.values[i]).sum();
    let mut rows: Vec<RankedOrigin> = ds
        .series
        .iter()
        .filter_map(|s| {
            let count = s.values[i]?;
            let reference = || from.and_then(|j| s.values[j]).filter(|r| *r >= CHANGE_FLOOR);
            let value = match mode {
                Mode::Abs => count,
                Mode::Share => (all > 0.0).then(|| count / all * 100.0)?,
                Mode::Index => count / reference()? * 100.0,
                Mode::Yoy => (count / reference()? - 1.0) * 100.0,
            };
            Some(RankedOrigin { entity: s.entity.clone(), value, count })
        })
        .collect();
    rows.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.entity.cmp(&b.entity)));
    rows
}

/// The year a ranking shows: the reader's, else the latest; a year the data do not have, the
/// nearest they do.
pub fn ranking_year(years: &[i32], chosen: Option<i32>) -> Option<i32> {
    let (first, last) = (*years.first()?, *years.last()?);
    Some(chosen.unwrap_or(last).clamp(first, last))
}

fn dataset(e: &Explorer, totals: impl IntoIterator<Item = (String, crate::data::Text, Vec<Option<f64>>)>) -> Dataset {
    let mut series = Vec::new();
    let mut labels = Vec::new();
    for (code, name, values) in totals {
        series.push(Series::new(&code, "total", Kind::Primary, 0, values));
        labels.push(Label { code, name });
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

#[cfg(test)]
mod tests {
    use super::*;

    fn niv() -> Explorer {
        serde_json::from_str(&std::fs::read_to_string(format!("{}/data/niv_explorer.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
    }

    /// H-1B visas to one nationality in one year, read straight from the file's rows.
    fn issued(e: &Explorer, code: &str, class: &str, year: i32) -> Option<f64> {
        let (n, c, y) = (e.nationality(code)?, e.class(class)?, e.years.iter().position(|&x| x == year)?);
        Some(e.rows.iter().filter(|r| r.0 == n && r.1 == c).filter_map(|r| r.2[y]).sum())
    }

    #[test]
    fn codes_the_data_lack_are_left_out_and_said() {
        let e = niv();
        let mut s = crate::state::ViewState::default_for(crate::state::View::Explorer);
        s.regions = vec!["atlantis".into(), "india".into()];
        s.categories = vec!["QQ".into(), "H-1B".into()];
        assert_eq!(drop_unknown(&e, &mut s), vec![Notice::not_in_data("regions", "atlantis"), Notice::not_in_data("classes", "QQ")]);
        assert_eq!((s.regions.as_slice(), s.categories.as_slice()), (&["india".to_string()][..], &["H-1B".to_string()][..]));
        assert!(drop_unknown(&e, &mut s).is_empty());
        // Nothing known left: the view's own nationalities, all classes.
        s.regions = vec!["atlantis".into()];
        s.categories = vec!["QQ".into()];
        assert_eq!(drop_unknown(&e, &mut s).len(), 2);
        assert_eq!(s.regions, vec!["china-mainland", "group-europe", "india"]);
        assert!(s.categories.is_empty());
    }

    #[test]
    fn a_ranking_orders_every_nationality_by_the_file_s_numbers() {
        let e = niv();
        let ds = ranking_dataset(&e, &["H-1B".into()], false);
        assert_eq!(ds.series.len(), e.nationalities.len());
        let ranked = rank_origins(&ds, 2023, Mode::Abs, 2019);
        assert_eq!(ranked[0].entity, "india");
        for r in ranked.iter().take(10) {
            assert_eq!(Some(r.value), issued(&e, &r.entity, "H-1B", 2023), "{}", r.entity);
        }
        assert!(ranked.windows(2).all(|w| w[0].value >= w[1].value));
        // The one-pass totals are the per-nationality ones.
        let idx = [e.class("H-1B").unwrap(), e.class("F-1").unwrap()];
        for (n, t) in e.totals(&idx).iter().enumerate() {
            assert_eq!(*t, e.total(n, &idx));
        }
    }

    #[test]
    fn shares_changes_and_groups() {
        let e = niv();
        let ds = ranking_dataset(&e, &["H-1B".into()], false);
        let share = rank_origins(&ds, 2023, Mode::Share, 2019);
        let sum: f64 = share.iter().map(|r| r.value).sum();
        assert!((sum - 100.0).abs() < 1e-6, "shares add up to {sum}");
        // A change is measured only from at least CHANGE_FLOOR visas.
        let index = rank_origins(&ds, 2023, Mode::Index, 2019);
        for r in &index {
            let base = issued(&e, &r.entity, "H-1B", 2019).unwrap();
            assert!(base >= CHANGE_FLOOR);
            assert!((r.value - r.count / base * 100.0).abs() < 1e-9);
        }
        assert!(index.len() < share.len());
        let yoy = rank_origins(&ds, 2021, Mode::Yoy, 2019);
        let india = yoy.iter().find(|r| r.entity == "india").unwrap();
        let (a, b) = (issued(&e, "india", "H-1B", 2021).unwrap(), issued(&e, "india", "H-1B", 2020).unwrap());
        assert!((india.value - (a / b - 1.0) * 100.0).abs() < 1e-9);
        // Region groups: each the sum of its nationalities; together every nationality.
        let groups = ranking_dataset(&e, &["H-1B".into()], true);
        let all: f64 = rank_origins(&groups, 2023, Mode::Abs, 2019).iter().map(|r| r.count).sum();
        let each: f64 = rank_origins(&ds, 2023, Mode::Abs, 2019).iter().map(|r| r.count).sum();
        assert_eq!(all, each);
        assert_eq!(groups.series.len(), e.regions.len());
    }

    #[test]
    fn the_year_ranked_is_one_the_data_have() {
        assert_eq!(ranking_year(&[1997, 2024], None), Some(2024));
        assert_eq!(ranking_year(&[1997, 2024], Some(2010)), Some(2010));
        assert_eq!(ranking_year(&[1997, 2024], Some(1950)), Some(1997));
        assert_eq!(ranking_year(&[], Some(2010)), None);
    }
}
