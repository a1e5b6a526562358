//! Overview: tables 2 and 3 of the report as comparisons of two years (the six findings above
//! them are `findings`). Table 2 is the page's first chart: the build draws it into the static
//! first screen (`prerender`).

use super::*;

pub const TABLE_2: Figure = Figure {
    id: "overview-table-2",
    resource: "work_and_green_cards",
    title: t(
        "表 2 疫情前后美国向中国、欧洲、印度颁发非移民工作签证及职业类移民签证数量",
        "Table 2: work visas and employment green cards issued to citizens of China, Europe and India, before and after COVID",
    ),
    refs: t("表 2", "table 2"),
    note: None,
    family: Family::Compare(Compare { entities: &["CN", "EU", "IN", "ALL"], years: (2019, 2023) }),
};

pub const TABLE_3: Figure = Figure {
    id: "overview-table-3",
    resource: "students",
    title: t("表 3 中国、欧洲主要国家、印度在美留学人数及变化", "Table 3: students from China, the main European countries and India in the US"),
    refs: t("表 3", "table 3"),
    note: None,
    family: Family::Compare(Compare { entities: &["CN", "E3", "IN", "ALL"], years: (2019, 2022) }),
};

pub const FIGURES: &[Figure] = &[TABLE_2, TABLE_3];
