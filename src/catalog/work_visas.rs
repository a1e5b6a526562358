//! Work visas (figures 9–11, 18–20, 27–29, 37): China, Europe and India compared, then each
//! region's classes. Source: the State Department's NIV Detail Table, the report's definition.

use super::*;

pub const TOTALS: Figure = Figure::series(
    "work-visas-totals",
    "work_visas",
    t("{regions}公民获得的美国非移民工作签证", "US nonimmigrant work visas issued to citizens of {regions}"),
    t("图 37", "figure 37"),
    Picks::Regions(Cats::Selected),
    Draw::Line,
)
.with_events("work-visas");

pub const BY_CLASS_CN: Figure = Figure::region_parts(
    "work-visas-by-class-CN",
    "work_visas",
    "CN",
    t("中国公民获得的美国非移民工作签证：按签证类别", "US nonimmigrant work visas issued to citizens of China, by visa class"),
    t("图 10、11", "figures 10, 11"),
    "work-visas",
);
pub const BY_CLASS_EU: Figure = Figure::region_parts(
    "work-visas-by-class-EU",
    "work_visas",
    "EU",
    t("欧洲公民获得的美国非移民工作签证：按签证类别", "US nonimmigrant work visas issued to citizens of Europe, by visa class"),
    t("图 19、20", "figures 19, 20"),
    "work-visas",
);
pub const BY_CLASS_IN: Figure = Figure::region_parts(
    "work-visas-by-class-IN",
    "work_visas",
    "IN",
    t("印度公民获得的美国非移民工作签证：按签证类别", "US nonimmigrant work visas issued to citizens of India, by visa class"),
    t("图 28、29", "figures 28, 29"),
    "work-visas",
);

pub const FIGURES: &[Figure] = &[TOTALS, BY_CLASS_CN, BY_CLASS_EU, BY_CLASS_IN];
