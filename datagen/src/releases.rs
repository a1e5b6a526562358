//! When each source was published (`data-src/releases.toml`): every source of every data file is
//! dated from it, so cards can say "data as of …" and datapackage.json can give each resource's
//! `as_of`; and the data release itself (`version`, `created`). A source without a date stops the
//! pipeline: a new release of a source must be dated when it is dropped in.

use serde::Deserialize;
use std::path::Path;
use talent_flows_model::Source;

pub const FILE: &str = "data-src/releases.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    /// The data release, e.g. "2026.12".
    pub version: String,
    /// When it was made (YYYY-MM-DD): set by hand, so the data regenerate identically.
    pub created: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Dated {
    file: String,
    as_of: String,
    evidence: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Releases {
    pub release: Release,
    source: Vec<Dated>,
    /// The sources folder, where the workbooks' own dates are read.
    #[serde(skip)]
    folder: std::path::PathBuf,
}

fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    }
}

/// The save date a workbook records (docProps/core.xml, `dcterms:modified`), "YYYY-MM-DD".
fn workbook_saved(path: &Path) -> Option<String> {
    let file = std::fs::File::open(path).ok()?;
    let mut zip = zip::ZipArchive::new(file).ok()?;
    let mut core = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("docProps/core.xml").ok()?, &mut core).ok()?;
    let at = core.find("<dcterms:modified")?;
    let text = &core[at..];
    let start = text.find('>')? + 1;
    Some(text.get(start..start + 10)?.to_string())
}

impl Releases {
    pub fn load(sources: &Path) -> Result<Releases, String> {
        let text = std::fs::read_to_string(FILE).map_err(|e| format!("{FILE}: {e}"))?;
        let mut r: Releases = toml::from_str(&text).map_err(|e| format!("{FILE}: {e}"))?;
        r.folder = sources.to_path_buf();
        if !is_date(&r.release.created) || r.release.created.len() != 10 {
            return Err(format!("{FILE}: release.created {:?} is not YYYY-MM-DD", r.release.created));
        }
        for d in &r.source {
            if !is_date(&d.as_of) || d.evidence.trim().is_empty() {
                return Err(format!("{FILE}: {}: as_of {:?} must be YYYY[-MM[-DD]] with its evidence", d.file, d.as_of));
            }
        }
        Ok(r)
    }

    /// Dates every source; a source without an entry is an error. A publisher's workbook says
    /// when it was saved: its date must agree with that.
    pub fn date(&self, sources: &mut [Source]) -> Result<(), String> {
        for s in sources {
            let d = self.source.iter().find(|d| d.file == s.file).ok_or_else(|| format!("{FILE}: no date for the source {:?} (add a [[source]] entry)", s.file))?;
            if d.file.ends_with(".xlsx") {
                let saved = workbook_saved(&self.folder.join(&d.file)).ok_or_else(|| format!("{FILE}: {}: no save date in the workbook", d.file))?;
                if !saved.starts_with(&d.as_of) {
                    return Err(format!("{FILE}: {}: as_of {} but the workbook was saved {saved}", d.file, d.as_of));
                }
            }
            s.published = Some(d.as_of.clone());
        }
        Ok(())
    }
}

/// The latest of some sources' dates (dates as precise as known compare as text: "2025-07" is
/// later than "2025").
pub fn latest(sources: &[Source]) -> Option<String> {
    sources.iter().filter_map(|s| s.published.clone()).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_as_precise_as_known() {
        for ok in ["2024", "2023-06", "2021-01-25"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in ["", "24", "2023-6", "2023-06-1", "June 2023", "2023/06"] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
