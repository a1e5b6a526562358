//! Talent Flows: a bilingual dashboard of the CCG 2024 talent-mobility report.
//!
//! The pure core (`data`, `state`, `transform`, `charts` builders, `i18n`) has no DOM calls and is
//! tested natively; the web shell (`app`, `components`, `views`, `charts::echart`) only exists on wasm.

pub mod charts;
pub mod data;
pub mod findings;
pub mod i18n;
pub mod labels;
pub mod state;
pub mod transform;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod views;
