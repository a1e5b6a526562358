//! Employment-based green cards (figures 9, 12, 13, 18, 21, 27, 30, 31): EB-1, EB-2, EB-3 and EB-5
//! by region, and work visas plus green cards together. Primary tables stop in FY2018 for totals
//! and EB-5; the report's numbers fill the years after, marked as such.

use super::*;

pub const TOTALS: Figure = Figure::series(
    "green-cards-totals",
    "green_cards",
    t("中国、欧洲、印度公民获得的美国职业类移民签证", "US employment-based green cards for citizens of China, Europe and India"),
    t("图 12、21、30", "figures 12, 21, 30"),
    Picks::Regions(Cats::Selected),
    Draw::Line,
)
.with_events("green-cards");

pub const COMBINED: Figure = Figure::series(
    "green-cards-combined",
    "work_and_green_cards",
    t("非移民工作签证与职业类移民签证合计", "Work visas plus employment-based green cards"),
    t("图 9、18、27，表 2", "figures 9, 18, 27, table 2"),
    Picks::Regions(Cats::Fixed(&["total"])),
    Draw::Line,
)
.with_events("green-cards");

pub const BY_CATEGORY_CN: Figure = Figure::region_parts(
    "green-cards-by-category-CN",
    "green_cards",
    "CN",
    t("中国：按职业移民类别", "China: by preference category"),
    t("图 12、13", "figures 12, 13"),
    "green-cards",
);
pub const BY_CATEGORY_EU: Figure =
    Figure::region_parts("green-cards-by-category-EU", "green_cards", "EU", t("欧洲：按职业移民类别", "Europe: by preference category"), t("图 21", "figure 21"), "green-cards");
pub const BY_CATEGORY_IN: Figure = Figure::region_parts(
    "green-cards-by-category-IN",
    "green_cards",
    "IN",
    t("印度：按职业移民类别", "India: by preference category"),
    t("图 30、31", "figures 30, 31"),
    "green-cards",
);

pub const FIGURES: &[Figure] = &[TOTALS, COMBINED, BY_CATEGORY_CN, BY_CATEGORY_EU, BY_CATEGORY_IN];
