//! Data: the file format (shared with the pipeline), the package index, and (in the browser) loading.

pub mod explorer;
pub mod model;
pub mod package;
pub mod statements;
pub mod texts;
#[cfg(target_arch = "wasm32")]
pub mod loader;

pub use model::{Cell, Dataset, Erratum, Kind, Label, Period, Point, Series, Source, Text};
