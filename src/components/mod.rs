//! Reusable pieces of the web shell. They read the shared state from context and change it only
//! through `Ctx::update`, i.e. through the URL.

pub mod card_tools;
pub mod chart_card;
pub mod controls;
pub mod data_table;
pub mod notices;
pub mod ranked_chart;
pub mod series_chart;
pub mod sources_panel;
