//! `data/niv_explorer.json`: the whole NIV Detail Table (every nationality × every visa class,
//! FY1997–2024) in a compact columnar form, loaded only by the explorer view.

use super::model::{Source, Text};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Explorer {
    pub name: String,
    pub title: Text,
    pub unit: Text,
    pub years: Vec<i32>,
    pub sources: Vec<Source>,
    pub notes: Vec<Text>,
    /// The State Department's region blocks, in its order.
    pub regions: Vec<String>,
    /// Their names in both languages; each is also a group to pick (`group-<slug>`: its
    /// nationalities together).
    #[serde(default)]
    pub region_labels: Vec<Text>,
    pub nationalities: Vec<Nationality>,
    /// Visa classes as the table spells them up to FY2021 ("H-1B"); later sheets drop the hyphen.
    pub classes: Vec<String>,
    /// For each class, the indices of the years whose sheet has a column for it.
    pub class_years: Vec<Vec<usize>>,
    /// One row per nationality × class with any issuance: `[nationality, class, values…]` where
    /// values follow `years`; `null` = that nationality or class is not in that year's sheet.
    /// Pairs that are zero in every year are left out (they are zeros, not gaps: see `total`).
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Nationality {
    /// A URL-safe code derived from the table's latest spelling ("china-mainland").
    pub code: String,
    /// The codes of its earlier spellings, which links may carry ("swaziland" for Eswatini).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The table's latest spelling ("China - mainland").
    pub name: String,
    /// Every spelling the table has used, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// The country's name in both languages (data-src/countries.toml).
    #[serde(default)]
    pub label: Text,
    /// Index into `regions`.
    pub region: usize,
    /// Indices of the years whose sheet has a row for it.
    pub years: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row(pub usize, pub usize, pub Vec<Option<f64>>);

/// Adds `values` to `sum` year by year, as a group's total is made: a year is a gap only where
/// every part is.
pub fn add_into(sum: &mut [Option<f64>], values: &[Option<f64>]) {
    for (o, v) in sum.iter_mut().zip(values) {
        if let Some(v) = v {
            *o = Some(o.unwrap_or(0.0) + v);
        }
    }
}

/// Group codes start so (`group-europe`).
pub const GROUP_PREFIX: &str = "group-";

/// "China - mainland" → "china-mainland"; "Korea, South" → "korea-south".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

impl Explorer {
    pub fn validate(&self) -> Result<(), String> {
        for Row(n, c, v) in &self.rows {
            if *n >= self.nationalities.len() || *c >= self.classes.len() || v.len() != self.years.len() {
                return Err(format!("niv_explorer: bad row ({n}, {c}, {} values)", v.len()));
            }
        }
        if self.class_years.len() != self.classes.len() {
            return Err("niv_explorer: class_years does not match classes".into());
        }
        if self.nationalities.iter().any(|n| n.region >= self.regions.len()) {
            return Err("niv_explorer: nationality in an unknown region".into());
        }
        Ok(())
    }

    pub fn nationality(&self, code: &str) -> Option<usize> {
        self.nationalities.iter().position(|n| n.code == code || n.aliases.iter().any(|a| a == code))
    }

    /// The region block of a group code (`group-europe`).
    pub fn group(&self, code: &str) -> Option<usize> {
        let slug = code.strip_prefix(GROUP_PREFIX)?;
        self.regions.iter().position(|r| self::slug(r) == slug)
    }

    /// The group code of region block `i`.
    pub fn group_code(&self, i: usize) -> String {
        format!("{GROUP_PREFIX}{}", slug(&self.regions[i]))
    }

    /// A nationality's or a group's issuances over the chosen classes, per year: a group's is the
    /// sum over its nationalities, a gap where none of them is in that year's sheet.
    pub fn total_of(&self, code: &str, classes: &[usize]) -> Option<Vec<Option<f64>>> {
        if let Some(n) = self.nationality(code) {
            return Some(self.total(n, classes));
        }
        let g = self.group(code)?;
        let mut out = vec![None; self.years.len()];
        for (n, _) in self.nationalities.iter().enumerate().filter(|(_, x)| x.region == g) {
            add_into(&mut out, &self.total(n, classes));
        }
        Some(out)
    }

    /// Every nationality's [`total`](Self::total) over the chosen classes, in one pass over the
    /// rows (a ranking needs them all, and the explorer's play button asks again every second).
    pub fn totals(&self, classes: &[usize]) -> Vec<Vec<Option<f64>>> {
        let chosen: Vec<usize> = if classes.is_empty() { (0..self.classes.len()).collect() } else { classes.to_vec() };
        let listed_years: Vec<bool> = (0..self.years.len()).map(|y| chosen.iter().any(|&c| self.class_years.get(c).is_some_and(|ys| ys.contains(&y)))).collect();
        let mut out: Vec<Vec<Option<f64>>> =
            self.nationalities.iter().map(|nat| (0..self.years.len()).map(|y| (listed_years[y] && nat.years.contains(&y)).then_some(0.0)).collect()).collect();
        for Row(n, c, v) in &self.rows {
            if !(classes.is_empty() || classes.contains(c)) {
                continue;
            }
            let Some(o) = out.get_mut(*n) else { continue };
            for (o, x) in o.iter_mut().zip(v) {
                if let (Some(acc), Some(x)) = (o.as_mut(), x) {
                    *acc += x;
                }
            }
        }
        out
    }

    /// The name of a nationality or group code.
    pub fn label_of(&self, code: &str) -> Option<Text> {
        if let Some(n) = self.nationality(code) {
            return Some(self.nationalities[n].label.clone());
        }
        let g = self.group(code)?;
        self.region_labels.get(g).cloned()
    }

    pub fn class(&self, name: &str) -> Option<usize> {
        self.classes.iter().position(|c| c.eq_ignore_ascii_case(name))
    }

    /// Issuances to one nationality summed over the chosen classes (all classes when empty), per
    /// year. A year is a gap when that year's sheet has no row for the nationality or no column for
    /// any chosen class; otherwise it is a number (zero when the sheet says zero).
    pub fn total(&self, nationality: usize, classes: &[usize]) -> Vec<Option<f64>> {
        let chosen: Vec<usize> = if classes.is_empty() { (0..self.classes.len()).collect() } else { classes.to_vec() };
        let Some(nat) = self.nationalities.get(nationality) else { return vec![None; self.years.len()] };
        let mut out: Vec<Option<f64>> = (0..self.years.len())
            .map(|y| {
                let listed = nat.years.contains(&y) && chosen.iter().any(|&c| self.class_years.get(c).is_some_and(|ys| ys.contains(&y)));
                listed.then_some(0.0)
            })
            .collect();
        for Row(n, c, v) in &self.rows {
            if *n != nationality || !(classes.is_empty() || classes.contains(c)) {
                continue;
            }
            for (o, x) in out.iter_mut().zip(v) {
                if let (Some(acc), Some(x)) = (o.as_mut(), x) {
                    *acc += x;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("China - mainland"), "china-mainland");
        assert_eq!(slug("Korea, South"), "korea-south");
        assert_eq!(slug("Cote d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slug("Bosnia-Herzegovina"), "bosnia-herzegovina");
    }

    #[test]
    fn totals_sum_chosen_classes_and_keep_gaps() {
        let e = Explorer {
            name: "niv_explorer".into(),
            title: Text::default(),
            unit: Text::default(),
            years: vec![2000, 2001, 2002],
            sources: vec![],
            notes: vec![],
            regions: vec!["Asia".into()],
            // The nationality is in the 2000 and 2001 sheets; F-1 is a column in 2000–2002 but always zero.
            nationalities: vec![Nationality {
                code: "x".into(),
                aliases: vec!["old-x".into()],
                name: "X".into(),
                names: vec![],
                label: Text::new("艾克斯", "X"),
                region: 0,
                years: vec![0, 1],
            }],
            region_labels: vec![Text::new("亚洲", "Asia")],
            classes: vec!["H-1B".into(), "J-1".into(), "F-1".into()],
            class_years: vec![vec![0, 1, 2], vec![0], vec![0, 1, 2]],
            rows: vec![Row(0, 0, vec![Some(1.0), Some(2.0), None]), Row(0, 1, vec![Some(10.0), None, None])],
        };
        assert_eq!(e.total(0, &[0, 1]), vec![Some(11.0), Some(2.0), None]);
        assert_eq!(e.total(0, &[]), vec![Some(11.0), Some(2.0), None]);
        // Zero is zero, not a gap; a year without the nationality's row is a gap.
        assert_eq!(e.total(0, &[2]), vec![Some(0.0), Some(0.0), None]);
        // J-1 has no column in 2001: alone, that year is a gap.
        assert_eq!(e.total(0, &[1]), vec![Some(10.0), None, None]);
        assert_eq!(e.class("h-1b"), Some(0));
        // An earlier spelling's code, and the region as a group.
        assert_eq!(e.nationality("old-x"), Some(0));
        assert_eq!(e.total_of("group-asia", &[0, 1]), Some(vec![Some(11.0), Some(2.0), None]));
        assert_eq!(e.label_of("group-asia").map(|t| t.zh), Some("亚洲".into()));
        assert!(e.validate().is_ok());
        for classes in [vec![], vec![0], vec![1], vec![2], vec![0, 1]] {
            assert_eq!(e.totals(&classes), vec![e.total(0, &classes)], "{classes:?}");
        }
    }
}
