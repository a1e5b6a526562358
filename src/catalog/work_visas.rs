//! Work visas (figures 9–11, 18–20, 27–29, 37): China, Europe and India compared, then each
//! region's classes. Source: the State Department's NIV Detail Table, the report's definition.

use super::*;

pub const TOTALS: Figure = Figure::series(
    "work-visas-totals",
    "work_visas",
    t("中国、欧洲、印度公民获得的美国非移民工作签证", "US nonimmigrant work visas issued to citizens of China, Europe and India"),
    t("图 37", "figure 37"),
    Picks::Regions(Cats::Selected),
    Draw::Line,
)
.with_events("work-visas");

/// One region's classes, stacked: figures 10 (China), 19 (Europe), 28 (India).
const fn by_class(id: &'static str, region: &'static str, title: Phrase, refs: Phrase) -> Figure {
    Figure::series(id, "work_visas", title, refs, Picks::Categories { entity: region, categories: Cats::Selected }, Draw::Stacked).with_events("work-visas").of_region(region)
}

pub const BY_CLASS_CN: Figure = by_class("work-visas-by-class-CN", "CN", t("中国：按签证类别", "China: by visa class"), t("图 10、11", "figures 10, 11"));
pub const BY_CLASS_EU: Figure = by_class("work-visas-by-class-EU", "EU", t("欧洲：按签证类别", "Europe: by visa class"), t("图 19、20", "figures 19, 20"));
pub const BY_CLASS_IN: Figure = by_class("work-visas-by-class-IN", "IN", t("印度：按签证类别", "India: by visa class"), t("图 28、29", "figures 28, 29"));

pub const FIGURES: &[Figure] = &[TOTALS, BY_CLASS_CN, BY_CLASS_EU, BY_CLASS_IN];
