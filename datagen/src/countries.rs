//! Country names (`data-src/countries.toml`): ISO 3166 alpha-3 code → Chinese and English short name,
//! UN M49 numeric code and other spellings the sources use. Every dataset keyed by country attaches
//! labels from here, and a code without a name is an error (no silent gaps in the legend).

use crate::common;
use crate::common::same_name;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use talent_flows_model::Dataset;

pub const FILE: &str = "data-src/countries.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub m49: Option<u32>,
    /// Other spellings in the sources (World Bank–KNOMAD sheets).
    #[serde(default)]
    pub names: Vec<String>,
}

pub struct Countries {
    map: BTreeMap<String, Country>,
}

impl Countries {
    pub fn load() -> Result<Countries, String> {
        let text = std::fs::read_to_string(Path::new(FILE)).map_err(|e| format!("{FILE}: {e}"))?;
        let map: BTreeMap<String, Country> = toml::from_str(&text).map_err(|e| format!("{FILE}: {e}"))?;
        Ok(Countries { map })
    }

    pub fn get(&self, code: &str) -> Option<&Country> {
        self.map.get(code)
    }

    /// The ISO code of a UN M49 numeric country code (UN DESA tables).
    pub fn by_m49(&self, m49: u32) -> Option<&str> {
        self.map.iter().find(|(_, c)| c.m49 == Some(m49)).map(|(k, _)| k.as_str())
    }

    /// The ISO code of a country name as the World Bank spells it.
    pub fn by_name(&self, name: &str) -> Option<&str> {
        self.map.iter().find(|(_, c)| same_name(&c.en, name) || c.names.iter().any(|n| same_name(n, name))).map(|(k, _)| k.as_str())
    }

    /// "墨西哥→美国" / "Mexico → United States" for a corridor code `MEX>USA`.
    pub fn corridor_name(&self, code: &str) -> Option<(String, String)> {
        let (a, b) = code.split_once('>')?;
        let (a, b) = (self.get(a)?, self.get(b)?);
        Some((format!("{}→{}", a.zh, b.zh), format!("{} → {}", a.en, b.en)))
    }

    /// Labels every entity of `ds`: ISO codes and corridors from the table, `WLD` as the world,
    /// other codes from `extra`. An entity left without a name is an error.
    pub fn label(&self, ds: &mut Dataset, extra: &[(&str, &str, &str)]) -> Result<(), String> {
        let mut entities: Vec<String> = Vec::new();
        for s in &ds.series {
            if !entities.contains(&s.entity) {
                entities.push(s.entity.clone());
            }
        }
        for e in entities {
            if let Some(&(_, zh, en)) = extra.iter().find(|x| x.0 == e) {
                common::label(ds, &e, zh, en);
            } else if e == "WLD" {
                common::label(ds, "WLD", "世界", "World");
            } else if let Some(c) = self.get(&e) {
                let (zh, en) = (c.zh.clone(), c.en.clone());
                common::label(ds, &e, &zh, &en);
            } else if let Some((zh, en)) = self.corridor_name(&e) {
                common::label(ds, &e, &zh, &en);
            } else {
                return Err(format!("{}: no name for entity {e:?} in {FILE}", ds.name));
            }
        }
        Ok(())
    }
}
