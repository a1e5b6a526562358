//! The global picture (figures 1–8 and the Blue Card numbers of section 1.2.3): migrants, their
//! destinations, origins and corridors, migrant workers, skilled-migration schemes, and
//! international students. Sources: UN DESA, IOM, ILO, Eurostat, UNESCO UIS.

use crate::charts::Draw;
use crate::components::controls::Controls;
use crate::components::ranked_chart::{RankedChart, RankedSpec};
use crate::components::series_chart::{Picks, SeriesChart, SeriesSpec};
use crate::data::Text;
use leptos::prelude::*;

fn fixed(id: &str, resource: &'static str, title: Text, figures: Text, series: &[(&str, &str)], draw: Draw) -> SeriesSpec {
    SeriesSpec {
        follow_filters: false,
        ..SeriesSpec::new(id, resource, title, figures, Picks::Fixed(series.iter().map(|(e, c)| (e.to_string(), c.to_string())).collect()), draw, "none")
    }
}

#[component]
pub fn Global() -> impl IntoView {
    let t = Text::new;
    let charts = vec![
        fixed("global-migrants", "world_migrants", t("全球国际移民人数", "International migrants worldwide"), t("图 1", "figure 1"), &[("WLD", "migrants")], Draw::Bar),
        fixed("global-migrant-share", "world_migrants", t("国际移民占全球人口比例", "International migrants as a share of world population"), t("图 1", "figure 1"), &[("WLD", "share_of_population")], Draw::Line),
    ];
    let ranked = vec![
        RankedSpec::new("global-destinations", "migrant_destinations", t("国际移民前 20 位目的国（按性别）", "Top 20 destinations of international migrants, by sex"), t("图 2（左）", "figure 2 (left)"), &["male", "female"], "total", 2020, 20),
        RankedSpec::new("global-origins", "migrant_origins", t("国际移民前 20 位来源国（按性别）", "Top 20 origins of international migrants, by sex"), t("图 2（右）", "figure 2 (right)"), &["male", "female"], "total", 2020, 20),
        RankedSpec {
            note: Some(t(
                "按联合国经社部 2020 年存量排序（不含“其他”来源）；《世界移民报告 2024》的走廊图另计入 2022 年后的流离失所者，排名略有不同（见来源与说明）。",
                "Ranked by UN DESA's 2020 stock (the unspecified “other” origin left out); the World Migration Report 2024 corridor chart also counts post-2022 displacement, so its ranks differ slightly (see Sources & notes).",
            )),
            ..RankedSpec::new("global-corridors", "migration_corridors", t("前 20 位国际移民走廊", "Top 20 migration corridors"), t("图 3", "figure 3"), &["migrants"], "migrants", 2020, 20)
        },
        RankedSpec::new("global-workers", "migrant_workers", t("国际工作移民的地区分布（按性别）", "International migrant workers by region and sex"), t("图 4", "figure 4"), &["male", "female"], "total", 2019, 12),
    ];
    let skilled = vec![
        fixed("global-eb-consular", "skilled_migration", t("美国职业类移民签证签发量（领事签发）", "US employment-based immigrant visas issued abroad"), t("一（二）3", "section 1.2.3"), &[("USA", "eb_consular")], Draw::Bar),
    ];
    let blue = vec![
        RankedSpec {
            exclude: vec!["IND".into(), "RUS".into(), "TUR".into()],
            ..RankedSpec::new("global-blue-cards-states", "skilled_migration", t("欧盟蓝卡：按发放国", "EU Blue Cards by issuing member state"), t("一（二）3", "section 1.2.3"), &["blue_cards"], "blue_cards", 2022, 10)
        },
        RankedSpec {
            exclude: vec!["DEU".into(), "POL".into(), "LTU".into(), "FRA".into()],
            ..RankedSpec::new("global-blue-cards-citizens", "skilled_migration", t("欧盟蓝卡：按持卡人国籍", "EU Blue Cards by citizenship"), t("一（二）3", "section 1.2.3"), &["blue_cards"], "blue_cards", 2022, 10)
        },
    ];
    let students = vec![
        fixed("global-students", "international_students", t("全球国际学生人数", "Internationally mobile students worldwide"), t("图 5", "figure 5"), &[("WLD", "mobile_students")], Draw::Bar),
        fixed("global-student-growth", "international_students", t("全球国际学生人数增长率", "Growth of internationally mobile students"), t("图 5", "figure 5"), &[("WLD", "growth")], Draw::Line),
    ];
    let student_ranks = vec![
        RankedSpec::new("global-student-destinations", "student_destinations", t("国际学生十大目的国（2021）", "Top 10 destinations of international students (2021)"), t("图 6", "figure 6"), &["students"], "students", 2021, 10),
        RankedSpec::new("global-student-origins", "student_origins", t("国际学生十大来源国（2021）", "Top 10 origins of international students (2021)"), t("图 7", "figure 7"), &["students"], "students", 2021, 10),
    ];
    let outbound = fixed(
        "global-outbound",
        "outbound_students",
        t("美国、法国、德国出国留学学生人数", "Students abroad from the US, France and Germany"),
        t("图 8", "figure 8"),
        &[("USA", "outbound"), ("FRA", "outbound"), ("DEU", "outbound")],
        Draw::Line,
    );
    view! {
        <div class="view" data-view="global">
            <Controls />
            {charts.into_iter().map(|spec| view! { <SeriesChart spec=spec /> }).collect_view()}
            {ranked.into_iter().map(|spec| view! { <RankedChart spec=spec /> }).collect_view()}
            {skilled.into_iter().map(|spec| view! { <SeriesChart spec=spec /> }).collect_view()}
            {blue.into_iter().map(|spec| view! { <RankedChart spec=spec /> }).collect_view()}
            {students.into_iter().map(|spec| view! { <SeriesChart spec=spec /> }).collect_view()}
            {student_ranks.into_iter().map(|spec| view! { <RankedChart spec=spec /> }).collect_view()}
            <SeriesChart spec=outbound />
        </div>
    }
}
