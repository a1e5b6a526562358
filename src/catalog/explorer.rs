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

/// Shown instead of the lines when the reader ranks (`layout=rank`, `layout=rank-groups`).
pub const RANK: Figure = Figure {
    id: "explorer-rank",
    resource: "niv_explorer",
    title: t("美国非移民签证签发量排名：{classes}", "US nonimmigrant visas issued, ranked: {classes}"),
    refs: t("超出报告范围", "beyond the report"),
    note: None,
    family: Family::ExplorerRank,
};

pub const FIGURES: &[Figure] = &[TOTALS, RANK];

/// The explorer's one card: a chart asked for by id (`chart=`, an embed), else the ranking where
/// the reader ranks (`layout`), else the lines.
pub fn shown(chart: Option<&str>, ranks: bool) -> &'static Figure {
    match chart {
        Some(id) if id == RANK.id => &RANK,
        Some(id) if id == TOTALS.id => &TOTALS,
        _ if ranks => &RANK,
        _ => &TOTALS,
    }
}
