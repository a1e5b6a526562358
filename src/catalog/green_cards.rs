//! Employment-based green cards (figures 9, 12, 13, 18, 21, 27, 30, 31): EB-1, EB-2, EB-3 and EB-5
//! by region, and work visas plus green cards together. Primary tables stop in FY2018 for totals
//! and EB-5; the report's numbers fill the years after, marked as such.

use super::*;

pub const TOTALS: Figure = Figure::series(
    "green-cards-totals",
    "green_cards",
    t("{regions}公民获得的美国职业类移民签证", "US employment-based green cards for citizens of {regions}"),
    t("图 12、21、30", "figures 12, 21, 30"),
    Picks::Regions(Cats::Selected),
    Draw::Line,
)
.with_events("green-cards")
.with_region_refs(&[("CN", t("图 12", "figure 12")), ("EU", t("图 21", "figure 21")), ("IN", t("图 30", "figure 30"))]);

pub const COMBINED: Figure = Figure::series(
    "green-cards-combined",
    "work_and_green_cards",
    t("非移民工作签证与职业类移民签证合计", "Work visas plus employment-based green cards"),
    t("图 9、18、27，表 2", "figures 9, 18, 27, table 2"),
    Picks::Regions(Cats::Fixed(&["total"])),
    Draw::Line,
)
.with_events("green-cards")
.with_region_refs(&[("CN", t("图 9，表 2", "figure 9, table 2")), ("EU", t("图 18，表 2", "figure 18, table 2")), ("IN", t("图 27，表 2", "figure 27, table 2"))]);

pub const BY_CATEGORY_CN: Figure = Figure::region_parts(
    "green-cards-by-category-CN",
    "green_cards",
    "CN",
    t("中国公民获得的美国职业类移民签证：按职业移民类别", "US employment-based green cards for citizens of China, by preference category"),
    t("图 12、13", "figures 12, 13"),
    "green-cards",
);
pub const BY_CATEGORY_EU: Figure =
    Figure::region_parts("green-cards-by-category-EU", "green_cards", "EU", t("欧洲公民获得的美国职业类移民签证：按职业移民类别", "US employment-based green cards for citizens of Europe, by preference category"), t("图 21", "figure 21"), "green-cards").with_note(t(
        "报告图 21 按类别拆分欧洲的职业类移民签证，但正文和已找到的原始表格都没有给出各类别的数字：签证办公室的分地区表格只有 EB-5 和合计（2010–2018 财年）。报告正文称 EB-1 和 EB-2 为欧洲申请人首选，EB-5 占比不足 2%。",
        "The report's figure 21 splits Europe's employment green cards by category, but neither its text nor any primary table found gives the numbers: the Visa Office's regional table has only EB-5 and the total (FY2010–2018). The report's text says EB-1 and EB-2 lead for Europeans and EB-5 is under 2%.",
    ));
pub const BY_CATEGORY_IN: Figure = Figure::region_parts(
    "green-cards-by-category-IN",
    "green_cards",
    "IN",
    t("印度公民获得的美国职业类移民签证：按职业移民类别", "US employment-based green cards for citizens of India, by preference category"),
    t("图 30、31", "figures 30, 31"),
    "green-cards",
);

pub const FIGURES: &[Figure] = &[TOTALS, COMBINED, BY_CATEGORY_CN, BY_CATEGORY_EU, BY_CATEGORY_IN];
