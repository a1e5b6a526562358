//! `data/errata.json`: every place the report's text disagrees with the primary data, across all
//! datasets, with both values, the quote and the likely cause; plus how many statements agreed.

use crate::statements::Tally;
use serde::Serialize;
use talent_flows_model::{Dataset, Erratum};

#[derive(Serialize)]
pub struct Errata<'a> {
    pub summary: &'a Tally,
    pub errata: Vec<Entry<'a>>,
}

#[derive(Serialize)]
pub struct Entry<'a> {
    pub dataset: &'a str,
    #[serde(flatten)]
    pub erratum: &'a Erratum,
}

pub fn build<'a>(datasets: &'a [Dataset], tally: &'a Tally) -> Errata<'a> {
    Errata { summary: tally, errata: datasets.iter().flat_map(|d| d.errata.iter().map(move |e| Entry { dataset: &d.name, erratum: e })).collect() }
}
