//! One file per routed view; each reads like a page of the report: data, charts, filters, notes.

pub mod china;
pub mod eb1a;
pub mod explorer;
pub mod global;
pub mod green_cards;
pub mod overview;
pub mod policy;
pub mod students;
pub mod work_visas;
