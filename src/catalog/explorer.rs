//! Visa explorer (beyond the report): any nationalities × any visa classes, FY1997–2024, from the
//! whole NIV Detail Table. Its title names the chosen classes (`charts::figure`).

use super::*;

pub const TOTALS: Figure = Figure {
    id: "explorer-totals",
    resource: "niv_explorer",
    title: t("美国非移民签证签发量：{classes}", "US nonimmigrant visas issued: {classes}"),
    refs: t("超出报告范围", "beyond the report"),
    note: None,
    family: Family::Explorer,
};

pub const FIGURES: &[Figure] = &[TOTALS];
