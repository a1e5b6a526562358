//! `data/datapackage.json`: a Frictionless Data Package describing every data file.

use super::model::{Source, Text};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataPackage {
    pub profile: String,
    pub name: String,
    /// The data release (e.g. "2026.12").
    #[serde(default)]
    pub version: String,
    /// When the release was made (YYYY-MM-DD).
    #[serde(default)]
    pub created: String,
    pub title: Text,
    pub description: Text,
    pub licenses: Vec<License>,
    pub resources: Vec<Resource>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct License {
    pub name: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub name: String,
    pub path: String,
    /// How the file is laid out: `series` (a [`crate::Dataset`]), `explorer`
    /// ([`crate::explorer::Explorer`]), `errata`, or `tables` (text tables).
    pub shape: String,
    pub format: String,
    pub mediatype: String,
    pub title: Text,
    pub description: Text,
    pub figures: Vec<u32>,
    #[serde(default)]
    pub tables: Vec<u32>,
    pub sources: Vec<Source>,
    pub notes: Vec<Text>,
    /// When its newest source was published (YYYY[-MM[-DD]]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// The first and last year with any value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coverage: Option<[i32; 2]>,
    /// The long ("tidy") form of the file: one row per entity × category × year.
    pub schema: Schema,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Schema {
    pub fields: Vec<Field>,
    #[serde(rename = "missingValues")]
    pub missing_values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraints: Option<Constraints>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Constraints {
    #[serde(rename = "enum")]
    pub allowed: Vec<String>,
}
