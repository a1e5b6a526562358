//! Talent Flows: a bilingual dashboard of the CCG 2024 talent-mobility report.
//!
//! The pure core has no DOM calls and is tested natively; imports point one way, from the top:
//! `charts` (option builders) → `transform` (data → rows, tables, CSV) → `state` (URL ⇄ view
//! state) → `catalog` (every figure, declared once) → `i18n`, `data` (the file format). Beside
//! them: `labels`, `findings` (the overview's six findings), `page` (what the page and the app
//! agree on) and `prerender` (the static first screen, written at build time). The web shell,
//! `web` (wasm only), sits on top of all of it.

pub mod catalog;
pub mod charts;
pub mod cite;
pub mod data;
pub mod findings;
pub mod i18n;
pub mod labels;
pub mod page;
pub mod profile;
pub mod provenance;
pub mod state;
pub mod transform;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

#[cfg(target_arch = "wasm32")]
pub mod web;
