//! The report's stated numbers (transcribed in `data-src/statements/*.toml`) and how each is
//! checked against a dataset. Shared by the pipeline, which turns disagreements into errata and fills
//! report-only cells, and by the native tests, which re-check the committed data.

use super::model::{Cell, Dataset, Measure, Text};
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub dataset: String,
    pub entity: String,
    pub category: String,
    pub year: i32,
    #[serde(default)]
    pub measure: Measure,
    pub value: f64,
    /// The report's precision in the measure's unit; by default the last digit of `value`.
    #[serde(default)]
    pub rounding: Option<f64>,
    #[serde(default)]
    pub base: Option<Cell>,
    /// Entities left out when ranking (aggregates such as the world).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// The report words it approximately ("约", "左右", "近"): it agrees within a whole rounding
    /// unit or 5 %, whichever is larger.
    #[serde(default)]
    pub approx: bool,
    /// The report states a bound, not a value: `max` for "不足/低于/少于" (at most), `min` for
    /// "超过/以上/逾" (at least).
    #[serde(default)]
    pub bound: Option<Bound>,
    pub location: Text,
    pub quote: String,
    #[serde(default)]
    pub cause: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Max,
    Min,
}

#[derive(Debug, Deserialize)]
pub struct StatementFile {
    #[serde(default)]
    pub statement: Vec<Statement>,
}

/// Entity codes that are sums of others, never ranked.
pub const AGGREGATES: &[&str] = &["WLD", "WORLD", "ALL", "E3", "EU27"];

impl Statement {
    /// The report's precision: `rounding`, or else the last stated digit of `value`.
    pub fn rounding(&self) -> f64 {
        self.rounding.unwrap_or_else(|| {
            let v = self.value.abs();
            (0..6).map(|k| 10f64.powi(-k)).find(|step| ((v / step).round() * step - v).abs() < 1e-9).unwrap_or(1e-6)
        })
    }

    /// How far the computed value may be from the stated one: half the last digit, or for
    /// approximate wording a whole rounding unit or 5 %.
    pub fn tolerance(&self) -> f64 {
        let slack = 1e-9 * self.value.abs().max(1.0);
        if self.approx {
            self.rounding().max(0.05 * self.value.abs()) + slack
        } else {
            self.rounding() / 2.0 + slack
        }
    }

    /// The statement's measure computed from the dataset; `None` when a needed value is missing.
    /// An entity `A+B` is the sum of A and B ("美国和英国合计占 24.3%").
    pub fn compute(&self, ds: &Dataset) -> Option<f64> {
        let value = |e: &str, c: &str, y: i32| -> Option<f64> { e.split('+').map(|part| ds.value(part, c, y)).sum() };
        let cell = value(&self.entity, &self.category, self.year)?;
        let base = || {
            let b = self.base.as_ref()?;
            value(&b.entity, &b.category, b.year).filter(|v| *v != 0.0)
        };
        match self.measure {
            Measure::Value => Some(cell),
            Measure::PercentOf => Some(cell / base()? * 100.0),
            Measure::Growth => Some((cell / base()? - 1.0) * 100.0),
            Measure::Multiple => Some(cell / base()?),
            Measure::Difference => {
                let b = self.base.as_ref()?;
                Some(cell - value(&b.entity, &b.category, b.year)?)
            }
            Measure::Rank => {
                let i = ds.year_index(self.year)?;
                let above = ds
                    .series
                    .iter()
                    .filter(|s| s.category == self.category)
                    .filter(|s| !AGGREGATES.contains(&s.entity.as_str()) && !self.exclude.contains(&s.entity))
                    .filter_map(|s| s.values[i])
                    .filter(|v| *v > cell)
                    .count();
                Some(above as f64 + 1.0)
            }
        }
    }

    /// The cells this statement reads.
    pub fn cells(&self) -> Vec<Cell> {
        let mut v = vec![Cell { entity: self.entity.clone(), category: self.category.clone(), year: self.year }];
        v.extend(self.base.clone());
        v
    }

    /// True when a cell it reads is itself only an approximate report value ("约 25 万"): such a
    /// statement cannot be checked precisely, so a disagreement is not an erratum.
    pub fn rests_on_approximation(&self, ds: &Dataset) -> bool {
        self.cells().iter().any(|c| ds.point(&c.entity, &c.category, c.year).is_some_and(|p| p.approx))
    }

    pub fn agrees_with(&self, computed: f64) -> bool {
        match self.bound {
            Some(Bound::Max) => computed <= self.value + self.tolerance(),
            Some(Bound::Min) => computed >= self.value - self.tolerance(),
            None => (computed - self.value).abs() <= self.tolerance(),
        }
    }

    /// Whether it states a single value precisely enough to stand in for missing data.
    pub fn can_supply(&self) -> bool {
        self.measure == Measure::Value && self.bound.is_none() && !self.entity.contains('+')
    }

    pub fn describe(&self) -> String {
        format!("{} {}/{} {} {} = {}", self.dataset, self.entity, self.category, self.year, self.measure.code(), self.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Period, Series, Source};

    fn ds() -> Dataset {
        let s = |e: &str, v: Vec<Option<f64>>| Series::new(e, "total", Kind::Primary, 0, v);
        Dataset {
            name: "d".into(),
            period: Period::CalendarYear,
            years: vec![2000, 2020],
            sources: vec![Source { kind: Kind::Primary, publisher: Text::default(), table: Text::default(), file: String::new(), url: None, published: None }],
            series: vec![
                s("WLD", vec![Some(173_230_585.0), Some(280_598_105.0)]),
                s("USA", vec![Some(34_814_053.0), Some(50_632_836.0)]),
                s("DEU", vec![Some(8_992_631.0), Some(15_762_457.0)]),
            ],
            ..Default::default()
        }
    }

    fn st(toml_text: &str) -> Statement {
        let base = "dataset = \"d\"\nlocation = { zh = \"x\", en = \"x\" }\nquote = \"q\"\n";
        toml::from_str(&format!("{base}{toml_text}")).unwrap()
    }

    #[test]
    fn table_of_statements() {
        // (statement, computed, agrees)
        let cases = [
            ("entity = \"WLD\"\ncategory = \"total\"\nyear = 2020\nvalue = 281000000\nrounding = 1000000", Some(280_598_105.0), true),
            ("entity = \"WLD\"\ncategory = \"total\"\nyear = 2020\nvalue = 281000000", Some(280_598_105.0), false),
            (
                "entity = \"WLD\"\ncategory = \"total\"\nyear = 2020\nmeasure = \"growth\"\nvalue = 62.4\nbase = { entity = \"WLD\", category = \"total\", year = 2000 }",
                Some(61.98),
                false,
            ),
            (
                "entity = \"WLD\"\ncategory = \"total\"\nyear = 2020\nmeasure = \"growth\"\nvalue = 62.0\nbase = { entity = \"WLD\", category = \"total\", year = 2000 }",
                Some(61.98),
                true,
            ),
            (
                "entity = \"USA\"\ncategory = \"total\"\nyear = 2020\nmeasure = \"percent_of\"\nvalue = 18\nbase = { entity = \"WLD\", category = \"total\", year = 2020 }",
                Some(18.04),
                true,
            ),
            (
                "entity = \"USA\"\ncategory = \"total\"\nyear = 2020\nmeasure = \"multiple\"\nvalue = 1.45\nbase = { entity = \"USA\", category = \"total\", year = 2000 }",
                Some(1.454),
                true,
            ),
            ("entity = \"DEU\"\ncategory = \"total\"\nyear = 2020\nmeasure = \"rank\"\nvalue = 2", Some(2.0), true),
            ("entity = \"USA\"\ncategory = \"total\"\nyear = 2020\nmeasure = \"rank\"\nvalue = 1", Some(1.0), true),
            ("entity = \"FRA\"\ncategory = \"total\"\nyear = 2020\nvalue = 1", None, false),
            (
                "entity = \"USA+DEU\"\ncategory = \"total\"\nyear = 2020\nmeasure = \"percent_of\"\nvalue = 23.7\nbase = { entity = \"WLD\", category = \"total\", year = 2020 }",
                Some(23.66),
                true,
            ),
            (
                "entity = \"USA\"\ncategory = \"total\"\nyear = 2020\nmeasure = \"difference\"\nvalue = 15818783\nbase = { entity = \"USA\", category = \"total\", year = 2000 }",
                Some(15_818_783.0),
                true,
            ),
            ("entity = \"USA+FRA\"\ncategory = \"total\"\nyear = 2020\nvalue = 1", None, false),
        ];
        for (text, want, agrees) in cases {
            let s = st(text);
            let got = s.compute(&ds());
            match (got, want) {
                (Some(g), Some(w)) => assert!((g - w).abs() < 0.01, "{text}: {g} vs {w}"),
                (None, None) => {}
                _ => panic!("{text}: {got:?} vs {want:?}"),
            }
            assert_eq!(got.map(|g| s.agrees_with(g)).unwrap_or(false), agrees, "{text}");
        }
    }

    #[test]
    fn bounds_and_approximate_wording() {
        let s = |extra: &str| st(&format!("entity = \"USA\"\ncategory = \"total\"\nyear = 2020\n{extra}"));
        // "超过 5,100 万": at least 51 M — the data's 50.6 M does not reach it.
        let over = s("value = 51000000\nrounding = 100000\nbound = \"min\"");
        assert!(!over.agrees_with(50_632_836.0));
        assert!(over.agrees_with(52_000_000.0));
        // "不足 0.3%": at most.
        let under = s("value = 0.3\nbound = \"max\"");
        assert!(under.agrees_with(0.239));
        assert!(!under.agrees_with(0.41));
        assert!(!under.can_supply());
        // "26 万张左右" covers 253,929 … 270,087 (5 %), but not 240,000.
        let about = s("value = 260000\nrounding = 10000\napprox = true");
        assert!(about.agrees_with(270_087.0) && about.agrees_with(253_929.0));
        assert!(!about.agrees_with(240_000.0));
    }

    #[test]
    fn default_rounding_is_the_last_stated_digit() {
        let s = |v: &str| st(&format!("entity = \"WLD\"\ncategory = \"total\"\nyear = 2020\nvalue = {v}"));
        assert!((s("48338").tolerance() - 0.5).abs() < 1e-4);
        assert!((s("61.7").tolerance() - 0.05).abs() < 1e-4);
        assert!((s("76.67").tolerance() - 0.005).abs() < 1e-4);
    }
}
