//! The report's stated numbers (`data-src/report_statements.toml`), checked against the datasets.
//! A statement that disagrees with the primary value becomes an erratum; one that agrees confirms it.

use serde::Deserialize;
use std::path::Path;
use talent_flows::data::{Dataset, Erratum, Text};

#[derive(Debug, Deserialize)]
pub struct Statements {
    pub statement: Vec<Statement>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Statement {
    pub dataset: String,
    pub entity: String,
    pub category: String,
    pub year: i32,
    pub value: f64,
    pub location: Text,
    pub quote: String,
    /// Why the report's number differs from the primary one; present exactly when it does.
    pub cause: Option<Text>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn load(path: &Path, report: &str) -> Result<Vec<Statement>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let parsed: Statements = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let report = squash(report);
    for s in &parsed.statement {
        if !report.contains(&squash(&s.quote)) {
            return Err(format!("quote not found verbatim in the report: {:?}", s.quote));
        }
    }
    Ok(parsed.statement)
}

/// Compares every statement about `ds` with its values and attaches the mismatches as errata.
pub fn attach_errata(ds: &mut Dataset, statements: &[Statement]) -> Result<(), String> {
    for s in statements.iter().filter(|s| s.dataset == ds.name) {
        let primary = ds
            .value(&s.entity, &s.category, s.year)
            .ok_or_else(|| format!("{}: no value for {}/{} {} to check {:?}", ds.name, s.entity, s.category, s.year, s.quote))?;
        let differs = (primary - s.value).abs() > 1e-9;
        match (&s.cause, differs) {
            (Some(cause), true) => ds.errata.push(Erratum {
                entity: s.entity.clone(),
                category: s.category.clone(),
                year: s.year,
                primary,
                report: s.value,
                location: s.location.clone(),
                quote: s.quote.clone(),
                cause: cause.clone(),
            }),
            (None, true) => {
                return Err(format!(
                    "{} {}/{} {}: report says {}, primary table {}; add a `cause` to the statement",
                    ds.name, s.entity, s.category, s.year, s.value, primary
                ))
            }
            (Some(_), false) => {
                return Err(format!("{} {}/{} {}: has a `cause` but agrees with the table", ds.name, s.entity, s.category, s.year))
            }
            (None, false) => {}
        }
    }
    Ok(())
}
