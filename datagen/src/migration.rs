//! (being written) datasets: see docs/datasets.md.

use std::path::Path;
use talent_flows::data::Dataset;

pub fn build(_sources: &Path) -> Result<Vec<Dataset>, String> {
    Ok(vec![])
}
