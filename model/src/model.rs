//! The shape of every `data/*.json` file: what the pipeline (`datagen`) writes and the app reads.
//! One definition for both sides, so the format cannot drift.

use serde::{Deserialize, Serialize};

/// A text in both of the dashboard's languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Text { zh: zh.into(), en: en.into() }
    }
}

/// Where a number comes from: the publisher's own table, a press copy of it, only the report's text,
/// or computed by the pipeline from a number of the report's and the tables (each such value's
/// point says how, in its `note`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Primary,
    Press,
    Report,
    /// Not stated anywhere: exact arithmetic on the report's number and a table's (the report's
    /// total minus the table's parts).
    Derived,
}

impl Kind {
    pub fn primary() -> Kind {
        Kind::Primary
    }

    pub fn is_primary(&self) -> bool {
        *self == Kind::Primary
    }
}

/// How the years of a dataset are counted (US fiscal years end on 30 September).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    #[default]
    FiscalYear,
    CalendarYear,
    AcademicYear,
}

/// One publisher table (or report passage) that series point to by index.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub kind: Kind,
    pub publisher: Text,
    pub table: Text,
    /// The raw file under `../shared/sources/` the pipeline read, or the report file.
    pub file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When the publisher released it, as precisely as known (YYYY-MM-DD, YYYY-MM or YYYY): the
    /// "data as of" date (`data-src/releases.toml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

/// One line of numbers: an entity (region, country) and a category (visa class, level, `total`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub entity: String,
    pub category: String,
    pub kind: Kind,
    /// Index into [`Dataset::sources`].
    pub source: usize,
    /// Further tables some of its values add in (a total of Table V Part 2's EB-1 to EB-3 and
    /// Part 3's EB-5), as indexes into [`Dataset::sources`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more_sources: Vec<usize>,
    /// One value per entry of [`Dataset::years`]; `None` is a gap in the source, never a zero.
    #[serde(with = "values")]
    pub values: Vec<Option<f64>>,
    /// Values whose provenance differs from the series' own (a report value filling a gap in a
    /// primary series, a value derived from two others…), by year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Point>,
    /// Why a year has no value where the sources hold part of it (a total with one part missing),
    /// by year: said under any chart that draws the gap.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gaps: Vec<Gap>,
}

impl Series {
    /// A line of one table's values (`source`, an index into [`Dataset::sources`]), with no point
    /// or gap of its own yet.
    pub fn new(entity: &str, category: &str, kind: Kind, source: usize, values: Vec<Option<f64>>) -> Series {
        Series { entity: entity.into(), category: category.into(), kind, source, more_sources: vec![], values, points: vec![], gaps: vec![] }
    }
}

/// Why one year of a series is a gap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    pub year: i32,
    pub why: Text,
}

/// Provenance of a single value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub year: i32,
    pub kind: Kind,
    /// The report's sentence (for `report` values), verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Text>,
    /// How the value was obtained when it is not read directly (e.g. a difference of two stated totals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The report words it approximately ("约", "左右"): the value is as precise as the wording.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
}

/// A display name for an entity or category code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Label {
    pub code: String,
    pub name: Text,
}

/// A reference to one cell of a dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub entity: String,
    pub category: String,
    pub year: i32,
}

/// A number the report states that differs from the primary table. The app shows the primary value
/// and lists the report's beside it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Erratum {
    pub entity: String,
    pub category: String,
    pub year: i32,
    /// The cell itself, or a relation to `base` that the report states.
    #[serde(default, skip_serializing_if = "Measure::is_value")]
    pub measure: Measure,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Cell>,
    /// What the dashboard's data give for the same measure (the field keeps its first name).
    #[serde(with = "values::one")]
    pub primary: f64,
    /// What that value rests on: the publisher's table (`primary`), or, where a cell it reads is a
    /// press copy or the report's own number, that (`press`, `report`).
    #[serde(default = "Kind::primary", skip_serializing_if = "Kind::is_primary")]
    pub basis: Kind,
    #[serde(with = "values::one")]
    pub report: f64,
    /// Where the report says it: section and figure.
    pub location: Text,
    /// The report's sentence, verbatim (Chinese).
    pub quote: String,
    pub cause: Text,
}

/// What a stated number measures about its cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// The cell itself.
    #[default]
    Value,
    /// cell ÷ base × 100.
    PercentOf,
    /// (cell ÷ base − 1) × 100.
    Growth,
    /// cell ÷ base.
    Multiple,
    /// 1 = the largest value among the dataset's entities for that category and year.
    Rank,
    /// cell − base ("增加了 25.2 万人").
    Difference,
}

impl Measure {
    pub fn code(self) -> &'static str {
        match self {
            Measure::Value => "value",
            Measure::PercentOf => "percent_of",
            Measure::Growth => "growth",
            Measure::Multiple => "multiple",
            Measure::Rank => "rank",
            Measure::Difference => "difference",
        }
    }

    pub fn is_value(&self) -> bool {
        *self == Measure::Value
    }
}

/// A whole `data/<name>.json` file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub name: String,
    pub title: Text,
    pub unit: Text,
    /// Units of categories that differ from `unit` (a rate beside counts).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub category_units: Vec<CategoryUnit>,
    pub period: Period,
    /// Report figure numbers this dataset serves.
    pub figures: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<u32>,
    pub years: Vec<i32>,
    pub sources: Vec<Source>,
    pub notes: Vec<Text>,
    #[serde(default)]
    pub errata: Vec<Erratum>,
    /// Names of entity and category codes that the app does not know by itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<Label>,
    pub series: Vec<Series>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryUnit {
    pub category: String,
    pub unit: Text,
}

impl Dataset {
    /// Checks what serde cannot: lengths, indices and order. A file that parses but fails this is
    /// treated like a corrupt file (the chart shows an error, the page lives on).
    pub fn validate(&self) -> Result<(), String> {
        if self.years.is_empty() {
            return Err(format!("{}: no years", self.name));
        }
        if self.years.windows(2).any(|w| w[1] <= w[0]) {
            return Err(format!("{}: years are not strictly increasing", self.name));
        }
        if self.series.is_empty() {
            return Err(format!("{}: no series", self.name));
        }
        for s in &self.series {
            if s.values.len() != self.years.len() {
                return Err(format!("{}: series {}/{} has {} values for {} years", self.name, s.entity, s.category, s.values.len(), self.years.len()));
            }
            if s.source >= self.sources.len() {
                return Err(format!("{}: series {}/{} points to a missing source", self.name, s.entity, s.category));
            }
            if s.points.iter().any(|p| !self.years.contains(&p.year)) {
                return Err(format!("{}: series {}/{} has a point outside its years", self.name, s.entity, s.category));
            }
            if let Some(g) = s.gaps.iter().find(|g| self.years.iter().position(|y| *y == g.year).is_none_or(|i| s.values[i].is_some())) {
                return Err(format!("{}: series {}/{} says why {} is a gap, but it has a value there or no such year", self.name, s.entity, s.category, g.year));
            }
            if s.values.iter().flatten().any(|v| !v.is_finite()) {
                return Err(format!("{}: series {}/{} has a non-finite value", self.name, s.entity, s.category));
            }
        }
        Ok(())
    }

    /// Why a year of a series is a gap, where the data say.
    pub fn gap_why(&self, entity: &str, category: &str, year: i32) -> Option<&Text> {
        self.series(entity, category)?.gaps.iter().find(|g| g.year == year).map(|g| &g.why)
    }

    pub fn series(&self, entity: &str, category: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.entity == entity && s.category == category)
    }

    pub fn year_index(&self, year: i32) -> Option<usize> {
        self.years.iter().position(|&y| y == year)
    }

    pub fn value(&self, entity: &str, category: &str, year: i32) -> Option<f64> {
        let i = self.year_index(year)?;
        self.series(entity, category)?.values[i]
    }

    /// An erratum about the cell's own value (not about a relation to another cell).
    pub fn erratum(&self, entity: &str, category: &str, year: i32) -> Option<&Erratum> {
        self.errata.iter().find(|e| e.measure == Measure::Value && e.entity == entity && e.category == category && e.year == year)
    }

    pub fn point(&self, entity: &str, category: &str, year: i32) -> Option<&Point> {
        self.series(entity, category)?.points.iter().find(|p| p.year == year)
    }

    /// Whether the report words this value approximately ("约", "左右", "first exceeded").
    pub fn is_approx(&self, entity: &str, category: &str, year: i32) -> bool {
        self.point(entity, category, year).is_some_and(|p| p.approx)
    }

    /// The kind of one value: its point's if it has one, else its series'.
    pub fn kind_of(&self, entity: &str, category: &str, year: i32) -> Option<Kind> {
        let s = self.series(entity, category)?;
        Some(s.points.iter().find(|p| p.year == year).map(|p| p.kind).unwrap_or(s.kind))
    }

    pub fn unit_of(&self, category: &str) -> &Text {
        self.category_units.iter().find(|c| c.category == category).map(|c| &c.unit).unwrap_or(&self.unit)
    }

    pub fn label(&self, code: &str) -> Option<&Text> {
        self.labels.iter().find(|l| l.code == code).map(|l| &l.name)
    }

    /// The first and last year with any value.
    pub fn coverage(&self) -> Option<[i32; 2]> {
        let with_data: Vec<i32> = self.years.iter().enumerate().filter(|(i, _)| self.series.iter().any(|s| s.values[*i].is_some())).map(|(_, y)| *y).collect();
        Some([*with_data.first()?, *with_data.last()?])
    }

    /// When its newest source was published.
    pub fn as_of(&self) -> Option<&str> {
        self.sources.iter().filter_map(|s| s.published.as_deref()).max()
    }

    /// Parses and validates a data file's text.
    pub fn from_json(text: &str) -> Result<Dataset, String> {
        let ds: Dataset = serde_json::from_str(text).map_err(|e| e.to_string())?;
        ds.validate()?;
        Ok(ds)
    }
}

/// Writes whole numbers without a trailing `.0`, so the files stay small and read like the source.
mod values {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize)]
    #[serde(untagged)]
    enum Num {
        Int(i64),
        Float(f64),
    }

    fn num(v: f64) -> Num {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            Num::Int(v as i64)
        } else {
            Num::Float(v)
        }
    }

    pub fn serialize<S: Serializer>(values: &[Option<f64>], s: S) -> Result<S::Ok, S::Error> {
        let out: Vec<Option<Num>> = values.iter().map(|v| v.map(num)).collect();
        out.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Option<f64>>, D::Error> {
        Vec::<Option<f64>>::deserialize(d)
    }

    /// The same for a single number.
    pub mod one {
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
            super::num(*v).serialize(s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
            f64::deserialize(d)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Dataset {
        Dataset {
            name: "t".into(),
            title: Text::new("标题", "Title"),
            unit: Text::new("张", "visas"),
            category_units: vec![],
            period: Period::FiscalYear,
            figures: vec![37],
            tables: vec![],
            years: vec![2019, 2020, 2021],
            sources: vec![Source {
                kind: Kind::Primary,
                publisher: Text::new("美国国务院", "US Department of State"),
                table: Text::new("表", "Table"),
                file: "x.xlsx".into(),
                url: None,
                published: None,
            }],
            notes: vec![],
            errata: vec![],
            labels: vec![],
            series: vec![Series::new("CN", "total", Kind::Primary, 0, vec![Some(95818.0), None, Some(0.5)])],
        }
    }

    #[test]
    fn whole_numbers_are_written_without_decimals_and_gaps_as_null() {
        let json = serde_json::to_string(&sample().series[0]).unwrap();
        assert!(json.contains("[95818,null,0.5]"), "{json}");
    }

    #[test]
    fn round_trips_through_json() {
        let ds = sample();
        let back = Dataset::from_json(&serde_json::to_string(&ds).unwrap()).unwrap();
        assert_eq!(back, ds);
        assert_eq!(back.value("CN", "total", 2019), Some(95818.0));
        assert_eq!(back.value("CN", "total", 2020), None);
        assert_eq!(back.value("CN", "total", 1990), None);
    }

    #[test]
    fn validation_rejects_broken_files() {
        let cases: Vec<(&str, Box<dyn Fn(&mut Dataset)>)> = vec![
            ("length", Box::new(|d| d.series[0].values.pop().map(|_| ()).unwrap_or(()))),
            ("order", Box::new(|d| d.years = vec![2019, 2019, 2021])),
            ("source", Box::new(|d| d.series[0].source = 3)),
            ("empty", Box::new(|d| d.series.clear())),
            (
                "no years",
                Box::new(|d| {
                    d.years.clear();
                    d.series[0].values.clear();
                }),
            ),
        ];
        for (name, break_it) in cases {
            let mut ds = sample();
            break_it(&mut ds);
            assert!(ds.validate().is_err(), "case {name} should fail");
        }
        assert!(Dataset::from_json("{\"name\":").is_err());
        assert!(Dataset::from_json("{}").is_err());
    }
}
