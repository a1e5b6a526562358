//! EB-1A, extraordinary ability (figures 14, 22, 32, 36): petitions and approval rates. USCIS
//! has not published this series by country; only the points the report states are drawn, as
//! points, never joined across gaps.

use super::*;

const NOT_PUBLISHED: Phrase = t(
    "美国移民局未公布分国别的 EB-1A 完整年度数据；图中只有报告正文给出的数值，以点表示，不连成线。",
    "USCIS has not published the full EB-1A series by country: the chart shows only the values the report's text states, as points, not joined into lines.",
);

/// The report's stated points for each selected region.
const fn points(id: &'static str, category: &'static [&'static str], title: Phrase, refs: Phrase) -> Figure {
    Figure::series(id, "eb1a", title, refs, Picks::Regions(Cats::Fixed(category)), Draw::Points).with_events("eb1a").not_following().with_note(NOT_PUBLISHED)
}

pub const APPROVAL_RATES: Figure = points(
    "eb1a-approval-rates",
    &["approval_rate"],
    t("{regions}申请人的 EB-1A 杰出人才移民申请通过率", "EB-1A (extraordinary ability) approval rates, {regions}"),
    t("图 14、22、32、36", "figures 14, 22, 32, 36"),
)
// Figure 36 sets the three regions' rates side by side.
.with_region_refs(&[("CN", t("图 14、36", "figures 14, 36")), ("E3", t("图 22、36", "figures 22, 36")), ("IN", t("图 32、36", "figures 32, 36"))]);

pub const PETITIONS: Figure =
    points("eb1a-petitions", &["petitions"], t("{regions}申请人的 EB-1A 杰出人才移民申请数", "EB-1A petitions, {regions}"), t("图 14、22、32", "figures 14, 22, 32"))
        .with_region_refs(&[("CN", t("图 14", "figure 14")), ("E3", t("图 22", "figure 22")), ("IN", t("图 32", "figure 32"))]);

pub const CN_APPROVALS: Figure = Figure::fixed(
    "eb1a-cn-approvals",
    "eb1a",
    t("中国出生申请人 EB-1A 获批数（美国移民局，经媒体转载）", "EB-1A approvals, born in China (USCIS, via press)"),
    t("图 14（补充数据）", "figure 14 (supplementary data)"),
    &[("CN", "approvals")],
    Draw::Bar,
)
.with_events("eb1a");

pub const FIGURES: &[Figure] = &[APPROVAL_RATES, PETITIONS, CN_APPROVALS];
