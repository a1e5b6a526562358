//! The shape of every `data/*.json` file: what the pipeline (`datagen`) writes and the app reads.
//! One definition for both sides, so the format cannot drift; a crate of its own, so the pipeline
//! does not compile the web app.

pub mod explorer;
pub mod model;
pub mod package;
pub mod statements;
pub mod texts;

pub use model::{Cell, Dataset, Erratum, Gap, Kind, Label, Measure, Period, Point, Series, Source, Text};
