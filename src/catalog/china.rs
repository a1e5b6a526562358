//! China (figures 38–41, table 6): emigrants and immigrants, migrants' share of population,
//! students going abroad and coming to China, and remittances in and out.

use super::*;

/// The China view's fixed series, with the report's events about China marked.
const fn china(id: &'static str, resource: &'static str, title: Phrase, refs: Phrase, series: &'static [(&'static str, &'static str)], draw: Draw) -> Figure {
    Figure::fixed(id, resource, title, refs, series, draw).with_events("china")
}

/// The "major countries" of figure 39.
const MAJOR: &[&str] = &["USA", "DEU", "GBR", "FRA", "ITA", "ESP", "CAN", "AUS", "RUS", "SAU", "ARE", "SGP", "JPN", "KOR", "BRA", "MEX", "ZAF", "IDN", "IND", "CHN"];

pub const MIGRANTS: Figure = china(
    "china-migrants",
    "china_migrants",
    t("中国大陆的海外移民与在华国际移民", "Emigrants from and immigrants in mainland China"),
    t("图 38", "figure 38"),
    &[("CHN", "emigrants"), ("CHN", "immigrants")],
    Draw::Bar,
);
// The report's few counts (two censuses; three permanent-residence figures), drawn as points
// without the events: a decade's policy markers would outnumber the data.
pub const FOREIGNERS: Figure = Figure::fixed(
    "china-foreigners",
    "china_foreigners",
    t("人口普查登记的在华外籍人士", "Foreigners in China counted by the census"),
    t("四（一）1", "section 4.1.1"),
    &[("CHN", "census_foreigners")],
    Draw::Points,
);
pub const PERMANENT_RESIDENCE: Figure = Figure::fixed(
    "china-permanent-residence",
    "china_foreigners",
    t("获批中国永久居留的外国人", "Foreigners granted permanent residence in China"),
    t("四（一）1", "section 4.1.1"),
    &[("CHN", "permanent_residence"), ("CHN", "permanent_residence_first_half"), ("CHN", "permanent_residence_2004_2013")],
    Draw::Points,
)
.with_note(t(
    "报告给出的三个数字口径不同，不能直接比较：2004–2013 年十年累计（标在 2013 年）、2016 年全年、2018 年上半年。",
    "The report's three numbers measure different things and do not compare: the ten-year total for 2004–2013 (placed at 2013), the whole of 2016, the first half of 2018.",
));
pub const MIGRANT_SHARE: Figure = Figure::ranked(
    "china-migrant-share",
    "migrant_share",
    t("世界主要国家国际移民占总人口比例", "International migrants as a share of population, major countries"),
    t("图 39", "figure 39"),
    Ranked::top(MAJOR.len(), "share_of_population", 2020, &["share_of_population"]),
)
.only(MAJOR);
pub const OUTBOUND: Figure = china(
    "china-outbound",
    "china_outbound_students",
    t("中国当年出国留学与回国人数", "Chinese students going abroad and returning, per year"),
    t("图 40", "figure 40"),
    &[("CHN", "outbound"), ("CHN", "returnees")],
    Draw::Bar,
);
pub const INBOUND: Figure =
    china("china-inbound", "china_inbound_students", t("来华国际学生人数", "International students in China"), t("图 41", "figure 41"), &[("CHN", "inbound")], Draw::Bar);
pub const INBOUND_GROWTH: Figure = china(
    "china-inbound-growth",
    "china_inbound_students",
    t("来华国际学生人数年增长率", "Growth of international students in China"),
    t("图 41", "figure 41"),
    &[("CHN", "growth")],
    Draw::Line,
);
pub const REMITTANCES: Figure = china(
    "china-remittances",
    "remittances",
    t("中国大陆接收与汇出的侨汇", "Remittances received and sent by mainland China"),
    t("表 6", "table 6"),
    &[("CHN", "inflow"), ("CHN", "outflow")],
    Draw::Line,
);
pub const REMITTANCE_RANKS: Figure = china(
    "china-remittance-ranks",
    "remittances",
    t("中国大陆侨汇的世界排名", "Mainland China's world rank in remittances"),
    t("表 6", "table 6"),
    &[("CHN", "inflow_rank"), ("CHN", "outflow_rank")],
    Draw::Line,
);

pub const FIGURES: &[Figure] = &[MIGRANTS, FOREIGNERS, PERMANENT_RESIDENCE, MIGRANT_SHARE, OUTBOUND, INBOUND, INBOUND_GROWTH, REMITTANCES, REMITTANCE_RANKS];
