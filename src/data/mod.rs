//! Data: the file format (shared with the pipeline), the package index, and (in the browser) loading.

pub mod model;
pub mod package;
#[cfg(target_arch = "wasm32")]
pub mod loader;

pub use model::{Dataset, Erratum, Kind, Period, Series, Source, Text};
