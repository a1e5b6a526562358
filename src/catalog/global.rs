//! The global picture (figures 1–8 and the Blue Card numbers of section 1.2.3): migrants, their
//! destinations, origins and corridors, migrant workers, skilled-migration schemes, and
//! international students. Sources: UN DESA, IOM, ILO, Eurostat, UNESCO UIS.

use super::*;

pub const MIGRANTS: Figure =
    Figure::fixed("global-migrants", "world_migrants", t("全球国际移民人数", "International migrants worldwide"), t("图 1", "figure 1"), &[("WLD", "migrants")], Draw::Bar);
pub const MIGRANT_SHARE: Figure = Figure::fixed(
    "global-migrant-share",
    "world_migrants",
    t("国际移民占全球人口比例", "International migrants as a share of world population"),
    t("图 1", "figure 1"),
    &[("WLD", "share_of_population")],
    Draw::Line,
);
pub const DESTINATIONS: Figure = Figure::ranked(
    "global-destinations",
    "migrant_destinations",
    t("国际移民前 20 位目的国（按性别）", "Top 20 destinations of international migrants, by sex"),
    t("图 2（左）", "figure 2 (left)"),
    Ranked::top(20, "total", 2020, &["male", "female"]),
);
pub const ORIGINS: Figure = Figure::ranked(
    "global-origins",
    "migrant_origins",
    t("国际移民前 20 位来源国（按性别）", "Top 20 origins of international migrants, by sex"),
    t("图 2（右）", "figure 2 (right)"),
    Ranked::top(20, "total", 2020, &["male", "female"]),
);
pub const CORRIDORS: Figure = Figure::ranked("global-corridors", "migration_corridors", t("前 20 位国际移民走廊", "Top 20 migration corridors"), t("图 3", "figure 3"), Ranked::top(20, "migrants", 2020, &["migrants"])).with_note(t(
    "按联合国经社部 2020 年存量排序（不含“其他”来源）；《世界移民报告 2024》的走廊图另计入 2022 年后的流离失所者，排名略有不同（见来源与说明）。",
    "Ranked by UN DESA's 2020 stock (the unspecified “other” origin left out); the World Migration Report 2024 corridor chart also counts post-2022 displacement, so its ranks differ slightly (see Sources & notes).",
));
pub const WORKERS: Figure = Figure::ranked(
    "global-workers",
    "migrant_workers",
    t("国际工作移民的地区分布（按性别）", "International migrant workers by region and sex"),
    t("图 4", "figure 4"),
    Ranked::top(12, "total", 2019, &["male", "female"]),
);
pub const EB_CONSULAR: Figure = Figure::fixed(
    "global-eb-consular",
    "skilled_migration",
    // The file counts calendar years (its Blue Cards); these are the Visa Office's fiscal years.
    t("美国职业类移民签证签发量（领事签发，美国财年）", "US employment-based immigrant visas issued abroad (US fiscal years)"),
    t("一（二）3", "section 1.2.3"),
    &[("USA", "eb_consular")],
    Draw::Bar,
);
pub const BLUE_CARDS_STATES: Figure = Figure::ranked(
    "global-blue-cards-states",
    "skilled_migration",
    t("欧盟蓝卡：按发放国", "EU Blue Cards by issuing member state"),
    t("一（二）3", "section 1.2.3"),
    Ranked::top(10, "blue_cards", 2022, &["blue_cards"]),
)
.excluding(&["IND", "RUS", "TUR"]);
pub const BLUE_CARDS_CITIZENS: Figure = Figure::ranked(
    "global-blue-cards-citizens",
    "skilled_migration",
    t("欧盟蓝卡：按持卡人国籍", "EU Blue Cards by citizenship"),
    t("一（二）3", "section 1.2.3"),
    Ranked::top(10, "blue_cards", 2022, &["blue_cards"]),
)
.excluding(&["DEU", "POL", "LTU", "FRA"]);
pub const STUDENTS: Figure = Figure::fixed(
    "global-students",
    "international_students",
    t("全球国际学生人数", "Internationally mobile students worldwide"),
    t("图 5", "figure 5"),
    &[("WLD", "mobile_students")],
    Draw::Bar,
);
pub const STUDENT_GROWTH: Figure = Figure::fixed(
    "global-student-growth",
    "international_students",
    t("全球国际学生人数增长率", "Growth of internationally mobile students"),
    t("图 5", "figure 5"),
    &[("WLD", "growth")],
    Draw::Line,
);
pub const STUDENT_DESTINATIONS: Figure = Figure::ranked(
    "global-student-destinations",
    "student_destinations",
    t("国际学生十大目的国（2021）", "Top 10 destinations of international students (2021)"),
    t("图 6", "figure 6"),
    Ranked::top(10, "students", 2021, &["students"]),
);
pub const STUDENT_ORIGINS: Figure = Figure::ranked(
    "global-student-origins",
    "student_origins",
    t("国际学生十大来源国（2021）", "Top 10 origins of international students (2021)"),
    t("图 7", "figure 7"),
    Ranked::top(10, "students", 2021, &["students"]),
);
pub const OUTBOUND: Figure = Figure::fixed(
    "global-outbound",
    "outbound_students",
    t("美国、法国、德国出国留学学生人数", "Students abroad from the US, France and Germany"),
    t("图 8", "figure 8"),
    &[("USA", "outbound"), ("FRA", "outbound"), ("DEU", "outbound")],
    Draw::Line,
);

pub const FIGURES: &[Figure] = &[
    MIGRANTS,
    MIGRANT_SHARE,
    DESTINATIONS,
    ORIGINS,
    CORRIDORS,
    WORKERS,
    EB_CONSULAR,
    BLUE_CARDS_STATES,
    BLUE_CARDS_CITIZENS,
    STUDENTS,
    STUDENT_GROWTH,
    STUDENT_DESTINATIONS,
    STUDENT_ORIGINS,
    OUTBOUND,
];
