//! One file per routed view; each reads like a page of the report: data, charts, filters, notes.

pub mod work_visas;
