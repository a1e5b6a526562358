//! Policy (tables 1, 4, 5): the report's policy tables, readable and searchable in both languages.
//! Titles come with the tables (`data/policies.json`); these are the cards' fallbacks.

use super::*;

const fn table(id: &'static str, number: u32, title: Phrase, refs: Phrase) -> Figure {
    Figure { id, resource: "policies", title, refs, note: None, family: Family::Policy { table: number } }
}

pub const TABLE_1: Figure = table("policy-table-1", 1, t("表 1", "Table 1"), t("表 1", "table 1"));
pub const TABLE_4: Figure = table("policy-table-4", 4, t("表 4", "Table 4"), t("表 4", "table 4"));
pub const TABLE_5: Figure = table("policy-table-5", 5, t("表 5", "Table 5"), t("表 5", "table 5"));

pub const FIGURES: &[Figure] = &[TABLE_1, TABLE_4, TABLE_5];
