//! Reusable pieces of the web shell. They read the shared state from context (`web::ctx`) and
//! change it only through `Ctx::update`, i.e. through the URL.

pub mod card_frame;
pub mod card_tools;
pub mod cite_dialog;
pub mod controls;
pub mod data_table;
pub mod figure_card;
pub mod notices;
pub mod picker;
pub mod policy_card;
pub mod rank_controls;
pub mod sources_panel;
