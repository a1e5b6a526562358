//! What a run of the pipeline changed in `data/`, printed by `make data` for the reviewer: per data
//! file, the years it now covers against before, the series added or gone, and how many values were
//! revised. The same comparison a reviewer would make by reading `git diff data/`, in a few lines.

use std::path::Path;
use talent_flows_model::Dataset;

/// One line per data file that changed (empty when nothing did).
pub fn lines(out: &Path, datasets: &[Dataset]) -> Vec<String> {
    datasets.iter().filter_map(|new| line(&std::fs::read_to_string(out.join(format!("{}.json", new.name))).ok(), new)).collect()
}

fn span(d: &Dataset) -> String {
    match d.coverage() {
        Some([a, b]) => format!("{a}–{b}"),
        None => "no data".into(),
    }
}

fn line(old: &Option<String>, new: &Dataset) -> Option<String> {
    let Some(old) = old.as_ref().and_then(|t| serde_json::from_str::<Dataset>(t).ok()) else {
        return Some(format!("{}: new ({}, {} series)", new.name, span(new), new.series.len()));
    };
    let mut parts = Vec::new();
    if span(&old) != span(new) {
        parts.push(format!("years {} → {}", span(&old), span(new)));
    }
    let added = new.series.iter().filter(|s| old.series(&s.entity, &s.category).is_none()).count();
    let gone = old.series.iter().filter(|s| new.series(&s.entity, &s.category).is_none()).count();
    if added > 0 {
        parts.push(format!("{added} series added"));
    }
    if gone > 0 {
        parts.push(format!("{gone} series gone"));
    }
    // Values of years both files have: revised when they differ (a gap filled counts too).
    let mut revised = 0;
    for s in &new.series {
        let Some(o) = old.series(&s.entity, &s.category) else { continue };
        for (i, y) in new.years.iter().enumerate() {
            if let Some(j) = old.year_index(*y) {
                // (serde_json reads floats back to within a unit in the last place.)
                let same = match (o.values[j], s.values[i]) {
                    (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
                    (a, b) => a == b,
                };
                if !same {
                    revised += 1;
                }
            }
        }
    }
    if revised > 0 {
        parts.push(format!("{revised} values revised"));
    }
    let gaps = |d: &Dataset| d.series.iter().map(|s| s.gaps.clone()).collect::<Vec<_>>();
    if parts.is_empty() && (old.notes != new.notes || old.sources != new.sources || old.errata.len() != new.errata.len() || gaps(&old) != gaps(new)) {
        parts.push("notes, sources, errata or gap reasons changed".into());
    }
    (!parts.is_empty()).then(|| format!("{}: {}", new.name, parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_flows_model::{Kind, Series};

    fn ds(years: Vec<i32>, values: Vec<Option<f64>>) -> Dataset {
        Dataset { name: "x".into(), years, sources: vec![], series: vec![Series::new("CN", "total", Kind::Primary, 0, values)], ..Default::default() }
    }

    #[test]
    fn says_what_changed() {
        let old = serde_json::to_string(&ds(vec![2023, 2024], vec![Some(1.0), Some(2.0)])).unwrap();
        let new = ds(vec![2023, 2024, 2025], vec![Some(1.0), Some(2.5), Some(3.0)]);
        assert_eq!(line(&Some(old.clone()), &new).as_deref(), Some("x: years 2023–2024 → 2023–2025; 1 values revised"));
        assert_eq!(line(&Some(old), &ds(vec![2023, 2024], vec![Some(1.0), Some(2.0)])), None, "nothing changed");
        assert_eq!(line(&None, &new).as_deref(), Some("x: new (2023–2025, 1 series)"));
    }
}
