//! Data: the file format (the `talent_flows_model` crate, shared with the pipeline). The browser
//! loads files in the web shell (`web::loader`).

pub use talent_flows_model::*;
