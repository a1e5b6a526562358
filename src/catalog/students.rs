//! Students in the US (figures 15–17, 23–26, 33–35, table 3): totals by place of origin, by
//! academic level, and F-1 visas. Sources: IIE Open Doors; State Department monthly reports.

use super::*;

pub const TOTALS: Figure = Figure::series(
    "students-totals",
    "students",
    t("在美国高校就读的{regions}学生", "Students from {regions} in US higher education"),
    t("图 15、23、24、33，表 3", "figures 15, 23, 24, 33, table 3"),
    Picks::Regions(Cats::Fixed(&["total"])),
    Draw::Line,
)
.with_events("students")
.with_region_refs(&[
    ("CN", t("图 15，表 3", "figure 15, table 3")),
    ("IN", t("图 33，表 3", "figure 33, table 3")),
    ("E3", t("图 23、24，表 3", "figures 23, 24, table 3")),
    ("GB", EUROPE_TOTALS_REFS),
    ("FR", EUROPE_TOTALS_REFS),
    ("DE", EUROPE_TOTALS_REFS),
]);

/// The UK's, France's and Germany's own numbers are in the report's figures of its "main European
/// countries"; table 3 gives only their sum.
const EUROPE_TOTALS_REFS: Phrase = t("图 23、24", "figures 23, 24");

pub const F1: Figure = Figure::series(
    "students-f1",
    "f1_visas",
    t("{regions}学生获得的美国 F-1 签证（自然年）", "US F-1 student visas, {regions} (calendar years)"),
    t("图 16、35", "figures 16, 35"),
    Picks::Regions(Cats::Fixed(&["F1"])),
    Draw::Bar,
)
.with_events("students")
.with_region_refs(&[("CN", t("图 16", "figure 16")), ("IN", t("图 35", "figure 35"))])
// Calendar years: the report's figures 16 and 35 run to 2023, where its data end.
.with_years(2018, 2023);

const EUROPE_REFS: Phrase = t("图 25、26", "figures 25, 26");
pub const BY_LEVEL_CN: Figure = Figure::region_parts(
    "students-by-level-CN",
    "students_by_level",
    "CN",
    t("在美国高校就读的中国学生：按教育层次", "Students from China in US higher education, by academic level"),
    t("图 17", "figure 17"),
    "students",
);
pub const BY_LEVEL_IN: Figure = Figure::region_parts(
    "students-by-level-IN",
    "students_by_level",
    "IN",
    t("在美国高校就读的印度学生：按教育层次", "Students from India in US higher education, by academic level"),
    t("图 34", "figure 34"),
    "students",
);
pub const BY_LEVEL_E3: Figure = Figure::region_parts(
    "students-by-level-E3",
    "students_by_level",
    "E3",
    t("在美国高校就读的英法德三国学生：按教育层次", "Students from the UK, France and Germany in US higher education, by academic level"),
    EUROPE_REFS,
    "students",
);
pub const BY_LEVEL_GB: Figure = Figure::region_parts(
    "students-by-level-GB",
    "students_by_level",
    "GB",
    t("在美国高校就读的英国学生：按教育层次", "Students from the United Kingdom in US higher education, by academic level"),
    EUROPE_REFS,
    "students",
);
pub const BY_LEVEL_FR: Figure = Figure::region_parts(
    "students-by-level-FR",
    "students_by_level",
    "FR",
    t("在美国高校就读的法国学生：按教育层次", "Students from France in US higher education, by academic level"),
    EUROPE_REFS,
    "students",
);
pub const BY_LEVEL_DE: Figure = Figure::region_parts(
    "students-by-level-DE",
    "students_by_level",
    "DE",
    t("在美国高校就读的德国学生：按教育层次", "Students from Germany in US higher education, by academic level"),
    EUROPE_REFS,
    "students",
);

pub const FIGURES: &[Figure] = &[TOTALS, F1, BY_LEVEL_CN, BY_LEVEL_IN, BY_LEVEL_E3, BY_LEVEL_GB, BY_LEVEL_FR, BY_LEVEL_DE];
