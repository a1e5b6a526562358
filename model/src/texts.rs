//! Text resources: the report's policy tables (tables 1, 4, 5) and the dated events marked on
//! charts. Transcribed by hand in `data-src/` and written to `data/` by the pipeline.

use super::model::{Source, Text};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Policies {
    pub name: String,
    pub title: Text,
    pub sources: Vec<Source>,
    pub notes: Vec<Text>,
    #[serde(rename = "table", alias = "tables")]
    pub tables: Vec<PolicyTable>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyTable {
    pub number: u32,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    pub columns: Vec<Text>,
    #[serde(rename = "row")]
    pub rows: Vec<PolicyRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyRow {
    pub cells: Vec<Text>,
}

impl Policies {
    pub fn validate(&self) -> Result<(), String> {
        for t in &self.tables {
            if let Some(r) = t.rows.iter().find(|r| r.cells.len() != t.columns.len()) {
                return Err(format!("table {}: a row has {} cells for {} columns", t.number, r.cells.len(), t.columns.len()));
            }
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Events {
    pub name: String,
    pub title: Text,
    pub sources: Vec<Source>,
    #[serde(rename = "event", alias = "events")]
    pub events: Vec<Event>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the report.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub label: Text,
    pub description: Text,
    pub quote: String,
    pub location: Text,
    pub views: Vec<String>,
}

impl Event {
    pub fn year(&self) -> Option<i32> {
        self.date.get(..4)?.parse().ok()
    }

    pub fn end_year(&self) -> Option<i32> {
        self.end.as_deref().and_then(|e| e.get(..4)?.parse().ok())
    }
}
